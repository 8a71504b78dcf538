// slcost decide: the questionnaire, asked on a terminal or answered from a file,
// optionally with a scenario's costs folded in.
import { InputError, SlcostError } from '../core/errors.js';
import { type Answers, decide, MissingAnswer, nextQuestion, promptOf } from '../decide/decision-tree.js';
import { estimate as estimateScenario } from '../providers/aws/estimate.js';
import { atVolume, decisionFigures, headlineRequests } from '../providers/aws/scale.js';
import { Decimal } from '../core/money.js';
import { groupDigits } from '../core/numbers.js';
import { FILE_KIND_NAMES, fileKindOf } from '../load/file-kind.js';
import { filesReadSoFar, inputName, readYamlFile, STDIN } from '../load/read-yaml.js';
import type { Estimate } from '../providers/aws/types.js';
import { type Ask, isCancel, terminalAsk } from '../prompt/ask.js';
import { costEvidence, renderDecisionJson, renderDecisionMarkdown, renderDecisionTable, showAnswer } from '../report/decide.js';
import { ANSI_STYLE, PLAIN } from '../report/style.js';
import { shellWord, terminalText } from '../report/escape.js';
import { wrapProse } from '../report/prose.js';
import { answersSchema } from '../schema/answers.js';
import { validate } from '../schema/issues.js';
import { compareNote, comparisonNotPriced, leftOutWarnings, pricedAtTheMedians, scenarioReader, standardInputTwice } from './inputs.js';
import type { DECIDE_FORMATS } from './program.js';
import { describeFailure, type Io, refuseOutputOverInput, refuseUnwritableOutput, writeOutputFile } from './shell.js';
import { Document } from 'yaml';

/** The answers file, checked. Another kind of file (a scenario given as --answers) is named for what it is, where each of its keys was an "unknown key". */
function readAnswers(file: string): Answers {
  const source = readYamlFile(file);
  const found = fileKindOf(source.data);
  if (found && found.kind !== 'answers') {
    const hint = found.kind === 'scenario' ? ': give it as --scenario, and the answers it leaves open with --answers' : '';
    throw new InputError(`is ${FILE_KIND_NAMES[found.kind]}, not an answers file${hint}`, source.locate([found.key], { key: true }));
  }
  return validate(answersSchema(), source) as Answers;
}

/** What a scenario answers: its volume, traffic shape, longest run and largest memory. */
function fromScenario(scenario: Parameters<typeof decisionFigures>[0]): Answers {
  const pattern = scenario.traffic.pattern;
  const figures = decisionFigures(scenario);
  return {
    requests_per_month: figures.requestsPerMonth.toNumber(),
    traffic_pattern: pattern === 'custom' ? 'diurnal' : pattern,
    max_execution_minutes: figures.longestRunMinutes.toNumber(),
    memory_gb: figures.largestMemoryGb.toNumber(),
  };
}

/** The questions a scenario answers, with its answers as the path shows them: `the longest run (0.005 minutes), …`. */
export function scenarioAnswered(answers: Answers): string {
  const said = [
    answers.max_execution_minutes !== undefined && `the longest run (${showAnswer(answers.max_execution_minutes)} minutes)`,
    answers.memory_gb !== undefined && `the memory (${showAnswer(answers.memory_gb)} GB)`,
    answers.traffic_pattern !== undefined && `the traffic (${answers.traffic_pattern})`,
    answers.requests_per_month !== undefined && `the volume (${showAnswer(answers.requests_per_month)} requests a month)`,
  ].filter((part): part is string => part !== false);
  return `${said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : said.join('')}; the questions it leaves open follow`;
}

export interface DecideInputs {
  readonly answers: Answers;
  readonly estimate: Estimate | null;
  /** Asks what the answers leave open; null when nothing may be asked. */
  readonly ask: Ask | null;
  /** The answers file, which an answer it leaves open is an error of. */
  readonly answersFile?: string;
}

/** Asks what is open, one question at a time, then decides. */
export async function runDecision({ answers, estimate, ask, answersFile }: DecideInputs) {
  const where = answersFile === undefined ? null : { file: inputName(answersFile) };
  const costs = estimate && costEvidence(estimate);
  const given: Answers = { ...answers };
  for (let question = nextQuestion(given, costs); question; question = nextQuestion(given, costs)) {
    if (!ask) {
      // Caveats come only after the recommendation is settled: what the file leaves of them is marked as not asked.
      if (question.stage === 'caveat') break;
      throw new InputError(`the answers do not say ${question.id} (${question.prompt}); add it to the answers file`, where);
    }
    (given as Record<string, unknown>)[question.id] = await ask({ ...question, prompt: promptOf(question, costs) });
  }
  try {
    return decide(given, costs);
  } catch (error) {
    if (error instanceof MissingAnswer) throw new InputError(`the answers do not say ${error.question.id} (${error.question.prompt})`, where);
    throw error;
  }
}

