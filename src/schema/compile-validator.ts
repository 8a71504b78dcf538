// Writes a zod schema out as plain TypeScript: one function per schema that
// returns the parsed value (defaults filled in, keys in the schema's order) or
// nothing. Building a zod schema and running it through zod costs a run
// milliseconds; the written-out functions cost next to nothing. The CLI asks
// them first and asks zod only when they say no, so that zod words every
// error. They must never say yes where zod says no, so they say no to anything
// they are unsure of (an object with another prototype, a multiple of 0.01
// written with more digits). Not part of the CLI: the schema tests run it and
// check that what it writes is what is in the repository.
import type * as z from 'zod/mini';

type Schema = z.core.$ZodType;
interface Check {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
}
/** What the compiler (and the tests that check it) read of a zod schema's definition. */
export interface Def {
  type: string;
  checks?: Array<{ _zod: { def: Check } }>;
  format?: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  innerType?: Schema;
  defaultValue?: unknown;
}

export const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

export interface CompileOptions {
  /** The exported function's name. */
  readonly name: string;
  /** The type it returns, and the module to import it from (type only: nothing is loaded). */
  readonly type: string;
  readonly typeFrom: string;
  /** The schema's source file, named in the header. */
  readonly source: string;
}

export function compileValidator(root: Schema, options: CompileOptions): string {
  const functions: string[] = [];
  const names = new Map<Schema, string>();

  /** The name of the function that parses `schema` (an object, a list or a union); written once per schema object. */
  function parser(schema: Schema): string {
    const known = names.get(schema);
    if (known) return known;
    const name = `p${names.size}`;
    names.set(schema, name);
    const at = functions.push('') - 1;
    functions[at] = `function ${name}(v: any): any {\n${bodyOf(schema)}\n}`;
    return name;
  }

  function bodyOf(schema: Schema): string {
    const def = defOf(schema);
    switch (def.type) {
      case 'array': {
        const element = def.element as Schema;
        const test = leafTest(element, 'v[i]');
        return [
          `  if (!Array.isArray(v)${checks(def, 'array', 'v')}) return FAIL;`,
          '  const out = new Array(v.length);',
          '  for (let i = 0; i < v.length; i++) {',
          ...(test === null
            ? [`    const r = ${parser(element)}(v[i]);`, '    if (r === FAIL) return FAIL;', '    out[i] = r;']
            : [`    if (!(${test})) return FAIL;`, '    out[i] = v[i];']),
          '  }',
          '  return out;',
        ].join('\n');
      }
      case 'union': {
        noChecks(def);
        // zod takes the first option that parses.
        const options = (def.options ?? []).map((option) => {
          const test = leafTest(option, 'v');
          return test === null ? `  { const r = ${parser(option)}(v); if (r !== FAIL) return r; }` : `  if (${test}) return v;`;
        });
        return [...options, '  return FAIL;'].join('\n');
      }
      case 'object':
        return objectBody(def);
      default:
        return unsupported(`schema type ${def.type} here`);
    }
  }

  function objectBody(def: Def): string {
    noChecks(def);
    if (!def.catchall || defOf(def.catchall).type !== 'never') unsupported('an object that is not strict');
    const shape = def.shape ?? {};
    const keys = Object.keys(shape);
    const lines = [
      // A plain mapping only: anything else (another prototype, say) is zod's to judge.
      `  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return FAIL;`,
      // Every key known, and none undefined: absent and undefined are then one thing.
      '  for (const key in v) {',
      '    if (v[key] === undefined) return FAIL;',
      '    switch (key) {',
      ...keys.map((key) => `      case ${quote(key)}:`),
      '        continue;',
      '      default:',
      '        return FAIL;',
      '    }',
      '  }',
      '  const out: any = {};',
    ];
    if (keys.some((key) => leafTest(unwrapped(shape[key] as Schema), 'x') === null)) lines.push('  let r: any;');
    for (const key of keys) {
      const at = member('v', key);
      const to = member('out', key);
      const property = defOf(shape[key] as Schema);
      const inner = unwrapped(shape[key] as Schema);
      const test = leafTest(inner, at);
      const parse = test === null ? [`r = ${parser(inner)}(${at});`, 'if (r === FAIL) return FAIL;', `${to} = r;`] : [`if (!(${test})) return FAIL;`, `${to} = ${at};`];
      if (property.type === 'optional') {
        lines.push(`  if (${at} !== undefined) {`, ...parse.map((line) => `    ${line}`), '  }');
      } else if (property.type === 'default') {
        const fallback = property.defaultValue;
        if (fallback === null || typeof fallback === 'object' || typeof fallback === 'function') unsupported('a default that is not a string, number or boolean');
        lines.push(`  if (${at} === undefined) ${to} = ${typeof fallback === 'string' ? quote(fallback) : String(fallback)};`, '  else {', ...parse.map((line) => `    ${line}`), '  }');
      } else {
        lines.push(...parse.map((line) => `  ${line}`));
      }
    }
    lines.push('  return out;');
    return lines.join('\n');
  }

  const rootName = parser(root);
  return [
    `// Written by src/schema/compile-validator.ts from ${options.source}; do not edit.`,
    '// Regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/schema',
    `import type { ${options.type} } from '${options.typeFrom}';`,
    '',
    'const FAIL = Symbol();',
    '',
    `/** The parsed file as zod gives it; undefined where zod is to say what is wrong (or to judge what this cannot). */`,
    `export function ${options.name}(input: unknown): ${options.type} | undefined {`,
    `  const r = ${rootName}(input);`,
    '  return r === FAIL ? undefined : r;',
    '}',
    '',
    ...functions.flatMap((fn) => [fn, '']),
  ].join('\n');
}

