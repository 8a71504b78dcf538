// Where Lambda's bill bends as the sweep's volume grows: the grid its
// provisioned share is worked out on (where its meters themselves bend), and
// the free tier and duration bands (levels its meters pass).
import { Decimal, ZERO } from '../../../core/money.js';
import type { Meter, Month } from '../../../core/service.js';
import { bandEdges } from '../../../core/bands.js';
import { timesCopies } from './alike.js';
import { functionUsage } from './line-items.js';
import { billedInitMs, initKinks } from './init-billing.js';
import type { LambdaFunction, LambdaPrices, LambdaSettings } from './types.js';
import { concurrencyCeilings, concurrencyLimits, limitsOf } from './throttling.js';
import { modelsProvisioned, provisionedCapacity, provisionedKinks, statedProvisionedKinks } from './provisioned.js';

export interface LambdaUsage {
  readonly functions: readonly LambdaFunction[];
  readonly freeTier: boolean;
  /** The account's concurrency limit, which the unreserved functions share; AWS's default without. */
  readonly settings?: LambdaSettings;
}

/** Where the provisioned environments' share bends: the grid points it is worked out on (provisioned.ts). `base`: the scenario's own volume. */
export function provisionedBends(scenario: LambdaUsage, month: Month, base: Decimal, range: { from: Decimal; to: Decimal }): Decimal[] {
  return scenario.functions.flatMap((fn) =>
    modelsProvisioned(fn) ? provisionedKinks(fn, month.profile, base, range.from, range.to) : statedProvisionedKinks(fn, base, range.from, range.to),
  );
}

/** Where billed cold starts bend (their grid points): once for each volume and duration, which fix the grid points and where they end. */
export function initBends(scenario: LambdaUsage, prices: LambdaPrices, base: Decimal, range: { from: Decimal; to: Decimal }): Decimal[] {
  const seen = new Set<string>();
  return scenario.functions.flatMap((fn) => {
    const key = `${fn.requestsPerMonth.toString()}|${fn.durationMs.toString()}`;
    if (seen.has(key) || !billedInitMs(fn, prices)) return [];
    seen.add(key);
    return initKinks(fn, prices, base, range.from, range.to);
  });
}

/** Regional requests against the free requests; on-demand GB-seconds per architecture against the bands, and both together against the free GB-seconds. */
export function lambdaMeters(scenario: LambdaUsage, prices: LambdaPrices, month: Month): Meter<LambdaUsage>[] {
  // One scaled scenario is metered four times: work its usage out once.
  const usageOf = new WeakMap<LambdaUsage, ReturnType<typeof functionUsage>[]>();
  const usage = (scaled: LambdaUsage) => {
    let found = usageOf.get(scaled);
    if (!found) {
      const limits = concurrencyLimits(scaled.functions, limitsOf(scaled), prices, month.profile);
      const ceilings = concurrencyCeilings(scaled.functions, limitsOf(scaled), prices, month.profile);
      usageOf.set(scaled, (found = scaled.functions.map((fn, index) => functionUsage(fn, prices, month.profile, limits[index] ?? null, ceilings[index] ?? null))));
    }
    return found;
  };
  // Each function's figure counted for every function it stands for.
  const counted = (scaled: LambdaUsage, figure: (u: ReturnType<typeof functionUsage>) => Decimal | null) =>
    usage(scaled).reduce((total, u, index) => {
      const each = figure(u);
      return each === null ? total : total.plus(timesCopies(each, scaled.functions[index]!));
    }, ZERO);
  // Lambda@Edge functions bill at one price each with no free pool: they pass no threshold, and meter nothing here.
  const gbSeconds = (arch: string) => (scaled: LambdaUsage) => counted(scaled, (u) => (u.architecture === arch && !u.edge ? u.onDemandGbSeconds : null));
  const free = scenario.freeTier ? prices.freeTier : { requests: ZERO, gbSeconds: ZERO };
  // A stated provisioned share is taken up to the requests served and what its environments can run: where it meets
  // either, the provisioned and on-demand shares bend (the served requests bend only at the throttle's own kinks).
  const stated = scenario.functions.flatMap((fn, index): Meter<LambdaUsage>[] => {
    const pc = fn.provisioned;
    if (!pc?.requestsPerMonth || pc.count <= 0 || pc.hoursPerMonth <= 0) return [];
    const share = (scaled: LambdaUsage) => scaled.functions[index]!.provisioned!.requestsPerMonth!;
    const capacity = provisionedCapacity(pc.count, pc.hoursPerMonth, pc.durationMs ?? fn.durationMs);
    return [
      { quantity: (scaled) => share(scaled).minus(usage(scaled)[index]!.servedRequests), thresholds: [ZERO] },
      { quantity: (scaled) => usage(scaled)[index]!.servedRequests.minus(capacity), thresholds: [ZERO] },
    ];
  });
  return [
    ...stated,
    { quantity: (scaled) => counted(scaled, (u) => (u.edge ? null : u.servedRequests)), thresholds: [free.requests] },
    { quantity: gbSeconds('x86_64'), thresholds: [free.gbSeconds, ...bandEdges(prices.durationPerGbSecond.x86_64)] },
    { quantity: gbSeconds('arm64'), thresholds: bandEdges(prices.durationPerGbSecond.arm64) },
    { quantity: (scaled) => gbSeconds('x86_64')(scaled).plus(gbSeconds('arm64')(scaled)), thresholds: [free.gbSeconds] },
  ];
}
