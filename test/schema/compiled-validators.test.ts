// The parsers written out from the zod schemas (src/schema/compiled/) are
// generated, never edited: this test fails when they differ from what the
// schema gives today. Regenerate with:
//   UPDATE_SCHEMAS=1 npx vitest run test/schema
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileValidator, type Def, defOf } from '../../src/schema/compile-validator.js';
import { parseScenarioFile } from '../../src/schema/compiled/scenario.js';
import { scenarioSchemas } from '../../src/schema/scenario.js';

const written = [
  {
    path: 'src/schema/compiled/scenario.ts',
    generate: () => compileValidator(scenarioSchemas().scenario, { name: 'parseScenarioFile', type: 'ScenarioFile', typeFrom: '../scenario.js', source: 'src/schema/scenario.ts' }),
  },
];

describe('parsers written out from the zod schemas', () => {
  it.each(written)('$path is what the schema gives', ({ path, generate }) => {
    const text = generate();
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

// What the written-out parser says must be what zod says: the same value where
// it parses, and nothing where zod refuses. Values are drawn from the schema
// itself: valid at every node, with now and then one node wrong in a way a
// person or a YAML parser could make it wrong.
type Node = z.core.$ZodType;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/** A plain object with an own, enumerable key named __proto__, as a YAML or JSON parser can make one. */
function withOwnProto(object: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
  return copy;
}

const ODD = [null, true, 'x', '5', 5, 0.5, -0, NaN, Infinity, -Infinity, [], {}, new Date(0)] as const;

/** A value for `schema`; each node of it is wrong with a chance of `wrongPer100` in a hundred. */
function valueOf(schema: Node, wrongPer100: number): fc.Arbitrary<unknown> {
  if (wrongPer100 === 0) return validOf(schema, 0);
  return fc.oneof({ weight: 100 - wrongPer100, arbitrary: validOf(schema, wrongPer100) }, { weight: wrongPer100, arbitrary: wrongOf(schema, wrongPer100) });
}

function validOf(schema: Node, wrongPer100: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = checksOf(def);
  switch (def.type) {
    case 'optional':
    case 'default':
      return valueOf(def.innerType as Node, wrongPer100);
    case 'string': {
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 12, 12);
      return fc.string({ minLength: min, maxLength: Math.max(min, max) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'number': {
      const low = checks.find((c) => c.check === 'greater_than');
      const high = checks.find((c) => c.check === 'less_than');
      const step = checks.find((c) => c.check === 'multiple_of')?.value;
      const min = low?.value ?? -1e6;
      const max = high?.value ?? 1e6;
      const edges = [low?.inclusive ? min : null, high?.inclusive ? max : null].filter((edge): edge is number => edge !== null);
      const inside =
        def.format === 'safeint'
          ? fc.integer({ min: Math.ceil(min + (low?.inclusive ? 0 : 1)), max: Math.floor(max - (high?.inclusive ? 0 : 1)) })
          : step
            ? fc.integer({ min: Math.ceil(min / step), max: Math.min(Math.floor(max / step), 2 ** 40) }).map((units) => Number((units * step).toFixed(2)))
            : fc.double({ min, max, noNaN: true, minExcluded: !low?.inclusive, maxExcluded: !high?.inclusive });
      return edges.length ? fc.oneof(inside, fc.constantFrom(...edges)) : inside;
    }
    case 'array': {
      const exact = checks.find((c) => c.check === 'length_equals')?.length;
      const min = exact ?? checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = exact ?? Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 3, min + 2);
      return fc.array(valueOf(def.element as Node, wrongPer100), { minLength: min, maxLength: max });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => validOf(option, wrongPer100)));
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => !['optional', 'default'].includes(defOf(shape[key] as Node).type));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, valueOf(child, wrongPer100)])), { requiredKeys: required, noNullPrototype: true });
    }
    default:
      throw new Error(`no values for ${def.type}`);
  }
}

function wrongOf(schema: Node, wrongPer100: number): fc.Arbitrary<unknown> {
  return validOf(schema, wrongPer100).chain((value) => fc.constantFrom(...wrongsAt(schema, value)));
}

