// The renderers, keyed by --format. Each is a pure function from a run to a string.
import { formatError } from '../errors.js';
import { sum } from '../model/money.js';
import { renderCsv } from './csv.js';
import { machineUsd } from './format.js';
import { ESTIMATES_SCHEMA, estimateJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { EstimateRun } from './run.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** One file gives its estimate document; several give one document holding them all. */
export function renderJson(run: EstimateRun, manyFiles: boolean): string {
  if (!manyFiles && run.estimates[0]) return JSON.stringify(estimateJson(run.estimates[0]), null, 2);
  const document = {
    schema: ESTIMATES_SCHEMA,
    estimates: run.estimates.map(estimateJson),
    errors: run.errors.map(({ file, error }) => ({ file, message: formatError(error) })),
    summary: {
      count: run.estimates.length,
      error_count: run.errors.length,
      over_budget_count: run.estimates.filter((estimate) => estimate.budget.some((check) => check.over)).length,
      monthly_usd: machineUsd(sum(run.estimates.map((estimate) => estimate.serverless.monthlyUsd))),
    },
  };
  return JSON.stringify(document, null, 2);
}

export function render(format: Format, run: EstimateRun, options: { style: Style; manyFiles: boolean }): string {
  switch (format) {
    case 'table':
      return renderTable(run, options.style);
    case 'json':
      return renderJson(run, options.manyFiles);
    case 'markdown':
      return renderMarkdown(run);
    case 'csv':
      return renderCsv(run);
  }
}
