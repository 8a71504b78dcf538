// A platform priced for a month: its services' line items added up, and, for
// a platform that runs a fleet, how the fleet ran.
import { fleetHours } from './fleet.js';
import { platformCost } from './line-item.js';
import type { Month, Platform } from './service.js';
import type { Decimal } from './money.js';
import { sum } from './money.js';
import type { FleetSummary, LineItem, PlatformCost, PlatformId } from './types.js';

/** A line item as an estimate shows it: with the service that bills it. */
export interface ServiceLineItem extends LineItem {
  /** The id of the service that bills it: `lambda`, `dynamodb`. */
  readonly service: string;
}

/** One service's part of a platform's month. */
export interface ServiceSubtotal {
  readonly id: string;
  readonly label: string;
  /** Priced alike on every platform. */
  readonly shared: boolean;
  readonly monthlyUsd: Decimal;
  readonly exactUsd: Decimal;
}

export interface PricedPlatform extends PlatformCost {
  readonly id: PlatformId;
  readonly lineItems: readonly ServiceLineItem[];
  /** Each service with a line item, in the platform's order. */
  readonly services: readonly ServiceSubtotal[];
  /** Null for a platform without a fleet. */
  readonly fleet: FleetSummary | null;
}

/** A platform's month: its services' line items added up. What a break-even curve evaluates, many times. */
export function platformCostOf<S, P>(platform: Platform<S, P>, scenario: S, prices: P, month: Month): PlatformCost {
  return platformCost(platform.services.flatMap((service) => service.lineItems(scenario, prices, month)));
}

/** A platform's month as an estimate shows it: its cost, and how its fleet ran, if it runs one. */
export function pricePlatform<S, P>(platform: Platform<S, P>, scenario: S, prices: P, month: Month): PricedPlatform {
  const services: ServiceSubtotal[] = [];
  const lineItems = platform.services.flatMap((service) => {
    const items = service.lineItems(scenario, prices, month).map((item): ServiceLineItem => ({ ...item, service: service.id }));
    if (items.length) {
      services.push({
        id: service.id,
        label: service.label,
        shared: service.shared ?? false,
        monthlyUsd: sum(items.map((item) => item.monthlyUsd)),
        exactUsd: sum(items.map((item) => item.exactUsd)),
      });
    }
    return items;
  });
  const cost = platformCost(lineItems);
  const sized = platform.services.find((service) => service.fleet);
  let fleet: FleetSummary | null = null;
  if (sized?.fleet) {
    const described = sized.fleet(scenario, prices, month);
    const { unitHours, peak, lowest } = fleetHours(described.requestsPerMonth, month.profile, described.capacityPerSecond, described.minimum, described.autoscaling);
    fleet = {
      unit: described.unit,
      description: described.description,
      capacityPerSecond: described.capacityPerSecond,
      minimum: described.minimum,
      lowest,
      peak,
      unitHours,
      autoscaling: described.autoscaling,
    };
  }
  return { id: platform.id, ...cost, lineItems, services, fleet };
}

/** The platform with the lowest monthly total; the first on a tie. */
export function cheapest(platforms: readonly PricedPlatform[]): PlatformId {
  let best = platforms[0]!;
  for (const platform of platforms.slice(1)) if (platform.monthlyUsd.lessThan(best.monthlyUsd)) best = platform;
  return best.id;
}
