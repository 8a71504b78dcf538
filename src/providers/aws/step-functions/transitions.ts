// The state transitions one execution of a Standard workflow is billed for,
// counted by walking its Amazon States Language definition. AWS "counts a
// state transition each time a step of your workflow is executed … including
// retries" (https://aws.amazon.com/step-functions/pricing/): every state the
// execution enters is one, a Parallel or Map state is one itself and its
// branches' or iterations' states are counted too, and each retry is one more.
// The walk is of one path: a Choice takes the branch the usage names (else its
// Default, else its first rule), a Map runs the iterations the usage gives
// (else one), and no Catch is taken. Pure: the definition comes in as data.
import { Decimal } from '../../../core/money.js';
import { clipped } from '../../../core/errors.js';
import { listNames, listParts } from '../../../core/names.js';
import { groupDigits, numberInWords } from '../../../core/numbers.js';
import { ownEntry } from '../../../core/records.js';

/** What the user says about one execution that the definition cannot. */
export interface WalkUsage {
  /** The branch each Choice state takes: state name → the next state's name. */
  readonly choices?: Readonly<Record<string, string>> | undefined;
  /** Iterations each Map state runs per execution (an average may be fractional). */
  readonly mapIterations?: Readonly<Record<string, Decimal>> | undefined;
  /** Retries of each state per execution, on average: each is a transition. */
  readonly retries?: Readonly<Record<string, Decimal>> | undefined;
}

export interface TransitionCount {
  readonly perExecution: Decimal;
  /** What the walk assumed where the usage said nothing, one sentence each. */
  readonly assumptions: readonly string[];
  /** States whose integration Express workflows do not run (`.sync`, `.waitForTaskToken`, activities). */
  readonly standardOnly: readonly string[];
}

/**
 * A definition the walk cannot count; `field` names the usage key at fault, if one is. `uncountable`: the
 * definition is sound but its path cannot be counted (it loops, or enters too many states), which a given
 * transitions_per_execution settles.
 */
export class DefinitionError extends Error {
  readonly field: readonly string[] | null;
  readonly uncountable: boolean;
  constructor(message: string, field: readonly string[] | null = null, uncountable = false) {
    super(message);
    this.name = 'DefinitionError';
    this.field = field;
    this.uncountable = uncountable;
  }
}

/** Parallel and Map states nested deeper than this are refused: no real workflow comes near it. */
export const MAX_NESTING = 32;
/** States entered in one walk, all branches together, before the walk gives up. */
export const MAX_STATES_ENTERED = 100_000;
/** Transitions one execution may count: what `transitions_per_execution` may be given as (Map iterations multiply, and nested Maps of a million each reached 10^180). */
export const MAX_TRANSITIONS = 1_000_000;

