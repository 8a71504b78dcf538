// Reading a YAML (or JSON) file a user gave: every way it can fail becomes an
// InputError naming the file, and the line and column of any field a later
// check names come from the parsed document's node ranges.
import { readFileSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import {
  type Alias,
  Composer,
  CST,
  type Document,
  isAlias,
  isNode,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Lexer,
  type Node,
  parse,
  type Pair,
  type ParseOptions,
  Parser,
  Schema,
  type ScalarTag,
  type Tags,
  visit,
  type YAMLError,
  type YAMLMap,
  YAMLParseError,
} from 'yaml';
import { clipped, type FieldPath, InputError, type SourceLocation, systemReason } from '../core/errors.js';
import { formatCount, pastDoubleRange } from '../core/numbers.js';
import { jsonText } from '../core/json-text.js';

/** Files bigger than this are refused before they are read: no scenario or price table comes near it. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;
/**
 * The most aliases times values a file may have. yaml finds the node an alias names by walking the document up to
 * the alias, for every alias it resolves (and again for each alias inside an anchored node, when it counts them
 * against MAX_ALIASES), so a file of many anchors, or one anchored at its top with many aliases of it, costs the
 * square of its size. At this bound, about a quarter of a second; no scenario or
 * template comes near it (the real-world templates have no aliases at all, a hand-written file a few dozen).
 */
const ALIAS_LOOKUP_STEPS = 10_000_000;
/**
 * The same for aliases inside an anchored list or mapping: yaml looks each of them up through the whole document
 * again for every alias of that node it converts (up to MAX_ALIASES), without the walk it remembers for the others.
 * So a file anchored at its top with many aliases of it costs the square of them; at this bound, about a quarter of a
 * second.
 */
const NESTED_ALIAS_LOOKUP_STEPS = 500_000;
/** yaml's bound on aliases (`maxAliasCount`): past it, a file is an alias bomb ("billion laughs"), not a scenario. */
const MAX_ALIASES = 100;
/**
 * How deep yaml's parser may nest collections before the file is refused. Its
 * composer would overflow the stack some thousands deep anyway, but each level
 * costs the parser tens of microseconds first: a line of a million `[` (or of
 * `- - - …`) would keep it busy for minutes.
 */
const MAX_NESTING = 1000;
const NESTED_TOO_DEEPLY = 'invalid YAML: lists and mappings nested too deeply (hundreds of levels, one inside another)';
/**
 * The YAML tokens (keys, values, indicators, line ends) a file may hold. yaml
 * spends ~3 µs and hundreds of bytes on each: a SAM template of 10,000
 * functions has ~730,000, a mapping of 100,000 functions in flow style 1.6
 * million, and 4 MB of `[` lines six million (what such files took, with and
 * without the bound, is in docs/performance.md).
 */
export const MAX_TOKENS = 2_000_000;

export type { FieldPath };

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** Where `path` is in the file (its key with `key: true`); the nearest enclosing node when the path goes further than the file. */
  locate(path: FieldPath, options?: LocateOptions): SourceLocation;
}

export interface LocateOptions {
  /** The place of the key, not of its value. */
  readonly key?: boolean;
  /** `written` is the key's text, not its value's. */
  readonly writtenKey?: boolean;
}

export function readYamlFile(file: string): YamlFile {
  return parseYaml(inputName(file), readInputText(file));
}

/**
 * A reader of the YAML files `file` names relative to itself (a state machine's definition), each read once;
 * `prepare` is what a template section does to such a file's text first (see TemplateSection.fileText).
 */
export function relativeFileReader(file: string, prepare?: (text: string) => string): (relativePath: string) => unknown {
  const read = new Map<string, unknown>();
  return (relativePath) => {
    // Joined, not resolved: a message names `scenarios/flow.json` beside `scenarios/a.yaml`, as the user would, not a path from the root of the machine.
    const path = isAbsolute(relativePath) ? relativePath : join(dirname(file), relativePath);
    if (!read.has(relativePath)) read.set(relativePath, relativeFileData(path, readInputText(path), prepare));
    return read.get(relativePath);
  };
}

/**
 * The data of a file a scenario or template names, parsed once for its text: a batch of scenarios naming one state
 * machine's definition reads it for each, and parses it once.
 */
function relativeFileData(path: string, text: string, prepare: ((text: string) => string) | undefined): unknown {
  const last = relativeFilesParsed.get(path);
  if (last && last.text === text && last.prepare === prepare) return last.data;
  const parsed = parseYamlDocument(inputName(path), (prepare ?? String)(text));
  strictJson(parsed, "a state machine's definition is JSON, without comments or trailing commas");
  const data = dataOf(parsed);
  // A template naming thousands of files of its own keeps none of them past the bound.
  if (relativeFilesParsed.size >= RELATIVE_FILES_KEPT) relativeFilesParsed.clear();
  relativeFilesParsed.set(path, { text, prepare, data });
  return data;
}

