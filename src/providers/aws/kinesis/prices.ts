// Kinesis Data Streams' section of a region in the price table.
import { Decimal } from '../../../core/money.js';
import { priceSection } from '../../../schema/price-section.js';
import type { KinesisPrices } from './types.js';

export interface KinesisSection {
  readonly kinesis: KinesisPrices | null;
}

export const kinesisPrices = priceSection({
  key: 'kinesis',
  schema: ({ z, priceString, source }) =>
    z.optional(
      z.strictObject({
        source,
        on_demand: z.strictObject({
          stream_hour: priceString,
          data_in_per_gb: priceString,
          data_out_per_gb: priceString,
          efo_data_out_per_gb: priceString,
          record_rounding_kb: z.int().check(z.gte(1)),
        }),
        provisioned: z.strictObject({
          shard_hour: priceString,
          per_million_put_payload_units: priceString,
          put_payload_unit_kb: z.int().check(z.gte(1)),
        }),
      }),
    ),
  read: (kinesis): KinesisSection => ({
    kinesis: kinesis
      ? {
          source: kinesis.source,
          onDemand: {
            perStreamHour: new Decimal(kinesis.on_demand.stream_hour),
            dataInPerGb: new Decimal(kinesis.on_demand.data_in_per_gb),
            dataOutPerGb: new Decimal(kinesis.on_demand.data_out_per_gb),
            efoDataOutPerGb: new Decimal(kinesis.on_demand.efo_data_out_per_gb),
            recordRoundingKb: kinesis.on_demand.record_rounding_kb,
          },
          provisioned: {
            perShardHour: new Decimal(kinesis.provisioned.shard_hour),
            perMillionPutPayloadUnits: new Decimal(kinesis.provisioned.per_million_put_payload_units),
            putPayloadUnitKb: kinesis.provisioned.put_payload_unit_kb,
          },
        }
      : null,
  }),
  discount: ({ kinesis }, off) => ({
    kinesis: kinesis && {
      ...kinesis,
      onDemand: {
        ...kinesis.onDemand,
        perStreamHour: off(kinesis.onDemand.perStreamHour),
        dataInPerGb: off(kinesis.onDemand.dataInPerGb),
        dataOutPerGb: off(kinesis.onDemand.dataOutPerGb),
        efoDataOutPerGb: off(kinesis.onDemand.efoDataOutPerGb),
      },
      provisioned: {
        ...kinesis.provisioned,
        perShardHour: off(kinesis.provisioned.perShardHour),
        perMillionPutPayloadUnits: off(kinesis.provisioned.perMillionPutPayloadUnits),
      },
    },
  }),
  list: ({ kinesis }, add) => {
    if (!kinesis) return;
    add('on-demand.stream-hour', 'Kinesis on-demand stream-hours', kinesis.onDemand.perStreamHour, 'USD per stream-hour');
    add('on-demand.data-in', 'Kinesis on-demand data ingested', kinesis.onDemand.dataInPerGb, 'USD per GB');
    add('on-demand.data-out', 'Kinesis on-demand data retrieved', kinesis.onDemand.dataOutPerGb, 'USD per GB');
    add('on-demand.efo-data-out', 'Kinesis on-demand enhanced fan-out data retrieved', kinesis.onDemand.efoDataOutPerGb, 'USD per GB');
    add('provisioned.shard-hour', 'Kinesis provisioned shard-hours', kinesis.provisioned.perShardHour, 'USD per shard-hour');
    add('provisioned.put-payload-units', 'Kinesis provisioned PUT payload units', kinesis.provisioned.perMillionPutPayloadUnits, 'USD per 1M units');
  },
});
