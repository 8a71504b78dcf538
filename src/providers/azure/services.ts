// Azure's priced services and the platform made of them.
import type { Platform } from '../../core/service.js';
import { azureFunctions, type AzureUsage } from './functions/index.js';
import type { AzureRegionPrices } from './types.js';

export const SERVICES = [azureFunctions] as const;

export const PLATFORMS: readonly Platform<AzureUsage, AzureRegionPrices>[] = [{ id: 'azure', label: 'Azure Functions', services: [azureFunctions], present: () => true }];

export const PRICE_SECTIONS = SERVICES.map((service) => service.prices);
