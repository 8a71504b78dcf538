// Kinesis Data Streams' section of a scenario file: `services.kinesis`, a list of streams.
import { Decimal } from '../../../core/money.js';
import { HOURS_PER_MONTH } from '../../../core/units.js';
import { monthlyQuantity, scenarioSection } from '../../../schema/scenario-section.js';
import type { Stream } from './types.js';

/** One application reading every record: what a stream with a consumer has. */
export const DEFAULT_CONSUMERS = 1;
/** Records of up to 1 KB: the smallest size AWS meters, so the cheapest assumption is stated, not hidden. */
export const DEFAULT_RECORD_KB = 1;

/** Fields that only one mode meters, with why the other does not. */
const ON_DEMAND_ONLY = ['data_in_gb', 'consumers', 'data_out_gb', 'efo_consumers', 'efo_data_out_gb'] as const;

export const kinesisScenario = scenarioSection({
  key: 'kinesis',
  group: 'services',
  schema: ({ z, monthlyOrPerRequest, positiveKb, resourceName }) =>
    z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          mode: z._default(z.enum(['on_demand', 'provisioned']), 'on_demand'),
          /** Hours the stream exists in the month. */
          hours_per_month: z._default(z.number().check(z.gt(0), z.lte(744)), HOURS_PER_MONTH),
          /** Provisioned only: shards held all month. */
          shards: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
          /** Records put: with `record_kb`, they give the GB ingested (on-demand) or the PUT payload units (provisioned). */
          ...monthlyOrPerRequest('records'),
          record_kb: z.optional(positiveKb),
          /** Or the GB ingested itself (on-demand). */
          ...monthlyOrPerRequest('data_in_gb'),
          consumers: z.optional(z.int().check(z.gte(0), z.lte(1000))),
          ...monthlyOrPerRequest('data_out_gb'),
          efo_consumers: z.optional(z.int().check(z.gte(0), z.lte(1000))),
          ...monthlyOrPerRequest('efo_data_out_gb'),
          /** Or the PUT payload units themselves (provisioned). */
          ...monthlyOrPerRequest('put_payload_units'),
        }),
      ),
    ),
  read: (streams, context): { kinesisStreams: Stream[] } => ({
    kinesisStreams: (streams ?? []).map((stream, index): Stream => {
      const at = ['kinesis', index];
      const quantity = (name: string) => monthlyQuantity(stream, name, context, at) ?? null;
      const records = quantity('records');
      const dataInGb = quantity('data_in_gb');
      const dataOutGb = quantity('data_out_gb');
      const efoDataOutGb = quantity('efo_data_out_gb');
      const putPayloadUnits = quantity('put_payload_units');
      const fields = stream as Readonly<Record<string, unknown>>;
      const given = (name: string) => [name, `${name}_per_month`, `${name}_per_request`].some((key) => fields[key] !== undefined);
      /** Where a figure given either way was written, for the error to point at. */
      const field = (name: string) => [`${name}_per_month`, `${name}_per_request`].find((key) => fields[key] !== undefined) ?? name;
      const oneOf = (derived: string, figure: string, derivedGiven: boolean, figureGiven: boolean) => {
        if (derivedGiven && figureGiven) context.fail(`give ${figure} or ${derived}, not both: ${figure} is what ${derived} would derive`, [...at, field(figure)]);
      };
      if (stream.record_kb !== undefined && !records) context.fail('record_kb sizes records: give records_per_month (or records_per_request) too', [...at, 'record_kb']);
      if (stream.mode === 'on_demand') {
        if (stream.shards !== undefined)
          context.fail('shards apply to a provisioned stream; an on-demand stream scales by itself (set mode: provisioned to price shards)', [...at, 'shards']);
        if (putPayloadUnits) context.fail('PUT payload units are billed on a provisioned stream; an on-demand stream is billed per GB in', [...at, field('put_payload_units')]);
        oneOf('records', 'data_in_gb', Boolean(records), Boolean(dataInGb));
        oneOf('consumers', 'data_out_gb', stream.consumers !== undefined, Boolean(dataOutGb));
        oneOf('efo_consumers', 'efo_data_out_gb', stream.efo_consumers !== undefined, Boolean(efoDataOutGb));
      } else {
        if (stream.shards === undefined) context.fail('a provisioned stream needs shards: the shards it holds all month', at);
        for (const name of ON_DEMAND_ONLY.filter(given))
          context.fail(
            name.startsWith('efo')
              ? 'enhanced fan-out on a provisioned stream (consumer-shard-hours) is not priced; price it as an on-demand stream or leave it out'
              : `${name} applies to an on-demand stream; a provisioned stream's reads are included in its shard-hours, and its writes are billed per PUT payload unit (give records_per_month and record_kb, or put_payload_units_per_month)`,
            [...at, field(name)],
          );
        oneOf('records', 'put_payload_units', Boolean(records), Boolean(putPayloadUnits));
      }
      return {
        name: stream.name,
        mode: stream.mode,
        hoursPerMonth: new Decimal(stream.hours_per_month),
        shards: new Decimal(stream.shards ?? 0),
        records,
        recordKb: new Decimal(stream.record_kb ?? DEFAULT_RECORD_KB),
        dataInGb,
        consumers: new Decimal(stream.consumers ?? DEFAULT_CONSUMERS),
        dataOutGb,
        efoConsumers: new Decimal(stream.efo_consumers ?? 0),
        efoDataOutGb,
        putPayloadUnits,
      };
    }),
  }),
});
