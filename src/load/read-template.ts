// Reading a Serverless Framework serverless.yml or an AWS SAM template.yaml:
// CloudFormation's short-form tags (!Ref, !If, !GetAtt, …) become their long
// forms ({ Ref: … }, { "Fn::If": […] }), duplicate keys keep the last value
// with a warning (as most tools do), and a cookiecutter template is recognised
// and sent back to be rendered first.
import { type CollectionTag, isCollection, isPair, isScalar, isSeq, type Node, Pair, Scalar, type ScalarTag, visit, YAMLMap, type YAMLError } from 'yaml';
import { clipped, InputError } from '../core/errors.js';
import { dataOf, formatPath, type ParsedYaml, parseYamlDocument, strictJson, type YamlFile, yamlFileOf, readInputText } from './read-yaml.js';

export type TemplateKind = 'sam' | 'serverless';

/** CloudFormation's intrinsic functions and condition functions, and the rules' functions, by their short tags. */
const SHORT_TAGS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Length',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
];

/** `!Ref` → `Ref`, `!Condition` → `Condition`, `!If` → `Fn::If`: any other local tag is taken for a function too. */
const longName = (tag: string) => (tag === '!Ref' ? 'Ref' : tag === '!Condition' ? 'Condition' : `Fn::${tag.slice(1)}`);

/** A scalar's long form: `!GetAtt a.b` is `{ "Fn::GetAtt": ["a", "b"] }`; the others keep the text (`!Ref 5` is "5"). */
const scalarLongForm = (tag: string, text: string) => (tag === '!GetAtt' ? { 'Fn::GetAtt': text.split('.') } : { [longName(tag)]: text });

/** A collection's long form: a mapping of one key around it, so that the nodes inside keep their places in the file. */
function collectionLongForm(tag: string, collection: Node): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(longName(tag)), collection));
  return map;
}

let shortTags: (ScalarTag | CollectionTag)[] | undefined;

/** yaml's custom tags for them, a scalar, a sequence and a mapping form of each, made on first use. */
function cfnTags(): (ScalarTag | CollectionTag)[] {
  return (shortTags ??= SHORT_TAGS.flatMap((name): (ScalarTag | CollectionTag)[] => {
    const tag = `!${name}`;
    return [
      { tag, resolve: (text: string) => scalarLongForm(tag, text) },
      { tag, collection: 'seq', resolve: (seq) => collectionLongForm(tag, seq) },
      { tag, collection: 'map', resolve: (map) => collectionLongForm(tag, map) },
    ];
  }));
}

/** A local tag this reader has no custom tag for: yaml leaves its node as it is, with a warning, and the reader turns it into its long form. */
const isOtherShortTag = (problem: YAMLError) => problem.code === 'TAG_RESOLVE_FAILED' && /^Unresolved tag: ![^!]/.test(problem.message);

/** Every node with a local tag yaml could not resolve, replaced by its long form as the short tags above are. */
function resolveOtherShortTags(doc: Parameters<typeof visit>[0]): void {
  visit(doc, (_key, node) => {
    if (!isScalar(node) && !isCollection(node)) return undefined;
    const tag = node.tag;
    if (!tag || tag[0] !== '!' || tag[1] === '!' || SHORT_TAGS.includes(tag.slice(1))) return undefined;
    let replacement: Node;
    if (isScalar(node)) {
      replacement = new Scalar(scalarLongForm(tag, typeof node.source === 'string' ? node.source : String(node.value ?? '')));
    } else {
      node.tag = undefined;
      replacement = collectionLongForm(tag, node);
    }
    replacement.range = node.range;
    return replacement;
  });
}

