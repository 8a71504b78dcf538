// The requests provisioned environments serve, when the scenario does not say.
// Requests arrive at random, so they find every provisioned environment busy
// now and then before the environments are full on average; such a request
// runs on demand. That is Erlang's loss system (M/G/c/c): the share that finds
// all c busy, B(c, a), depends on the offered load a (arrivals a second ×
// seconds a run) alone, whatever the spread of the runs' durations.
//
// The break-even solver needs the bill linear in the volume between the bends
// the services declare, so the model is worked out on a grid of the function's
// monthly volumes and joined by straight lines. The grid is anchored at the
// function's volume in the scenario itself (which the sweep's scaled copies
// keep), so the estimate at that volume is the model's own figure; it is laid
// out from there four points to a decade, closer where the share bends sharply
// (down to 256 to a decade), so that a straight line between two points is
// within INTERPOLATION_ERROR of the model; and it stops where the share no
// longer moves: below, where fewer than that share of the requests find the
// environments busy (a straight line to none at no requests); above, where the
// environments serve all but that share of what they could (flat from there).
// So a function bends a few dozen times at most, not once per hour group and
// grid point.
import { Decimal, sum, ZERO } from '../../../core/money.js';
import type { HourGroup, MonthProfile } from '../../../core/traffic.js';
import { MS_PER_HOUR } from '../../../core/units.js';
import { type Served, servedPerHourAt } from './throttling.js';
import type { LambdaFunction } from './types.js';

/**
 * The most invocations `environments` provisioned environments on for `hours` can run, one at a time each, for
 * `durationMs` each: a stated share past it is not what they can serve.
 */
export function provisionedCapacity(environments: number, hours: number, durationMs: Decimal): Decimal {
  return new Decimal(environments).times(hours).times(MS_PER_HOUR).dividedBy(durationMs);
}

/** Sweep volumes in (from, to) where the invocations `fn`'s environments are said to serve reach what they can run. `base`: the scenario's own volume. */
export function statedProvisionedKinks(fn: LambdaFunction, base: Decimal, from: Decimal, to: Decimal): Decimal[] {
  const pc = fn.provisioned;
  if (!pc?.requestsPerMonth || pc.requestsPerMonth.isZero() || pc.count <= 0 || pc.hoursPerMonth <= 0) return [];
  // the stated share at sweep volume S is S ÷ base × the stated share
  const sweep = provisionedCapacity(pc.count, pc.hoursPerMonth, pc.durationMs ?? fn.durationMs)
    .times(base)
    .dividedBy(pc.requestsPerMonth);
  return sweep.greaterThan(from) && sweep.lessThan(to) ? [sweep] : [];
}

/** Whether `fn`'s provisioned share is the model's: it has environments on, and the scenario does not say what they serve. */
export function modelsProvisioned(fn: LambdaFunction): boolean {
  const pc = fn.provisioned;
  return pc !== null && pc.count > 0 && pc.hoursPerMonth > 0 && !pc.requestsPerMonth;
}

/**
 * Erlang's B: the share of requests that find all `servers` busy under `load`
 * erlangs, by the recursion that stays stable, B(k) = a·B(k−1) ÷ (k + a·B(k−1)).
 * Each step shrinks an error in B(k−1) by about k ÷ a below the load, so for
 * many servers it starts ten standard deviations of the load below the smaller
 * of the two (the start is forgotten to far below a double's precision); and
 * past twenty of them and twenty servers above the load, fewer than one request
 * in 10^49 finds them all busy: none (1 − B is 1 in a double either way).
 */
export function erlangB(servers: number, load: number): number {
  if (load <= 0) return 0;
  const spread = Math.sqrt(load);
  if (servers > load + 20 * spread + 20) return 0;
  const from = Math.floor(Math.min(servers, load) - 10 * spread - 10);
  let blocked = from > 0 ? 1 - from / load : 1;
  for (let k = Math.max(from, 0) + 1; k <= servers; k++) blocked = (load * blocked) / (k + load * blocked);
  return blocked;
}

