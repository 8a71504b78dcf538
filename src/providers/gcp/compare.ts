// Google Cloud's settings in a scenario's `compare:` block (`compare.gcp`):
// its region; and what a comparison reads of Cloud Run functions besides its table.
import { setting } from '../../core/refer.js';
import { comparedPart } from '../compared.js';
import { runFunctionsMisfit, type RunFunctionsSection } from './run-functions/index.js';

/** Google Cloud's settings as the scenario writes them; null where it leaves one out. */
export interface GcpSettings {
  readonly region: string | null;
}

export const gcpCompare = comparedPart({
  schema: ({ z }) => z.strictObject({ region: z.optional(z.string().check(z.minLength(1), z.maxLength(60))) }),
  read: (block = {}): GcpSettings => ({ region: block.region ?? null }),
  located: ['region'],
  region: { of: (settings) => settings.region, key: 'region' },
  // An instance serves several requests at once.
  defaultsRead: () => ({ concurrency: true }),
  assumptions: (settings) =>
    settings.region === null ? [{ id: 'compare_default_region', message: `Google Cloud region (${setting('compare-gcp-region')}) not given: us-central1, a Tier 1 region` }] : [],
  misfit: (fn, prices: RunFunctionsSection) => runFunctionsMisfit(fn, prices.runFunctions!),
  unconfirmed: (prices) => (prices.runFunctions!.source.startsWith('NOT CONFIRMED') ? [`every price of a tier ${prices.runFunctions!.tier} region`] : []),
});
