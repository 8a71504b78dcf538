// One scenario's part of the report, from the top: the summary, the charts,
// the line items, the functions, cold starts and advice, the warnings, and the
// assumptions with the price table's sources. Each part reads its piece of the
// estimate and is left out when that piece is absent, so that a part for a
// new piece of the estimate is one more entry in PARTS.
import type { Decimal } from '../../core/money.js';
import type { Estimate } from '../../providers/aws/types.js';
import { ADVICE_NAMES, describeColdStarts, smallUsd } from '../cold-starts.js';
import { budgetMonth, describeCrossovers, platformName } from '../crossovers.js';
import { formatCount } from '../../core/numbers.js';
import { describeBasis, formatBilledUsd, formatExactUsd, formatLineQuantity, formatQuantity, formatRequests, formatUnitPrice, isUnderACent, UNDER_A_CENT } from '../format.js';
import { describeGroup, namesJoined, savingOverNext, serviceGroups } from '../services.js';
import { describeFleet, small } from '../table.js';
import { renderBars } from './bars.js';
import { renderBreakevenChart } from './breakeven.js';
import { renderRanges } from './ranges.js';
import { certainOutlook } from '../ranges.js';
import { renderComparison } from './compare.js';
import { renderMemoryCurves } from './memory.js';
import { describeDuration } from '../memory-advice.js';
import type { TuneResult } from '../../providers/aws/tune.js';
import type { Comparison } from '../../providers/compare.js';
import { terminalText } from '../escape.js';
import { markup, type Html } from './markup.js';
import { type JsonPath, money, type Row, table } from './parts.js';

/** What a part is given: the estimate (its user-written text made safe for a terminal already), its place in the JSON output, and an id prefix unique in the document. */
export interface SectionContext {
  readonly estimate: Estimate;
  readonly path: JsonPath;
  readonly id: string;
  /** The functions on other providers, when the run compares them. */
  readonly comparison?: Comparison | null;
  /** The functions with memory advice, at every memory size (for their charts), alike ones once; null otherwise. */
  readonly memoryCurves?: TuneResult | null;
}

/** A part of a scenario's section, or null when the estimate has nothing for it. */
export type Part = (context: SectionContext) => Html | null;

const heading = (title: string, body: Html | null) => body && markup`<h3>${title}</h3>${body}`;

export const PARTS: readonly Part[] = [
  summary,
  ({ estimate, id }) => heading('The bill by service', renderBars(estimate, `${id}-bars`)),
  ({ estimate, id, path }) => heading('Cost against requests a month', renderBreakevenChart(estimate, `${id}-breakeven`, path)),
  ({ estimate, id, path }) => heading(certainOutlook(estimate) ? 'Outlook' : 'Ranges: P10, P50 and P90', renderRanges(estimate, id, path)),
  ({ comparison, path }) => (comparison ? renderComparison(comparison, path, terminalText) : null),
  lineItems,
  functions,
  coldStarts,
  ({ estimate, id, memoryCurves }) => renderMemoryCurves(estimate, memoryCurves ?? null, `${id}-memory`),
  warnings,
  assumptions,
];

export function renderSection(context: SectionContext, title: Html): Html {
  const { estimate } = context;
  return markup`<section id="${context.id}" aria-labelledby="${context.id}-heading"><h2 id="${context.id}-heading">${title}</h2><p class="meta">${estimate.scenario.file} \u00b7 pricing <span class="id">${estimate.pricing.id}</span> \u00b7 <span class="id">${estimate.pricing.region}</span></p>${PARTS.map((part) => part(context))}</section> `;
}

function summary({ estimate, path }: SectionContext): Html {
  const platforms = estimate.platforms;
  const usd = (id: string) => path.at('platforms', id, 'monthly_usd');
  const against = savingOverNext(platforms, estimate.cheapest);
  // On a tie each of the tied is the cheapest: a badge on the first alone would pick one the figures do not.
  const isCheapest = (id: string) => against?.tied.some((platform) => platform.id === id) ?? false;
  const totals = markup`<ul class="totals">${platforms.map(
    (platform) =>
      markup`<li${isCheapest(platform.id) ? markup` class="cheapest"` : ''}>${platformName(platform.id)} ${money(platform.monthlyUsd, usd(platform.id), formatBilledUsd(platform))}<small> a month</small>${
        isCheapest(platform.id) ? markup`<span class="badge">cheapest</span>` : ''
      }</li>`,
  )}</ul>`;
  const lines: Html[] = [];
  if (against) {
    const { best, next, savingUsd, share, tied } = against;
    lines.push(
      tied.length > 1
        ? markup`<p>Cheapest: <strong>${namesJoined(tied.map((platform) => platformName(platform.id)))}</strong> alike, ${money(best.monthlyUsd, usd(best.id))} a month each.</p>`
        : markup`<p>Cheapest: <strong>${platformName(best.id)}</strong>, ${money(savingUsd, [usd(next.id), usd(best.id)])} a month less than ${platformName(next.id)}${share}.</p>`,
    );
  }
  if (estimate.breakeven) lines.push(markup`<ul>${describeCrossovers(estimate.breakeven).map((line) => markup`<li>${line}</li>`)}</ul>`);
  estimate.budget.forEach((check, index) => {
    const at = path.at('budget', 'checks', index);
    const state = check.over ? markup`${money(check.excessUsd, at.at('excess_usd'))} over` : markup`${money(check.excessUsd.negated(), at.at('excess_usd'))} left`;
    lines.push(
      markup`<p>${check.over ? markup`<strong>Over budget.</strong> ` : ''}Budget${check.percentile ? ` (P${check.percentile})` : ''}: ${platformName(check.platform)} ${money(check.monthlyUsd, at.at('monthly_usd'), formatBilledUsd(check))} a month of
        ${money(check.budgetUsd, at.at('budget_usd'))}, ${state}${check.month === undefined ? '' : ` ${budgetMonth(check)}`}.
      </p>`,
    );
  });
  return markup`<div class="summary">${totals}${lines}</div>`;
}