/**
 * The most a straight line between two grid points may differ from the model,
 * as a share of the requests offered to the provisioned hours: checked at
 * points between them as the grid is laid out (a test checks it everywhere,
 * docs/cold-starts.md states it).
 */
export const INTERPOLATION_ERROR = 0.002;

/** A line is taken where it is within this share of the error at the points it is checked at. */
const LINE_CHECK = 0.8;

/** The grid's finest step: a 256th of a decade. Its points are the anchor × 10^(j/256). */
const STEPS_PER_DECADE = 256;

/** The steps tried from each grid point, coarsest first: 4 to a decade down to 256. */
const STEPS = [64, 32, 16, 8, 4, 2, 1];

/** Grid points a function has at most, whatever its shape (the bends it adds to a sweep). */
export const MAX_GRID_POINTS = 60;

/** The hours the environments are on, busiest first: each group's hours on and its share of the month's requests an hour. */
interface OnHours {
  readonly group: HourGroup;
  readonly hours: number;
  /** weight ÷ total weight: requests an hour = monthly requests × share. */
  readonly share: number;
}

/** The model's figures for one function's provisioned environments, and its grid. */
interface Grid {
  readonly count: number;
  readonly runMs: number;
  readonly on: readonly OnHours[];
  /** Monthly volumes, ascending; the anchor among them. */
  readonly volumes: readonly Decimal[];
  /** At each volume, what each group's hours serve (hours × requests an hour × (1 − B)). */
  readonly perGroup: readonly (readonly Decimal[])[];
  /** Their sum. */
  readonly total: readonly Decimal[];
}

/** The hours `fn`'s environments are on: the busiest `hoursPerMonth` of the month. */
function onHours(hoursPerMonth: number, profile: MonthProfile): OnHours[] {
  const on: OnHours[] = [];
  let hoursLeft = hoursPerMonth;
  for (const group of profile.groups) {
    const hours = Math.min(hoursLeft, group.hours);
    if (hours === 0) break;
    hoursLeft -= hours;
    if (!group.weight.isZero()) on.push({ group, hours, share: group.weight.dividedBy(profile.totalWeight).toNumber() });
  }
  return on;
}

/** What `count` environments serve in an hour offered `perHour` requests of `runMs` each, by the model. */
function servedInAnHour(perHour: number, count: number, runMs: number): number {
  return perHour * (1 - erlangB(count, (perHour / MS_PER_HOUR) * runMs));
}

/** A model's figure as an exact Decimal, to 15 digits, so that it is the same wherever it is worked out. */
const decimal = (value: number) => new Decimal(value.toPrecision(15));

/** The grid point j steps of a 256th of a decade from the anchor. */
const volumeAt = (anchor: Decimal, j: number) => (j === 0 ? anchor : anchor.times(new Decimal((10 ** (j / STEPS_PER_DECADE)).toPrecision(12))));

/**
 * Lays out the grid from the anchor (see the head of this file). Whether the
 * share has settled below or above a point, and how far a step may go, are
 * judged in floating point; the points and the model's figures at them are
 * exact Decimals.
 */
