// Cloudflare as a provider: Workers, priced alike everywhere (the table's one region is `global`).
import { cloudflareCompare } from './compare.js';
import { PLATFORMS, PRICE_SECTIONS, SERVICES } from './services.js';

export const cloudflare = {
  id: 'cloudflare',
  label: 'Cloudflare Workers',
  defaultRegion: 'global',
  regionPattern: { regex: /^global$/, example: 'global' },
  services: SERVICES,
  priceSections: PRICE_SECTIONS,
  platforms: PLATFORMS,
  /** Its settings in a scenario's `compare:` block, and what a comparison reads of it. */
  compare: cloudflareCompare,
} as const;
