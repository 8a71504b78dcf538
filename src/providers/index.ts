// The providers slcost prices. Adding one is its folder under providers/
// (with, for a provider compared beside Lambda, its compare.ts: its settings
// in a scenario's compare: block and what a comparison reads of it), a line
// here, and its price tables under pricing/<id>/ (docs/architecture.md, "How
// to add a provider").
import type { Platform } from '../core/service.js';
import type { PriceSection } from '../schema/price-section.js';
import { aws } from './aws/index.js';
import type { ComparedPart, SettingsOf, UsagePartOf } from './compared.js';
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
  /** A provider compared beside Lambda: its settings in a scenario's `compare:` block, and what a comparison reads of it (compared.ts). */
  readonly compare?: ComparedPart<unknown, unknown, unknown>;
}

/** AWS first: the provider a scenario is written for; the others price its functions beside Lambda. */
export const PROVIDERS = [aws, gcp, azure, cloudflare] as const satisfies readonly Provider[];

/** The providers a scenario's functions can be compared on, beside Lambda: every one with a part to compare (all but AWS). */
export const COMPARED = (PROVIDERS as readonly Provider[]).filter((provider): provider is Compared => provider.compare !== undefined);

/** Their ids, in PROVIDERS' order: the order of `compare:`'s schema, of the comparison's assumptions and of the messages that list them. */
export const COMPARED_PROVIDERS: readonly string[] = COMPARED.map((provider) => provider.id);

/** A compared provider: its part to compare, and what its folder says of it besides (id, label, default region, its one platform). */
export type Compared = Provider & { readonly compare: ComparedPart<unknown, unknown, unknown>; readonly platforms: readonly Platform<never, never>[] };

type ComparedEntry = Extract<(typeof PROVIDERS)[number], { readonly compare: unknown }>;

/** Each compared provider's settings, by its id: what `CompareRequest` holds. */
export type ComparedSettings = { readonly [P in ComparedEntry as P['id']]: SettingsOf<P['compare']> };

/** What the compared providers add to the workload, each under its id (Azure's plan); those that add nothing are not here. */
export type ComparedUsageParts = { readonly [P in ComparedEntry as UsagePartOf<P['compare']> extends undefined ? never : P['id']]: UsagePartOf<P['compare']> };

/** The provider named `id`; null for one slcost does not know. */
export function providerOf(id: string): Provider | null {
  return PROVIDERS.find((provider) => provider.id === id) ?? null;
}
