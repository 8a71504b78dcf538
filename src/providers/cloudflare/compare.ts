// Cloudflare's part of a scenario's `compare:` block (`compare.cloudflare`):
// no settings, Workers being priced alike everywhere; and what a comparison
// reads of Workers besides its table.
import { comparedPart } from '../compared.js';
import { type WorkersSection, workersMisfit } from './workers/index.js';

export const cloudflareCompare = comparedPart({
  schema: ({ z }) => z.strictObject({}),
  read: (): Readonly<Record<string, never>> => ({}),
  located: [],
  // Workers bill CPU time, and an isolate must hold the memory the function uses.
  defaultsRead: () => ({ cpuMs: true, memoryUsed: true }),
  assumptions: () => [],
  misfit: (fn, prices: WorkersSection) => workersMisfit(fn, prices.workers!),
  unconfirmed: () => [],
});
