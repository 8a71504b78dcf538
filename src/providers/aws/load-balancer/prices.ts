// The load balancer's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { LoadBalancerPrices } from './types.js';

export interface LoadBalancerSection {
  readonly loadBalancer: LoadBalancerPrices | null;
}

export const loadBalancerPrices = priceSection({
  key: 'load_balancer',
  schema: ({ z, priceString, source }) =>
    z.optional(z.strictObject({ source, alb_per_hour: priceString, lcu_per_hour: priceString, public_ipv4_per_hour: z.optional(priceString) })),
  read: (lb): LoadBalancerSection => ({
    loadBalancer: lb
      ? {
          source: lb.source,
          albPerHour: new Decimal(lb.alb_per_hour),
          lcuPerHour: new Decimal(lb.lcu_per_hour),
          publicIpv4PerHour: lb.public_ipv4_per_hour === undefined ? null : new Decimal(lb.public_ipv4_per_hour),
        }
      : null,
  }),
  discount: ({ loadBalancer: lb }, off) => ({
    loadBalancer: lb && { ...lb, albPerHour: off(lb.albPerHour), lcuPerHour: off(lb.lcuPerHour), publicIpv4PerHour: lb.publicIpv4PerHour && off(lb.publicIpv4PerHour) },
  }),
  list: ({ loadBalancer: lb }, add) => {
    if (!lb) return;
    add('alb', 'Application Load Balancer', lb.albPerHour, 'USD per hour');
    add('lcu', 'load balancer capacity unit', lb.lcuPerHour, 'USD per LCU-hour');
    if (lb.publicIpv4PerHour) add('public_ipv4', 'public IPv4 address of an internet-facing load balancer', lb.publicIpv4PerHour, 'USD per hour');
  },
});
