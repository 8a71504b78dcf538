// Amazon DynamoDB as a priced service: tables any platform would use alike.
import { Decimal, sum } from '../../../core/money.js';
import { formatCounted, formatUsd, groupDigits } from '../../../core/numbers.js';
import type { Meter, Month, Outlook } from '../../../core/service.js';
import { type MonthProfile, requestsPerHour } from '../../../core/traffic.js';
import type { Warning } from '../../../core/types.js';
import { PER_MILLION, SECONDS_PER_HOUR } from '../../../core/units.js';
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

/**
 * Capacity units that serve `units` request units a month, hour by hour as the
 * scenario's traffic shape spreads them, at `utilization`: at least 1, as a
 * table must have. `busiest`: the most any hour needs; `unitHours`: the month's
 * capacity-unit-hours when the capacity follows the load, as auto-scaling does.
 */
export function capacityFor(units: Decimal, utilization: Decimal, profile: MonthProfile): { busiest: Decimal; unitHours: Decimal } {
  const perGroup = profile.groups.map((group) => ({
    hours: group.hours,
    capacity: Decimal.max(1, requestsPerHour(units, group, profile).dividedBy(SECONDS_PER_HOUR).dividedBy(utilization).ceil()),
  }));
  return {
    busiest: Decimal.max(1, ...perGroup.map((group) => group.capacity)),
    unitHours: sum(perGroup.map((group) => group.capacity.times(group.hours))),
  };
}

export const dynamodb: ServiceDefinition<DynamoDbUsage, DynamoDbSection> = {
  id: 'dynamodb',
  label: 'DynamoDB',
  warnings: { dynamodb_on_demand_over_provisioned: 'advice', dynamodb_capacity_below_load: 'limit' },
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
  checks: (scenario, prices, month) => {
    const table = prices.dynamodb;
    if (!table) return [];
    return scenario.dynamodbTables.flatMap((t) => (t.capacityMode === 'on_demand' ? onDemandCheck(t, table, month) : capacityCheck(t, table, month)));
  },
  outlookChecks: (scenario, prices, month, outlook) => {
    const table = prices.dynamodb;
    if (!table) return [];
    return scenario.dynamodbTables.flatMap((t) => (t.capacityMode === 'on_demand' ? [] : capacityOutlook(t, table, month, outlook)));
  },
};

/**
 * An on-demand table whose requests would cost less as provisioned capacity
 * kept at AWS's default auto-scaling target, following the load hour by hour as
 * the scenario's traffic shape spreads it (with steady traffic, every hour
 * alike); the free capacity is left out, being the account's. Only a saving of
 * at least MATERIAL_SAVING_USD a month is said.
 */
function onDemandCheck(table: Table, prices: DynamoDbPrices, { profile }: Month): Warning[] {
  const rru = readRequestUnits(table.reads, prices.readUnitKb);
  const wru = writeRequestUnits(table.writes, prices.writeUnitKb);
  if (rru.isZero() && wru.isZero()) return [];
  const onDemandUsd = sum([rru.times(prices.perMillionReadRequestUnits), wru.times(prices.perMillionWriteRequestUnits)]).times(PER_MILLION);
  const rcu = capacityFor(rru, TARGET_UTILIZATION, profile);
  const wcu = capacityFor(wru, TARGET_UTILIZATION, profile);
  const provisionedUsd = rcu.unitHours.times(prices.perReadCapacityUnitHour).plus(wcu.unitHours.times(prices.perWriteCapacityUnitHour));
  if (onDemandUsd.minus(provisionedUsd).lessThan(MATERIAL_SAVING_USD)) return [];
  const steady = profile.groups.length === 1;
  const capacity = steady
    ? `provisioned capacity for the same load spread evenly over the month (${groupDigits(rcu.busiest)} RCU and ${groupDigits(wcu.busiest)} WCU, at the 70% utilization AWS's auto-scaling targets)`
    : `provisioned capacity following the load hour by hour, as auto-scaling at AWS's default 70% target would (up to ${groupDigits(rcu.busiest)} RCU and ${groupDigits(wcu.busiest)} WCU in the busiest hours)`;
  return [
    {
      id: 'dynamodb_on_demand_over_provisioned',
      message: `DynamoDB table ${table.name}: on-demand requests cost ${formatUsd(onDemandUsd)} a month; ${capacity} would cost ${formatUsd(provisionedUsd)}; a ${steady ? 'spiky load' : 'burst inside an hour'} needs more capacity than this`,
    },
  ];
}

/**
 * A provisioned table given fewer capacity units than its stated load needs,
 * on average over the month or in the busiest hours of the scenario's traffic
 * shape: requests above the capacity would be throttled.
 */
function capacityCheck(table: Table, prices: DynamoDbPrices, { profile }: Month): Warning[] {
  return directions(table, prices).flatMap(({ what, units, capacity }) => capacityShort(table, what, units, capacity, profile) ?? []);
}

/** A provisioned table's reads and writes: the request units of its month and the capacity given for them. */
function directions(table: Table, prices: DynamoDbPrices): Array<{ what: 'read' | 'write'; units: Decimal; capacity: Decimal | null }> {
  return [
    { what: 'read', units: readRequestUnits(table.reads, prices.readUnitKb), capacity: table.readCapacityUnits },
    { what: 'write', units: writeRequestUnits(table.writes, prices.writeUnitKb), capacity: table.writeCapacityUnits },
  ];
}

/** The warning of `units` request units a month needing more than `capacity` in the busiest hours; null when it does not. */
function capacityShort(table: Table, what: 'read' | 'write', units: Decimal, capacity: Decimal | null, profile: MonthProfile): Warning | null {
  if (units.isZero() || !capacity) return null;
  const { busiest } = capacityFor(units, new Decimal(1), profile);
  if (!busiest.greaterThan(capacity)) return null;
  const unit = what === 'read' ? 'RCU' : 'WCU';
  const when = profile.groups.length === 1 ? 'on average over the month' : 'in the busiest hours of the traffic shape';
  return {
    id: 'dynamodb_capacity_below_load',
    message: `DynamoDB table ${table.name}: its ${what}s need ${groupDigits(busiest)} ${unit} ${when}, but it is provisioned with ${groupDigits(capacity)}; requests above the capacity are throttled`,
  };
}

/**
 * A provisioned table's capacity that month 1's load is within and a growing outlook's later month's is not: said once,
 * for the first such month. The units needed never fall as the requests grow, so the month is found by halving.
 */
function capacityOutlook(table: Table, prices: DynamoDbPrices, { profile }: Month, { factors, requestsPerMonth }: Outlook): Warning[] {
  if (!(factors.length > 1 && factors[1]!.greaterThan(factors[0]!))) return [];
  return directions(table, prices).flatMap(({ what, units, capacity }) => {
    const at = (month: number) => capacityShort(table, what, units.times(factors[month]!), capacity, profile);
    const last = factors.length - 1;
    if (capacityShort(table, what, units, capacity, profile) || !at(last)) return [];
    let [low, high] = [1, last];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (at(middle)) high = middle;
      else low = middle + 1;
    }
    const warning = at(low)!;
    const requests = formatCounted(requestsPerMonth.times(factors[low]!).toNumber(), 'request');
    return [{ id: warning.id, message: `from month ${low + 1} of the outlook (${requests}), ${warning.message}` }];
  });
}
