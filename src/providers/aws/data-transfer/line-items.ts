// Data transfer: out to the internet in monthly bands after 100 GB a month
// free; to another region and between Availability Zones at flat rates.
// https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer
import { pricesFor } from '../../../core/errors.js';
import { lineItem, tieredLineItems } from '../../../core/line-item.js';
import { Decimal, ZERO } from '../../../core/money.js';
import { groupDigits } from '../../../core/numbers.js';
import type { LineItem } from '../../../core/types.js';
import { GB_PER_KB } from '../../../core/units.js';
import type { DataTransfer, DataTransferPrices } from './types.js';

const GB_PER_DECIMAL_KB = new Decimal('0.000001');

/** GB out to the internet: as given, or responses × KB per response. */
export function internetOutGb(transfer: DataTransfer): { gb: Decimal; how: string | null } {
  if (transfer.internetOutGb) return { gb: transfer.internetOutGb.perMonth, how: null };
  if (!transfer.responses || !transfer.responseKb) return { gb: ZERO, how: null };
  const decimal = transfer.gbUnits === 'decimal';
  const gb = transfer.responses.perMonth.times(transfer.responseKb).times(decimal ? GB_PER_DECIMAL_KB : GB_PER_KB);
  const shown = `${gb.decimalPlaces() > 4 ? '≈ ' : ''}${groupDigits(gb.toDecimalPlaces(4))} GB`;
  return { gb, how: `${groupDigits(transfer.responses.perMonth)} responses × ${groupDigits(transfer.responseKb)} KB = ${shown}, ${decimal ? '1 GB = 10^6 KB' : '1 GB = 2^20 KB'}` };
}

const TB_PER_GB = new Decimal(1).dividedBy(1024);
const tb = (gb: Decimal) => `${groupDigits(gb.times(TB_PER_GB))} TB`;

/** A band as AWS's price page names it: `first 10 TB`, `next 40 TB`, `over 150 TB` (1 TB = 1,024 GB). */
function bandText(tiers: DataTransferPrices['internetOut'], index: number): string {
  if (tiers.length === 1) return '';
  const from = tiers[index - 1]?.upTo ?? ZERO;
  const to = tiers[index]!.upTo;
  if (!to) return `over ${tb(from)}`;
  return `${index === 0 ? 'first' : 'next'} ${tb(to.minus(from))}`;
}

export function dataTransferLineItems(transfer: DataTransfer | null, table: DataTransferPrices | null, freeTier: boolean, where: string): LineItem[] {
  if (!transfer) return [];
  const prices = pricesFor(table, 'data transfer', where);
  const items: LineItem[] = [];
  if (transfer.internetOutGb || transfer.responses) {
    const out = internetOutGb(transfer);
    const free = freeTier ? Decimal.min(prices.freeInternetOutGb, out.gb) : ZERO;
    const what = `Data transfer out to the internet${freeTier ? ` beyond the ${groupDigits(prices.freeInternetOutGb)} GB a month free` : ''}`;
    // AWS bands what is left after the free 100 GB ("first 10 TB / month data transfer out
    // beyond the global free tier"), so the free part shifts the bands rather than
    // filling the bottom of the first one.
    const banded = tieredLineItems({
      id: 'data-transfer.internet-out',
      label: what,
      countedAs: 'GB',
      unit: 'GB',
      unitsPerCount: new Decimal(1),
      gross: out.gb.minus(free),
      free: ZERO,
      tiers: prices.internetOut,
    }).map((item, index) => ({ ...item, label: `${what} (${[bandText(prices.internetOut, index), out.how].filter(Boolean).join('; ')})` }));
    const [first, ...rest] = banded;
    items.push({ ...first!, basis: { used: first!.basis!.used.plus(free), free, countedAs: 'GB' } }, ...rest);
  }
  if (transfer.interRegionGb)
    items.push(
      lineItem({
        id: 'data-transfer.inter-region',
        label: 'Data transfer to another region',
        quantity: transfer.interRegionGb.perMonth,
        unit: 'GB',
        unitPriceUsd: prices.interRegionPerGb,
      }),
    );
  if (transfer.crossAzGb) {
    const gb = transfer.crossAzGb.perMonth;
    const billed = gb.times(2);
    items.push(
      lineItem({
        id: 'data-transfer.cross-az',
        label: `Data transfer between Availability Zones (${groupDigits(gb)} GB, billed out of one zone and into the other: ${groupDigits(billed)} GB)`,
        quantity: billed,
        unit: 'GB',
        unitPriceUsd: prices.crossAzPerGbEachDirection,
      }),
    );
  }
  return items;
}
