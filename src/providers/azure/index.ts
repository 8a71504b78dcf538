// Azure as a provider: Azure Functions on the Consumption or the Flex
// Consumption plan, region by region.
import { azureCompare } from './compare.js';
import { PLATFORMS, PRICE_SECTIONS, SERVICES } from './services.js';

export const azure = {
  id: 'azure',
  label: 'Azure Functions',
  /** The region every table must cover, and the one a comparison uses when the scenario names none. */
  defaultRegion: 'eastus',
  /** Azure's region names: `eastus`, `westeurope`. */
  regionPattern: { regex: /^[a-z]+[a-z0-9]*$/, example: 'eastus' },
  services: SERVICES,
  priceSections: PRICE_SECTIONS,
  platforms: PLATFORMS,
  /** Its settings in a scenario's `compare:` block, and what a comparison reads of it. */
  compare: azureCompare,
} as const;
