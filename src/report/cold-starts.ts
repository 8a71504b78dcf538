// Cold starts and what removing them costs, in words: one headline per
// function and one line per option, shared by the table and Markdown reports.
import { Decimal } from '../core/money.js';
import { formatCount as count } from '../core/numbers.js';
import type { ColdStartAdvice } from '../providers/aws/lambda/types.js';
import type { Estimate } from '../providers/aws/types.js';
import { formatUsd } from './format.js';

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
  if (advice.monthlyUsd.lessThan(0)) return `${what}: saves ${atLeastACent(advice.monthlyUsd.negated())} a month and ${removes}`;
  const each = advice.usdPerColdStartAvoided ? `, ${smallUsd(advice.usdPerColdStartAvoided)} per cold start avoided` : '';
  const more = advice.monthlyUsd.lessThan('0.005') ? 'less than $0.01 more' : `+${formatUsd(advice.monthlyUsd)}`;
  return `${what}: ${more} a month, ${removes}${each}`;
}

/** A positive amount in dollars and cents, or `less than $0.01`: an amount is never shown as nothing. */
function atLeastACent(usd: Decimal): string {
  return usd.lessThan('0.005') ? 'less than $0.01' : formatUsd(usd);
}

export interface ColdStartText {
  readonly headline: string;
  readonly options: readonly string[];
}

export function describeColdStarts(estimate: Estimate): ColdStartText[] {
  return estimate.functions.flatMap((fn, index) => {
    const cold = estimate.coldStarts[index];
    const options = estimate.advice.filter((advice): advice is ColdStartAdvice => advice.kind !== 'memory_size' && advice.function === fn.name);
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
          : `; their INIT phases bill ${atLeastACent(cold.initUsd)} a month`;
    return [
      {
        headline: `${fn.name}: about ${count(cold.perMonth)} cold starts a month (${percent(cold.share)} of requests)${latency}${init}`,
        options: options.map(describeAdvice),
      },
    ];
  });
}