/** Wrong values in place of `current`, a valid value of `schema` (or undefined where it is absent). */
function wrongsAt(schema: Node, current: unknown): unknown[] {
  const def = defOf(schema);
  const checks = checksOf(def);
  switch (def.type) {
    case 'optional':
    case 'default':
      return wrongsAt(def.innerType as Node, current);
    case 'number': {
      const bounds = checks.flatMap((c) => (c.value === undefined ? [] : [c.value, c.value - 1, c.value + 1, c.value - 1e-9, c.value + 1e-9, c.value * 2 + 0.5]));
      return [...ODD, 0.1 + 0.2, 12.345, 1e-7, 10.1, 2 ** 53, 1e21, ...bounds];
    }
    case 'string': {
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      return [...ODD, '', ...(max ? ['x'.repeat(max), 'x'.repeat(max + 1)] : [])];
    }
    case 'enum':
      return [...ODD, ...Object.values(def.entries ?? {}).map((value) => String(value).toUpperCase()), 'arm', ''];
    case 'array': {
      const list = Array.isArray(current) ? current : [];
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? checks.find((c) => c.check === 'length_equals')?.length ?? 3;
      return [...ODD, [], [undefined], new Array(2), list.slice(1), [...list, ...list], new Array(max + 1).fill(list[0] ?? 1)];
    }
    case 'object': {
      if (typeof current !== 'object' || current === null) return [...ODD];
      const object = current as Record<string, unknown>;
      return [
        ...ODD,
        { ...object, memroy_mb: 128 },
        withOwnProto(object),
        Object.assign(Object.create(null), object),
        ...Object.keys(def.shape ?? {}).flatMap((key) => [{ ...object, [key]: undefined }, Object.fromEntries(Object.entries(object).filter(([name]) => name !== key))]),
      ];
    }
    default:
      return [...ODD];
  }
}

/** A valid value with every optional key present; unions take their first or their last option. */
function fullValueOf(schema: Node, option: 'first' | 'last'): unknown {
  const def = defOf(schema);
  const checks = checksOf(def);
  const accepted = (candidates: unknown[]) => candidates.find((candidate) => (schema as z.ZodMiniType).safeParse(candidate).success);
  switch (def.type) {
    case 'optional':
    case 'default':
      return fullValueOf(def.innerType as Node, option);
    case 'string':
      return 'x'.repeat(checks.find((c) => c.check === 'min_length')?.minimum ?? 1);
    case 'boolean':
      return option === 'first';
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return option === 'first' ? values[0] : values.at(-1);
    }
    case 'number': {
      const low = checks.find((c) => c.check === 'greater_than')?.value ?? 0;
      const high = checks.find((c) => c.check === 'less_than')?.value ?? low + 2;
      return accepted([low, low + 1, Math.floor((low + high) / 2), high, low + 0.5]);
    }
    case 'array': {
      const length = checks.find((c) => c.check === 'length_equals')?.length ?? 2;
      return Array.from({ length }, () => fullValueOf(def.element as Node, option));
    }
    case 'union': {
      const options = def.options ?? [];
      return fullValueOf((option === 'first' ? options[0] : options.at(-1)) as Node, option);
    }
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, child]) => [key, fullValueOf(child, option)]));
    default:
      throw new Error(`no value for ${def.type}`);
  }
}

type Path = Array<string | number>;

/** A valid value with exactly one node made wrong, any node, present or absent: every check gets its turn. */
function oneWrong(schema: Node): fc.Arbitrary<unknown> {
  return validOf(schema, 0).chain((value) => {
    const spots = spotsOf(schema, value, []);
    return fc.nat(spots.length - 1).chain((index) => {
      const spot = spots[index] as { path: Path; schema: Node; value: unknown };
      return fc.constantFrom(...wrongsAt(spot.schema, spot.value)).map((wrong) => replaced(value, spot.path, wrong));
    });
  });
}