function lineItems({ estimate, path }: SectionContext): Html {
  return markup`<h3>Line items</h3>${estimate.platforms.map((platform) => {
    const at = path.at('platforms', platform.id);
    const groups = serviceGroups(platform);
    const grouped = groups.length > 1;
    const rows: Row[] = [];
    let index = 0;
    for (const [groupIndex, group] of groups.entries()) {
      if (grouped)
        rows.push({
          head: markup`${describeGroup(group)}`,
          cells: [markup``, markup``, markup``, money(group.monthlyUsd, at.at('services', groupIndex, 'monthly_usd'), formatBilledUsd(group))],
          kind: 'group',
        });
      for (const item of group.items) {
        // Line items in the JSON are in the platform's order, which is the groups' order item by item.
        const itemIndex = platform.lineItems.indexOf(item);
        const note = describeBasis(item);
        rows.push({
          head: markup`${item.label}${note ? markup`<span class="note">${note}</span>` : ''}`,
          cells: [
            markup`${formatLineQuantity(item.quantity)}`,
            markup`${item.unit}`,
            money(item.unitPriceUsd, at.at('line_items', itemIndex, 'unit_price_usd'), formatUnitPrice(item.unitPriceUsd)),
            money(item.monthlyUsd, at.at('line_items', itemIndex, 'monthly_usd'), formatBilledUsd(item)),
          ],
          kind: grouped ? 'item' : undefined,
        });
        index++;
      }
    }
    rows.push({ head: markup`Total`, cells: [markup``, markup``, markup``, money(platform.monthlyUsd, at.at('monthly_usd'), formatBilledUsd(platform))], kind: 'total' });
    return markup`<h4>${platformName(platform.id)}</h4>${table(
      markup`${platformName(platform.id)}: ${index} line items`,
      [{ label: 'Line item' }, { label: 'Quantity', numeric: true }, { label: 'Unit', nowrap: true }, { label: 'Unit price', numeric: true }, { label: 'Monthly', numeric: true }],
      rows,
    )}${platform.fleet ? markup`<p class="note">${describeFleet(platform.fleet)}</p>` : ''}`;
  })}`;
}

function functions({ estimate }: SectionContext): Html | null {
  if (!estimate.functions.length) return null;
  const anyProvisioned = estimate.functions.some((fn) => !fn.provisionedConfiguredGbSeconds.isZero());
  return markup`<h3>Functions</h3>${table(
    'Each function’s month',
    [
      { label: 'Function' },
      { label: 'Architecture' },
      { label: 'Memory', numeric: true },
      { label: 'Requests a month', numeric: true },
      ...(anyProvisioned ? [{ label: 'On provisioned', numeric: true }] : []),
      { label: 'Billed duration', numeric: true },
      { label: 'Peak req/s', numeric: true },
      { label: 'Average concurrency', numeric: true },
      { label: 'Peak concurrency', numeric: true },
    ],
    estimate.functions.map((fn) => ({
      head: markup`${fn.name}`,
      cells: [
        markup`${fn.architecture}`,
        markup`${formatCount(fn.memoryMb)} MB`,
        markup`${fn.usageGiven ? formatRequests(fn.requestsPerMonth) : 'no usage given'}`,
        ...(anyProvisioned ? [markup`${formatQuantity(fn.provisionedRequests, 0)}`] : []),
        markup`${fn.usageGiven ? `${formatQuantity(fn.billedDurationMs)} ms` : '—'}`,
        markup`${small(fn.peakRequestsPerSecond)}`,
        markup`${small(fn.averageConcurrency)}`,
        markup`${small(fn.peakConcurrency)}`,
      ],
    })),
  )}`;
}

