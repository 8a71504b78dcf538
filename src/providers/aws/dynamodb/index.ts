// Amazon DynamoDB as a priced service: tables any platform would use alike.
import { Decimal, sum } from '../../../core/money.js';
import { formatUsd } from '../../../core/numbers.js';
import type { Meter } from '../../../core/service.js';
import type { Warning } from '../../../core/types.js';
import { HOURS_PER_MONTH, PER_MILLION, SECONDS_PER_MONTH } from '../../../core/units.js';
import { scaleQuantity } from '../../../core/usage.js';
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { dynamodbLineItems, otherStreamReads, readRequestUnits, writeRequestUnits } from './line-items.js';
import { type DynamoDbSection, dynamodbPrices } from './prices.js';
import { dynamodbScenario } from './scenario.js';
import { dynamodbTemplate } from './template.js';
import type { DynamoDbPrices, Table } from './types.js';

export type { CapacityMode, DynamoDbPrices, ReadConsistency, StreamConsumer, Table } from './types.js';
export type { DynamoDbSection } from './prices.js';

export interface DynamoDbUsage {
  readonly dynamodbTables: readonly Table[];
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

/** AWS's default auto-scaling target: capacity is kept this far above the load it serves. */
export const TARGET_UTILIZATION = new Decimal('0.7');

/** A saving smaller than this a month is not worth a warning: small steady tables are always a little cheaper provisioned. */
export const MATERIAL_SAVING_USD = new Decimal(5);

/** Capacity units that serve `units` request units a month spread evenly, at `utilization`: at least 1, as a table must have. */
export function capacityFor(units: Decimal, utilization: Decimal): Decimal {
  return Decimal.max(1, units.dividedBy(SECONDS_PER_MONTH).dividedBy(utilization).ceil());
}

export const dynamodb: ServiceDefinition<DynamoDbUsage, DynamoDbSection> = {
  id: 'dynamodb',
  label: 'DynamoDB',
  warnings: ['dynamodb_on_demand_over_provisioned', 'dynamodb_capacity_below_load'],
  shared: true,
  prices: dynamodbPrices,
  usage: dynamodbScenario,
  template: dynamodbTemplate,
  lineItems: (scenario, prices, month) => dynamodbLineItems(scenario.dynamodbTables, prices.dynamodb, scenario.freeTier, month.where),
  scale: (scenario, scaled) => ({
    dynamodbTables: scenario.dynamodbTables.map((table) => ({
      ...table,
      reads: table.reads && { ...table.reads, counted: scaleQuantity(table.reads.counted, scaled) },
      writes: table.writes && { ...table.writes, counted: scaleQuantity(table.writes.counted, scaled) },
      streamReads: scaleQuantity(table.streamReads, scaled),
    })),
  }),
  // Request units have no free allowance and capacity and storage do not follow the traffic: only the stream reads' free pool bends the bill.
  meters: (scenario, prices) => {
    const table = prices.dynamodb;
    if (!table || !scenario.freeTier || !scenario.dynamodbTables.length) return [];
    const meters: Meter<DynamoDbUsage>[] = [{ quantity: (scaled) => otherStreamReads(scaled.dynamodbTables), thresholds: [table.free.streamReadRequestUnits] }];
    return meters;
  },
  checks: (scenario, prices) => {
    const table = prices.dynamodb;
    if (!table) return [];
    return scenario.dynamodbTables.flatMap((t) => (t.capacityMode === 'on_demand' ? onDemandCheck(t, table) : capacityCheck(t, table)));
  },
};

/**
 * An on-demand table whose requests would cost less as provisioned capacity,
 * assuming the month's load is spread evenly and the capacity is kept at AWS's
 * default auto-scaling target; the free capacity is left out, being the account's.
 * Only a saving of at least MATERIAL_SAVING_USD a month is said.
 */
function onDemandCheck(table: Table, prices: DynamoDbPrices): Warning[] {
  const rru = readRequestUnits(table.reads, prices.readUnitKb);
  const wru = writeRequestUnits(table.writes, prices.writeUnitKb);
  if (rru.isZero() && wru.isZero()) return [];
  const onDemandUsd = sum([rru.times(prices.perMillionReadRequestUnits), wru.times(prices.perMillionWriteRequestUnits)]).times(PER_MILLION);
  const rcu = capacityFor(rru, TARGET_UTILIZATION);
  const wcu = capacityFor(wru, TARGET_UTILIZATION);
  const provisionedUsd = rcu.times(prices.perReadCapacityUnitHour).plus(wcu.times(prices.perWriteCapacityUnitHour)).times(HOURS_PER_MONTH);
  if (onDemandUsd.minus(provisionedUsd).lessThan(MATERIAL_SAVING_USD)) return [];
  return [
    {
      id: 'dynamodb_on_demand_over_provisioned',
      message: `DynamoDB table ${table.name}: on-demand requests cost ${formatUsd(onDemandUsd)} a month; provisioned capacity for the same load spread evenly over the month (${rcu} RCU and ${wcu} WCU, at the 70% utilization AWS's auto-scaling targets) would cost ${formatUsd(provisionedUsd)}; a spiky load needs more capacity than this`,
    },
  ];
}

/** A provisioned table given fewer capacity units than its stated load needs on average: requests would be throttled. */
function capacityCheck(table: Table, prices: DynamoDbPrices): Warning[] {
  const short = (what: 'read' | 'write', units: Decimal, capacity: Decimal | null): Warning[] => {
    const needed = capacityFor(units, new Decimal(1));
    if (units.isZero() || !capacity || !needed.greaterThan(capacity)) return [];
    const unit = what === 'read' ? 'RCU' : 'WCU';
    return [
      {
        id: 'dynamodb_capacity_below_load',
        message: `DynamoDB table ${table.name}: its ${what}s need ${needed} ${unit} on average over the month, but it is provisioned with ${capacity}; requests above the capacity are throttled`,
      },
    ];
  };
  return [
    ...short('read', readRequestUnits(table.reads, prices.readUnitKb), table.readCapacityUnits),
    ...short('write', writeRequestUnits(table.writes, prices.writeUnitKb), table.writeCapacityUnits),
  ];
}
