// What a provider compared beside Lambda declares in its own folder, as an AWS
// service declares its scenario section: its settings in a scenario's
// `compare:` block (under its id: their schema, how they are read, the
// defaults said as assumptions), and what a comparison reads of it (the
// region the scenario chose, the function it cannot run, the figures its table
// does not confirm). The comparison (compare.ts), the `compare:` schema and
// the loader go through these for every provider in PROVIDERS that has one.
import type * as Zod from 'zod/mini';
import type { SourceLocation } from '../core/errors.js';
import type { Warning } from '../core/types.js';
import type { WorkloadFunction } from '../core/workload.js';
import type { Fail } from '../schema/price-section.js';
import type { ScenarioParts } from '../schema/scenario-section.js';

/** Where the scenario writes each of a provider's settings, by its key in the provider's block; null where it is not written. */
export type SettingsAt = Readonly<Record<string, SourceLocation | null | undefined>>;

/** Which of the `Workload`'s defaults a provider reads, for the assumptions that say them. */
export interface DefaultsRead {
  /** CPU time per request (`cpu_ms`), taken as the whole duration. */
  readonly cpuMs?: boolean;
  /** Memory used (`memory_used_mb`), taken as the memory given. */
  readonly memoryUsed?: boolean;
  /** Requests one instance serves at once (`concurrency_per_instance`), taken as 1. */
  readonly concurrency?: boolean;
}

/**
 * A compared provider's part: `S` its settings as read (null where the
 * scenario leaves one out), `U` what it adds to the workload it prices (under
 * its id; `undefined` when it adds nothing), `P` its region's prices.
 */
export interface ComparedPart<S, U, P> {
  /** The schema of its block in `compare:` (under its id), from the parts every section shares. */
  schema(parts: ScenarioParts): Zod.core.$ZodType;
  /** Its settings from its block (undefined when the block is left out); a rule between settings broken is an error at its place, relative to the block. */
  read(block: never, fail: Fail): S;
  /** The keys of its block whose place an error from the comparison points at (a region, a size the table may lack): the region's key among them. */
  readonly located: readonly string[];
  /** The region the scenario chose (null: the provider's default), and the key it is written under in the block; absent for a provider of one region. */
  readonly region?: { of(settings: S): string | null; readonly key: string };
  /**
   * What it adds to the workload it prices, from its settings, with the defaults filled in (Azure's plan): the
   * workload holds it under the provider's id. Absent when it prices the `Workload` alone; the hooks below get
   * it as `part` (undefined then).
   */
  usage?(settings: S): U;
  /** Which of the workload's defaults it reads, as it prices the workload. */
  defaultsRead(part: U): DefaultsRead;
  /** The defaults its own settings took, said as assumptions. */
  assumptions(settings: S, part: U): Warning[];
  /** A setting its table cannot price (a size it does not offer): an error where it is written (`at`, by key in the block). */
  check?(part: U, prices: P, book: string, at: SettingsAt): void;
  /** Why `fn` cannot run on it, from its limits; null when it can. */
  misfit(fn: WorkloadFunction, prices: P, part: U): string | null;
  /** The figures its table lists as not confirmed, for what the comparison priced. */
  unconfirmed(prices: P, part: U): readonly string[];
}

/** A provider's part, typed by its schema: `read` gets the block the schema gives. */
export function comparedPart<B extends Zod.core.$ZodType, S, U = undefined, P = never>(
  part: Omit<ComparedPart<S, U, P>, 'schema' | 'read'> & {
    schema: (parts: ScenarioParts) => B;
    read: (block: Zod.output<B> | undefined, fail: Fail) => S;
  },
): ComparedPart<S, U, P> {
  return part as ComparedPart<S, U, P>;
}

/** A provider's settings type, from its part. */
export type SettingsOf<C> = C extends ComparedPart<infer S, infer _U, infer _P> ? S : never;
/** What a provider's part adds to the workload. */
export type UsagePartOf<C> = C extends ComparedPart<infer _S, infer U, infer _P> ? U : never;
