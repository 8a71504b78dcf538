// The scenario's `compare:` block: the providers its functions are priced on
// beside Lambda, as a list (`compare: [gcp, azure, cloudflare]`) or with each
// provider's settings (`compare: { providers: [...], gcp: { region: ... } }`).
// What it leaves out is null here; the comparison fills in the defaults.
import type { CompareRequest } from '../providers/aws/compare-request.js';
import { COMPARED_PROVIDERS } from '../providers/index.js';
import type { Fail } from './price-section.js';
import type { ScenarioParts } from './scenario-section.js';

export function compareSchema({ z }: ScenarioParts) {
  const providers = z.array(z.enum(COMPARED_PROVIDERS)).check(z.maxLength(COMPARED_PROVIDERS.length));
  return z.union([
    providers,
    z.strictObject({
      providers: z.optional(providers),
      gcp: z.optional(z.strictObject({ region: z.optional(z.string().check(z.minLength(1), z.maxLength(60))) })),
      azure: z.optional(
        z.strictObject({
          region: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
          plan: z.optional(z.enum(['consumption', 'flex_consumption'])),
          instance_memory_mb: z.optional(z.int().check(z.gte(1), z.lte(65_536))),
          always_ready_instances: z.optional(z.int().check(z.gte(0), z.lte(1000))),
        }),
      ),
      cloudflare: z.optional(z.strictObject({})),
    }),
  ]);
}

type CompareInput = ReturnType<typeof compareSchema>['_zod']['output'];

/** The block as the model has it; null without one. A provider named twice, or Flex settings on the Consumption plan, is an error at its place. */
export function readCompare(block: CompareInput | undefined, fail: Fail): CompareRequest | null {
  if (block === undefined) return null;
  const settings = Array.isArray(block) ? {} : block;
  const providers = (Array.isArray(block) ? block : (block.providers ?? [])) as readonly string[];
  const at = Array.isArray(block) ? ['compare'] : ['compare', 'providers'];
  // An empty list compares nothing, as `--compare ''` would: said, not passed over.
  if ((Array.isArray(block) || block.providers !== undefined) && !providers.length) {
    fail(`names no provider; name one or more of ${COMPARED_PROVIDERS.join(', ')}, or leave compare out`, at);
  }
  providers.forEach((id, index) => {
    if (providers.indexOf(id) !== index) fail(`${id} is named twice`, [...at, index]);
  });
  const azure = settings.azure ?? {};
  if (azure.plan !== 'flex_consumption') {
    for (const key of ['instance_memory_mb', 'always_ready_instances'] as const) {
      if (azure[key] !== undefined) fail(`${key} applies to the Flex Consumption plan; set plan: flex_consumption`, ['compare', 'azure', key]);
    }
  }
  return {
    providers,
    gcp: { region: settings.gcp?.region ?? null },
    azure: {
      region: azure.region ?? null,
      plan: azure.plan ?? null,
      instanceMemoryMb: azure.instance_memory_mb ?? null,
      alwaysReadyInstances: azure.always_ready_instances ?? null,
    },
    cloudflare: {},
  };
}
