// The shipped scenarios and templates, each changed in one place at random
// (a key dropped, a value replaced by something hostile): every change is
// priced (exit 0, or 1 over a budget) or refused with exit 2 and one message,
// never an internal error, a stack trace or a hang.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const dir = tempDir();
// The files a scenario names (a state machine's definition) beside the changed copies, where they look for them.
mkdirSync(join(dir, 'state-machines'), { recursive: true });
for (const name of readdirSync('scenarios/state-machines')) copyFileSync(join('scenarios/state-machines', name), join(dir, 'state-machines', name));

// The shipped scenarios, and the whole architectures whose bills were derived by hand: every service, at its corners.
const SCENARIO_FOLDERS = ['scenarios', 'test/fixtures/whole-architectures', 'test/fixtures/whole-architectures-2', 'test/fixtures/whole-architectures-3'];
const scenarios = SCENARIO_FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name: join(folder, name), data: parse(readFileSync(join(folder, name), 'utf8')) as unknown })),
);
const TEMPLATE_FOLDERS = [
  ...readdirSync('scenarios/templates').map((folder) => join('scenarios/templates', folder)),
  ...['1-sam', '2-serverless', '8-cloudformation-json'].map((folder) => join('test/fixtures/whole-architectures-2', folder)),
];
const templates = TEMPLATE_FOLDERS.map((folder) => {
  const files = readdirSync(folder);
  const template = files.find((name) => name !== 'usage.yaml' && /\.(ya?ml|json)$/.test(name))!;
  return {
    name: join(folder, template),
    // CloudFormation's short tags (!Ref) are read as their plain values: the changes are to the data, not the tags.
    template: parse(readFileSync(join(folder, template), 'utf8'), { logLevel: 'error' }) as unknown,
    usage: parse(readFileSync(join(folder, 'usage.yaml'), 'utf8')) as unknown,
    templateName: template,
  };
});

let counter = 0;
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

describe('shipped files changed in one place at random', () => {
  it('every changed scenario is priced or refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...scenarios), fc.nat(), mutation, async (scenario, at, value) => {
        const places = placesIn(scenario.data);
        const file = join(dir, `scenario-${counter++}.yaml`);
        writeFileSync(file, stringify(changed(scenario.data, places[at % places.length]!, value)));
        await expectPricedOrRefused(['estimate', file]);
      }),
      { numRuns: Number(process.env.SLCOST_FUZZ_RUNS ?? 120) },
    );
  });

  it('every changed template or usage file is priced or refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), fc.boolean(), fc.nat(), mutation, async (shipped, inTemplate, at, value) => {
        const folder = join(dir, `template-${counter++}`);
        mkdirSync(folder);
        const target = inTemplate ? shipped.template : shipped.usage;
        const places = placesIn(target);
        const mutated = places.length ? changed(target, places[at % places.length]!, value) : target;
        writeFileSync(join(folder, shipped.templateName), stringify(inTemplate ? mutated : shipped.template));
        writeFileSync(join(folder, 'usage.yaml'), stringify(inTemplate ? shipped.usage : mutated));
        await expectPricedOrRefused(['estimate', join(folder, shipped.templateName), '--usage', join(folder, 'usage.yaml')]);
      }),
      { numRuns: Number(process.env.SLCOST_FUZZ_RUNS ?? 80) },
    );
  });
});
