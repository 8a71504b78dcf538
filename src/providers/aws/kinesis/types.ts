// Amazon Kinesis Data Streams' prices and the streams a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export type StreamMode = 'on_demand' | 'provisioned';

export interface KinesisPrices {
  readonly source: string;
  readonly onDemand: {
    readonly perStreamHour: Decimal;
    readonly dataInPerGb: Decimal;
    readonly dataOutPerGb: Decimal;
    readonly efoDataOutPerGb: Decimal;
    /** Each record's size is rounded up to a multiple of this many KB (1 KB = 1,024 bytes) for data in and out. */
    readonly recordRoundingKb: number;
  };
  readonly provisioned: {
    readonly perShardHour: Decimal;
    readonly perMillionPutPayloadUnits: Decimal;
    /** A PUT payload unit is each chunk of this many KB of a record (25). */
    readonly putPayloadUnitKb: number;
  };
}

/**
 * One stream as the scenario gives it. The figures it derives (GB in from
 * records, GB out from consumers, PUT payload units from record sizes) are
 * derived when it is priced, so that a scaled scenario derives them again.
 */
export interface Stream {
  readonly name: string;
  readonly mode: StreamMode;
  /** Hours the stream exists in the month (730 for a whole month). */
  readonly hoursPerMonth: Decimal;
  /** Provisioned: shards the stream holds all month. */
  readonly shards: Decimal;
  readonly records: MonthlyQuantity | null;
  /** As the producer sends it, before rounding. */
  readonly recordKb: Decimal;
  /** Given: replaces records × rounded record size. */
  readonly dataInGb: MonthlyQuantity | null;
  /** Consumers reading every record with GetRecords (on-demand). */
  readonly consumers: Decimal;
  /** Given: replaces data in × consumers. */
  readonly dataOutGb: MonthlyQuantity | null;
  /** Enhanced fan-out consumers reading every record (on-demand). */
  readonly efoConsumers: Decimal;
  /** Given: replaces data in × EFO consumers. */
  readonly efoDataOutGb: MonthlyQuantity | null;
  /** Given: replaces records × 25 KB chunks per record (provisioned). */
  readonly putPayloadUnits: MonthlyQuantity | null;
}
