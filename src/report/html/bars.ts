// The bill of each platform as a stacked bar, on one dollar scale: a segment
// per line item, coloured by its service, with the service's name and the
// amount in each segment's title and in the chart's description.
import type { Decimal } from '../../core/money.js';
import type { Estimate } from '../../providers/aws/types.js';
import { platformName } from '../crossovers.js';
import { formatBilledUsd, formatUsd } from '../format.js';
import { serviceGroups } from '../services.js';
import { coordinate as at, markup, type Html } from './markup.js';
import { PLATFORMS } from '../../providers/aws/services.js';
import { lookOf } from './looks.js';
import { PALETTE_SIZE } from './style.js';

const WIDTH = 640;
const LABEL = 130;
const TOTAL = 120;
const ROW = 46;
const BAR = 28;

export function renderBars(estimate: Estimate, id: string): Html | null {
  const most = estimate.platforms.reduce<Decimal | null>((max, platform) => (max === null || platform.monthlyUsd.greaterThan(max) ? platform.monthlyUsd : max), null);
  if (!most || most.isZero()) return null;
  // The service a platform is named for (Lambda, EC2, Fargate: the first of its list) in the platform's own colour, as
  // the break-even chart draws the platform; the others by first appearance in this scenario, in the colours left, so
  // that no two services on the chart share one while there are colours to go round.
  const own = new Map(estimate.platforms.map((platform) => [PLATFORMS.find((known) => known.id === platform.id)?.services[0]?.id, lookOf(platform.id)]));
  const taken = new Set(own.values());
  const free = Array.from({ length: PALETTE_SIZE }, (_, look) => look).filter((look) => !taken.has(look));
  const colours = new Map<string, { label: string; look: number }>();
  let next = 0;
  for (const platform of estimate.platforms) {
    for (const group of serviceGroups(platform)) {
      if (group.monthlyUsd.isZero() || colours.has(group.id)) continue;
      const look = own.get(group.id) ?? free[next++ % free.length]!;
      colours.set(group.id, { label: group.label, look });
    }
  }
  const scale = (usd: Decimal) => usd.dividedBy(most).toNumber() * (WIDTH - LABEL - TOTAL);
  const height = estimate.platforms.length * ROW + 8;
  const rows = estimate.platforms.map((platform, row) => {
    const top = 8 + row * ROW;
    let left = LABEL;
    const segments = serviceGroups(platform).flatMap((group) =>
      group.items
        .filter((item) => !item.monthlyUsd.isZero())
        .map((item) => {
          const width = scale(item.monthlyUsd);
          const segment = markup`<rect class="segment f${colours.get(group.id)!.look}" x="${at(left)}" y="${top}" width="${at(Math.max(width, 0.5))}" height="${BAR}"
            ><title>${group.label} \u00b7 ${item.label}: ${formatUsd(item.monthlyUsd)}</title></rect>`;
          left += width;
          return segment;
        }),
    );
    return markup`<text x="${LABEL - 10}" y="${top + BAR / 2 + 5}" text-anchor="end">${platformName(platform.id)}</text>${segments}<text x="${at(left + 8)}" y="${top + BAR / 2 + 5}">${formatBilledUsd(platform)}</text>`;
  });
  const description = estimate.platforms
    .map(
      (platform) =>
        // A month under a cent as the totals above the chart read it: the description said $0.00 beside their under $0.01.
        `${platformName(platform.id)} ${formatBilledUsd(platform)}${serviceGroups(platform)
          .filter((group) => !group.monthlyUsd.isZero())
          .map((group, index) => `${index ? ', ' : ': '}${group.label} ${formatUsd(group.monthlyUsd)}`)
          .join('')}`,
    )
    .join('. ');
  const chart = markup`<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}"><title id="${id}-title">The monthly bill of each platform, by service and line item</title><desc id="${id}-desc">${description}.</desc>${rows}</svg>`;
  const legend = markup`<ul class="legend">${[...colours.values()].map(
    (service) =>
      markup`<li><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><rect class="f${service.look}" x="1" y="1" width="14" height="14"/></svg>${service.label}</li>`,
  )}</ul>`;
  return markup`<figure>${chart}<figcaption>${legend}Each segment is a line item; the tables below give every figure.</figcaption></figure>`;
}
