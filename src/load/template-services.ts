// The services around a template's functions: each service's template
// section turns its resources into its `services.<key>` section in
// scenario-file form, the usage file's `services:` block is merged over it
// (entries by name, an object key by key), and the merged block is checked by
// the scenario's own `services:` schema and read by each section's own reader,
// as a scenario file's is. Each figure's error points where it was written:
// the usage file for what it gave, the template's resource for the rest.
import { dirname, isAbsolute, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { clipped, InputError, InputErrors } from '../core/errors.js';
import type { Warning } from '../core/types.js';
import { aws } from '../providers/aws/index.js';
import { type AroundUsage, noServices } from '../providers/aws/services.js';
import { validate } from '../schema/issues.js';
import type { ScenarioContext, ScenarioSection } from '../schema/scenario-section.js';
import { scenarioSchemas } from '../schema/scenario.js';
import { shownValue, type TemplateSection } from '../schema/template-section.js';
import { meantName, suggest } from '../suggest.js';
import type { TemplateFile } from './read-template.js';
import { type FieldPath, formatPath, jsonData, relativeFileReader, type YamlFile } from './read-yaml.js';
import { type FoundResource, findTemplateResources, type KeptRef, unpricedResources } from './template-resources.js';
import { listNames, listParts, lookalikeOf } from '../core/names.js';
import { formatCount } from '../core/numbers.js';
import { runsAMonth } from './schedule-runs.js';
import { configuredLogGroups, locatedIn, NOTES_PER_KIND, notesOfKind, type TemplateFigure } from './template-functions.js';

type Json = unknown;
type Entry = Record<string, Json>;
const isObject = (value: Json): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

interface ServiceSections {
  readonly id: string;
  readonly usage?: ScenarioSection<unknown>;
  readonly template?: TemplateSection;
}

/** The services whose section sits in the `services:` block, each with its template section if it has one. */
export interface TemplateService {
  readonly key: string;
  readonly section: ScenarioSection<unknown>;
  readonly template: TemplateSection | undefined;
}

export function templateServices(): TemplateService[] {
  return (aws.services as readonly ServiceSections[]).flatMap((service) =>
    service.usage?.group === 'services' ? [{ key: service.usage.key, section: service.usage, template: service.template }] : [],
  );
}

/** Every CloudFormation type some service reads. */
export function typesRead(services: readonly TemplateService[] = templateServices()): ReadonlySet<string> {
  return new Set(services.flatMap(({ template }) => template?.types ?? []));
}

/** A service's resources and the section they imply, before any usage: what `slcost usage init` lists. */
export interface ImpliedSection {
  readonly key: string;
  readonly template: TemplateSection;
  readonly resources: readonly FoundResource[];
  /** The section in scenario-file form, as the template section gives it. */
  readonly implied: Json;
}

/** Each service's resources in the template and the section they imply; services the template has none of are left out. */
export function impliedSections(
  template: TemplateFile,
  assumptions: string[],
  services: readonly TemplateService[] = templateServices(),
  notPriced: string[] = assumptions,
  // Each resource a section leaves out of its entries, by logical id, and why: a usage entry that names it is not priced.
  leftOut: Map<string, ReadAs> = new Map(),
): ImpliedSection[] {
  const kept: KeptRef[] = [];
  // A log group a function writes to (its LoggingConfig.LogGroup) holds that function's logs, priced with it.
  const functionsGroups = configuredLogGroups(template);
  const found = findTemplateResources(template, typesRead(services), assumptions, undefined, kept).filter(
    ({ resource }) => !(resource.type === 'AWS::Logs::LogGroup' && functionsGroups.has(resource.logicalId)),
  );
  const misspelt = notesOfKind(assumptions);
  const sections = services.flatMap(({ key, template: section }): ImpliedSection[] => {
    if (!section) return [];
    const resources = found.filter(({ resource }) => section.types.includes(resource.type));
    if (!resources.length) return [];
    for (const { resource, at } of resources) {
      noteMisspelt(resource, at, section, misspelt.add);
      const why = section.leftOut?.(resource);
      // With the name it is deployed under, which a usage entry may write for it (`orders.fifo`).
      const deployed = section.deployedName === undefined ? undefined : resource.properties[section.deployedName];
      if (why && !leftOut.has(resource.logicalId))
        leftOut.set(resource.logicalId, { key, type: resource.type, leftOut: why, ...(typeof deployed === 'string' ? { deployedAs: deployed } : {}) });
    }
    let implied: Json;
    try {
      implied = section.section(
        resources.map(({ resource }) => resource),
        { note: (message) => assumptions.push(message), notPriced: (message) => notPriced.push(message), json: jsonData },
      );
    } catch (error) {
      // What the resolvers find wrong (a condition that refers to itself) they say of the template, where it is written.
      throw locatedIn(template, error);
    }
    // A list of no entries implies nothing too (a subscription to a topic another stack owns, a FIFO topic alone):
    // `usage init` wrote the service's key with nothing under it, a usage file the estimate refused.
    return implied === undefined || (Array.isArray(implied) && !implied.length) ? [] : [{ key, template: section, resources, implied }];
  });
  misspelt.rest((more) => `Resources: ${more} more properties are not read, each near one that is`);
  // A Ref a section read as a value, not as a link (a queue's FifoQueue: !Ref Other): not one the template can tell,
  // said as the resolver says it of any other it cannot work out (kept as written, it went unsaid).
  for (const { where, name, linked } of kept) {
    if (!linked) assumptions.push(`${where}: ${name} is one of the template's resources, whose value the template alone cannot tell; the default is used`);
  }
  return sections;
}

/**
 * A property of a resource a section reads that is spelt as none of its type's (`FifoQueu: true`, `billingMode`,
 * SAM's `Type` on CloudFormation's state machine), which CloudFormation refuses: it went unread in silence, and the
 * property's default was priced (a standard queue, a provisioned table). Said with the property meant, as a
 * function's misspelt setting is. A key near none that the section reads is not its to judge.
 */
function noteMisspelt(resource: FoundResource['resource'], at: FieldPath, section: TemplateSection, add: (note: () => string) => void): void {
  const names = section.properties?.[resource.type];
  if (!names) return;
  for (const key of Object.keys(resource.properties)) {
    if (names.reads.includes(key) || names.others.includes(key)) continue;
    const meant = (names.meant && Object.hasOwn(names.meant, key) ? names.meant[key] : undefined) ?? meantName(key, names.reads)?.name;
    if (meant) add(() => `${formatPath([...at, 'Properties', key])}: is not read (${resource.type} has no such property); did you mean ${meant}?`);
  }
}

/**
 * The sections with the figures the template gives their entries written in, as a usage file would write them; but
 * not a monthly count whose entry in the usage file gives it per request instead (`executions_per_request`): merged
 * under it, the schedule's `executions_per_month` had the file refused for giving both, which it did not.
 */
export function withFigures(sections: ImpliedSection[], figures: TemplateServicesInput['figures'], usageServices: Readonly<Record<string, Json>> = {}): ImpliedSection[] {
  if (!figures?.size) return sections;
  return sections.map((section) => {
    const byName = figures.get(section.key);
    if (!byName || !Array.isArray(section.implied)) return section;
    const usageOf = firstByName(usageServices[section.key]);
    const implied = section.implied.map((entry) => {
      const name = isObject(entry) && typeof entry.name === 'string' ? entry.name : undefined;
      const usage = name === undefined ? undefined : usageOf.get(name);
      const given = (name === undefined ? undefined : byName.get(name))?.filter(
        ({ usageKey }) => !usageKey.endsWith('_per_month') || usage?.[usageKey.replace(/_per_month$/, '_per_request')] === undefined,
      );
      return given?.length ? { ...entry, ...Object.fromEntries(given.map(({ usageKey, value }) => [usageKey, value.toNumber()])) } : entry;
    });
    return { ...section, implied };
  });
}

/** A usage section's entries by name, the first of each name, as the merge takes it; none for a section that is no list. */
function firstByName(entries: Json): Map<string, Entry> {
  const byName = new Map<string, Entry>();
  if (Array.isArray(entries)) for (const entry of entries) if (isObject(entry) && typeof entry.name === 'string' && !byName.has(entry.name)) byName.set(entry.name, entry);
  return byName;
}

/**
 * The usage entries whose figure is below the one the template gives (a state machine's executions under its
 * schedule's runs), in words; below the whole runs an average month holds, as a function's requests are held.
 */
function belowFigures(usageServices: Readonly<Record<string, Json>>, figures: TemplateServicesInput['figures']): string[] {
  const below: string[] = [];
  for (const [key, byName] of figures ?? []) {
    for (const [name, entry] of firstByName(usageServices[key])) {
      for (const { usageKey, value, from } of byName.get(name) ?? []) {
        const given = entry[usageKey];
        if (typeof given === 'number' && value.floor().greaterThan(given))
          below.push(`${clipped(name)}: ${usageKey} ${formatCount(given)}, against the ${runsAMonth(value)} of ${from}`);
      }
    }
  }
  return below;
}

/** The fields of a service entry that name a file, read by the section relative to the template (a DefinitionUri is). */
const FILE_FIELDS = ['definition_file'];

/**
 * The usage file's services with each file it names as a path from the template's folder, where the sections read
 * them: a definition_file the usage file writes is beside the usage file, as a scenario's is beside the scenario. Read
 * from the template's folder, a file of that name there was counted in its place, without a word.
 */
function besideTheUsageFile(services: Readonly<Record<string, Json>>, usageFile: string, templateFile: string): Readonly<Record<string, Json>> {
  const moved = (entry: Json): Json => {
    if (!isObject(entry)) return entry;
    const fields = FILE_FIELDS.filter((field) => typeof entry[field] === 'string' && entry[field] !== '' && !isAbsolute(entry[field]));
    if (!fields.length) return entry;
    return { ...entry, ...Object.fromEntries(fields.map((field) => [field, relative(dirname(templateFile), join(dirname(usageFile), entry[field] as string))])) };
  };
  return Object.fromEntries(Object.entries(services).map(([key, section]) => [key, Array.isArray(section) ? section.map(moved) : moved(section)]));
}

/**
 * A usage key that says how much of something a month: what a resource without usage has zero of. A count
 * (`*_per_month`), or a level held through it (`storage_gb`: an empty bucket stores zero); not the size of each item
 * (`record_kb`), which keeps its section's default: storage left out is a bill left short, and is asked for and said.
 */
export const isMonthlyUsage = (usageKey: string) => usageKey.endsWith('_per_month') || usageKey === 'storage_gb';

/** Where one merged entry's fields came from. */
interface Origin {
  /** The entry in the usage file, and the fields it gave. */
  readonly usage: { readonly at: FieldPath; readonly fields: ReadonlySet<string> } | null;
  /** The resource it was implied by. */
  readonly resource: FoundResource | null;
  /** A usage entry whose name is none of the template's: the name, and the template's names of its kind (for "did you mean"). */
  readonly unmatched?: { readonly name: string; readonly among: readonly string[]; readonly elsewhere?: ReadAs; readonly unpricedType?: string };
}

/**
 * A resource of the template as a service reads it: the service's key and the resource's type, and why the service
 * leaves it out of its entries where it does (a FIFO topic). One no service reads that bills on its own (a stream's
 * enhanced fan-out consumer, a global table) has no key: its usage is where the usage file writes it.
 */
type ReadAs = { readonly key: string | null; readonly type: string; readonly leftOut?: string; readonly deployedAs?: string };

/** What a usage entry under `services.<key>` is, when it names a resource of the template that another service reads. */
const readElsewhere = (name: string, key: string, elsewhere: ReadAs) =>
  `${clipped(name)} is the template's ${elsewhere.type}, whose usage goes under services.${elsewhere.key}, not services.${key}`;

export interface TemplateServicesInput {
  readonly template: TemplateFile;
  /** The usage file, its `services:` block already checked for shape (usageSchema). */
  readonly usageSource: YamlFile | null;
  readonly usageServices: Readonly<Record<string, Json>> | undefined;
  /** The usage file as its schema gives it, for the sections' rules that look beyond their own block. */
  readonly file: Readonly<Record<string, unknown>>;
  readonly trafficRequests: number | undefined;
  readonly errors: InputError[];
  readonly assumptions: string[];
  /** The services read: every one in the `services:` block unless a test says otherwise. */
  readonly services?: readonly TemplateService[];
  /** What the template gives the entries beyond their resources' properties (templateFigures): a scheduled state machine's executions. */
  readonly figures?: ReadonlyMap<string, ReadonlyMap<string, readonly TemplateFigure[]>>;
}

/**
 * Where usage left out is to go: the usage file given, by its name; else a usage file, which `slcost usage init` writes.
 * With a usage file just written by it, "slcost usage init writes one" sent the reader back to what they had done.
 */
export function addToUsage(them: 'it' | 'them', usageFile: string | null): string {
  return usageFile === null ? `give ${them} in a usage file (slcost usage init writes one)` : `add ${them} to ${usageFile}`;
}

/** The scenario's part the `services:` block gives, from the template and its usage file, and the notes on how it was reached. */
export function readTemplateServices(input: TemplateServicesInput): { usage: AroundUsage; notes: Warning[]; implied: readonly ImpliedSection[] } {
  const { template, usageSource, errors, services = templateServices() } = input;
  const usageServices = usageSource ? besideTheUsageFile(input.usageServices ?? {}, usageSource.file, template.file) : (input.usageServices ?? {});
  const settingsNotPriced: string[] = [];
  const sectionsLeaveOut = new Map<string, ReadAs>();
  const implied = withFigures(impliedSections(template, input.assumptions, services, settingsNotPriced, sectionsLeaveOut), input.figures, usageServices);
  const notes: Warning[] = settingsNotPriced.map((message) => ({ id: 'settings_not_priced', message }));
  const below = belowFigures(usageServices, input.figures);
  if (below.length)
    notes.push({
      id: 'requests_below_schedule',
      message: `fewer executions than the state machines' schedules start them (${listParts(below, '; ')}); priced as the usage file gives them`,
    });
  const origins = new Map<string, Origin | Origin[]>();
  const merged: Entry = {};
  // The entries that name a resource an earlier entry named: each is refused as that, and what else was wrong with it
  // as a resource of its own ("not in the template (did you mean Q?)" of Q) is left unsaid.
  const namedAgain = new Set<string>();
  // Each resource a service reads, by its logical id: a usage entry under another service that names it is told so.
  const readAs = new Map<string, ReadAs>();
  for (const section of implied)
    for (const { resource } of section.resources) if (!readAs.has(resource.logicalId)) readAs.set(resource.logicalId, { key: section.key, type: resource.type });
  // A FIFO topic is no entry of its section, which may then imply none at all (the template's only topic).
  for (const [logicalId, left] of sectionsLeaveOut) readAs.set(logicalId, left);
  // A usage entry for an enhanced fan-out consumer or a global table was said to be "not in the template", which has it.
  for (const { logicalId, type } of unpricedResources(template)) if (!readAs.has(logicalId)) readAs.set(logicalId, { key: null, type });
  for (const { key, template: templateSection } of services) {
    const fromTemplate = implied.find((section) => section.key === key);
    const given = usageServices[key];
    if (!fromTemplate && given === undefined) continue;
    // A resource's name twice: the first entry was merged over the resource, the second priced as another, "not in the template (did you mean <the same name>?)".
    if (Array.isArray(given) && fromTemplate) {
      const first = new Map<string, number>();
      const inTemplate = new Set(fromTemplate.resources.map(({ resource }) => resource.logicalId));
      given.forEach((entry, at) => {
        const name = isObject(entry) ? entry.name : undefined;
        if (typeof name !== 'string' || !inTemplate.has(name)) return;
        const before = first.get(name);
        if (before === undefined) first.set(name, at);
        else {
          namedAgain.add(`${key}|${at}`);
          const where = ['services', key, at, 'name'];
          errors.push(
            new InputError(
              `the template's ${name} is named twice in services.${key} (first at services.${key}[${before}]); give it one entry`,
              usageSource ? usageSource.locate(where) : { file: template.file, path: formatPath(where) },
            ),
          );
        }
      });
    }
    const result = mergeSection(key, fromTemplate, given, notes, readAs, (templateSection?.types.length ?? 0) > 0, usageSource?.file ?? null);
    merged[key] = result.data;
    origins.set(key, result.origins);
  }

  const locate = (path: FieldPath, options?: { key?: boolean }) => {
    const [key, ...rest] = path;
    const origin = origins.get(String(key));
    const inEntry = Array.isArray(origin) ? rest.slice(1) : rest;
    const entry = Array.isArray(origin) ? origin[Number(rest[0])] : origin;
    const [field] = inEntry;
    const fromUsage = entry?.usage && (field === undefined ? true : entry.usage.fields.has(String(field)));
    if (entry?.usage && (fromUsage || !entry.resource) && usageSource) return usageSource.locate([...entry.usage.at, ...inEntry], options);
    if (entry?.resource) {
      const at = template.locate(entry.resource.at, { key: true });
      return { ...at, path: `${formatPath(['services', ...path])} (from ${formatPath(entry.resource.at)})` };
    }
    return usageSource ? usageSource.locate(['services', ...path], options) : { file: template.file, path: formatPath(['services', ...path]) };
  };

  // Each error's path, by the location it was given, to tell whose entry it is.
  const paths = new WeakMap<object, FieldPath>();
  const located = (path: FieldPath, options?: { key?: boolean }) => {
    const location = locate(path, options);
    paths.set(location, path);
    return location;
  };
  // An error in a usage entry the template has no resource of says so: a misspelt name made a new state machine,
  // refused as one without transitions_per_execution, while the note that named the misspelling was never printed.
  let explainedCount = 0;
  // The merged entry an error of the section reader is about, by its place.
  const originOf = (error: InputError): Origin | undefined => {
    const path = error.location ? paths.get(error.location) : undefined;
    const origin = path ? origins.get(String(path[0])) : undefined;
    return Array.isArray(origin) ? (typeof path?.[1] === 'number' ? origin[path[1]] : undefined) : origin;
  };
  const explained = (error: InputError): InputError => {
    const entry = originOf(error);
    if (!entry?.unmatched || ++explainedCount > NOTES_PER_KIND) return error;
    const { name, among, elsewhere, unpricedType } = entry.unmatched;
    if (elsewhere) return new InputError(`${error.message}; ${readElsewhere(name, String(paths.get(error.location!)![0]), elsewhere)}`, error.location);
    if (unpricedType)
      return new InputError(`${error.message}; ${clipped(name)} is the template's ${unpricedType}, which slcost does not price, so the usage file gives all of it`, error.location);
    const hint = suggest(name, among);
    return new InputError(
      `${error.message}; ${clipped(name)} is not in the template, so the usage file gives all of it${hint ? ` (did you mean ${clipped(hint)}?)` : ''}`,
      error.location,
    );
  };
  // A state machine's DefinitionUri on disk is read as a scenario's definition_file is: relative to the template (before, every such template was refused).
  const readers = new Map(services.map(({ key, template: section }) => [key, relativeFileReader(template.file, section?.fileText)]));
  const attempt = (data: Entry): { usage: AroundUsage; found: InputError[] } => {
    const found: InputError[] = [];
    let checked: Entry;
    try {
      checked = validate(scenarioSchemas().services, { file: template.file, data, locate: located }) as Entry;
    } catch (error) {
      if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
      return { usage: noServices(), found: error instanceof InputErrors ? [...error.errors] : [error] };
    }
    const context: ScenarioContext = {
      trafficRequests: input.trafficRequests,
      file: { ...input.file, services: checked },
      fail: (message, path) => found.push(new InputError(message, located(path))),
    };
    const parts = services.map(({ key, section }) => section.read(checked[key] as never, { ...context, readFile: readers.get(key) }));
    return { usage: Object.assign({}, ...parts) as AroundUsage, found };
  };

  const first = attempt(merged);
  // A resource the usage file says nothing of, whose structure alone its section cannot price (a state machine's
  // definition in S3, a capacity from a parameter without a default), is left out with a note, not the whole
  // template refused: the usage file can give what it lacks. An error in what the usage file gave is an error.
  // Each with whether it is of a field the template wrote (a definition that goes to a state it does not have), which
  // the template mends, not the usage file: "give what it lacks in the usage file" sent the user to the wrong file.
  const unpriced = new Map<string, { index: number | null; message: string; ofTemplate: boolean }[]>();
  for (const error of first.found) {
    const path = error.location ? paths.get(error.location) : undefined;
    if (!path) continue;
    const key = String(path[0]);
    const origin = origins.get(key);
    const index = Array.isArray(origin) && typeof path[1] === 'number' ? path[1] : null;
    const entry = Array.isArray(origin) ? (index === null ? undefined : origin[index]) : origin;
    if (!entry?.resource || saidOf(entry)) continue;
    // Of a field the template wrote: one it lacks (a capacity from a parameter without a default, which the template
    // is right to leave to the stack's parameters) is the usage file's to give, and "mend the template" said otherwise.
    const data = Array.isArray(merged[key]) ? (index === null ? undefined : merged[key][index]) : merged[key];
    const field = path[Array.isArray(origin) ? 2 : 1];
    const ofTemplate = field !== undefined && isObject(data ?? null) && Object.hasOwn(data as Entry, String(field));
    const dropped = unpriced.get(key);
    if (dropped) dropped.push({ index, message: error.message, ofTemplate });
    else unpriced.set(key, [{ index, message: error.message, ofTemplate }]);
  }
  // By the usage file's place of the entry: the lists are shortened by the resources left out before the second attempt.
  const ofAnEntryNamedAgain = (error: InputError) => {
    const at = originOf(error)?.usage?.at;
    return at !== undefined && namedAgain.has(`${String(at[1])}|${String(at[2])}`);
  };
  if (!unpriced.size) {
    errors.push(...first.found.filter((error) => !ofAnEntryNamedAgain(error)).map(explained));
    return { usage: first.usage, notes, implied };
  }
  const reduced: Entry = { ...merged };
  // One note each for the first resources left out, then one counting the rest: a note each would be thousands of lines for thousands of tables.
  const notPricedNotes: string[] = [];
  const notPriced = notesOfKind(notPricedNotes);
  const leftOut = new Set<string>();
  for (const [key, dropped] of unpriced) {
    const origin = origins.get(key);
    const indexes = new Set(dropped.map(({ index }) => index));
    if (Array.isArray(origin) && Array.isArray(merged[key])) {
      reduced[key] = (merged[key] as Json[]).filter((_, index) => !indexes.has(index));
      origins.set(
        key,
        origin.filter((_, index) => !indexes.has(index)),
      );
    } else {
      delete reduced[key];
      origins.delete(key);
    }
    const byEntry = new Map<number | null, { messages: string[]; mends: Set<string> }>();
    for (const { index, message, ofTemplate } of dropped) {
      const mend = ofTemplate ? 'mend the template' : `give what it lacks in the usage file's services.${key}`;
      const before = byEntry.get(index);
      if (!before) byEntry.set(index, { messages: [message], mends: new Set([mend]) });
      else {
        before.messages.push(message);
        before.mends.add(mend);
      }
    }
    for (const [index, { messages, mends }] of byEntry) {
      const entry = Array.isArray(origin) ? origin[index ?? 0] : origin;
      const where = entry?.resource ? formatPath(entry.resource.at) : `services.${key}`;
      leftOut.add(`services.${key}`);
      notPriced.add(() => `${where} is not priced: ${[...new Set(messages)].join('; ')}; ${[...mends].join(', and ')}`);
    }
  }
  notPriced.rest((more) => `${more} more resources are not priced, for what the template alone does not say of them; give it in the usage file's ${[...leftOut].join(', ')}`);
  notes.push(...notPricedNotes.map((message) => ({ id: 'not_priced_without_usage', message })));
  const second = attempt(reduced);
  errors.push(...second.found.filter((error) => !ofAnEntryNamedAgain(error)).map(explained));
  return { usage: second.usage, notes, implied };
}

/** Whether the usage file said anything of an entry beyond naming it. */
const saidOf = (origin: Origin) => origin.usage !== null && [...origin.usage.fields].some((field) => field !== 'name');

/**
 * The usage file's section over the template's: list entries by `name`, an
 * object key by key, a field the usage file gives replacing the template's
 * whole. An entry the usage file says nothing of gets its usage keys at zero,
 * and a note; a usage entry naming no resource is kept, with a note.
 */

export function mergeSection(
  key: string,
  fromTemplate: ImpliedSection | undefined,
  given: Json,
  notes: Warning[],
  readAs: ReadonlyMap<string, ReadAs> = new Map(),
  // False for a service no template resource holds (data transfer): its usage is always the usage file's, and "the
  // template has no resource of it" would be said of every usage file that gives it, as the docs ask.
  templatesHoldIt = true,
  // The usage file given, by its name, which a note of usage left out points to; null: none was given.
  usageFile: string | null = null,
): { data: Json; origins: Origin | Origin[] } {
  // A usage section for a service the template has no resource of is merged over nothing, so that each entry gets its note.
  const implied = fromTemplate ? fromTemplate.implied : Array.isArray(given) ? [] : isObject(given) ? {} : undefined;
  const usageKeys = fromTemplate?.template.usageKeys ?? [];
  // Looked up once per entry: a find over every resource for each is the square of the resources.
  const byLogicalId = new Map<Json, FoundResource>();
  for (const found of fromTemplate?.resources ?? []) if (!byLogicalId.has(found.resource.logicalId)) byLogicalId.set(found.resource.logicalId, found);
  const resourceNamed = (name: Json) => byLogicalId.get(name) ?? fromTemplate?.resources[0] ?? null;
  // The name a resource is deployed under (a bucket's BucketName, the one a serverless.yml's s3 event gives), which a
  // usage entry may write for its logical id: worked out only when an entry names no resource, as reading resolves it.
  const deployedName = fromTemplate?.template.deployedName;
  let deployedAs: Map<string, string> | null = null;
  const deployedNamed = (name: string): string | undefined => {
    deployedAs ??= new Map(
      deployedName === undefined
        ? []
        : (fromTemplate?.resources ?? []).flatMap(({ resource }) => {
            const written = resource.properties[deployedName];
            return typeof written === 'string' ? [[written, resource.logicalId] as const] : [];
          }),
    );
    return deployedAs.get(name);
  };
  const withoutUsage: string[] = [];
  const zeroed = new Set<string>();
  const defaulted = new Set<string>();
  // A monthly count at zero, not left out: a section's reader may require one, and zero with a note is what a function
  // without usage gets. A size (record_kb) is no count: it keeps the section's default.
  const fill = (entry: Entry, name: string): Entry => {
    const missing = usageKeys.filter((usageKey) => entry[usageKey] === undefined);
    if (missing.length) withoutUsage.push(name);
    const counts = missing.filter(isMonthlyUsage);
    for (const usageKey of missing) (isMonthlyUsage(usageKey) ? zeroed : defaulted).add(usageKey);
    return { ...entry, ...Object.fromEntries(counts.map((usageKey) => [usageKey, 0])) };
  };
  const said = (entry: Json): entry is Entry => isObject(entry) && Object.keys(entry).some((field) => field !== 'name');
  // A setting the template gives (a queue's FIFO flag, a table's capacity mode) that the usage file gives otherwise: the
  // usage file's is priced, as the merge says, but a bill that is not what the template deploys is said.
  const overNotes: string[] = [];
  const over = notesOfKind(overNotes);
  const modeFields = fromTemplate?.template.modeFields ?? {};
  /** The template's entry under the usage file's: its settings the usage file changes said, and what held under them alone dropped. */
  const overridden = (base: Entry, usage: Entry, where: string): Entry => {
    const fields = Object.keys(usage).filter(
      (field) => field !== 'name' && !usageKeys.includes(field) && base[field] !== undefined && usage[field] !== undefined && !isDeepStrictEqual(base[field], usage[field]),
    );
    if (!fields.length) return { ...base, ...usage };
    const dropped = fields
      .flatMap((field) => (Object.hasOwn(modeFields, field) ? modeFields[field]! : []))
      .filter((field) => base[field] !== undefined && usage[field] === undefined);
    over.add(
      () =>
        `${where}: ${listParts(
          fields.map((field) => `${clipped(field)} ${shownValue(usage[field])} where the template gives ${shownValue(base[field])}`),
          '; ',
        )}; priced as the usage file gives ${fields.length === 1 ? 'it' : 'them'}${
          dropped.length
            ? `, without the template's ${listParts(
                dropped.map((field) => `${field} ${shownValue(base[field])}`),
                ' and ',
              )}`
            : ''
        }`,
    );
    return Object.fromEntries(Object.entries({ ...base, ...usage }).filter(([field]) => !dropped.includes(field)));
  };
  const overNote = () => {
    over.rest((more) => `services.${key}: ${more} more entries give settings otherwise than the template; priced as the usage file gives them`);
    notes.push(...overNotes.map((message) => ({ id: 'usage_over_template', message })));
  };
  const note = () => {
    if (withoutUsage.length)
      notes.push({
        id: 'no_usage_given',
        message: `no usage given for ${listNames(withoutUsage)} (services.${key}): ${[zeroed.size ? `${[...zeroed].join(', ')} priced at zero` : '', defaulted.size ? `${[...defaulted].join(', ')} at ${defaulted.size === 1 ? 'its' : 'their'} default` : ''].filter(Boolean).join(', ')}; ${addToUsage('them', usageFile)}`,
      });
  };

  if (Array.isArray(implied) && (given === undefined || Array.isArray(given))) {
    const usageEntries = (given ?? []) as Json[];
    const names = implied.map((entry) => (isObject(entry) ? entry.name : undefined));
    // The first usage entry of each name, as a search from the top finds it.
    const usageAt = new Map<Json, number>();
    usageEntries.forEach((candidate, at) => {
      if (isObject(candidate) && candidate.name !== undefined && !usageAt.has(candidate.name)) usageAt.set(candidate.name, at);
    });
    const used = new Set<number>();
    const data: Json[] = [];
    const origins: Origin[] = [];
    implied.forEach((entry, index) => {
      const name = names[index];
      const at = name === undefined ? -1 : (usageAt.get(name) ?? -1);
      const usage = at >= 0 ? (usageEntries[at] as Entry) : undefined;
      if (at >= 0) used.add(at);
      const base = isObject(entry) ? entry : {};
      data.push(said(usage) ? overridden(base, usage, `services.${key}[${at}] (${clipped(String(name))})`) : fill(base, String(name)));
      origins.push({ usage: usage ? { at: ['services', key, at], fields: new Set(Object.keys(usage)) } : null, resource: resourceNamed(name) });
    });
    const templateNames = names.filter((candidate): candidate is string => typeof candidate === 'string');
    // The first few said one by one with the name they may mean, then one note counting the rest: each entry looked up
    // in every name is the square of them, and a note each thousands of lines.
    const notInTemplateNotes: string[] = [];
    const notInTemplate = notesOfKind(notInTemplateNotes);
    const leftOutNotes: string[] = [];
    const leftOut = notesOfKind(leftOutNotes);
    // The resources left out by the names they are deployed under, made at the first entry that names no resource.
    let leftOutByName: Map<string, [string, ReadAs]> | null = null;
    const leftOutDeployed = (name: string): [string, ReadAs] | undefined => {
      leftOutByName ??= new Map([...readAs].flatMap(([logicalId, read]) => (read.leftOut && read.deployedAs !== undefined ? [[read.deployedAs, [logicalId, read]] as const] : [])));
      return leftOutByName.get(name);
    };
    usageEntries.forEach((entry, at) => {
      if (used.has(at)) return;
      const name = isObject(entry) ? entry.name : undefined;
      // A resource its section leaves out (a FIFO topic) was priced from its usage entry as one the template lacks: "not
      // in the template", of a resource it has, and billed at rates that are not its own.
      const found = typeof name === 'string' ? readAs.get(name) : undefined;
      if (found?.leftOut && found.key === key) {
        leftOut.add(() => `services.${key}[${at}]: ${clipped(String(name))} is the template's ${found.type}, ${found.leftOut}; its usage is not priced`);
        return;
      }
      // So is one written with the name it is deployed under (`orders.fifo`): it was billed as a standard topic's
      // publishes, with a hint to write the logical id, under which it is not priced at all.
      const [deployedId, deployedAs] = (found === undefined && typeof name === 'string' ? leftOutDeployed(name) : undefined) ?? [];
      if (deployedAs?.leftOut && deployedAs.key === key) {
        leftOut.add(
          () =>
            `services.${key}[${at}]: ${clipped(String(name))} is the name the template's ${deployedAs.type} ${clipped(deployedId!)} is deployed under, ${deployedAs.leftOut}; its usage is not priced`,
        );
        return;
      }
      data.push(entry);
      // A table's usage written under sqs: was said to be of a resource "not in the template", which has it, as a table.
      const elsewhere = found && found.key !== null && found.key !== key ? found : undefined;
      origins.push({
        usage: { at: ['services', key, at], fields: new Set(isObject(entry) ? Object.keys(entry) : []) },
        resource: null,
        ...(typeof name === 'string'
          ? { unmatched: { name, among: templateNames, ...(elsewhere ? { elsewhere } : {}), ...(found && found.key === null ? { unpricedType: found.type } : {}) } }
          : {}),
      });
      if (typeof name !== 'string') return;
      notInTemplate.add(() => {
        if (elsewhere) return `services.${key}: ${readElsewhere(name, key, elsewhere)}; priced here as the usage file gives it`;
        if (found && found.key === null)
          return `services.${key}: ${clipped(name)} is the template's ${found.type}, which slcost does not price; its entry is priced as the usage file gives it, as services.${key} prices one`;
        const deployed = deployedNamed(name);
        const lookalike = deployed === undefined ? lookalikeOf(name, templateNames) : null;
        const hint = deployed === undefined && !lookalike ? suggest(name, templateNames) : null;
        const meant =
          deployed !== undefined
            ? ` (did you mean ${clipped(deployed)}, deployed as ${clipped(name)}? a usage entry names a resource by its logical id)`
            : lookalike
              ? ` (it prints like ${clipped(lookalike.name)} but writes ${lookalike.differs})`
              : hint
                ? ` (did you mean ${clipped(hint)}?)`
                : '';
        return `services.${key}: ${clipped(name)} is in the usage file but not in the template; priced as the usage file gives it${meant}`;
      });
    });
    notInTemplate.rest((more) => `services.${key}: ${more} more entries are in the usage file but not in the template; priced as the usage file gives them`);
    notes.push(...notInTemplateNotes.map((message) => ({ id: 'usage_not_in_template', message })));
    leftOut.rest((more) => `services.${key}: ${more} more entries name resources of the template that slcost does not price; their usage is not priced`);
    notes.push(...leftOutNotes.map((message) => ({ id: 'usage_not_priced', message })));
    note();
    overNote();
    return { data, origins };
  }

  if (isObject(implied) && (given === undefined || isObject(given))) {
    const resource = fromTemplate?.resources[0] ?? null;
    const data = said(given) ? overridden(implied, given, `services.${key}`) : fill(implied, key);
    note();
    overNote();
    if (!fromTemplate && templatesHoldIt)
      notes.push({ id: 'usage_not_in_template', message: `services.${key} is in the usage file but the template has no resource of it; priced as the usage file gives it` });
    return { data, origins: { usage: given === undefined ? null : { at: ['services', key], fields: new Set(Object.keys(given)) }, resource } };
  }

  // No resource implies this section, or the usage file writes it in another form: the usage file's, as a scenario file's.
  if (implied !== undefined && given !== undefined) {
    notes.push({ id: 'usage_not_in_template', message: `services.${key}: the usage file's section replaces what the template implies (it is written in another form)` });
  }
  const origin: Origin = {
    usage: given === undefined ? null : { at: ['services', key], fields: new Set(isObject(given) ? Object.keys(given) : []) },
    resource: fromTemplate?.resources[0] ?? null,
  };
  return {
    data: given ?? implied,
    origins: Array.isArray(given)
      ? given.map((_, at) => ({ ...origin, usage: { at: ['services', key, at], fields: new Set(isObject(given[at]) ? Object.keys(given[at] as Entry) : []) } }))
      : origin,
  };
}
