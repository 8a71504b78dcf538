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
    /** A request's CPU time at most. */
    readonly maxCpuMs: number;
    /** A Cron Trigger's or Queue consumer's invocation's, at most. */
    readonly maxCpuMsEvent: number;
    readonly memoryMb: number;
    readonly maxRequestMb: number;
  };
}
