// What a scenario assumes about the account when it says nothing: AWS's
// default concurrency limit, an idle timeout inside the published 5–15 minutes,
// and a cost-bomb warning at ten times the expected bill.
import type { LambdaSettings } from './types.js';

export const DEFAULT_LAMBDA_SETTINGS: LambdaSettings = {
  accountConcurrencyLimit: 1000,
  idleTimeoutMinutes: 10,
  costBombMultiple: 10,
  provisionedConcurrencyPercentile: 100,
  throttleRps: null,
  warningsOff: [],
};
