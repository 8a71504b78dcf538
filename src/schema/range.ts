// A usage figure a scenario may give as a range instead of a number: the
// 10th, 50th and 90th percentiles of what is expected (`{ p10, p50, p90 }`),
// or bounds (`{ min, max }`). One mapping with all five keys optional, so that
// a misspelt key gets "did you mean" and a bound out of range is located; which
// keys go together, and in what order, is checked when the ranges are taken
// out of the file (load/ranges.ts), before any section reads it.
import type { ZodFunctions } from './zod.js';
import type * as Zod from 'zod/mini';

/**
 * `base`, or a range of values `base` accepts. Typed as `base`: every range is
 * replaced by its median before a section reads the file, so a section's
 * reader only ever sees numbers.
 */
export function usageFigure(z: ZodFunctions) {
  return <S extends Zod.core.$ZodType>(base: S): S => {
    const range = z
      .strictObject({ p10: z.optional(base), p50: z.optional(base), p90: z.optional(base), min: z.optional(base), max: z.optional(base) })
      .check(z.refine((given) => Object.keys(given).length > 0, { message: RANGE_SHAPE }));
    const figure = z.union([base, range]);
    FIGURES.add(figure);
    return figure as unknown as S;
  };
}

/** The keys a range is written with. */
export const RANGE_KEYS: ReadonlySet<string> = new Set(['p10', 'p50', 'p90', 'min', 'max']);

/** What a range is, for an empty mapping where a figure belongs. */
export const RANGE_SHAPE = 'a range is { p10, p50, p90 } (the 10th, 50th and 90th percentiles) or { min, max }';

/** The schemas usageFigure made: a value that is not a mapping is told what is wrong with it as a number (issues.ts). */
export const FIGURES = new WeakSet<object>();
