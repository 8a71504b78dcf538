// What the core asks of a priced service and of a platform. A provider is a
// list of services and a list of platforms made of them; the core names none.
import type { Decimal } from './money.js';
import type { MonthProfile } from './traffic.js';
import type { LineItem, Warning } from './types.js';

/** What every service is priced with besides its own usage and prices. */
export interface Month {
  readonly profile: MonthProfile;
  /** The price table and region, as messages name them. */
  readonly where: string;
}

/**
 * A growing outlook (its requests rising month by month): month m's requests over month 1's, `factors[m − 1]`, and
 * month 1's requests, which a warning of a later month names that month's by.
 */
export interface Outlook {
  readonly factors: readonly Decimal[];
  readonly requestsPerMonth: Decimal;
}

/**
 * A quantity a service meters (requests, GB-seconds, metered messages), linear
 * in the sweep's volume between the kinks the services declare, and the levels
 * where its price changes: a free allowance running out, a band's edge.
 */
export interface Meter<S> {
  readonly quantity: (scenario: S) => Decimal;
  readonly thresholds: readonly Decimal[];
}

/**
 * One priced service. `S` is the part of a scenario it reads, `P` the part of
 * a region's price table. Line items and the volumes where they bend are
 * declared together, so that the break-even solver cannot miss a bend.
 */
export interface PricedService<S, P> {
  readonly id: string;
  /** As a person reads it: `Lambda`, `DynamoDB`. */
  readonly label: string;
  /**
   * Used alike by every platform (a table, a queue, a bucket): priced on each,
   * so that a comparison stays fair. A service only one platform uses is named
   * in that platform's list instead.
   */
  readonly shared?: boolean;
  /** The month's line items. */
  lineItems(scenario: S, prices: P, month: Month): readonly LineItem[];
  /** This service's part of `scenario` with every request count in it multiplied by `scaled`. */
  scale(scenario: S, scaled: (value: Decimal) => Decimal): Partial<S>;
  /** Volumes of the sweep where a meter stops being linear (provisioned environments filling up, say). `base`: the scenario's own volume; `range`: the sweep's, outside which none is needed. */
  kinks?(scenario: S, prices: P, month: Month, base: Decimal, range: { readonly from: Decimal; readonly to: Decimal }): readonly Decimal[];
  /** The quantities it meters, each with the levels where its price changes. */
  meters?(scenario: S, prices: P, month: Month): readonly Meter<S>[];
  /** What the service's usage makes worth saying: a lopsided bill, a payload just over a metering step. */
  checks?(scenario: S, prices: P, month: Month): readonly Warning[];
  /** What a growing outlook's later months make worth saying that month 1's checks do not: a limit month 1 is within. */
  outlookChecks?(scenario: S, prices: P, month: Month, outlook: Outlook): readonly Warning[];
  /** A service that runs a fleet says how it is sized: the solver finds its steps from that. */
  fleet?(scenario: S, prices: P, month: Month): Fleet;
}

/** A fleet of identical units (instances, tasks) sized hour by hour: what the solver needs to find where it steps. */
export interface Fleet {
  /** `EC2`, `Fargate`: as messages name it. */
  readonly label: string;
  readonly unit: 'instance' | 'task';
  /** What one unit is, as a person reads it. */
  readonly description: string;
  /** Requests the fleet serves in the month, at the scenario's own volume. */
  readonly requestsPerMonth: Decimal;
  readonly capacityPerSecond: Decimal;
  readonly minimum: number;
  readonly autoscaling: boolean;
  /**
   * False when a unit-hour does not cost the same in every hour (a Savings
   * Plan's commitment covers the floor, and the hours above it are on
   * demand): the break-even curve then prices each step on its own.
   */
  readonly stepsCostAlike?: boolean;
}

/**
 * A place a workload can run, as a list of priced services. A platform with a
 * fleet costs a step more each time an hour's traffic passes a multiple of a
 * unit's capacity; one without is continuous, bending only where its services say.
 */
export interface Platform<S, P> {
  readonly id: string;
  /** As a person reads it: `Serverless`, `EC2`. */
  readonly label: string;
  readonly services: readonly PricedService<S, P>[];
  /** Whether the scenario describes this platform. */
  present(scenario: S): boolean;
}
