// The percentiles of an estimate whose figures are ranges: each platform's
// bill at P10, P50 and P90 and how often it is the cheapest, and, with growth,
// the outlook month by month as a chart whose shaded band runs from P10 to P90
// around the P50 line, with the same figures as a table.
import { Decimal } from '../../core/money.js';
import type { Estimate } from '../../providers/aws/types.js';
import type { PlatformRange } from '../../providers/aws/ranges.js';
import { platformName } from '../crossovers.js';
import { drawnUsd, formatAxisUsd } from '../chart.js';
import { certainOutlook, describeRanges, percentileText } from '../ranges.js';
import { threeDigitCount } from '../format.js';
import { markup, type Html, coordinate as at } from './markup.js';
import { chartFrame, chartSvg, legend, lineClass, marker, plotArea } from './log-chart.js';
import { lookOf } from './looks.js';
import { type JsonPath, money, table } from './parts.js';
import { PALETTE_SIZE } from './style.js';

const HEIGHT = 400;
const TOP = 24;

const LEVELS = ['p10', 'p50', 'p90'] as const;

function percentileCells(bill: Pick<PlatformRange, 'percentiles' | 'exactUsd'>, at: JsonPath) {
  return LEVELS.map((level) => money(bill.percentiles[level], at.at(`${level}_usd`), percentileText(bill, level)));
}

