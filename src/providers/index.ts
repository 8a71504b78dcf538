// The providers slcost prices. Adding one is its folder under providers/, a
// line here, and its price tables under pricing/<id>/.
import type { PriceSection } from '../schema/price-section.js';
import { aws } from './aws/index.js';

export interface Provider {
  readonly id: string;
  readonly defaultRegion: string;
  readonly priceSections: readonly PriceSection<unknown>[];
}

export const PROVIDERS: readonly Provider[] = [aws];

/** The provider named `id`; null for one slcost does not know. */
export function providerOf(id: string): Provider | null {
  return PROVIDERS.find((provider) => provider.id === id) ?? null;
}
