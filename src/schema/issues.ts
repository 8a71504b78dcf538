// One place that turns zod's issues into messages a person can act on, each
// pointing at the line and column of the field in the user's file.
import type * as z from 'zod/mini';
import { clipped, type FieldPath, InputError, inputErrors, quotedKey, type SourceLocation } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { groupDigits, numberInWords, pastDoubleRange, quotedNumeral } from '../core/numbers.js';
import type { YamlFile } from '../load/read-yaml.js';
import { suggest } from '../suggest.js';
import { FIGURES, RANGE_KEYS } from './range.js';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** Validates `source.data` against `schema`; every problem becomes a located InputError. */
export function validate<S extends Schema>(schema: S, source: YamlFile): z.output<S> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(source.data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  const errors = result.error.issues.slice(0, 20).flatMap((issue) => toInputErrors(issue, [], schema, source));
  // A whole number's own safe-integer bound and the field's range can both fail: say the field's, once.
  const seen = new Set<string>();
  const once = [...errors]
    .reverse()
    .filter((error) => {
      if (!/^must be at (most|least) /.test(error.message)) return true;
      const key = JSON.stringify(error.location);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .reverse();
  throw inputErrors(once);
}

function toInputErrors(issue: Issue, prefix: FieldPath, root: Schema, source: YamlFile): InputError[] {
  const path: FieldPath = [...prefix, ...(issue.path as (string | number)[])];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(root, path);
      return issue.keys.map((key) => {
        const { written, ...location } = source.locate([...path, key], { key: true, writtenKey: true });
        const hint = suggest(key, known);
        const message = hint
          ? `unknown key "${clipped(key)}"; did you mean "${hint}"?`
          : `unknown key ${quotedKey(key, written)}${known.length ? `; known keys here: ${known.join(', ')}` : ''}`;
        return new InputError(message, location);
      });
    }
    case 'invalid_union': {
      // A usage figure given as something other than a mapping is a number gone wrong: say what is wrong with it as one.
      const given = 'input' in issue ? issue.input : undefined;
      if ((typeof given !== 'object' || given === null || Array.isArray(given)) && schemasAt(root, path).some((schema) => FIGURES.has(withoutDefault(schema))) && issue.errors[0]) {
        return issue.errors[0].flatMap((inner) => toInputErrors(inner, path, root, source));
      }
      // A choice of literals (`percentile: 10 | 50 | 90`): each alternative refused the value as not its one; name them all.
      const refusals = issue.errors.map((branch) => (branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === 0 ? branch[0]! : null));
      if (refusals.length && refusals.every((refusal) => refusal !== null)) {
        const values = refusals.flatMap((refusal) => (refusal as Extract<Issue, { code: 'invalid_value' }>).values);
        return [located({ ...(refusals[0] as Extract<Issue, { code: 'invalid_value' }>), values }, source.locate(path))];
      }
      // Report the alternative that got furthest: the one whose issues are not about the value's type itself.
      const branches = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      // A number or a word (`retention_days: 30 | never`) given neither: naming the word alone read "must be one of
      // never, got "30"", as though no number were allowed. Both are named.
      const words = branches.map((branch) => (branch.length === 1 && branch[0]!.code === 'invalid_value' && branch[0]!.path.length === 0 ? branch[0]! : null));
      const types = issue.errors.filter((branch) => !branches.includes(branch)).flatMap((branch) => (branch[0]?.code === 'invalid_type' ? [article(branch[0].expected)] : []));
      const value = 'input' in issue ? issue.input : undefined;
      if (types.length && words.length && words.every((word) => word !== null) && value !== undefined) {
        const values = words.flatMap((word) => (word as Extract<Issue, { code: 'invalid_value' }>).values.map(String));
        // The words quoted: "a number or never" read as English.
        const { written, ...rest } = source.locate(path);
        const trouble = types.includes('a number') || types.includes('a whole number') ? numberTrouble(value, written, shown) : null;
        const shownInput = typeof value === 'number' && written !== undefined ? written : value === null ? 'an empty value' : `${typeName(value)} ${shown(value)}`;
        const hint = typeof value === 'string' ? suggest(value, values) : null;
        return [
          new InputError(
            `expected ${[...new Set(types)].join(' or ')} or ${values.map((value) => JSON.stringify(value)).join(', ')}, got ${trouble ?? shownInput}${hint ? `; did you mean "${hint}"?` : ''}`,
            rest,
          ),
        ];
      }
      // A branch that got inside the value (a mapping whose `type` is wrong) went further than one that refused it whole (`alb` or `none`).
      const chosen = branches.find((branch) => branch.some((i) => i.path.length > 0)) ?? branches[0];
      if (chosen) return chosen.flatMap((inner) => toInputErrors(inner, path, root, source));
      // Every alternative refused the value's type: name them all.
      const expected = [...new Set(issue.errors.map((branch) => branch[0]).flatMap((inner) => (inner?.code === 'invalid_type' ? [article(inner.expected)] : [])))];
      if (expected.length) {
        const location = source.locate(path);
        const input = 'input' in issue ? issue.input : undefined;
        const { written, ...rest } = location;
        const shownInput = typeof input === 'number' && written !== undefined ? written : `${typeName(input)} ${shown(input)}`;
        const trouble = expected.includes('a number') ? numberTrouble(input, written, shown) : null;
        if (input === undefined) return [new InputError(`missing required field: ${expected.join(' or ')}`, rest)];
        return [new InputError(`expected ${expected.join(' or ')}, got ${trouble ?? (input === null ? 'an empty value' : shownInput)}`, rest)];
      }
      return [located(issue, source.locate(path))];
    }
    case 'invalid_key': {
      // A key the schema refuses (`instances: { "Big One": … }`): what a key here must be, at the key, where zod said only "Invalid input".
      const key = path.at(-1);
      const location = source.locate(path, { key: true });
      return issue.issues.map((inner) => located({ ...inner, input: key } as Issue, location));
    }
    default:
      return [located(issue, source.locate(path))];
  }
}

