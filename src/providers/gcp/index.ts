// Google Cloud as a provider: Cloud Run functions, region by region, each
// region in price tier 1 or 2.
import { gcpCompare } from './compare.js';
import { PLATFORMS, PRICE_SECTIONS, SERVICES } from './services.js';

export const gcp = {
  id: 'gcp',
  label: 'Google Cloud Run functions',
  /** The region every table must cover, and the one a comparison uses when the scenario names none: tier 1. */
  defaultRegion: 'us-central1',
  /** Google's region names: `us-central1`, `europe-west3`. */
  regionPattern: { regex: /^[a-z]+-[a-z]+\d+$/, example: 'us-central1' },
  services: SERVICES,
  priceSections: PRICE_SECTIONS,
  platforms: PLATFORMS,
  /** Its settings in a scenario's `compare:` block, and what a comparison reads of it. */
  compare: gcpCompare,
} as const;
