// AWS Lambda: requests, duration in GB-seconds per architecture with its
// monthly tiers, the always-free tier, provisioned concurrency and ephemeral
// storage. https://aws.amazon.com/lambda/pricing/
import { PricingError } from '../../../core/errors.js';
import { Decimal, ONE, ZERO, min, sum } from '../../../core/money.js';
import { ARCHITECTURES } from '../architecture.js';
import { type FunctionUsage, type LambdaFunction, type LambdaPrices } from './types.js';
import { type LineItem } from '../../../core/types.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { type MonthProfile, requestsPerHour } from '../../../core/traffic.js';
import { GB_PER_MB, HOURS_PER_MONTH, MS_PER_SECOND, PER_MILLION, SECONDS_PER_HOUR, SECONDS_PER_MS, gbSeconds } from '../../../core/units.js';
import { option } from '../../../core/refer.js';

/** Ephemeral storage up to this size is free. */
const FREE_EPHEMERAL_STORAGE_MB = 512;

interface PricedUsage extends FunctionUsage {
  readonly ephemeralGbSeconds: Decimal;
}

/** Duration as billed: each invocation rounded up to the price table's granularity (1 ms since December 2020). */
export function billedDurationMs(durationMs: Decimal, granularityMs: number): Decimal {
  return durationMs.dividedBy(granularityMs).ceil().times(granularityMs);
}

/**
 * Splits a function's month between provisioned environments and on-demand
 * ones. When the scenario does not say how many invocations the provisioned
 * environments serve, each hour they are on serves at most
 * `count × 3600 s ÷ billed duration` invocations and the rest spill over to
 * on-demand; they are on during the busiest `hoursPerMonth` hours.
 */
export function functionUsage(fn: LambdaFunction, prices: LambdaPrices, profile: MonthProfile): PricedUsage {
  const billedMs = billedDurationMs(fn.durationMs, prices.billingGranularityMs);
  const busiest = profile.groups[0];
  const peakPerHour = busiest ? requestsPerHour(fn.requestsPerMonth, busiest, profile) : ZERO;
  const peakRequestsPerSecond = peakPerHour.dividedBy(SECONDS_PER_HOUR);

  let provisionedRequests = ZERO;
  let provisionedBilledMs = billedMs;
  let provisionedConfiguredGbSeconds = ZERO;
  const pc = fn.provisioned;
  if (pc && pc.count > 0 && pc.hoursPerMonth > 0) {
    if (pc.durationMs) provisionedBilledMs = billedDurationMs(pc.durationMs, prices.billingGranularityMs);
    provisionedConfiguredGbSeconds = new Decimal(pc.count).times(fn.memoryMb).times(GB_PER_MB).times(pc.hoursPerMonth).times(SECONDS_PER_HOUR);
    if (pc.requestsPerMonth) {
      provisionedRequests = min(pc.requestsPerMonth, fn.requestsPerMonth);
    } else {
      const perHourCapacity = new Decimal(pc.count).times(SECONDS_PER_HOUR).times(MS_PER_SECOND).dividedBy(provisionedBilledMs);
      // On in the busiest hours first. Hours within capacity add their exact share
      // of the month, so that environments that are never full serve every request.
      let hoursLeft = pc.hoursPerMonth;
      let uncappedWeight = ZERO;
      let cappedHours = 0;
      for (const group of profile.groups) {
        const hours = Math.min(hoursLeft, group.hours);
        if (hours === 0) break;
        hoursLeft -= hours;
        if (requestsPerHour(fn.requestsPerMonth, group, profile).greaterThan(perHourCapacity)) cappedHours += hours;
        else uncappedWeight = uncappedWeight.plus(group.weight.times(hours));
      }
      provisionedRequests = fn.requestsPerMonth.times(uncappedWeight).dividedBy(profile.totalWeight).plus(perHourCapacity.times(cappedHours));
    }
  }
  const onDemandRequests = fn.requestsPerMonth.minus(provisionedRequests);
  const onDemandSeconds = onDemandRequests.times(billedMs).times(SECONDS_PER_MS);
  const provisionedSeconds = provisionedRequests.times(provisionedBilledMs).times(SECONDS_PER_MS);
  const extraStorageMb = Math.max(0, fn.ephemeralStorageMb - FREE_EPHEMERAL_STORAGE_MB);

  return {
    name: fn.name,
    architecture: fn.architecture,
    memoryMb: fn.memoryMb,
    requestsPerMonth: fn.requestsPerMonth,
    billedDurationMs: billedMs,
    onDemandRequests,
    onDemandGbSeconds: gbSeconds(onDemandRequests, billedMs, fn.memoryMb),
    provisionedRequests,
    provisionedGbSeconds: gbSeconds(provisionedRequests, provisionedBilledMs, fn.memoryMb),
    provisionedConfiguredGbSeconds,
    peakRequestsPerSecond,
    averageConcurrency: fn.requestsPerMonth
      .times(billedMs)
      .times(SECONDS_PER_MS)
      .dividedBy(SECONDS_PER_HOUR * HOURS_PER_MONTH),
    peakConcurrency: peakRequestsPerSecond.times(billedMs).times(SECONDS_PER_MS),
    usageGiven: fn.usageGiven ?? true,
    ephemeralGbSeconds: onDemandSeconds.plus(provisionedSeconds).times(extraStorageMb).times(GB_PER_MB),
  };
}

