// Azure Functions' prices, limits and plan as the engine sees them.
import type { Decimal } from '../../../core/money.js';
import type { Workload } from '../../../core/workload.js';

export type AzurePlan = 'consumption' | 'flex_consumption';

/** The plan the functions run on, and a Flex Consumption app's instances. */
export interface AzurePlanChoice {
  readonly plan: AzurePlan;
  /** Flex Consumption: the instance memory size, in MB. */
  readonly instanceMemoryMb: number;
  /** Flex Consumption: instances kept ready all month (0: on demand only). */
  readonly alwaysReadyInstances: number;
}

export interface AzureUsage extends Workload {
  readonly azure: AzurePlanChoice;
}

export interface ConsumptionPrices {
  readonly executionsPerMillionUsd: Decimal;
  readonly gbSecondUsd: Decimal;
  readonly freeExecutions: Decimal;
  readonly freeGbSeconds: Decimal;
  /** Observed memory is rounded up to a multiple of this, from this up. */
  readonly memoryStepMb: number;
  readonly maxMemoryMb: number;
  readonly minExecutionMs: number;
  readonly billingGranularityMs: number;
  readonly maxTimeoutSeconds: number;
}

export interface FlexPrices {
  readonly executionsPerMillionUsd: Decimal;
  readonly onDemandGbSecondUsd: Decimal;
  readonly alwaysReadyBaselineGbSecondUsd: Decimal;
  readonly alwaysReadyExecutionGbSecondUsd: Decimal;
  /** On-demand only: always-ready billing has no free grants. */
  readonly freeExecutions: Decimal;
  readonly freeGbSeconds: Decimal;
  readonly instanceMemorySizesMb: readonly number[];
  readonly minExecutionMs: number;
  readonly billingGranularityMs: number;
  readonly maxConcurrencyPerInstance: number;
  /** Null: no maximum is enforced. */
  readonly maxTimeoutSeconds: number | null;
}

export interface FunctionsPrices {
  readonly source: string;
  readonly consumption: ConsumptionPrices;
  readonly flex: FlexPrices;
  readonly limits: {
    readonly source: string;
    /** However long the app's timeout, an HTTP-triggered function must answer within this (the load balancer's idle timeout). */
    readonly maxHttpResponseSeconds: number;
    readonly maxRequestMb: number;
  };
  /** Figures the table could not confirm from a first-party page, as the table lists them, each with the plan it is about. */
  readonly unconfirmed: readonly { readonly plan: AzurePlan | 'all'; readonly what: string }[];
}
