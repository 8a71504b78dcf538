// Step Functions' section of a scenario file: `services.step_functions`, a
// list of state machines. A Standard machine's transitions per execution are
// given, or counted from its definition (inline, or in a file named relative
// to the scenario) with the usage the definition cannot tell.
import { clipped, formatError, SlcostError } from '../../../core/errors.js';
import { listNames } from '../../../core/names.js';
import { Decimal } from '../../../core/money.js';
import { formatCount, groupDigits } from '../../../core/numbers.js';
import type { FieldPath } from '../../../schema/price-section.js';
import { monthlyQuantity, type ScenarioContext, scenarioSection } from '../../../schema/scenario-section.js';
import { countTransitions, DefinitionError, standardOnlyStates, type TransitionCount } from './transitions.js';
import type { StateMachine } from './types.js';

/** The smallest memory step Express bills: what a machine that gives no memory_mb is priced at. */
export const DEFAULT_MEMORY_MB = 64;

/** Express runs an execution for at most five minutes: a longer workflow can only be Standard. */
export const EXPRESS_MAX_MS = 300_000;

export const stepFunctionsScenario = scenarioSection({
  key: 'step_functions',
  group: 'services',
  schema: ({ z, figure, monthlyOrPerRequest, perRequest, resourceName }) =>
    z.optional(
      z.array(
        z.strictObject({
          name: resourceName,
          type: z._default(z.enum(['standard', 'express']), 'standard'),
          /** Executions started (an Express request each). */
          ...monthlyOrPerRequest('executions'),
          /** Retries included; overrides a count from the definition. */
          transitions_per_execution: z.optional(perRequest),
          /** An Amazon States Language file (JSON or YAML), relative to the scenario file. */
          definition_file: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
          /** The definition itself. */
          definition: z.optional(z.record(z.string(), z.unknown())),
          /** The branch each Choice state takes: `{ StateName: NextStateName }`. */
          choices: z.optional(z.record(z.string(), z.string())),
          /** Iterations each Map state runs per execution. */
          map_iterations: z.optional(z.record(z.string(), perRequest)),
          /** Retries of each state per execution, on average. */
          retries: z.optional(z.record(z.string(), perRequest)),
          /** One execution, start to end. A range too, as every usage figure: how long a run takes is seldom known to the millisecond. */
          duration_ms: z.optional(figure(z.number().check(z.gt(0), z.lte(31_622_400_000)))),
          /** The memory an Express execution uses (its definition and payloads), not a setting: a range too. */
          memory_mb: z.optional(figure(z.number().check(z.gt(0), z.lte(1_048_576)))),
        }),
      ),
    ),
  // A range of an Express machine's durations is held to its five minutes, as a Lambda duration's is to fifteen.
  mostAt: (machines, [index, field]) =>
    field === 'duration_ms' && typeof index === 'number' && machines?.[index]?.type === 'express'
      ? { most: EXPRESS_MAX_MS, why: 'an express execution runs for at most five minutes' }
      : undefined,
  read: (machines, context): { stepFunctions: StateMachine[] } => ({
    stepFunctions: (machines ?? []).map((machine, index): StateMachine => {
      const at: FieldPath = ['step_functions', index];
      const executions = monthlyQuantity(machine, 'executions', context, at);
      if (!executions) context.fail('a state machine needs executions_per_month (or executions_per_request)', at);
      const counted = transitionsOf(machine, context, at);
      const given = machine.transitions_per_execution;
      if (machine.type === 'standard' && given === undefined && machine.definition === undefined && machine.definition_file === undefined)
        context.fail('a standard state machine needs transitions_per_execution, or a definition or definition_file to count them from', at);
      if (machine.type === 'express' && machine.duration_ms === undefined) context.fail('an express state machine needs duration_ms (one execution, start to end)', at);
      // Step Functions stops an Express execution at five minutes: a longer one was priced by the hour as written.
      if (machine.type === 'express' && machine.duration_ms !== undefined && machine.duration_ms > EXPRESS_MAX_MS)
        context.fail(
          `an express execution runs for at most five minutes (${formatCount(EXPRESS_MAX_MS)} ms), not ${groupDigits(new Decimal(machine.duration_ms))} ms; a longer workflow is a standard machine (type: standard)`,
          [...at, 'duration_ms'],
        );
      // Step Functions refuses to create an Express machine with a job-run (.sync) or callback (.waitForTaskToken)
      // integration, or an activity: priced, it billed a workflow that cannot be deployed, and its advice went unsaid.
      const standardOnly = counted?.standardOnly ?? [];
      if (machine.type === 'express' && standardOnly.length)
        context.fail(
          `an express state machine runs no .sync or .waitForTaskToken integration and no activity, and Step Functions refuses one that has them: ${standardOnly.length === 1 ? 'state' : 'states'} ${listNames(standardOnly.map((state) => `"${clipped(state)}"`))} ${standardOnly.length === 1 ? 'has one' : 'have them'}; such a workflow is a standard machine (type: standard)`,
          [...at, 'type'],
        );
      return {
        name: machine.name,
        type: machine.type,
        executions: executions ?? { perMonth: new Decimal(0), followsTraffic: false },
        transitionsPerExecution: given !== undefined ? new Decimal(given) : (counted?.perExecution ?? null),
        transitionsFrom: given !== undefined ? 'given' : counted?.perExecution ? 'definition' : null,
        assumptions: given !== undefined ? [] : (counted?.assumptions ?? []),
        standardOnly,
        durationMs: machine.duration_ms === undefined ? null : new Decimal(machine.duration_ms),
        memoryMb: new Decimal(machine.memory_mb ?? DEFAULT_MEMORY_MB),
        memoryAssumed: machine.memory_mb === undefined,
      };
    }),
  }),
});

