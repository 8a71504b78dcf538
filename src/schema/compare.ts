// The scenario's `compare:` block: the providers its functions are priced on
// beside Lambda, as a list (`compare: [gcp, azure, cloudflare]`) or with each
// provider's settings (`compare: { providers: [...], gcp: { region: ... } }`).
// Each provider's settings are its own folder's (its `compare.ts`): their
// schema under its id, and how they are read. What the block leaves out is
// null there; the comparison fills in the defaults.
import type { CompareRequest } from '../providers/aws/compare-request.js';
import { COMPARED, COMPARED_PROVIDERS } from '../providers/index.js';
import type { Fail } from './price-section.js';
import type { ScenarioParts } from './scenario-section.js';

export function compareSchema(parts: ScenarioParts) {
  const { z } = parts;
  const providers = z.array(z.enum(COMPARED_PROVIDERS)).check(z.maxLength(COMPARED_PROVIDERS.length));
  return z.union([
    providers,
    z.strictObject({
      providers: z.optional(providers),
      ...Object.fromEntries(COMPARED.map((provider) => [provider.id, z.optional(provider.compare.schema(parts))])),
    }),
  ]);
}

type CompareInput = readonly string[] | Readonly<Record<string, unknown>>;

const isList = (block: CompareInput): block is readonly string[] => Array.isArray(block);

/** The block as the model has it; null without one. A provider named twice, or a provider's settings that do not go together, is an error at its place. */
export function readCompare(block: CompareInput | undefined, fail: Fail): CompareRequest | null {
  if (block === undefined) return null;
  const list = isList(block) ? block : null;
  const settings: Readonly<Record<string, unknown>> = isList(block) ? {} : block;
  const providers = list ?? ((settings['providers'] ?? []) as readonly string[]);
  const at = list ? ['compare'] : ['compare', 'providers'];
  // An empty list compares nothing, as `--compare ''` would: said, not passed over.
  if ((list || settings['providers'] !== undefined) && !providers.length) {
    fail(`names no provider; name one or more of ${COMPARED_PROVIDERS.join(', ')}, or leave compare out`, at);
  }
  providers.forEach((id, index) => {
    if (providers.indexOf(id) !== index) fail(`${id} is named twice`, [...at, index]);
  });
  const read = COMPARED.map((provider) => [
    provider.id,
    provider.compare.read(settings[provider.id] as never, (message, path) => fail(message, ['compare', provider.id, ...path])),
  ]);
  const written = COMPARED.filter((provider) => settings[provider.id] !== undefined).map((provider) => provider.id);
  return { providers, written, ...Object.fromEntries(read) } as CompareRequest;
}
