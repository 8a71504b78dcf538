// The quick reader of plain YAML (src/load/plain-yaml.ts) must give exactly
// what js-yaml gives, or nothing: on every YAML file the project ships, on the
// template corpus when it is present, on hand-picked traps, on drawn documents
// and on shipped scenarios with characters changed at random.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/load/plain-yaml.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');

function yamlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** js-yaml's data, or 'error'. */
function jsYaml(text: string): unknown {
  try {
    return load(text, { maxAliases: 100 });
  } catch {
    return 'error';
  }
}

/** Equal as data: the same keys in the same order, the same prototypes, numbers equal by Object.is (so -0 is not 0). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && same((a as never)[key], (b as never)[key]));
}

/** 'plain' when the quick reader read it (to the same data as js-yaml), 'declined' when it left it to js-yaml; else a description of the disagreement. */
function verdict(text: string): string {
  const quick = readPlainYaml(text);
  if (quick === undefined) return 'declined';
  const slow = jsYaml(text);
  return same(quick, slow) ? 'plain' : `differs: quick ${JSON.stringify(quick)}, js-yaml ${JSON.stringify(slow)}`;
}

const shippedScenarios = yamlFiles(join(ROOT, 'scenarios')).filter((file) => !file.includes('/templates/'));

describe('the quick YAML reader', () => {
  it.each(shippedScenarios.map((file) => [file.slice(ROOT.length)]))('reads shipped %s itself, to what js-yaml reads', (file) => {
    // Declining a shipped scenario is not wrong, but it would quietly cost every run of it two milliseconds.
    expect(verdict(readFileSync(join(ROOT, file), 'utf8'))).toBe('plain');
  });

  it('agrees with js-yaml or declines on every YAML file in the project and in the template corpus', () => {
    const files = [...yamlFiles(ROOT), ...yamlFiles(CORPUS)];
    expect(files.length).toBeGreaterThan(25);
    const disagreements = files.map((file) => [file, verdict(readFileSync(file, 'utf8'))]).filter(([, outcome]) => outcome!.startsWith('differs'));
    expect(disagreements).toEqual([]);
  });

  it.each([
    // [text, what js-yaml reads, by hand]
    ['a: 1\nb: two words\nc: 2.50\nd: -0\ne: +5\nf: 007\n', { a: 1, b: 'two words', c: 2.5, d: -0, e: 5, f: 7 }],
    ['a: true\nb: False\nc: NULL\nd: ~\ne:\nf: yes\ng: Infinity\n', { a: true, b: false, c: null, d: null, e: null, f: 'yes', g: 'Infinity' }],
    ['a: x #c\nb: "q # not a comment"\nc: \'single\'  # c\n', { a: 'x', b: 'q # not a comment', c: 'single' }],
    ['list:\n- a\n- 2\nnested:\n  - name: f\n    memory_mb: 512\n  -\n    name: g\n', { list: ['a', 2], nested: [{ name: 'f', memory_mb: 512 }, { name: 'g' }] }],
    ['flow: { a: 1, b: c d, e: }\nseq: [1, 2.5, x]\nempty: {}\nnone: []\n', { flow: { a: 1, b: 'c d', e: null }, seq: [1, 2.5, 'x'], empty: {}, none: [] }],
    ['- a: 1\n  b:\n  - x\n- c\n', [{ a: 1, b: ['x'] }, 'c']],
    ["a: Bob's API (v2), eu-west-1/x\n", { a: "Bob's API (v2), eu-west-1/x" }],
    ['a: >\n  folded\n  # not a comment\n\n# a comment\nb: |\n    literal\n    text\nc: 1\n', { a: 'folded # not a comment\n', b: 'literal\ntext\n', c: 1 }],
  ])('reads %j as js-yaml does', (text, expected) => {
    expect(same(load(text), expected)).toBe(true);
    expect(same(readPlainYaml(text), expected)).toBe(true);
  });

  it.each([
    'a: 1\na: 2\n', // duplicate keys: js-yaml's error
    '__proto__: 1\n',
    'Null: 1\n', // js-yaml's key is "null"
    'a: 1e3\n',
    'a: 0x1F\n',
    'a: 1_000\n',
    'a: .5\n',
    'a: 2024-01-01\n',
    'a: x#c\n',
    'a: b: c\n',
    'a: "esc\\n"\n',
    "a: 'it''s'\n",
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: |-\n  text\n',
    'a: >2\n  text\n',
    'a: >\n  one\n\n  two\n',
    'a: >\n  one\n    more indented\n',
    'a: >\n  trailing space \n',
    'a: >\n\n  blank first\n',
    'a: >\nb: 1\n',
    '- a: >\n    text\n',
    'a: x > y\n',
    '---\na: 1\n',
    'a: multi\n  line\n',
    'a:\n  b: 1\n c: 2\n',
    'a: {b: {c: 1}}\n',
    'a: [1, 2,]\n',
    'a: {b:1}\n',
    'a: café\n',
    'a: 1\r\nb: 2\r\n',
    'a:\t1\n',
    '"quoted key": 1\n',
    '? complex\n: key\n',
    '- - nested\n',
    'just a scalar\n',
    '',
    '# only a comment\n',
    `a: ${'9'.repeat(400)}\n`,
  ])('leaves %j to js-yaml', (text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('leaves nesting deeper than any scenario to js-yaml, which has its own limit', () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n') + ' 1\n';
    expect(readPlainYaml(nested(10))).toEqual(load(nested(10)));
    expect(readPlainYaml(nested(70))).toBeUndefined();
  });

  it('agrees with js-yaml or declines on drawn documents', () => {
    const scalar = fc.constantFrom(
      'x', 'two words', 'c6g.xlarge', "Bob's", 'a, b', '1', '-0', '+5', '007', '2.50', '1e3', '0x1F', '.5', '5.', '1_000',
      'true', 'True', 'TRUE', 'yes', 'no', 'on', 'null', 'Null', '~', '', 'Infinity', '.inf', '.nan', 'NaN', 'x #c', 'x#c',
      'a: b', '"q"', '"q # c"', "'s'", "'it''s'", '"esc\\t"', '- x', '-', '{}', '[]', '{ a: 1 }', '[1, x]', '[1, [2]]', '{a:1}',
      '2024-01-01', '12:30', '&anchor x', '*alias', '!!str 5', '|', '>', '|-', '>+', '@x', '`x', '%x', '? x', ': x', 'x:', 'é',
    );
    const key = fc.constantFrom('a', 'b', 'name', 'memory_mb', 'Null', 'true', '__proto__', 'k-1', 'k.2', '_k', '1k', '"q"', 'a b');
    const indentUnit = fc.constantFrom(1, 2, 4);
    type Node = { kind: 'scalar'; value: string } | { kind: 'map'; entries: [string, Node][] } | { kind: 'seq'; items: Node[] };
    const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((value) => ({ kind: 'scalar' as const, value })),
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: 'map' as const, entries })),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
      ),
    })).node;
    const render = (tree: Node, indent: number, unit: number, sameColumnSequences: boolean, comments: boolean): string[] => {
      const pad = ' '.repeat(indent);
      if (tree.kind === 'scalar') return [`${pad}${tree.value}`];
      if (tree.kind === 'map') {
        return tree.entries.flatMap(([k, value]) => {
          if (value.kind === 'scalar' && /^[|>]/.test(value.value)) {
            // A block scalar's text below its key: evenly indented, or with a line further right
            const body = ' '.repeat(indent + unit);
            return [`${pad}${k}: ${value.value}`, `${body}some text: here`, `${body}${comments ? '  ' : ''}# and more`];
          }
          if (value.kind === 'scalar') return [`${pad}${k}: ${value.value}${comments ? ' # note' : ''}`];
          const inner = value.kind === 'seq' && sameColumnSequences ? indent : indent + unit;
          return [`${pad}${k}:`, ...(comments ? [`${pad}# a comment line`] : []), ...render(value, inner, unit, sameColumnSequences, comments)];
        });
      }
      return tree.items.flatMap((item) => {
        if (item.kind === 'scalar') return [`${pad}- ${item.value}`];
        const lines = render(item, indent + 2, unit, sameColumnSequences, comments);
        // "- first: x" on the dash's line, the rest below it
        return item.kind === 'map' ? [`${pad}- ${lines[0]!.trimStart()}`, ...lines.slice(1)] : [`${pad}-`, ...lines];
      });
    };
    fc.assert(
      fc.property(node, indentUnit, fc.boolean(), fc.boolean(), (tree, unit, sameColumn, comments) => {
        const text = `${render(tree, 0, unit, sameColumn, comments).join('\n')}\n`;
        expect(verdict(text), text).not.toMatch(/^differs/);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with js-yaml or declines on shipped scenarios with characters changed', () => {
    const texts = shippedScenarios.map((file) => readFileSync(file, 'utf8'));
    const alphabet = fc.constantFrom(' ', '\n', ':', '-', '#', '"', "'", '{', '}', '[', ']', ',', '0', '1', '.', 'a', '  ', '- ', ': ', '~', '+', '>', '|');
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.array(alphabet, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let text = texts[which]!;
        for (const [at, remove, insert] of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert.join('') + text.slice(position + remove);
        }
        const outcome = verdict(text);
        expect(outcome, text).not.toMatch(/^differs/);
        // Where js-yaml finds an error, the quick reader must have declined: errors are js-yaml's to word.
        if (jsYaml(text) === 'error') expect(outcome).toBe('declined');
      }),
      { numRuns: 3000 },
    );
  });
});
