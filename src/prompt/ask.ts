// The one module that talks to inquirer: a question of the decision tree in, the person's answer out.
import type { Answers, Question } from '../decide/decision-tree.js';

export type Ask = (question: Question) => Promise<Answers[keyof Answers]>;

/** Asks on the terminal; the hint sits under the question, as inquirer's own description line. */
export function terminalAsk(dim: (text: string) => string): Ask {
  return async (question) => {
    const { confirm, number, select } = await import('./inquirer.js');
    const message = `${question.prompt}\n  ${dim(question.hint)}\n `;
    switch (question.kind) {
      case 'boolean':
        return confirm({ message, default: question.default });
      case 'number': {
        const value = await number({ message, default: question.default, min: question.min, max: question.max, required: true, step: 'any' });
        return value ?? question.default;
      }
      case 'choice':
        return select({ message, default: question.default, choices: question.choices.map((choice) => ({ ...choice })) });
    }
  };
}

/** inquirer's error when the person presses Ctrl-C. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
