// The one module that talks to inquirer: a question of the decision tree in, the person's answer out.
import { styleText } from 'node:util';
import { requestsWrittenParts } from '../core/requests-written.js';
import { Decimal } from '../core/money.js';
import { compactCount, formatCount } from '../core/numbers.js';
import { wrapProse } from '../report/prose.js';
import type { Answers, Question } from '../decide/decision-tree.js';

export type Ask = (question: Question) => Promise<Answers[keyof Answers]>;

/**
 * `text` in lines that fit `columns` after a two-column indent, broken between words (wrap-ansi, as the reports'
 * prose): inquirer breaks a line that is too long at the terminal's edge, within a word.
 */
export function wrapWords(text: string, columns: number): string[] {
  return wrapProse(text, columns - 2, 0);
}

/** Asks on the terminal; the hint sits under the question, as inquirer's own description line. */
export function terminalAsk(dim: (text: string) => string, columns = 80): Ask {
  return async (question) => {
    const { confirm, input, number, select } = await import('./inquirer.js');
    const message = `${wrapWords(question.prompt, columns).join('\n  ')}\n${wrapWords(question.hint, columns)
      .map((line) => `  ${dim(line)}\n`)
      .join('')} `;
    switch (question.kind) {
      case 'boolean':
        return confirm({ message, default: question.default });
      case 'number': {
        // A count of requests may be written as the command line takes one: 50M, 1.5B; its default is shown so too.
        if (question.unit === 'requests') {
          const text = await input({
            message,
            default: compactCount(new Decimal(question.default)),
            required: true,
            validate: (typed) => requestsAnswer(typed, question) !== null || requestsHint(question),
          });
          return requestsAnswer(text, question)!;
        }
        // The range is checked here, not by the prompt's min and max: its refusal ("Value must be between 0 and 100000")
        // named no unit; this says what to type, grouped as every other figure is.
        const value = await number({
          message,
          default: question.default,
          required: true,
          step: 'any',
          validate: (typed) => (typed !== undefined && typed >= question.min && typed <= question.max) || numberHint(question),
        });
        return value ?? question.default;
      }
      case 'choice':
        // The message's last line is where the other prompts draw their default, (1) or (y/N), and, answered, the
        // answer; select draws its choices on lines of their own, and that line stood empty between the hint and them.
        // Answered, the line is kept for the answer, as the other prompts keep it. Bold, as inquirer's own style.
        return select({
          message,
          default: question.default,
          choices: question.choices.map((choice) => ({ ...choice })),
          theme: { style: { message: (text: string, status: string) => styleText('bold', status === 'done' ? text : text.replace(/\n $/, '')) } },
        });
    }
  };
}

type NumberQuestion = Extract<Question, { kind: 'number' }>;

/** A typed count of requests (`50000000`, `5e7`, `50M`, `1.5B`), whole and within the question's range; null otherwise. */
export function requestsAnswer(typed: string, question: NumberQuestion): number | null {
  const parts = requestsWrittenParts(typed);
  if (!parts) return null;
  // In decimal, as breakeven reads --from: a double makes 0.067B 67,000,000.00000001. Not whole is refused, as
  // --from refuses it, where 1.5 was rounded to 2 without a word.
  const requests = new Decimal(parts.digits).times(parts.scale);
  return requests.isInteger() && requests.greaterThanOrEqualTo(question.min) && requests.lessThanOrEqualTo(question.max) ? requests.toNumber() : null;
}

/** Said under a number question whose answer cannot be read: its unit and range, as the reports group them. */
export function numberHint(question: NumberQuestion): string {
  return `Type a number of ${question.unit} from ${formatCount(question.min)} to ${formatCount(question.max)}, such as 0.5 or 2`;
}

function requestsHint(question: NumberQuestion): string {
  return `Type a whole number of requests such as 50000000, 50M or 1.5B (${formatCount(question.min)} to ${compactCount(new Decimal(question.max))})`;
}

/** inquirer's error when the person presses Ctrl-C. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
