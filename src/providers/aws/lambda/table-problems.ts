// What a price table cannot price of functions as they are written, whatever
// their usage: an architecture it has no duration price for, a memory size
// past its largest or off its steps, ephemeral storage above 512 MB before it
// could be configured, Lambda@Edge before the tables price it. The estimate
// refuses the first of the memory sizes it meets; a reader of a file says each
// problem at the setting of the first function it holds for.
import { option } from '../../../core/refer.js';
import { formatCount } from '../../../core/numbers.js';
import { listNames } from '../../../core/names.js';
import type { LambdaFunction, LambdaPrices } from './types.js';

/** The setting of a function whose price a table may lack. */
export type TableField = 'architecture' | 'memory' | 'ephemeral storage' | 'Lambda@Edge';

export interface TableProblem {
  readonly field: TableField;
  /** The functions it holds for, by their index in the list. */
  readonly functions: readonly number[];
  readonly message: string;
}

type Written = Pick<LambdaFunction, 'name' | 'architecture' | 'memoryMb' | 'ephemeralStorageMb' | 'edge'>;

/** Every problem, in the order a reader says them: architecture, the largest memory, ephemeral storage, memory steps, Lambda@Edge. */
export function tableProblems(functions: readonly Written[], prices: LambdaPrices, where: string): TableProblem[] {
  const [tooLarge, offStep] = memoryProblemsOf(functions, prices, where);
  return [architectureProblem(functions, prices, where), tooLarge, storageProblem(functions, prices, where), offStep, edgeProblem(functions, prices, where)].filter(
    (problem) => problem !== null,
  );
}

function edgeProblem(functions: readonly Written[], prices: LambdaPrices, where: string): TableProblem | null {
  if (prices.edge) return null;
  const edge = indexesWhere(functions, (fn) => Boolean(fn.edge));
  return problem(
    'Lambda@Edge',
    edge,
    () =>
      `pricing ${where} has no Lambda@Edge price, which ${agreeing(
        edge.map((index) => functions[index]!.name),
        'needs',
        'need',
      )}; choose a newer pricing version with ${option('pricing')} (Lambda@Edge is priced from aws-2024-02-01 on)`,
  );
}

/** The memory sizes the table cannot price (past its largest, then off its steps): the estimate's own check, made for every size it tries. */
export function memoryProblems(functions: readonly Written[], prices: LambdaPrices, where: string): TableProblem[] {
  return memoryProblemsOf(functions, prices, where).filter((problem) => problem !== null);
}

/** `function f needs`, `functions f, g need`: the functions named, and the verb after them agreeing. */
export function agreeing(names: readonly string[], one: string, many: string): string {
  return names.length === 1 ? `function ${names[0]!} ${one}` : `functions ${listNames(names)} ${many}`;
}

function indexesWhere(functions: readonly Written[], holds: (fn: Written) => boolean): number[] {
  return functions.flatMap((fn, index) => (holds(fn) ? [index] : []));
}

function problem(field: TableField, functions: readonly number[], message: () => string): TableProblem | null {
  return functions.length ? { field, functions, message: message() } : null;
}

function architectureProblem(functions: readonly Written[], prices: LambdaPrices, where: string): TableProblem | null {
  const unpriced = indexesWhere(functions, (fn) => !prices.durationPerGbSecond[fn.architecture]);
  return problem(
    'architecture',
    unpriced,
    () =>
      `pricing ${where} has no ${functions[unpriced[0]!]!.architecture} Lambda duration price, which ${agreeing(
        unpriced.map((index) => functions[index]!.name),
        'needs',
        'need',
      )}; choose a newer pricing version with ${option('pricing')}`,
  );
}

function memoryProblemsOf(functions: readonly Written[], prices: LambdaPrices, where: string): [TableProblem | null, TableProblem | null] {
  const tooLarge = indexesWhere(functions, (fn) => fn.memoryMb > prices.maxMemoryMb);
  const stepMb = prices.memoryStepMb;
  const offStep = indexesWhere(functions, (fn) => fn.memoryMb <= prices.maxMemoryMb && fn.memoryMb % stepMb !== 0);
  return [
    problem(
      'memory',
      tooLarge,
      () =>
        `pricing ${where} allows at most ${formatCount(prices.maxMemoryMb)} MB of memory, which ${agreeing(
          tooLarge.map((index) => functions[index]!.name),
          'exceeds',
          'exceed',
        )}; choose a newer pricing version with ${option('pricing')}`,
    ),
    problem('memory', offStep, () => {
      const sizes = offStep.map((index) => {
        const { name, memoryMb } = functions[index]!;
        return `${name} (${formatCount(memoryMb)} MB; the nearest were ${formatCount(Math.floor(memoryMb / stepMb) * stepMb)} and ${formatCount(Math.ceil(memoryMb / stepMb) * stepMb)} MB)`;
      });
      return `pricing ${where} has memory in steps of ${stepMb} MB, which ${agreeing(sizes, 'is', 'are')} not; choose a newer pricing version with ${option('pricing')}, or a size in those steps`;
    }),
  ];
}

/** Before storage could be configured it was fixed at 512 MB: a larger size is one the table's date did not offer, as a memory past its largest. */
function storageProblem(functions: readonly Written[], prices: LambdaPrices, where: string): TableProblem | null {
  if (prices.ephemeralStoragePerGbSecond) return null;
  const over = indexesWhere(functions, (fn) => fn.ephemeralStorageMb > 512);
  return problem(
    'ephemeral storage',
    over,
    () =>
      `pricing ${where} has ephemeral storage fixed at 512 MB (configurable from 2022-03-24), which ${agreeing(
        over.map((index) => functions[index]!.name),
        'sets',
        'set',
      )} above; choose a newer pricing version with ${option('pricing')}`,
  );
}