/** What kind of file this text is: a SAM template, a serverless.yml, or neither (a scenario). */
export function templateKind(text: string): TemplateKind | null {
  if (/^(AWSTemplateFormatVersion|Transform)\s*:/m.test(text)) return 'sam';
  if (/^Resources\s*:/m.test(text)) return 'sam';
  if (/^service\s*:/m.test(text) && /^(provider|functions)\s*:/m.test(text)) return 'serverless';
  // A JSON template (CloudFormation's other format, and serverless.json): its keys are quoted and indented, or all on one line.
  if (/^\s*\{/.test(text)) {
    if (/"(AWSTemplateFormatVersion|Transform|Resources)"\s*:/.test(text)) return 'sam';
    if (/"service"\s*:/.test(text) && /"(provider|functions)"\s*:/.test(text)) return 'serverless';
  }
  return null;
}

export interface TemplateFile extends YamlFile {
  readonly kind: TemplateKind;
  /** Things the reader had to decide, for the output. */
  readonly warnings: readonly string[];
}

export function readTemplate(file: string, kind: TemplateKind): TemplateFile {
  const text = readInputText(file);
  return parseTemplate(file, text, kind);
}

export function isCookiecutter(text: string): boolean {
  return /\{\{\s*cookiecutter|\{%-?\s/.test(text);
}

export function parseTemplate(file: string, text: string, kind: TemplateKind): TemplateFile {
  if (isCookiecutter(text)) {
    throw new InputError('is a cookiecutter template, not YAML yet: render it first (sam init, or cookiecutter), then estimate the rendered file', { file });
  }
  const duplicates: YAMLError[] = [];
  let otherTags = false;
  const parsed = parseYamlDocument(file, text, {
    customTags: cfnTags(),
    // A template's readers take what they price and walk no further: a block elsewhere that contains itself is priced around.
    acceptSelfContaining: true,
    accept: (problem) => {
      // As most tools do, the last of two equal keys wins (yaml's data keeps the last); the warning says which.
      if (problem.code === 'DUPLICATE_KEY') duplicates.push(problem);
      else if (isOtherShortTag(problem)) otherTags = true;
      else return false;
      return true;
    },
  });
  if (otherTags) resolveOtherShortTags(parsed.doc);
  refuseFunctionKeys(parsed);
  const warnings: string[] = [];
  const [duplicate] = duplicates;
  if (duplicate) {
    const offset = duplicate.pos[0];
    let key: string | undefined;
    visit(parsed.doc, {
      Pair(_key, pair) {
        if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
        // Cut short: a key of 100,000 characters written twice was a warning of 100 KB.
        key = clipped(String(pair.key.value));
        return visit.BREAK;
      },
    });
    warnings.push(`duplicate key ${key ? `"${key}" ` : ''}at line ${parsed.lines.linePos(offset).line} (and maybe others): the last value is used`);
  }
  const data = dataOf(parsed);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError('is not a template: expected a mapping at the top', { file });
  strictJson(parsed, 'CloudFormation reads a .json template as JSON, without comments or trailing commas');
  const read = yamlFileOf(parsed, data);
  if (kind === 'sam') {
    const empty = emptyValues(data);
    if (empty)
      warnings.push(
        `${formatPath(empty.path) || 'a value'} at line ${read.locate(empty.path).line ?? 1} is empty${empty.count > 1 ? ` (and ${empty.count - 1} more)` : ''}: CloudFormation refuses a template with an empty (null) value ("'null' values are not allowed in templates"); priced as if it were not written`,
      );
  }
  return { ...read, kind, warnings };
}

/**
 * A key written as an intrinsic function (`!Ref Fn:`, `!Sub name:`) is refused where it is: its long form is an
 * object, which the data made the key "[object Object]", and a function, a queue or a table went by that name.
 * CloudFormation's and the Serverless Framework's keys are names; a function is no name until it is deployed.
 */
function refuseFunctionKeys({ file, doc, lines }: ParsedYaml): void {
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value !== 'object') return undefined;
      const [name] = Object.keys(pair.key.value);
      const { line, col } = lines.linePos(pair.key.range?.[0] ?? 0);
      const path = formatPath(pathTo(ancestors));
      throw new InputError(
        `a key is written as the intrinsic function ${name === undefined ? 'of a tag' : clipped(name)}: a key is a name, not a function; write the name itself`,
        {
          file,
          line,
          column: col,
          ...(path ? { path } : {}),
        },
      );
    },
  });
}

/**
 * The first value written empty (`MemorySize:`, `~`, `null`) in a SAM or CloudFormation template, and how many there
 * are: CloudFormation refuses the template ("'null' values are not allowed in templates"), and its readers took such a
 * setting for one not written, a function Globals sized at 2,048 MB priced at 128 without a word. The data is walked,
 * each mapping or list once (an alias names one again), in the order written.
 */
function emptyValues(data: unknown): { path: (string | number)[]; count: number } | null {
  let first: (string | number)[] | null = null;
  let count = 0;
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null) {
      first ??= path;
      count++;
      continue;
    }
    if (typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((each, index) => [index, each]) : Object.entries(value);
    // Last first onto the stack, so that the first written is taken first.
    for (let index = entries.length - 1; index >= 0; index--) stack.push({ value: entries[index]![1], path: [...path, entries[index]![0]] });
  }
  return first ? { path: first, count } : null;
}

/** The field path of the mapping or list a visit's ancestors end in: each pair's key, each list item's index. */
function pathTo(ancestors: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((node, depth) => {
    const next = ancestors[depth + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as Node));
  });
  return path;
}
