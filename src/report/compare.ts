// A comparison of the functions on other providers, in every format: a
// summary table (provider, month, cost per million requests), each
// provider's line items, what does not fit where, and every default assumed.
// Names a user wrote (functions) reach here inside the engine's sentences:
// each format escapes them as it escapes the estimate's.
import type { LineItem } from '../core/types.js';
import type { Comparison, ProviderComparison } from '../providers/compare.js';
import { listNames, NAMES_LISTED } from '../core/names.js';
import { formatCount } from '../core/numbers.js';
import { describeBasis, formatLineQuantity, formatBilledUsd, formatUnitPrice, formatUsd, machineNumber, machineUsd } from './format.js';
import { lineItemJson } from './json.js';
import { type CsvRowKind, lineItemCells } from './csv.js';
import { proseLines } from './prose.js';
import { namesJoined } from './services.js';
import type { Style } from './style.js';
import { type Row, renderColumns } from './terminal-table.js';
import { inWords } from './words.js';

export const COMPARE_TITLE = 'Functions on other providers';
/** What the comparison leaves out, said as a sentence of its own under a heading that names the comparison. */
export const COMPARE_SCOPE = 'Only the functions are compared (requests, duration, memory); the API, the logs and the services around them stay on AWS.';
/** The terminal's opening line, its own heading: Markdown and HTML put the title in a heading and the scope under it. */
export const COMPARE_HEADLINE = `${COMPARE_TITLE}: ${COMPARE_SCOPE[0]!.toLowerCase()}${COMPARE_SCOPE.slice(1)}`;

/**
 * A provider the functions do not fit has no month: a dash, as for its cost per million, with `does not fit: …`
 * in the note under its row. The words in the cell widened the column past 80 columns, and the pricing table's
 * `cloudflare-2026-12-05 · global` wrapped to make room.
 */
function monthly(provider: ProviderComparison): string {
  return provider.cost ? formatBilledUsd(provider.cost) : '—';
}

function perMillion(provider: ProviderComparison): string {
  return provider.usdPerMillionRequests ? formatUsd(provider.usdPerMillionRequests) : '—';
}

/**
 * `does not fit: api, worker: 512 MB …; batch: …`: the functions of one
 * reason together, in the order found, at most NAMES_LISTED names in all;
 * the rest counted, and `everyOne` says where each is listed (JSON's
 * `does_not_fit`; a format without it has none to point at).
 */
export function describeMisfit(provider: ProviderComparison, everyOne: string | null = '--format json lists every one'): string {
  const byReason = new Map<string, string[]>();
  for (const { function: name, reason } of provider.doesNotFit) {
    const names = byReason.get(reason);
    if (names) names.push(name);
    else byReason.set(reason, [name]);
  }
  const parts: string[] = [];
  let named = 0;
  let told = 0;
  let reasonsTold = 0;
  for (const [reason, names] of byReason) {
    if (named >= NAMES_LISTED) break;
    parts.push(`${listNames(names, NAMES_LISTED - named)}: ${reason}`);
    named += Math.min(names.length, NAMES_LISTED - named);
    told += names.length;
    reasonsTold += 1;
  }
  const untold = provider.doesNotFit.length - told;
  const reasons = byReason.size - reasonsTold === 1 ? 'for another reason' : 'for other reasons';
  const rest = untold ? `; and ${formatCount(untold)} more function${untold === 1 ? '' : 's'}, ${reasons}${everyOne ? ` (${everyOne})` : ''}` : '';
  return `does not fit: ${parts.join('; ')}${rest}`;
}

/** The cheapest provider and those whose month for the functions costs what its does, it first: more than one is a tie. */
function cheapestProviders(comparison: Comparison): ProviderComparison[] {
  const cheapest = comparison.providers.find((provider) => provider.id === comparison.cheapest)!;
  const usd = cheapest.cost!.monthlyUsd;
  return [cheapest, ...comparison.providers.filter((provider) => provider !== cheapest && provider.cost?.monthlyUsd.equals(usd))];
}