/** Round steps of 1, 2 or 5 × 10^k from 0 to at least `most`, about five of them. */
function linearTicks(most: number): number[] {
  if (most <= 0) return [0, 1];
  const rough = most / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let value = 0; value < most + step; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

function outlookChart(estimate: Estimate, id: string): Html | null {
  const outlook = estimate.ranges?.outlook;
  if (!outlook || outlook.months.length < 2) return null;
  const months = outlook.months;
  const platforms = months[0]!.platforms.map((platform) => platform.platform);
  const highest = Math.max(...months.flatMap((month) => month.platforms.map((platform) => drawnUsd(platform.percentiles.p90))));
  const yTicks = linearTicks(highest);
  const yTop = yTicks.at(-1)!;
  const plot = plotArea(HEIGHT, TOP);
  const x = (month: number) => plot.left + ((month - 1) / (months.length - 1)) * (plot.right - plot.left);
  const y = (usd: number) => plot.bottom - (usd / yTop) * (plot.bottom - plot.top);
  const series = platforms.map((platform) => {
    const look = lookOf(platform);
    const at3 = (level: (typeof LEVELS)[number]) =>
      months.map((month) => [month.month, drawnUsd(month.platforms.find((each) => each.platform === platform)!.percentiles[level])] as const);
    const low = at3('p10');
    const mid = at3('p50');
    const high = at3('p90');
    const band = [...high, ...[...low].reverse()].map(([m, usd]) => `${at(x(m))},${at(y(usd))}`).join(' ');
    const line = mid.map(([m, usd], index) => `${index ? 'L' : 'M'}${at(x(m))},${at(y(usd))}`).join(' ');
    const marks = mid.filter((_, index) => index % Math.max(1, Math.ceil(mid.length / 6)) === 0).map(([m, usd]) => marker(look, x(m), y(usd)));
    return {
      label: platformName(platform),
      look,
      svg: markup`<g><polygon class="band f${look % PALETTE_SIZE}" points="${band}"/><path class="${lineClass(look)}" d="${line}"/>${marks}</g>`,
    };
  });
  const frame = chartFrame({
    height: HEIGHT,
    top: TOP,
    xTitle: 'month',
    yTitle: 'USD a month',
    yTicks: yTicks.map((usd) => ({ at: y(usd), label: formatAxisUsd(new Decimal(usd)), grid: true })),
    xTicks: months.map((month) => ({ at: x(month.month), label: String(month.month), grid: false })),
  });
  const first = months[0]!;
  const last = months.at(-1)!;
  const certain = certainOutlook(estimate);
  const description = `Months 1 to ${last.month}, ${threeDigitCount(first.requests.p50)} to ${threeDigitCount(last.requests.p50)} requests a month${certain ? '' : ' at P50'}. ${platforms
    .map((platform) => {
      const end = last.platforms.find((each) => each.platform === platform)!;
      return certain
        ? `${platformName(platform)} in month ${last.month}: ${percentileText(end, 'p50')}`
        : `${platformName(platform)} in month ${last.month}: ${percentileText(end, 'p10')} to ${percentileText(end, 'p90')}, ${percentileText(end, 'p50')} at P50`;
    })
    .join('. ')}.`;
  const title = certain ? 'Monthly bill by month' : 'Monthly bill by month, P10 to P90 shaded around the P50 line';
  const svg = chartSvg({ id, title, description, height: HEIGHT }, markup`${frame}${series.map((one) => one.svg)}`);
  const note = certain ? 'Each line is the bill.' : 'Each line is the P50 bill; the shaded band around it runs from P10 to P90.';
  return markup`<figure>${svg}<figcaption>${legend(series)}<p class="note">${note}</p></figcaption></figure>`;
}

function outlookTable(estimate: Estimate, path: JsonPath): Html | null {
  const outlook = estimate.ranges?.outlook;
  if (!outlook) return null;
  const platforms = outlook.months[0]?.platforms.map((platform) => platform.platform) ?? [];
  const certain = certainOutlook(estimate);
  const rows = outlook.months.map((month, index) => {
    const at = path.at('ranges', 'outlook', 'months', index, 'platforms');
    return {
      head: markup`Month ${String(month.month)}`,
      cells: [
        markup`${threeDigitCount(month.requests.p50)}`,
        ...platforms.map((platform) => {
          const [p10, p50, p90] = percentileCells(
            month.platforms.find((each) => each.platform === platform)!,
            at.at(platform),
          ) as [Html, Html, Html];
          return certain ? p50 : markup`${p10} / ${p50} / ${p90}`;
        }),
      ],
    };
  });
  return markup`<details><summary>The outlook as a table</summary>${table(
    certain ? 'Each month: requests, and each platform’s bill' : 'Each month: requests at P50, and each platform’s bill at P10 / P50 / P90',
    [{ label: 'Month' }, { label: certain ? 'Requests' : 'Requests (P50)', numeric: true }, ...platforms.map((platform) => ({ label: platformName(platform), numeric: true }))],
    rows,
  )}</details>`;
}

/** The percentiles' part of a scenario's section, or null when its figures are certain and nothing grows. */
export function renderRanges(estimate: Estimate, id: string, path: JsonPath): Html | null {
  const ranges = estimate.ranges;
  if (!ranges) return null;
  const month = ranges.outlook ? ' (month 1)' : '';
  // The platforms' own lines carry the figures the table shows: the rest (how they were found, the cheapest's share, the turns) in words.
  const words = describeRanges(estimate).filter((line) => !line.startsWith('  '));
  const list = markup`<ul>${words.map((line) => markup`<li>${line}</li>`)}</ul>`;
  if (certainOutlook(estimate)) return markup`${words.length ? list : markup``}${outlookChart(estimate, `${id}-outlook`)}${outlookTable(estimate, path)}`;
  const rows = ranges.platforms.map((platform) => ({
    head: markup`${platformName(platform.platform)}`,
    cells: [...percentileCells(platform, path.at('platforms', platform.platform, 'percentiles')), markup`${String(Math.round(platform.cheapestShare * 100))}%`],
  }));
  // The chance of being the cheapest is over every month of the outlook, as the words under the table say: under a
  // caption of month 1 alone, a bare "Cheapest" read as month 1's.
  const months = ranges.outlook?.months.length ?? 1;
  const cheapest = months > 1 ? `Cheapest, months 1 to ${months}` : 'Cheapest';
  return markup`${table(
    `The bill at P10, P50 and P90${month}`,
    [{ label: 'Platform' }, { label: 'P10', numeric: true }, { label: 'P50', numeric: true }, { label: 'P90', numeric: true }, { label: cheapest, numeric: true }],
    rows,
  )}${list}${outlookChart(estimate, `${id}-outlook`)}${outlookTable(estimate, path)}`;
}
