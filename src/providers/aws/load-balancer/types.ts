// The Application Load Balancer's prices and the one a scenario puts in front of its containers.
import type { Decimal } from '../../../core/money.js';

export interface LoadBalancerPrices {
  readonly source: string;
  readonly albPerHour: Decimal;
  readonly lcuPerHour: Decimal;
}

export type LoadBalancer = { readonly type: 'none' } | { readonly type: 'alb'; readonly newConnectionsPerRequest: Decimal; readonly processedKbPerRequest: Decimal };
