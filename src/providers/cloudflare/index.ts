// Cloudflare as a provider: Workers, priced alike everywhere (the table's one region is `global`).
import { PLATFORMS, PRICE_SECTIONS, SERVICES } from './services.js';

export const cloudflare = {
  id: 'cloudflare',
  label: 'Cloudflare Workers',
  defaultRegion: 'global',
  regionPattern: { regex: /^global$/, example: 'global' },
  services: SERVICES,
  priceSections: PRICE_SECTIONS,
  platforms: PLATFORMS,
} as const;
