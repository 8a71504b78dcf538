// The Application Load Balancer's prices and the one a scenario puts in front of its containers.
import type { Decimal } from '../../../core/money.js';

export interface LoadBalancerPrices {
  readonly source: string;
  readonly albPerHour: Decimal;
  readonly lcuPerHour: Decimal;
  /** What one public IPv4 address costs an hour (VPC pricing, from 2024-02-01); null in tables from before the charge. */
  readonly publicIpv4PerHour: Decimal | null;
}

export type LoadBalancer =
  | { readonly type: 'none' }
  | {
      readonly type: 'alb';
      readonly newConnectionsPerRequest: Decimal;
      readonly processedKbPerRequest: Decimal;
      /** Public IPv4 addresses it holds all month: one per Availability Zone when internet-facing, none when internal. */
      readonly publicAddresses: number;
    };
