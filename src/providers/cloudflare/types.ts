// Cloudflare as slcost compares it: Workers' prices, the same everywhere.
import type { WorkersSection } from './workers/index.js';

export type CloudflareRegionPrices = WorkersSection;
