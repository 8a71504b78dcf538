// Log groups in a template: `AWS::Logs::LogGroup`, whose `RetentionInDays`
// caps the stored GB. A group named `/aws/lambda/<function>` is where Lambda
// writes that function's logs: they are priced with the function (its
// invocations' bytes, kept as the group says: the function reader links it), not
// as logs the user states. The stated logs are one object for the account, so
// the other groups together imply one retention: the longest, or never when any
// group keeps its logs for ever (a group without `RetentionInDays`).
import { clipped } from '../../../core/errors.js';
import { formatCount } from '../../../core/numbers.js';
import { offeredRetention, RETENTIONS_OFFERED } from './scenario.js';
import { intrinsicOf, shownProblem, shownValue, subText, type TemplateSection } from '../../../schema/template-section.js';

const LAMBDA_PREFIX = '/aws/lambda/';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The function whose logs a log group of this `LogGroupName` holds, as the
 * name gives it: its logical id where the name refers to it
 * (`!Sub /aws/lambda/${Fn}`, `!Join ['', [/aws/lambda/, !Ref Fn]]`), else its
 * name as written (`/aws/lambda/orders-api`); null for a group of other logs.
 */
export function lambdaLogGroupOf(name: unknown): { logicalId: string } | { functionName: string } | null {
  const named = (text: string) =>
    text.startsWith(LAMBDA_PREFIX) && text.length > LAMBDA_PREFIX.length && !text.includes('${') ? { functionName: text.slice(LAMBDA_PREFIX.length) } : null;
  if (typeof name === 'string') return named(name);
  if (!isRecord(name)) return null;
  const text = subText(name);
  if (text !== null) {
    const reference = /^\/aws\/lambda\/\$\{([A-Za-z0-9]+)\}$/.exec(text)?.[1];
    if (reference === undefined) return named(text);
    // The list form's own variables come first: `!Sub ['/aws/lambda/${Name}', { Name: !Ref Api }]` is Api's group, not
    // one of a resource that happens to be called Name.
    const sub = name['Fn::Sub'];
    const variables = Array.isArray(sub) && isRecord(sub[1]) ? sub[1] : {};
    if (!Object.hasOwn(variables, reference)) return { logicalId: reference };
    const value = variables[reference];
    if (typeof value === 'string') return named(`${LAMBDA_PREFIX}${value}`);
    return isRecord(value) && Object.keys(value).length === 1 && typeof value.Ref === 'string' ? { logicalId: value.Ref } : null;
  }
  const join = name['Fn::Join'];
  if (Array.isArray(join) && join[0] === '' && Array.isArray(join[1]) && join[1].length === 2 && join[1][0] === LAMBDA_PREFIX) {
    const reference = join[1][1];
    if (isRecord(reference) && typeof reference.Ref === 'string') return { logicalId: reference.Ref };
  }
  return null;
}

export const cloudwatchLogsTemplate: TemplateSection = {
  types: ['AWS::Logs::LogGroup'],
  properties: {
    'AWS::Logs::LogGroup': {
      reads: ['LogGroupClass', 'LogGroupName', 'RetentionInDays'],
      others: ['DataProtectionPolicy', 'DeletionProtectionEnabled', 'FieldIndexPolicies', 'KmsKeyId', 'ResourcePolicyDocument', 'Tags'],
    },
  },
  section: (resources, reader) => {
    const stated = resources.filter((resource) => !lambdaLogGroupOf(resource.properties.LogGroupName));
    if (!stated.length) return undefined;
    const days = stated.map((resource) => {
      const written = resource.properties.RetentionInDays;
      if (written === undefined || written === null) return Number.NaN;
      const value = typeof written === 'number' || (typeof written === 'string' && /^\s*\d+\s*$/.test(written)) ? Number(written) : Number.NaN;
      // "30d" or 0 is said, not read as never expiring in silence (a year's logs billed where the group meant a month's).
      const intrinsic = intrinsicOf(written);
      if ((!Number.isInteger(value) || value < 1) && intrinsic !== 'Ref')
        reader?.note(
          `Resources.${clipped(resource.logicalId)}.Properties.RetentionInDays: ${intrinsic === null ? `${shownValue(written)} is not a number of days a log group keeps its logs` : `${intrinsic} cannot be worked out from the template alone`}; read as never expiring`,
        );
      if (!Number.isInteger(value) || value < 1 || value > 3653) return value;
      // CloudWatch Logs keeps logs only so many days, and CloudFormation refuses another: 16 was refused as the usage file's.
      const offered = offeredRetention(value);
      if (offered !== value)
        reader?.note(
          `Resources.${clipped(resource.logicalId)}.Properties.RetentionInDays: ${formatCount(value)} days is not a retention CloudWatch Logs offers (${RETENTIONS_OFFERED}), and CloudFormation refuses it; priced at the next it offers, ${formatCount(offered)} days`,
        );
      return offered;
    });
    // An Infrequent Access group ingests at half Standard's price: read as Standard, its logs were billed at twice what
    // the template set, without a word. The stated logs are one class: Infrequent Access when every group is.
    const classes = stated.map((resource) => {
      const written = resource.properties.LogGroupClass;
      if (written === undefined || written === null || written === 'STANDARD') return 'standard';
      if (written === 'INFREQUENT_ACCESS') return 'infrequent_access';
      if (intrinsicOf(written) !== 'Ref')
        reader?.note(
          `Resources.${clipped(resource.logicalId)}.Properties.LogGroupClass: ${shownProblem(written, 'is neither STANDARD nor INFREQUENT_ACCESS, the classes slcost prices')}; priced as STANDARD`,
        );
      return 'standard';
    });
    const logClass = classes.every((each) => each === 'infrequent_access') ? { log_class: 'infrequent_access' } : {};
    const infrequent = classes.filter((each) => each === 'infrequent_access').length;
    if (!('log_class' in logClass) && infrequent)
      reader?.note(
        `Resources: ${formatCount(infrequent)} of the ${formatCount(classes.length)} log groups ${infrequent === 1 ? 'is' : 'are'} of the INFREQUENT_ACCESS class, the rest STANDARD; the logs the usage file states are priced as one class, STANDARD (give log_class in the usage file's services.cloudwatch_logs to price them otherwise)`,
      );
    if (days.some((value) => !Number.isInteger(value) || value < 1)) return { retention_days: 'never', ...logClass };
    return { retention_days: Math.max(...days), ...logClass };
  },
  usageKeys: ['ingest_gb_per_month', 'insights_scanned_gb_per_month'],
  aside: (resource) => {
    const owner = lambdaLogGroupOf(resource.properties.LogGroupName);
    if (!owner) return null;
    return `the logs of function ${clipped('logicalId' in owner ? owner.logicalId : owner.functionName)}, priced with it, not here`;
  },
};
