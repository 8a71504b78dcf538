// The program's own vocabulary. Everything past load/ speaks these types;
// nothing here knows about YAML, zod or the terminal.
import type { Decimal } from './money.js';

export type Architecture = 'x86_64' | 'arm64';
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];

/** One price band: quantities up to `upTo` (exclusive of what the previous band took) cost `usd` each unit. `upTo` null means unbounded. */
export interface Tier {
  readonly upTo: Decimal | null;
  readonly usd: Decimal;
}

export interface LambdaPrices {
  readonly source: string;
  /** Each invocation's duration is rounded up to a multiple of this. */
  readonly billingGranularityMs: number;
  /** The largest memory size a function could have under this table. */
  readonly maxMemoryMb: number;
  readonly requestsPerMillionUsd: Decimal;
  readonly durationPerGbSecond: Partial<Record<Architecture, readonly Tier[]>>;
  readonly provisionedConcurrencyPerGbSecond: Partial<Record<Architecture, Decimal>>;
  readonly provisionedDurationPerGbSecond: Partial<Record<Architecture, Decimal>>;
  /** Absent before ephemeral storage above 512 MB could be configured. */
  readonly ephemeralStoragePerGbSecond: Decimal | null;
  readonly freeTier: { readonly requests: Decimal; readonly gbSeconds: Decimal };
}

export interface ApiGatewayPrices {
  readonly source: string;
  readonly restPerMillion: readonly Tier[] | null;
  readonly httpPerMillion: readonly Tier[] | null;
  readonly httpMeteringKb: number;
  readonly websocketMessagesPerMillion: readonly Tier[] | null;
  readonly websocketMeteringKb: number;
  readonly websocketConnectionMinutesPerMillion: Decimal | null;
  readonly freeTier12Month: {
    readonly restRequests: Decimal;
    readonly httpRequests: Decimal;
    readonly websocketMessages: Decimal;
    readonly websocketConnectionMinutes: Decimal;
  };
}

export interface Ec2InstanceType {
  readonly name: string;
  readonly architecture: Architecture;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly usdPerHour: Decimal;
}

export interface Ec2Prices {
  readonly source: string;
  readonly publicIpv4PerHour: Decimal;
  readonly instances: Readonly<Record<string, Ec2InstanceType>>;
}

export interface FargatePrices {
  readonly source: string;
  readonly perVcpuHour: Partial<Record<Architecture, Decimal>>;
  readonly perGbHour: Partial<Record<Architecture, Decimal>>;
  /** Absent before task storage could be enlarged (2021-04). */
  readonly ephemeralStoragePerGbHour: Decimal | null;
  readonly freeEphemeralStorageGb: number;
  readonly publicIpv4PerHour: Decimal;
}

export interface LoadBalancerPrices {
  readonly source: string;
  readonly albPerHour: Decimal;
  readonly lcuPerHour: Decimal;
}

/** Discounts in percent: slcost's documented estimates of commitments, not AWS list prices. */
export interface CommitmentDiscounts {
  readonly ec2: { readonly savingsPlan1yrPct: Decimal; readonly savingsPlan3yrPct: Decimal };
  readonly fargate: { readonly savingsPlan1yrPct: Decimal; readonly savingsPlan3yrPct: Decimal; readonly spotPct: Decimal };
}

export interface RegionPrices {
  readonly lambda: LambdaPrices;
  readonly apiGateway: ApiGatewayPrices | null;
  readonly ec2: Ec2Prices | null;
  readonly fargate: FargatePrices | null;
  readonly loadBalancer: LoadBalancerPrices | null;
  readonly commitments: CommitmentDiscounts | null;
}

export interface PriceBook {
  readonly id: string;
  readonly provider: string;
  readonly effectiveDate: string;
  readonly description: string;
  readonly file: string;
  /** Set when the book is a user's pricing file laid over a shipped version. */
  readonly custom: { readonly file: string; readonly extends: string; readonly discountPct: Readonly<Record<string, string>> } | null;
  readonly regions: Readonly<Record<string, RegionPrices>>;
}

export type TrafficShape =
  | { readonly pattern: 'steady' }
  | { readonly pattern: 'diurnal'; readonly busyHoursPerDay: number; readonly peakToAverage: Decimal }
  | { readonly pattern: 'spiky'; readonly eventDays: number; readonly eventMultiplier: Decimal }
  | { readonly pattern: 'custom'; readonly hourlyWeights: readonly Decimal[] };

