// Start-up benchmark: whole `slcost` processes against a bare `node -e 0`,
// alternated so that machine noise falls on both. Prints medians and ratios.
//   npm run bench            20 runs each
//   npm run bench -- --quick 5 runs each, failing only on a gross regression (CI)
import { timeRuns } from './bench-lib.mjs';

const quick = process.argv.includes('--quick');
const bin = 'bin/slcost.cjs';
const commands = [
  { name: 'slcost --version', argv: ['node', [bin, '--version']] },
  { name: 'slcost estimate scenarios/growing-api.yaml', argv: ['node', [bin, 'estimate', 'scenarios/growing-api.yaml']] },
  { name: 'slcost breakeven scenarios/growing-api.yaml --points 10000 --format csv', argv: ['node', [bin, 'breakeven', 'scenarios/growing-api.yaml', '--points', '10000', '--format', 'csv']] },
  { name: 'slcost estimate scenarios/*.yaml --format json', argv: ['node', [bin, 'estimate', '--format', 'json', ...['growing-api', 'high-traffic', 'provisioned-api', 'order-pipeline'].map((n) => `scenarios/${n}.yaml`)]] },
];
const { baselineMs, results } = timeRuns(commands, { runs: quick ? 5 : 20, warmup: quick ? 1 : 3 });
console.log(`node -e 0: median ${baselineMs.toFixed(1)} ms`);
for (const r of results) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, ${r.ratio.toFixed(2)}x node`);
const limit = 3;
const slow = results.filter((r) => r.ratio > limit);
if (quick && slow.length) {
  console.error(`start-up regression: ${slow.map((r) => r.name).join(', ')} over ${limit}x a bare node start`);
  process.exit(1);
}
