// A scenario at another volume: every request count in it multiplied by one
// factor, everything else (memory, durations, the traffic shape, fleet
// settings, connection minutes) held fixed. This is what a sweep varies. Each
// service scales its own usage.
import { Decimal, sum } from '../../core/money.js';
import { scaleContainers } from './containers.js';
import { SERVICES } from './services.js';
import type { Scenario } from './types.js';

/** The monthly requests a sweep varies: the traffic's, else the containers', else all the functions' together. */
export function headlineRequests(scenario: Scenario): Decimal {
  return scenario.trafficRequests ?? scenario.containers?.requestsPerMonth ?? sum(scenario.functions.map((fn) => fn.requestsPerMonth));
}

/** `scenario` with its headline requests at `requestsPerMonth`, and every other request count in proportion. */
export function atVolume(scenario: Scenario, requestsPerMonth: Decimal): Scenario {
  const base = headlineRequests(scenario);
  const factor = base.isZero() ? new Decimal(0) : requestsPerMonth.dividedBy(base);
  const scaled = (value: Decimal) => value.times(factor);
  return Object.assign(
    { ...scenario, trafficRequests: scenario.trafficRequests === null ? null : requestsPerMonth },
    ...SERVICES.map((service) => service.scale(scenario, scaled)),
    // The containers block, which EC2, Fargate and the load balancer share, holds one request count of its own.
    scaleContainers(scenario, scaled),
  );
}
