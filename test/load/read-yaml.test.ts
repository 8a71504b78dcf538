// Reading YAML files (src/load/read-yaml.ts, over the yaml package): the data
// every file gives the rest of the code (YAML 1.2's core schema, as plain
// JSON-like values), the errors a malformed file gets at its line and column,
// and the line and column of any field a later check names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cpuNowMs } from '../helpers/cpu.js';
import { formatError, InputError } from '../../src/core/errors.js';
import { type FieldPath, formatPath, MAX_TOKENS, parseYaml, parseYamlDocument, preparsedYaml, readYamlFile } from '../../src/load/read-yaml.js';
import { tempFile } from '../helpers/files.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'templates' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** The error a text gets, as the CLI prints it, with the file's name as FILE. */
const NOT_READ = 'is not one slcost reads here (it reads the core tags: !!str, !!int, !!float, !!bool, !!null, !!seq and !!map';

function errorOf(text: string): string {
  try {
    parseYaml('FILE', text);
  } catch (error) {
    if (error instanceof InputError) return formatError(error);
    throw error;
  }
  throw new Error(`expected an error for ${JSON.stringify(text)}`);
}

/** Equal as data: the same keys in the same order, plain prototypes, numbers equal by Object.is (so -0 is not 0). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && same((a as never)[key], (b as never)[key]));
}

describe('the data a file gives', () => {
  it.each([
    // [text, the data, by hand: YAML 1.2's core schema, as js-yaml's core schema read it before]
    ['a: 1\nb: two words\nc: 2.50\nd: -0\ne: +5\nf: 007\n', { a: 1, b: 'two words', c: 2.5, d: -0, e: 5, f: 7 }],
    ['a: true\nb: False\nc: NULL\nd: ~\ne:\nf: yes\ng: no\nh: on\ni: Infinity\n', { a: true, b: false, c: null, d: null, e: null, f: 'yes', g: 'no', h: 'on', i: 'Infinity' }],
    [
      'a: 0x1F\nb: 0o17\nc: 1e3\nd: .5\ne: -.5e-2\nf: 1_000\ng: 0b101\nh: -0x1F\ni: 1,000\n',
      { a: 31, b: 15, c: 1000, d: 0.5, e: -0.005, f: '1_000', g: '0b101', h: '-0x1F', i: '1,000' },
    ],
    ['a: .inf\nb: -.Inf\nc: .nan\n', { a: Infinity, b: -Infinity, c: NaN }],
    // A number past a double's range is the text it is, not Infinity.
    [`a: 1e400\nb: -1e999\nc: ${'9'.repeat(400)}\n`, { a: '1e400', b: '-1e999', c: '9'.repeat(400) }],
    // So is one too near zero for a double, which read as 0; a zero written as one, and the least double, are numbers.
    ['a: 1e-400\nb: -2.5e-999\nc: 0.0e-400\nd: 0e0\ne: 5e-324\nf: 0.000\n', { a: '1e-400', b: '-2.5e-999', c: 0, d: 0, e: 5e-324, f: 0 }],
    // No timestamps: a date stays the text it is.
    ['a: 2024-01-01\nb: 2024-01-01T10:00:00Z\nc: 12:30\n', { a: '2024-01-01', b: '2024-01-01T10:00:00Z', c: '12:30' }],
    ["a: x #c\nb: \"q # not a comment\"\nc: 'single'  # c\nd: \"esc\\t\"\ne: 'it''s'\n", { a: 'x', b: 'q # not a comment', c: 'single', d: 'esc\t', e: "it's" }],
    ['list:\n- a\n- 2\nnested:\n  - name: f\n    memory_mb: 512\n  -\n    name: g\n', { list: ['a', 2], nested: [{ name: 'f', memory_mb: 512 }, { name: 'g' }] }],
    ['flow: { a: 1, b: c d, e: }\nseq: [1, 2.5, x]\nempty: {}\nnone: []\n', { flow: { a: 1, b: 'c d', e: null }, seq: [1, 2.5, 'x'], empty: {}, none: [] }],
    [
      'a: >\n  folded\n  # not a comment\n\n# a comment\nb: |\n    literal\n    text\nc: |-\n  kept\nd: 1\n',
      { a: 'folded # not a comment\n', b: 'literal\ntext\n', c: 'kept', d: 1 },
    ],
    // Merge keys: the anchor's keys merged in.
    ['base: &b { x: 1 }\nuse: { <<: *b, y: 2 }\n', { base: { x: 1 }, use: { x: 1, y: 2 } }],
    ['a: !!str 12\nb: !!int "7"\n1: one\ntrue: yes\n', { 1: 'one', a: '12', b: 7, true: 'yes' }],
    ['---\na: 1\n...\n', { a: 1 }],
    ['- a\n- b\n', ['a', 'b']],
    ['just text\n', 'just text'],
    ['---\n', null],
  ])('reads %j', (text, expected) => {
    expect(same(parseYaml('FILE', text).data, expected)).toBe(true);
  });

  it('honours merge keys as the Serverless Framework does: the merged keys, and a key written beside them wins', () => {
    const data = parseYaml('FILE', 'custom:\n  defaults: &defaults { memorySize: 2048, timeout: 10 }\nfunctions:\n  api:\n    <<: *defaults\n    timeout: 30\n').data;
    expect(data).toEqual({ custom: { defaults: { memorySize: 2048, timeout: 10 } }, functions: { api: { memorySize: 2048, timeout: 30 } } });
  });

  it('finds duplicate keys in one pass: a mapping of 100,000 keys reads in seconds, and a duplicate among them is still found', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  f${i}: { handler: h }`);
    const started = cpuNowMs();
    expect(Object.keys((parseYaml('FILE', `functions:\n${keys.join('\n')}\n`).data as { functions: object }).functions)).toHaveLength(100_000);
    // Well under the minutes yaml's pairwise check took (5 × 10^9 comparisons), with room for a loaded machine: one pass takes 1–6 s.
    expect(cpuNowMs() - started).toBeLessThan(20_000);
    expect(errorOf(`functions:\n${keys.join('\n')}\n  f77: { handler: again }\n`)).toBe('FILE:100002:3: invalid YAML: Map keys must be unique');
  });

  it('gives plain objects and arrays', () => {
    const { data } = parseYaml('FILE', 'a: { b: [1, { c: 2 }] }\n') as { data: Record<string, unknown> };
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.a)).toBe(Object.prototype);
    expect(Array.isArray((data.a as { b: unknown }).b)).toBe(true);
  });

  it('refuses a key named __proto__ wherever it stands, at the key', () => {
    // Read into a record (a price file's regions, a usage file's functions) it would set the prototype and be lost.
    expect(errorOf('a:\n  b: 1\n  __proto__: { polluted: true }\n')).toBe(
      'FILE:3:3: a key named "__proto__" is refused: read into an object it would set the prototype, not a property',
    );
    expect(errorOf('- { "__proto__": 1 }\n')).toMatch(/^FILE:1:5: a key named "__proto__" is refused/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads every shipped scenario, answer and price file without a Date, a Map or anything but JSON-like data', () => {
    const files = yamlFiles(join(ROOT, 'scenarios')).concat(yamlFiles(join(ROOT, 'pricing')));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const { data } = readYamlFile(file);
      expect(JSON.parse(JSON.stringify(data)), file).toEqual(data);
    }
  });

  it('shares the data of an alias with its anchor, without copying it', () => {
    const { data } = parseYaml('FILE', 'a: &x [1, 2]\nb: *x\nc: *x\n') as { data: Record<string, unknown> };
    expect(data.b).toEqual([1, 2]);
    expect(data.b).toBe(data.c);
  });
});

describe('errors in the YAML itself', () => {
  it('a duplicate key is an error at the second key', () => {
    expect(errorOf('name: a\nlambda:\n  functions: []\n  memory: 1\n  functions: [x]\n')).toBe('FILE:5:3: invalid YAML: Map keys must be unique');
    expect(errorOf('a: { b: 1, c: 2, b: 3 }\n')).toBe('FILE:1:18: invalid YAML: Map keys must be unique');
  });

  it('keys that would be the same property of the data are duplicates too', () => {
    expect(errorOf('1: a\n"1": b\n')).toBe('FILE:2:1: invalid YAML: Map keys must be unique');
    expect(errorOf('a: 1\n? a\n: 2\n')).toBe('FILE:2:3: invalid YAML: Map keys must be unique');
  });

  /** `levels` lines, each a list of 9 aliases of the line before: 9^levels strings once expanded. */
  const aliasBomb = (levels: number) =>
    [
      'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: levels }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(',')}]`),
    ].join('\n') + '\n';

  it('a billion laughs is refused at the alias where the bound is passed, quickly', () => {
    const started = cpuNowMs();
    // 9^30 strings if expanded.
    expect(errorOf(aliasBomb(30))).toBe('FILE:4:10: invalid YAML: more than 100 aliases, refused as an alias bomb');
    expect(cpuNowMs() - started).toBeLessThan(1000);
  });

  it('aliases of a plain node are bounded at 100 uses', () => {
    const uses = (n: number) => `a: &a { x: 1 }\nb: [${Array(n).fill('*a').join(', ')}]\n`;
    expect((parseYaml('FILE', uses(99)).data as { b: unknown[] }).b).toHaveLength(99);
    expect(errorOf(uses(100))).toBe(`FILE:2:${5 + 4 * 99}: invalid YAML: more than 100 aliases, refused as an alias bomb`);
  });

  it('refuses a file of more aliases than its size allows, at the first past the bound: yaml looks each up through the whole file', () => {
    // 12,000 anchors each named once (160 KB) took 3.6 s: 24,005 values (2 keys, a mapping, 2 lists, 12,000 scalars and as many
    // aliases) allow 10,000,000 ÷ 24,005 = 416 aliases, and the 417th (the `uses` list's, at line 2) is refused.
    const names = Array.from({ length: 12_000 }, (_, index) => index.toString(36));
    const text = `defs: [${names.map((name) => `&${name} 1`).join(',')}]\nuses: [${names.map((name) => `*${name}`).join(',')}]\n`;
    const started = cpuNowMs();
    expect(errorOf(text)).toMatch(/^FILE:2:\d+: invalid YAML: 12,000 aliases in a file of 24,005 values, where a file of its size may have 416: /);
    // 416 of them are read.
    const within = `defs: [${names.map((name) => `&${name} 1`).join(',')}]\nuses: [${names
      .slice(0, 400)
      .map((name) => `*${name}`)
      .join(',')}]\n`;
    expect((parseYaml('FILE', within).data as { uses: number[] }).uses).toHaveLength(400);
    // A template (which may contain itself) whose top is anchored, with 2,000 aliases of it (6.6 s to refuse as an alias bomb):
    // aliases inside an anchored node are looked up again for each alias of it, and 500,000 ÷ 4,003 values allow 124.
    const template = `&top\nservice: s\n${Array.from({ length: 2000 }, (_, index) => `k${index}: *top\n`).join('')}`;
    expect(() => parseYamlDocument('FILE', template, { acceptSelfContaining: true })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^invalid YAML: 2,000 aliases inside an anchored list or mapping in a file of 4,003 values, where a file of its size may have 124: /),
        location: expect.objectContaining({ line: 127 }),
      }),
    );
    expect(cpuNowMs() - started).toBeLessThan(1500);
    // Aliases inside an anchored node count against the second bound only where some alias names that node's anchor: 90
    // functions each anchored (&fN, never named) and merging *defaults, beside 4,000 values, were refused.
    const anchoredUnnamed = `custom:\n  defaults: &defaults { memorySize: 512 }\n  tags:\n${Array.from({ length: 4000 }, (_, index) => `    t${index}: v\n`).join('')}functions:\n${Array.from({ length: 90 }, (_, index) => `  f${index}: &f${index}\n    <<: *defaults\n`).join('')}`;
    expect(() => parseYamlDocument('FILE', anchoredUnnamed)).not.toThrow();
  });

  it('takes an anchor a scalar gives again inside the node that had it for the scalar’s: `&n [&n x, *n]` names x, not the list around it', () => {
    expect(parseYaml('FILE', 'name: &n [&n x, *n]\n').data).toEqual({ name: ['x', 'x'] });
  });

  it('an alias without its anchor is an error at the alias', () => {
    expect(errorOf('a: 1\nb: [x, *nowhere]\n')).toBe('FILE:2:8: invalid YAML: unknown alias *nowhere (an anchor &nowhere must come before it)');
    expect(errorOf('a: *later\nb: &later 1\n')).toBe('FILE:1:4: invalid YAML: unknown alias *later (an anchor &later must come before it)');
  });

  it('an alias inside the node its anchor names is an error at the alias: its data would contain itself', () => {
    const cycle = (at: string, name: string) => `FILE:${at}: invalid YAML: the alias *${name} is inside the node its anchor &${name} names, which would contain itself`;
    expect(errorOf('a: &t { requests: 1, loop: *t }\n')).toBe(cycle('1:28', 't'));
    // Deeper down, in a list, and a later anchor of the same name (the one an alias reads).
    expect(errorOf('services: &s\n  dynamodb:\n    - { name: T, storage_gb: *s }\n')).toBe(cycle('3:30', 's'));
    expect(errorOf('a: &x [1]\nb: &x [2, *x]\n')).toBe(cycle('2:11', 'x'));
    // An alias after its anchor's node, beside it or of an earlier anchor of the name, is a plain alias.
    expect(parseYaml('FILE', 'a: &x [1]\nb: [*x, &x [2]]\nc: *x\n').data).toEqual({ a: [1], b: [[1], [2]], c: [2] });
  });

  it.each([
    ['an unclosed flow sequence', 'name: [\n', 'FILE:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    // Found where the text ends without it.
    ['an unclosed quote', 'a: 1\nb: "text\n', 'FILE:3:1: invalid YAML: Missing closing "quote'],
    ['a key out of line', 'a:\n  b: 1\n c: 2\n', 'FILE:3:1: invalid YAML: All mapping items must start at the same column'],
    ['a tab for indentation', 'a:\n\tb: 1\n', 'FILE:2:1: invalid YAML: Tabs are not allowed as indentation'],
    ['a bad escape', 'a: "\\q"\n', 'FILE:1:5: invalid YAML: Invalid escape sequence \\q'],
    [
      'a tag the core schema does not know',
      'a: 1\nb: !Ref x\n',
      `FILE:2:4: invalid YAML: the tag !Ref ${NOT_READ}, and a tag of its own (!Ref) only in a CloudFormation or SAM template); write the value without it`,
    ],
    ['a timestamp tag', 'a: !!timestamp 2024-01-01\n', `FILE:1:4: invalid YAML: the tag !!timestamp ${NOT_READ}); write the value without it`],
    // yaml said only "Unresolved tag: tag:yaml.org,2002:int".
    ['an exponent tagged !!int', 'a: !!int 1e3\n', 'FILE:1:4: invalid YAML: the value tagged !!int is "1e3", not a whole number (100, 0x10, 0o17); write it without the tag'],
    ['a word tagged !!float', 'a: !!float ten\n', 'FILE:1:4: invalid YAML: the value tagged !!float is "ten", not a number (1.5, 100, 1e3, .inf); write it without the tag'],
    ['a yes tagged !!bool', 'a: !!bool yes\n', 'FILE:1:4: invalid YAML: the value tagged !!bool is "yes", not true or false; write it without the tag'],
  ])('%s is an error at its line and column', (_what, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('reads a file that says %YAML 1.1 as YAML 1.1, as CloudFormation reads a template: read as YAML 1.2, 0600 was six hundred where YAML 1.1 has 384, in silence', () => {
    // 0600 octal = 6 × 64 = 384; 1:20 sexagesimal = 60 + 20 = 80; yes and off are truth values in YAML 1.1.
    expect(parseYaml('FILE', '%YAML 1.1\n---\nmemory_mb: 0600\nminutes: 1:20\nfree_tier: yes\nlogs: off\n').data).toEqual({
      memory_mb: 384,
      minutes: 80,
      free_tier: true,
      logs: false,
    });
    // A date stays the text written, as in YAML 1.2: no Date object reaches the schemas.
    expect(parseYaml('FILE', '# first\n%YAML 1.1\n---\nday: 2024-03-01\n').data).toEqual({ day: '2024-03-01' });
    // Lines and columns are the file's own, as for any other file.
    expect(errorOf('%YAML 1.1\n---\na: 1\na: 2\n')).toBe('FILE:4:1: invalid YAML: Map keys must be unique');
    // Its refused tags are told as any file's, not as "YAML 1.2's" of a file that says it is 1.1.
    expect(errorOf('%YAML 1.1\n---\na: !!binary aGk=\n')).toBe(`FILE:3:4: invalid YAML: the tag !!binary ${NOT_READ}); write the value without it`);
    expect(parseYaml('FILE', '%YAML 1.2\n---\nmemory_mb: 0600\n').data).toEqual({ memory_mb: 600 });
    expect(parseYaml('FILE', 'memory_mb: 0600\nfree_tier: yes\n').data).toEqual({ memory_mb: 600, free_tier: 'yes' });
    // The version is the document's, whatever its first lines seem to say: a later directive, or one after an indented comment.
    expect(parseYaml('FILE', '%YAML 1.1\n%YAML 1.2\n---\nmemory_mb: 0600\n').data).toEqual({ memory_mb: 600 });
    expect(parseYaml('FILE', '  # first\n%YAML 1.1\n---\nmemory_mb: 0600\n').data).toEqual({ memory_mb: 384 });
    expect(parseYaml('FILE', '\uFEFF%YAML 1.1 # old\n---\nmemory_mb: 0600\n').data).toEqual({ memory_mb: 384 });
  });

  it('reads a value tagged with a core tag as the tag says, as YAML 1.2 does', () => {
    // A float to YAML 1.2 with or without a point: `!!float 100` was "Unresolved tag: tag:yaml.org,2002:float".
    expect(parseYaml('FILE', 'a: !!float 100\nb: !!float "2"\nc: !!float -2.5e3\nd: !!float 1.5\n').data).toEqual({ a: 100, b: 2, c: -2500, d: 1.5 });
    expect(parseYaml('FILE', 'a: !!int 0x10\nb: !!int "7"\nc: !!bool false\nd: !!null\ne: !!str 5\n').data).toEqual({ a: 16, b: 7, c: false, d: null, e: '5' });
    // Past a double it stays the text it is, as an untagged number does; .inf is infinite on purpose.
    expect(parseYaml('FILE', 'a: !!float 1e400\nb: !!float .inf\nc: !!float 1e-400\n').data).toEqual({ a: '1e400', b: Infinity, c: '1e-400' });
  });

  it.each([
    ['a scalar', 'a: &a 5\nb:\n  <<: *a\n', 'FILE:3:7'],
    ['a list holding a scalar', 'x: &x { a: 1 }\nb:\n  <<: [*x, 3]\n', 'FILE:3:7'],
    ['an empty value', 'b:\n  c: 1\n  <<:\n', 'FILE:3:6'],
  ])('a merge key of %s is an error at it, not a crash', (_what, text, at) => {
    // yaml's toJS throws a plain Error ("Merge sources must be maps or map aliases") for each.
    expect(errorOf(text)).toBe(`${at}: invalid YAML: a merge key (<<) takes a mapping, an alias of one, or a list of them`);
  });

  it.each([
    ['lists', `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['mappings', `x: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`],
  ])("%s nested thousands deep are an error in words, not the engine's stack overflow", (_what, text) => {
    expect(errorOf(text)).toMatch(/^FILE:1:\d+: invalid YAML: lists and mappings nested too deeply \(hundreds of levels, one inside another\)$/);
  });

  it.each([
    ['a million lists', `x: ${'['.repeat(1_000_000)}\n`, 'FILE:1:1003'],
    ['a million compact lists', `x:\n${'- '.repeat(1_000_000)}1\n`, 'FILE:2:1998'],
    ['a million explicit keys', `${'? '.repeat(1_000_000)}1\n`, 'FILE:1:2000'],
  ])('%s, one inside another, are given up on a thousand deep, at once', (_what, text, at) => {
    // yaml's parser spends tens of microseconds on each level before its composer would overflow: minutes for these.
    const started = process.cpuUsage();
    expect(errorOf(text)).toBe(`${at}: invalid YAML: lists and mappings nested too deeply (hundreds of levels, one inside another)`);
    const spent = process.cpuUsage(started);
    expect((spent.user + spent.system) / 1000).toBeLessThan(1000);
  });

  it('a hundred thousand bad lines cost no stack trace each: the first is reported, within a second or so', () => {
    const started = process.cpuUsage();
    expect(errorOf(`name: x\n${'[\n'.repeat(100_000)}`)).toBe('FILE:2:1: invalid YAML: Implicit keys need to be on a single line');
    const spent = process.cpuUsage(started);
    // 3–5 s when each of yaml's 150,000 errors captured a stack; about a second now on a loaded machine.
    expect((spent.user + spent.system) / 1000).toBeLessThan(3000);
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });

  it('a file of more YAML tokens than any template has is refused where the bound is passed, before yaml composes it', () => {
    // Three tokens a line of "[" (the bracket, the line end, the next line's start): past 2,000,000 at line 666,667, after its bracket.
    // yaml spends ~3 µs and hundreds of bytes a token: 4 MB of such lines took 20 s and 2 GB.
    const started = process.cpuUsage();
    expect(errorOf(`functions:\n${'[\n'.repeat(700_000)}`)).toBe(
      `FILE:666667:2: holds more than 2,000,000 YAML tokens (a template of 10,000 functions has about a million); a file this large is refused`,
    );
    const spent = process.cpuUsage(started);
    expect((spent.user + spent.system) / 1000).toBeLessThan(12_000);
    expect(MAX_TOKENS).toBe(2_000_000);
  });

  it('a SAM template of 10,000 functions, each with a timeout, two variables and an event, is read: about a million tokens, within the bound', () => {
    const fn = (i: number) =>
      `  Fn${i}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: src/h${i}.handler\n      MemorySize: 512\n      Timeout: 10\n      Environment:\n        Variables:\n          TABLE: t\n          STAGE: prod\n      Events:\n        Api:\n          Type: HttpApi\n          Properties:\n            Path: /f${i}\n            Method: get\n`;
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n${Array.from({ length: 10_000 }, (_, i) => fn(i)).join('')}`;
    // 3.4 MB, within the 4 MB a file may be; a bound of a million tokens refused it.
    expect(text.length).toBeGreaterThan(3_300_000);
    expect(Object.keys((parseYaml('template.yaml', text).data as { Resources: object }).Resources)).toHaveLength(10_000);
  });

  it("yaml's errors are made without a stack trace, which nobody reads, and the limit is put back", () => {
    const limit = Error.stackTraceLimit;
    const parsed = parseYamlDocument('FILE', `name: x\n${'[\n'.repeat(3)}`, { accept: () => true });
    expect(parsed.doc.errors.map((problem) => problem.message)).toContain('Implicit keys need to be on a single line');
    for (const problem of parsed.doc.errors) expect(problem.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it.each([
    ['', 'FILE: is empty'],
    ['# only a comment\n\n', 'FILE: is empty'],
    // Where the second one starts (the message named no line), and after a `...` too.
    ['a: 1\n---\na: 2\n', 'FILE:2:1: invalid YAML: a second document starts here, at a --- line or after a ... one; a file holds one document'],
    ['a: 1\n...\nb: [\n', 'FILE:3:1: invalid YAML: a second document starts here, at a --- line or after a ... one; a file holds one document'],
  ])('%j: %s', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

describe('positions', () => {
  const text = `name: ok # a comment
traffic:
  requests_per_month: 1000
lambda:
  functions:
    - name: api
      memory_mb: 512
    - { name: "b", memory_mb: 256 }
anchored: &a { x: 1 }
aliased: *a
empty:
"quoted key": 1
`;
  const where = (path: FieldPath, key = false) => {
    const { line, column } = parseYaml('FILE', text).locate(path, { key });
    return `${line}:${column}`;
  };

  it.each([
    [[], false, '1:1'],
    [['name'], false, '1:7'],
    [['name'], true, '1:1'],
    [['traffic', 'requests_per_month'], false, '3:23'],
    [['traffic', 'requests_per_month'], true, '3:3'],
    [['lambda', 'functions'], false, '6:5'],
    [['lambda', 'functions', 0], false, '6:7'],
    // An item of a sequence has no key: with key: true, the item itself.
    [['lambda', 'functions', 0], true, '6:7'],
    [['lambda', 'functions', 0, 'memory_mb'], false, '7:18'],
    [['lambda', 'functions', 1], false, '8:7'],
    [['lambda', 'functions', 1, 'name'], false, '8:15'],
    [['lambda', 'functions', 1, 'memory_mb'], true, '8:20'],
    [['quoted key'], true, '12:1'],
    // Past the end of the file: the nearest enclosing node.
    [['traffic', 'pattern'], false, '3:3'],
    [['lambda', 'functions', 5, 'memory_mb'], false, '6:5'],
    [['lambda', 'functions', 0, 'provisioned', 'count'], false, '6:7'],
    // Into an alias: the alias.
    [['aliased', 'x'], false, '10:10'],
    [['anchored', 'x'], false, '9:19'],
    // A key without a value: the null right after it.
    [['empty'], true, '11:1'],
  ])('%j (key: %s) is at %s', (path, key, expected) => {
    expect(where(path as FieldPath, key as boolean)).toBe(expected);
  });

  it('names the path', () => {
    expect(parseYaml('FILE', text).locate(['lambda', 'functions', 0, 'memory_mb'])).toEqual({
      file: 'FILE',
      line: 7,
      column: 18,
      path: 'lambda.functions[0].memory_mb',
      written: '512',
    });
    expect(parseYaml('FILE', text).locate([])).toEqual({ file: 'FILE', line: 1, column: 1 });
  });

  it('counts lines and columns the same with CRLF line ends', () => {
    const crlf = parseYaml('FILE', text.replace(/\n/g, '\r\n'));
    expect(crlf.locate(['lambda', 'functions', 0, 'memory_mb'])).toMatchObject({ line: 7, column: 18 });
    expect(crlf.locate(['lambda', 'functions', 1, 'name'])).toMatchObject({ line: 8, column: 15 });
  });

  it('counts from after a byte order mark', () => {
    const file = tempFile(Buffer.from(`\uFEFF${text}`, 'utf8'), 'bom.yaml');
    expect(readYamlFile(file).locate(['traffic', 'requests_per_month'])).toMatchObject({ line: 3, column: 23 });
  });

  it('a file whose data came from elsewhere finds the same positions in its text', () => {
    const parsed = parseYaml('FILE', text);
    const preparsed = preparsedYaml('FILE', text, parsed.data);
    for (const [path, key] of [
      [['lambda', 'functions', 1, 'memory_mb'], true],
      [['traffic', 'nope'], false],
      [['aliased'], false],
    ] as const) {
      expect(preparsed.locate(path, { key })).toEqual(parsed.locate(path, { key }));
    }
  });

  it('finds every key and value of every shipped file where its text is', () => {
    const files = yamlFiles(join(ROOT, 'scenarios')).concat(yamlFiles(join(ROOT, 'pricing')));
    let checked = 0;
    for (const file of files) {
      const source = readYamlFile(file);
      const lines = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      const textAt = (path: FieldPath, key: boolean) => {
        const { line, column } = source.locate(path, { key });
        return lines[line! - 1]!.slice(column! - 1);
      };
      const visit = (value: unknown, path: (string | number)[]) => {
        if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
        else if (value && typeof value === 'object') {
          for (const [key, item] of Object.entries(value)) {
            // (Inside what an alias names, the alias.)
            const keyText = textAt([...path, key], true);
            expect(
              keyText.startsWith(key) || keyText.startsWith(`"${key}"`) || keyText.startsWith(`'${key}'`) || keyText.startsWith('*'),
              `${file}: ${[...path, key].join('.')} at "${keyText}"`,
            ).toBe(true);
            visit(item, [...path, key]);
          }
        } else if (typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && !value.includes('\n'))) {
          // A scalar: its text (quoted or not, or a block scalar's header) starts where its position says.
          const at = textAt(path, false);
          expect(
            at.startsWith(String(value)) || at.startsWith(`"${value}"`) || at.startsWith(`'${value}'`) || /^[-+.0-9]|^[|>*]/.test(at),
            `${file}: ${path.join('.')} at "${at}"`,
          ).toBe(true);
          checked++;
        }
      };
      visit(source.data, []);
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('field paths in messages', () => {
  it("shows slcost's own keys whole, and cuts a key only a user could write (100,000 characters) to its start", () => {
    // Cut at 40 characters, dynamodb's 41-character key named a field that does not exist.
    expect(formatPath(['regions', 'us-east-1', 'dynamodb', 'on_demand_write_per_million_request_units'])).toBe(
      'regions.us-east-1.dynamodb.on_demand_write_per_million_request_units',
    );
    expect(formatPath(['functions', 'f'.repeat(100_000), 'handler'])).toBe(`functions.${'f'.repeat(40)}….handler`);
  });
});

describe('a .json file that is no JSON', () => {
  const refusal = (file: string, text: string) => {
    try {
      parseYamlDocument(file, text);
    } catch (error) {
      return formatError(error as InputError);
    }
    throw new Error('expected the file to be refused');
  };

  it('is told in JSON\'s words where the JSON stops, not the YAML parser\'s ("Unexpected flow-map-start at node end")', () => {
    expect(refusal('two.json', '{"a": 1}\n{"b": 2}\n')).toBe('two.json:2:1: is not valid JSON: Unexpected non-whitespace character after the JSON value');
    expect(refusal('cut.json', '{"a": "b')).toBe('cut.json:1:9: is not valid JSON: Unterminated string');
    // A .yaml file keeps YAML's words.
    expect(refusal('two.yaml', '{"a": 1}\n{"b": 2}\n')).toMatch(/^two\.yaml:2:1: invalid YAML: /);
  });
});