/**
 * Who is cheapest for the functions, `AWS Lambda` or, on a tie, `AWS Lambda and Azure Functions alike`, and what follows
 * its amount: within every free tier each costs $0.00, and one named the cheapest was a choice the figures do not make.
 */
export function cheapestWords(comparison: Comparison): { who: string; each: string; cheapest: ProviderComparison } {
  const tied = cheapestProviders(comparison);
  return { who: tied.length > 1 ? `${namesJoined(tied.map((provider) => provider.label))} alike` : tied[0]!.label, each: tied.length > 1 ? ' each' : '', cheapest: tied[0]! };
}

export function comparisonNotes(comparison: Comparison): string[] {
  const { who, each, cheapest } = cheapestWords(comparison);
  return [
    `Cheapest for the functions: ${who}, ${formatBilledUsd(cheapest.cost!)} a month${each}`,
    ...comparison.providers.filter((provider) => provider.unconfirmed.length).map((provider) => `not confirmed in ${provider.pricing.id}: ${provider.unconfirmed.join('; ')}`),
  ];
}

/** The comparison as the terminal shows it, each name escaped with `safe`; `quiet`, as the estimate's: no notes under the lines, no assumptions. */
export function renderComparisonTable(comparison: Comparison, style: Style, width: number, safe: (text: string) => string, { quiet = false } = {}): string {
  const prose = (texts: readonly string[], lineStyle?: (text: string) => string) => proseLines(texts, width, lineStyle);
  const rows: Row[] = comparison.providers.flatMap((provider): Row[] => [
    [provider.label, `${provider.pricing.id} · ${provider.pricing.region}`, monthly(provider), perMillion(provider)],
    ...(provider.cost ? [] : [{ note: safe(describeMisfit(provider)) }]),
  ]);
  const lines = [
    ...prose([COMPARE_HEADLINE], style.bold),
    ...renderColumns(
      [
        { header: 'Provider', align: 'left' },
        { header: 'Pricing', align: 'left' },
        { header: 'Monthly', align: 'right' },
        { header: 'Per 1M requests', align: 'right' },
      ],
      rows,
      { header: style.bold, note: style.warn },
      width,
    ),
    ...prose(comparisonNotes(comparison), style.dim),
  ];
  for (const provider of comparison.providers) {
    if (!provider.cost) continue;
    const items: Row[] = provider.cost.lineItems.flatMap((item): Row[] => {
      const basis = quiet ? '' : describeBasis(item);
      return [[item.label, formatLineQuantity(item.quantity), item.unit, formatUnitPrice(item.unitPriceUsd), formatBilledUsd(item)], ...(basis ? [{ note: basis }] : [])];
    });
    items.push(['Total', '', '', '', style.bold(formatBilledUsd(provider.cost))]);
    const columns = [
      { header: provider.label, align: 'left' as const },
      { header: 'Quantity', align: 'right' as const },
      { header: 'Unit', align: 'left' as const },
      { header: 'Unit price', align: 'right' as const },
      { header: 'Monthly', align: 'right' as const },
    ];
    lines.push('', ...renderColumns(columns, items, { header: style.bold, note: style.dim }, width));
  }
  if (!quiet) {
    lines.push(
      '',
      ...prose(
        comparison.assumptions.map((assumption) => `assumed [${assumption.id}]: ${safe(inWords(assumption.message))}`),
        style.dim,
      ),
    );
  }
  return lines.join('\n');
}

