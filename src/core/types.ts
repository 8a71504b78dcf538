// The vocabulary of the cost core: price bands, line items, platform totals,
// crossovers and budgets. It names no provider and no service.
import type { Level } from './ranges.js';
import type { Decimal } from './money.js';

/** One price band: quantities up to `upTo` (exclusive of what the previous band took) cost `usd` each unit. `upTo` null means unbounded. */
export interface Tier {
  readonly upTo: Decimal | null;
  readonly usd: Decimal;
}

export type TrafficShape =
  | { readonly pattern: 'steady' }
  | { readonly pattern: 'diurnal'; readonly busyHoursPerDay: number; readonly peakToAverage: Decimal }
  | { readonly pattern: 'spiky'; readonly eventDays: number; readonly eventMultiplier: Decimal }
  | { readonly pattern: 'custom'; readonly hourlyWeights: readonly Decimal[] };

export interface UsageBasis {
  readonly used: Decimal;
  readonly free: Decimal;
  /** What `used` counts, e.g. `requests`, `GB-s`, `invocations served`. */
  readonly countedAs: string;
  /** What the part not billed is, when it is not a free tier: `included` (in a plan's monthly price). */
  readonly freeAs?: string;
}

export interface LineItem {
  /** Stable identifier, e.g. `lambda.duration.arm64.tier-1`. */
  readonly id: string;
  readonly label: string;
  readonly quantity: Decimal;
  /** What one unit of `quantity` is, e.g. `GB-seconds`, `1M requests`. */
  readonly unit: string;
  readonly unitPriceUsd: Decimal;
  /** quantity × unit price, unrounded. */
  readonly exactUsd: Decimal;
  /** The exact amount rounded to the cent, half up, as AWS rounds each line of a bill and of its worked examples. */
  readonly monthlyUsd: Decimal;
  /** How the quantity was reached: the month's usage in counted units and the free part taken off it. */
  readonly basis: UsageBasis | null;
}

export interface Warning {
  readonly id: string;
  readonly message: string;
  /** The figures behind a cost-bomb warning, for machines to read beside the message. */
  readonly costBomb?: CostBombFigures;
}

/** The worst month one way in allows, and the limit that would bound it. */
export interface CostBombFigures {
  /** The bill with that way's traffic at its cap all month, as a bill is printed (its lines in cents, added up). */
  readonly worstMonthUsd: Decimal;
  /** The month's bill as printed above the warning. */
  readonly expectedMonthlyUsd: Decimal;
  readonly multiple: number;
  /** The function that is the way in; null for the API, which is the way in for every function behind it. */
  readonly function: string | null;
  /** What caps the way's traffic: the API's throttle, the function's reserved concurrency, the account's unreserved concurrency, or its stream's shards. */
  readonly cappedBy: 'api_throttle' | 'reserved_concurrency' | 'account_concurrency_limit' | 'stream_shards' | 'queue_maximum_concurrency';
  /** The highest limit that keeps the worst month within the multiple and is not below the peak; null when no such limit exists. */
  readonly suggestedLimit: Decimal | null;
  readonly unit: 'requests_per_second' | 'concurrent_executions';
  /** The setting that holds the limit, as a reference (core/refer.ts). */
  readonly setting: string;
  /** The scenario's own peak, in the limit's unit: a lower limit would refuse real traffic. */
  readonly peak: Decimal;
}

export interface PlatformCost {
  readonly lineItems: readonly LineItem[];
  /** Sum of the line items' cent amounts. */
  readonly monthlyUsd: Decimal;
  /** Sum of the line items' exact amounts. */
  readonly exactUsd: Decimal;
}

/** A platform's id, as its provider names it: `serverless`, `ec2`, `fargate`. */
export type PlatformId = string;

/** Where two platforms' monthly costs cross as monthly requests grow. */
export interface Crossover {
  readonly platforms: readonly [PlatformId, PlatformId];
  readonly requestsPerMonth: Decimal;
  /** The one of the two that is cheaper just above the crossing. */
  readonly cheaperAbove: PlatformId;
}

/** A stretch of monthly requests over which one platform is the cheapest. */
export interface CheapestRange {
  readonly platform: PlatformId;
  readonly fromRequests: Decimal;
  readonly toRequests: Decimal;
}

export interface BudgetCheck {
  readonly platform: PlatformId;
  readonly budgetUsd: Decimal;
  readonly monthlyUsd: Decimal;
  /** The same bill before its lines (or its percentile) are rounded to cents: a month of a few requests is under $0.01, not $0.00. */
  readonly exactUsd: Decimal;
  /** Monthly total minus budget: negative when there is room left. */
  readonly excessUsd: Decimal;
  readonly over: boolean;
  /** The percentile of the bill held to the budget, when the scenario's figures are ranges and its budget names one. */
  readonly percentile?: Level;
  /** With an outlook: the month checked (the first whose bill is over, else the one with the least room left), of `months`. */
  readonly month?: number;
  readonly months?: number;
}

/** A fleet as priced: its units, how few and how many ran, and for how many hours. */
export interface FleetSummary {
  readonly unit: 'instance' | 'task';
  readonly description: string;
  readonly capacityPerSecond: Decimal;
  readonly minimum: number;
  /** The fewest running in any hour, and the most. */
  readonly lowest: number;
  readonly peak: number;
  /** Instance-hours or task-hours in the month. */
  readonly unitHours: Decimal;
  readonly autoscaling: boolean;
}
