// How a service finds itself in a SAM, CloudFormation or serverless.yml
// template: the resource types it reads, and the section of a scenario's
// `services:` block they imply, written as a scenario file would write it. A
// usage file gives the figures only usage can tell (requests, gigabytes) and
// is merged over it; the scenario section's schema and reader then check and
// read the two together, as they do a scenario file.

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
  /** JSON text in a property as data, or why it is not (in words that follow the property's name). */
  json(text: string): { readonly data: unknown } | { readonly problem: string };
}

export interface TemplateSection {
  /** CloudFormation types it reads, e.g. `AWS::SQS::Queue`. */
  readonly types: readonly string[];
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
   * What else one entry needs from the usage file before it can be priced (an Express state machine's duration),
   * for `slcost usage init` to ask for with the usage keys.
   */
  needs?(entry: Readonly<Record<string, unknown>>): readonly string[];
  /**
   * What the template reader does to the text of a file an entry names before reading it: a SAM state machine's
   * DefinitionUri file holds `${…}` placeholders its DefinitionSubstitutions fill in, which are not JSON as written.
   */
  fileText?(text: string): string;
}