const TYPES = ['Task', 'Pass', 'Wait', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'] as const;
type StateType = (typeof TYPES)[number];
/** The states that may retry (ASL's `Retry` field). */
const RETRYING: readonly StateType[] = ['Task', 'Parallel', 'Map'];

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value the definition wrote, as JSON cut to its first 40 characters (a Next of 100,000 characters was quoted whole); a number in plain digits (JSON writes 1e+21, and null for .inf). */
const shown = (value: unknown): string => (typeof value === 'number' ? numberInWords(value) : clipped(JSON.stringify(value ?? null)));

/**
 * One path's states, with the iterations each Map the usage gives iterations for multiplies its own by: the
 * walk's result before those figures are put in. A Map given none runs once, and its states are in `states`.
 */
interface Term {
  readonly states: number;
  readonly maps: readonly { readonly name: string; readonly term: Term }[];
}

/** What the walk of a definition found, for the figures the usage gives (a range's draws give others, the walk the same). */
interface Walked {
  readonly term: Term;
  readonly entered: ReadonlySet<string>;
  /** What the walk assumed, and then the choices and Maps given iterations that it does not enter, said. */
  readonly assumptions: readonly string[];
}

/** A definition's states by name, and its walks by the choices and the Maps given iterations (see `walkedOnce`). */
interface Known {
  readonly states: Map<string, Json>;
  readonly standardOnly: readonly string[];
  readonly walks: Map<string, Walked>;
  /** The usage's mappings (choices, map_iterations, retries) whose names were checked against these states already. */
  readonly checked: WeakSet<object>;
  /** The last count for each retries mapping, with the choices and map_iterations mappings it was counted with. */
  readonly counts: WeakMap<object, { readonly choices: object; readonly mapIterations: object; readonly count: TransitionCount }>;
}

// A scenario whose figures are ranges is read again for each of up to a thousand draws, each with the same
// definition object, and a large machine would be walked each time (docs/performance.md). The walk depends only on the
// definition, the choices and which Maps have iterations given; the draws change the figures, put in after it.
const known = new WeakMap<object, Known>();
// Each draw gives the same choices mapping again, as no range is read in it: its part of a walk's key, written out
// once. With thousands of Choice states, sorting and checking them again for each draw was most of the run.
const choiceKeys = new WeakMap<object, string>();

/** The usage's mapping a scenario leaves out: one object, so that a count without it is known again. */
const NONE: Readonly<Record<string, never>> = Object.freeze({});

export function countTransitions(definition: unknown, usage: WalkUsage = {}): TransitionCount {
  const choices = usage.choices ?? NONE;
  const mapIterations = usage.mapIterations ?? NONE;
  const retries = usage.retries ?? NONE;
  // The same mappings again (each draw of a scenario of ranges where none is read in them) count the same: thousands of
  // retries were checked and added up again for each of a thousand draws.
  const counted = typeof definition === 'object' && definition !== null ? known.get(definition)?.counts.get(retries) : undefined;
  if (counted && counted.choices === choices && counted.mapIterations === mapIterations) return counted.count;
  const { states, standardOnly, walked } = walkedOnce(definition, choices, mapIterations, retries);
  const iterations = (term: Term): Decimal => term.maps.reduce((sum, map) => sum.plus(iterations(map.term).times(ownEntry(mapIterations, map.name)!)), new Decimal(term.states));
  const entered = iterations(walked.term);
  let perExecution = entered;
  const assumptions = [...walked.assumptions];
  for (const [name, count] of Object.entries(retries)) {
    if (walked.entered.has(name)) {
      perExecution = perExecution.plus(count);
      // Counted as given, since the user may know better (a Retry added later), but a state without one is never retried.
      const retry = (states.get(name) as { Retry?: unknown } | undefined)?.Retry;
      if (!count.isZero() && !(Array.isArray(retry) && retry.length))
        assumptions.push(`retries for "${clipped(name)}" are counted as given, though its definition has no Retry, without which Step Functions does not retry a state`);
    } else assumptions.push(`retries for "${clipped(name)}" are not counted: the walk does not enter it`);
  }
  // Retries that take a count past the most were blamed on map_iterations, at the definition, where no Map was.
  if (!entered.greaterThan(MAX_TRANSITIONS) && perExecution.greaterThan(MAX_TRANSITIONS))
    throw new DefinitionError(
      `definition: more than 1,000,000 transitions in one execution, the most transitions_per_execution may be, with the ${groupDigits(perExecution.minus(entered))} retries given; check retries`,
      ['retries'],
    );
  if (entered.greaterThan(MAX_TRANSITIONS))
    throw new DefinitionError(
      'definition: more than 1,000,000 transitions in one execution, the most transitions_per_execution may be (its Map iterations multiply the states inside them); check map_iterations',
      Object.keys(mapIterations).length ? ['map_iterations'] : null,
    );
  const count = { perExecution, assumptions, standardOnly };
  if (typeof definition === 'object' && definition !== null) known.get(definition)?.counts.set(retries, { choices, mapIterations, count });
  return count;
}

/**
 * The definition's walk for these choices and the Maps given iterations, and its states that Express cannot run:
 * from `known` when the same definition object was walked so before, else worked out and kept there. The usage's
 * names are checked against the definition's states each time.
 */
function walkedOnce(
  definition: unknown,
  choices: Readonly<Record<string, string>>,
  mapIterations: Readonly<Record<string, unknown>>,
  retries: Readonly<Record<string, unknown>>,
): { states: ReadonlyMap<string, Json>; standardOnly: readonly string[]; walked: Walked } {
  const keyed = typeof definition === 'object' && definition !== null ? definition : null;
  const memo = keyed ? known.get(keyed) : undefined;
  const states = memo?.states ?? allStates(definition);
  const standardOnly = memo?.standardOnly ?? standardOnlyOf(states);
  if (!memo?.checked.has(choices)) checkNames(states, choices, 'choices', ['Choice']);
  if (!memo?.checked.has(mapIterations)) checkNames(states, mapIterations, 'map_iterations', ['Map']);
  // Only these states have a Retry field in ASL: retries of a Choice or a Pass state were counted as transitions no execution makes.
  if (!memo?.checked.has(retries)) checkNames(states, retries, 'retries', RETRYING);
  const given = new Set(Object.keys(mapIterations));
  let choicesKey = choiceKeys.get(choices);
  if (choicesKey === undefined) choiceKeys.set(choices, (choicesKey = JSON.stringify(Object.entries(choices))));
  // In the order written, which is the order the names off the path are said in.
  const key = `[${choicesKey},${JSON.stringify([...given])}]`;
  const entry = memo ?? (keyed ? { states, standardOnly, walks: new Map<string, Walked>(), checked: new WeakSet<object>(), counts: new WeakMap() } : null);
  for (const usage of [choices, mapIterations, retries]) entry?.checked.add(usage);
  const remembered = entry?.walks.get(key);
  if (remembered) return { states, standardOnly, walked: remembered };
  const taken = walk(definition, choices, given);
  // Said as retries for such a state are: a branch or iteration count given for a state off the path is unused. The key
  // holds these names, so what is said of them is kept with the walk.
  const unused = [
    ...Object.keys(choices).flatMap((name) => (taken.entered.has(name) ? [] : [`choices for "${clipped(name)}" are not used: the walk does not enter it`])),
    ...Object.keys(mapIterations).flatMap((name) => (taken.entered.has(name) ? [] : [`map_iterations for "${clipped(name)}" are not counted: the walk does not enter it`])),
  ];
  const result = { ...taken, assumptions: [...taken.assumptions, ...unused] };
  if (keyed && entry) {
    entry.walks.set(key, result);
    if (!memo) known.set(keyed, entry);
  }
  return { states, standardOnly, walked: result };
}

/** The walk of one execution's path: every state it enters, once each, Parallel branches and Map iterations included. */
function walk(definition: unknown, choices: Readonly<Record<string, string>>, given: ReadonlySet<string>): Walked {
  const assumptions: string[] = [];
  const entered = new Set<string>();
  let steps = 0;

  const machineTerm = (machine: unknown, where: string, depth: number): Term => {
    if (depth > MAX_NESTING) throw new DefinitionError(`${where}: Parallel and Map states nested more than ${MAX_NESTING} deep`);
    const { startAt, table } = machineParts(machine, where);
    const path: string[] = [];
    // The same names as a set: a chain of 100,000 states looked each one up in the path before it.
    const onPath = new Set<string>();
    let states = 0;
    const maps: { name: string; term: Term }[] = [];
    const add = (term: Term) => {
      states += term.states;
      for (const map of term.maps) maps.push(map);
    };
    let name: string | null = startAt;
    while (name !== null) {
      // Own keys only: a state named toString or __proto__ must not reach what every object inherits.
      const state = ownEntry(table, name);
      if (!isObject(state))
        throw new DefinitionError(
          `${where}: ${path.length ? `state "${clipped(path[path.length - 1]!)}" goes to` : 'StartAt names'} "${clipped(name)}", which is not a state there`,
        );
      if (onPath.has(name)) {
        // A loop through thousands of states was a message of every name in it, 200 KB for 20,000.
        const loop = listParts(
          [...path.slice(path.indexOf(name)), name].map((each) => clipped(each)),
          ' → ',
        );
        throw new DefinitionError(`${where}: the walk loops (${loop}); give choices for a Choice state in it to leave the loop, or give transitions_per_execution`, null, true);
      }
      if (++steps > MAX_STATES_ENTERED)
        throw new DefinitionError(`${where}: more than ${MAX_STATES_ENTERED} states entered in one execution; give transitions_per_execution`, null, true);
      path.push(name);
      onPath.add(name);
      entered.add(name);
      states += 1;
      const type = state.Type;
      if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type))
        throw new DefinitionError(`${where}: state "${clipped(name)}" has type ${shown(type)}; the walk knows ${TYPES.join(', ')}`);
      switch (type as StateType) {
        case 'Task':
        case 'Pass':
        case 'Wait':
          name = next(state, name, where);
          break;
        case 'Succeed':
        case 'Fail':
          // They end the execution: a Next on one is read nowhere, and the states it goes to would go uncounted.
          if (state.Next !== undefined)
            throw new DefinitionError(`${where}: state "${clipped(name)}" is a ${type} state, which ends the execution and takes no Next (${shown(state.Next)})`);
          name = null;
          break;
        case 'Choice':
          name = choose(state, name, where, ownEntry(choices, name), assumptions);
          break;
        case 'Parallel': {
          const branches = state.Branches;
          if (!Array.isArray(branches) || !branches.length) throw new DefinitionError(`${where}: Parallel state "${clipped(name)}" has no Branches`);
          const shownName = clipped(name);
          branches.forEach((branch, index) => add(machineTerm(branch, `${shownName} branch ${index + 1}`, depth + 1)));
          name = next(state, name, where);
          break;
        }
        case 'Map': {
          // Iterator is ItemProcessor's older name; AWS refuses a Map with both, and counting one of them left the other's states out unsaid.
          if (state.ItemProcessor !== undefined && state.Iterator !== undefined)
            throw new DefinitionError(`${where}: Map state "${clipped(name)}" has both ItemProcessor and Iterator (its older name); a Map state takes one of them`);
          const processor = state.ItemProcessor ?? state.Iterator;
          if (!isObject(processor)) throw new DefinitionError(`${where}: Map state "${clipped(name)}" has no ItemProcessor (or Iterator)`);
          if (!given.has(name)) assumptions.push(`Map state "${clipped(name)}": 1 iteration per execution assumed (give map_iterations: { ${clipped(name)}: n })`);
          const config = isObject(processor.ProcessorConfig) ? processor.ProcessorConfig : {};
          if (config.Mode === 'DISTRIBUTED' && config.ExecutionType === 'EXPRESS')
            assumptions.push(
              `Map state "${clipped(name)}" is distributed with EXPRESS child workflows, which AWS bills as Express executions; their states are counted here as this machine's transitions`,
            );
          const iteration = machineTerm(processor, `${clipped(name)} iteration`, depth + 1);
          if (given.has(name)) maps.push({ name, term: iteration });
          else add(iteration);
          name = next(state, name, where);
          break;
        }
      }
    }
    return { states, maps };
  };

  return { term: machineTerm(definition, 'definition', 0), entered, assumptions };
}

