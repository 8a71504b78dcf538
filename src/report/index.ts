// The renderers, keyed by --format. An estimate is rendered as soon as it is
// made and then let go, so that a run over a thousand files holds a thousand
// pieces of text, not a thousand estimates; the document is put together at the end.
import { formatError } from '../errors.js';
import { ZERO } from '../model/money.js';
import type { Estimate } from '../model/types.js';
import { csvDocument, csvRows } from './csv.js';
import { machineUsd, separated } from './format.js';
import { ESTIMATES_SCHEMA, estimateJson } from './json.js';
import { markdownDocument, renderEstimateMarkdown } from './markdown.js';
import type { FileError } from './run.js';
import type { Style } from './style.js';
import { renderEstimateTable, tableDocument } from './table.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunWriter {
  add(estimate: Estimate): void;
  /** The whole document, in pieces to write one after another (never joined: a thousand estimates make megabytes); none when no estimate was added. */
  finish(errors: readonly FileError[]): string[];
}

/** `manyFiles`: the run was given several files, so JSON is the many-estimates document even when one of them priced. */
export function runWriter(format: Format, options: { style: Style; manyFiles: boolean }): RunWriter {
  const blocks: string[] = [];
  let totalUsd = ZERO;
  let overBudgetCount = 0;
  const block = (estimate: Estimate): string => {
    switch (format) {
      case 'table':
        return renderEstimateTable(estimate, options.style);
      case 'markdown':
        return renderEstimateMarkdown(estimate);
      case 'csv':
        return csvRows(estimate);
      case 'json': {
        const text = JSON.stringify(estimateJson(estimate), null, 2);
        // In the many-estimates document each one sits two levels deep.
        return options.manyFiles ? `    ${text.replaceAll('\n', '\n    ')}` : text;
      }
    }
  };
  return {
    add(estimate) {
      blocks.push(block(estimate));
      totalUsd = totalUsd.plus(estimate.serverless.monthlyUsd);
      if (estimate.budget.some((check) => check.over)) overBudgetCount++;
    },
    finish(errors) {
      if (!blocks.length) return [];
      switch (format) {
        case 'table':
          return tableDocument(blocks, totalUsd, options.style);
        case 'markdown':
          return markdownDocument(blocks, totalUsd);
        case 'csv':
          return csvDocument(blocks);
        case 'json': {
          if (!options.manyFiles) return blocks;
          const document = {
            schema: ESTIMATES_SCHEMA,
            estimates: [],
            errors: errors.map(({ file, error }) => ({ file, message: formatError(error) })),
            summary: { count: blocks.length, error_count: errors.length, over_budget_count: overBudgetCount, monthly_usd: machineUsd(totalUsd) },
          };
          // The same text as stringifying the document with the estimates in it.
          const [head, tail] = JSON.stringify(document, null, 2).split('"estimates": [],') as [string, string];
          return [`${head}"estimates": [\n`, ...separated(blocks, ',\n'), `\n  ],${tail}`];
        }
      }
    },
  };
}
