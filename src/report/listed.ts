// How the terminal and Markdown reports list what there is one of for each
// function (a table row, cold starts, memory advice, a warning), so that a
// template of thousands of functions reads in a screen or two: functions alike
// but for their names are one entry, and past a few screens the rest are
// counted, not printed. JSON and HTML list every one.
import type { Warning } from '../core/types.js';
import { listNames } from '../core/names.js';
import { formatCount } from '../core/numbers.js';
import { mattersWhenQuiet } from './quiet.js';

/**
 * The functions (or kinds of function) the function table lists, in the
 * file's order: past a few screens, rows are not read, and the reports of
 * 10,000 functions drawn whole would take minutes.
 */
export const FUNCTIONS_SHOWN = 200;

/** The functions (or kinds) whose cold starts, or whose memory advice, are told: several lines each. */
export const ADVICE_SHOWN = 20;

/** The warnings of one kind of advice printed before the rest of that kind are counted. */
export const WARNINGS_OF_A_KIND_SHOWN = 10;

/** Past this many, an entry for functions alike names the first few and counts the rest. */
const ALIKE_NAMED = 5;

/** Entries alike but for their function's name, as one: the first's, with every function's name. */
export interface Alike<T> {
  readonly first: T;
  readonly names: readonly string[];
}

/**
 * `entries` grouped by `key` (what is shown of each but its function's name),
 * in the order each group first appears, the first `shown` groups; and how many
 * functions the groups left out hold.
 */
export function alikeEntries<T>(
  entries: readonly T[],
  nameOf: (entry: T) => string,
  key: (entry: T) => string,
  shown: number,
): { readonly listed: ReadonlyArray<Alike<T>>; readonly functionsListed: number; readonly functionsLeftOut: number } {
  const groups = new Map<string, { first: T; names: string[] }>();
  for (const entry of entries) {
    const group = groups.get(key(entry));
    if (group) group.names.push(nameOf(entry));
    else groups.set(key(entry), { first: entry, names: [nameOf(entry)] });
  }
  const all = [...groups.values()];
  const listed = all.slice(0, shown);
  const functionsListed = listed.reduce((total, group) => total + group.names.length, 0);
  return { listed, functionsListed, functionsLeftOut: entries.length - functionsListed };
}

/** An entry's functions as it names them: `api`; `a, b, each`; `f0, f1, f2 and 9,997 more, each`. */
export function alikeNames(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.length > ALIKE_NAMED ? listNames(names, 3) : names.join(', ')}, each`;
}

/** A warning printed, or the count of those of its kind left out, in the place of the first of them. */
export type ListedWarning = { readonly warning: Warning } | { readonly id: string; readonly more: number };

/**
 * `warnings` in their order, at most WARNINGS_OF_A_KIND_SHOWN of each kind of
 * advice (a function's cold starts, for each of thousands), the rest of a kind
 * counted. What may make the bill wrong or a request fail (the warnings
 * `--quiet` keeps) and what the reader assumed of a template are every one
 * printed: never hidden.
 */
export function warningsListed(warnings: readonly Warning[]): ListedWarning[] {
  const seen = new Map<string, number>();
  const listed: Array<{ warning: Warning } | { id: string; more: number }> = [];
  const counts = new Map<string, { id: string; more: number }>();
  for (const warning of warnings) {
    const count = (seen.get(warning.id) ?? 0) + 1;
    seen.set(warning.id, count);
    if (count <= WARNINGS_OF_A_KIND_SHOWN || mattersWhenQuiet(warning) || warning.id === 'template_assumption') listed.push({ warning });
    else if (count === WARNINGS_OF_A_KIND_SHOWN + 1) {
      const more = { id: warning.id, more: 1 };
      counts.set(warning.id, more);
      listed.push(more);
    } else counts.get(warning.id)!.more++;
  }
  return listed;
}

/** The sentence for a kind's warnings left out. */
export function moreWarnings(more: number, where: string): string {
  return `${formatCount(more)} more of this kind; ${where} lists every one`;
}
