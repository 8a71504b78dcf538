// An estimate's percentiles in words, JSON and CSV rows: each platform's bill
// at P10, P50 and P90, the chance that each is the cheapest, and the outlook
// month by month. docs/ranges.md describes them.
import { type Decimal, roundCents } from '../core/money.js';
import type { Level } from '../core/ranges.js';
import type { Estimate } from '../providers/aws/types.js';
import type { PlatformRange, Percentiles, RangeEstimate } from '../providers/aws/ranges.js';
import { platformName } from './crossovers.js';
import { markdownText } from './escape.js';
import { groupDigits } from '../core/numbers.js';
import { formatBilledUsd, threeDigitCount, formatUsd, machineNumber, machineUsd, underSmallest } from './format.js';

const cents = (usd: Decimal) => machineUsd(usd);

/** A platform's month at P10, P50 and P90: its bill, and the same before each line is rounded to the cent. */
type BillPercentiles = Pick<PlatformRange, 'percentiles' | 'exactUsd'>;

/**
 * A percentile of a bill as a person reads it: its cents, or under $0.01 where they are none though the bill is not, as
 * the bill above it reads. A sampled percentile is a sample's exact bill; an exact one, the bill's cents beside its amount.
 */
export function percentileText(bill: BillPercentiles, level: `p${Level}`): string {
  return formatBilledUsd({ monthlyUsd: roundCents(bill.percentiles[level]), exactUsd: bill.exactUsd[level] });
}

