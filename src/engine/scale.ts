// A scenario at another volume: every request count in it multiplied by one
// factor, everything else (memory, durations, the traffic shape, fleet
// settings, connection minutes) held fixed. This is what a sweep varies.
import { Decimal, sum } from '../model/money.js';
import type { Containers, Scenario } from '../model/types.js';

/** The monthly requests a sweep varies: the traffic's, else the containers', else all the functions' together. */
export function headlineRequests(scenario: Scenario): Decimal {
  return scenario.trafficRequests ?? scenario.containers?.requestsPerMonth ?? sum(scenario.functions.map((fn) => fn.requestsPerMonth));
}

/** `scenario` with its headline requests at `requestsPerMonth`, and every other request count in proportion. */
export function atVolume(scenario: Scenario, requestsPerMonth: Decimal): Scenario {
  const scale = scaling(scenario, requestsPerMonth);
  return {
    ...scenario,
    trafficRequests: scenario.trafficRequests === null ? null : requestsPerMonth,
    functions: scenario.functions.map((fn) => ({
      ...fn,
      requestsPerMonth: scale(fn.requestsPerMonth),
      provisioned: fn.provisioned && { ...fn.provisioned, requestsPerMonth: fn.provisioned.requestsPerMonth && scale(fn.provisioned.requestsPerMonth) },
    })),
    apiGateways: scenario.apiGateways.map((api) =>
      api.type === 'websocket' ? { ...api, messagesPerMonth: scale(api.messagesPerMonth) } : { ...api, requestsPerMonth: scale(api.requestsPerMonth) },
    ),
    containers: scenario.containers && { ...scenario.containers, requestsPerMonth: scale(scenario.containers.requestsPerMonth) },
  };
}

/** `containers` (the scenario's) as `atVolume(scenario, requestsPerMonth)` has them, for what prices them alone. */
export function containersAtVolume(scenario: Scenario, containers: Containers, requestsPerMonth: Decimal): Containers {
  return { ...containers, requestsPerMonth: scaling(scenario, requestsPerMonth)(containers.requestsPerMonth) };
}

function scaling(scenario: Scenario, requestsPerMonth: Decimal): (value: Decimal) => Decimal {
  const base = headlineRequests(scenario);
  const factor = base.isZero() ? new Decimal(0) : requestsPerMonth.dividedBy(base);
  return (value) => value.times(factor);
}
