// Cold starts: how many a month, what share of requests, and how long each
// adds; and what provisioned concurrency or keep-warm pings would cost to
// remove them. Counts are estimates (binary floating point is fine for them);
// money stays Decimal. The model and its limits are in docs/cold-starts.md.
import type { LambdaFunction, Runtime } from './types.js';
import type { HourRun } from '../../../core/traffic.js';
import { SECONDS_PER_HOUR, SECONDS_PER_MINUTE } from '../../../core/units.js';

/** Cold-start latency by runtime, p50 and p99 in ms: the source documents' benchmark table. */
export const RUNTIME_COLD_START_MS: Readonly<Record<Runtime, { p50: number; p99: number }>> = {
  nodejs: { p50: 170, p99: 350 },
  python: { p50: 180, p99: 400 },
  go: { p50: 80, p99: 180 },
  rust: { p50: 12, p99: 30 },
  java: { p50: 3000, p99: 6000 },
  java_snapstart: { p50: 200, p99: 500 },
  dotnet_aot: { p50: 250, p99: 500 },
};
/** "Deployment package size: 50 MB zip → ~150 ms extra." */
export const MS_PER_PACKAGE_MB = 3;
/** "VPC attachment … now ~1 second with Hyperplane ENIs", as the documents put it. */
const VPC_MS = 1000;

export interface ColdStarts {
  /** Net of what the function's own provisioned concurrency covers. */
  readonly perMonth: number;
  /** Of the function's requests. */
  readonly share: number;
  /** From an environment reclaimed after sitting idle longer than the idle timeout (before provisioned concurrency). */
  readonly fromIdle: number;
  /** From more environments being needed than the hour before. */
  readonly fromScaleUp: number;
  readonly addedLatencyMs: { readonly p50: number; readonly p99: number } | null;
  /** Environments the busiest hour needs: what provisioned concurrency would have to cover. */
  readonly peakEnvironments: number;
  /** The month's runs of alike hours, in order (see hourRuns). */
  readonly perRun: readonly RunColdStarts[];
  /** Those of the first environment alone: what a keep-warm ping can prevent. */
  readonly firstEnvironment: number;
}

