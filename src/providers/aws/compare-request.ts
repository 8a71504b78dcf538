// What a scenario asks of a comparison of its functions on other providers
// (`compare:`): which providers, and the settings each needs that the
// scenario's AWS side does not say. Null where the scenario leaves a setting
// out: the comparison fills in the default and lists it as an assumption.
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
}
