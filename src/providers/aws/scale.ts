// A scenario at another volume: every request count in it multiplied by one
// factor, everything else (memory, durations, the traffic shape, fleet
// settings, connection minutes) held fixed. This is what a sweep varies. Each
// service scales its own usage.
import { Decimal, sum } from '../../core/money.js';
import { MB_PER_GB, MS_PER_SECOND, SECONDS_PER_MINUTE } from '../../core/units.js';
import { scaleContainers } from './containers.js';
import { lambda, type LambdaFunction, timesCopies } from './lambda/index.js';
import { SERVICES } from './services.js';
import type { Scenario } from './types.js';

/** The monthly requests a sweep varies: the traffic's, else the containers', else all the functions' together. */
export function headlineRequests(scenario: Scenario): Decimal {
  return scenario.trafficRequests ?? scenario.containers?.requestsPerMonth ?? sum(scenario.functions.map((fn) => timesCopies(fn.requestsPerMonth, fn)));
}

/** What `slcost decide` reads off a scenario, in the units it asks them in: the headline requests, the longest average run and the largest memory. */
export function decisionFigures(scenario: Scenario): { requestsPerMonth: Decimal; longestRunMinutes: Decimal; largestMemoryGb: Decimal } {
  const longestMs = scenario.functions.reduce((most, fn) => Decimal.max(most, fn.durationMs), new Decimal(0));
  const largestMb = scenario.functions.reduce((most, fn) => Math.max(most, fn.memoryMb), 0);
  return {
    requestsPerMonth: headlineRequests(scenario),
    longestRunMinutes: longestMs.dividedBy(MS_PER_SECOND).dividedBy(SECONDS_PER_MINUTE),
    largestMemoryGb: new Decimal(largestMb).dividedBy(MB_PER_GB),
  };
}

/** `scenario` with its headline requests at `requestsPerMonth`, and every other request count in proportion. */
export function atVolume(scenario: Scenario, requestsPerMonth: Decimal): Scenario {
  const factor = volumeFactor(headlineRequests(scenario), requestsPerMonth);
  const scaled = (value: Decimal) => value.times(factor);
  return Object.assign(
    { ...scenario, trafficRequests: scenario.trafficRequests === null ? null : requestsPerMonth },
    ...SERVICES.map((service) => service.scale(scenario, scaled)),
    // The containers block, which EC2, Fargate and the load balancer share, holds one request count of its own.
    scaleContainers(scenario, scaled),
  );
}

/** What atVolume multiplies every request count by to bring a scenario's headline requests, `base`, to `requestsPerMonth`. */
export function volumeFactor(base: Decimal, requestsPerMonth: Decimal): Decimal {
  return base.isZero() ? new Decimal(0) : requestsPerMonth.dividedBy(base);
}

/**
 * One of `scenario`'s functions with its request counts multiplied by `factor`
 * (volumeFactor), as atVolume scales it, the rest of the scenario left alone:
 * for a month in which one function grows and the others do not.
 */
export function functionScaled(scenario: Scenario, fn: LambdaFunction, factor: Decimal): LambdaFunction {
  return lambda.scale({ ...scenario, functions: [fn] }, (value) => value.times(factor)).functions![0]!;
}
