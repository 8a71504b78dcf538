// Cold starts and what removing them costs, in words: one headline per
// function and one line per option, shared by the table and Markdown reports.
import { Decimal } from '../core/money.js';
import { formatCount as count, formatCounted as counted } from '../core/numbers.js';
import type { ColdStartAdvice } from '../providers/aws/lambda/types.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatExactUsd, formatUsd, isUnderACent, UNDER_A_CENT } from './format.js';
import { ADVICE_SHOWN, alikeEntries, alikeNames } from './listed.js';

export const ADVICE_NAMES: Readonly<Record<ColdStartAdvice['kind'], string>> = {
  provisioned_concurrency: 'provisioned concurrency',
  scheduled_provisioned_concurrency: 'provisioned concurrency in busy hours only',
  keep_warm: 'a keep-warm ping every 5 minutes (one environment only; does nothing for scale-out)',
};

/** `12.3%`, `0.04%`, `under 0.01%`: small shares stay visible rather than printing as zero. */
function percent(share: number): string {
  if (share > 0 && share < 0.0001) return 'under 0.01%';
  return `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`;
}

/** A cost per cold start is often a fraction of a cent: two significant digits below a dollar. */
export function smallUsd(usd: Decimal): string {
  return usd.greaterThanOrEqualTo(1) ? formatUsd(usd) : `$${usd.toSignificantDigits(2, Decimal.ROUND_HALF_UP).toFixed()}`;
}

function describeAdvice(advice: ColdStartAdvice): string {
  const what =
    advice.kind === 'keep_warm'
      ? ADVICE_NAMES.keep_warm
      : `${count(advice.count)} × ${ADVICE_NAMES[advice.kind]}${advice.kind === 'scheduled_provisioned_concurrency' ? ` (${advice.hoursPerMonth} h a month)` : ''}`;
  const removes = `removes ~${count(advice.coldStartsRemoved)}`;
  // At high, steady volume provisioned concurrency's lower duration price can make it cheaper outright.
  if (advice.monthlyUsd.isZero()) return `${what}: costs nothing more a month and ${removes}`;
  if (advice.monthlyUsd.lessThan(0)) return `${what}: saves ${formatExactUsd(advice.monthlyUsd.negated())} a month and ${removes}`;
  const each = advice.usdPerColdStartAvoided ? `, ${smallUsd(advice.usdPerColdStartAvoided)} per cold start avoided` : '';
  const more = isUnderACent(advice.monthlyUsd) ? `${UNDER_A_CENT} more` : `+${formatUsd(advice.monthlyUsd)}`;
  return `${what}: ${more} a month, ${removes}${each}`;
}

export interface ColdStartText {
  readonly name: string;
  /** What follows the name: the cold starts a month, their latency and their INIT phases' bill. */
  readonly figures: string;
  /** `name: figures`. */
  readonly headline: string;
  readonly options: readonly string[];
}

export function describeColdStarts(estimate: Estimate): ColdStartText[] {
  // Each function's options looked up by its name once: filtering the advice for each function grew with their square.
  const optionsOf = new Map<string, ColdStartAdvice[]>();
  for (const advice of estimate.advice) {
    if (advice.kind === 'memory_size') continue;
    const options = optionsOf.get(advice.function);
    if (options) options.push(advice);
    else optionsOf.set(advice.function, [advice]);
  }
  return estimate.functions.flatMap((fn, index) => {
    const cold = estimate.coldStarts[index];
    const options = optionsOf.get(fn.name) ?? [];
    // Where nobody waits, or too few requests start cold to notice, only an option that saves money is worth a line.
    // A cold start the bill shows (its INIT phase billed past a cent) is worth a line even where nobody waits on it.
    const billed = cold?.initUsd?.greaterThanOrEqualTo('0.005') ?? false;
    if (!cold || (!cold.matter && !options.length && !billed) || !fn.usageGiven || fn.requestsPerMonth.isZero()) return [];
    const latency = cold.addedLatencyMs ? `, +${count(cold.addedLatencyMs.p50)} ms p50 / +${count(cold.addedLatencyMs.p99)} ms p99 each` : '';
    const init =
      cold.initUsd === null
        ? ''
        : cold.initUsd.isZero()
          ? '; their INIT phases are billed, within the free tier'
          : `; their INIT phases bill ${formatExactUsd(cold.initUsd)} a month`;
    const figures = `about ${counted(cold.perMonth, 'cold start')} a month (${percent(cold.share)} of requests)${latency}${init}`;
    return [{ name: fn.name, figures, headline: `${fn.name}: ${figures}`, options: options.map(describeAdvice) }];
  });
}

/**
 * The cold starts as the terminal and Markdown tell them: functions whose lines
 * are the same but for their names in one entry, the first ADVICE_SHOWN
 * entries, and a sentence for the functions left out (null when none are).
 */
export function coldStartsListed(estimate: Estimate, where: string): { readonly entries: ColdStartText[]; readonly leftOut: string | null } {
  const all = describeColdStarts(estimate);
  const { listed, functionsLeftOut } = alikeEntries(
    all,
    (entry) => entry.name,
    (entry) => [entry.figures, ...entry.options].join('\u0000'),
    ADVICE_SHOWN,
  );
  const entries = listed.map(({ first, names }) => ({ ...first, headline: `${alikeNames(names)}: ${first.figures}` }));
  return { entries, leftOut: functionsLeftOut ? `the cold starts of ${count(functionsLeftOut)} more functions are left out here; ${where} lists every one` : null };
}
