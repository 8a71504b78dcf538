// A line chart on log scales as SVG: round ticks on both axes, one line per
// series with its own colour, dash and marker, vertical marks (the scenario's
// own volume) and ringed points (crossovers). The break-even chart is one;
// any other curve against a quantity that spans decades can be another.
import { markup, type Html, coordinate as at } from './markup.js';
import { DASHES, PALETTE_SIZE } from './style.js';

export interface LogSeries {
  readonly label: string;
  /** Its look: colour, dash and marker, by index. */
  readonly look: number;
  /** [x, y] with x ascending and above zero; y at or below zero is drawn on the zero line. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

export interface LogChartInput {
  /** A prefix for the ids of the chart's title and description, unique in the document. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly from: number;
  readonly to: number;
  readonly series: readonly LogSeries[];
  readonly marks: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  readonly rings: ReadonlyArray<{ readonly x: number; readonly y: number; readonly label: string }>;
  readonly xTick: (value: number) => string;
  readonly yTick: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 480;
const LEFT = 78;
const RIGHT = 28;
const TOP = 34;
const BOTTOM = 64;
/** The height of the band under the lowest rung where a cost of zero is drawn. */
const ZERO_BAND = 30;
/** Markers on each line, spread over the range. */
const MARKERS = 6;

/** A tick of a chart's axis: where it sits in the chart's coordinates, its label, and whether a grid line runs from it. */
export interface Tick {
  readonly at: number;
  readonly label: string;
  readonly grid: boolean;
}

/**
 * A chart's frame, `WIDTH` wide and `height` high, its plot from `top` to
 * `BOTTOM` above its foot and between `LEFT` and `RIGHT`: the grid lines and
 * labels of its ticks, its axes, and the axes' titles.
 */
export function chartFrame(input: { height: number; top: number; xTitle: string; yTitle: string; yTicks: readonly Tick[]; xTicks: readonly Tick[] }): Html {
  const bottom = input.height - BOTTOM;
  const middle = (input.top + bottom) / 2;
  const grid = [
    ...input.yTicks.map(
      (tick) =>
        markup`${tick.grid ? markup`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${at(tick.at)}" y2="${at(tick.at)}"/>` : ''}<text class="tick" x="${LEFT - 8}" y="${at(tick.at + 4)}" text-anchor="end">${tick.label}</text>`,
    ),
    ...input.xTicks.map(
      (tick) =>
        markup`${tick.grid ? markup`<line class="grid" x1="${at(tick.at)}" x2="${at(tick.at)}" y1="${input.top}" y2="${bottom}"/>` : ''}<text class="tick" x="${at(tick.at)}" y="${bottom + 22}" text-anchor="middle">${tick.label}</text>`,
    ),
  ];
  const axes = markup`<line class="axis" x1="${LEFT}" x2="${LEFT}" y1="${input.top}" y2="${bottom}"/><line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${bottom}" y2="${bottom}"/>`;
  // On a phone the style sheet drops the y-axis's title: the ticks' larger text there ran into it, and they say dollars already.
  const titles = markup`<text x="${LEFT + (WIDTH - LEFT - RIGHT) / 2}" y="${input.height - 12}" text-anchor="middle">${input.xTitle}</text><text class="ytitle" x="18" y="${middle}" text-anchor="middle" transform="rotate(-90 18 ${middle})">${input.yTitle}</text>`;
  return markup`${grid}${axes}${titles}`;
}

/** A chart as an image a screen reader reads by its title and description, scaled to the width it is given. */
export function chartSvg(input: { id: string; title: string; description: string; height: number }, body: Html): Html {
  return markup`<svg class="chart" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" viewBox="0 0 ${WIDTH} ${input.height}" preserveAspectRatio="xMidYMid meet"><title id="${input.id}-title">${input.title}</title><desc id="${input.id}-desc">${input.description}</desc>${body}</svg>`;
}

/** The plot's edges in a chart's coordinates, for a chart `height` high whose plot starts at `top`. */
export function plotArea(height: number, top: number): { left: number; right: number; top: number; bottom: number } {
  return { left: LEFT, right: WIDTH - RIGHT, top, bottom: height - BOTTOM };
}

/** A marker's shape at (x, y), by look: circle, square, triangle, diamond. */
export function marker(look: number, x: number, y: number, size = 5): Html {
  const cls = `marker f${look % PALETTE_SIZE}`;
  switch (look % 4) {
    case 0:
      return markup`<circle class="${cls}" cx="${at(x)}" cy="${at(y)}" r="${at(size)}"/>`;
    case 1:
      return markup`<rect class="${cls}" x="${at(x - size * 0.9)}" y="${at(y - size * 0.9)}" width="${at(size * 1.8)}" height="${at(size * 1.8)}"/>`;
    case 2:
      return markup`<path class="${cls}" d="M${at(x)},${at(y - size * 1.15)} L${at(x + size * 1.1)},${at(y + size * 0.85)} L${at(x - size * 1.1)},${at(y + size * 0.85)} Z"/>`;
    default:
      return markup`<path class="${cls}" d="M${at(x)},${at(y - size * 1.25)} L${at(x + size * 1.1)},${at(y)} L${at(x)},${at(y + size * 1.25)} L${at(x - size * 1.1)},${at(y)} Z"/>`;
  }
}

/** A line's classes: its colour and its dash. */
export function lineClass(look: number): string {
  const dash = look % DASHES.length;
  return `line s${look % PALETTE_SIZE}${DASHES[dash] ? ` d${dash}` : ''}`;
}

/** The legend of a chart's series, as a list a screen reader reads: each name after a sample of its line and marker. */
export function legend(series: ReadonlyArray<Pick<LogSeries, 'label' | 'look'>>): Html {
  return markup`<ul class="legend">${series.map(
    (one) =>
      markup`<li><svg aria-hidden="true" width="44" height="16" viewBox="0 0 44 16"><line class="${lineClass(one.look)}" x1="2" y1="8" x2="42" y2="8"/>${marker(one.look, 22, 8, 4.5)}</svg>${one.label}</li>`,
  )}</ul>`;
}

/** Round values from below `least` to above `most`: 1-2-5 in each decade over a short range, each decade over a longer one, every other decade over a very long one. */
export function roundTicks(least: number, most: number): number[] {
  let low = Math.floor(Math.log10(least) + 1e-9);
  let high = Math.ceil(Math.log10(most) - 1e-9);
  if (high <= low) high = low + 1;
  const decades = high - low;
  if (decades <= 2) {
    const ladder: number[] = [];
    for (let decade = low; decade <= high; decade++) for (const mantissa of [1, 2, 5]) ladder.push(mantissa * 10 ** decade);
    const below = ladder.filter((value) => value <= least * (1 + 1e-9));
    const above = ladder.filter((value) => value >= most * (1 - 1e-9));
    const first = below.at(-1) ?? ladder[0]!;
    const last = above[0] ?? ladder.at(-1)!;
    const ticks = ladder.filter((value) => value >= first && value <= last);
    return ticks.length >= 2 ? ticks.map(clean) : [first, last * 2].map(clean);
  }
  const step = decades > 8 ? 2 : 1;
  low -= (high - low) % step;
  const ticks: number[] = [];
  for (let decade = low; decade <= high; decade += step) ticks.push(clean(10 ** decade));
  return ticks;
}

/** 10 ** -2 is 0.010000000000000002 in binary floating point: the number as it is written. */
const clean = (value: number) => Number(value.toPrecision(12));

export function renderLogChart(input: LogChartInput): Html {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const bottom = HEIGHT - BOTTOM;
  const lo = Math.log10(input.from);
  const hi = Math.log10(input.to);
  const x = (value: number) => LEFT + ((Math.log10(value) - lo) / (hi - lo)) * plotWidth;

  const ys = input.series.flatMap((series) => series.points.map(([, y]) => y));
  const positive = ys.filter((value) => value > 0);
  const zero = positive.length < ys.length;
  const yTicks = roundTicks(positive.length ? Math.min(...positive) : 0.01, positive.length ? Math.max(...positive) : 1);
  const yLo = Math.log10(yTicks[0]!);
  const yHi = Math.log10(yTicks.at(-1)!);
  const rungsBottom = zero ? bottom - ZERO_BAND : bottom;
  const y = (value: number) => (value > 0 ? rungsBottom - ((Math.log10(value) - yLo) / (yHi - yLo)) * (rungsBottom - TOP) : bottom);

  const xTicks = roundTicks(input.from, input.to).filter((value) => value >= input.from * (1 - 1e-9) && value <= input.to * (1 + 1e-9));
  const frame = chartFrame({
    height: HEIGHT,
    top: TOP,
    xTitle: input.xTitle,
    yTitle: input.yTitle,
    yTicks: [...yTicks.map((value) => ({ at: y(value), label: input.yTick(value), grid: true })), ...(zero ? [{ at: bottom, label: input.yTick(0), grid: false }] : [])],
    xTicks: xTicks.map((value) => ({ at: x(value), label: input.xTick(value), grid: true })),
  });
  const lines = input.series.map((series) => {
    const path = series.points.map(([px, py], index) => `${index ? 'L' : 'M'}${at(x(px))},${at(y(py))}`).join(' ');
    // Markers spread over the range, each series shifted a little, so that lines lying on one another still show each marker.
    const markers = Array.from({ length: MARKERS }, (_, k) => {
      const target = lo + ((k + (series.look + 1) / (input.series.length + 1)) / MARKERS) * (hi - lo);
      let best = series.points[0]!;
      for (const point of series.points) if (Math.abs(Math.log10(point[0]) - target) < Math.abs(Math.log10(best[0]) - target)) best = point;
      return marker(series.look, x(best[0]), y(best[1]));
    });
    return markup`<g><path class="${lineClass(series.look)}" d="${path}"/>${markers}</g>`;
  });

  // Two marks close together have their labels pushed apart: the left one's ends at its line, the right one's starts there.
  const markXs = input.marks.map((mark) => x(mark.x));
  const marks = input.marks.map((mark, index) => {
    const mx = markXs[index]!;
    const near = markXs.filter((other, otherIndex) => otherIndex !== index && Math.abs(other - mx) < 120);
    const anchor = near.some((other) => other > mx) ? 'end' : near.some((other) => other < mx) ? 'start' : mx < LEFT + 90 ? 'start' : mx > WIDTH - RIGHT - 90 ? 'end' : 'middle';
    return markup`<line class="mark" x1="${at(mx)}" x2="${at(mx)}" y1="${TOP - 4}" y2="${bottom}"/><text class="label" x="${at(mx)}" y="${TOP - 12}" text-anchor="${anchor}">${mark.label}</text>`;
  });

  // A ring's label goes above it. Of two rings close enough for their labels to touch, the lower ring's goes below
  // it, so that each label sits on its own ring's far side: with the first one's below the second whatever their
  // heights, growing-api's two labels sat between its two rings, each nearer the other's ring than its own.
  const placed = input.rings.map((ring) => ({ label: ring.label, x: x(ring.x), y: y(ring.y), above: true }));
  const close = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 70 && Math.abs(a.y - b.y) < 40;
  placed.forEach((ring, index) => {
    const previous = placed[index - 1];
    if (!previous?.above || !close(previous, ring)) return;
    // The ring before moves below only when no ring before it placed its label by it.
    const previousFree = index < 2 || !close(placed[index - 2]!, previous);
    if (ring.y < previous.y && previousFree) previous.above = false;
    else ring.above = false;
  });
  const rings = placed.map((ring) => {
    const ly = ring.above ? ring.y - 14 : ring.y + 26;
    return markup`<circle class="crossing" cx="${at(ring.x)}" cy="${at(ring.y)}" r="8"/><text class="label" x="${at(ring.x)}" y="${at(Math.max(14, ly))}" text-anchor="middle">${ring.label}</text>`;
  });

  return chartSvg({ id: input.id, title: input.title, description: input.description, height: HEIGHT }, markup`${frame}${lines}${marks}${rings}`);
}
