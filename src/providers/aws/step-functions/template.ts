// State machines in a template: `AWS::StepFunctions::StateMachine` (type from
// StateMachineType; Definition, or DefinitionString as text, Fn::Sub or
// Fn::Join) and `AWS::Serverless::StateMachine` (Type; Definition, or a local
// DefinitionUri), and the serverless-step-functions plugin's
// `stepFunctions: stateMachines:` block turned into the first kind.
import { clipped, InputError, InputErrors } from '../../../core/errors.js';
import { countTransitions, DefinitionError } from './transitions.js';
import { listNames } from '../../../core/names.js';
import {
  arnOf,
  intrinsicOf,
  referenceOf,
  type SectionReader,
  sayNotPriced,
  shownValue,
  templateBoolean,
  type TemplateResource,
  type TemplateSection,
} from '../../../schema/template-section.js';

export const STATE_MACHINE = 'AWS::StepFunctions::StateMachine';
export const SERVERLESS_STATE_MACHINE = 'AWS::Serverless::StateMachine';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const stepFunctionsTemplate: TemplateSection = {
  types: [STATE_MACHINE, SERVERLESS_STATE_MACHINE],
  properties: {
    [STATE_MACHINE]: {
      reads: ['Definition', 'DefinitionString', 'StateMachineType', 'TracingConfiguration'],
      others: ['DefinitionS3Location', 'DefinitionSubstitutions', 'EncryptionConfiguration', 'LoggingConfiguration', 'RoleArn', 'StateMachineName', 'Tags'],
      meant: { Type: 'StateMachineType' },
    },
    [SERVERLESS_STATE_MACHINE]: {
      reads: ['Definition', 'DefinitionUri', 'Tracing', 'Type'],
      others: [
        'AutoPublishAlias',
        'DefinitionSubstitutions',
        'DeploymentPreference',
        'Events',
        'Logging',
        'Name',
        'PermissionsBoundary',
        'Policies',
        'PropagateTags',
        'Role',
        'RolePath',
        'Tags',
        'UseAliasAsEventTarget',
      ],
      meant: { StateMachineType: 'Type', TracingConfiguration: 'Tracing', DefinitionString: 'Definition' },
    },
  },
  section: (resources, reader) => {
    // X-Ray records a trace of each execution of a traced machine, billed by the million, as a function's active
    // tracing is: said for those as a setting not priced, and went unsaid for state machines.
    const traced = resources.filter(({ type, properties }) => {
      const tracing = type === SERVERLESS_STATE_MACHINE ? properties.Tracing : properties.TracingConfiguration;
      return isObject(tracing) && templateBoolean(tracing.Enabled) === true;
    });
    if (traced.length)
      sayNotPriced(
        reader,
        `X-Ray tracing (TracingConfiguration, or SAM's Tracing) of ${traced.length === 1 ? 'state machine' : 'state machines'} ${listNames(traced.map(({ logicalId }) => clipped(logicalId)))} records traces that slcost does not price; the bill leaves them out`,
      );
    loggingNotes(resources, reader);
    return resources.map((resource) => {
      const { properties } = resource;
      const type = resource.type === SERVERLESS_STATE_MACHINE ? properties.Type : properties.StateMachineType;
      // CloudFormation takes these two only: any other (`EXPRES`, `express`) is said, not priced as Standard in silence.
      if (type !== undefined && type !== null && type !== 'STANDARD' && type !== 'EXPRESS')
        reader?.note(`state machine ${clipped(resource.logicalId)}: its type is ${shape(type)}, neither STANDARD nor EXPRESS (CloudFormation refuses it); priced as STANDARD`);
      return { name: resource.logicalId, type: type === 'EXPRESS' ? 'express' : 'standard', ...definitionOf(resource, type === 'EXPRESS', reader) };
    });
  },
  usageKeys: ['executions_per_month'],
  fileText: numbersForPlaceholders,
  // What the scenario reader refuses an entry without (a Standard machine whose definition loops among them, which it
  // cannot count), so that a usage file filled in as `usage init` asks is not refused for them.
  needs: (entry, readFile) => [
    ...(entry.type === 'express' ? ['duration_ms'] : []),
    ...(entry.type === 'standard' &&
    ((entry.definition === undefined && entry.definition_file === undefined) || uncountable(entry.definition ?? fileDefinition(entry.definition_file, readFile)))
      ? ['transitions_per_execution']
      : []),
  ],
};

