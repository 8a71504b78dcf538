// Google Cloud as slcost compares it: a region's prices for Cloud Run functions.
import type { RunFunctionsSection } from './run-functions/index.js';

export type GcpRegionPrices = RunFunctionsSection;
