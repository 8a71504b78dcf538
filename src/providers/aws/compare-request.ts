// What a scenario asks of a comparison of its functions on other providers
// (`compare:`): which providers, and the settings each needs that the
// scenario's AWS side does not say. Null where the scenario leaves a setting
// out: the comparison fills in the default and lists it as an assumption.
import type { SourceLocation } from '../../core/errors.js';

export interface CompareRequest {
  readonly providers: readonly string[];
  readonly gcp: { readonly region: string | null };
  readonly azure: {
    readonly region: string | null;
    readonly plan: 'consumption' | 'flex_consumption' | null;
    readonly instanceMemoryMb: number | null;
    readonly alwaysReadyInstances: number | null;
  };
  readonly cloudflare: Readonly<Record<string, never>>;
  /** Where the file writes the settings a price table may lack (a region, a Flex instance size), for the message that says so. */
  readonly at?: {
    readonly gcpRegion?: SourceLocation | null;
    readonly azureRegion?: SourceLocation | null;
    readonly azureInstanceMemory?: SourceLocation | null;
  };
}
