// Kinesis Data Streams: on-demand streams billed per stream-hour and per GB
// in and out (each record rounded up to 1 KB), provisioned streams per
// shard-hour and per 25 KB PUT payload unit. No free tier.
// https://aws.amazon.com/kinesis/data-streams/pricing/
import { pricesFor } from '../../../core/errors.js';
import { lineItem } from '../../../core/line-item.js';
import { Decimal, sum, ZERO } from '../../../core/money.js';
import { groupDigits } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { GB_PER_KB, PER_MILLION } from '../../../core/units.js';
import { meteredChunks } from '../../../core/usage.js';
import type { KinesisPrices, Stream } from './types.js';
import { listParts } from '../../../core/names.js';

/** A figure and how it was reached, as the note under its line shows it. */
export interface Derived {
  readonly value: Decimal;
  readonly how: string;
}

const count = (value: Decimal, one: string, many = `${one}s`) => `${groupDigits(value)} ${value.equals(1) ? one : many}`;
/** GB to four places, marked when rounded: words of a note, not a figure anything is computed from. */
export const gbText = (gb: Decimal) => `${gb.decimalPlaces() > 4 ? '≈ ' : ''}${groupDigits(gb.toDecimalPlaces(4))} GB`;
/** `= 2 GB`, or `≈ 4.7684 GB` when the figure is rounded for the note. */
const isGb = (gb: Decimal) => (gb.decimalPlaces() > 4 ? gbText(gb) : `= ${gbText(gb)}`);

/** GB ingested: as given, or records × each record rounded up to whole KB (AWS's KB is 1,024 bytes, so a GB is 1,048,576 of them). */
export function dataInGb(stream: Stream, roundingKb: number): Derived {
  if (stream.dataInGb) return { value: stream.dataInGb.perMonth, how: `${gbText(stream.dataInGb.perMonth)} in` };
  if (!stream.records) return { value: ZERO, how: 'no data in' };
  const meteredKb = meteredChunks(stream.recordKb, roundingKb).times(roundingKb);
  const gb = stream.records.perMonth.times(meteredKb).times(GB_PER_KB);
  const rounded = meteredKb.equals(stream.recordKb) ? `${groupDigits(stream.recordKb)} KB` : `${groupDigits(stream.recordKb)} KB rounded up to ${groupDigits(meteredKb)} KB`;
  return { value: gb, how: `${count(stream.records.perMonth, 'record')} × ${rounded} ${isGb(gb)} in` };
}

/** GB read by consumers: as given, or GB in × the consumers that read every record. */
function readGb(given: Stream['dataOutGb'], consumers: Decimal, what: string, dataIn: Derived): Derived {
  if (given) return { value: given.perMonth, how: gbText(given.perMonth) };
  const gb = dataIn.value.times(consumers);
  return { value: gb, how: `${count(consumers, what)} × ${gbText(dataIn.value)} in ${isGb(gb)}` };
}

export const dataOutGb = (stream: Stream, dataIn: Derived) => readGb(stream.dataOutGb, stream.consumers, 'consumer', dataIn);
export const efoDataOutGb = (stream: Stream, dataIn: Derived) => readGb(stream.efoDataOutGb, stream.efoConsumers, 'enhanced fan-out consumer', dataIn);

/** PUT payload units: as given, or records × the 25 KB chunks of each. */
export function putPayloadUnits(stream: Stream, unitKb: number): Derived {
  if (stream.putPayloadUnits) return { value: stream.putPayloadUnits.perMonth, how: count(stream.putPayloadUnits.perMonth, 'unit') };
  if (!stream.records) return { value: ZERO, how: 'no records' };
  const chunks = meteredChunks(stream.recordKb, unitKb);
  const units = stream.records.perMonth.times(chunks);
  return {
    value: units,
    how: `${count(stream.records.perMonth, 'record')} of ${groupDigits(stream.recordKb)} KB × ${count(chunks, `unit of ${unitKb} KB`, `units of ${unitKb} KB`)} = ${count(units, 'unit')}`,
  };
}

