// DynamoDB's section of a scenario file: `services.dynamodb`, a list of tables.
import { Decimal } from '../../../core/money.js';
import { NONE } from '../../../core/usage.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { ReadUsage, Table, WriteUsage } from './types.js';

export const dynamodbScenario = scenarioSection({
  key: 'dynamodb',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb, resourceName }) => {
    const capacityUnits = z.optional(z.int().check(z.gte(1), z.lte(100_000_000)));
    return z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          /** Left out: provisioned when capacity units are given, else on-demand. */
          capacity_mode: z.optional(z.enum(['on_demand', 'provisioned'])),
          /** Request units as CloudWatch or a bill counts them; they win over reads and writes, which they cannot be given with. */
          ...monthlyOrPerRequest('read_request_units'),
          ...monthlyOrPerRequest('write_request_units'),
          /** Or requests, from which the units are derived with the item's size. */
          ...monthlyOrPerRequest('reads'),
          ...monthlyOrPerRequest('writes'),
          item_kb: z._default(positiveKb, 1),
          read_consistency: z._default(z.enum(['eventual', 'strong', 'transactional']), 'eventual'),
          transactional_writes_pct: z._default(z.number().check(z.gte(0), z.lte(100)), 0),
          /** Provisioned capacity, held all month. */
          read_capacity_units: capacityUnits,
          write_capacity_units: capacityUnits,
          storage_gb: z._default(z.number().check(z.gte(0), z.lte(1e12)), 0),
          ...monthlyOrPerRequest('stream_read_request_units'),
          stream_consumer: z._default(z.enum(['lambda', 'other']), 'lambda'),
        }),
      ),
    );
  },
  read: (tables, context): { dynamodbTables: Table[] } => ({
    dynamodbTables: (tables ?? []).map((table, index): Table => {
      const at = ['dynamodb', index];
      const given = (units: string, requests: string) => {
        const raw = monthlyQuantity(table, units, context, at);
        const counted = monthlyQuantity(table, requests, context, at);
        if (raw && counted) context.fail(`give ${units} or ${requests}, not both: the request units given would win`, [...at, fieldOf(table, requests)]);
        return { raw, counted };
      };
      const readsGiven = given('read_request_units', 'reads');
      const writesGiven = given('write_request_units', 'writes');
      const reads: ReadUsage | null = readsGiven.raw
        ? { counted: readsGiven.raw, item: null }
        : readsGiven.counted
          ? { counted: readsGiven.counted, item: { itemKb: new Decimal(table.item_kb), consistency: table.read_consistency } }
          : null;
      const writes: WriteUsage | null = writesGiven.raw
        ? { counted: writesGiven.raw, item: null }
        : writesGiven.counted
          ? { counted: writesGiven.counted, item: { itemKb: new Decimal(table.item_kb), transactionalPct: new Decimal(table.transactional_writes_pct) } }
          : null;
      const hasCapacity = table.read_capacity_units !== undefined || table.write_capacity_units !== undefined;
      const capacityMode = table.capacity_mode ?? (hasCapacity ? 'provisioned' : 'on_demand');
      if (capacityMode === 'on_demand') {
        for (const field of ['read_capacity_units', 'write_capacity_units'] as const) {
          if (table[field] !== undefined) context.fail(`${field} applies to provisioned tables; an on-demand table is billed for the request units it uses`, [...at, field]);
        }
      } else if (table.read_capacity_units === undefined || table.write_capacity_units === undefined) {
        const missing = table.read_capacity_units === undefined ? 'read_capacity_units' : 'write_capacity_units';
        context.fail('a provisioned table needs read_capacity_units and write_capacity_units', [...at, missing]);
      }
      const provisioned = capacityMode === 'provisioned';
      return {
        name: table.name,
        capacityMode,
        reads,
        writes,
        readCapacityUnits: provisioned && table.read_capacity_units !== undefined ? new Decimal(table.read_capacity_units) : null,
        writeCapacityUnits: provisioned && table.write_capacity_units !== undefined ? new Decimal(table.write_capacity_units) : null,
        storageGb: new Decimal(table.storage_gb),
        streamReads: monthlyQuantity(table, 'stream_read_request_units', context, at) ?? NONE,
        streamConsumer: table.stream_consumer,
      };
    }),
  }),
});

/** The field a figure was given in, `_per_month` or `_per_request`, so that an error points at it. */
function fieldOf(data: Readonly<Record<string, unknown>>, name: string): string {
  return data[`${name}_per_month`] !== undefined ? `${name}_per_month` : `${name}_per_request`;
}
