// Google Cloud's priced services and the platform made of them.
import type { Platform } from '../../core/service.js';
import type { Workload } from '../../core/workload.js';
import { runFunctions } from './run-functions/index.js';
import type { GcpRegionPrices } from './types.js';

export const SERVICES = [runFunctions] as const;

export const PLATFORMS: readonly Platform<Workload, GcpRegionPrices>[] = [{ id: 'gcp', label: 'Cloud Run functions', services: [runFunctions], present: () => true }];

export const PRICE_SECTIONS = SERVICES.map((service) => service.prices);
