// The shipped scenarios and templates, and those of the hand-derived bills,
// each changed in one or two places at random (a key dropped, a value replaced
// by something hostile) and run through a command that prices it (estimate in
// each format and compared, breakeven, tune): every change is priced (exit 0,
// or 1 over a budget) or refused with exit 2 and one message, never an
// internal error, a stack trace or a hang.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli.js';
import { tempDir } from '../helpers/files.js';

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), color: false, columns: 80, interactive: false });
  return { code, stdout, stderr };
}

type Path = readonly (string | number)[];

/** Every place in the data: each key's value and each list item, the root's own keys first. */
function placesIn(data: unknown, path: Path = []): Path[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => [[...path, index], ...placesIn(item, [...path, index])]);
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => [[...path, key], ...placesIn(value, [...path, key])]);
  return [];
}

const HOSTILE: unknown[] = [
  null,
  -1,
  0,
  0.5,
  1e300,
  2 ** 53 + 1,
  '1e400',
  '',
  'x'.repeat(5000),
  '\u001b]52;c;ZXZpbA==\u0007\nwarning [budget]: forged',
  [],
  {},
  true,
  ['a', 'b'],
  { __nested: { deeper: [1, 2, 3] } },
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1e300,
  1e-300,
  '-0',
  '0x1F',
  '1_000',
  'NaN',
  '${self:custom.nowhere}',
  '__proto__',
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  'ｆｕｌｌ\u200bwidth\u202e',
];

/** `data` with the value at `path` replaced by `value`, or dropped when `value` is undefined. */
function changed(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

let counter = 0;
const dir = tempDir();
// The shipped scenarios, and the whole architectures whose bills were derived by hand: every service, at its corners.
const ARCHITECTURES = readdirSync('test/fixtures')
  .filter((name) => name.startsWith('whole-architectures'))
  .map((name) => join('test/fixtures', name));
/** A folder's scenarios: its YAML files, and the `scenario.yaml` of each folder in it. */
const scenariosIn = (folder: string) => [
  ...readdirSync(folder).filter((name) => name.endsWith('.yaml')),
  ...readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() && readdirSync(join(folder, entry.name)).includes('scenario.yaml') ? [join(entry.name, 'scenario.yaml')] : [],
  ),
];
const scenarios = ['scenarios', ...ARCHITECTURES].flatMap((folder) =>
  scenariosIn(folder).map((name) => ({ name: join(folder, name), folder: dirname(join(folder, name)), data: parse(readFileSync(join(folder, name), 'utf8')) as unknown })),
);
const TEMPLATE_FOLDERS = [
  ...readdirSync('scenarios/templates').map((folder) => join('scenarios/templates', folder)),
  ...ARCHITECTURES.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name))).filter((folder) => existsSync(join(folder, 'usage.yaml'))),
];
const TEMPLATE_FILE = /^(template|serverless)\.(ya?ml|json)$/;
// A folder of a diff's two versions (base.yml, head.yml) beside its usage file holds no one template to mutate.
const templates = TEMPLATE_FOLDERS.flatMap((folder) => {
  const template = readdirSync(folder).find((name) => TEMPLATE_FILE.test(name));
  return template === undefined ? [] : [{ folder, template }];
}).map(({ folder, template }) => {
  return {
    name: join(folder, template),
    folder,
    // CloudFormation's short tags (!Ref) are read as their plain values: the changes are to the data, not the tags.
    template: parse(readFileSync(join(folder, template), 'utf8'), { logLevel: 'error' }) as unknown,
    usage: parse(readFileSync(join(folder, 'usage.yaml'), 'utf8')) as unknown,
    templateName: template,
  };
});

/** What a changed file may name beside it: state machines' definitions, alone or in their folders. */
const BESIDE = /^(state-?machines?|[^/]*\.asl\.(json|ya?ml))$/;

/** A new folder holding the definitions `source` holds beside the file changed, for one changed copy. */
function besideCopyOf(source: string): string {
  const folder = join(dir, `copy-${counter++}`);
  mkdirSync(folder);
  for (const name of readdirSync(source).filter((each) => BESIDE.test(each))) cpSync(join(source, name), join(folder, name), { recursive: true });
  return folder;
}

/** What is run on each changed file: every command that prices one, in several formats. */
const COMMANDS: readonly (readonly string[])[] = [
  ['estimate'],
  ['estimate', '--format', 'json'],
  ['estimate', '--format', 'markdown'],
  ['estimate', '--format', 'csv'],
  ['estimate', '--compare', 'gcp,azure,cloudflare'],
  ['breakeven'],
  ['breakeven', '--format', 'json'],
  ['tune', '--format', 'json'],
];

async function expectPricedOrRefused(args: readonly string[]) {
  const started = Date.now();
  const result = await run(args);
  expect(Date.now() - started).toBeLessThan(5000);
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  if (result.code === 2) {
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith('slcost: ')).toBe(true);
  }
}

const mutation = fc.oneof(fc.constant(undefined), fc.constantFrom(...HOSTILE));

/** `data` with each change made in turn: the value at a place (its index among every place, wrapped) replaced or dropped. */
function changedAt(data: unknown, changes: readonly (readonly [number, unknown])[]): unknown {
  let result = data;
  for (const [at, value] of changes) {
    const places = placesIn(result);
    if (places.length) result = changed(result, places[at % places.length]!, value);
  }
  return result;
}

/** Changed files a property tries: its default, or SLCOST_FUZZ_RUNS for a longer hunt. */
const runs = (fallback: number) => Number(process.env.SLCOST_FUZZ_RUNS ?? fallback);
/** Each property's time: a second a run at most (a run answers within five), and never less than the default 20 s. */
const timeout = (fallback: number) => Math.max(20_000, runs(fallback) * 1000);

describe('shipped files changed in one or two places at random', () => {
  it(
    'every changed scenario is priced or refused cleanly',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...scenarios),
          fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 2 }),
          fc.constantFrom(...COMMANDS),
          async (scenario, changes, command) => {
            const data = changedAt(scenario.data, changes);
            const file = join(besideCopyOf(scenario.folder), 'changed.yaml');
            writeFileSync(file, stringify(data));
            await expectPricedOrRefused([command[0]!, file, ...command.slice(1)]);
          },
        ),
        { numRuns: runs(120) },
      );
    },
    timeout(120),
  );

  it(
    'every changed template or usage file is priced or refused cleanly',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...templates),
          fc.boolean(),
          fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 2 }),
          fc.constantFrom(...COMMANDS),
          async (shipped, inTemplate, changes, command) => {
            const folder = besideCopyOf(shipped.folder);
            const target = changedAt(inTemplate ? shipped.template : shipped.usage, changes);
            const written = inTemplate ? target : shipped.template;
            // A template written as JSON stays JSON (a number JSON cannot write becomes null).
            writeFileSync(join(folder, shipped.templateName), shipped.templateName.endsWith('.json') ? JSON.stringify(written, null, 2) : stringify(written));
            writeFileSync(join(folder, 'usage.yaml'), stringify(inTemplate ? shipped.usage : target));
            await expectPricedOrRefused([command[0]!, join(folder, shipped.templateName), '--usage', join(folder, 'usage.yaml'), ...command.slice(1)]);
          },
        ),
        { numRuns: runs(80) },
      );
    },
    timeout(80),
  );
});
