// The break-even chart of an estimate: each platform's exact cost curve (the
// ones its crossovers were solved on) priced along the range, on log scales,
// with the crossovers ringed and the scenario's own volume marked; and the
// same as a table of round volumes, for a reader who cannot see the chart.
import { Decimal } from '../../core/money.js';
import { costAt, logSpaced, sweepCents } from '../../core/solver.js';
import type { Estimate } from '../../providers/aws/types.js';
import { drawnUsd, formatAxisUsd } from '../chart.js';
import { describeCrossovers, platformName } from '../crossovers.js';
import { threeDigitCount, formatBilledUsd, formatRange, formatUsd } from '../format.js';
import { markup, type Html } from './markup.js';
import { legend, renderLogChart, roundTicks } from './log-chart.js';
import { lookOf } from './looks.js';
import { money, table, type JsonPath } from './parts.js';

/** Volumes each curve is priced at across the chart, besides its own bends. */
const SAMPLES = 241;
/** A curve with more pieces than this (a fleet stepping often) is drawn from the samples alone. */
const MOST_BENDS_DRAWN = 400;

type Breakeven = NonNullable<Estimate['breakeven']>;

/** The volumes the lines join: log-spaced, with every bend of a curve that has few enough, and the crossovers. */
function volumesOf(breakeven: Breakeven): bigint[] {
  const { fromRequests: from, toRequests: to, curves } = breakeven;
  const wanted = new Set<bigint>(logSpaced(from, to, SAMPLES));
  const whole = (value: Decimal) => BigInt(value.round().toFixed(0));
  for (const curve of curves) {
    if (curve.pieces.length > MOST_BENDS_DRAWN) continue;
    for (const piece of curve.pieces) if (piece.to.greaterThan(from) && piece.to.lessThan(to)) wanted.add(whole(piece.to));
  }
  for (const crossover of breakeven.crossovers) wanted.add(whole(crossover.requestsPerMonth));
  return [...wanted].filter((value) => value >= whole(from) && value <= whole(to)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function renderBreakevenChart(estimate: Estimate, id: string, path: JsonPath): Html | null {
  const breakeven = estimate.breakeven;
  if (!breakeven || !breakeven.curves.length) return null;
  const { fromRequests: from, toRequests: to, curves } = breakeven;
  const volumes = volumesOf(breakeven);
  const series = curves.map((curve) => ({
    label: platformName(curve.platform),
    look: lookOf(curve.platform),
    // The exact cost, not the cent it rounds to, so that a line does not stair-step at a few cents; below half a cent it is drawn as $0, as it is billed.
    points: volumes.map((requests): [number, number] => {
      const usd = drawnUsd(costAt(curve, new Decimal(String(requests))));
      return [Number(requests), usd < 0.005 ? 0 : usd];
    }),
  }));
  const own = breakeven.requestsPerMonth;
  const crossings = describeCrossovers(breakeven);
  const names = series.map((one) => one.label).join(', ');
  const chart = renderLogChart({
    id,
    title: `Monthly cost by requests a month: ${names}`,
    description: `Log scales, ${formatRange(from, to)} requests a month. At this scenario's ${threeDigitCount(own)}: ${estimate.platforms
      .map((platform) => `${platformName(platform.id)} ${formatBilledUsd(platform)}`)
      .join(', ')}. ${crossings.join('. ')}.`,
    xTitle: 'requests a month',
    yTitle: 'USD a month',
    from: from.toNumber(),
    to: to.toNumber(),
    series,
    marks: own.greaterThanOrEqualTo(from) && own.lessThanOrEqualTo(to) ? [{ x: own.toNumber(), label: `this scenario: ${threeDigitCount(own)}` }] : [],
    rings: breakeven.crossovers.map((crossover) => {
      const curve = curves.find((one) => one.platform === crossover.cheaperAbove)!;
      return { x: crossover.requestsPerMonth.toNumber(), y: drawnUsd(costAt(curve, crossover.requestsPerMonth)), label: threeDigitCount(crossover.requestsPerMonth) };
    }),
    xTick: (value) => threeDigitCount(new Decimal(value)),
    yTick: (value) => formatAxisUsd(new Decimal(value)),
  });
  return markup`<figure>${chart}<figcaption>${legend(series)}Ringed: where two lines cross. Dashed: this scenario's own volume.</figcaption></figure><ul>${crossings.map((line) => markup`<li>${line}</li>`)}</ul>${dataTable(estimate, breakeven, path)}`;
}

/** The chart's numbers at round volumes, and the scenario's own bill at its volume. */
function dataTable(estimate: Estimate, breakeven: Breakeven, path: JsonPath): Html {
  const { fromRequests: from, toRequests: to, curves } = breakeven;
  const round = roundTicks(from.toNumber(), to.toNumber())
    .map((value) => BigInt(Math.round(value)))
    .filter((value) => value >= BigInt(from.round().toFixed(0)) && value <= BigInt(to.round().toFixed(0)));
  const costs = curves.map((curve) => sweepCents(curve, round));
  const own = breakeven.requestsPerMonth;
  const rows: Array<{ requests: Decimal; cells: Html[]; own: boolean }> = round.map((requests, index) => ({
    requests: new Decimal(String(requests)),
    cells: costs.map((column) => markup`${formatUsd(new Decimal(String(column[index]!)).dividedBy(100))}`),
    own: false,
  }));
  // The scenario's own row is its bill, as priced line by line, not read off the curve.
  rows.push({
    requests: own,
    cells: curves.map((curve) => {
      const platform = estimate.platforms.find((one) => one.id === curve.platform)!;
      return money(platform.monthlyUsd, path.at('platforms', curve.platform, 'monthly_usd'));
    }),
    own: true,
  });
  rows.sort((a, b) => a.requests.comparedTo(b.requests));
  return markup`<details><summary>The chart as a table</summary>${table(
    'Monthly cost at round volumes, and at this scenario’s own',
    [{ label: 'Requests a month' }, ...curves.map((curve) => ({ label: platformName(curve.platform), numeric: true }))],
    rows.map((row) => ({
      head: row.own ? markup`${threeDigitCount(row.requests)} (this scenario)` : markup`${threeDigitCount(row.requests)}`,
      cells: row.cells,
      derived: !row.own,
    })),
  )}</details>`;
}