/**
 * The Task states of a definition that Express workflows do not run, wherever they are: AWS refuses an Express
 * machine with one of them on any path, not only the path counted. Read from the definition alone, so a machine
 * whose transitions are given rather than counted (one that loops) is still known to need Standard.
 */
export function standardOnlyStates(definition: unknown): string[] {
  return standardOnlyOf(allStates(definition));
}

function standardOnlyOf(states: Map<string, Json>): string[] {
  return [...states].flatMap(([name, state]) => (state.Type === 'Task' && standardOnlyResource(state.Resource) ? [name] : []));
}

function machineParts(machine: unknown, where: string): { startAt: string; table: Json } {
  if (!isObject(machine)) throw new DefinitionError(`${where}: expected a state machine (an object with StartAt and States)`);
  if (typeof machine.StartAt !== 'string') throw new DefinitionError(`${where}: StartAt is missing or not a state's name`);
  if (!isObject(machine.States)) throw new DefinitionError(`${where}: States is missing or not a mapping of states`);
  return { startAt: machine.StartAt, table: machine.States };
}

function next(state: Json, name: string, where: string): string | null {
  // ASL takes exactly one: End: true beside a Next, read as the end, would leave the states the Next goes to uncounted.
  if (state.End === true && state.Next !== undefined)
    throw new DefinitionError(`${where}: state "${clipped(name)}" has both Next (${shown(state.Next)}) and End: true; a state takes one of them`);
  if (state.End === true) return null;
  if (typeof state.Next === 'string') return state.Next;
  throw new DefinitionError(`${where}: state "${clipped(name)}" has neither Next nor End: true`);
}