const relativeFilesParsed = new Map<string, { readonly text: string; readonly prepare: ((text: string) => string) | undefined; readonly data: unknown }>();
const RELATIVE_FILES_KEPT = 100;

/**
 * JSON text a file holds as a string (a state machine's DefinitionString) as data, or why it is not: JSON's own
 * rules (JSON.parse's), and no key twice in one object, which JSON.parse takes without a word (the last wins) and
 * yaml's composer finds, as it does in every file read here.
 */
export function jsonData(text: string): { readonly data: unknown } | { readonly problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${(error as SyntaxError).message})` };
  }
  const lines = new LineCounter();
  const doc = composeDocument(text, parseOptions(lines, undefined));
  if ('givenUpAt' in doc) return { problem: doc.why === 'nesting' ? 'is nested too deeply to read' : `holds more than ${formatCount(MAX_TOKENS)} tokens` };
  const [twice] = keyProblems(doc).duplicates;
  if (!twice) return { data };
  const { line, col } = lines.linePos(twice.pos[0]);
  return { problem: `names the key ${text.slice(twice.pos[0], twice.pos[1])} twice in one object (line ${line}, column ${col} of its text)` };
}

/**
 * `text` as a YAML scalar this reader reads back as the same text: plain where it can be, else double-quoted
 * (JSON's quoting is YAML's, with what a terminal could act on as `\u` escapes: jsonText). A name such as `123`, `True`, `null` or `1e3` written plain reads back as a number,
 * a boolean or nothing, and a usage file written with it named something else.
 */
export function yamlScalar(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return jsonText(text, undefined);
  return parse(text, { version: '1.2', schema: schemaOf(undefined) }) === text ? text : jsonText(text, undefined);
}

/** The file name that reads standard input, as Unix tools take it. */
export const STDIN = '-';
/** How standard input is named in messages and output. */
export const STDIN_NAME = '<stdin>';

/** The name a file given on the command line goes by in messages: `-` is `<stdin>`. */
export function inputName(file: string): string {
  return file === STDIN ? STDIN_NAME : file;
}

/** Why standard input that is a terminal is refused, and what to do instead, whichever file `-` stood for. */
const STDIN_TERMINAL = 'is a terminal, which slcost does not wait on; redirect the file in (- < file.yaml) or give its path';

let stdinText: string | null = null;

/**
 * Standard input, read to its end once: a command that reads `-` twice (a diff of one scenario under two
 * pricing versions) gets the same text. A terminal is refused rather than waited on.
 */
function readStdinText(): string {
  if (stdinText !== null) return stdinText;
  const file = STDIN_NAME;
  // tty is asked only here: loading it costs every other run milliseconds of Node's stream modules. Said of any file
  // `-` stands for (a scenario, a template, --usage, --answers, --pricing-file): it named a scenario and estimate alone.
  if (process.getBuiltinModule('node:tty').isatty(0)) throw new InputError(STDIN_TERMINAL, { file });
  const chunks: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing in it yet: wait a moment for the writer instead of failing.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(`cannot be read (${code ?? 'unknown error'})`, { file });
    }
    if (read === 0) break;
    size += read;
    if (size > MAX_INPUT_BYTES) throw new InputError(`is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; files over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused`, { file });
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  stdinText = checkedText(Buffer.concat(chunks).toString('utf8'), file);
  return stdinText;
}

/**
 * The files this process has read (or tried to), by the names it read them by (`-`, standard input): a report written once the run is done
 * must be none of them. The run finds some as it goes (a state machine's definition file, a shipped price table).
 */
const filesRead = new Set<string>();

/** Notes a file read other than through readInputText (a shipped price table read from the build's JSON of it). */
export function noteFileRead(file: string): void {
  filesRead.add(file);
}

/** Every file noted as read so far. */
export function filesReadSoFar(): string[] {
  return [...filesRead];
}

/**
 * The text of a file a user named (`-`: standard input), or an InputError saying why not. Read as
 * UTF-8 by Node itself: a run that decodes a Buffer pays for Buffer's first
 * includes and toString, a third of a millisecond.
 */
export function readInputText(file: string): string {
  filesRead.add(file);
  if (file === STDIN) return readStdinText();
  const size = regularFileSize(file);
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(`is ${Math.ceil(size / 1024 / 1024)} MB; files over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused`, { file });
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the file${systemReason((error as NodeJS.ErrnoException).code, 'read')}`, { file });
  }
  return checkedText(text, file);
}

