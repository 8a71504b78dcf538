// Cloudflare's priced services and the platform made of them.
import type { Platform } from '../../core/service.js';
import type { Workload } from '../../core/workload.js';
import { workers } from './workers/index.js';
import type { CloudflareRegionPrices } from './types.js';

export const SERVICES = [workers] as const;

export const PLATFORMS: readonly Platform<Workload, CloudflareRegionPrices>[] = [{ id: 'cloudflare', label: 'Cloudflare Workers', services: [workers], present: () => true }];

export const PRICE_SECTIONS = SERVICES.map((service) => service.prices);