/** The levels at which Step Functions logs a machine's executions. */
const LOG_LEVELS = ['ALL', 'ERROR', 'FATAL', 'OFF'];

/**
 * A machine that logs its executions' history to CloudWatch Logs (a `Level` of ALL, ERROR or FATAL) is billed for the GB
 * they ingest and store, as an API's logs are, and it went unsaid. Logged to a log group of the template's own
 * (`!GetAtt Logs.Arn`), they are that group's ingest, which the usage file's services.cloudwatch_logs prices.
 */
function loggingNotes(resources: readonly TemplateResource[], reader?: SectionReader): void {
  const logged: string[] = [];
  const refused: string[] = [];
  for (const { logicalId, type, properties } of resources) {
    const logging = type === SERVERLESS_STATE_MACHINE ? properties.Logging : properties.LoggingConfiguration;
    const written = isObject(logging) ? logging.Level : undefined;
    if (written === undefined || written === null || intrinsicOf(written) !== null) continue;
    const level = typeof written === 'string' ? written.trim().toUpperCase() : null;
    // A level Step Functions does not have (`DEBUG`, a number) is refused; it was said as a level of logging, quoted
    // whole however long it was.
    if (level === null || !LOG_LEVELS.includes(level)) {
      refused.push(`${clipped(logicalId)} (${shownValue(written)})`);
      continue;
    }
    if (level === 'OFF') continue;
    const destinations = isObject(logging) && Array.isArray(logging.Destinations) ? logging.Destinations : [];
    // By !GetAtt Logs.Arn, or a !Sub of the ARN around ${Logs} as an API's access logs are written.
    const groups = destinations.map((destination) =>
      isObject(destination) && isObject(destination.CloudWatchLogsLogGroup) ? arnOf(destination.CloudWatchLogsLogGroup.LogGroupArn) : null,
    );
    if (groups.length && groups.every((group) => group !== null))
      reader?.note(
        `state machine ${clipped(logicalId)}: its executions are logged (${level}) to log group ${listNames(groups.map((group) => clipped(group!)))} of the template, priced as services.cloudwatch_logs' ingest_gb_per_month in the usage file gives it, which counts them`,
      );
    else logged.push(`${clipped(logicalId)} (${level})`);
  }
  if (refused.length)
    reader?.note(
      `logging (LoggingConfiguration, or SAM's Logging) of ${refused.length === 1 ? 'state machine' : 'state machines'} ${listNames(refused)}: ${
        refused.length === 1 ? 'its Level is' : 'their Level is'
      } none of ALL, ERROR, FATAL and OFF, which Step Functions refuses; read as logging nothing`,
    );
  if (logged.length)
    sayNotPriced(
      reader,
      `logging (LoggingConfiguration, or SAM's Logging) of ${logged.length === 1 ? 'state machine' : 'state machines'} ${listNames(logged)} sends the history of ${logged.length === 1 ? 'its' : 'their'} executions to CloudWatch Logs, billed for the GB ingested and stored, which slcost does not price; the bill leaves them out`,
    );
}

/** The definition a DefinitionUri names, or nothing when it cannot be read: the estimate then says why, at that file. */
function fileDefinition(file: unknown, readFile?: (relativePath: string) => unknown): unknown {
  if (typeof file !== 'string' || !readFile) return undefined;
  try {
    return readFile(file);
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors) return undefined;
    throw error;
  }
}

/** Whether a definition is sound but its walk cannot count it (it loops, or enters too many states): only a given count prices it. */
function uncountable(definition: unknown): boolean {
  if (definition === undefined) return false;
  try {
    countTransitions(definition);
    return false;
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.uncountable;
  }
}

