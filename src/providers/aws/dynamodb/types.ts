// Amazon DynamoDB's prices and the tables a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export type CapacityMode = 'on_demand' | 'provisioned';
export type ReadConsistency = 'eventual' | 'strong' | 'transactional';
/** Who reads a table's stream: reads by Lambda triggers are free. */
export type StreamConsumer = 'lambda' | 'other';

export interface DynamoDbPrices {
  readonly source: string;
  /** USD per million request units, on-demand tables. */
  readonly perMillionWriteRequestUnits: Decimal;
  readonly perMillionReadRequestUnits: Decimal;
  /** USD per capacity unit-hour, provisioned tables. */
  readonly perWriteCapacityUnitHour: Decimal;
  readonly perReadCapacityUnitHour: Decimal;
  /** USD per GB-month, Standard table class. */
  readonly perStorageGbMonth: Decimal;
  /** USD per 100,000 stream read request units. */
  readonly per100kStreamReadRequestUnits: Decimal;
  /** A read request unit covers this many KB of an item (4), a write request unit this many (1). */
  readonly readUnitKb: number;
  readonly writeUnitKb: number;
  /** The always-free allowances, one pool for all of a region's tables. */
  readonly free: {
    readonly storageGb: Decimal;
    readonly writeCapacityUnits: Decimal;
    readonly readCapacityUnits: Decimal;
    readonly streamReadRequestUnits: Decimal;
  };
}

/**
 * Reads or writes for a month: request units as the scenario gave them
 * (`item` null), or requests and the item they read or write, from which the
 * units are derived with the table's metering rules.
 */
export interface ReadUsage {
  readonly counted: MonthlyQuantity;
  readonly item: { readonly itemKb: Decimal; readonly consistency: ReadConsistency } | null;
}
export interface WriteUsage {
  readonly counted: MonthlyQuantity;
  /** `transactionalPct`: the share of writes made in transactions, each billed twice. */
  readonly item: { readonly itemKb: Decimal; readonly transactionalPct: Decimal } | null;
}

export interface Table {
  readonly name: string;
  readonly capacityMode: CapacityMode;
  /** On-demand: billed. Provisioned: not billed, only compared with the capacity. Null when not given. */
  readonly reads: ReadUsage | null;
  readonly writes: WriteUsage | null;
  /** Provisioned tables: capacity units held all month; null on on-demand tables. */
  readonly readCapacityUnits: Decimal | null;
  readonly writeCapacityUnits: Decimal | null;
  readonly storageGb: Decimal;
  readonly streamReads: MonthlyQuantity;
  readonly streamConsumer: StreamConsumer;
}