/**
 * The Lambda line items of a month: one request line, duration per
 * architecture and price band, provisioned concurrency per architecture and
 * ephemeral storage. The free tier is one pool for all functions and both
 * architectures; its GB-seconds cover x86_64 duration first (the dearer rate),
 * then arm64. It applies to on-demand duration only, never to the
 * provisioned duration rate, as in AWS's provisioned-concurrency example.
 */
export function lambdaLineItems(
  functions: readonly LambdaFunction[],
  prices: LambdaPrices,
  profile: MonthProfile,
  freeTier: boolean,
  where: string,
): { lineItems: LineItem[]; usage: FunctionUsage[] } {
  const tooBig = functions.filter((fn) => fn.memoryMb > prices.maxMemoryMb);
  if (tooBig.length) {
    throw new PricingError(
      `pricing ${where} allows at most ${prices.maxMemoryMb} MB of memory, which function ${tooBig.map((fn) => fn.name).join(', ')} exceeds; choose a newer pricing version with ${option('pricing')}`,
    );
  }
  const usage = functions.map((fn) => functionUsage(fn, prices, profile));
  const lineItems: LineItem[] = [];

  // Requests have one flat price, billed as a single band so that the free tier is shown the same way as for duration.
  const requests = sum(usage.map((u) => u.requestsPerMonth));
  lineItems.push(
    ...tieredLineItems({
      id: 'lambda.requests',
      label: 'Lambda requests',
      countedAs: 'requests',
      unit: '1M requests',
      unitsPerCount: PER_MILLION,
      gross: requests,
      free: freeTier ? prices.freeTier.requests : ZERO,
      tiers: [{ upTo: null, usd: prices.requestsPerMillionUsd }],
    }).map((item) => ({ ...item, id: 'lambda.requests' })),
  );

  let freeGbSecondsLeft = freeTier ? prices.freeTier.gbSeconds : ZERO;
  for (const architecture of ARCHITECTURES) {
    const ofArch = usage.filter((u) => u.architecture === architecture);
    if (!ofArch.length) continue;
    const tiers = prices.durationPerGbSecond[architecture];
    if (!tiers) throw missingPrice(`${architecture} Lambda duration`, where, ofArch);
    const gross = sum(ofArch.map((u) => u.onDemandGbSeconds));
    const free = min(freeGbSecondsLeft, gross);
    freeGbSecondsLeft = freeGbSecondsLeft.minus(free);
    // When every invocation ran on provisioned environments there is no on-demand duration to show.
    const allProvisioned = gross.isZero() && ofArch.every((u) => !u.provisionedRequests.isZero());
    if (!allProvisioned) {
      lineItems.push(
        ...tieredLineItems({
          id: `lambda.duration.${architecture}`,
          label: `Duration, ${architecture}`,
          countedAs: 'GB-s',
          unit: 'GB-seconds',
          unitsPerCount: ONE,
          gross,
          free,
          tiers,
        }),
      );
    }
  }

  for (const architecture of ARCHITECTURES) {
    const provisioned = usage.filter((u) => u.architecture === architecture && !u.provisionedConfiguredGbSeconds.isZero());
    if (!provisioned.length) continue;
    const configuredPrice = prices.provisionedConcurrencyPerGbSecond[architecture];
    const durationPrice = prices.provisionedDurationPerGbSecond[architecture];
    if (!configuredPrice || !durationPrice) throw missingPrice(`${architecture} provisioned concurrency`, where, provisioned);
    const configured = sum(provisioned.map((u) => u.provisionedConfiguredGbSeconds));
    const served = sum(provisioned.map((u) => u.provisionedGbSeconds));
    lineItems.push(
      lineItem({
        id: `lambda.provisioned-concurrency.${architecture}`,
        label: `Provisioned concurrency, ${architecture}`,
        quantity: configured,
        unit: 'GB-seconds',
        unitPriceUsd: configuredPrice,
        basis: { used: configured, free: ZERO, countedAs: 'GB-s configured' },
      }),
      lineItem({
        id: `lambda.provisioned-duration.${architecture}`,
        label: `Provisioned duration, ${architecture}`,
        quantity: served,
        unit: 'GB-seconds',
        unitPriceUsd: durationPrice,
        basis: { used: sum(provisioned.map((u) => u.provisionedRequests)), free: ZERO, countedAs: 'invocations served' },
      }),
    );
  }

  const storage = usage.filter((u) => !u.ephemeralGbSeconds.isZero());
  if (storage.length) {
    if (!prices.ephemeralStoragePerGbSecond) throw missingPrice('ephemeral storage above 512 MB', where, storage);
    const storageGbSeconds = sum(storage.map((u) => u.ephemeralGbSeconds));
    lineItems.push(
      lineItem({
        id: 'lambda.ephemeral-storage',
        label: 'Ephemeral storage above 512 MB',
        quantity: storageGbSeconds,
        unit: 'GB-seconds',
        unitPriceUsd: prices.ephemeralStoragePerGbSecond,
        basis: null,
      }),
    );
  }

  return { lineItems, usage: usage.map(({ ephemeralGbSeconds: _storage, ...rest }) => rest) };
}

function missingPrice(what: string, where: string, usage: readonly FunctionUsage[]): PricingError {
  const names = usage.map((u) => u.name).join(', ');
  return new PricingError(`pricing ${where} has no ${what} price, which function ${names} needs; choose a newer pricing version with ${option('pricing')}`);
}
