// DynamoDB's section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { DynamoDbPrices } from './types.js';

export interface DynamoDbSection {
  readonly dynamodb: DynamoDbPrices | null;
}

export const dynamodbPrices = priceSection({
  key: 'dynamodb',
  schema: ({ z, priceString, source }) => {
    const allowance = z.number().check(z.gte(0), z.lte(1e15));
    return z.optional(
      z.strictObject({
        source,
        on_demand_write_per_million_request_units: priceString,
        on_demand_read_per_million_request_units: priceString,
        provisioned_per_wcu_hour: priceString,
        provisioned_per_rcu_hour: priceString,
        storage_per_gb_month: priceString,
        stream_read_per_100k_request_units: priceString,
        read_unit_kb: z.int().check(z.gte(1)),
        write_unit_kb: z.int().check(z.gte(1)),
        free_tier: z.strictObject({ storage_gb: allowance, wcu: allowance, rcu: allowance, stream_read_request_units: allowance }),
      }),
    );
  },
  read: (table): DynamoDbSection => ({
    dynamodb: table
      ? {
          source: table.source,
          perMillionWriteRequestUnits: new Decimal(table.on_demand_write_per_million_request_units),
          perMillionReadRequestUnits: new Decimal(table.on_demand_read_per_million_request_units),
          perWriteCapacityUnitHour: new Decimal(table.provisioned_per_wcu_hour),
          perReadCapacityUnitHour: new Decimal(table.provisioned_per_rcu_hour),
          perStorageGbMonth: new Decimal(table.storage_per_gb_month),
          per100kStreamReadRequestUnits: new Decimal(table.stream_read_per_100k_request_units),
          readUnitKb: table.read_unit_kb,
          writeUnitKb: table.write_unit_kb,
          free: {
            storageGb: new Decimal(table.free_tier.storage_gb),
            writeCapacityUnits: new Decimal(table.free_tier.wcu),
            readCapacityUnits: new Decimal(table.free_tier.rcu),
            streamReadRequestUnits: new Decimal(table.free_tier.stream_read_request_units),
          },
        }
      : null,
  }),
  discount: ({ dynamodb }, off) => ({
    dynamodb: dynamodb && {
      ...dynamodb,
      perMillionWriteRequestUnits: off(dynamodb.perMillionWriteRequestUnits),
      perMillionReadRequestUnits: off(dynamodb.perMillionReadRequestUnits),
      perWriteCapacityUnitHour: off(dynamodb.perWriteCapacityUnitHour),
      perReadCapacityUnitHour: off(dynamodb.perReadCapacityUnitHour),
      perStorageGbMonth: off(dynamodb.perStorageGbMonth),
      per100kStreamReadRequestUnits: off(dynamodb.per100kStreamReadRequestUnits),
    },
  }),
  list: ({ dynamodb }, add) => {
    if (!dynamodb) return;
    add('on_demand.write', 'DynamoDB on-demand write request units', dynamodb.perMillionWriteRequestUnits, 'USD per 1M WRU');
    add('on_demand.read', 'DynamoDB on-demand read request units', dynamodb.perMillionReadRequestUnits, 'USD per 1M RRU');
    add('provisioned.wcu', 'DynamoDB provisioned write capacity', dynamodb.perWriteCapacityUnitHour, 'USD per WCU-hour');
    add('provisioned.rcu', 'DynamoDB provisioned read capacity', dynamodb.perReadCapacityUnitHour, 'USD per RCU-hour');
    add('storage', 'DynamoDB storage (Standard table class)', dynamodb.perStorageGbMonth, 'USD per GB-month');
    add('streams.read', 'DynamoDB Streams read request units', dynamodb.per100kStreamReadRequestUnits, 'USD per 100K stream read request units');
  },
});
