// Functions alike but for their names cost alike: a template's thousands of
// copies of one function are one function's work, added up that many times. A
// sweep prices its scenario at hundreds of volumes, each the whole list of
// functions again (a serverless.yml of 10,000 functions, each its billed cold
// starts' 191 bends: a minute); with the list collapsed to one function of
// each kind, each volume is the kinds' work, not the functions'.
import type { Decimal } from '../../../core/money.js';
import type { LambdaFunction } from './types.js';

/**
 * Everything of a function but its name: two functions with the same key add
 * the same to a month whose other functions are the same (its trigger, limits,
 * logs and memory model among them, not only what its usage depends on).
 */
export function alikeButName(fn: LambdaFunction): string {
  // A stream's cap absent and one not known are the same cap: the key of either must match.
  return JSON.stringify({ ...fn, name: null, streamShards: fn.streamShards ?? null });
}

/** How many functions `fn` stands for. */
export function copiesOf(fn: LambdaFunction): number {
  return fn.copies ?? 1;
}

/** A figure of one function, counted for each function it stands for. */
export function timesCopies(value: Decimal, fn: LambdaFunction): Decimal {
  const copies = copiesOf(fn);
  return copies === 1 ? value : value.times(copies);
}

/** Functions alike but for their names, grouped: each function's kind, and each kind's first two functions and the functions it counts, in the order first found. */
export interface AlikeKinds {
  readonly kindOf: readonly number[];
  readonly kinds: ReadonlyArray<{ readonly first: number; readonly second: number | null; readonly copies: number }>;
  /** Each kind once, its first function standing for the others as its copies; the list itself when no two are alike. */
  readonly collapsed: readonly LambdaFunction[];
}

/** Worked out once per list: a curve, the cost-bomb months and a month with one function changed all ask for the same list's kinds. */
const kindsOf = new WeakMap<readonly LambdaFunction[], AlikeKinds>();

export function alikeKinds(functions: readonly LambdaFunction[]): AlikeKinds {
  let found = kindsOf.get(functions);
  if (found) return found;
  const byKey = new Map<string, number>();
  const kinds: Array<{ first: number; second: number | null; copies: number }> = [];
  const kindOf = functions.map((fn, index) => {
    const key = alikeButName(fn);
    let kind = byKey.get(key);
    if (kind === undefined) {
      byKey.set(key, (kind = kinds.length));
      kinds.push({ first: index, second: null, copies: 0 });
    } else kinds[kind]!.second ??= index;
    kinds[kind]!.copies += copiesOf(fn);
    return kind;
  });
  const collapsed =
    kinds.length === functions.length
      ? functions
      : kinds.map(({ first, copies }) => (copies === copiesOf(functions[first]!) ? functions[first]! : { ...functions[first]!, copies }));
  kindsOf.set(functions, (found = { kindOf, kinds, collapsed }));
  return found;
}

/** `functions` with each kind alike but for its names once (alikeKinds). */
export function collapsedAlike(functions: readonly LambdaFunction[]): readonly LambdaFunction[] {
  return alikeKinds(functions).collapsed;
}
