// Cloud Run functions' prices and limits as the engine sees them.
import type { Decimal } from '../../../core/money.js';

/** An instance size: the memory a function is given and the vCPU that comes with it. */
export interface InstanceSize {
  readonly memoryMb: number;
  readonly vcpu: Decimal;
}

export interface RunFunctionsLimits {
  readonly source: string;
  readonly maxTimeoutHttpSeconds: number;
  readonly maxTimeoutEventSeconds: number;
  readonly maxRequestMb: number;
  readonly maxConcurrencyPerInstance: number;
  /** Serving more than one request at a time needs at least this many vCPU. */
  readonly minVcpuForConcurrency: Decimal;
}

export interface RunFunctionsPrices {
  readonly source: string;
  /** The price tier of the region: 1 or 2. */
  readonly tier: number;
  /** An instance's time serving requests is rounded up to a multiple of this. */
  readonly billingGranularityMs: number;
  readonly vcpuSecondUsd: Decimal;
  readonly gibSecondUsd: Decimal;
  readonly requestsPerMillionUsd: Decimal;
  /** The monthly free tier, in Tier 1 units: a spending-based discount valued at Tier 1 prices. */
  readonly freeTier: { readonly vcpuSeconds: Decimal; readonly gibSeconds: Decimal; readonly requests: Decimal; readonly vcpuSecondUsd: Decimal; readonly gibSecondUsd: Decimal };
  /** The sizes in order: memory is rounded up to the next. */
  readonly instanceSizes: readonly InstanceSize[];
  readonly limits: RunFunctionsLimits;
}
