// AWS Step Functions' prices and the state machines a scenario describes.
import type { Decimal } from '../../../core/money.js';
import type { Tier } from '../../../core/types.js';
import type { MonthlyQuantity } from '../../../core/usage.js';

export type MachineType = 'standard' | 'express';

export interface StepFunctionsPrices {
  readonly source: string;
  /** Standard workflows: USD per 1,000 state transitions. */
  readonly perThousandTransitions: Decimal;
  /** Standard transitions a month free, always (all Standard machines together). */
  readonly freeTransitions: Decimal;
  /** Express workflows' prices, or null in a region whose table does not give them. */
  readonly express: ExpressPrices | null;
}

export interface ExpressPrices {
  /** USD per 1M requests (executions started). */
  readonly perMillionRequests: Decimal;
  /** Duration, USD per GB-second, in monthly GB-second bands. */
  readonly perGbSecond: readonly Tier[];
  /** Duration is billed in steps of this many ms (100) … */
  readonly durationStepMs: number;
  /** … and memory in steps of this many MB (64). */
  readonly memoryStepMb: number;
}

export interface StateMachine {
  readonly name: string;
  readonly type: MachineType;
  readonly executions: MonthlyQuantity;
  /** Transitions one execution makes (retries included), or null when neither given nor countable. */
  readonly transitionsPerExecution: Decimal | null;
  /** How `transitionsPerExecution` was reached. */
  readonly transitionsFrom: 'given' | 'definition' | null;
  /** What the walk of the definition assumed, one sentence each. */
  readonly assumptions: readonly string[];
  /** States whose integration only Standard workflows run (`.sync`, callbacks, activities). */
  readonly standardOnly: readonly string[];
  /** One execution's duration (needed for Express; for Standard only to compare it with Express). */
  readonly durationMs: Decimal | null;
  readonly memoryMb: Decimal;
  /** The memory was not given: the smallest billed step is assumed. */
  readonly memoryAssumed: boolean;
}
