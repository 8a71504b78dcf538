// The ranges of a scenario file taken out of it: each `{ p10, p50, p90 }` or
// `{ min, max }` the schema let through becomes a distribution at its field's
// path, and the file that the sections read has the range's median in its
// place. What the schema could not say about a range (which keys go together,
// their order, a p10 above zero for the log-space fit) is checked here, at the
// range's line.
import type { Distribution } from '../core/ranges.js';
import { medianOf } from '../core/ranges.js';
import { type FieldPath, formatPath } from './read-yaml.js';
import { RANGE_KEYS, RANGE_SHAPE } from '../schema/range.js';
import { listNames } from '../core/names.js';
import { groupDigits, numberInWords } from '../core/numbers.js';
import { Decimal } from '../core/money.js';

export interface RangedField {
  readonly path: FieldPath;
  readonly distribution: Distribution;
}

type Fail = (message: string, path: FieldPath) => void;

/** A mapping the schema took as a range: its keys are range keys, its values numbers. */
function isRange(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, each]) => RANGE_KEYS.has(key) && typeof each === 'number');
}

/**
 * `data` with every range at its median, and the ranges found, in the file's order. A range that is wrong is reported
 * through `fail`. Only where `isFigure` says the schema takes a usage figure: elsewhere a mapping of range keys
 * (`{ min: 1, max: 5 }` in a state machine's inline definition) is data the file gives, and stays as it is.
 */
export function takeRanges(
  data: unknown,
  fail: Fail,
  isFigure: (path: FieldPath) => boolean = () => true,
  mostAt: (path: FieldPath) => { readonly most: number; readonly why?: string } = () => ({ most: Infinity }),
): { data: unknown; ranges: RangedField[] } {
  const ranges: RangedField[] = [];
  const walk = (value: unknown, path: FieldPath): unknown => {
    if (isRange(value) && isFigure(path)) {
      const distribution = distributionOf(value, path, fail, mostAt(path));
      // A range whose ends meet is the one figure it allows: sampled, it was named among the figures that move the bill.
      if (!isPoint(distribution)) ranges.push({ path, distribution });
      return medianOf(distribution);
    }
    if (Array.isArray(value)) return value.map((each, index) => walk(each, [...path, index]));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, walk(each, [...path, key])]));
    return value;
  };
  return { data: walk(data, []), ranges };
}

/** An error at each range in `data`, for the files that do not take ranges (a template's usage file). */
export function refuseRanges(data: unknown, fail: Fail): void {
  for (const range of takeRanges(data, () => {}).ranges) {
    fail('a range is read in scenario files only; give a number here, or write the workload as a scenario file', range.path);
  }
}

/** `data` (a copy of the file with medians) with the figure at each of `paths` set to the value of the same index. */
export function withValues(data: unknown, paths: readonly FieldPath[], values: readonly number[]): unknown {
  // Only the mappings and lists on the way to a figure are copied; the rest is shared with the file's data, which
  // nothing writes to. A copy of the whole file for each draw grew with a state machine's states
  // (docs/performance.md), and kept its definition from being known again as the same one.
  type Node = Record<string | number, unknown>;
  const copies = new Map<unknown, Node>();
  const copyOf = (original: unknown): Node => {
    let copy = copies.get(original);
    if (!copy) copies.set(original, (copy = (Array.isArray(original) ? [...(original as unknown[])] : { ...(original as Node) }) as Node));
    return copy;
  };
  const root = copyOf(data);
  paths.forEach((path, index) => {
    let original = data as Node;
    let node = root;
    for (const segment of path.slice(0, -1)) {
      original = original[segment] as Node;
      node = node[segment] = copyOf(original);
    }
    node[path.at(-1)!] = values[index];
  });
  return root;
}

/** A range of one value: `{ min: 5, max: 5 }`, or p10 and p90 the same (and so p50 between them). */
function isPoint(distribution: Distribution): boolean {
  return distribution.kind === 'uniform' ? distribution.min === distribution.max : distribution.p10 === distribution.p90;
}

/** `most`: the most the field may be, which a draw from the fitted tail above p90 is held to; `why`, what sets it. */
function distributionOf(range: Record<string, number>, path: FieldPath, fail: Fail, { most, why }: { readonly most: number; readonly why?: string }): Distribution {
  const keys = Object.keys(range).sort().join(',');
  const { p10, p50, p90, min, max } = range;
  // The schema holds each figure to its own bound; a bound a section sets by the rest of its entry is held here, and
  // said with what sets it: "must be at most 300000 here" said neither.
  const past = Object.entries(range).find(([, value]) => value > most);
  if (past) fail(`must be at most ${groupDigits(new Decimal(most))}${why ? ` (${why})` : ''}, got ${numberInWords(past[1])}`, [...path, past[0]]);
  if (keys === 'p10,p50,p90' && p10 !== undefined && p50 !== undefined && p90 !== undefined) {
    if (!(p10 <= p50 && p50 <= p90)) fail(`p10 ≤ p50 ≤ p90 must hold, got p10 ${numberInWords(p10)}, p50 ${numberInWords(p50)}, p90 ${numberInWords(p90)}`, path);
    // The fit is in log space: a percentile of zero has no logarithm.
    else if (!(p10 > 0)) fail(`p10 must be above zero (the range is fitted in log space); for a range from zero write { min: 0, max: ${numberInWords(p90)} }`, [...path, 'p10']);
    return { kind: 'percentiles', p10, p50, p90, most };
  }
  if (keys === 'max,min' && min !== undefined && max !== undefined) {
    if (!(min <= max)) fail(`min must be at most max, got min ${numberInWords(min)}, max ${numberInWords(max)}`, path);
    return { kind: 'uniform', min, max };
  }
  fail(`${RANGE_SHAPE}, got ${listNames(Object.keys(range))}`, path);
  return { kind: 'uniform', min: 0, max: 0 };
}

/** A ranged field's path as the file writes it: `traffic.requests_per_month`, `lambda.functions[0].duration_ms`. */
export function fieldName(path: FieldPath): string {
  return formatPath(path);
}
