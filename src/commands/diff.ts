// slcost diff: two versions of a scenario, or one under two pricing versions, priced and compared.
import { InputError, SlcostError } from '../core/errors.js';
import { diffEstimates, increasesPast } from '../providers/aws/diff.js';
import { estimate } from '../providers/aws/estimate.js';
import { Decimal } from '../core/money.js';
import { platformName } from '../report/crossovers.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffTable } from '../report/diff.js';
import { formatUsd } from '../report/format.js';
import { ANSI_STYLE, PLAIN, type Style } from '../report/style.js';
import { scenarioReader } from './inputs.js';
import { DIFF_HELP } from './help.js';
import { chooseFormat, describeFailure, type Io, parseAmount, parseFlags } from './shell.js';

export const DIFF_FORMATS = ['table', 'json', 'markdown'] as const;

export interface DiffOptions {
  readonly pricingBase: string | null;
  readonly pricing: string | null;
  readonly freeTier: boolean;
  readonly format: (typeof DIFF_FORMATS)[number];
  readonly style: Style;
  readonly failOnIncreasePct: Decimal | null;
  readonly failOnIncreaseUsd: Decimal | null;
  /** The terminal's width, for the table format. */
  readonly columns?: number;
}

export function runDiff(baseFile: string, headFile: string, options: DiffOptions): { stdout: string; failures: string[]; exitCode: number } {
  const base = scenarioReader({ pricing: options.pricingBase ?? options.pricing, freeTier: options.freeTier })(baseFile);
  const head = scenarioReader({ pricing: options.pricing, freeTier: options.freeTier })(headFile);
  const diff = diffEstimates(estimate(base.scenario, base.book), estimate(head.scenario, head.book));
  const stdout = options.format === 'json' ? renderDiffJson(diff) : options.format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffTable(diff, options.style, options.columns);
  const failures = increasesPast(diff, { pct: options.failOnIncreasePct, usd: options.failOnIncreaseUsd }).map(
    (platform) =>
      `cost increase: ${platformName(platform.platform)} ${formatUsd(platform.baseUsd)} → ${formatUsd(platform.headUsd)} a month, +${formatUsd(platform.deltaUsd)}` +
      (platform.deltaPct === null ? '' : ` (+${platform.deltaPct.toDecimalPlaces(1).toFixed()}%)`),
  );
  return { stdout, failures, exitCode: failures.length ? 1 : 0 };
}

export async function diffCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    format: { type: 'string', short: 'f' },
    pricing: { type: 'string', short: 'p' },
    'pricing-base': { type: 'string' },
    'no-free-tier': { type: 'boolean' },
    'fail-on-increase': { type: 'string' },
    'fail-on-increase-usd': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = chooseFormat(values.format, DIFF_FORMATS);
  if (positionals.length < 1 || positionals.length > 2) {
    throw new InputError('diff takes BASE.yaml HEAD.yaml, or one file with --pricing-base, e.g. slcost diff old.yaml new.yaml');
  }
  const pricingBase = (values['pricing-base'] as string | undefined) ?? null;
  if (positionals.length === 1 && pricingBase === null) throw new InputError('diff of one file needs --pricing-base ID to compare it with');
  const pct = parseAmount(values['fail-on-increase'] as string | undefined, '--fail-on-increase', 'a percentage such as 10');
  const usd = parseAmount(values['fail-on-increase-usd'] as string | undefined, '--fail-on-increase-usd', 'dollars such as 25');
  const [baseFile, headFile = baseFile] = positionals as [string, string?];
  try {
    const result = runDiff(baseFile, headFile, {
      pricingBase,
      pricing: (values.pricing as string | undefined) ?? null,
      freeTier: !values['no-free-tier'],
      format,
      style: io.color ? ANSI_STYLE : PLAIN,
      failOnIncreasePct: pct === null ? null : new Decimal(pct),
      failOnIncreaseUsd: usd === null ? null : new Decimal(usd),
      columns: io.columns,
    });
    io.stdout(`${result.stdout}\n`);
    for (const line of result.failures) io.stderr(`slcost: ${line}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof SlcostError)) throw error;
    io.stderr(describeFailure({ file: baseFile === headFile ? baseFile : `${baseFile} or ${headFile}`, error }));
    return error.exitCode;
  }
}
