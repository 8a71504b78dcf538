// A price book as a flat list of named unit prices, for showing one version
// and for the differences between two.
import { Decimal } from '../../core/money.js';
import type { PriceBook } from './types.js';
import { PRICE_SECTIONS } from './services.js';
import type { PriceSection } from '../../schema/price-section.js';

/** A provider's sections of a region's prices: AWS's unless another provider's table is listed. */
type Sections = readonly PriceSection<unknown>[];

export interface PriceEntry {
  readonly region: string;
  /** The price table's section, e.g. `api_gateway`. */
  readonly service: string;
  /** Stable within the service, e.g. `duration.arm64.band-2`. */
  readonly key: string;
  readonly description: string;
  readonly value: Decimal;
  /** What the value is per, e.g. `USD per GB-second`, `ms`, `%`. */
  readonly unit: string;
}

function regionEntries(region: string, prices: unknown, sections: Sections): PriceEntry[] {
  const entries: PriceEntry[] = [];
  for (const section of sections) {
    section.list?.(prices as never, (key, description, value, unit) => entries.push({ region, service: section.key, key, description, value, unit }));
  }
  return entries;
}

export function priceList(book: PriceBook<unknown>, sections: Sections = PRICE_SECTIONS): PriceEntry[] {
  return Object.entries(book.regions).flatMap(([region, prices]) => regionEntries(region, prices, sections));
}

export interface PriceChange {
  readonly region: string;
  readonly service: PriceEntry['service'];
  readonly key: string;
  readonly description: string;
  readonly unit: string;
  readonly kind: 'changed' | 'added' | 'removed';
  readonly before: Decimal | null;
  readonly after: Decimal | null;
  /** Percent change; null unless both sides exist and the old value is not zero. */
  readonly changePct: Decimal | null;
}

/** Every entry that differs between two price books, in the order of the newer one, removed entries last. */
export function priceDiff(before: PriceBook<unknown>, after: PriceBook<unknown>, sections: Sections = PRICE_SECTIONS): PriceChange[] {
  const id = (entry: PriceEntry) => `${entry.region}|${entry.service}|${entry.key}`;
  const old = new Map(priceList(before, sections).map((entry) => [id(entry), entry]));
  const changes: PriceChange[] = [];
  const seen = new Set<string>();
  for (const entry of priceList(after, sections)) {
    const previous = old.get(id(entry));
    seen.add(id(entry));
    if (!previous) changes.push({ ...entry, kind: 'added', before: null, after: entry.value, changePct: null });
    else if (!previous.value.equals(entry.value)) {
      changes.push({
        ...entry,
        kind: 'changed',
        before: previous.value,
        after: entry.value,
        changePct: previous.value.isZero() ? null : entry.value.minus(previous.value).dividedBy(previous.value).times(100),
      });
    }
  }
  for (const [key, entry] of old) if (!seen.has(key)) changes.push({ ...entry, kind: 'removed', before: entry.value, after: null, changePct: null });
  return changes;
}