/** ln(n!), exactly summed for small n and by Stirling's series above. */
function lnFactorial(n: number): number {
  if (n < 20) {
    let sum = 0;
    for (let k = 2; k <= n; k++) sum += Math.log(k);
    return sum;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** ln P(N = k) for N ~ Poisson(mean), k ≥ 1, mean > 0: Stirling's series written around k/mean, so that no large terms cancel. */
function lnPoisson(k: number, mean: number): number {
  if (k < 20) return -mean + k * Math.log(mean) - lnFactorial(k);
  const d = k / mean - 1;
  // −mean + k·ln(mean) − ln k!  =  −mean·((1 + d)·ln(1 + d) − d) − ½·ln(2πk) − 1/(12k) + 1/(360k³)
  return -mean * ((1 + d) * Math.log1p(d) - d) - 0.5 * Math.log(2 * Math.PI * k) - 1 / (12 * k) + 1 / (360 * k ** 3);
}

/** Past this many levels in a window, levels are taken in blocks (see poissonTails). */
const MAX_LEVELS = 20_000;

/**
 * P(N ≥ k) for N ~ Poisson(mean) where it is neither 1 nor negligible: the
 * levels below `first` have a tail of 1 to within 1e-20 (more than ten
 * standard deviations below the mean) and those past the window of 0, so a
 * busy hour's thousands of always-busy environments cost one multiplication,
 * not one term each. A window wider than MAX_LEVELS (a mean above about a
 * million environments, far past any account's concurrency) is taken in
 * blocks of `stride` levels, each entry standing for its block: the tails
 * change little over a block a thousandth of a standard deviation wide, and
 * the work stays the same however large the mean.
 */
function poissonTails(mean: number): { first: number; stride: number; tails: number[] } {
  const spread = 10 * Math.sqrt(mean) + 10;
  const first = Math.max(0, Math.floor(mean - spread));
  // Summing millions of terms in floating point may never quite reach 1: stop as far above the mean as below.
  const last = Math.ceil(mean + spread);
  const stride = Math.max(1, Math.ceil((last - first + 1) / MAX_LEVELS));
  const tails: number[] = [];
  let cumulative = 0;
  if (stride === 1) {
    let term = first === 0 ? Math.exp(-mean) : Math.exp(lnPoisson(first, mean));
    for (let k = first; k <= last; k++) {
      const tail = 1 - cumulative;
      if (tail < 1e-12 && k > mean) break;
      tails.push(Math.max(0, tail));
      cumulative += term;
      term *= mean / (k + 1);
    }
    return { first, stride, tails };
  }
  for (let k = first; k <= last; k += stride) {
    const tail = 1 - cumulative;
    if (tail < 1e-12 && k > mean) break;
    tails.push(Math.max(0, tail));
    // The block's probability by the midpoint rule: the terms are smooth over a block this narrow.
    cumulative += stride * Math.exp(lnPoisson(k + (stride - 1) / 2, mean));
  }
  return { first, stride, tails };
}

export interface RunColdStarts extends HourRun {
  /** Cold starts in each hour of the run from environments that idled out… */
  readonly coldPerHour: number;
  /** …and, in its first hour alone, those of the environments it needs more than the hour before. */
  readonly scaleUp: number;
  /** Environments each hour of the run needs or keeps warm. */
  readonly environments: number;
}

interface HourColdStarts {
  readonly cold: number;
  readonly first: number;
  readonly warm: number;
  readonly needed: number;
}

/** One hour at `rate`; with `upTo`, only the cold starts of the first `upTo` environments. */
function hourColdStarts(rate: number, seconds: number, idleSeconds: number, upTo = Infinity): HourColdStarts {
  if (rate <= 0) return { cold: 0, first: 0, warm: 0, needed: 0 };
  const { first, stride, tails } = poissonTails(rate * seconds);
  const levelCold = (level: number) => SECONDS_PER_HOUR * level * Math.exp(-level * idleSeconds);
  let cold = Math.min(first, upTo) * levelCold(rate);
  let warm = rate * idleSeconds >= 1 ? first : 0;
  tails.forEach((tail, index) => {
    const level = rate * tail;
    // The environments of this entry's block that are among the first `upTo`.
    const counted = Math.min(stride, Math.max(0, upTo - (first + index * stride)));
    cold += counted * levelCold(level);
    if (level * idleSeconds >= 1) warm += stride;
  });
  return { cold, first: levelCold(rate), warm, needed: Math.max(1, Math.ceil(rate * seconds - 1e-9)) };
}

/**
 * One hour of a function invoked on a clock (a schedule), not at random: its
 * runs come evenly spaced, 1/rate seconds apart. The n environments that
 * overlapping runs need take them in turn, so each starts a run every n/rate
 * seconds and sits idle for n/rate less the run's `seconds` between them (the
 * idle timeout counts from the end of a run): longer than the idle timeout,
 * every run starts cold; within it, none does, and the n stay warm.
 */
function clockHourColdStarts(rate: number, seconds: number, idleSeconds: number, upTo = Infinity): HourColdStarts {
  if (rate <= 0) return { cold: 0, first: 0, warm: 0, needed: 0 };
  const needed = Math.max(1, Math.ceil(rate * seconds - 1e-9));
  const reclaimed = needed / rate - seconds > idleSeconds;
  const perHour = SECONDS_PER_HOUR * rate;
  return { cold: reclaimed ? perHour * Math.min(1, upTo / needed) : 0, first: reclaimed ? perHour / needed : 0, warm: reclaimed ? 0 : needed, needed };
}

/**
 * The closed form. In an hour, requests arrive at random at rate λ a second
 * and each holds an environment for its duration d, so the number busy
 * at any moment is Poisson with mean ρ = λd. The k-th environment is needed by
 * the arrivals that find at least k − 1 busy, at rate r_k = λ · P(N ≥ k − 1);
 * it is reclaimed after T idle seconds, so such an arrival is cold when the
 * k-th environment went unneeded for T, with probability e^(−r_k·T). Cold
 * starts an hour: 3,600 · Σ_k r_k · e^(−r_k·T). On top, each hour whose traffic
 * keeps more environments warm (r_k·T ≥ 1) than the hour before starts the
 * extra ones cold. Hours of a run are alike, so each run is worked out once.
 */
function monthOfRuns(fn: LambdaFunction, runs: readonly HourRun[], idleTimeoutMinutes: number, upTo = Infinity, limit: number | null = null): HourColdStarts[] {
  const requests = fn.requestsPerMonth.toNumber();
  // An environment is busy while an invocation runs, not for the duration billed (throttling.ts).
  const seconds = fn.durationMs.toNumber() / 1000;
  // A throttled request never starts an environment: an hour over the limit runs at the rate the limit serves. A limit
  // of none serves nothing, also where the duration is too short for a double's seconds (5e-324 ms is 0 s: 0 / 0).
  const highest = limit === null ? Infinity : limit <= 0 ? 0 : limit / seconds;
  // A schedule's runs come on a clock; every other way in, at random.
  const hourOf = fn.trigger === 'schedule' ? clockHourColdStarts : hourColdStarts;
  // Runs of the same rate recur (every day's busy hours): work each distinct one out once.
  const byRate = new Map<number, HourColdStarts>();
  return runs.map((run) => {
    const rate = Math.min(highest, (requests * run.share) / SECONDS_PER_HOUR);
    let hour = byRate.get(rate);
    if (!hour) byRate.set(rate, (hour = hourOf(rate, seconds, idleTimeoutMinutes * SECONDS_PER_MINUTE, upTo)));
    return hour;
  });
}

/**
 * Extra environments started cold in the first hour of each run, because it keeps more
 * warm than the hour before (the month wraps around); with `upTo`, only up to that many.
 * Later hours of a run keep as many as the hour before them.
 */
function scaleUps(hours: readonly HourColdStarts[], upTo = Infinity): number[] {
  return hours.map((hour, index) => {
    const before = hours[(index + hours.length - 1) % hours.length]!;
    return Math.max(0, Math.min(hour.warm, upTo) - Math.min(before.warm, upTo));
  });
}

/**
 * The cold starts that `count` environments of provisioned concurrency, on all month, would take away in each run of
 * `runs` (its hours' and its first hour's scale-up): those of the first `count` environments, never of the ones past
 * them that the busiest moments still start cold; `limit`: the function's concurrency limit, if any.
 */
export function coldStartsCoveredByRun(count: number, fn: LambdaFunction, runs: readonly HourRun[], idleTimeoutMinutes: number, limit: number | null = null): number[] {
  const hours = monthOfRuns(fn, runs, idleTimeoutMinutes, count, limit);
  const ups = scaleUps(hours, count);
  return hours.map((hour, index) => hour.cold * runs[index]!.hours + ups[index]!);
}

/** The cold starts that `count` environments of provisioned concurrency, on all month, would take away; `limit`: the function's concurrency limit, if any. */
export function coldStartsCoveredBy(count: number, fn: LambdaFunction, runs: readonly HourRun[], idleTimeoutMinutes: number, limit: number | null = null): number {
  return coldStartsCoveredByRun(count, fn, runs, idleTimeoutMinutes, limit).reduce((a, b) => a + b, 0);
}

/** A function's cold starts a month; `limit`: its concurrency limit, above which requests are throttled and start nothing. */
export function coldStarts(fn: LambdaFunction, runs: readonly HourRun[], idleTimeoutMinutes: number, limit: number | null = null): ColdStarts {
  const requests = fn.requestsPerMonth.toNumber();
  const hours = monthOfRuns(fn, runs, idleTimeoutMinutes, Infinity, limit);
  const ups = scaleUps(hours);
  let fromIdle = 0;
  let fromScaleUp = 0;
  let firstEnvironment = 0;
  let monthHours = 0;
  const perRun = hours.map((hour, index) => {
    const run = runs[index]!;
    fromIdle += hour.cold * run.hours;
    fromScaleUp += ups[index]!;
    firstEnvironment += hour.first * run.hours;
    monthHours += run.hours;
    return { share: run.share, hours: run.hours, coldPerHour: hour.cold, scaleUp: ups[index]!, environments: Math.max(hour.needed, hour.warm) };
  });
  // Provisioned environments are never cold: take away what they cover, in the share of the month they are on.
  const provisioned = fn.provisioned && fn.provisioned.count > 0 ? fn.provisioned : null;
  const covered = provisioned ? coldStartsCoveredBy(provisioned.count, fn, runs, idleTimeoutMinutes, limit) * Math.min(1, provisioned.hoursPerMonth / monthHours) : 0;
  const perMonth = Math.max(0, fromIdle + fromScaleUp - covered);
  const latencyMs = fn.runtime ? RUNTIME_COLD_START_MS[fn.runtime] : null;
  const extraMs = (fn.packageMb ?? 0) * MS_PER_PACKAGE_MB + (fn.vpc ? VPC_MS : 0);
  return {
    perMonth,
    share: requests > 0 ? Math.min(1, perMonth / requests) : 0,
    fromIdle,
    fromScaleUp,
    addedLatencyMs: latencyMs && { p50: latencyMs.p50 + extraMs, p99: latencyMs.p99 + extraMs },
    peakEnvironments: perRun.reduce((peak, run) => Math.max(peak, run.environments), 0),
    perRun,
    firstEnvironment,
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so that a simulation gives the same count every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same month simulated request by request: random arrivals hour by hour,
 * a pool of environments, each busy for the duration, reclaimed after the idle
 * timeout. For checking the closed form, not for the estimate.
 */
export function simulateColdStarts(requestsPerMonth: number, durationSeconds: number, shares: readonly number[], idleTimeoutMinutes: number, seed = 1): number {
  const random = seededRandom(seed);
  const idleSeconds = idleTimeoutMinutes * SECONDS_PER_MINUTE;
  const busyUntil: number[] = [];
  const lastUsed: number[] = [];
  let cold = 0;
  shares.forEach((share, hour) => {
    const rate = (requestsPerMonth * share) / SECONDS_PER_HOUR;
    if (rate <= 0) return;
    let t = hour * SECONDS_PER_HOUR;
    for (;;) {
      t += -Math.log(1 - random()) / rate;
      if (t >= (hour + 1) * SECONDS_PER_HOUR) break;
      let chosen = -1;
      for (let i = 0; i < busyUntil.length; i++) {
        if (busyUntil[i]! <= t && t - lastUsed[i]! <= idleSeconds && (chosen < 0 || lastUsed[i]! > lastUsed[chosen]!)) chosen = i;
      }
      if (chosen < 0) {
        cold++;
        const reclaimed = busyUntil.findIndex((until, i) => until <= t && t - lastUsed[i]! > idleSeconds);
        chosen = reclaimed >= 0 ? reclaimed : busyUntil.push(0) - 1;
        if (reclaimed < 0) lastUsed.push(0);
      }
      busyUntil[chosen] = t + durationSeconds;
      lastUsed[chosen] = t + durationSeconds;
    }
  });
  return cold;
}