/** `definition` or `definition_file` as a scenario writes it, or nothing when the template's definition cannot be read here (in S3, say). */
function definitionOf({ logicalId, type, properties }: TemplateResource, express: boolean, reader?: SectionReader): { definition?: Json; definition_file?: string } {
  // Express bills requests and duration: its transitions only compare it with Standard, and a note that they were not
  // counted read as if the bill lacked them.
  const uncounted = express
    ? 'its transitions are not counted from it, so it is not compared with Standard (an Express machine is billed by requests and duration; transitions_per_execution in the usage file gives them)'
    : 'its transitions are not counted from it (transitions_per_execution in the usage file gives them)';
  const substitutions = substitutionsOf(properties.DefinitionSubstitutions);
  if (isObject(properties.Definition)) return { definition: substituted(properties.Definition, substitutions) as Json };
  const written = properties.Definition;
  if (written !== undefined && written !== null) {
    reader?.note(`state machine ${logicalId}: its definition is ${shape(written)}, not a mapping of states; ${uncounted}`);
    return {};
  }
  if (type === SERVERLESS_STATE_MACHINE) {
    const uri = properties.DefinitionUri;
    return typeof uri === 'string' && !/^s3:\/\//i.test(uri) ? { definition_file: uri } : {};
  }
  const string = properties.DefinitionString;
  if (string === undefined || string === null) return {};
  // Said, for the usage file's error (no transitions to count from) does not say why the definition was not read.
  const unread = (why: string) => {
    reader?.note(`Resources.${logicalId}.Properties.DefinitionString ${why}; ${uncounted}`);
    return {};
  };
  const text = definitionText(string);
  // A Ref to a parameter without a default, an Fn::Sub of a Join, a GetAtt: what the template alone cannot give is said, not left out unsaid.
  if (text === null)
    return unread(
      `is ${
        isObject(string)
          ? Object.keys(string)
              .map((key) => clipped(key))
              .join(', ') || 'an empty mapping'
          : shape(string)
      }, which is not read as text here (text, Fn::Sub of text and Fn::Join are)`,
    );
  // The template reader gives one; without it (a test of another part) the text is not read.
  const parsed = reader?.json(text) ?? { problem: 'is not read here' };
  if ('problem' in parsed) return unread(parsed.problem);
  return isObject(parsed.data) ? { definition: substituted(parsed.data, substitutions) as Json } : unread('is not a JSON object');
}

/**
 * DefinitionSubstitutions' values that are text, a number or a truth value, by placeholder; one written as another
 * intrinsic (`!GetAtt Fn.Arn`, `!Ref Table`) names a resource, a Task's Resource or parameters, which the walk does not
 * read, so its placeholder stays as written: it is taken as the link it is, not as a value the template cannot tell.
 */
function substitutionsOf(written: unknown): ReadonlyMap<string, string> {
  const substitutions = new Map<string, string>();
  if (!isObject(written)) return substitutions;
  for (const [key, value] of Object.entries(written)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') substitutions.set(key, String(value));
    // Reading a resource's Ref through the reader's view marks it a link, not a value the template cannot tell.
    else referenceOf(value);
  }
  return substitutions;
}

/**
 * A definition with its `${placeholder}`s replaced, in its text and its keys, as CloudFormation does with
 * DefinitionSubstitutions before Step Functions reads it: a state whose `Type: ${StateType}` or `Next: ${Then}` is
 * given there was refused as a definition AWS would not accept.
 */
function substituted(value: unknown, substitutions: ReadonlyMap<string, string>): unknown {
  if (substitutions.size === 0) return value;
  const text = (written: string) => written.replace(/\$\{([^}]*)\}/g, (placeholder, key: string) => substitutions.get(key) ?? placeholder);
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((member) => substituted(member, substitutions));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [text(key), substituted(member, substitutions)]));
}

/** A value as a note names it: text quoted (clipped), else its kind. */
function shape(value: unknown): string {
  if (typeof value === 'string') return `the text ${shownValue(value)}`;
  return value === null || value === undefined ? 'empty' : shownValue(value);
}

/**
 * A DefinitionString's JSON text. What the template's functions would put in
 * (`${Placeholder}`, `{ Ref: … }`) is data, not structure: inside a JSON
 * string it is left as written, and outside one (`"TimeoutSeconds": ${Timeout}`)
 * it becomes 0, so the text parses as the definition it will be.
 */
