// The scenario's functions on other providers (--compare or the scenario's
// `compare:`): each provider's month for the functions alone, its cost per
// million requests, the line items behind it, and what the comparison assumed.
import type { Comparison } from '../../providers/compare.js';
import { cheapestWords, COMPARE_SCOPE, COMPARE_TITLE, comparisonNotes, describeMisfit } from '../compare.js';
import { describeBasis, formatLineQuantity, formatBilledUsd, formatUnitPrice, formatUsd } from '../format.js';
import { inWords } from '../words.js';
import { markup, type Html } from './markup.js';
import { type JsonPath, money, type Row, table } from './parts.js';

/** `safe`: how text a user wrote (a function's name in a reason) is shown, as in the rest of the section. */
export function renderComparison(comparison: Comparison, path: JsonPath, safe: (text: string) => string): Html {
  const at = (id: string) => path.at('compare', 'providers', id);
  const rows: Row[] = comparison.providers.map((provider) => ({
    head: markup`${provider.label}`,
    cells: [
      markup`<code>${provider.pricing.id}</code> ${provider.pricing.region}`,
      provider.cost
        ? money(provider.cost.monthlyUsd, at(provider.id).at('monthly_usd'), formatBilledUsd(provider.cost))
        : // A sentence in a column of amounts, which are kept on one line: on one line too, it widened the table past the
          // page and squeezed the pricing ids into three lines each.
          markup`<span class="sentence">${safe(describeMisfit(provider))}</span>`,
      provider.usdPerMillionRequests
        ? money(provider.usdPerMillionRequests, at(provider.id).at('usd_per_million_requests'), formatUsd(provider.usdPerMillionRequests))
        : markup`\u2014`,
    ],
  }));
  const details = comparison.providers.flatMap((provider) => {
    const cost = provider.cost;
    if (!cost) return [];
    const items: Row[] = cost.lineItems.map((item, index) => {
      const note = describeBasis(item);
      return {
        head: markup`${item.label}${note ? markup`<span class="note">${note}</span>` : ''}`,
        cells: [
          markup`${formatLineQuantity(item.quantity)}`,
          markup`${item.unit}`,
          money(item.unitPriceUsd, at(provider.id).at('line_items', index, 'unit_price_usd'), formatUnitPrice(item.unitPriceUsd)),
          money(item.monthlyUsd, at(provider.id).at('line_items', index, 'monthly_usd'), formatBilledUsd(item)),
        ],
      };
    });
    items.push({ head: markup`Total`, cells: [markup``, markup``, markup``, money(cost.monthlyUsd, at(provider.id).at('monthly_usd'), formatBilledUsd(cost))], kind: 'total' });
    return [
      table(
        markup`${provider.label}: the functions' line items`,
        [
          { label: 'Line item' },
          { label: 'Quantity', numeric: true },
          { label: 'Unit', nowrap: true },
          { label: 'Unit price', numeric: true },
          { label: 'Monthly', numeric: true },
        ],
        items,
      ),
    ];
  });
  const { who, each, cheapest } = cheapestWords(comparison);
  // The cheapest is said with its amount marked; the other notes (what is not confirmed, what was assumed) are words.
  const notes = [...comparisonNotes(comparison).slice(1), ...comparison.assumptions.map((assumption) => `Assumed (${assumption.id}): ${inWords(assumption.message)}`)];
  const best = cheapest.cost
    ? markup`<p>Cheapest for the functions: ${who}, ${money(cheapest.cost.monthlyUsd, at(cheapest.id).at('monthly_usd'), formatBilledUsd(cheapest.cost))} a month${each}.</p>`
    : '';
  return markup`<h3>${COMPARE_TITLE}</h3><p>${COMPARE_SCOPE}</p>${table(
    'Each provider’s month for the functions alone',
    [{ label: 'Provider' }, { label: 'Pricing', nowrap: true }, { label: 'Monthly', numeric: true }, { label: 'Per 1M requests', numeric: true }],
    rows,
  )}${best}<ul>${notes.map((note) => markup`<li>${safe(note)}</li>`)}</ul>${details}`;
}
