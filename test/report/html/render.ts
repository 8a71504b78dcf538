// Renders estimates in the test process, as `slcost estimate` does, in any format.
import { readdirSync } from 'node:fs';
import { runEstimate } from '../../../src/commands/estimate.js';
import type { Format } from '../../../src/report/index.js';
import { PLAIN } from '../../../src/report/style.js';

/** Every shipped scenario, by path from the repository's root. */
export const SHIPPED = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `scenarios/${name}`);

export function render(files: readonly string[], format: Format, { quiet = false }: { quiet?: boolean } = {}): string {
  let text = '';
  runEstimate(files, { format, style: PLAIN, budgetUsd: null, pricing: null, freeTier: true, quiet }, (chunk) => (text += chunk));
  return text;
}
