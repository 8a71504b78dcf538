// Start-up and throughput benchmark: whole `slcost` processes against a bare
// `node -e 0`, alternated so that machine noise falls on both. Prints medians,
// ratios and the targets they are held to.
//   npm run bench              20 runs of each command, 5 of the 1,000-file run, 3 of the 10,000 functions (1 of them unlike each other)
//   npm run bench -- --quick   5 runs and 1, as a check for gross regressions
//                              (npm test ends with it): fails past 3x a start-up
//                              target, past 3x a batch's 3 s outer bound in CPU time
//                              (wall time on a busy machine says little; the bound
//                              grows on a machine slower to start node than a quiet
//                              one), or past 2x the memory target (which the
//                              machine's load moves little)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // 10,000 samples of three ranges, priced on the solver's curves (docs/ranges.md): measured, no target yet.
  { name: 'slcost estimate scenarios/uncertain-worker.yaml (10,000 samples)', argv: slcost('estimate', 'scenarios/uncertain-worker.yaml'), target: null },
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

/** The design's outer bound for a batch (1,000 files or 10,000 functions: 2 to 3 s). */
const GROSS_BOUND_S = 3;
/** A bare `node -e 0` on the quiet 2-core machines the batches' figures in docs/performance.md come from. */
const QUIET_START_MS = 110;
// CPU time is steadier than wall time, not steady: on a loaded machine (a bare start of 140 ms) the 1,000 files took
// 9.2 s of CPU twice running where a quiet one gives 6.3 to 7.6 s. The CPU bound is stretched by how much slower
// than a quiet machine this one starts node, as the start-up ratios above are taken against this machine's own start.
const slowerBy = Math.max(1, baselineMs / QUIET_START_MS);
const grossCpuMs = 3 * GROSS_BOUND_S * 1000 * slowerBy;

/** Runs `args` (an estimate that writes JSON) `runs` times: wall time, CPU time of all threads, peak memory. */
function batch(name, args, { runs, wallTargetS, memoryTargetMb }) {
  const wall = [];
  const cpu = [];
  const peak = [];
  // A quick run's single measure over the gross bound is taken once more, and the lesser kept: on a shared 2-core
  // machine one run of the 1,000 files came to 9.1 s of CPU where the same build measured 6.7 s twenty minutes before.
  // A gross regression is over it twice.
  const over = () => runs === 1 && cpu.length === 1 && cpu[0] > grossCpuMs;
  for (let i = 0; i < runs || (i === runs && over()); i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('node', ['--require', './scripts/peak-memory.cjs', bin, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
    peak.push(Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024);
    cpu.push(Number(/cpu-ms (\d+)/.exec(result.stderr)?.[1]));
  }
  const retried = cpu.length > runs;
  const wallMs = retried ? Math.min(...wall) : median(wall);
  const cpuMs = retried ? Math.min(...cpu) : median(cpu);
  const peakMb = retried ? Math.min(...peak) : median(peak);
  console.log(
    `${name}: median ${(wallMs / 1000).toFixed(2)} s (target ${wallTargetS} s; CPU time ${(cpuMs / 1000).toFixed(2)} s), peak memory ${peakMb.toFixed(0)} MB (target ${memoryTargetMb} MB)`,
  );
  // Gross regressions only: CPU time (wall time on a busy machine says little; and CPU time counts the garbage
  // collector's helper threads too) past 3x the design's outer bound of 3 s (stretched on a slow machine, above), memory
  // (which load moves little) past 2x its target.
  if (cpuMs > grossCpuMs) {
    const bound = `${(grossCpuMs / 1000).toFixed(2)} s${slowerBy > 1 ? `, ${3 * GROSS_BOUND_S} s stretched ${slowerBy.toFixed(2)}x for a bare start of ${baselineMs.toFixed(1)} ms` : ''}`;
    failures.push(`${name} in ${(cpuMs / 1000).toFixed(2)} s of CPU time (bound ${bound})`);
  }
  if (peakMb > 2 * memoryTargetMb) failures.push(`${name} in ${peakMb.toFixed(0)} MB`);
}

const dir = mkdtempSync(join(tmpdir(), 'slcost-bench-'));
try {
  // A thousand scenario files in one call: the shipped scenarios, copied round and round.
  // Scenarios whose figures are ranges price thousands of samples each by design: they are timed on their own line above.
  const shipped = readdirSync('scenarios').filter((name) => name.endsWith('.yaml') && !/\bp10:|\bmin:/.test(readFileSync(join('scenarios', name), 'utf8')));
  // The files a scenario names (a state machine's definition) beside the copies, where they look for them.
  cpSync(join('scenarios', 'state-machines'), join(dir, 'state-machines'), { recursive: true });
  const files = Array.from({ length: 1000 }, (_, i) => {
    const file = join(dir, `scenario-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, readFileSync(join('scenarios', shipped[i % shipped.length]), 'utf8'));
    return file;
  });
  batch('slcost estimate --format json of 1,000 files', ['estimate', '--format', 'json', ...files], { runs: quick ? 1 : 5, wallTargetS: 2, memoryTargetMb: 200 });

  // A serverless.yml of 10,000 functions, each behind its own HTTP API route, with one usage default for all.
  const functions = Array.from({ length: 10_000 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: 512\n    events:\n      - httpApi: GET /f${i}\n`).join('');
  const template = join(dir, 'serverless.yml');
  writeFileSync(template, `service: big\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${functions}`);
  const usage = join(dir, 'usage.yaml');
  writeFileSync(usage, 'functions:\n  "*":\n    requests_per_month: 1000000\n    duration_ms: 100\n');
  batch('slcost estimate --format json of a template of 10,000 functions', ['estimate', template, '--usage', usage, '--format', 'json'], {
    runs: quick ? 1 : 3,
    wallTargetS: 2,
    memoryTargetMb: 200,
  });

  // The same functions unlike each other (each its own memory size), so that none is priced as another's kind: each is
  // priced several times over (the estimate, the cost-bomb check, the memory advice, the cold-start options). Measured,
  // not held to the target it misses; the quick run leaves it out.
  if (!quick) {
    const unlike = Array.from({ length: 10_000 }, (_, i) => `  f${i}:\n    handler: h.f${i}\n    memorySize: ${128 + i}\n    events:\n      - httpApi: GET /f${i}\n`).join('');
    const unlikeTemplate = join(dir, 'unlike', 'serverless.yml');
    mkdirSync(join(dir, 'unlike'));
    writeFileSync(unlikeTemplate, `service: unlike\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n${unlike}`);
    batch('slcost estimate --format json of a template of 10,000 functions unlike each other', ['estimate', unlikeTemplate, '--usage', usage, '--format', 'json'], {
      runs: 1,
      wallTargetS: 2,
      memoryTargetMb: 200,
    });
  }

  // Memory sizing: every function at every allowed size on both architectures (one of them with paid ephemeral storage, priced size by size).
  batch('slcost tune scenarios/order-pipeline.yaml --format json (3 functions × 20,226 sizes)', ['tune', 'scenarios/order-pipeline.yaml', '--format', 'json'], {
    runs: quick ? 1 : 5,
    wallTargetS: 1,
    memoryTargetMb: 200,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (quick && failures.length) {
  console.error(`gross regression: ${failures.join('; ')}`);
  process.exit(1);
}