function layOut(anchor: Decimal, count: number, runMs: number, on: readonly OnHours[]): Grid {
  const anchorNumber = anchor.toNumber();
  // The model's total and the requests offered, at the lattice's points, in floating point.
  const served = new Map<number, number>();
  const offeredShare = on.reduce((total, o) => total + o.hours * o.share, 0);
  const offeredAt = (j: number) => anchorNumber * 10 ** (j / STEPS_PER_DECADE) * offeredShare;
  const servedAt = (j: number) => {
    let found = served.get(j);
    if (found === undefined) {
      const volume = anchorNumber * 10 ** (j / STEPS_PER_DECADE);
      found = 0;
      for (const o of on) found += o.hours * servedInAnHour(volume * o.share, count, runMs);
      served.set(j, found);
    }
    return found;
  };
  const capacity = on.reduce((total, o) => total + o.hours, 0) * ((count * MS_PER_HOUR) / runMs);
  // Settled below: a line to none at no requests is within the error (every request served but that share).
  const settledBelow = (j: number) => offeredAt(j) - servedAt(j) <= INTERPOLATION_ERROR * offeredAt(j);
  // Settled above: staying flat is within the error (the environments serve all they could but that share of the offer).
  const settledAbove = (j: number) => capacity - servedAt(j) <= INTERPOLATION_ERROR * offeredAt(j);
  // Whether the straight line from point i to point j is within the error at a quarter, half and three quarters of the
  // way (the point between, for a step of two), with a fifth to spare for the volumes between those (a test checks everywhere).
  const lineHolds = (i: number, j: number) => {
    const [low, high] = i < j ? [i, j] : [j, i];
    const span = high - low;
    const v0 = 10 ** (low / STEPS_PER_DECADE);
    const v1 = 10 ** (high / STEPS_PER_DECADE);
    const y0 = servedAt(low);
    const y1 = servedAt(high);
    for (let k = 1; k < 4; k++) {
      if ((k * span) % 4 !== 0) continue;
      const at = low + (k * span) / 4;
      const v = 10 ** (at / STEPS_PER_DECADE);
      if (servedAt(at) - (y0 + ((y1 - y0) * (v - v0)) / (v1 - v0)) > LINE_CHECK * INTERPOLATION_ERROR * offeredAt(at)) return false;
    }
    return true;
  };
  // The last point from j on in `direction` at which `settled` still holds (it holds at j): doubling, then halving.
  const lastSettled = (j: number, direction: 1 | -1, settled: (k: number) => boolean) => {
    let inside = j;
    let outside = j + direction;
    while (settled(outside) && Math.abs(outside - j) < 64 * STEPS_PER_DECADE) [inside, outside] = [outside, j + 2 * (outside - j)];
    while (Math.abs(outside - inside) > 1) {
      const middle = Math.trunc((inside + outside) / 2);
      if (settled(middle)) inside = middle;
      else outside = middle;
    }
    return inside;
  };
  const walk = (direction: 1 | -1, settledAhead: (k: number) => boolean, settledBehind: (k: number) => boolean) => {
    const points: number[] = [];
    let j = 0;
    // From a point where the share has settled the other way (the anchor far below the bend, going up), one step to the last such point.
    if (settledBehind(0)) {
      const last = lastSettled(0, direction, settledBehind);
      if (last !== 0) points.push((j = last));
    }
    while (!settledAhead(j) && points.length < 4 * MAX_GRID_POINTS) {
      const step = STEPS.find((s) => s === 1 || lineHolds(j, j + direction * s))!;
      points.push((j += direction * step));
    }
    return points;
  };
  const up = walk(1, settledAbove, settledBelow);
  const down = walk(-1, settledBelow, settledAbove);
  let indices = [...down.reverse(), 0, ...up];
  // A shape whose share bends over more decades than the grid may hold (hour groups far apart): the points nearest the anchor.
  if (indices.length > MAX_GRID_POINTS) {
    const anchorAt = down.length;
    const from = Math.max(0, Math.min(anchorAt - Math.floor(MAX_GRID_POINTS / 2), indices.length - MAX_GRID_POINTS));
    indices = indices.slice(from, from + MAX_GRID_POINTS);
  }
  const perGroup = indices.map((j) => {
    const volume = anchorNumber * 10 ** (j / STEPS_PER_DECADE);
    return on.map((o) => decimal(o.hours * servedInAnHour(volume * o.share, count, runMs)));
  });
  return {
    count,
    runMs,
    on,
    volumes: indices.map((j) => volumeAt(anchor, j)),
    perGroup,
    total: perGroup.map((served) => sum(served)),
  };
}

const grids = new WeakMap<MonthProfile, Map<string, Grid>>();