export interface ProvisionedConcurrency {
  readonly count: number;
  readonly hoursPerMonth: number;
  /** Invocations the provisioned environments serve, when the scenario states it; otherwise derived from the traffic shape. */
  readonly requestsPerMonth: Decimal | null;
  /** Average duration of the invocations served while provisioned, when it differs from the function's. */
  readonly durationMs: Decimal | null;
}

export interface LambdaFunction {
  readonly name: string;
  readonly memoryMb: number;
  readonly durationMs: Decimal;
  readonly architecture: Architecture;
  readonly requestsPerMonth: Decimal;
  readonly ephemeralStorageMb: number;
  readonly provisioned: ProvisionedConcurrency | null;
  /** False for a template's function that the usage file says nothing about: it is priced at zero requests. */
  readonly usageGiven?: boolean;
  readonly reservedConcurrency?: number | null;
  readonly runtime?: Runtime | null;
  readonly packageMb?: number | null;
  readonly vpc?: boolean;
}

export type Runtime = 'nodejs' | 'python' | 'go' | 'rust' | 'java' | 'java_snapstart' | 'dotnet_aot';

/** What the limits and cold-start checks need to know beyond prices. */
export interface LambdaSettings {
  readonly accountConcurrencyLimit: number;
  readonly idleTimeoutMinutes: number;
  readonly costBombMultiple: number;
  /** The percentile of hours the provisioned-concurrency advice covers; 100 is the busiest hour. */
  readonly provisionedConcurrencyPercentile: number;
  readonly throttleRps: Decimal | null;
  /** Warning ids turned off in the scenario. */
  readonly warningsOff: readonly string[];
}

export type ApiGatewayType = 'none' | 'rest' | 'http' | 'websocket';

export type ApiGateway =
  | { readonly type: 'none' }
  | { readonly type: 'rest'; readonly requestsPerMonth: Decimal; readonly freeTier: boolean }
  | { readonly type: 'http'; readonly requestsPerMonth: Decimal; readonly requestSizeKb: Decimal; readonly freeTier: boolean }
  | {
      readonly type: 'websocket';
      readonly messagesPerMonth: Decimal;
      readonly messageSizeKb: Decimal;
      readonly connectionMinutesPerMonth: Decimal;
      readonly freeTier: boolean;
    };

export type Ec2Pricing = 'on_demand' | 'savings_plan_1yr' | 'savings_plan_3yr';
export type FargatePricing = Ec2Pricing | 'spot';

export interface Ec2Fleet {
  readonly instanceType: string;
  /** What one instance serves at the utilisation the user accepts; no headroom is added. */
  readonly requestsPerSecondPerInstance: Decimal;
  readonly minInstances: number;
  readonly pricing: Ec2Pricing;
  /** Overrides the price table's estimate of the commitment's discount. */
  readonly discountPct: Decimal | null;
  readonly publicIpv4: boolean;
}

export interface FargateFleet {
  readonly vcpu: Decimal;
  readonly memoryGb: Decimal;
  readonly architecture: Architecture;
  readonly requestsPerSecondPerTask: Decimal;
  readonly minTasks: number;
  readonly pricing: FargatePricing;
  readonly discountPct: Decimal | null;
  readonly ephemeralStorageGb: number;
  readonly publicIpv4: boolean;
}

export type LoadBalancer =
  | { readonly type: 'none' }
  | { readonly type: 'alb'; readonly newConnectionsPerRequest: Decimal; readonly processedKbPerRequest: Decimal };

export interface Containers {
  /** Requests the fleet serves in the month. */
  readonly requestsPerMonth: Decimal;
  /** Off: the fleet is sized for the peak hour all month. */
  readonly autoscaling: boolean;
  readonly loadBalancer: LoadBalancer;
  readonly ec2: Ec2Fleet | null;
  readonly fargate: FargateFleet | null;
}

export type PricedApi = Exclude<ApiGateway, { readonly type: 'none' }>;

export interface Scenario {
  readonly name: string;
  readonly file: string;
  /** Pricing version the scenario pins, if any. */
  readonly pricingId: string | null;
  readonly region: string;
  readonly freeTier: boolean;
  readonly traffic: TrafficShape;
  /** `traffic.requests_per_month`, when the scenario gives it. */
  readonly trafficRequests: Decimal | null;
  readonly functions: readonly LambdaFunction[];
  /** The APIs in front of the functions, at most one per type (AWS bands each type's requests together). */
  readonly apiGateways: readonly PricedApi[];
  readonly containers: Containers | null;
  /** Monthly budgets per platform, in dollars; empty without a budget. */
  readonly budget: Partial<Record<PlatformId, Decimal>>;
  /** What the reader of a template assumed, shown as warnings. */
  readonly notes?: readonly Warning[];
  readonly settings?: LambdaSettings;
}

