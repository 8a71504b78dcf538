// AWS Fargate's prices and the tasks a scenario compares against.
import type { Decimal } from '../../../core/money.js';
import type { Architecture } from '../architecture.js';
import type { Ec2Pricing } from '../ec2/index.js';

export interface FargatePrices {
  readonly source: string;
  readonly perVcpuHour: Partial<Record<Architecture, Decimal>>;
  readonly perGbHour: Partial<Record<Architecture, Decimal>>;
  /** Absent before task storage could be enlarged (2021-04). */
  readonly ephemeralStoragePerGbHour: Decimal | null;
  readonly freeEphemeralStorageGb: number;
  readonly publicIpv4PerHour: Decimal;
}

export type FargatePricing = Ec2Pricing | 'spot';

export interface FargateFleet {
  readonly vcpu: Decimal;
  readonly memoryGb: Decimal;
  readonly architecture: Architecture;
  readonly requestsPerSecondPerTask: Decimal;
  readonly minTasks: number;
  readonly pricing: FargatePricing;
  readonly discountPct: Decimal | null;
  /** A Savings Plan's commitment in dollars an hour at the plan's rates; null: the fleet's floor. */
  readonly commitmentUsdPerHour: Decimal | null;
  readonly ephemeralStorageGb: number;
  readonly publicIpv4: boolean;
}
