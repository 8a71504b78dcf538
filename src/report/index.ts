// The renderers, keyed by --format. An estimate is rendered and written as
// soon as it is made, and then let go: a run over a thousand files holds
// neither a thousand estimates nor their text.
import { ZERO } from '../core/money.js';
import type { Estimate } from '../providers/aws/types.js';
import { CSV_HEADER, csvRows } from './csv.js';
import { machineUsd } from './format.js';
import { ESTIMATES_SCHEMA, estimateJson } from './json.js';
import { describeError, withWords } from './words.js';
import { markdownText, safeEstimate, terminalText, jsonText } from './escape.js';
import { markdownDocument, renderEstimateMarkdown } from './markdown.js';
import type { FileError } from './run.js';
import type { Style } from './style.js';
import { renderEstimateTable, tableTotal } from './table.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunWriter {
  /** Renders `estimate` and writes as much of the document as can be written already. */
  add(estimate: Estimate): void;
  /** Writes the rest of the document and its last newline; nothing when no estimate was added. */
  finish(errors: readonly FileError[]): void;
}

/**
 * `manyFiles`: the run was given several files, so JSON is the many-estimates
 * document even when one of them priced. `columns`: the terminal's width, which
 * tables and their sentences fit (80 when not given). Each estimate is written
 * as soon as it is rendered, except in Markdown, whose sum comes first.
 */
export function runWriter(format: Format, options: { style: Style; manyFiles: boolean; columns?: number }, write: (text: string) => void): RunWriter {
  let count = 0;
  let totalUsd = ZERO;
  let overBudgetCount = 0;
  const sections: string[] = [];
  return {
    add(priced) {
      const estimate = withWords(priced);
      const first = count === 0;
      count++;
      totalUsd = totalUsd.plus(estimate.platforms[0]!.monthlyUsd);
      if (estimate.budget.some((check) => check.over)) overBudgetCount++;
      switch (format) {
        case 'table':
          write(`${first ? '' : '\n\n'}${renderEstimateTable(safeEstimate(estimate, terminalText), options.style, options.columns)}`);
          return;
        case 'csv':
          write(`${first ? CSV_HEADER : ''}\r\n${csvRows(estimate)}`);
          return;
        case 'markdown':
          sections.push(renderEstimateMarkdown(safeEstimate(estimate, markdownText)));
          return;
        case 'json': {
          const text = jsonText(estimateJson(estimate));
          // In the many-estimates document each one sits two levels deep.
          write(options.manyFiles ? `${first ? manyEstimates([]).head : ',\n'}    ${text.replaceAll('\n', '\n    ')}` : text);
          return;
        }
      }
    },
    finish(errors) {
      if (!count) return;
      if (format === 'table' && count > 1) write(`\n\n${tableTotal(count, totalUsd, options.style, options.columns)}`);
      if (format === 'markdown') write(markdownDocument(sections, totalUsd));
      if (format === 'json' && options.manyFiles) {
        const summary = { count, error_count: errors.length, over_budget_count: overBudgetCount, monthly_usd: machineUsd(totalUsd) };
        write(`\n  ],${manyEstimates(errors, summary).tail}`);
      }
      write('\n');
    },
  };
}

/**
 * The many-estimates JSON document around its estimates: the text before the
 * first and after the last, as stringifying the whole document would write them.
 */
function manyEstimates(errors: readonly FileError[], summary: object = {}): { head: string; tail: string } {
  const document = { schema: ESTIMATES_SCHEMA, estimates: [], errors: errors.map(({ file, error }) => ({ file, message: describeError(error) })), summary };
  const [head, tail] = jsonText(document).split('"estimates": [],') as [string, string];
  return { head: `${head}"estimates": [\n`, tail };
}
