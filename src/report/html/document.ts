// The whole report: one HTML file with its style sheet and its charts inline,
// no script, and a content security policy that lets it load nothing, so
// that it reads the same attached to a ticket, published from CI or opened
// offline. Several scenarios get an overview table first, then a section each.
import { formatBilledUsd } from '../format.js';
import type { Estimate } from '../../providers/aws/types.js';
import { platformName } from '../crossovers.js';
import { describeTotals, platformTotals, scenariosCounted, scenarioUsd, type ScenarioSummary } from '../summary.js';
import { escapeHtml, markup, type Html, trusted } from './markup.js';
import { JsonPath, money, table } from './parts.js';
import { renderSection } from './section.js';
import { STYLE } from './style.js';
import type { Comparison } from '../../providers/compare.js';
import type { TuneResult } from '../../providers/aws/tune.js';

/** The id of the `index`th scenario's section (from 0), which the overview links to. */
const sectionId = (index: number) => `scenario-${index + 1}`;

/**
 * A scenario's section. `index`: its place among the estimates of the run;
 * `many`: the run was given several files, so that its figures sit under
 * `/estimates/INDEX` of the JSON output.
 */
export function renderHtmlSection(estimate: Estimate, index: number, many: boolean, comparison: Comparison | null = null, memoryCurves: TuneResult | null = null): string {
  const path = many ? new JsonPath('').at('estimates', index) : new JsonPath('');
  return renderSection({ estimate, path, id: sectionId(index), comparison, memoryCurves }, markup`${estimate.scenario.name}`).text;
}

/** The document around the sections: the overview of several first. */
export function htmlDocument(sections: readonly string[], summaries: readonly ScenarioSummary[], many: boolean, errorCount: number): string {
  const title = !many && summaries.length === 1 ? `${summaries[0]!.name}: cost estimate` : `Cost estimates of ${scenariosCounted(summaries.length)}`;
  const notPriced = errorCount ? markup`<p class="warning">${errorCount} ${errorCount === 1 ? 'file was' : 'files were'} not priced: slcost named them on standard error.</p>` : '';
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="color-scheme" content="light dark">
<title>${short(title)}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main>
<h1>${many ? title : 'Cost estimate'}</h1>
<p class="meta">Made by slcost from the price tables that ship with it. Nothing in this file is fetched from the network.</p>
${notPriced}${many ? overview(summaries) : ''}${sections.map(trusted)}</main>
</body>
</html>
`.text;
}

/** A browser tab shows a few words of a title: a long name is cut, with an ellipsis, to 70 characters as written in the file. */
function short(title: string): string {
  const characters = [...title];
  let kept = characters.length;
  while (escapeHtml(characters.slice(0, kept).join('')).length + (kept < characters.length ? 1 : 0) > 70) kept--;
  return kept < characters.length ? `${characters.slice(0, kept).join('')}…` : title;
}

function overview(summaries: readonly ScenarioSummary[]): Html {
  const totals = platformTotals(summaries);
  const at = new JsonPath('').at('summary');
  const withBudget = summaries.some((summary) => summary.budget);
  const cell = (summary: ScenarioSummary, index: number, platform: string) => {
    const usd = summary.months.get(platform)?.monthlyUsd;
    return usd ? money(usd, at.at('scenarios', index, 'monthly_usd', platform), scenarioUsd(summary, platform)) : markup`<span title="not compared">\u2014</span>`;
  };
  return markup`<h2>Overview</h2>${table(
    `${scenariosCounted(summaries.length)}, each platform’s monthly bill`,
    [{ label: 'Scenario' }, ...totals.map((total) => ({ label: platformName(total.platform), numeric: true })), ...(withBudget ? [{ label: 'Budget' }] : [])],
    [
      ...summaries.map((summary, index) => ({
        head: markup`<a href="#${sectionId(index)}">${summary.name}</a>`,
        cells: [
          ...totals.map((total) => cell(summary, index, total.platform)),
          ...(withBudget ? [summary.budget === 'over' ? markup`<strong>over</strong>` : markup`${summary.budget ?? ''}`] : []),
        ],
      })),
      {
        head: markup`Total`,
        cells: [...totals.map((total) => money(total.monthlyUsd, at.at('platforms', total.platform, 'monthly_usd'), formatBilledUsd(total))), ...(withBudget ? [markup``] : [])],
        kind: 'total' as const,
      },
    ],
  )}<p class="note">${describeTotals(totals, summaries.length)}.</p>`;
}
