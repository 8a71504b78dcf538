// slcost breakeven: one scenario swept over monthly requests, as a chart or as numbers.
import { InputError, SlcostError } from '../core/errors.js';
import { costCurves } from '../providers/aws/breakeven.js';
import { cheapestAt, findCrossovers, logSpaced, sweepCents } from '../core/solver.js';
import { headlineRequests } from '../providers/aws/scale.js';
import { Decimal } from '../core/money.js';
import { renderChart } from '../report/chart.js';
import { breakevenCsv, breakevenJson } from '../report/breakeven.js';
import { type InputOptions, scenarioReader } from './inputs.js';
import { BREAKEVEN_HELP } from './help.js';
import { describeFailure, type Io, parseFlags, chooseFormat, SCENARIO_FLAGS, scenarioInputs } from './shell.js';

export const BREAKEVEN_FORMATS = ['chart', 'json', 'csv'] as const;
export type BreakevenFormat = (typeof BREAKEVEN_FORMATS)[number];

export interface BreakevenOptions extends InputOptions {
  readonly from: Decimal;
  readonly to: Decimal;
  readonly points: number;
  readonly format: BreakevenFormat;
  readonly width: number;
  readonly color: boolean;
}

export function runBreakeven(file: string, options: BreakevenOptions): string {
  const { scenario, book } = scenarioReader(options)(file);
  if (!scenario.containers) {
    throw new InputError('has no containers block to compare serverless with; add containers: { ec2: … } or { fargate: … }', { file });
  }
  if (headlineRequests(scenario).isZero()) throw new InputError('needs monthly requests above zero to sweep from', { file });
  const curves = costCurves(scenario, book, options.from, options.to);
  const crossovers = findCrossovers(curves);
  const requests = logSpaced(options.from, options.to, options.points);
  const costs = curves.map((curve) => sweepCents(curve, requests));
  const sweep = requests.map((volume, index) => ({ requests: volume, cents: costs.map((column) => column[index]!) }));
  const platforms = curves.map((curve) => curve.platform);
  const context = { scenario, book, from: options.from, to: options.to, platforms, sweep, crossovers };
  switch (options.format) {
    case 'json':
      return breakevenJson(context);
    case 'csv':
      return breakevenCsv(context);
    case 'chart':
      return renderChart(
        {
          requests,
          // Positions on the chart are all that is computed in binary floating point.
          series: curves.map((curve, index) => ({ platform: curve.platform, usd: costs[index]!.map((cents) => Number(cents) / 100) })),
          crossovers,
          from: options.from,
          to: options.to,
          cheapestAtFrom: cheapestAt(curves, options.from),
          pricingId: book.id,
        },
        { width: options.width, color: options.color },
      );
  }
}

/** `10000`, `1e6`, `10M`, `1.5B`, `250K` → requests. */
export function parseVolume(text: string, flag: string): Decimal {
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)([kKmMbBtT]?)$/.exec(text.trim());
  if (!match) throw new InputError(`${flag} must be a number of requests such as 10000, 1e6, 10M or 1.5B, got "${text}"`);
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'b' | 't'];
  const value = new Decimal(match[1]!).times(scale).round();
  if (value.lessThan(1)) throw new InputError(`${flag} must be at least 1 request, got "${text}"`);
  return value;
}

export async function breakevenCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...SCENARIO_FLAGS, from: { type: 'string' }, to: { type: 'string' }, points: { type: 'string' } });
  if (values.help) {
    io.stdout(BREAKEVEN_HELP);
    return 0;
  }
  const format = chooseFormat(values.format, BREAKEVEN_FORMATS);
  if (positionals.length !== 1) throw new InputError('breakeven takes one scenario file, e.g. slcost breakeven scenarios/growing-api.yaml');
  const from = parseVolume((values.from as string | undefined) ?? '10K', '--from');
  const to = parseVolume((values.to as string | undefined) ?? '10B', '--to');
  if (!to.greaterThan(from)) throw new InputError(`--to (${to.toFixed()}) must be above --from (${from.toFixed()})`);
  const pointsText = (values.points as string | undefined) ?? '60';
  const points = Number(pointsText);
  if (!/^\d+$/.test(pointsText) || points < 2 || points > 100_000) throw new InputError(`--points must be a whole number from 2 to 100000, got "${pointsText}"`);
  const file = positionals[0]!;
  try {
    const output = runBreakeven(file, {
      from,
      to,
      points,
      format,
      ...scenarioInputs(values),
      width: Math.max(40, Math.min(io.columns, 120)),
      color: io.color,
    });
    io.stdout(`${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file, error }));
    return error.exitCode;
  }
}
