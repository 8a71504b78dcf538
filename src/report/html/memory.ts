// Each function the estimate advises another memory size for: what it costs a
// month at every memory size on each architecture, by the memory model
// (docs/memory.md), with today's size and the advised one marked, and the
// sizes slcost tune shows as a table for a reader who cannot see the chart.
import { Decimal } from '../../core/money.js';
import type { TuneResult } from '../../providers/aws/tune.js';
import type { Estimate } from '../../providers/aws/types.js';
import { drawnUsd, formatAxisUsd } from '../chart.js';
import { formatExactUsd, formatQuantity, threeDigitCount } from '../format.js';

const threeDigitNumber = (value: number) => threeDigitCount(new Decimal(value));
const megabytes = (value: number) => `${value.toLocaleString('en-US')} MB`;
import { markup, type Html } from './markup.js';
import { legend, renderLogChart } from './log-chart.js';
import { table } from './parts.js';
import { tuneKinds } from '../../providers/aws/tune.js';
import { listNames } from '../../core/names.js';
import { terminalText } from '../escape.js';

export function renderMemoryCurves(estimate: Estimate, curves: TuneResult | null, id: string): Html | null {
  if (!curves) return null;
  const advised = estimate.advice.filter((one) => one.kind === 'memory_size').length;
  // Functions alike but for their names are one kind, tuned once: one chart names them all.
  const kinds = tuneKinds(curves).filter(({ fn }) => fn.curve.length);
  const charted = kinds.reduce((total, { alike }) => total + 1 + alike.length, 0);
  const charts = kinds.map(({ fn, alike }, index) => {
    // The curves are tuned from the scenario as written; the estimate's names are escaped for the page already.
    const names = [fn.name, ...alike].map(terminalText);
    const named = listNames(names);
    const advice = estimate.advice.find((one) => one.kind === 'memory_size' && one.function === names[0]);
    const series = fn.architectures.map((architecture, look) => ({
      label: architecture,
      look,
      points: fn.curve.filter((size) => size.architecture === architecture).map((size): [number, number] => [size.memoryMb, drawnUsd(size.monthlyUsd)]),
    }));
    const advisedMb = advice?.kind === 'memory_size' ? advice.memoryMb : null;
    const low = Math.min(...fn.curve.map((size) => size.memoryMb));
    const high = Math.max(...fn.curve.map((size) => size.memoryMb));
    const marks = [{ x: fn.today.memoryMb, label: 'today' }, ...(advisedMb !== null && advisedMb !== fn.today.memoryMb ? [{ x: advisedMb, label: 'advised' }] : [])];
    const chart = renderLogChart({
      id: `${id}-${index}`,
      title: `${named}: monthly cost by memory size`,
      description: `By the memory model, ${names.length === 1 ? names[0] : `each of ${named}`} costs ${formatExactUsd(fn.today.monthlyUsd)} a month at today's ${megabytes(fn.today.memoryMb)} (${fn.today.architecture}); the cheapest size is ${megabytes(fn.choices.cheapest.memoryMb)} ${fn.choices.cheapest.architecture} at ${formatExactUsd(fn.choices.cheapest.monthlyUsd)}.`,
      xTitle: 'memory (MB)',
      yTitle: 'USD a month',
      from: low,
      to: high,
      series,
      marks,
      rings: [],
      xTick: (value) => threeDigitNumber(value),
      yTick: (value) => formatAxisUsd(new Decimal(value)),
    });
    const rows = fn.shown
      .filter((size) => size.architecture === fn.today.architecture)
      .map((size) => ({
        head: markup`${megabytes(size.memoryMb)}`,
        cells: [markup`${formatQuantity(size.durationMs, 1)} ms`, markup`${formatExactUsd(size.monthlyUsd)}`],
        derived: true,
      }));
    return markup`<h4>${named}</h4><figure>${chart}<figcaption>${legend(series)}<p class="note">Dashed: today's ${megabytes(fn.today.memoryMb)}${advisedMb !== null ? ` and the advised ${megabytes(advisedMb)}` : ''}. By the memory model: ${formatQuantity(new Decimal(fn.model.cpuBoundPct), 0)}% of its duration on the CPU, ${String(fn.model.threads)} thread${fn.model.threads === 1 ? '' : 's'}. Check with slcost tune, and measure before you change it.</p></figcaption></figure><details><summary>The sizes as a table</summary>${table(
      markup`${named} on ${fn.today.architecture}: duration and month by memory size`,
      [{ label: 'Memory' }, { label: 'Duration', numeric: true }, { label: 'A month', numeric: true }],
      rows,
    )}</details>`;
  });
  // Each chart is a sweep of every size, and in a full concurrency pool each size prices every function again: past a
  // bound the rest are not drawn, and the advice lists every function.
  const sweep = markup`prices every memory size (in a full concurrency pool, every function again at each)`;
  if (!charts.length)
    return curves.notTuned.length
      ? markup`<h3>Cost by memory size</h3><p class="note">No chart for the ${advised === 1 ? markup`function` : markup`${threeDigitNumber(advised)} functions`} given memory advice: a chart ${sweep}, past the report's bound here; <code>slcost tune --function NAME</code> sweeps one. The advice above lists ${advised === 1 ? 'it' : 'each one'}.</p>`
      : null;
  const rest =
    charted < advised
      ? markup`<p class="note">Charts for ${threeDigitNumber(charted)} of the ${threeDigitNumber(advised)} functions given memory advice, one for functions alike but for their names: each ${sweep}, and past a bound the rest are not drawn. The advice above lists each one.</p>`
      : markup``;
  return markup`<h3>Cost by memory size</h3>${charts}${rest}`;
}
