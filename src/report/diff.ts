// A cost diff for a terminal, for a pull request and for machines.
import { formatCount } from '../core/numbers.js';
import type { Decimal } from '../core/money.js';
import type { Change, EstimateDiff, ExactSides, FunctionDelta, PlatformDelta } from '../providers/aws/diff.js';
import type { Estimate } from '../providers/aws/types.js';
import type { FunctionUsage } from '../providers/aws/lambda/types.js';
import { platformName } from './crossovers.js';
import { formatFigure, formatBilledUsd, formatQuantity, formatUsd, machineNumber, machineUsd } from './format.js';
import { markdownCode, markdownText, safeDiff, terminalText, jsonText } from './escape.js';
import { proseLines } from './prose.js';
import type { Style } from './style.js';
import { type Column, renderColumns } from './terminal-table.js';

export const DIFF_SCHEMA = 'slcost-diff/1';

/** `+$5.60`, `-$1.00`, `$0.00`. */
function signedUsd(usd: Decimal): string {
  return usd.isZero() ? formatUsd(usd) : `${usd.isNegative() ? '-' : '+'}${formatUsd(usd.abs())}`;
}

/**
 * A line's or a platform's month on each side as the estimate shows it: one that costs something though its cents
 * round to none is `under $0.01`, where both sides of a few requests read `$0.00 → $0.00` as though nothing were billed.
 */
export function sides(delta: Change & ExactSides): [string, string] {
  return [formatBilledUsd({ monthlyUsd: delta.baseUsd, exactUsd: delta.baseExactUsd }), formatBilledUsd({ monthlyUsd: delta.headUsd, exactUsd: delta.headExactUsd })];
}

/**
 * `+28.3%`, `-5%`. A cost that was $0.00 before, whether its line was there at
 * zero or absent because nothing was used, has changed like any other, but by
 * no percent: `from $0`. Only a platform that one side does not price at all
 * (and its lines) is `new` or `removed`.
 */
function signedPct(change: Change, platform: PlatformDelta): string {
  if (!platform.inBase) return 'new';
  if (!platform.inHead) return 'removed';
  if (change.deltaPct === null) return change.deltaUsd.isZero() ? '0%' : 'from $0';
  const pct = formatQuantity(change.deltaPct, 1);
  return change.deltaPct.isZero() ? '0%' : `${change.deltaPct.isNegative() ? '' : '+'}${pct}%`;
}

/** `memoryMb` → `memory_mb`, the words a scenario file uses. */
const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function side(estimate: Estimate): string {
  return `${estimate.scenario.file} (${estimate.pricing.id})`;
}

/** Unchanged functions past this many are counted, not named: a template's diff names what moved. */
const UNCHANGED_NAMED = 10;

/** A line per function added, removed or changed, then one for those unchanged. */
function describeFunctions(deltas: readonly FunctionDelta[]): string[] {
  const unchanged = deltas.filter((delta) => delta.base && delta.head && !delta.changed.length).map((delta) => delta.name);
  const lines = deltas.filter((delta) => !delta.base || !delta.head || delta.changed.length).map(describeFunction);
  if (unchanged.length) {
    lines.push(unchanged.length <= UNCHANGED_NAMED ? `unchanged: ${unchanged.join(', ')}` : `${formatCount(unchanged.length)} functions unchanged`);
  }
  return lines;
}

function describeFunction(delta: FunctionDelta): string {
  if (!delta.base) return `${delta.name}: added`;
  if (!delta.head) return `${delta.name}: removed`;
  const show = (usage: FunctionUsage, field: keyof FunctionUsage) => {
    const value = usage[field];
    if (value === null || value === undefined) return 'none';
    return typeof value === 'object' ? formatFigure(value) : String(value);
  };
  return `${delta.name}: ${delta.changed.map((field) => `${snake(field)} ${show(delta.base!, field)} → ${show(delta.head!, field)}`).join('; ')}`;
}

