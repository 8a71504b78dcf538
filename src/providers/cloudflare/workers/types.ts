// Cloudflare Workers (Standard usage model, Workers Paid plan) as the engine sees it.
import type { Decimal } from '../../../core/money.js';

export interface WorkersPrices {
  readonly source: string;
  /** The plan's monthly price: the least a month costs, with the included amounts. */
  readonly monthlyMinimumUsd: Decimal;
  readonly includedRequests: Decimal;
  readonly includedCpuMs: Decimal;
  readonly requestsPerMillionUsd: Decimal;
  readonly cpuMsPerMillionUsd: Decimal;
  readonly limits: {
    readonly source: string;
    readonly maxCpuMs: number;
    readonly memoryMb: number;
    readonly maxRequestMb: number;
  };
}