/** The schema inside optional() or _default(). */
function unwrapped(schema: Schema): Schema {
  const def = defOf(schema);
  return def.type === 'optional' || def.type === 'default' ? (def.innerType as Schema) : schema;
}

/** A string, number, boolean or enum as a test of `subject`, which it returns unchanged when it passes; null for anything else. */
function leafTest(schema: Schema, subject: string): string | null {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return `typeof ${subject} === 'string'${checks(def, 'string', subject)}`;
    case 'number': {
      const kind =
        def.format === undefined
          ? `typeof ${subject} === 'number' && Number.isFinite(${subject})`
          : def.format === 'safeint'
            ? `Number.isSafeInteger(${subject})`
            : unsupported(`number format ${def.format}`);
      return `${kind}${checks(def, 'number', subject)}`;
    }
    case 'boolean':
      noChecks(def);
      return `typeof ${subject} === 'boolean'`;
    case 'enum': {
      noChecks(def);
      const values = Object.values(def.entries ?? {});
      return values.map((value) => `${subject} === ${typeof value === 'string' ? quote(value) : String(value)}`).join(' || ');
    }
    default:
      return null;
  }
}

function member(object: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${quote(key)}]`;
}

function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** The conditions a value's own checks add, each starting with ` && ` (or ` || ` for an array's rejections). */
function checks(def: Def, subject: 'string' | 'number' | 'array', value: string): string {
  const conditions = (def.checks ?? []).map(({ _zod: { def: check } }) => {
    const length = subject === 'number' ? null : `${value}.length`;
    switch (check.check) {
      case 'greater_than':
        return subject === 'number' ? `${value} ${check.inclusive ? '>=' : '>'} ${literal(check.value)}` : unsupported('a bound on a non-number');
      case 'less_than':
        return subject === 'number' ? `${value} ${check.inclusive ? '<=' : '<'} ${literal(check.value)}` : unsupported('a bound on a non-number');
      case 'multiple_of':
        return subject === 'number' ? multipleOf(check.value, value) : unsupported('multipleOf on a non-number');
      case 'min_length':
        return length ? `${length} >= ${literal(check.minimum)}` : unsupported('a length on a number');
      case 'max_length':
        return length ? `${length} <= ${literal(check.maximum)}` : unsupported('a length on a number');
      case 'length_equals':
        return length ? `${length} === ${literal(check.length)}` : unsupported('a length on a number');
      default:
        return unsupported(`the check ${check.check}`);
    }
  });
  if (subject === 'array') return conditions.map((condition) => ` || !(${condition})`).join('');
  return conditions.map((condition) => ` && ${condition}`).join('');
}

/**
 * A multiple of 10^-k, told by the number's own decimal digits: at most k of
 * them, and no exponent. zod divides and allows a few units of rounding, so it
 * accepts every such number; a number this does not accept goes to zod.
 */
function multipleOf(step: number | undefined, value: string): string {
  const digits = step === undefined ? -1 : [0, 1, 2, 3, 4, 5, 6].find((k) => step === Number(`1e-${k}`)) ?? -1;
  if (digits < 0) return unsupported(`multipleOf(${step})`);
  return digits === 0 ? `Number.isInteger(${value})` : `/^-?\\d+(\\.\\d{1,${digits}})?$/.test(String(${value}))`;
}

function literal(value: number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return unsupported(`the bound ${value}`);
  return String(value);
}

function noChecks(def: Def): void {
  if (def.checks?.length) unsupported(`checks on a ${def.type}`);
}

function unsupported(what: string): never {
  throw new Error(`compile-validator: ${what} is not supported; write it out or teach the compiler`);
}