/**
 * One line per metered quantity and mode, each stream's share of it spelled out in the note under it (as a table's
 * request units are), not in its label: the label is what is billed, and reads the same whatever the streams.
 */
function line(
  id: string,
  what: string,
  parts: readonly { stream: Stream; derived: Derived }[],
  unit: string,
  unitPriceUsd: Decimal,
  { countedAs = unit, unitsPerCount = new Decimal(1) }: { countedAs?: string; unitsPerCount?: Decimal } = {},
): LineItem {
  const how = listParts(
    parts.map(({ stream, derived }) => `${stream.name}: ${derived.how}`),
    '; ',
  );
  const used = sum(parts.map((part) => part.derived.value));
  return lineItem({ id, label: what, quantity: used.times(unitsPerCount), unit, unitPriceUsd, basis: { used, free: ZERO, countedAs: `${countedAs} (${how})` } });
}

export function kinesisLineItems(streams: readonly Stream[], table: KinesisPrices | null, where: string): LineItem[] {
  if (!streams.length) return [];
  const prices = pricesFor(table, 'Kinesis', where);
  const items: LineItem[] = [];
  const onDemand = streams.filter((stream) => stream.mode === 'on_demand');
  if (onDemand.length) {
    const od = prices.onDemand;
    const dataIn = onDemand.map((stream) => ({ stream, derived: dataInGb(stream, od.recordRoundingKb) }));
    const hours = onDemand.map((stream) => ({ stream, derived: { value: stream.hoursPerMonth, how: `${groupDigits(stream.hoursPerMonth)} h` } }));
    items.push(line('kinesis.on-demand.stream-hours', 'Kinesis on-demand stream-hours', hours, 'stream-hours', od.perStreamHour));
    items.push(line('kinesis.on-demand.data-in', 'Kinesis on-demand data in', dataIn, 'GB', od.dataInPerGb));
    const out = dataIn.map(({ stream, derived }) => ({ stream, derived: dataOutGb(stream, derived) }));
    if (out.some(({ stream }) => stream.dataOutGb || !stream.consumers.isZero()))
      items.push(line('kinesis.on-demand.data-out', 'Kinesis on-demand data retrieved', out, 'GB', od.dataOutPerGb));
    const efo = dataIn
      .filter(({ stream }) => stream.efoDataOutGb || !stream.efoConsumers.isZero())
      .map(({ stream, derived }) => ({ stream, derived: efoDataOutGb(stream, derived) }));
    if (efo.length) items.push(line('kinesis.on-demand.efo-data-out', 'Kinesis on-demand enhanced fan-out data retrieved', efo, 'GB', od.efoDataOutPerGb));
  }
  const provisioned = streams.filter((stream) => stream.mode === 'provisioned');
  if (provisioned.length) {
    const pv = prices.provisioned;
    const shardHours = provisioned.map((stream) => ({
      stream,
      derived: { value: stream.shards.times(stream.hoursPerMonth), how: `${count(stream.shards, 'shard')} × ${groupDigits(stream.hoursPerMonth)} h` },
    }));
    items.push(line('kinesis.provisioned.shard-hours', 'Kinesis provisioned shard-hours', shardHours, 'shard-hours', pv.perShardHour));
    const puts = provisioned.filter((stream) => stream.records || stream.putPayloadUnits).map((stream) => ({ stream, derived: putPayloadUnits(stream, pv.putPayloadUnitKb) }));
    if (puts.length)
      items.push(
        line('kinesis.provisioned.put-payload-units', 'Kinesis PUT payload units', puts, '1M units', pv.perMillionPutPayloadUnits, {
          countedAs: 'units',
          unitsPerCount: PER_MILLION,
        }),
      );
  }
  return items;
}
