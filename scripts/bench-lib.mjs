// Times whole processes, alternating each command with a bare `node -e 0` so
// that machine noise falls on both alike; reports medians and ratios.
import { spawnSync } from 'node:child_process';

export function timeRuns(commands, { runs = 20, warmup = 2, cwd = process.cwd(), env = process.env } = {}) {
  const baseline = ['node', ['-e', '0']];
  const all = [baseline, ...commands.map((c) => c.argv)];
  const samples = all.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    all.forEach(([cmd, args], k) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0 && !(commands[k - 1]?.allowExit ?? []).includes(result.status)) {
        throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      }
      if (i >= warmup) samples[k].push(ms);
    });
  }
  const baseMedian = median(samples[0]);
  return {
    baselineMs: baseMedian,
    results: commands.map((c, k) => {
      const m = median(samples[k + 1]);
      // Each run against the bare start run just before it: the steadier figures when the
      // machine's speed drifts during the series (the two medians may come from different moments).
      const overMs = median(samples[k + 1].map((ms, i) => ms - samples[0][i]));
      const pairedRatio = median(samples[k + 1].map((ms, i) => ms / samples[0][i]));
      return { name: c.name, medianMs: m, ratio: m / baseMedian, pairedRatio, overMs };
    }),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
