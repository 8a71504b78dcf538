// Amazon DynamoDB: on-demand request units, provisioned capacity held all
// month, storage and stream reads. Each allowance of the always-free tier is
// one pool for all of a region's tables, so each quantity is billed over all
// tables together, as AWS's bill does.
// https://aws.amazon.com/dynamodb/pricing/
import { pricesFor } from '../../../core/errors.js';
import { allowanceLineItem, lineItem } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import { groupDigits, usageCount } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { HOURS_PER_MONTH, PER_HUNDRED, PER_MILLION } from '../../../core/units.js';
import type { DynamoDbPrices, ReadConsistency, ReadUsage, Table, WriteUsage } from './types.js';
import { listNames, listParts } from '../../../core/names.js';

/** A read request unit is one strongly consistent read: an eventually consistent one is half, a transactional one two. */
const READ_FACTOR: Record<ReadConsistency, Decimal> = { eventual: new Decimal('0.5'), strong: new Decimal(1), transactional: new Decimal(2) };
const CONSISTENCY: Record<ReadConsistency, string> = { eventual: 'eventually consistent ×0.5', strong: 'strongly consistent', transactional: 'transactional ×2' };
const PER_100K = new Decimal('0.00001');

/** Read request units one read costs: a unit per started `unitKb` of the item, times the consistency's factor. */
export function readUnitsPerRead(item: NonNullable<ReadUsage['item']>, unitKb: number): Decimal {
  return item.itemKb.dividedBy(unitKb).ceil().times(READ_FACTOR[item.consistency]);
}

/** Write request units one write costs on average: a unit per started `unitKb`, the transactional share twice. */
export function writeUnitsPerWrite(item: NonNullable<WriteUsage['item']>, unitKb: number): Decimal {
  return item.itemKb.dividedBy(unitKb).ceil().times(item.transactionalPct.times(PER_HUNDRED).plus(1));
}

export function readRequestUnits(reads: ReadUsage | null, unitKb: number): Decimal {
  if (!reads) return ZERO;
  return reads.item ? reads.counted.perMonth.times(readUnitsPerRead(reads.item, unitKb)) : reads.counted.perMonth;
}

export function writeRequestUnits(writes: WriteUsage | null, unitKb: number): Decimal {
  if (!writes) return ZERO;
  return writes.item ? writes.counted.perMonth.times(writeUnitsPerWrite(writes.item, unitKb)) : writes.counted.perMonth;
}

/** `users: 8M reads × 0.5 RRU (3 KB item = 1 × 4 KB, eventually consistent ×0.5)`, or `users: 8M RRU given`. */
function describeReads(table: Table, reads: ReadUsage, unitKb: number): string {
  if (!reads.item) return `${table.name}: ${usageCount(reads.counted.perMonth)} RRU given`;
  const chunks = reads.item.itemKb.dividedBy(unitKb).ceil();
  return `${table.name}: ${usageCount(reads.counted.perMonth)} reads × ${readUnitsPerRead(reads.item, unitKb).toFixed()} RRU (${reads.item.itemKb.toFixed()} KB item = ${chunks.toFixed()} × ${unitKb} KB, ${CONSISTENCY[reads.item.consistency]})`;
}

function describeWrites(table: Table, writes: WriteUsage, unitKb: number): string {
  if (!writes.item) return `${table.name}: ${usageCount(writes.counted.perMonth)} WRU given`;
  const chunks = writes.item.itemKb.dividedBy(unitKb).ceil();
  const transactional = writes.item.transactionalPct.isZero() ? '' : `, ${writes.item.transactionalPct.toFixed()}% transactional ×2`;
  return `${table.name}: ${usageCount(writes.counted.perMonth)} writes × ${writeUnitsPerWrite(writes.item, unitKb).toFixed()} WRU (${writes.item.itemKb.toFixed()} KB item = ${chunks.toFixed()} × ${unitKb} KB${transactional})`;
}

