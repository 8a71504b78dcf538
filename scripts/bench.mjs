// Start-up and throughput benchmark: whole `slcost` processes against a bare
// `node -e 0`, alternated so that machine noise falls on both. Prints medians,
// ratios and the targets they are held to.
//   npm run bench              20 runs of each command, 5 of the 1,000-file run
//   npm run bench -- --quick   5 runs and 1, as a check for gross regressions
//                              (npm test ends with it): fails past 3x a start-up
//                              target, past 3x the 1,000-file target in CPU time
//                              (wall time on a busy machine says little), or past
//                              the memory target (which the machine's load does not move)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timeRuns } from './bench-lib.mjs';

const quick = process.argv.includes('--quick');
const bin = 'bin/slcost.js';
const slcost = (...args) => ['node', [bin, ...args]];
const commands = [
  { name: 'slcost --version', argv: slcost('--version'), target: null },
  { name: 'slcost estimate scenarios/growing-api.yaml', argv: slcost('estimate', 'scenarios/growing-api.yaml'), target: 1.6 },
  { name: 'slcost estimate scenarios/light-startup-api.yaml (serverless only)', argv: slcost('estimate', 'scenarios/light-startup-api.yaml'), target: 1.6 },
  {
    name: 'slcost breakeven scenarios/growing-api.yaml --points 10000 --format csv',
    argv: slcost('breakeven', 'scenarios/growing-api.yaml', '--points', '10000', '--format', 'csv'),
    target: 2,
  },
];
const { baselineMs, results } = timeRuns(commands, { runs: quick ? 5 : 20, warmup: quick ? 1 : 3 });
console.log(`node -e 0: median ${baselineMs.toFixed(1)} ms`);
if (process.env.NODE_EXTRA_CA_CERTS && !quick) {
  // Node reads and parses those certificates before any script runs, the bare start's too: the ratios are to that start.
  const { NODE_EXTRA_CA_CERTS: _certificates, ...env } = process.env;
  const { baselineMs: plainMs } = timeRuns([], { runs: 20, warmup: 3, env });
  console.log(`  (NODE_EXTRA_CA_CERTS is set, and Node loads those certificates first; without them a bare start takes ${plainMs.toFixed(1)} ms here)`);
}
const failures = [];
for (const [index, r] of results.entries()) {
  const { target } = commands[index];
  console.log(
    `${r.name}: median ${r.medianMs.toFixed(1)} ms, ${r.pairedRatio.toFixed(2)}x node run by run (the medians' ratio ${r.ratio.toFixed(2)}x; ${target ? `target ${target}x` : 'no target'}), its own cost ${r.overMs.toFixed(1)} ms`,
  );
  if (target && r.pairedRatio > 3 * target) failures.push(`${r.name} at ${r.pairedRatio.toFixed(2)}x node`);
}

// A thousand scenario files in one call: the shipped scenarios, copied round and round.
const dir = mkdtempSync(join(tmpdir(), 'slcost-bench-'));
try {
  const shipped = readdirSync('scenarios').filter((name) => name.endsWith('.yaml'));
  // The files a scenario names (a state machine's definition) beside the copies, where they look for them.
  cpSync(join('scenarios', 'state-machines'), join(dir, 'state-machines'), { recursive: true });
  const files = Array.from({ length: 1000 }, (_, i) => {
    const file = join(dir, `scenario-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, readFileSync(join('scenarios', shipped[i % shipped.length]), 'utf8'));
    return file;
  });
  const runs = quick ? 1 : 5;
  const wall = [];
  const cpu = [];
  const peak = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('node', ['--require', './scripts/peak-memory.cjs', bin, 'estimate', '--format', 'json', ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`estimate of 1,000 files exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
    peak.push(Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024);
    cpu.push(Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1]));
  }
  const wallMs = median(wall);
  const cpuMs = median(cpu);
  const peakMb = median(peak);
  console.log(
    `slcost estimate --format json of 1,000 files: median ${(wallMs / 1000).toFixed(2)} s (target 3 s; CPU time ${(cpuMs / 1000).toFixed(2)} s), peak memory ${peakMb.toFixed(0)} MB (target 150 MB)`,
  );
  if (cpuMs > 3 * 3000) failures.push(`1,000 files in ${(cpuMs / 1000).toFixed(2)} s of CPU time`);
  if (peakMb > 150) failures.push(`1,000 files in ${peakMb.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (quick && failures.length) {
  console.error(`gross regression: ${failures.join('; ')}`);
  process.exit(1);
}
