// Data transfer as a priced service: what the workload sends out, wherever it runs.
import type { ServiceDefinition } from '../../../schema/price-section.js';
import { ZERO } from '../../../core/money.js';
import { scaleQuantity } from '../../../core/usage.js';
import { bandEdges } from '../../../core/bands.js';
import { dataTransferLineItems, internetOutGb } from './line-items.js';
import { type DataTransferSection, dataTransferPrices } from './prices.js';
import { dataTransferScenario } from './scenario.js';
import { dataTransferTemplate } from './template.js';
import type { DataTransfer } from './types.js';

export type { DataTransfer, DataTransferPrices, GbUnits } from './types.js';
export type { DataTransferSection } from './prices.js';

export interface DataTransferUsage {
  readonly dataTransfer: DataTransfer | null;
  /** The always-free allowances apply. */
  readonly freeTier: boolean;
}

export const dataTransfer: ServiceDefinition<DataTransferUsage, DataTransferSection> = {
  id: 'data-transfer',
  label: 'Data transfer',
  shared: true,
  prices: dataTransferPrices,
  usage: dataTransferScenario,
  template: dataTransferTemplate,
  lineItems: (scenario, prices, month) => dataTransferLineItems(scenario.dataTransfer, prices.dataTransfer, scenario.freeTier, month.where),
  scale: (scenario, scaled) => {
    const transfer = scenario.dataTransfer;
    if (!transfer) return {};
    const scale = (quantity: DataTransfer['internetOutGb']) => quantity && scaleQuantity(quantity, scaled);
    return {
      dataTransfer: {
        ...transfer,
        internetOutGb: scale(transfer.internetOutGb),
        responses: scale(transfer.responses),
        interRegionGb: scale(transfer.interRegionGb),
        crossAzGb: scale(transfer.crossAzGb),
      },
    };
  },
  // Out to the internet bends where the free 100 GB runs out and at each band's edge, counted past the free part.
  meters: (scenario, prices) => {
    const table = prices.dataTransfer;
    if (!table || !scenario.dataTransfer) return [];
    const free = scenario.freeTier ? table.freeInternetOutGb : ZERO;
    const edges = bandEdges(table.internetOut).map((edge) => edge.plus(free));
    return [
      {
        quantity: (scaled) => (scaled.dataTransfer ? internetOutGb(scaled.dataTransfer).gb : ZERO),
        thresholds: scenario.freeTier ? [free, ...edges] : edges,
      },
    ];
  },
};