/** The options of `slcost decide`, as commander gives them (see program.ts). */
export interface DecideFlags {
  readonly answers?: string;
  readonly scenario?: string;
  readonly format: (typeof DECIDE_FORMATS)[number];
  readonly pricing?: string;
  readonly freeTier: boolean;
  readonly usage?: string;
  /** --save-answers: the answers file the answers given at the terminal are kept in. */
  readonly saveAnswers?: string;
}

/**
 * An answers file of what was asked, in the order asked, that `--answers` reads back. A scenario's answers are left
 * to the scenario, given again with it: kept here, they would override it after it changed.
 */
export function savedAnswersText(asked: Answers, fromScenario: boolean): string {
  const document = new Document(asked);
  document.commentBefore = [
    ' The answers given to slcost decide at the terminal: run it again without',
    ' the questions with --answers and this file.',
    ...(fromScenario ? [' The scenario it was given answered the volume, traffic, longest run and', ' memory: give it again with --scenario.'] : []),
  ].join('\n');
  return document.toString();
}

/** --save-answers naming a file the run reads (the scenario, its usage file, a definition it names). */
const OVER_AN_INPUT = 'is a file this run reads; --save-answers would replace it with the answers: choose another name';

export async function decideCommand(flags: DecideFlags, io: Io & { ask?: Ask }): Promise<number> {
  const { format, answers: answersFile, scenario: scenarioFile } = flags;
  if (answersFile === STDIN && scenarioFile === STDIN) throw new InputError(standardInputTwice('--scenario and --answers'));
  // The usage file's too: the answers were read from the usage file's text ("is a usage file, not an answers file").
  if (answersFile === STDIN && flags.usage === STDIN) throw new InputError(standardInputTwice('--usage and --answers'));
  if (!answersFile && scenarioFile === STDIN) {
    // The questions are asked on standard input, which the scenario has taken.
    throw new InputError(
      'decide --scenario - reads the scenario from standard input, so it cannot ask its questions there; give the answers in a file: slcost decide --scenario - --answers answers.yaml',
    );
  }
  if (!answersFile && flags.usage === STDIN && scenarioFile !== undefined && scenarioFile !== STDIN) {
    // So with the usage file: read to its end first, standard input had nothing left for the questions.
    throw new InputError(
      `decide --usage - reads the usage file from standard input, so it cannot ask its questions there; give the answers in a file: slcost decide --scenario ${shellWord(scenarioFile)} --usage - --answers answers.yaml`,
    );
  }
  // What prices a scenario, without one to price: said, not ignored.
  const pricingFlags = [flags.pricing !== undefined && '--pricing', !flags.freeTier && '--no-free-tier', flags.usage !== undefined && '--usage'].filter((flag) => flag !== false);
  if (!scenarioFile && pricingFlags.length)
    throw new InputError(`${pricingFlags.join(', ')} ${pricingFlags.length > 1 ? 'apply' : 'applies'} to the scenario decide prices, and none is given: add --scenario FILE`);
  const saveTo = flags.saveAnswers;
  if (saveTo !== undefined) {
    if (answersFile) throw new InputError('--save-answers keeps the answers given at the terminal, and with --answers none is asked: the answers file is the one to keep');
    // Checked before the questions, so that a path that cannot be written does not throw away the answers after them.
    refuseOutputOverInput(saveTo, [scenarioFile, flags.usage], OVER_AN_INPUT);
    refuseUnwritableOutput(saveTo);
  }
  if (!answersFile && !io.interactive) {
    throw new InputError(
      'decide asks its questions on a terminal, and this is not one; give the answers in a file: slcost decide --answers answers.yaml (see slcost decide --help)',
    );
  }
  let estimate: Estimate | null = null;
  let answers: Answers = {};
  // What pricing it finds wrong (a table without a price it uses) names no file of its own: the scenario's, as estimate says it.
  const failed = (error: unknown) => {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file: inputName(scenarioFile!), error }));
    return error.exitCode;
  };
  let read: ReturnType<ReturnType<typeof scenarioReader>> | null = null;
  if (scenarioFile) {
    try {
      read = scenarioReader({ pricing: flags.pricing ?? null, freeTier: flags.freeTier, usage: flags.usage ?? null })(scenarioFile);
    } catch (error) {
      return failed(error);
    }
  }
  const answered = answersFile ? readAnswers(answersFile) : {};
  if (read && scenarioFile) {
    const { scenario, book } = read;
    answers = fromScenario(scenario);
    // The answers' volume overrides the scenario's: the costs the recommendation weighs are of that volume, not another.
    const volume = answered.requests_per_month;
    const own = headlineRequests(scenario);
    const differs = volume !== undefined && volume !== answers.requests_per_month;
    const scaled = differs && !own.isZero();
    try {
      estimate = estimateScenario(scaled ? atVolume(scenario, new Decimal(volume)) : scenario, book);
    } catch (error) {
      return failed(error);
    }
    const name = terminalText(inputName(scenarioFile));
    const medians = pricedAtTheMedians(scenario);
    if (medians) io.stderr(`slcost: note: ${name}: ${terminalText(medians)}\n`);
    const compare = comparisonNotPriced(scenario, 'decide');
    if (compare) io.stderr(`slcost: ${compareNote(scenarioFile, flags.usage, compare)}\n`);
    const requests = (count: number) => `${groupDigits(new Decimal(count))} ${count === 1 ? 'request' : 'requests'}`;
    if (scaled) io.stderr(`slcost: note: ${name}: priced at the answers' ${requests(volume)} a month in place of its own ${groupDigits(own)}, every request count in proportion\n`);
    else if (differs) io.stderr(`slcost: note: ${name}: priced at its own 0 requests a month: with none, there is nothing to scale to the answers' ${requests(volume)}\n`);
    // A template without usage priced its functions at zero requests, and the costs the recommendation weighs said nothing of it.
    for (const line of new Set(leftOutWarnings(estimate.warnings))) io.stderr(`slcost: ${line}\n`);
  }
  answers = { ...answers, ...answered };
  const style = io.color ? ANSI_STYLE : PLAIN;
  const terminal = answersFile ? null : (io.ask ?? terminalAsk(style.dim, io.columns));
  let asked = 0;
  const given: Answers = {};
  // Asked, the questionnaire opened at whatever the scenario left open (the GPU, say) without a word of the four
  // questions it had answered: said once, before the first question, as the path says it after the last.
  // Wrapped between words, as the questions are: it goes to a terminal only.
  const fromFile =
    read && scenarioFile ? `${wrapProse(`slcost: note: ${terminalText(inputName(scenarioFile))} answers ${scenarioAnswered(answers)}`, io.columns).join('\n')}\n` : '';
  const ask: Ask | null =
    terminal &&
    ((question) => {
      if (asked === 0 && fromFile) io.stderr(fromFile);
      asked += 1;
      return terminal(question).then((answer) => {
        (given as Record<string, unknown>)[question.id] = answer;
        return answer;
      });
    });
  let decision;
  try {
    decision = await runDecision({ answers, estimate, ask, ...(answersFile ? { answersFile } : {}) });
  } catch (error) {
    if (isCancel(error)) {
      // One line, so that the shell's next prompt does not follow a half-drawn question without a word.
      io.stderr('slcost: cancelled\n');
      return 130;
    }
    throw error;
  }
  const output =
    format === 'json'
      ? renderDecisionJson(decision, estimate)
      : format === 'markdown'
        ? renderDecisionMarkdown(decision, estimate)
        : renderDecisionTable(decision, estimate, style, io.columns);
  // After the questions, a blank line sets the recommendation apart from the last answer.
  io.stdout(`${asked && format === 'table' ? '\n' : ''}${output}\n`);
  if (saveTo !== undefined) {
    // Again with the files the scenario named (a state machine's definition), which the run read after the first check.
    refuseOutputOverInput(saveTo, filesReadSoFar(), OVER_AN_INPUT);
    writeOutputFile(saveTo, savedAnswersText(given, read !== null));
    // With what priced the scenario: without its --usage, a template was priced at no requests the second time.
    const again = [
      'slcost decide',
      ...(scenarioFile ? ['--scenario', shellWord(scenarioFile)] : []),
      ...(flags.usage !== undefined ? ['--usage', shellWord(flags.usage)] : []),
      ...(flags.pricing !== undefined ? ['--pricing', shellWord(flags.pricing)] : []),
      ...(flags.freeTier ? [] : ['--no-free-tier']),
      '--answers',
      shellWord(saveTo),
    ].join(' ');
    const count = Object.keys(given).length;
    // The command on a line of its own, whole, to be copied.
    const wrote = `slcost: wrote ${terminalText(saveTo)} with ${count} ${count === 1 ? 'answer' : 'answers'}; run it again without the questions:`;
    io.stderr(`${wrapProse(wrote, io.columns).join('\n')}\n  ${terminalText(again)}\n`);
  }
  return 0;
}
