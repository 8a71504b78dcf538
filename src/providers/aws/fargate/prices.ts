// Fargate's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { eachArchitecture, perArchitecture, priceSection, toDecimal } from '../../../schema/price-section.js';
import type { FargatePrices } from './types.js';

export interface FargatePriceSection {
  readonly fargate: FargatePrices | null;
}

export const fargatePrices = priceSection({
  key: 'fargate',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        per_vcpu_hour: z.strictObject({ x86_64: priceString, arm64: z.optional(priceString) }),
        per_gb_hour: z.strictObject({ x86_64: priceString, arm64: z.optional(priceString) }),
        ephemeral_storage_per_gb_hour: z.optional(priceString),
        free_ephemeral_storage_gb: z.number().check(z.gte(0)),
        public_ipv4_per_hour: priceString,
      }),
    ),
  read: (fargate): FargatePriceSection => ({
    fargate: fargate
      ? {
          source: fargate.source,
          perVcpuHour: perArchitecture(fargate.per_vcpu_hour, toDecimal),
          perGbHour: perArchitecture(fargate.per_gb_hour, toDecimal),
          ephemeralStoragePerGbHour: fargate.ephemeral_storage_per_gb_hour === undefined ? null : new Decimal(fargate.ephemeral_storage_per_gb_hour),
          freeEphemeralStorageGb: fargate.free_ephemeral_storage_gb,
          publicIpv4PerHour: new Decimal(fargate.public_ipv4_per_hour),
        }
      : null,
  }),
  discount: ({ fargate }, off) => ({
    fargate: fargate && {
      ...fargate,
      perVcpuHour: eachArchitecture(fargate.perVcpuHour, off),
      perGbHour: eachArchitecture(fargate.perGbHour, off),
      ephemeralStoragePerGbHour: fargate.ephemeralStoragePerGbHour && off(fargate.ephemeralStoragePerGbHour),
    },
  }),
  list: ({ fargate }, add) => {
    if (!fargate) return;
    for (const arch of ['x86_64', 'arm64'] as const) {
      const perVcpuHour = fargate.perVcpuHour[arch];
      const perGbHour = fargate.perGbHour[arch];
      if (perVcpuHour) add(`vcpu.${arch}`, `vCPU, ${arch}`, perVcpuHour, 'USD per vCPU-hour');
      if (perGbHour) add(`memory.${arch}`, `memory, ${arch}`, perGbHour, 'USD per GB-hour');
    }
    if (fargate.ephemeralStoragePerGbHour) add('ephemeral_storage', `storage above ${fargate.freeEphemeralStorageGb} GB`, fargate.ephemeralStoragePerGbHour, 'USD per GB-hour');
    add('public_ipv4', 'public IPv4 address', fargate.publicIpv4PerHour, 'USD per hour');
  },
});
