// Azure as slcost compares it: a region's prices for Azure Functions, and the
// plan a comparison prices the functions on.
import type { FunctionsSection } from './functions/index.js';

export type AzureRegionPrices = FunctionsSection;
