// What a scenario assumes about the account when it says nothing: AWS's
// default concurrency limit, an idle timeout inside the published 5–15 minutes,
// a cost-bomb warning at ten times the expected bill, and cold-start advice
// from 0.1% of a function's requests, where they start to reach its p99.9 latency,
// and memory advice for a saving of a tenth.
import type { LambdaSettings, Trigger } from './types.js';

/**
 * A trigger nobody waits on (a schedule, a queue, a stream, an event): a cold
 * start there delays work, not a person. A state machine may have a caller
 * waiting on it (an Express workflow started synchronously), so it counts as waited on.
 */
export function nobodyWaits(trigger: Trigger | null | undefined): boolean {
  return trigger !== undefined && trigger !== null && trigger !== 'api' && trigger !== 'url' && trigger !== 'step_functions';
}

/** Whether the scenario is a template's: what the user edits is its usage file (or the template), not a scenario's keys. */
export function fromTemplate(settings: LambdaSettings | undefined): boolean {
  return settings?.limitsIn === 'serverless' || settings?.limitsIn === 'sam';
}

/** Memory advice for a saving of at least a tenth of a function's monthly cost: smaller savings are within the model's error. */
export const DEFAULT_MEMORY_ADVICE_PCT = 10;

export const DEFAULT_LAMBDA_SETTINGS: LambdaSettings = {
  accountConcurrencyLimit: 1000,
  idleTimeoutMinutes: 10,
  costBombMultiple: 10,
  provisionedConcurrencyPercentile: 100,
  throttleRps: null,
  coldStartAdvicePct: 0.1,
  memoryAdvicePct: DEFAULT_MEMORY_ADVICE_PCT,
  warningsOff: [],
};