function located(issue: Issue, location: SourceLocation): InputError {
  const { written, ...rest } = location;
  return new InputError(`${describe(issue, written, rest.path)}${unitHint(issue, rest.path)}`, rest);
}

/** A size field given in GB (`memory_mb: 2`): said, with the figure in MB, when the value read as GB is a size Lambda takes. */
function unitHint(issue: Issue, path: string | undefined): string {
  const field = path?.match(/([a-z_]+)$/)?.[1];
  const input = 'input' in issue ? issue.input : undefined;
  if (!field?.endsWith('_mb') || typeof input !== 'number' || !(input > 0)) return '';
  if (issue.code !== 'too_small' && !(issue.code === 'invalid_type' && issue.expected === 'int')) return '';
  const mb = input * 1024;
  return Number.isInteger(mb) && mb <= 10_240 ? `; ${field} is in MB (1 GB = 1024 MB): for ${input} GB write ${mb}` : '';
}

/**
 * What a value written where a number belongs is, in words, when it is one a
 * user can mend: a number past a double, or money with its sign. Null otherwise.
 */
function numberTrouble(input: unknown, written: string | undefined, show: (value: unknown) => string): string | null {
  const huge = pastDoubles(input, written);
  if (huge) return huge;
  const hint = moneyHint(input) || writtenWithUnit(input);
  return hint ? `the string ${show(input)}${hint}` : null;
}

const MULTIPLES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };

/** `512MB`, `200 ms`, `10M`: a number written with its unit, or with a multiple. Names the number to write instead. */
function writtenWithUnit(input: unknown): string {
  if (typeof input !== 'string') return '';
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|seconds?|minutes?|kb|mb|gb|tb|kib|mib|gib|%|k|m|bn|b)\s*$/i.exec(input.replaceAll(',', ''));
  if (!match) return '';
  const [, digits, unit] = match as unknown as [string, string, string];
  const multiple = MULTIPLES[unit.toLowerCase()];
  // A multiple is worked out in whole numbers of its digits: 1.5M is 1500000, never 1499999.9999.
  if (multiple) return `; write the number in full: ${(BigInt(Math.round(Number(digits) * 1e6)) * BigInt(multiple / 1e3)) / 1000n}`;
  return `; write the number alone, without the unit (the key's name says it): ${digits}`;
}

