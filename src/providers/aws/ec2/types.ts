// Amazon EC2's prices and the fleet a scenario compares against.
import type { Decimal } from '../../../core/money.js';
import type { Architecture } from '../architecture.js';

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

export type Ec2Pricing = 'on_demand' | 'savings_plan_1yr' | 'savings_plan_3yr';

export interface Ec2Fleet {
  readonly instanceType: string;
  /** What one instance serves at the utilisation the user accepts; no headroom is added. */
  readonly requestsPerSecondPerInstance: Decimal;
  readonly minInstances: number;
  readonly pricing: Ec2Pricing;
  /** Overrides the price table's estimate of the commitment's discount. */
  readonly discountPct: Decimal | null;
  /** A Savings Plan's commitment in dollars an hour at the plan's rates; null: the fleet's floor. */
  readonly commitmentUsdPerHour: Decimal | null;
  readonly publicIpv4: boolean;
}
