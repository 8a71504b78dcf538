// How a service finds itself in a SAM, CloudFormation or serverless.yml
// template: the resource types it reads, and the section of a scenario's
// `services:` block they imply, written as a scenario file would write it. A
// usage file gives the figures only usage can tell (requests, gigabytes) and
// is merged over it; the scenario section's schema and reader then check and
// read the two together, as they do a scenario file.
import { clipped } from '../core/errors.js';
import { numberInWords } from '../core/numbers.js';

export interface TemplateResource {
  /** The resource's logical id, which names the entry (and the usage file's entry for it). */
  readonly logicalId: string;
  readonly type: string;
  /** Its properties, with the intrinsic functions the reader could resolve resolved. */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** What the template reader gives a section to read its resources with. */
export interface SectionReader {
  /** Says what of a resource the section could not read (printed with the template's other assumptions). */
  note(message: string): void;
  /** Says a setting of a resource that bills on its own and that the section does not price (a settings_not_priced warning). */
  notPriced?(message: string): void;
  /** JSON text in a property as data, or why it is not (in words that follow the property's name). */
  json(text: string): { readonly data: unknown } | { readonly problem: string };
}

/** The properties of a resource type a section reads, and the type's others, which it does not. */
export interface PropertyNames {
  readonly reads: readonly string[];
  readonly others: readonly string[];
  /** A key another kind of resource spells so, with the property this type spells it as (`StateMachineType` → `Type`). */
  readonly meant?: Readonly<Record<string, string>>;
}

export interface TemplateSection {
  /** CloudFormation types it reads, e.g. `AWS::SQS::Queue`. */
  readonly types: readonly string[];
  /**
   * The properties it reads of each of its types, and their others: a key that is none of them but near one it reads
   * (`FifoQueu`, `billingMode`), which CloudFormation refuses, is said with the property meant by the template reader,
   * where it was priced as the property's default without a word.
   */
  readonly properties?: Readonly<Record<string, PropertyNames>>;
  /**
   * The section its resources imply, in scenario-file form: a list of
   * entries each with a `name` (the logical id), or one object; undefined
   * when they imply nothing. `reader` is there when the template reader
   * calls it (a test may not give one).
   */
  section(resources: readonly TemplateResource[], reader?: SectionReader): unknown;
  /** The figures a usage file gives for each entry, as `slcost usage init` writes them. */
  readonly usageKeys: readonly string[];
  /**
   * The property that gives the name its resources are deployed under (a bucket's `BucketName`): a usage entry written
   * with that name is told the logical id that names the resource.
   */
  readonly deployedName?: string;
  /**
   * A setting a usage file may give otherwise than the template, with the fields the template gives that hold under
   * the template's alone: dropped when the usage file changes it (a provisioned table's capacities, where the usage
   * file makes the table on-demand, are no longer the table's).
   */
  readonly modeFields?: Readonly<Record<string, readonly string[]>>;
  /**
   * What else one entry needs from the usage file before it can be priced (an Express state machine's duration),
   * for `slcost usage init` to ask for with the usage keys. `readFile` reads a file the entry names, as the
   * estimate will (a state machine's DefinitionUri), relative to the template.
   */
  needs?(entry: Readonly<Record<string, unknown>>, readFile?: (relativePath: string) => unknown): readonly string[];
  /**
   * What the template reader does to the text of a file an entry names before reading it: a SAM state machine's
   * DefinitionUri file holds `${…}` placeholders its DefinitionSubstitutions fill in, which are not JSON as written.
   */
  fileText?(text: string): string;
  /**
   * What `slcost usage init` says of a resource beside its type when the section does not read it as it reads the
   * others (a function's own log group, priced with the function): null for the others.
   */
  aside?(resource: TemplateResource): string | null;
  /**
   * Why the section leaves a resource of its types out of its entries (a FIFO topic, which slcost does not price), in
   * words that follow "is": a usage entry that names it is not priced, where it was priced as a resource the template
   * lacks. Null for a resource it prices.
   */
  leftOut?(resource: TemplateResource): string | null;
}

/** Says a setting the section does not price where the reader says such settings, else as a note. */
export function sayNotPriced(reader: SectionReader | undefined, message: string): void {
  if (reader?.notPriced) reader.notPriced(message);
  else reader?.note(message);
}

/** CloudFormation's boolean, which it takes as the text "true" or "false" too; null for anything else. */
export function templateBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : null;
}

/** A property's value as a note quotes it: a text or a number as written, cut short; a mapping or a list by its kind (it may hold itself). */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clipped(value));
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  // Not String(value): 1e21 was quoted as 1e+21, 0.0000001 as 1e-7.
  return typeof value === 'number' ? numberInWords(value) : String(value);
}

/** The intrinsic function a value left as written is (`Ref`, `Fn::GetAtt`), or null. */
export function intrinsicOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::')) ? keys[0]! : null;
}

/** The logical id a `Ref` or an `Fn::GetAtt` (`[Id, Attribute]` or `"Id.Attribute"`) names, with the attribute (null for a Ref); null for anything else. */
export function referenceOf(value: unknown): { id: string; attribute: string | null } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Readonly<Record<string, unknown>>;
  if (typeof fields.Ref === 'string') return { id: fields.Ref, attribute: null };
  const getAtt = fields['Fn::GetAtt'];
  const [id, ...attribute] = Array.isArray(getAtt) ? (getAtt as unknown[]) : typeof getAtt === 'string' ? getAtt.split('.') : [];
  return typeof id === 'string' ? { id, attribute: attribute.length ? attribute.join('.') : null } : null;
}

/** The text a `Fn::Sub` substitutes into (`!Sub 'x'`, or the first of `!Sub ['x', { … }]`); null for anything else. */
export function subText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const sub = (value as Readonly<Record<string, unknown>>)['Fn::Sub'];
  return typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : null;
}

/**
 * The logical ids a `Fn::Sub` text names (`${Fn}`, `${Fn.Arn}`): neither a pseudo parameter (`${AWS::StackName}`, part
 * of a name) nor a literal `${!…}`.
 */
export function subReferences(text: string): string[] {
  return [...text.matchAll(/\$\{(?!AWS::)([^}!.]+)(?:\.[^}]*)?\}/g)].map((match) => match[1]!);
}

/**
 * The logical id an ARN names: `!GetAtt F.Arn` (either form), or a `!Sub` of one resource, `${F.Arn}` or the ARN written
 * out around `${F}` (`arn:${AWS::Partition}:logs:…:log-group:${Logs}`, as SAM's examples give an access log's group); else null.
 */
export function arnOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const getAtt = (value as Readonly<Record<string, unknown>>)['Fn::GetAtt'];
  const [id, attribute] = typeof getAtt === 'string' ? getAtt.split('.', 2) : Array.isArray(getAtt) ? (getAtt as unknown[]) : [];
  if (typeof id === 'string') return attribute === 'Arn' ? id : null;
  const text = subText(value)?.trim();
  const ids = new Set(text === undefined ? [] : subReferences(text));
  return ids.size === 1 && (/^\$\{[^}]+\.Arn\}$/.test(text!) || text!.startsWith('arn:')) ? [...ids][0]! : null;
}

/**
 * A value a note quotes with what is wrong with it (`"on_demand" is neither ON_DEMAND nor PROVISIONED`); an intrinsic
 * function the reader left as written, as one the template alone cannot work out.
 */
export function shownProblem(value: unknown, wrong: string): string {
  const intrinsic = intrinsicOf(value);
  return intrinsic === null ? `${shownValue(value)} ${wrong}` : `${intrinsic} cannot be worked out from the template alone`;
}
