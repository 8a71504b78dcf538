// NAT gateway's prices and the gateways a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export interface NatGatewayPrices {
  readonly source: string;
  readonly perGatewayHour: Decimal;
  /** Per GB through the gateway, either way, on top of any data transfer out. */
  readonly dataProcessedPerGb: Decimal;
}

export interface NatGateway {
  /** Gateways (one per Availability Zone in a highly available design). */
  readonly count: Decimal;
  /** Hours each exists in the month (730 for a whole month). */
  readonly hoursPerMonth: Decimal;
  /** GB through all of them together, both directions. */
  readonly processedGb: MonthlyQuantity;
  /** `all`: every platform's workload goes out through them (a task in a private subnet as much as a function in a VPC); `functions`: only the functions do, so only the serverless side pays. */
  readonly usedBy: 'all' | 'functions';
}
