// What a scenario asks of a comparison of its functions on other providers
// (`compare:`): which providers, and the settings each needs that the
// scenario's AWS side does not say, each provider's under its id, as its
// folder declares them (its `compare.ts`). Null where the scenario leaves a
// setting out: the comparison fills in the default and lists it as an assumption.
import type { SettingsAt } from '../compared.js';
import type { ComparedSettings } from '../index.js';

export type CompareRequest = ComparedSettings & {
  readonly providers: readonly string[];
  /** The providers whose settings the block writes (a block may keep them for a provider only --compare names). */
  readonly written?: readonly string[];
  /**
   * Where the file writes the settings a price table may lack (a region, a Flex instance size), by provider id and
   * key in its block, for the message that says so.
   */
  readonly at?: { readonly [id in keyof ComparedSettings]?: SettingsAt };
};
