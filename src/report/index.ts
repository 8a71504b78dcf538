// The renderers, keyed by --format. An estimate is rendered and written as
// soon as it is made, and then let go: a run over a thousand files holds
// neither a thousand estimates nor their text.
import type { Estimate } from '../providers/aws/types.js';
import { CSV_HEADER, csvField as field, csvRows } from './csv.js';
import { comparisonCsvRows, comparisonJson, renderComparisonMarkdown, renderComparisonTable } from './compare.js';
import type { Comparison } from '../providers/compare.js';
import type { TuneResult } from '../providers/aws/tune.js';
import { ESTIMATES_SCHEMA, estimateJsonParts } from './json.js';
import { describeError, withWords } from './words.js';
import { markdownText, safeEstimate, terminalText, jsonText } from './escape.js';
import { markdownDocument, renderEstimateMarkdown } from './markdown.js';
import type { FileError } from './run.js';
import type { Style } from './style.js';
import { renderSummaryTable, type ScenarioSummary, summarize, summaryJson } from './summary.js';
import { renderEstimateTable } from './table.js';
import { htmlDocument, renderHtmlSection } from './html/document.js';

export const FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RunWriter {
  /** Renders `estimate` (and its functions on other providers, when compared) and writes as much of the document as can be written already. */
  add(estimate: Estimate, comparison?: Comparison | null, memoryCurves?: TuneResult | null): void;
  /** Writes the rest of the document and its last newline; nothing when no estimate was added. */
  finish(errors: readonly FileError[]): void;
}

/**
 * `manyFiles`: the run was given several files, so JSON is the many-estimates
 * document even when one of them priced. `columns`: the terminal's width, which
 * tables and their sentences fit (80 when not given). `quiet`: the table and
 * Markdown show the bill and the warnings that matter, nothing else. Each
 * estimate is written as soon as it is rendered, except in Markdown, whose
 * summary comes first; several estimates end with a summary of them all (a
 * few figures each, kept as the run goes).
 */
export function runWriter(format: Format, options: { style: Style; manyFiles: boolean; columns?: number; quiet?: boolean }, write: (text: string) => void): RunWriter {
  const summaries: ScenarioSummary[] = [];
  const sections: string[] = [];
  return {
    add(priced, comparison = null, memoryCurves = null) {
      const estimate = withWords(priced);
      const first = summaries.length === 0;
      // Names printed back are escaped for where they are printed; JSON and CSV escape as they write.
      // HTML escapes every value as it builds the page; control characters are shown as escapes first, as in a terminal.
      const safe = format === 'markdown' ? markdownText : format === 'table' || format === 'html' ? terminalText : null;
      const shown = safe ? safeEstimate(estimate, safe) : estimate;
      summaries.push(summarize(shown));
      switch (format) {
        case 'table':
          write(`${first ? '' : '\n\n'}${renderEstimateTable(shown, options.style, { width: options.columns, quiet: options.quiet })}`);
          if (comparison) write(`\n\n${renderComparisonTable(comparison, options.style, options.columns ?? 80, terminalText, { quiet: options.quiet })}`);
          return;
        case 'csv':
          write(`${first ? CSV_HEADER : ''}\r\n${csvRows(estimate)}`);
          if (comparison) write(`\r\n${comparisonCsvRows(comparison, [estimate.scenario.name, estimate.scenario.file], field).join('\r\n')}`);
          return;
        case 'markdown':
          sections.push(
            renderEstimateMarkdown(shown, { quiet: options.quiet, file: estimate.scenario.file }) +
              (comparison ? `\n\n${renderComparisonMarkdown(comparison, markdownText, { quiet: options.quiet })}` : ''),
          );
          return;
        case 'html':
          sections.push(renderHtmlSection(shown, summaries.length - 1, options.manyFiles, comparison, memoryCurves));
          return;
        case 'json': {
          const parts = estimateJsonParts(estimate, comparison ? { compare: comparisonJson(comparison) } : {});
          if (!options.manyFiles) {
            for (const part of parts) write(part);
            return;
          }
          // In the many-estimates document each one sits two levels deep.
          write(`${first ? manyEstimates([]).head : ',\n'}    `);
          for (const part of parts) write(part.replaceAll('\n', '\n    '));
          return;
        }
      }
    },
    finish(errors) {
      if (!summaries.length) return;
      if (format === 'table' && options.manyFiles) write(`\n\n${renderSummaryTable(summaries, errors.length, options.style, options.columns)}`);
      if (format === 'markdown') write(markdownDocument(sections, options.manyFiles ? summaries : [], errors.length));
      if (format === 'html') {
        // The document ends with its own newline.
        write(htmlDocument(sections, summaries, options.manyFiles, errors.length));
        return;
      }
      if (format === 'json' && options.manyFiles) write(`\n  ],${manyEstimates(errors, summaryJson(summaries, errors.length)).tail}`);
      write('\n');
    },
  };
}

/**
 * The many-estimates JSON document around its estimates: the text before the
 * first and after the last, as stringifying the whole document would write them.
 */
function manyEstimates(errors: readonly FileError[], summary: object = {}): { head: string; tail: string } {
  const document = { schema: ESTIMATES_SCHEMA, estimates: [], errors: errors.map(({ file, error, words }) => ({ file, message: describeError(error, words) })), summary };
  const [head, tail] = jsonText(document).split('"estimates": [],') as [string, string];
  return { head: `${head}"estimates": [\n`, tail };
}
