// EC2's section of a region in the price table: the instance types slcost can size a fleet with.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { Ec2Prices } from './types.js';

export interface Ec2PriceSection {
  readonly ec2: Ec2Prices | null;
}

/** How an instance type is written (c6g.xlarge): the price table's keys, and the offer rows an import reads them from. */
export const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9]+$/;

/**
 * The instance types a message lists before counting the rest: every one a shipped region prices (28 at most), and no
 * more. A --pricing-file of 50,000 types made a scenario's unknown instance type a message of 490 KB.
 */
export const INSTANCE_TYPES_LISTED = 40;

export const ec2Prices = priceSection({
  key: 'ec2',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        public_ipv4_per_hour: priceString,
        instances: z.record(
          z.string().check(z.regex(INSTANCE_TYPE, 'an instance type is written like c6g.xlarge')),
          z.strictObject({
            architecture: z.enum(['x86_64', 'arm64']),
            // As an import reads them from an offer (up to four digits either side of the point for vCPUs, seven before it
            // for GiB), so that a vCPU count of 1e300 or a memory of 1e-300 GiB is refused, not printed in exponent notation.
            vcpu: z.number().check(z.gte(0.0001), z.lte(9999.9999)),
            memory_gib: z.number().check(z.gte(0.0001), z.lte(9_999_999.9999)),
            usd_per_hour: priceString,
          }),
        ),
      }),
    ),
  read: (ec2): Ec2PriceSection => ({
    ec2: ec2
      ? {
          source: ec2.source,
          publicIpv4PerHour: new Decimal(ec2.public_ipv4_per_hour),
          instances: Object.fromEntries(
            Object.entries(ec2.instances).map(([name, type]) => [
              name,
              { name, architecture: type.architecture, vcpu: type.vcpu, memoryGib: type.memory_gib, usdPerHour: new Decimal(type.usd_per_hour) },
            ]),
          ),
        }
      : null,
  }),
  discount: ({ ec2 }, off) => ({
    ec2: ec2 && { ...ec2, instances: Object.fromEntries(Object.entries(ec2.instances).map(([name, type]) => [name, { ...type, usdPerHour: off(type.usdPerHour) }])) },
  }),
  list: ({ ec2 }, add) => {
    if (!ec2) return;
    for (const type of Object.values(ec2.instances).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      add(`instance.${type.name}`, `${type.name} (${type.vcpu} vCPU, ${type.memoryGib} GiB, ${type.architecture})`, type.usdPerHour, 'USD per hour');
    }
    add('public_ipv4', 'public IPv4 address', ec2.publicIpv4PerHour, 'USD per hour');
  },
});