function choose(state: Json, name: string, where: string, chosen: string | undefined, assumptions: string[]): string {
  const rules = Array.isArray(state.Choices) ? state.Choices : [];
  const targets = rules.flatMap((rule) => (isObject(rule) && typeof rule.Next === 'string' ? [rule.Next] : []));
  const fallback = typeof state.Default === 'string' ? state.Default : undefined;
  if (chosen !== undefined) {
    if (chosen === fallback || targets.includes(chosen)) return chosen;
    const options = [...new Set([...targets, ...(fallback ? [fallback] : [])])];
    throw new DefinitionError(`Choice state "${clipped(name)}" does not go to "${clipped(chosen)}"; it goes to ${listNames(options.map((option) => `"${clipped(option)}"`))}`, [
      'choices',
      name,
    ]);
  }
  if (fallback !== undefined) {
    assumptions.push(`Choice state "${clipped(name)}": its Default branch ("${clipped(fallback)}") taken (give choices: { ${clipped(name)}: … } for another)`);
    return fallback;
  }
  const first = targets[0];
  if (first === undefined) throw new DefinitionError(`${where}: Choice state "${clipped(name)}" has no Choices with a Next and no Default`);
  assumptions.push(`Choice state "${clipped(name)}": its first choice ("${clipped(first)}") taken, as it has no Default (give choices: { ${clipped(name)}: … } for another)`);
  return first;
}