/** `$25`, `25 USD`, `$1,000.50`: a number written as money. Names the number to write instead. */
function moneyHint(input: unknown): string {
  if (typeof input !== 'string' || !/\$|\busd\b|dollars?/i.test(input)) return '';
  const digits = input.replace(/\$|\busd\b|dollars?|[\s,_]/gi, '');
  return /^\d+(\.\d+)?$/.test(digits) ? `; write the number alone, without the dollar sign: ${digits}` : '; write the number alone, without the dollar sign';
}

/** A schema's bound as a person reads it: `100,000,000`, where zod's own "100000000" had to be counted. */
const bound = (value: number | bigint): string => groupDigits(new Decimal(value.toString()));

/** What zod says of an issue its schema gave no message of its own. */
const ZOD_DEFAULT_MESSAGE = 'Invalid input';

/**
 * Where the number a file writes keeps the bound (`fits`) and the number it is read as does not
 * (`99.99999999999999999` is 100 to a double's precision), the number read: "must be less than 100, got
 * 99.99999999999999999" contradicted itself.
 */
function readAs(input: unknown, written: string | undefined, fits: (value: Decimal) => boolean): string {
  if (typeof input !== 'number' || !Number.isFinite(input) || written === undefined || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(written)) return '';
  return fits(new Decimal(written)) ? `, which reads as ${numberInWords(input)}: a number keeps about 16 significant digits` : '';
}

/**
 * `written`: the value as the file writes it, quoted instead of the number it parsed to, which may have lost digits or be in
 * exponent form. `path`: the field's, for what it takes.
 */