export function definitionText(value: unknown): string | null {
  if (typeof value === 'string') return numbersForPlaceholders(value);
  if (!isObject(value)) return null;
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') return numbersForPlaceholders(sub);
  if (Array.isArray(sub) && typeof sub[0] === 'string') return numbersForPlaceholders(sub[0]);
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((part: unknown) => (typeof part === 'string' ? part : '${Placeholder}'));
    return numbersForPlaceholders(parts.join(join[0]));
  }
  return null;
}

/**
 * `${…}` outside a JSON string as a number, padded to the placeholder's length (its line breaks kept), so that
 * every line and column after it is where the file has it.
 */
function numbersForPlaceholders(text: string): string {
  let out = '';
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (inString && char === '\\') {
      out += char + (text[at + 1] ?? '');
      at++;
      continue;
    }
    if (char === '"') inString = !inString;
    if (!inString && char === '$' && text[at + 1] === '{') {
      const end = text.indexOf('}', at);
      // No brace closes this one, so none closes any after it: the rest is as written, not searched again from each `${`.
      if (end === -1) return out + text.slice(at);
      out += `0${text.slice(at + 1, end + 1).replace(/[^\n]/g, ' ')}`;
      at = end;
      continue;
    }
    out += char;
  }
  return out;
}

/**
 * The serverless-step-functions plugin's `stepFunctions:` block of a
 * serverless.yml as template resources, one `AWS::StepFunctions::StateMachine`
 * per entry of `stateMachines` (its key the logical id, `type: EXPRESS` its
 * StateMachineType, `definition` its Definition), for the template reader to
 * hand to this section with the rest of the file's resources.
 */
export function serverlessStateMachines(block: unknown, note?: (message: string) => void): TemplateResource[] {
  // What is written but is not a machine is said: the plugin would refuse it, and its machines would go unpriced without a word.
  const unread = (where: string, value: unknown, what: string, left: string) => {
    note?.(`${where} is ${shape(value)}, not ${what}; ${left} not priced`);
    return [];
  };
  if (block === undefined || block === null) return [];
  if (!isObject(block)) return unread('stepFunctions', block, 'a mapping with stateMachines', 'its state machines are');
  if (block.stateMachines === undefined || block.stateMachines === null) return [];
  if (!isObject(block.stateMachines)) return unread('stepFunctions.stateMachines', block.stateMachines, 'a mapping of state machines by name', 'its state machines are');
  return Object.entries(block.stateMachines).flatMap(([logicalId, machine]): TemplateResource[] => {
    if (!isObject(machine)) return unread(`stepFunctions.stateMachines.${logicalId}`, machine, "a state machine's settings", 'it is');
    // A type that is not text is passed on as written, for the section to say it is neither STANDARD nor EXPRESS.
    const type = typeof machine.type === 'string' ? machine.type.toUpperCase() : (machine.type ?? 'STANDARD');
    // Passed on whatever it is: one the reader cannot resolve (`${file(…)}`) is said where it is read, not dropped here unsaid.
    // The plugin's tracingConfig is CloudFormation's TracingConfiguration, in its own case.
    const tracing = isObject(machine.tracingConfig) ? { TracingConfiguration: { Enabled: machine.tracingConfig.enabled } } : {};
    // And its loggingConfig CloudFormation's LoggingConfiguration, its destinations a list of log groups' ARNs.
    const logging = isObject(machine.loggingConfig)
      ? {
          LoggingConfiguration: {
            Level: machine.loggingConfig.level,
            Destinations: (Array.isArray(machine.loggingConfig.destinations) ? machine.loggingConfig.destinations : []).map((arn) => ({
              CloudWatchLogsLogGroup: { LogGroupArn: arn },
            })),
          },
        }
      : {};
    return [
      {
        logicalId,
        type: STATE_MACHINE,
        properties: { StateMachineType: type, ...(machine.definition !== undefined ? { Definition: machine.definition } : {}), ...tracing, ...logging },
      },
    ];
  });
}