const SUMMARY: readonly Column[] = [
  { header: 'Platform', align: 'left' },
  { header: 'Base', align: 'right' },
  { header: 'Head', align: 'right' },
  { header: 'Change', align: 'right' },
  { header: '%', align: 'right' },
];

/** The diff in lines of at most `width` columns. */
export function renderDiffTable(compared: EstimateDiff, style: Style, width = 80): string {
  const diff = safeDiff(compared, terminalText);
  const tableStyle = { header: style.bold, note: style.dim };
  const lines = [...proseLines([`Cost diff: ${side(diff.base)} → ${side(diff.head)}`], width, style.bold), ''];
  lines.push(
    ...renderColumns(
      SUMMARY,
      diff.platforms.map((p) => [platformName(p.platform), ...sides(p), signedUsd(p.deltaUsd), signedPct(p, p)]),
      tableStyle,
      width,
    ),
  );
  for (const platform of diff.platforms) {
    const rows = platform.lines.map((line) => [line.label, ...sides(line), signedUsd(line.deltaUsd), signedPct(line, platform)]);
    lines.push('', ...renderColumns([{ header: platformName(platform.platform), align: 'left' }, ...SUMMARY.slice(1)], rows, tableStyle, width));
  }
  lines.push('', style.bold('Functions'), ...proseLines(describeFunctions(diff.functions), width, style.dim));
  return lines.join('\n');
}

/** A pull-request comment: the summary first, the line items folded under it. */
export function renderDiffMarkdown(compared: EstimateDiff): string {
  const diff = safeDiff(compared, markdownText);
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `### Cost diff: ${diff.base.scenario.name}`,
    '',
    // From the diff as given: a code span reads no escapes, so its text is not markdownText's (markdownCode).
    `${markdownCode(side(compared.base))} → ${markdownCode(side(compared.head))}`,
    '',
    row(['Platform', 'Base', 'Head', 'Change', '%']),
    row(['---', '---:', '---:', '---:', '---:']),
    ...diff.platforms.map((p) => row([platformName(p.platform), ...sides(p), `**${signedUsd(p.deltaUsd)}**`, signedPct(p, p)])),
    '',
    '<details><summary>Line items and functions</summary>',
  ];
  for (const platform of diff.platforms) {
    lines.push(
      '',
      row([platformName(platform.platform), 'Base', 'Head', 'Change', '%']),
      row(['---', '---:', '---:', '---:', '---:']),
      ...platform.lines.map((line) => row([line.label.replace(/\|/g, '\\|'), ...sides(line), signedUsd(line.deltaUsd), signedPct(line, platform)])),
    );
  }
  lines.push('', ...describeFunctions(diff.functions).map((line) => `- ${line}`), '', '</details>');
  return lines.join('\n');
}

function changeJson(change: Change) {
  return {
    base_usd: machineUsd(change.baseUsd),
    head_usd: machineUsd(change.headUsd),
    delta_usd: machineUsd(change.deltaUsd),
    delta_pct: change.deltaPct === null ? null : machineNumber(change.deltaPct, 2),
  };
}

export function renderDiffJson(diff: EstimateDiff): string {
  const sideJson = (estimate: Estimate) => ({ scenario: estimate.scenario.name, file: estimate.scenario.file, pricing: estimate.pricing.id });
  return jsonText({
    schema: DIFF_SCHEMA,
    base: sideJson(diff.base),
    head: sideJson(diff.head),
    platforms: diff.platforms.map((platform) => ({
      platform: platform.platform,
      in_base: platform.inBase,
      in_head: platform.inHead,
      ...changeJson(platform),
      line_items: platform.lines.map((line) => ({
        id: line.id,
        label: line.label,
        unit: line.unit,
        base_quantity: line.baseQuantity === null ? null : machineNumber(line.baseQuantity),
        head_quantity: line.headQuantity === null ? null : machineNumber(line.headQuantity),
        ...changeJson(line),
      })),
    })),
    functions: diff.functions.map((fn) => ({ name: fn.name, in_base: Boolean(fn.base), in_head: Boolean(fn.head), changed: fn.changed.map(snake) })),
  });
}
