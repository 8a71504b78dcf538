// Amazon Kinesis Data Streams as a priced service: streams any platform would use alike.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { scaleQuantity } from '../../../core/usage.js';
import { kinesisLineItems } from './line-items.js';
import { type KinesisSection, kinesisPrices } from './prices.js';
import { kinesisScenario } from './scenario.js';
import { kinesisTemplate } from './template.js';
import type { Stream } from './types.js';

export type { KinesisPrices, Stream, StreamMode } from './types.js';
export type { KinesisSection } from './prices.js';

export interface KinesisUsage {
  readonly kinesisStreams: readonly Stream[];
}

export const kinesis: ServiceDefinition<KinesisUsage, KinesisSection> = {
  id: 'kinesis',
  label: 'Kinesis',
  shared: true,
  prices: kinesisPrices,
  usage: kinesisScenario,
  template: kinesisTemplate,
  lineItems: (scenario, prices, month) => kinesisLineItems(scenario.kinesisStreams, prices.kinesis, month.where),
  scale: (scenario, scaled) => ({
    kinesisStreams: scenario.kinesisStreams.map((stream) => {
      const scale = (quantity: Stream['records']) => quantity && scaleQuantity(quantity, scaled);
      return {
        ...stream,
        records: scale(stream.records),
        dataInGb: scale(stream.dataInGb),
        dataOutGb: scale(stream.dataOutGb),
        efoDataOutGb: scale(stream.efoDataOutGb),
        putPayloadUnits: scale(stream.putPayloadUnits),
      };
    }),
  }),
  // Every Kinesis price is flat and there is no free tier: nothing bends.
  meters: () => [],
};
