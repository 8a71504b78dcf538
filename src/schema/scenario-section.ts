// A service's section of a scenario file: its zod schema, with defaults next
// to their fields, and how it becomes the service's part of the model
// scenario. Each service folder declares its own; the scenario's schema is
// built from the provider's list.
import type * as Zod from 'zod/mini';
import type { Fail } from './price-section.js';
import { zod, type ZodFunctions } from './zod.js';

/** The building blocks the sections share (one instance each, so the JSON Schema names each once). */
export function scenarioParts(z: ZodFunctions = zod()) {
  return {
    z,
    /** Counts per month (requests, messages, minutes): up to 10^15, far past any real workload. */
    perMonth: z.number().check(z.gte(0), z.lte(1e15)),
    positiveKb: z.number().check(z.gt(0), z.lte(10 * 1024 * 1024)),
    perSecond: z.number().check(z.gt(0), z.lte(10_000_000)),
    discountPct: z.number().check(z.gte(0), z.lt(100)),
    pricingChoice: ['on_demand', 'savings_plan_1yr', 'savings_plan_3yr'] as const,
  };
}
export type ScenarioParts = ReturnType<typeof scenarioParts>;

/** What a section's reader is given beyond its own data. */
export interface ScenarioContext {
  /** `traffic.requests_per_month`, the default of every count a section leaves out. */
  readonly trafficRequests: number | undefined;
  /** The whole file as its schema gives it, for the rules that tie one section to another. */
  readonly file: Readonly<Record<string, unknown>>;
  /** Reports a problem at a path of the file. */
  readonly fail: Fail;
}

export interface ScenarioSection<U> {
  /** The section's key in a scenario file, e.g. `api_gateway`. */
  readonly key: string;
  /** Its schema, optional where a scenario may leave the section out. */
  schema(parts: ScenarioParts): Zod.core.$ZodType;
  /** The section as the service's part of the model scenario. */
  read(data: never, context: ScenarioContext): U;
}

/** A section, typed by its schema: `read` gets the data the schema gives. */
export function scenarioSection<S extends Zod.core.$ZodType, U>(section: {
  key: string;
  schema: (parts: ScenarioParts) => S;
  read: (data: Zod.output<S>, context: ScenarioContext) => U;
}): ScenarioSection<U> {
  return section as ScenarioSection<U>;
}
