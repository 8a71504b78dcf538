// The providers slcost prices. Adding one is its folder under providers/, a
// line here, its entry in compare.ts's COMPARED and its price tables under
// pricing/<id>/ (docs/architecture.md says what its compare: settings touch).
import type { PriceSection } from '../schema/price-section.js';
import { aws } from './aws/index.js';
import { azure } from './azure/index.js';
import { cloudflare } from './cloudflare/index.js';
import { gcp } from './gcp/index.js';

export interface Provider {
  readonly id: string;
  /** As a person reads it: `AWS`, `Google Cloud Run functions`. */
  readonly label: string;
  readonly defaultRegion: string;
  /** How the provider writes a region's name, for the tables' schema. */
  readonly regionPattern: { readonly regex: RegExp; readonly example: string };
  readonly priceSections: readonly PriceSection<unknown>[];
}

/** AWS first: the provider a scenario is written for; the others price its functions beside Lambda. */
export const PROVIDERS: readonly Provider[] = [aws, gcp, azure, cloudflare];

/** The providers a scenario's functions can be compared on, beside Lambda: every one but AWS. */
export const COMPARED_PROVIDERS: readonly string[] = PROVIDERS.filter((provider) => provider !== aws).map((provider) => provider.id);

/** The provider named `id`; null for one slcost does not know. */
export function providerOf(id: string): Provider | null {
  return PROVIDERS.find((provider) => provider.id === id) ?? null;
}