export interface UsageBasis {
  readonly used: Decimal;
  readonly free: Decimal;
  /** What `used` counts, e.g. `requests`, `GB-s`, `invocations served`. */
  readonly countedAs: string;
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

export interface FunctionUsage {
  readonly name: string;
  readonly architecture: Architecture;
  readonly memoryMb: number;
  readonly requestsPerMonth: Decimal;
  readonly billedDurationMs: Decimal;
  readonly onDemandRequests: Decimal;
  readonly onDemandGbSeconds: Decimal;
  readonly provisionedRequests: Decimal;
  readonly provisionedGbSeconds: Decimal;
  readonly provisionedConfiguredGbSeconds: Decimal;
  readonly peakRequestsPerSecond: Decimal;
  /** Requests a second × billed seconds over the whole month. */
  readonly averageConcurrency: Decimal;
  readonly peakConcurrency: Decimal;
  readonly usageGiven: boolean;
}

export interface Warning {
  readonly id: string;
  readonly message: string;
}

export interface PlatformCost {
  readonly lineItems: readonly LineItem[];
  /** Sum of the line items' cent amounts. */
  readonly monthlyUsd: Decimal;
  /** Sum of the line items' exact amounts. */
  readonly exactUsd: Decimal;
}

export type PlatformId = 'serverless' | 'ec2' | 'fargate';

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

export interface ContainerPlatformCost extends PlatformCost {
  readonly id: 'ec2' | 'fargate';
  readonly fleet: FleetSummary;
}

/** Where two platforms' monthly costs cross as monthly requests grow. */
export interface Crossover {
  readonly platforms: readonly [PlatformId, PlatformId];
  readonly requestsPerMonth: Decimal;
  /** The one of the two that is cheaper just above the crossing. */
  readonly cheaperAbove: PlatformId;
}

export interface BudgetCheck {
  readonly platform: PlatformId;
  readonly budgetUsd: Decimal;
  readonly monthlyUsd: Decimal;
  /** Monthly total minus budget: negative when there is room left. */
  readonly excessUsd: Decimal;
  readonly over: boolean;
}

/** A way to remove cold starts, priced: what it adds to the month and what it removes. */
export interface ColdStartSummary {
  readonly perMonth: number;
  readonly share: number;
  readonly addedLatencyMs: { readonly p50: number; readonly p99: number } | null;
  readonly peakEnvironments: number;
}

export interface Advice {
  readonly function: string;
  readonly kind: 'provisioned_concurrency' | 'scheduled_provisioned_concurrency' | 'keep_warm';
  /** Environments kept warm. */
  readonly count: number;
  readonly hoursPerMonth: number;
  /** What it adds to the serverless monthly total. */
  readonly monthlyUsd: Decimal;
  readonly coldStartsRemoved: number;
  readonly usdPerColdStartAvoided: Decimal | null;
}

export interface Estimate {
  readonly scenario: { readonly name: string; readonly file: string };
  readonly pricing: { readonly id: string; readonly effectiveDate: string; readonly region: string; readonly customFile: string | null };
  readonly assumptions: {
    readonly freeTier: boolean;
    readonly apiGatewayFreeTier: boolean;
    readonly hoursPerMonth: number;
    readonly trafficPattern: TrafficShape['pattern'];
  };
  readonly serverless: PlatformCost;
  readonly containers: readonly ContainerPlatformCost[];
  /** The platform with the lowest monthly total; serverless on a tie. */
  readonly cheapest: PlatformId;
  /** Crossovers between serverless and each container platform, over a range of monthly requests; null without containers. */
  readonly breakeven: { readonly fromRequests: Decimal; readonly toRequests: Decimal; readonly crossovers: readonly Crossover[] } | null;
  readonly functions: readonly FunctionUsage[];
  /** Per function, in the order of `functions`. */
  readonly coldStarts: readonly ColdStartSummary[];
  readonly advice: readonly Advice[];
  /** One check per platform with a budget; empty without one. */
  readonly budget: readonly BudgetCheck[];
  readonly warnings: readonly Warning[];
}
