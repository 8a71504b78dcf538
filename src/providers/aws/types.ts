import type { SourceLocation } from '../../core/errors.js';
import type { Architecture } from './architecture.js';
// AWS as slcost prices it: a region's prices and a scenario, and the estimate they give.
import type { Decimal } from '../../core/money.js';
import type { PricedPlatform } from '../../core/estimate.js';
import type { CostCurve } from '../../core/solver.js';
import type { BudgetCheck, CheapestRange, Crossover, PlatformId, TrafficShape, Warning } from '../../core/types.js';
import type { Growth, Level, ScenarioRanges } from '../../core/ranges.js';
import type { RangeEstimate } from './ranges.js';
import type { Ec2Fleet } from './ec2/index.js';
import type { FargateFleet } from './fargate/index.js';
import type { Advice, ColdStartSummary, FunctionUsage, LambdaSettings } from './lambda/index.js';
import type { LoadBalancer } from './load-balancer/index.js';
import type { ServicesPrices, ServicesUsage } from './services.js';
import type { CompareRequest } from './compare-request.js';

/** Discounts in percent: slcost's documented estimates of commitments, not AWS list prices. */
export interface CommitmentDiscounts {
  readonly ec2: { readonly savingsPlan1yrPct: Decimal; readonly savingsPlan3yrPct: Decimal };
  readonly fargate: {
    readonly savingsPlan1yrPct: Decimal;
    readonly savingsPlan3yrPct: Decimal;
    readonly spotPct: Decimal;
    /** The architectures Fargate Spot runs: x86_64 alone until 2024-09-06, arm64 too from then. */
    readonly spotArchitectures: readonly Architecture[];
  };
}

/** A region's prices: each service's section of the price table. */
export type RegionPrices = ServicesPrices;

/** A provider's table, read: AWS's by default; another provider's with its own region prices. */
export interface PriceBook<R = RegionPrices> {
  readonly id: string;
  readonly provider: string;
  readonly effectiveDate: string;
  readonly description: string;
  readonly file: string;
  /** Set when the book is a user's pricing file laid over a shipped version. */
  readonly custom: { readonly file: string; readonly extends: string; readonly discountPct: Readonly<Record<string, string>> } | null;
  readonly regions: Readonly<Record<string, R>>;
}

export interface Containers {
  /** Requests the fleet serves in the month. */
  readonly requestsPerMonth: Decimal;
  /** Off: the fleet is sized for the peak hour all month. */
  readonly autoscaling: boolean;
  readonly loadBalancer: LoadBalancer;
  readonly ec2: Ec2Fleet | null;
  readonly fargate: FargateFleet | null;
}

/** What every scenario says, whatever services it uses. */
export interface ScenarioBase {
  readonly name: string;
  readonly file: string;
  /** Pricing version the scenario pins, if any. */
  readonly pricingId: string | null;
  readonly region: string;
  /** Where the file writes `region:`, for an error about its prices; null when it does not. */
  readonly regionAt?: SourceLocation | null;
  readonly freeTier: boolean;
  readonly traffic: TrafficShape;
  /** `traffic.requests_per_month`, when the scenario gives it. */
  readonly trafficRequests: Decimal | null;
  /** Monthly budgets per platform, in dollars; empty without a budget. */
  readonly budget: Partial<Record<PlatformId, Decimal>>;
  /** What the reader of a template assumed, shown as warnings. */
  readonly notes?: readonly Warning[];
  readonly settings?: LambdaSettings;
  /** The figures given as ranges, and the scenario at other values of them (docs/ranges.md); absent when every figure is a number. */
  readonly ranges?: ScenarioRanges<Scenario>;
  /** `traffic.growth_pct_per_month` and `months`: a month-by-month outlook; absent or null without. */
  readonly growth?: Growth | null;
  /** `budget.percentile`: the percentile of the bill a budget holds when figures are ranges; absent or null for the bill at the medians. */
  readonly budgetPercentile?: Level | null;
  /** Where the file writes `budget.percentile`, for the error when that percentile of the bill cannot be worked out; null when it does not. */
  readonly budgetPercentileAt?: SourceLocation | null;
  /** `compare:`: the providers to price the functions on beside Lambda, and their settings; absent when the scenario asks for none. */
  readonly compare?: CompareRequest | null;
}

/** A scenario: what every scenario says, and each service's usage. */
export type Scenario = ScenarioBase & ServicesUsage;

export interface Estimate {
  readonly scenario: { readonly name: string; readonly file: string };
  readonly pricing: {
    readonly id: string;
    readonly effectiveDate: string;
    readonly region: string;
    readonly customFile: string | null;
    /** Where the region's prices come from, as the price table cites them: each section of the table that names its source. */
    readonly sources: ReadonlyArray<{ readonly section: string; readonly source: string }>;
  };
  readonly assumptions: {
    readonly freeTier: boolean;
    readonly apiGatewayFreeTier: boolean;
    readonly hoursPerMonth: number;
    readonly trafficPattern: TrafficShape['pattern'];
  };
  /** Every platform the scenario describes, priced, in PLATFORMS' order: serverless first, then the fleets. */
  readonly platforms: readonly PricedPlatform[];
  /** The platform with the lowest monthly total; serverless on a tie. */
  readonly cheapest: PlatformId;
  /** Crossovers between serverless and each container platform, over a range of monthly requests; null without containers. */
  readonly breakeven: {
    readonly fromRequests: Decimal;
    readonly toRequests: Decimal;
    readonly crossovers: readonly Crossover[];
    /** Which platform is the cheapest where over the range: what the crossovers amount to. */
    readonly cheapest: readonly CheapestRange[];
    /** Each platform's exact cost curve over the range, which the crossovers were solved on: what a report draws. */
    readonly curves: readonly CostCurve[];
    /** The scenario's own monthly requests, which the curves scale from. */
    readonly requestsPerMonth: Decimal;
    /** Where a concurrency limit starts to throttle on the sweep (the serverless bill then covers fewer requests); null where none does. */
    readonly throttlesAboveRequests: Decimal | null;
  } | null;
  readonly functions: readonly FunctionUsage[];
  /** Per function, in the order of `functions`. */
  readonly coldStarts: readonly ColdStartSummary[];
  readonly advice: readonly Advice[];
  /** One check per platform with a budget; empty without one. */
  readonly budget: readonly BudgetCheck[];
  readonly warnings: readonly Warning[];
  /** With ranges or growth: the bill's percentiles, each platform's chance of being the cheapest, the outlook (docs/ranges.md). */
  readonly ranges?: RangeEstimate;
}
