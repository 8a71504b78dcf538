// Azure's settings in a scenario's `compare:` block (`compare.azure`): its
// region and plan, and on the Flex Consumption plan the instance size and the
// instances kept ready; and what a comparison reads of Azure besides its table.
import { PricingError } from '../../core/errors.js';
import { setting } from '../../core/refer.js';
import { comparedPart } from '../compared.js';
import { type AzurePlan, type AzurePlanChoice, type FunctionsSection, functionsMisfit } from './functions/index.js';

/** Azure's settings as the scenario writes them; null where it leaves one out. */
export interface AzureSettings {
  readonly region: string | null;
  readonly plan: AzurePlan | null;
  readonly instanceMemoryMb: number | null;
  readonly alwaysReadyInstances: number | null;
}

export const azureCompare = comparedPart({
  schema: ({ z }) =>
    z.strictObject({
      region: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
      plan: z.optional(z.enum(['consumption', 'flex_consumption'])),
      instance_memory_mb: z.optional(z.int().check(z.gte(1), z.lte(65_536))),
      always_ready_instances: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    }),
  /** Flex Consumption's settings on the Consumption plan are an error at their place. */
  read: (block = {}, fail): AzureSettings => {
    if (block.plan !== 'flex_consumption') {
      for (const key of ['instance_memory_mb', 'always_ready_instances'] as const) {
        if (block[key] !== undefined) fail(`${key} applies to the Flex Consumption plan; set plan: flex_consumption`, [key]);
      }
    }
    return {
      region: block.region ?? null,
      plan: block.plan ?? null,
      instanceMemoryMb: block.instance_memory_mb ?? null,
      alwaysReadyInstances: block.always_ready_instances ?? null,
    };
  },
  located: ['region', 'instance_memory_mb'],
  region: { of: (settings) => settings.region, key: 'region' },
  /** The plan priced: the Consumption plan, and on Flex 2,048 MB instances, none kept ready, unless the scenario says otherwise. */
  usage: (settings): AzurePlanChoice => ({
    plan: settings.plan ?? 'consumption',
    instanceMemoryMb: settings.instanceMemoryMb ?? 2048,
    alwaysReadyInstances: settings.alwaysReadyInstances ?? 0,
  }),
  // The Consumption plan bills the memory used; Flex Consumption shares an instance between requests.
  defaultsRead: (plan) => ({ memoryUsed: plan.plan === 'consumption', concurrency: plan.plan === 'flex_consumption' }),
  assumptions: (settings, plan) => [
    ...(settings.region === null ? [{ id: 'compare_default_region', message: `Azure region (${setting('compare-azure-region')}) not given: eastus` }] : []),
    ...(settings.plan === null ? [{ id: 'compare_default_plan', message: `Azure plan (${setting('compare-azure-plan')}) not given: the Consumption plan` }] : []),
    ...(plan.plan === 'flex_consumption' && settings.instanceMemoryMb === null
      ? [{ id: 'compare_default_instance_memory', message: 'Flex Consumption instance memory not given: 2,048 MB' }]
      : []),
    ...(plan.alwaysReadyInstances > 0
      ? [{ id: 'compare_always_ready', message: 'the always-ready instances take the work first, up to every second of the month; what is left runs on demand' }]
      : []),
  ],
  /** Flex Consumption's instance size must be one the table offers. */
  check: (plan, prices: FunctionsSection, book, at) => {
    if (plan.plan !== 'flex_consumption') return;
    const sizes = prices.functions?.flex.instanceMemorySizesMb ?? [];
    if (!sizes.includes(plan.instanceMemoryMb)) {
      throw new PricingError(
        `${setting('compare-azure-instance-memory')} ${plan.instanceMemoryMb} is not a Flex Consumption instance size in ${book}; choose ${sizes.join(', ')}`,
        at['instance_memory_mb'] ?? null,
      );
    }
  },
  misfit: (fn, prices, plan) => functionsMisfit(fn, prices.functions!, plan),
  unconfirmed: (prices, plan) => prices.functions!.unconfirmed.filter((each) => each.plan === 'all' || each.plan === plan.plan).map((each) => each.what),
});
