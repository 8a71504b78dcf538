// The one module that talks to inquirer: a question of the decision tree in, the person's answer out.
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
        // A count of requests may be written as the command line takes one: 50M, 1.5B.
        if (question.unit === 'requests') {
          const text = await input({
            message,
            default: String(question.default),
            required: true,
            validate: (typed) => requestsAnswer(typed, question) !== null || requestsHint(question),
          });
          return requestsAnswer(text, question)!;
        }
        const value = await number({ message, default: question.default, min: question.min, max: question.max, required: true, step: 'any' });
        return value ?? question.default;
      }
      case 'choice':
        return select({ message, default: question.default, choices: question.choices.map((choice) => ({ ...choice })) });
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

function requestsHint(question: NumberQuestion): string {
  return `Type a whole number of requests such as 50000000, 50M or 1.5B (${formatCount(question.min)} to ${compactCount(new Decimal(question.max))})`;
}

/** inquirer's error when the person presses Ctrl-C. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