/** The tables' month: each quantity over all tables, the free pool taken off once. */
export function dynamodbLineItems(tables: readonly Table[], table: DynamoDbPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!tables.length) return [];
  const prices = pricesFor(table, 'DynamoDB', where);
  const items: LineItem[] = [];
  const onDemand = tables.filter((t) => t.capacityMode === 'on_demand');
  const provisioned = tables.filter((t) => t.capacityMode === 'provisioned');

  const writers = onDemand.filter((t) => t.writes);
  if (writers.length) {
    // How the units were reached goes in the note under the line, where a reader looks for it, not in the label.
    const units = sum(writers.map((t) => writeRequestUnits(t.writes, prices.writeUnitKb)));
    items.push(
      lineItem({
        id: 'dynamodb.write-request-units',
        label: 'DynamoDB on-demand write request units',
        quantity: units.times(PER_MILLION),
        unit: '1M WRU',
        unitPriceUsd: prices.perMillionWriteRequestUnits,
        basis: {
          used: units,
          free: ZERO,
          countedAs: `WRU (${listParts(
            writers.map((t) => describeWrites(t, t.writes!, prices.writeUnitKb)),
            '; ',
          )})`,
        },
      }),
    );
  }
  const readers = onDemand.filter((t) => t.reads);
  if (readers.length) {
    const units = sum(readers.map((t) => readRequestUnits(t.reads, prices.readUnitKb)));
    items.push(
      lineItem({
        id: 'dynamodb.read-request-units',
        label: 'DynamoDB on-demand read request units',
        quantity: units.times(PER_MILLION),
        unit: '1M RRU',
        unitPriceUsd: prices.perMillionReadRequestUnits,
        basis: {
          used: units,
          free: ZERO,
          countedAs: `RRU (${listParts(
            readers.map((t) => describeReads(t, t.reads!, prices.readUnitKb)),
            '; ',
          )})`,
        },
      }),
    );
  }

  if (provisioned.length) {
    const capacity = (kind: 'write' | 'read') => {
      const units = (t: Table) => (kind === 'write' ? t.writeCapacityUnits : t.readCapacityUnits) ?? ZERO;
      const short = kind === 'write' ? 'WCU' : 'RCU';
      const names = listNames(provisioned.map((t) => `${t.name} ${groupDigits(units(t))} ${short}`));
      return allowanceLineItem({
        id: `dynamodb.${kind}-capacity`,
        label: `DynamoDB provisioned ${kind} capacity (${names}; × ${HOURS_PER_MONTH} h)`,
        countedAs: `${short}-hours`,
        unit: `${short}-hour`,
        unitsPerCount: new Decimal(1),
        gross: sum(provisioned.map(units)).times(HOURS_PER_MONTH),
        free: freeTier ? (kind === 'write' ? prices.free.writeCapacityUnits : prices.free.readCapacityUnits).times(HOURS_PER_MONTH) : ZERO,
        usd: kind === 'write' ? prices.perWriteCapacityUnitHour : prices.perReadCapacityUnitHour,
      });
    };
    items.push(capacity('write'), capacity('read'));
  }

  const stored = tables.filter((t) => !t.storageGb.isZero());
  if (stored.length)
    items.push(
      allowanceLineItem({
        id: 'dynamodb.storage',
        label: `DynamoDB storage (${listNames(stored.map((t) => `${t.name} ${groupDigits(t.storageGb)} GB`))})`,
        countedAs: 'GB-months',
        unit: 'GB-months',
        unitsPerCount: new Decimal(1),
        gross: sum(stored.map((t) => t.storageGb)),
        free: freeTier ? prices.free.storageGb : ZERO,
        usd: prices.perStorageGbMonth,
      }),
    );

  const streamed = tables.filter((t) => !t.streamReads.perMonth.isZero());
  const byOthers = streamed.filter((t) => t.streamConsumer === 'other');
  if (byOthers.length)
    items.push(
      allowanceLineItem({
        id: 'dynamodb.stream-read-request-units',
        label: `DynamoDB Streams read request units (${listNames(byOthers.map((t) => t.name))})`,
        countedAs: 'stream read request units',
        unit: '100K sRRU',
        unitsPerCount: PER_100K,
        gross: otherStreamReads(tables),
        free: freeTier ? prices.free.streamReadRequestUnits : ZERO,
        usd: prices.per100kStreamReadRequestUnits,
      }),
    );
  const byLambda = streamed.filter((t) => t.streamConsumer === 'lambda');
  if (byLambda.length) {
    // Free whatever the free tier: shown so that the reads are seen to be counted, not forgotten, and said to be unbilled,
    // not taken from the 2.5 million free a month that other readers share.
    const used = sum(byLambda.map((t) => t.streamReads.perMonth));
    items.push(
      lineItem({
        id: 'dynamodb.stream-read-request-units.lambda',
        label: `DynamoDB Streams reads by Lambda triggers, free (${listNames(byLambda.map((t) => t.name))})`,
        quantity: ZERO,
        unit: '100K sRRU',
        unitPriceUsd: prices.per100kStreamReadRequestUnits,
        basis: { used, free: used, countedAs: 'stream read request units', freeAs: 'not billed' },
      }),
    );
  }
  return items;
}

/** Stream reads that are billed: those of consumers other than Lambda triggers, all tables together. */
export function otherStreamReads(tables: readonly Table[]): Decimal {
  return sum(tables.filter((t) => t.streamConsumer === 'other').map((t) => t.streamReads.perMonth));
}