function coldStarts({ estimate, path }: SectionContext): Html | null {
  const cold = describeColdStarts(estimate);
  // Each piece of advice keeps its place in the JSON's advice[]: the cold-start options here, the memory sizes in their own table.
  const indexed = estimate.advice.map((one, index) => ({ one, index }));
  const coldAdvice = indexed.flatMap(({ one, index }) => (one.kind === 'memory_size' ? [] : [{ one, index }]));
  const memory = indexed.flatMap(({ one, index }) => (one.kind === 'memory_size' ? [{ one, index }] : []));
  if (!cold.length && !estimate.advice.length) return null;
  const advice = coldAdvice.map(({ one, index }) => {
    const at = path.at('advice', index);
    const what =
      one.kind === 'keep_warm'
        ? ADVICE_NAMES.keep_warm
        : `${formatCount(one.count)} × ${ADVICE_NAMES[one.kind]}${one.kind === 'scheduled_provisioned_concurrency' ? ` (${one.hoursPerMonth} h a month)` : ''}`;
    // As the terminal says it: a keep-warm ping of a few cents' hundredths read `+$0.00` beside the cold starts it removes.
    const cost = (usd: Decimal) =>
      usd.isZero()
        ? markup`costs nothing more`
        : usd.lessThan(0)
          ? markup`saves ${money(usd.negated(), at.at('monthly_usd'), formatExactUsd(usd.negated()))}`
          : isUnderACent(usd)
            ? markup`${money(usd, at.at('monthly_usd'), UNDER_A_CENT)} more`
            : markup`+${money(usd, at.at('monthly_usd'))}`;
    return {
      head: markup`${one.function}`,
      cells: [
        markup`${what}`,
        cost(one.monthlyUsd),
        markup`~${formatCount(one.coldStartsRemoved)}`,
        one.usdPerColdStartAvoided && one.monthlyUsd.greaterThan(0)
          ? money(one.usdPerColdStartAvoided, at.at('usd_per_cold_start_avoided'), smallUsd(one.usdPerColdStartAvoided))
          : markup`\u2014`,
      ],
    };
  });
  return markup`<h3>Cold starts and advice</h3>${cold.length ? markup`<ul>${cold.map((one) => markup`<li>${one.headline}</li>`)}</ul>` : ''}${
    advice.length
      ? table(
          'What removing cold starts would cost a month',
          [
            { label: 'Function' },
            { label: 'Option' },
            { label: 'A month', numeric: true },
            { label: 'Cold starts removed', numeric: true },
            { label: 'Per cold start avoided', numeric: true },
          ],
          advice,
        )
      : ''
  }${
    memory.length
      ? table(
          'Memory sizes the model finds cheaper at no longer a duration (check with slcost tune)',
          [{ label: 'Function' }, { label: 'Memory' }, { label: 'Duration' }, { label: 'A month', numeric: true }, { label: 'Of its cost', numeric: true }],
          memory.map(({ one, index }) => ({
            head: markup`${one.function}`,
            cells: [
              markup`${formatCount(one.memoryMb)} MB instead of ${formatCount(one.fromMemoryMb)} MB`,
              markup`${describeDuration(one)}`,
              markup`saves ${money(one.monthlyUsd.negated(), path.at('advice', index, 'monthly_usd'), formatExactUsd(one.monthlyUsd.negated()))}`,
              markup`${formatQuantity(one.savingPct, 0)}%`,
            ],
          })),
        )
      : ''
  }`;
}

function warnings({ estimate, path }: SectionContext): Html | null {
  if (!estimate.warnings.length) return null;
  return markup`<h3>Warnings</h3>${estimate.warnings.map(
    (warning, index) => markup`<div class="warning" data-warning="${path.at('warnings', index).pointer}"><code>${warning.id}</code>: <span>${warning.message}</span></div>`,
  )}`;
}

function assumptions({ estimate }: SectionContext): Html {
  const { pricing, assumptions: given } = estimate;
  const facts: Array<[string, string]> = [
    ['Pricing version', `${pricing.id}, in force from ${pricing.effectiveDate}`],
    ...(pricing.customFile ? ([['Your price file', pricing.customFile]] as Array<[string, string]>) : []),
    ['Region', pricing.region],
    ['Always-free tiers (Lambda’s and the services’)', given.freeTier ? 'on' : 'off'],
    ['API Gateway free tier', given.apiGatewayFreeTier ? 'on (the first 12 months of an account)' : 'off'],
    ['Traffic', `${given.trafficPattern}`],
    ['Month', `${given.hoursPerMonth} hours`],
    ['Money', 'each line rounded to the cent, half up, as AWS rounds a bill; totals add the rounded lines'],
  ];
  return markup`<h3>Assumptions and pricing</h3><dl class="facts">${facts.map(([term, value]) => markup`<dt>${term}</dt><dd>${value}</dd>`)}</dl>${
    pricing.sources.length
      ? markup`<details class="sources"><summary>Sources of the prices (${pricing.sources.length})</summary><ul>${pricing.sources.map(({ section, source }) => markup`<li><strong>${section}</strong>: ${source}</li>`)}</ul></details>`
      : ''
  }`;
}