/** `.sync` (run a job) and `.waitForTaskToken` (callback) integrations, and activities, run in Standard workflows only. */
function standardOnlyResource(resource: unknown): boolean {
  return typeof resource === 'string' && (/\.sync(:\d+)?$/.test(resource) || resource.endsWith('.waitForTaskToken') || resource.includes(':activity:'));
}

/**
 * Every state of the definition by name, branches and iterations included.
 * Bounded as the walk is; a malformed part is left to the walk to report. A
 * name used twice is refused, as AWS refuses it (a name is unique in the whole
 * machine): the usage keys name states, and `choices: { X: … }` was checked
 * against whichever X came last, a Task inside a Map for the Choice the walk
 * met first.
 */
function allStates(definition: unknown): Map<string, Json> {
  const found = new Map<string, Json>();
  const where = new Map<string, string>();
  // `scope` names the machine as the walk's messages do (definition, P branch 1, M iteration).
  const visit = (machine: unknown, at: string, scope: string, depth: number) => {
    if (depth > MAX_NESTING || !isObject(machine) || !isObject(machine.States)) return;
    const table = machine.States;
    for (const [name, state] of Object.entries(table)) {
      if (!isObject(state)) continue;
      const first = where.get(name);
      if (first !== undefined)
        throw new DefinitionError(`the state name "${clipped(name)}" is used twice (in ${first} and in ${at}); a state machine's state names are unique in the whole machine`);
      found.set(name, state);
      where.set(name, at);
      checkTargets(state, name, table, scope);
      if (Array.isArray(state.Branches))
        state.Branches.forEach((branch, index) => visit(branch, `${clipped(name)} branch ${index + 1}`, `${clipped(name)} branch ${index + 1}`, depth + 1));
      visit(state.ItemProcessor ?? state.Iterator, `${clipped(name)} iteration`, `${clipped(name)} iteration`, depth + 1);
    }
  };
  visit(definition, 'the top level', 'definition', 0);
  return found;
}

/**
 * Every state a state goes to, on the path the walk takes or not (a Choice's other rules, its Default, a Catch), is
 * one of its own machine's, as AWS refuses a definition otherwise: a Catch or a rule going to no state there was priced
 * as written, since the walk takes neither.
 */
function checkTargets(state: Json, name: string, table: Json, scope: string): void {
  const targets: { target: unknown; via: string }[] = [{ target: state.Next, via: '' }];
  if (state.Type === 'Choice') {
    if (Array.isArray(state.Choices)) for (const rule of state.Choices) if (isObject(rule)) targets.push({ target: rule.Next, via: ' (a rule of its Choices)' });
    targets.push({ target: state.Default, via: ' (its Default)' });
  }
  if (Array.isArray(state.Catch)) for (const catcher of state.Catch) if (isObject(catcher)) targets.push({ target: catcher.Next, via: ' (its Catch)' });
  for (const { target, via } of targets)
    if (typeof target === 'string' && !isObject(ownEntry(table, target)))
      throw new DefinitionError(`${scope}: state "${clipped(name)}" goes to "${clipped(target)}"${via}, which is not a state there`);
}

/** A usage key naming a state the definition does not have, or one of the wrong type, is an error at that key. */
function checkNames(states: Map<string, Json>, given: Readonly<Record<string, unknown>>, key: string, types: readonly StateType[]): void {
  for (const name of Object.keys(given)) {
    if (!states.has(name)) throw new DefinitionError(`the definition has no state "${clipped(name)}"`, [key, name]);
    const type = states.get(name)!.Type;
    if (!(types as readonly unknown[]).includes(type)) {
      const wanted = types.length === 1 ? `a ${types[0]!} state` : `a ${types.slice(0, -1).join(', ')} or ${types.at(-1)!} state, the states that retry`;
      throw new DefinitionError(`state "${clipped(name)}" is ${typeof type === 'string' ? `a ${type} state` : 'a state of no known type'}, not ${wanted}`, [key, name]);
    }
  }
}