/** The volume `fn`'s grid is anchored at: its requests in the scenario itself, which a copy the sweep scales keeps (its own, if none). */
export function anchorOf(fn: LambdaFunction): Decimal {
  const anchor = fn.scenarioRequestsPerMonth;
  return anchor && anchor.greaterThan(0) ? anchor : fn.requestsPerMonth;
}

/** `fn`'s grid, worked out once per shape and anchor; null when it has no requests to anchor it. */
function gridOf(fn: LambdaFunction, profile: MonthProfile): Grid | null {
  const pc = fn.provisioned!;
  const anchor = anchorOf(fn);
  if (anchor.lessThanOrEqualTo(0)) return null;
  // An environment is busy while an invocation runs, not for the duration billed (throttling.ts).
  const runMs = pc.durationMs ?? fn.durationMs;
  let byShape = grids.get(profile);
  if (!byShape) grids.set(profile, (byShape = new Map()));
  const key = `${pc.count}|${pc.hoursPerMonth}|${runMs.toString()}|${anchor.toString()}`;
  let grid = byShape.get(key);
  if (!grid) {
    if (byShape.size >= 1000) byShape.clear();
    grid = layOut(anchor, pc.count, runMs.toNumber(), onHours(pc.hoursPerMonth, profile));
    byShape.set(key, grid);
  }
  return grid;
}

/** The index of the last grid volume at or below `volume`, or −1. */
function pointBelow(volumes: readonly Decimal[], volume: Decimal): number {
  let low = -1;
  let high = volumes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (volumes[middle]!.lessThanOrEqualTo(volume)) low = middle;
    else high = middle;
  }
  return low;
}

/** The straight line through (x0, y0) and (x1, y1), at x. */
const line = (x0: Decimal, y0: Decimal, x1: Decimal, y1: Decimal, x: Decimal) => y0.plus(y1.minus(y0).times(x.minus(x0)).dividedBy(x1.minus(x0)));

/**
 * What `fn`'s provisioned environments serve in a month, when the scenario
 * does not say: on in the busiest `hoursPerMonth` hours, each hour serving the
 * requests offered to it less those that find every environment busy, on the
 * grid. `served`: its month under its concurrency limit; `ceiling`: that limit
 * whether reached or not (null: none). An hour over the limit offers the
 * environments what the limit lets through, and serves the model's figure at
 * that rate; the volume where it first is over is a grid point of its hours
 * (a bend the limit declares), so that the month stays continuous there.
 */
export function provisionedRequests(fn: LambdaFunction, profile: MonthProfile, served: Served, ceiling: Decimal | null): Decimal {
  const volume = fn.requestsPerMonth;
  if (volume.lessThanOrEqualTo(0)) return ZERO;
  const perHourLimit = ceiling && servedPerHourAt(ceiling, fn.durationMs);
  // At the anchor, a grid point: the model's own figures, without laying the grid out (what an estimate at the scenario's volume asks).
  if (volume.equals(anchorOf(fn))) return Decimal.min(atAnchor(fn, profile, perHourLimit), served.requests);
  const grid = gridOf(fn, profile);
  if (!grid) return ZERO;
  const { volumes, total, perGroup } = grid;
  const below = pointBelow(volumes, volume);
  const last = volumes.length - 1;
  // Where each group's hours reach the limit: the monthly volume at which they are offered what it lets through.
  const full = perHourLimit ? grid.on.map((o) => perHourLimit.times(profile.totalWeight).dividedBy(o.group.weight)) : null;
  // No group reaches the limit before the next grid point: the line between the points, their sums.
  const next = below < last ? volumes[below + 1]! : null;
  if (!full || (next && full.every((volumeFull) => volumeFull.greaterThan(next)))) {
    return Decimal.min(lineAt(volumes, total, below, volume, null), served.requests);
  }
  let requestsServed = ZERO;
  grid.on.forEach((o, index) => {
    const at = perGroup.map((served) => served[index]!);
    const volumeFull = full[index]!;
    if (volume.greaterThanOrEqualTo(volumeFull)) {
      requestsServed = requestsServed.plus(servedAtLimit(grid, index, perHourLimit!));
      return;
    }
    const end = { volume: volumeFull, served: () => servedAtLimit(grid, index, perHourLimit!) };
    requestsServed = requestsServed.plus(lineAt(volumes, at, below, volume, end));
  });
  return Decimal.min(requestsServed, served.requests);
}

