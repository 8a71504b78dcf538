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
  return JSON.stringify({ ...fn, name: null });
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

/**
 * `functions` with each kind alike but for its names once, the first of them,
 * standing for the others as its copies, in the order first found; the same
 * list when no two are alike.
 */
export function collapsedAlike(functions: readonly LambdaFunction[]): readonly LambdaFunction[] {
  return kindsOfAlike(functions).functions;
}

/** `functions` collapsed as collapsedAlike does, with where in `functions` each kind's first is. */
export function kindsOfAlike(functions: readonly LambdaFunction[]): { readonly functions: readonly LambdaFunction[]; readonly firsts: readonly number[] } {
  const kinds = new Map<string, { first: number; copies: number }>();
  functions.forEach((fn, index) => {
    const key = alikeButName(fn);
    const kind = kinds.get(key);
    if (kind) kind.copies += copiesOf(fn);
    else kinds.set(key, { first: index, copies: copiesOf(fn) });
  });
  if (kinds.size === functions.length) return { functions, firsts: functions.map((_fn, index) => index) };
  const listed = [...kinds.values()];
  return {
    functions: listed.map(({ first, copies }) => (copies === copiesOf(functions[first]!) ? functions[first]! : { ...functions[first]!, copies })),
    firsts: listed.map(({ first }) => first),
  };
}