function describe(issue: Issue, written?: string, path?: string): string {
  const input = 'input' in issue ? issue.input : undefined;
  const show = (value: unknown) => (typeof value === 'number' && written !== undefined && /^[-+.\w]+$/.test(written) ? written : shown(value));
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return `missing required field`;
      if (issue.expected === 'int') return `expected a whole number, got ${show(input)}`;
      if (issue.expected === 'number' && typeof input === 'number') return `expected a finite number, got ${show(input)}`;
      if (input === null) return `expected ${article(issue.expected)}, got an empty value`;
      if (issue.expected === 'boolean' && typeof input === 'string' && booleanHint(input)) return `expected true or false, got the string ${show(input)}${booleanHint(input)}`;
      // A range where the field takes one number: "got a mapping {…}" did not say that ranges are for a scenario's usage
      // figures only; and a usage file's monthly count, told ranges were for "monthly counts", was told nothing.
      if (issue.expected === 'number' && looksLikeRange(input))
        return "expected a number, got a range; this setting takes one number: ranges are for a scenario's usage figures (monthly counts, per-request figures, durations), and a template's usage file takes none (docs/ranges.md)";
      const trouble = issue.expected === 'number' ? numberTrouble(input, written, show) : null;
      if (trouble) return `expected a number, got ${trouble}`;
      if (issue.expected === 'number' && typeof input === 'string' && /^\d+(\.\d+)?$/.test(input)) {
        return `expected a number, got the string ${show(input)}; write the number without quotes or a tag`;
      }
      // Spaces around a number are no separators: "  1000 " was told to "write numbers without separators".
      if (issue.expected === 'number' && typeof input === 'string' && input.trim() !== input && /^\d+(\.\d+)?$/.test(input.trim())) {
        return `expected a number, got the string ${show(input)}; write the number without quotes or the spaces around it: ${input.trim()}`;
      }
      if (issue.expected === 'number' && typeof input === 'string' && /^[\d_, .]+$/.test(input)) {
        return `expected a number, got the string ${show(input)}; write numbers without separators, e.g. 10000000`;
      }
      // A price is a decimal string ("0.20"): written as a number, yaml reads it as one; quoted, it is read as written.
      if (issue.expected === 'string' && typeof input === 'number' && written !== undefined && /^[-+.\w]+$/.test(written)) {
        // A price (`…_usd`, a band's `usd`) reads a plain decimal only: told to quote .inf, 0x1F or 1e21, the file was refused again.
        if (/(?:^|[._])usd$/.test(path ?? '') && !/^\d+(\.\d+)?$/.test(written))
          return `expected a string, got number ${written}; a price is a non-negative decimal written in quotes, e.g. "0.20"`;
        return `expected a string, got number ${written}; write it in quotes: "${written}"`;
      }
      // A name written `n`, `off` or `yes` in a file that says %YAML 1.1 reads as a boolean: "got boolean false" named
      // nothing the file writes, and said neither why nor what to write, where a number is told to be quoted.
      if (issue.expected === 'string' && typeof input === 'boolean' && written !== undefined && /^\w+$/.test(written)) {
        // `True` and `FALSE` are YAML 1.2's booleans too; only YAML 1.1 reads another word as one.
        const read = written.toLowerCase() === String(input) ? '' : ` (YAML 1.1, which the file says it is, reads ${written} as ${String(input)})`;
        return `expected a string, got boolean ${String(input)}${read}; write it in quotes: "${written}"`;
      }
      return `expected ${article(issue.expected)}, got ${typeName(input)} ${show(input)}`;
    }
    case 'too_small': {
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `must not be empty`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${bound(issue.minimum)}, got ${show(input)}${readAs(input, written, (value) => (issue.inclusive ? value.greaterThanOrEqualTo(issue.minimum.toString()) : value.greaterThan(issue.minimum.toString())))}`;
    }
    case 'too_big': {
      if (issue.origin === 'array') return issue.message !== ZOD_DEFAULT_MESSAGE ? issue.message : `has more than ${bound(issue.maximum)} items`;
      if (issue.origin === 'string') return `is longer than ${bound(issue.maximum)} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${bound(issue.maximum)}, got ${show(input)}${readAs(input, written, (value) => (issue.inclusive ? value.lessThanOrEqualTo(issue.maximum.toString()) : value.lessThan(issue.maximum.toString())))}`;
    }
    case 'invalid_value': {
      const choices = issue.values.map((v) => String(v));
      if (input === undefined) return `missing required field: one of ${choices.join(', ')}`;
      // `percentile: '90'`: the choice is the number, and the file quotes it; "did you mean "90"?" named what it wrote.
      const unquoted = typeof input === 'string' ? issue.values.find((value) => typeof value !== 'string' && String(value) === input.trim()) : undefined;
      if (unquoted !== undefined) return `must be one of ${choices.join(', ')}, got the string ${show(input)}; write it without quotes: ${String(unquoted)}`;
      const hint = typeof input === 'string' ? suggest(input, choices) : null;
      return `must be one of ${choices.join(', ')}, got ${show(input)}${hint && hint !== input ? `; did you mean "${hint}"?` : ''}`;
    }
    case 'not_multiple_of':
      return Number(issue.divisor) === 0.01 ? `must be whole cents (two decimals at most), got ${show(input)}` : `must be a multiple of ${issue.divisor}, got ${show(input)}`;
    case 'invalid_format':
      return `${issue.message ?? 'has the wrong format'}, got ${show(input)}`;
    default:
      return issue.message ?? 'invalid value';
  }
}

/** `'false'`, `no`, `On`: what to write instead, for a boolean given as a string. */
function booleanHint(input: string): string {
  const word = input.trim().toLowerCase();
  if (word === 'true' || word === 'false') return `; write it without quotes: ${word}`;
  // YAML 1.1 read these as booleans; YAML 1.2, which slcost reads, reads them as words.
  if (['yes', 'y', 'on'].includes(word)) return '; a YAML 1.2 file reads it as a word: write true';
  if (['no', 'n', 'off'].includes(word)) return '; a YAML 1.2 file reads it as a word: write false';
  return '';
}

/**
 * A number written without quotes but past a double's range (1e400, 400
 * digits) reaches the schema as its text (read-yaml keeps it rather than make
 * it Infinity, or 0 for 1e-400): it is a number out of range, not a string, and is described so.
 */
function pastDoubles(input: unknown, written: string | undefined): string | null {
  // A numeral a double holds is a string that was written as one (`!!str 1000`: its text is the value's), not a number past them.
  if (typeof input !== 'string' || written !== input || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(input)) return null;
  const value = Number(input);
  if (!pastDoubleRange(input, value)) return null;
  return `${quotedNumeral(input)}, ${value === 0 ? 'too near zero to be read as one (it would read as 0)' : 'too large to be read as one'}`;
}

/** A mapping written as a range is: every key one of a range's. */
function looksLikeRange(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => RANGE_KEYS.has(key));
}

function article(expected: string): string {
  const names: Record<string, string> = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return names[expected] ?? expected;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value}`;
}