/** Every place in `value` where `schema` has a node, with that node: objects' absent keys too. */
function spotsOf(schema: Node, value: unknown, path: Path): Array<{ path: Path; schema: Node; value: unknown }> {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return spotsOf(def.innerType as Node, value, path);
  const here = { path, schema, value };
  if (value === undefined) return [here];
  if (def.type === 'object') {
    const object = value as Record<string, unknown>;
    return [here, ...Object.entries(def.shape ?? {}).flatMap(([key, child]) => spotsOf(child, object[key], [...path, key]))];
  }
  if (def.type === 'array') return [here, ...(value as unknown[]).flatMap((element, index) => spotsOf(def.element as Node, element, [...path, index]))];
  if (def.type === 'union') {
    const option = (def.options ?? []).find((candidate) => (candidate as z.ZodMiniType).safeParse(value).success);
    return option ? [here, ...spotsOf(option, value, path).slice(1)] : [here];
  }
  return [here];
}

function replaced(value: unknown, path: Path, wrong: unknown): unknown {
  if (path.length === 0) return wrong;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, wrong);
  return copy;
}

describe('the written-out scenario parser agrees with zod', () => {
  const schema = scenarioSchemas().scenario;
  const agree = (value: unknown): 'both' | 'zod only' | 'neither' => {
    const byZod = schema.safeParse(value);
    const written = parseScenarioFile(value);
    if (!byZod.success) {
      expect(written, 'the written-out parser accepted what zod refuses').toBeUndefined();
      return 'neither';
    }
    if (written === undefined) return 'zod only';
    expect(written).toStrictEqual(byZod.data);
    expect(JSON.stringify(written)).toBe(JSON.stringify(byZod.data));
    return 'both';
  };

  it('on every shipped scenario, and parses each one itself', () => {
    for (const name of readdirSync('scenarios').filter((file) => file.endsWith('.yaml'))) {
      expect(agree(parseYaml(readFileSync(`scenarios/${name}`, 'utf8'))), name).toBe('both');
    }
  });

  it('on values drawn from the schema, valid and not', () => {
    const seen = { both: 0, 'zod only': 0, neither: 0 };
    fc.assert(
      fc.property(fc.oneof(valueOf(schema, 0), oneWrong(schema), valueOf(schema, 3)), (value) => {
        seen[agree(value)]++;
      }),
      { numRuns: 3000 },
    );
    console.log(seen);
    // The comparison means something only if both answers come up often, and the
    // parser leaves zod few valid files (only money it cannot tell is whole cents).
    expect(seen.both).toBeGreaterThan(300);
    expect(seen.neither).toBeGreaterThan(300);
    expect(seen['zod only']).toBeLessThan(seen.both / 20);
  });

  it('on every wrong value in every place of a full scenario, one at a time', () => {
    let compared = 0;
    for (const option of ['first', 'last'] as const) {
      const full = fullValueOf(schema, option);
      expect(agree(full), `the full scenario (${option} options)`).toBe('both');
      for (const spot of spotsOf(schema, full, [])) {
        for (const wrong of wrongsAt(spot.schema, spot.value)) {
          const value = replaced(full, spot.path, wrong);
          expect(() => agree(value), JSON.stringify(spot.path)).not.toThrow();
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('on the edges: whole cents, whole numbers, own __proto__ keys, other prototypes', () => {
    const base = { name: 'x', lambda: { functions: [{ name: 'f', memory_mb: 128, duration_ms: 1 }] } };
    expect(agree(base)).toBe('both');
    expect(agree({ ...base, budget: { monthly_usd: 0.3 } })).toBe('both');
    expect(agree({ ...base, budget: { monthly_usd: 0.1 + 0.2 } })).toBe('zod only');
    expect(agree({ ...base, budget: { monthly_usd: 12.345 } })).toBe('neither');
    expect(agree({ ...base, lambda: { functions: [{ name: 'f', memory_mb: 128.5, duration_ms: 1 }] } })).toBe('neither');
    expect(agree(withOwnProto(base))).toBe('neither');
    expect(agree(JSON.parse('{"name":"x","lambda":{"functions":[{"name":"f","memory_mb":128,"duration_ms":1}]},"__proto__":{"a":1}}'))).toBe('neither');
    expect(agree(Object.assign(Object.create(null), base))).toMatch(/both|zod only/);
  });
});