/** Markdown table cells may not hold a raw pipe or line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The comparison as a pull-request comment's section, each name escaped with `safe`; `quiet` as for the terminal. */
export function renderComparisonMarkdown(comparison: Comparison, safe: (text: string) => string, { quiet = false } = {}): string {
  const lines = [
    `#### ${COMPARE_TITLE}`,
    '',
    COMPARE_SCOPE,
    '',
    '| Provider | Pricing | Monthly | Per 1M requests |',
    '| --- | --- | ---: | ---: |',
    ...comparison.providers.map(
      (provider) =>
        `| ${provider.label} | \`${provider.pricing.id}\` ${provider.pricing.region} | ${provider.cost ? formatBilledUsd(provider.cost) : cell(safe(describeMisfit(provider)))} | ${perMillion(provider)} |`,
    ),
    '',
    ...comparisonNotes(comparison).map((note) => `- ${cell(note)}`),
  ];
  for (const provider of comparison.providers) {
    if (!provider.cost) continue;
    const itemRow = (item: LineItem) => {
      const basis = quiet ? '' : describeBasis(item);
      return `| ${cell(item.label)}${basis ? `<br><sub>${cell(basis)}</sub>` : ''} | ${formatLineQuantity(item.quantity)} | ${item.unit} | ${formatUnitPrice(item.unitPriceUsd)} | ${formatBilledUsd(item)} |`;
    };
    lines.push(
      '',
      `| ${provider.label} | Quantity | Unit | Unit price | Monthly |`,
      '| --- | ---: | --- | ---: | ---: |',
      ...provider.cost.lineItems.map(itemRow),
      `| **Total** | | | | **${formatBilledUsd(provider.cost)}** |`,
    );
  }
  if (!quiet) lines.push('', ...comparison.assumptions.map((assumption) => `> **Assumed** (\`${assumption.id}\`): ${cell(safe(inWords(assumption.message)))}`));
  return lines.join('\n');
}

/** The comparison in the estimate's JSON document, keyed by provider id: `compare`. */
export function comparisonJson(comparison: Comparison) {
  return {
    only_functions: true,
    requests_per_month: machineNumber(comparison.requestsPerMonth, 0),
    cheapest: comparison.cheapest,
    providers: Object.fromEntries(
      comparison.providers.map((provider) => [
        provider.id,
        {
          label: provider.label,
          pricing: { id: provider.pricing.id, region: provider.pricing.region },
          fits: provider.cost !== null,
          does_not_fit: provider.doesNotFit.map((each) => ({ function: each.function, reason: each.reason })),
          monthly_usd: provider.cost && machineUsd(provider.cost.monthlyUsd),
          exact_monthly_usd: provider.cost && machineNumber(provider.cost.exactUsd),
          usd_per_million_requests: provider.usdPerMillionRequests && machineNumber(provider.usdPerMillionRequests, 6),
          line_items: (provider.cost?.lineItems ?? []).map(lineItemJson),
          unconfirmed: provider.unconfirmed,
        },
      ]),
    ),
    assumptions: comparison.assumptions.map((assumption) => ({ id: assumption.id, message: inWords(assumption.message) })),
  };
}

/** CSV rows of the comparison in the estimate's columns (`lead`: the scenario's name and file; the pricing is each provider's own): `platform` is `compare:<provider>`, `row` says `compare_line_item` or `compare_total`, so that no sum of the bill's rows counts them. */
export function comparisonCsvRows(comparison: Comparison, lead: readonly string[], field: (raw: string) => string): string[] {
  const rows: string[][] = [];
  for (const provider of comparison.providers) {
    const at = [...lead, provider.pricing.id, provider.pricing.region, `compare:${provider.id}`];
    for (const item of provider.cost?.lineItems ?? []) {
      rows.push([...at, ...lineItemCells(item), 'compare_line_item' satisfies CsvRowKind]);
    }
    rows.push([
      ...at,
      '',
      'total',
      'Total',
      '',
      '',
      '',
      provider.cost ? machineUsd(provider.cost.monthlyUsd) : '',
      provider.cost ? '' : describeMisfit(provider),
      'compare_total' satisfies CsvRowKind,
    ]);
  }
  return rows.map((row) => row.map(field).join(','));
}