function shown(value: unknown): string {
  // A figure a template implied has no text of its own here: 1e21 was quoted as 1e+21, 0.0000001 as 1e-7.
  if (typeof value === 'number') return numberInWords(value);
  if (typeof value === 'string') return JSON.stringify(clipped(value));
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/** The keys the schema knows at `path`, for "did you mean". */
export function knownKeys(root: Schema, path: FieldPath): string[] {
  const keys = schemasAt(root, path)
    .flatMap(unwrap)
    .flatMap((schema) => {
      const def = schema._zod.def as unknown as { type: string; shape?: Record<string, Schema> };
      return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    });
  return [...new Set(keys)];
}

/**
 * Whether the schema takes a usage figure (a number or a range, range.ts) at `path`: a mapping of range keys elsewhere,
 * as in a state machine's inline definition, is the user's data and not a range.
 */
export function isFigureAt(root: Schema, path: FieldPath): boolean {
  return schemasAt(root, path).some((schema) => FIGURES.has(withoutDefault(schema)));
}

/**
 * The most the usage figure at `path` may be as a number (`z.lte`'s bound on its number, the least of them where
 * several schemas may be there); Infinity where it states none. A range's fitted tail reaches past the p90 it is
 * given, and a draw there is held to this, as a number written there would be.
 */
export function figureMostAt(root: Schema, path: FieldPath): number {
  const bounds = schemasAt(root, path)
    .map(withoutDefault)
    .filter((schema) => FIGURES.has(schema))
    .flatMap((figure) => unwrap(figure))
    .flatMap((schema) => (schema._zod.def as unknown as { checks?: Array<{ _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }> }).checks ?? [])
    .map((check) => check._zod.def)
    .filter((def) => def.check === 'less_than' && def.inclusive === true && typeof def.value === 'number')
    .map((def) => def.value as number);
  return bounds.length ? Math.min(...bounds) : Infinity;
}

/** The schemas that may be at `path` (each alternative of a union on the way), as written: not unwrapped at the end. */
function schemasAt(root: Schema, path: FieldPath): Schema[] {
  let schemas: Schema[] = [root];
  for (const segment of path) {
    schemas = schemas
      .flatMap((schema) => unwrap(schema))
      .flatMap((schema) => {
        const def = schema._zod.def as unknown as { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema };
        if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) return [def.shape[segment]];
        if (def.type === 'array' && typeof segment === 'number' && def.element) return [def.element];
        if (def.type === 'record' && typeof segment === 'string' && def.valueType) return [def.valueType];
        return [];
      });
  }
  return schemas;
}

/** `schema` without the optional, default or lazy around it. */
function withoutDefault(schema: Schema): Schema {
  const inner = innerOf(schema);
  return inner ? withoutDefault(inner) : schema;
}

/** The schema an optional, a default or a lazy one wraps (a lazy one's is built when first asked for). */
function innerOf(schema: Schema): Schema | undefined {
  const def = schema._zod.def as unknown as { type: string; innerType?: Schema };
  return def.type === 'lazy' ? (schema._zod as unknown as { innerType: Schema }).innerType : def.innerType;
}

function unwrap(schema: Schema): Schema[] {
  const def = schema._zod.def as unknown as { type: string; options?: Schema[]; in?: Schema };
  const inner = innerOf(schema);
  if (inner) return unwrap(inner);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return [schema];
}