interface MachineData {
  readonly definition_file?: string | undefined;
  readonly definition?: Readonly<Record<string, unknown>> | undefined;
  readonly choices?: Readonly<Record<string, string>> | undefined;
  readonly map_iterations?: Readonly<Record<string, number>> | undefined;
  readonly retries?: Readonly<Record<string, number>> | undefined;
  readonly transitions_per_execution?: number | undefined;
  readonly type: 'standard' | 'express';
}

/** A count from the definition; none (`perExecution` null) for an Express machine whose path cannot be counted. */
type Counted = Omit<TransitionCount, 'perExecution'> & { readonly perExecution: Decimal | null };

// A usage mapping's figures as Decimals, made once for each mapping the file gives: a scenario of ranges is read again
// for each draw, with the same mapping where no range is read in it, and the count is known again by the same objects.
const asDecimals = new WeakMap<object, Readonly<Record<string, Decimal>>>();

/** The count from the machine's definition, if it has one; its problems reported at the field that causes them. */
function transitionsOf(machine: MachineData, context: ScenarioContext, at: FieldPath): Counted | null {
  const usageKeys = (['choices', 'map_iterations', 'retries'] as const).filter((key) => machine[key] !== undefined);
  const given = machine.transitions_per_execution !== undefined;
  // The given count is the count, retries and all: what these keys say would change nothing, so it is said, not dropped unsaid.
  if (given)
    for (const usageKey of usageKeys) context.fail(`${usageKey} has no effect beside transitions_per_execution, which gives the whole count (retries included)`, [...at, usageKey]);
  if (machine.definition !== undefined && machine.definition_file !== undefined) {
    context.fail('give definition or definition_file, not both', [...at, 'definition_file']);
    return null;
  }
  const key = machine.definition_file !== undefined ? 'definition_file' : 'definition';
  let definition: unknown = machine.definition;
  if (machine.definition_file !== undefined) {
    if (!context.readFile) {
      context.fail('definition_file can only be read from a scenario file; give the definition inline', [...at, key]);
      return null;
    }
    try {
      definition = context.readFile(machine.definition_file);
    } catch (error) {
      if (!(error instanceof SlcostError)) throw error;
      context.fail(`cannot read definition_file: ${formatError(error)}`, [...at, key]);
      return null;
    }
  }
  if (definition === undefined) {
    if (!given) for (const usageKey of usageKeys) context.fail(`${usageKey} applies to a definition; this machine has none`, [...at, usageKey]);
    return null;
  }
  const decimals = (values: Readonly<Record<string, number>> | undefined) => {
    if (!values) return undefined;
    let made = asDecimals.get(values);
    if (!made) asDecimals.set(values, (made = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, new Decimal(value)]))));
    return made;
  };
  try {
    return countTransitions(definition, given ? {} : { choices: machine.choices, mapIterations: decimals(machine.map_iterations), retries: decimals(machine.retries) });
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    // A machine that polls in a loop is counted by hand: the walk's own advice is to give transitions_per_execution, which then refused it all the same.
    if (given && error.uncountable) return { perExecution: new Decimal(machine.transitions_per_execution!), assumptions: [], standardOnly: standardOnlyStates(definition) };
    // Express bills requests and duration: its transitions only compare it with Standard, and a loop (an Express
    // machine that polls) refused a bill that does not need them.
    if (machine.type === 'express' && error.uncountable)
      return { perExecution: null, assumptions: [`transitions not counted, so it is not compared with Standard: ${error.message}`], standardOnly: standardOnlyStates(definition) };
    context.fail(`cannot count the transitions: ${error.message}`, error.field ? [...at, ...error.field] : [...at, key]);
    return null;
  }
}