/**
 * UTF-16 text (as Windows PowerShell's `>` writes it) read as UTF-8: its byte-order mark two U+FFFD, then a NUL beside
 * each ASCII character. It was "a binary file", of a file the user can open and read.
 */
const UTF16 = /^(?:\uFFFD\uFFFD)?(?:[^\0]\0[^\0]\0[^\0]\0|\0[^\0]\0[^\0]\0[^\0])/;

/** The error of a UTF-16 file read as UTF-8 (see UTF16): `text` is its start. */
export function utf16Refused(text: string, file: string): InputError | null {
  return UTF16.test(text) ? new InputError(UTF16_MESSAGE, { file }) : null;
}

const UTF16_MESSAGE = 'is UTF-16 text; slcost reads UTF-8: save it as UTF-8';

function checkedText(text: string, file: string): string {
  // A NUL byte decodes to U+0000 and nothing else does; a byte that is not UTF-8 decodes to U+FFFD.
  if (text.includes('\0')) throw utf16Refused(text, file) ?? new InputError('is a binary file, not YAML', { file });
  if (text.includes('\uFFFD')) throw new InputError('is not valid UTF-8 text', { file });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The size of a file a user named, or an InputError when it is missing or not a regular file. */
export function regularFileSize(file: string): number {
  // An empty name (an unset shell variable's) names no file, and a message naming it would name nothing.
  if (file === '') throw new InputError('a file name is empty; give the path of a file', { file });
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new InputError('is a directory, not a file', { file });
    // A pipe, a socket or a device could keep a run waiting for ever (opening a FIFO blocks until a writer comes): only a regular file is read.
    if (!stats.isFile()) throw new InputError('is not a regular file (a pipe, a socket or a device); give the path of a file', { file });
    return stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read the file${systemReason(code, 'read')}`, { file });
  }
}

export function parseYaml(file: string, text: string): YamlFile {
  const parsed = parseYamlDocument(file, text);
  return yamlFileOf(parsed, dataOf(parsed));
}

/**
 * A `.json` file is read as YAML, for its places, but what reads it for real reads JSON: a comment, a trailing
 * comma or a key without quotes, which YAML takes, is refused where it is, `why` saying who reads it. A `// note`
 * swallowed the key after it (`"Resources"` read as part of a key `// note "Resources"`), and a template said it had
 * no functions, a state machine's definition that it had no States.
 */
export function strictJson(parsed: ParsedYaml, why: string): void {
  const problem = jsonProblem(parsed);
  if (problem) throw new InputError(`is not valid JSON: ${problem.reason}; ${why}`, problem.at);
}

/** Why a `.json` file is no JSON, in JSON's words and where the JSON stops; null for valid JSON, or a file of another kind. */
function jsonProblem({ file, text, lines }: ParsedYaml): { reason: string; at: SourceLocation } | null {
  if (!/\.json$/i.test(file) || text === undefined) return null;
  // A byte-order mark, which YAML reads past, is no JSON.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  try {
    JSON.parse(bom ? text.slice(bom) : text);
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const position = /at position (\d+)/.exec(error.message);
    // Where the JSON stops, told in lines and columns as every other place in the file is: by the YAML parse's line starts.
    const at = position ? lines.linePos(Math.min(Number(position[1]) + bom, text.length)) : null;
    const reason = error.message
      .replace(/ (in|after) JSON at position \d+.*$/s, (_, where: string) => (where === 'after' ? ' after the JSON value' : ''))
      .replace(/^Unexpected token '(.)', .*$/s, 'unexpected "$1"');
    return { reason, at: { file, ...(at === null ? {} : { line: at.line, column: at.col }) } };
  }
}

/** A YAML file whose data is already known; its text is read and parsed only when an error asks for a position. */
export function preparsedYaml(file: string, text: string | (() => string), data: unknown): YamlFile {
  let parsed: ParsedYaml | undefined;
  return {
    file,
    data,
    locate(path, options) {
      parsed ??= parseQuietly(file, typeof text === 'string' ? text : text());
      return locateIn(parsed, path, options);
    },
  };
}

/** A parsed file: its document, and the line starts its positions are told by. */
export interface ParsedYaml {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The file's text, to quote a value as it is written. */
  readonly text?: string;
}

/**
 * YAML 1.2's core schema, as JSON-like data: no timestamps, no merge keys, no
 * yes/no booleans, no tags beyond the core ones (and `customTags`). Made once
 * and shared by every file read with the same tags: making it costs a fifth
 * of reading a scenario.
 */
function schemaOf(customTags: Tags | undefined, version: YamlVersion = '1.2'): Schema {
  if (!customTags) return (coreSchemas[version] ??= schemaWith(null, version));
  let schemas = customSchemas.get(customTags);
  if (!schemas) customSchemas.set(customTags, (schemas = {}));
  return (schemas[version] ??= schemaWith(customTags, version));
}

type YamlVersion = '1.1' | '1.2';
const coreSchemas: Partial<Record<YamlVersion, Schema>> = {};
const customSchemas = new WeakMap<Tags, Partial<Record<YamlVersion, Schema>>>();

/** YAML 1.1's tags of values that are not data a file here holds: a date read as one was no longer the text written. */
const NOT_DATA = /:(?:timestamp|binary|set|omap|pairs)$/;

// Not yaml's extra tags either (resolveKnownTags: !!timestamp, !!binary, !!set, !!omap, !!pairs): they are not data a file here holds.
const schemaWith = (customTags: Tags | null, version: YamlVersion) =>
  // Merge keys (`<<: *defaults`) on, as the Serverless Framework's own reader has them: a key written beside a merge wins over the merged one.
  new Schema({
    schema: version === '1.1' ? 'yaml-1.1' : 'core',
    merge: true,
    resolveKnownTags: false,
    customTags: (base) => {
      const numbers = base.filter((tag) => typeof tag === 'string' || !NOT_DATA.test(tag.tag)).map(finiteOrText);
      return [...numbers, ...CORE_TAGS.map((tag) => explicitly(tag, numbers)), ...(customTags ?? [])];
    },
  });

/** YAML 1.2's core scalar tags: what each writes, for a value tagged with one that is not written so. */
const CORE_TAGS = [
  { name: 'int', what: 'a whole number (100, 0x10, 0o17)' },
  { name: 'float', what: 'a number (1.5, 100, 1e3, .inf)' },
  { name: 'bool', what: 'true or false' },
  { name: 'null', what: 'null, ~ or nothing' },
] as const;

/** YAML 1.2's core float: with or without a point, as `!!float 100` writes it. */
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * A scalar tagged with a core tag, read as the tag says. yaml finds a tagged scalar's tag by the text its untagged form
 * would need, so `!!float 100` (a float to YAML 1.2) was "Unresolved tag: tag:yaml.org,2002:float", and `!!int 1e3`
 * said nothing of why. Without `default`, yaml takes this tag for a scalar that names it and never for an untagged one.
 */
function explicitly({ name, what }: (typeof CORE_TAGS)[number], core: Tags): ScalarTag {
  const tag = `tag:yaml.org,2002:${name}`;
  const own = core.filter((one): one is ScalarTag => typeof one !== 'string' && one.tag === tag && !one.collection);
  return {
    tag,
    resolve(text: string, onError: (message: string) => void, options: ParseOptions) {
      const found = own.find((one) => one.test?.test(text));
      if (found?.resolve) return found.resolve(text, onError, options);
      if (name === 'float' && CORE_FLOAT.test(text)) {
        const value = Number(text);
        return pastDoubleRange(text, value) ? text : value;
      }
      onError(`the value tagged !!${name} is ${JSON.stringify(clipped(text))}, not ${what}; write it without the tag`);
      return text;
    },
  };
}

/**
 * The core schema's numbers, except that one past a double's range stays the
 * text it is (1e400 is "1e400", not Infinity, as to the readers before yaml;
 * 1e-400 is "1e-400", not 0); .inf and .nan are infinite on purpose, and keep
 * their own tag.
 */
function finiteOrText(tag: Tags[number]): Tags[number] {
  if (typeof tag === 'string' || tag.collection || !/:(?:int|float)$/.test(tag.tag) || tag.test?.test('.inf')) return tag;
  const { resolve } = tag;
  return {
    ...tag,
    resolve(text: string, onError: (message: string) => void, options: ParseOptions) {
      const value: unknown = resolve(text, onError, options);
      return typeof value === 'number' && pastDoubleRange(text, value) ? text : value;
    },
  };
}

/** How every file is parsed. Two keys that would be the same property of the data are an error. */
function parseOptions(lines: LineCounter, customTags: Tags | undefined, version: YamlVersion = '1.2') {
  return {
    version,
    schema: schemaOf(customTags, version),
    // Checked after parsing instead, in one pass (keyProblems): yaml compares each key with every key before it.
    uniqueKeys: false,
    lineCounter: lines,
    prettyErrors: false,
    // Nothing printed (yaml would print a warning for a mapping used as a key); its warnings are in doc.warnings.
    logLevel: 'error',
  } as const;
}

/**
 * Keys that would name the same property of the data (yaml's toJS makes a key
 * String(value), null ""), as the errors yaml gives for them: found in one
 * pass over each mapping. yaml's own check compares each key with every key
 * before it, which a template of 150,000 functions makes an hour's work. The
 * same walk finds a key named `__proto__` (see refusePrototypeKey), and the
 * first alias inside the node its anchor names (`&t { loop: *t }`): yaml's
 * data of it contains itself, and a walk over data the schema let through as
 * it is (a usage file's services, a state machine's definition) went round it
 * until the stack ran out. A template's readers take only what they price
 * from a template, and price one that holds itself elsewhere
 * (`acceptSelfContaining`), as its deployment tools read it.
 */
function keyProblems(doc: Document.Parsed): {
  duplicates: YAMLError[];
  prototypeKey: Node | null;
  selfAlias: Alias | null;
  values: number;
  aliases: Alias[];
  nestedAliases: Alias[];
} {
  const duplicates: YAMLError[] = [];
  // The values and the aliases, for the bound on their product (ALIAS_LOOKUP_STEPS).
  let values = 0;
  const aliases: Alias[] = [];
  // Those inside an anchored list or mapping, with their anchors' names: yaml counts what each alias of such a node holds
  // by looking each of these up again. Only where an alias names one of those anchors (nestedAliases, after the walk).
  const inAnchored: { alias: Alias; anchors: string[] }[] = [];
  // The first key named `__proto__`, in a mapping or a pair of a list: found in the same walk.
  let prototypeKey: Node | null = null;
  // Each anchor's node, the latest of its name (as an alias reads it); an alias is inside it when it starts in its range.
  const anchored = new Map<string, Node>();
  let selfAlias: Alias | null = null;
  // Each mapping's scalar keys, for the aliases among its keys.
  const keysOf = new WeakMap<object, Set<unknown>>();
  visit(doc, {
    Pair(_key, pair) {
      if (!prototypeKey && isScalar(pair.key) && pair.key.value === '__proto__') prototypeKey = pair.key;
    },
    Scalar(_key, scalar) {
      values += 1;
      // A scalar may take an anchor's name again inside the node that had it (`&n [&n x, *n]`): the alias names the scalar.
      if (scalar.anchor) anchored.set(scalar.anchor, scalar);
    },
    Seq(_key, seq) {
      values += 1;
      if (seq.anchor) anchored.set(seq.anchor, seq);
    },
    Alias(_key, alias, path) {
      values += 1;
      aliases.push(alias);
      // An alias of a scalar as a key (`&k name: a`, then `*k : b`) is that scalar's key: it replaced the first in silence.
      const [map, pair] = path.slice(-2);
      const target = anchored.get(alias.source);
      if (isMap(map) && isPair(pair) && pair.key === alias && isScalar(target) && target.value !== '<<') {
        const keys = keysOf.get(map);
        const name = target.value === null ? '' : typeof target.value === 'object' ? target.value : String(target.value);
        if (keys?.has(name) && alias.range) duplicates.push(new YAMLParseError([alias.range[0], alias.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
        keys?.add(name);
      }
      const anchors = path.flatMap((above) => (isNode(above) && above.anchor ? [above.anchor] : []));
      if (anchors.length) inAnchored.push({ alias, anchors });
      const range = anchored.get(alias.source)?.range;
      if (!selfAlias && range && alias.range && alias.range[0] >= range[0] && alias.range[0] < range[1]) selfAlias = alias;
    },
    Map(_key, map) {
      values += 1;
      if (map.anchor) anchored.set(map.anchor, map);
      const seen = new Set<unknown>();
      keysOf.set(map, seen);
      for (const { key } of map.items) {
        // A mapping or a list used as a key is its own property; `<<` merges, and may be written more than once.
        if (!isScalar(key) || key.value === '<<') continue;
        const name = key.value === null ? '' : typeof key.value === 'object' ? key.value : String(key.value);
        if (!seen.has(name)) seen.add(name);
        else if (key.range) duplicates.push(new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  const named = new Set(aliases.map((alias) => alias.source));
  const nestedAliases = inAnchored.flatMap(({ alias, anchors }) => (anchors.some((anchor) => named.has(anchor)) ? [alias] : []));
  return { duplicates, prototypeKey, selfAlias, values, aliases, nestedAliases };
}

/**
 * The text parsed into one document, or the first error as an InputError at
 * its line and column. `accept` lets a reader take some errors and warnings
 * on itself (a template keeps the last of duplicate keys); an unknown tag is
 * an error otherwise, as it is to the core schema.
 */
export function parseYamlDocument(
  file: string,
  text: string,
  options: { customTags?: Tags; accept?: (problem: YAMLError) => boolean; acceptSelfContaining?: boolean } = {},
): ParsedYaml {
  // A file that says %YAML 1.1 is read as YAML 1.1, as it says and as CloudFormation reads templates (SAM's own test
  // templates say so): `memory_mb: 0600` is 384, `yes` true. Read by YAML 1.2's core schema all the same, they were 600
  // and a word, in silence. Where its first lines seem to say so it is read as 1.1 at once, and kept if the document
  // does say so: composing it as 1.2 first, only to compose it again, doubled a large template's time and memory.
  let lines = new LineCounter();
  let doc: Document.Parsed | GivenUp | null = null;
  if (saysYaml11(text)) {
    doc = composeDocument(text, parseOptions(lines, options.customTags, '1.1'));
    if (!('givenUpAt' in doc) && !isYaml11(doc)) {
      lines = new LineCounter();
      doc = null;
    }
  }
  if (!doc) {
    doc = composeDocument(text, parseOptions(lines, options.customTags));
    if (!('givenUpAt' in doc) && isYaml11(doc)) {
      lines = new LineCounter();
      doc = composeDocument(text, parseOptions(lines, options.customTags, '1.1'));
    }
  }
  if ('givenUpAt' in doc) throw givenUp(file, lines, doc);
  const parsed: ParsedYaml = { file, doc, lines, text };
  const keys = keyProblems(doc);
  const errors = [...doc.errors, ...keys.duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
  for (const problem of [...errors, ...doc.warnings]) {
    if (!options.accept?.(problem)) throw syntaxError(parsed, problem);
  }
  // A file of nothing, or of comments alone (an explicit `---` is a document, of null).
  if (doc.contents === null) throw new InputError('is empty', { file });
  if (keys.prototypeKey) refusePrototypeKey(parsed, keys.prototypeKey);
  if (keys.selfAlias && !options.acceptSelfContaining)
    throwAt(parsed, keys.selfAlias, `invalid YAML: the alias *${keys.selfAlias.source} is inside the node its anchor &${keys.selfAlias.source} names, which would contain itself`);
  refuseSlowAliases(parsed, keys.aliases, keys.values, ALIAS_LOOKUP_STEPS, 'aliases');
  refuseSlowAliases(parsed, keys.nestedAliases, keys.values, NESTED_ALIAS_LOOKUP_STEPS, 'aliases inside an anchored list or mapping');
  return parsed;
}

const isYaml11 = (doc: Document.Parsed): boolean => Boolean(doc.directives?.yaml.explicit && doc.directives.yaml.version === '1.1');

/**
 * Whether the directives before a file's first document, as yaml's lexer reads them, hold `%YAML 1.1`: a guess, which
 * the document composed decides. The lexer stops being asked at the document's start.
 */
function saysYaml11(text: string): boolean {
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type === 'directive-line') {
      const [name, version] = source.split(/[ \t]+/);
      if (name === '%YAML' && version === '1.1') return true;
    } else if (type !== 'byte-order-mark' && type !== 'comment' && type !== 'newline' && type !== 'space') return false;
  }
  return false;
}

function refuseSlowAliases(parsed: ParsedYaml, aliases: readonly Alias[], values: number, steps: number, what: string): void {
  const most = Math.floor(steps / values);
  if (aliases.length > most)
    throwAt(
      parsed,
      aliases[most]!,
      `invalid YAML: ${formatCount(aliases.length)} ${what} in a file of ${formatCount(values)} values, where a file of its size may have ${formatCount(most)}: the YAML reader looks each one up through the file; write the repeated parts out`,
    );
}

/** Where and why the parse was given up on, before yaml's composer saw the document. */
interface GivenUp {
  readonly givenUpAt: number;
  readonly why: 'nesting' | 'tokens';
}

/**
 * yaml's parseDocument, driven token by token as its Parser's documentation
 * shows, so that a file nested deeper than MAX_NESTING, or of more than
 * MAX_TOKENS tokens, is given up on at once instead of after the parser has
 * worked through all of it.
 */
function composeDocument(text: string, options: ReturnType<typeof parseOptions>): Document.Parsed | GivenUp {
  const parser = new Parser(options.lineCounter.addNewLine);
  options.lineCounter.addNewLine(0);
  let givenUp: GivenUp | null = null;
  function* tokens() {
    let count = 0;
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_NESTING || ++count > MAX_TOKENS) {
        givenUp = { givenUpAt: parser.offset, why: count > MAX_TOKENS ? 'tokens' : 'nesting' };
        return;
      }
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  // yaml makes an Error of every problem it finds, and V8 a stack trace of each that nobody reads: a
  // file of a hundred thousand bad lines spent seconds on them. Only the first problem is reported.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const next of new Composer(options).compose(tokens(), true, text.length)) {
      if (givenUp) break;
      if (!doc) doc = next;
      else {
        // As parseDocument does: a second document is an error of the first.
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
        break;
      }
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return givenUp ?? doc!;
}

/** The error of a file given up on, at the token where the parser stopped. */
function givenUp(file: string, lines: LineCounter, { givenUpAt, why }: GivenUp): InputError {
  const { line, col } = lines.linePos(givenUpAt);
  const message =
    why === 'nesting'
      ? NESTED_TOO_DEEPLY
      : `holds more than ${formatCount(MAX_TOKENS)} YAML tokens (a template of 10,000 functions has about a million); a file this large is refused`;
  return new InputError(message, { file, line, column: col });
}

/**
 * A key named `__proto__` is refused wherever it stands: read into an object
 * it sets the object's prototype instead of a property, and what was written
 * under it would be lost without a word (a region or a function so named).
 */
function refusePrototypeKey({ file, lines }: ParsedYaml, key: Node): never {
  const { line, col } = lines.linePos(key.range?.[0] ?? 0);
  throw new InputError('a key named "__proto__" is refused: read into an object it would set the prototype, not a property', { file, line, column: col });
}

function syntaxError(parsed: ParsedYaml, problem: YAMLError): InputError {
  const { file, lines } = parsed;
  const { line, col } = lines.linePos(problem.pos[0]);
  // yaml's advice for this one is for programs ("use parseAllDocuments"); a user needs to be told what is wrong, and where.
  if (problem.code === 'MULTIPLE_DOCS')
    return new InputError('invalid YAML: a second document starts here, at a --- line or after a ... one; a file holds one document', { file, line, column: col });
  // yaml's parser gives up when lists and mappings nest deeper than its stack: its message is the engine's ("Maximum call stack size exceeded"), not the file's fault in words.
  if (problem.code === 'RESOURCE_EXHAUSTION') return new InputError(NESTED_TOO_DEEPLY, { file, line, column: col });
  // yaml names a tag by its full URI (tag:yaml.org,2002:timestamp), and says only that it is "unresolved".
  const unknownTag = problem.code === 'TAG_RESOLVE_FAILED' ? /^Unresolved tag: (.*)$/s.exec(problem.message)?.[1] : undefined;
  if (unknownTag !== undefined) {
    const shown = clipped(unknownTag.replace(/^tag:yaml\.org,2002:/, '!!'));
    // A local tag (!Ref) is a template's: this file was not read as one, and may be a template given where another file goes.
    const local = /^![^!]/.test(unknownTag) ? ', and a tag of its own (!Ref) only in a CloudFormation or SAM template' : '';
    return new InputError(
      `invalid YAML: the tag ${shown} is not one slcost reads here (it reads the core tags: !!str, !!int, !!float, !!bool, !!null, !!seq and !!map${local}); write the value without it`,
      { file, line, column: col },
    );
  }
  // A .json file that is no JSON (a second value after the first) was told in the YAML parser's words, "Unexpected
  // flow-map-start at node end": JSON's own, where the JSON stops.
  const json = jsonProblem(parsed);
  if (json) return new InputError(`is not valid JSON: ${json.reason}`, json.at);
  return new InputError(`invalid YAML: ${problem.message}`, { file, line, column: col });
}

/** The document's data as plain objects, arrays, strings, numbers, booleans and nulls; aliases bounded. */
export function dataOf(parsed: ParsedYaml): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const merge = badMerge(parsed.doc);
    if (merge) return throwAt(parsed, merge, 'invalid YAML: a merge key (<<) takes a mapping, an alias of one, or a list of them');
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = unresolvedAlias(parsed.doc);
    if (unresolved) return throwAt(parsed, unresolved, `invalid YAML: unknown alias *${unresolved.source} (an anchor &${unresolved.source} must come before it)`);
    const bomb = aliasAtBound(parsed.doc);
    return throwAt(parsed, bomb, `invalid YAML: more than ${MAX_ALIASES} aliases, refused as an alias bomb`);
  }
}

function throwAt(parsed: ParsedYaml, node: Node | null, message: string): never {
  const offset = node?.range?.[0];
  if (offset === undefined) throw new InputError(message, { file: parsed.file });
  const { line, col } = parsed.lines.linePos(offset);
  throw new InputError(message, { file: parsed.file, line, column: col });
}

/** The value of the first merge key (`<<`) that is not a mapping, an alias of one, or a list of them: yaml's toJS throws a plain Error at it. */
function badMerge(doc: Document.Parsed): Node | null {
  const mergeable = (node: unknown): boolean => isMap(node) || (isAlias(node) && isMap(node.resolve(doc)));
  let found: Node | null = null;
  visit(doc, {
    Pair(_key, pair) {
      // With merge keys on, yaml reads `<<` as a symbol, not the text.
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol' || pair.key.source !== '<<') return undefined;
      const value = pair.value;
      if (mergeable(value) || (isSeq(value) && value.items.every(mergeable))) return undefined;
      found = (value as Node | null) ?? (pair.key as Node);
      return visit.BREAK;
    },
  });
  return found;
}

/** The first alias (in the order of the file) with no anchor of its name before it. */
function unresolvedAlias(doc: Document.Parsed): Alias | null {
  const anchors = new Set<string>();
  let found: Alias | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        found = node;
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/**
 * The alias at which yaml's toJS passed the bound: the same conversion again,
 * each alias noting itself as it is resolved, so that the last one noted is
 * where it stopped. Only an error costs this.
 */
function aliasAtBound(doc: Document.Parsed): Alias | null {
  let last: Alias | null = null;
  visit(doc, {
    Alias(_key, alias) {
      const toJSON = alias.toJSON.bind(alias);
      alias.toJSON = (arg, ctx) => {
        last = alias;
        return toJSON(arg, ctx);
      };
    },
  });
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    // Expected: it stops where it stopped before.
  }
  return last;
}

/** A parsed file and its data, positions from its nodes. */
export function yamlFileOf(parsed: ParsedYaml, data: unknown): YamlFile {
  return {
    file: parsed.file,
    data,
    locate: (path, options) => locateIn(parsed, path, options),
  };
}

/** The text of a file whose data came from it before: parsed again only for positions, so an error here names the file alone. */
function parseQuietly(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = composeDocument(text, parseOptions(lines, undefined));
  if ('givenUpAt' in doc) throw givenUp(file, lines, doc);
  return { file, doc, lines, text };
}

function locateIn({ file, doc, lines, text }: ParsedYaml, path: FieldPath, options: LocateOptions = {}): SourceLocation {
  const pathText = formatPath(path);
  const at = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset);
  };
  // Down the path as far as the document goes; the last of equal keys is the one whose value the data holds.
  let found = at(doc.contents);
  let node: unknown = doc.contents;
  let written: string | undefined;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    let key: Node | null = null;
    let value: unknown;
    if (isMap(node)) {
      const pair = keyedPairs(node).get(String(segment));
      if (pair) {
        key = pair.key as Node;
        value = pair.value;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      value = node.items[segment];
    }
    if (value === undefined && key === null) break;
    const last = depth === path.length - 1;
    const position = (last && options.key && at(key)) || at(value as Node | null) || at(key);
    if (position) found = position;
    node = value;
    // With `writtenKey`, what the file writes is the key's text: a null key (`~:`) is the data's "", and was named as that.
    const shown = last && options.writtenKey && key ? key : value;
    if (last && isScalar(shown) && shown.range && text !== undefined) written = text.slice(shown.range[0], shown.range[1]);
  }
  const where = { ...(pathText ? { path: pathText } : {}), ...(written !== undefined ? { written } : {}) };
  return found ? { file, line: found.line, column: found.col, ...where } : { file, ...where };
}

/** Each mapping's pairs by their scalar keys' text, made on the first look into it. */
const pairsByKey = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

/**
 * A mapping's pairs by the text of their scalar keys, the last of equal keys (the one whose value the data holds).
 * Found pair by pair, each error's place in a mapping went through all its pairs: the square of them when each of its
 * resources is an error.
 */
function keyedPairs(map: YAMLMap): ReadonlyMap<string, Pair> {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    const made = new Map<string, Pair>();
    for (const pair of map.items) if (isScalar(pair.key)) made.set(String(pair.key.value ?? ''), pair);
    pairsByKey.set(map, (pairs = made));
  }
  return pairs;
}

/**
 * The longest key a path shows whole: longer than any key of slcost's own (the longest,
 * dynamodb's on_demand_write_per_million_request_units, is 41 characters), which were cut at
 * 40 characters like a key of 100 KB a user wrote, and named a field that does not exist.
 */
const WHOLE_KEY = 64;

/** `['lambda', 'functions', 0, 'memory_mb']` → `lambda.functions[0].memory_mb`; a key longer than WHOLE_KEY cut to its start. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    // An empty key (or a null one, which the data holds as "") ended the path in a bare dot.
    if (segment === '') return `${text}[""]`;
    const key = segment.length > WHOLE_KEY ? clipped(segment) : segment;
    return text ? `${text}.${key}` : key;
  }, '');
}
