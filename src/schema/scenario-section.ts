// A service's section of a scenario file: its zod schema, with defaults next
// to their fields, and how it becomes the service's part of the model
// scenario. Each service folder declares its own; the scenario's schema is
// built from the provider's list.
import type * as Zod from 'zod/mini';
import { Decimal } from '../core/money.js';
import { MOST_REQUESTS_PER_MONTH } from '../core/requests-written.js';
import type { MonthlyQuantity } from '../core/usage.js';
import type { Fail, FieldPath } from './price-section.js';
import { usageFigure } from './range.js';
import { zod, type ZodFunctions } from './zod.js';

/**
 * Spaces, line and paragraph separators, controls, format characters (the
 * zero-width space and joiners, bidirectional marks) and the blank letters
 * fonts draw as nothing: a name of these alone prints as nothing.
 */
const INVISIBLE = /^[\s\p{C}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** Whether a name has a character a reader can see. */
export const hasVisibleCharacter = (text: string) => !INVISIBLE.test(text);

/** The least a fleet's instance or task may serve, in requests a second: one request in 11.6 days. */
const MIN_PER_SECOND = 0.000001;

/** The building blocks the sections share (one instance each, so the JSON Schema names each once). */
export function scenarioParts(z: ZodFunctions = zod()) {
  /** A name printed in the output must print as something: not only spaces or invisible characters. */
  // An empty name is minLength's to say (`must not be empty`): said twice, one fault read as two.
  const visible = z.refine<string>((text) => text === '' || hasVisibleCharacter(text), { message: 'must have a visible character, not only spaces or invisible ones' });
  const figure = usageFigure(z);
  /** Counts per month (requests, messages, minutes): up to 10^15, far past any real workload. A range too (range.ts). */
  const perMonth = figure(z.number().check(z.gte(0), z.lte(MOST_REQUESTS_PER_MONTH)));
  /** A count or a size per request of the traffic: up to a million, far past any real workload. A range too (range.ts). */
  const perRequest = figure(z.number().check(z.gte(0), z.lte(1e6)));
  const monthly = z.optional(perMonth);
  const proportional = z.optional(perRequest);
  return {
    z,
    figure,
    perMonth,
    perRequest,
    /**
     * A quantity given either for the month (`<name>_per_month`) or per
     * request of the traffic (`<name>_per_request`); read it with `monthlyQuantity`.
     */
    monthlyOrPerRequest: <N extends string>(name: N) =>
      ({ [`${name}_per_month`]: monthly, [`${name}_per_request`]: proportional }) as Record<`${N}_per_month`, typeof monthly> & Record<`${N}_per_request`, typeof proportional>,
    positiveKb: z.number().check(z.gt(0), z.lte(10 * 1024 * 1024)),
    /** The name a service's table, bucket, queue, topic, stream or state machine goes by in the line items. */
    resourceName: z.string().check(z.minLength(1), z.maxLength(200), visible),
    visible,
    /**
     * What one instance or task serves: at least one request in 11.6 days. A capacity of 1e-300 made a fleet of more
     * instances than a double holds, printed as "Infinity instances" (null in JSON).
     */
    perSecond: z.number().check(z.gte(MIN_PER_SECOND), z.lte(10_000_000)),
    discountPct: z.number().check(z.gte(0), z.lt(100)),
    pricingChoice: ['on_demand', 'savings_plan_1yr', 'savings_plan_3yr'] as const,
    /** A Savings Plan's hourly commitment, in dollars at the plan's rates. */
    commitmentUsdPerHour: z.number().check(z.gt(0), z.lte(1_000_000)),
  };
}
export type ScenarioParts = ReturnType<typeof scenarioParts>;

/**
 * A quantity a section's data gives for the month or per request (see
 * `monthlyOrPerRequest`); undefined when it gives neither. Both at once, or a
 * figure per request without `traffic.requests_per_month`, is an error at `path`.
 */
export function monthlyQuantity(data: Readonly<Record<string, unknown>>, name: string, context: ScenarioContext, path: FieldPath): MonthlyQuantity | undefined {
  const perMonth = data[`${name}_per_month`] as number | undefined;
  const perRequest = data[`${name}_per_request`] as number | undefined;
  if (perMonth !== undefined && perRequest !== undefined) {
    context.fail(`give ${name}_per_month or ${name}_per_request, not both`, [...path, `${name}_per_request`]);
  }
  if (perMonth !== undefined) return { perMonth: new Decimal(perMonth), followsTraffic: false };
  if (perRequest === undefined) return undefined;
  if (context.trafficRequests === undefined) {
    context.fail(`${name}_per_request needs traffic.requests_per_month to count against`, [...path, `${name}_per_request`]);
    return { perMonth: new Decimal(0), followsTraffic: true };
  }
  return { perMonth: new Decimal(perRequest).times(context.trafficRequests), followsTraffic: true };
}

/** What a section's reader is given beyond its own data. */
export interface ScenarioContext {
  /** `traffic.requests_per_month`, the default of every count a section leaves out. */
  readonly trafficRequests: number | undefined;
  /** The whole file as its schema gives it, for the rules that tie one section to another. */
  readonly file: Readonly<Record<string, unknown>>;
  /** Reports a problem at a path of the file. */
  readonly fail: Fail;
  /**
   * The data of a file named relative to the scenario file (a state machine's
   * definition), read as the scenario itself is: JSON or YAML, a regular file
   * only; an InputError naming the file when it cannot be. Parsed by the
   * loader, not the section, because the engine reads no file and parses no
   * YAML. Absent when the scenario did not come from a file.
   */
  readonly readFile?: (relativePath: string) => unknown;
}

/** Sections that sit together under one key of the file: `services:` holds the services around the functions. */
export type SectionGroup = 'services';

export interface ScenarioSection<U> {
  /** The section's key in a scenario file, e.g. `api_gateway`, or in its group's block. */
  readonly key: string;
  /** The block it sits in, if any; its reader's paths are then relative to that block. */
  readonly group?: SectionGroup;
  /** Its schema, optional where a scenario may leave the section out. */
  schema(parts: ScenarioParts): Zod.core.$ZodType;
  /** The section as the service's part of the model scenario. */
  read(data: never, context: ScenarioContext): U;
  /**
   * The most a usage figure at `path` (within the section) may be, given the rest of the section, where that is less
   * than its schema's bound: an Express execution's five minutes, of a duration the schema allows a year for Standard.
   * A range there is held to it, as to its schema's bound: its own figures past it are refused, its tail's draws stop at it.
   */
  mostAt?(data: never, path: FieldPath): FigureBound | undefined;
}

/** The most a figure may be by what its section says beside it, and why, as a message says it. */
export interface FigureBound {
  readonly most: number;
  /** `an express execution runs for at most five minutes`. */
  readonly why: string;
}

/** A section, typed by its schema: `read` gets the data the schema gives. */
export function scenarioSection<S extends Zod.core.$ZodType, U>(section: {
  key: string;
  group?: SectionGroup;
  schema: (parts: ScenarioParts) => S;
  read: (data: Zod.output<S>, context: ScenarioContext) => U;
  mostAt?: (data: Zod.output<S>, path: FieldPath) => FigureBound | undefined;
}): ScenarioSection<U> {
  return section as ScenarioSection<U>;
}