/** What `fn`'s provisioned hours serve at its anchor, as its grid has it there: each group's hours over the limit at the limit's rate. */
function atAnchor(fn: LambdaFunction, profile: MonthProfile, perHourLimit: Decimal | null): Decimal {
  const pc = fn.provisioned!;
  const count = pc.count;
  const runMs = (pc.durationMs ?? fn.durationMs).toNumber();
  const volume = fn.requestsPerMonth;
  const anchor = volume.toNumber();
  let requestsServed = ZERO;
  for (const o of onHours(pc.hoursPerMonth, profile)) {
    const over = perHourLimit && volume.greaterThanOrEqualTo(perHourLimit.times(profile.totalWeight).dividedBy(o.group.weight));
    requestsServed = requestsServed.plus(decimal(o.hours * servedInAnHour(over ? perHourLimit.toNumber() : anchor * o.share, count, runMs)));
  }
  return requestsServed;
}

/**
 * The grid's line at `volume` (whose last point at or below is `below`), over
 * figures `at` its points: to none at no requests below the first; flat past
 * the last. `end`: a point of these hours' own past which they serve no more
 * (where they reach the limit), that cuts the line short.
 */
function lineAt(volumes: readonly Decimal[], at: readonly Decimal[], below: number, volume: Decimal, end: { volume: Decimal; served: () => Decimal } | null): Decimal {
  if (below >= 0 && volumes[below]!.equals(volume)) return at[below]!;
  const x0 = below >= 0 ? volumes[below]! : ZERO;
  const y0 = below >= 0 ? at[below]! : ZERO;
  const next = below + 1 < volumes.length ? below + 1 : null;
  if (end && (next === null || end.volume.lessThanOrEqualTo(volumes[next]!))) return line(x0, y0, end.volume, end.served(), volume);
  if (next === null) return y0;
  return line(x0, y0, volumes[next]!, at[next]!, volume);
}

const atLimit = new WeakMap<Grid, Map<string, Decimal>>();

/** What group `index`'s hours serve offered `perHour` requests each: the model's figure at that rate, as at a grid point. */
function servedAtLimit(grid: Grid, index: number, perHour: Decimal): Decimal {
  let known = atLimit.get(grid);
  if (!known) atLimit.set(grid, (known = new Map()));
  const key = `${index}|${perHour.toString()}`;
  let served = known.get(key);
  if (served === undefined) {
    const o = grid.on[index]!;
    served = decimal(o.hours * servedInAnHour(perHour.toNumber(), grid.count, grid.runMs));
    if (known.size >= 1000) known.clear();
    known.set(key, served);
  }
  return served;
}

/** Sweep volumes in (from, to) where `fn`'s provisioned share bends: its grid points. `base`: the sweep's volume at the scenario's own. */
export function provisionedKinks(fn: LambdaFunction, profile: MonthProfile, base: Decimal, from: Decimal, to: Decimal): Decimal[] {
  if (fn.requestsPerMonth.isZero()) return [];
  const grid = gridOf(fn, profile);
  if (!grid) return [];
  const kinks: Decimal[] = [];
  for (const volume of grid.volumes) {
    // the function's volume at sweep volume S is S ÷ base × its requests
    const sweep = volume.times(base).dividedBy(fn.requestsPerMonth);
    if (sweep.greaterThan(from) && sweep.lessThan(to)) kinks.push(sweep);
  }
  return kinks;
}

/** The monthly volumes of `fn`'s grid, ascending (its bends over any sweep, at most): none when it has no requests. */
export function gridVolumes(fn: LambdaFunction, profile: MonthProfile): readonly Decimal[] {
  return gridOf(fn, profile)?.volumes ?? [];
}