function usdTriple(bill: BillPercentiles): string {
  return `${percentileText(bill, 'p10')} / ${percentileText(bill, 'p50')} / ${percentileText(bill, 'p90')}`;
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** How the percentiles were found, in a sentence. */
function methodLine(ranges: RangeEstimate): string {
  const fields = ranges.figures.map((figure) => figure.field).join(', ');
  if (ranges.method === 'exact') {
    return ranges.figures.length ? `exact: the bill at the 10th, 50th and 90th percentiles of ${fields}` : 'exact: every figure is certain';
  }
  return `sampled: ${ranges.samples?.toLocaleString('en-US')} samples of ${fields}, seed ${ranges.seed}; ± one standard error of each percentile`;
}

/**
 * Whether the estimate's percentiles are an outlook's over figures none of which is a range: one bill a month, which
 * percentiles would only repeat three times over, so every format shows the bill alone.
 */
export function certainOutlook(estimate: Estimate): boolean {
  return estimate.ranges?.figures.length === 0;
}

/** The summary's lines: the percentiles, who is the cheapest how often, and the outlook's turns. */
export function describeRanges(estimate: Estimate): string[] {
  const ranges = estimate.ranges;
  if (!ranges) return [];
  const month = ranges.outlook ? ' (month 1)' : '';
  const certain = certainOutlook(estimate);
  const lines = certain ? [] : [`P10 / P50 / P90${month}: ${methodLine(ranges)}`];
  for (const platform of certain ? [] : ranges.platforms) {
    const error = platform.samplingErrorUsd
      ? ` (± ${formatUsd(platform.samplingErrorUsd.p10)} / ${formatUsd(platform.samplingErrorUsd.p50)} / ${formatUsd(platform.samplingErrorUsd.p90)})`
      : '';
    lines.push(`  ${platformName(platform.platform)} ${usdTriple(platform)}${error}`);
  }
  // Sampled, the median of the bill is not the bill at every figure's median, which the headline and the line items price.
  if (ranges.method === 'sampled') lines.push('The monthly totals and the line items are the bill with every range at its median, not the median bill (P50)');
  if (ranges.platforms.length > 1) {
    const shares = [...ranges.platforms].sort((a, b) => b.cheapestShare - a.cheapestShare).filter((platform) => platform.cheapestShare > 0);
    const months = ranges.outlook?.months.length ?? 1;
    // Certain, each month has one cheapest: a count of months, where a chance would pretend to a doubt.
    if (certain)
      lines.push(
        `Cheapest in the outlook's ${months === 1 ? 'month' : `${months} months`}: ${shares.map((platform) => `${platformName(platform.platform)} ${Math.round(platform.cheapestShare * months)}`).join(', ')}`,
      );
    else {
      // A chance, not a count of months: "cheapest in 64% of the 12 months" read as a share of them.
      const over = ranges.outlook ? `, averaged over the ${months} months` : '';
      lines.push(`Chance of being the cheapest${over}: ${shares.map((platform) => `${platformName(platform.platform)} ${pct(platform.cheapestShare)}`).join(', ')}`);
    }
  }
  for (const change of ranges.outlook?.changes ?? []) {
    const crossing = change.crossoverRequests ? `; cheaper above ${threeDigitCount(change.crossoverRequests)}` : '';
    lines.push(
      `${platformName(change.platform)} becomes cheaper than ${platformName(change.previous)} in month ${change.month}, at ${threeDigitCount(change.requestsPerMonth)} requests${certain ? '' : ' (P50)'}${crossing}`,
    );
  }
  return lines;
}

function percentilesJson(percentiles: Percentiles) {
  return { p10_usd: cents(percentiles.p10), p50_usd: cents(percentiles.p50), p90_usd: cents(percentiles.p90) };
}

/** `platforms.<id>.percentiles`: the platform's month-1 bill at P10, P50 and P90, its chance of being the cheapest, and the sampling error. */
export function platformPercentilesJson(estimate: Estimate, id: string) {
  const platform = estimate.ranges?.platforms.find((each) => each.platform === id);
  if (!platform) return {};
  return {
    percentiles: {
      ...percentilesJson(platform.percentiles),
      cheapest_probability: Number(platform.cheapestShare.toFixed(4)),
      sampling_error_usd: platform.samplingErrorUsd && {
        p10: machineNumber(platform.samplingErrorUsd.p10, 4),
        p50: machineNumber(platform.samplingErrorUsd.p50, 4),
        p90: machineNumber(platform.samplingErrorUsd.p90, 4),
      },
    },
  };
}

/** The top-level `ranges`: how the percentiles were found, from which figures, and the outlook. */
export function rangesJson(estimate: Estimate) {
  const ranges = estimate.ranges;
  if (!ranges) return {};
  return {
    ranges: {
      method: ranges.method,
      seed: ranges.seed,
      samples: ranges.samples,
      // As the file gives each range: not the bound its draws are held to.
      figures: ranges.figures.map(({ field, distribution: range }) =>
        range.kind === 'uniform' ? { field, kind: range.kind, min: range.min, max: range.max } : { field, kind: range.kind, p10: range.p10, p50: range.p50, p90: range.p90 },
      ),
      outlook: ranges.outlook && {
        // As the file gives it: rounded to four places, -99.9999999 was -100, which the file may not say, and 0.00001 was 0.
        growth_pct_per_month: ranges.outlook.pctPerMonth.toFixed(),
        months: ranges.outlook.months.map((month) => ({
          month: month.month,
          requests_per_month: { p10: machineNumber(month.requests.p10, 0), p50: machineNumber(month.requests.p50, 0), p90: machineNumber(month.requests.p90, 0) },
          cheapest: month.cheapest,
          platforms: Object.fromEntries(month.platforms.map((platform) => [platform.platform, percentilesJson(platform.percentiles)])),
        })),
        changes: ranges.outlook.changes.map((change) => ({
          month: change.month,
          platform: change.platform,
          previous: change.previous,
          requests_per_month: machineNumber(change.requestsPerMonth, 0),
          crossover_requests_per_month: change.crossoverRequests && machineNumber(change.crossoverRequests, 0),
        })),
      },
    },
  };
}

/** CSV rows (`row` = `percentile`) of each platform's P10, P50 and P90, in the columns of the line items. */
export function percentileCsvRows(estimate: Estimate): string[][] {
  const ranges = estimate.ranges;
  if (!ranges) return [];
  return ranges.platforms.flatMap((platform) =>
    (['p10', 'p50', 'p90'] as const).map((level) => [
      estimate.scenario.name,
      estimate.scenario.file,
      estimate.pricing.id,
      estimate.pricing.region,
      platform.platform,
      '',
      `total.${level}`,
      `Total at ${level.toUpperCase()}`,
      '',
      '',
      '',
      cents(platform.percentiles[level]),
      methodLine(ranges),
      'percentile',
    ]),
  );
}

/**
 * The outlook as one line a month: its P50 requests and each platform's P10 / P50 / P90, each platform's figures
 * joined by `space` (a terminal's UNBROKEN_SPACE keeps them on one line when the month's is wrapped).
 */
export function outlookLines(estimate: Estimate, space = ' '): string[] {
  const outlook = estimate.ranges?.outlook;
  if (!outlook) return [];
  return [
    `Outlook, ${growthInWords(outlook.pctPerMonth)} each month${certainOutlook(estimate) ? '' : ' (P10 / P50 / P90 where they differ)'}:`,
    ...outlook.months.map(
      (month) =>
        `  Month ${month.month}: ${threeDigitCount(month.requests.p50)} requests · ${month.platforms.map((platform) => `${platformName(platform.platform)} ${billText(platform)}`.replaceAll(' ', space)).join(' · ')}`,
    ),
  ];
}

/** `15% more requests`, `50% fewer requests`: the growth as the file gives it, never rounded onto -100% or 0%. */
function growthInWords(pct: Decimal): string {
  const size = pct.abs();
  return `${underSmallest(size) ?? groupDigits(size)}% ${pct.isNegative() ? 'fewer' : 'more'} requests`;
}

function billText(bill: BillPercentiles): string {
  return bill.percentiles.p10.equals(bill.percentiles.p90) ? percentileText(bill, 'p50') : usdTriple(bill);
}

/** The same in Markdown: a list, the field names as code. */
export function rangesMarkdown(estimate: Estimate): string[] {
  const lines = [...describeRanges(estimate), ...outlookLines(estimate)];
  if (!lines.length) return [];
  return ['', ...lines.map((line) => `- ${markdownText(line.trim())}`)];
}
