// The import boundaries of eslint.config.js, each shown on a one-line file at
// the path it would have: what each layer of src/ may import, and the message
// a file that crosses a boundary gets.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CORE = 'src/core/ is the provider-neutral cost core: it imports decimal.js and files under src/core/ only';
const SERVICE_MODULES = 'A service under src/providers/ imports decimal.js, zod and (through relative paths) src/core/ only';
const THROUGH_INDEX = "A service imports another service only through that service's index.js";
const SERVICE_SRC = 'A service under src/providers/ imports from src/ only src/core/ and the shared schema helpers';
const NO_LISTS = "A service does not import its provider's lists";
const IO = 'Only src/bin.ts, src/cli.ts, src/commands/, src/load/ and src/prompt/ use the file system, the terminal, child processes or prompts';
const PROMPT = 'src/prompt/ is for src/bin.ts, src/cli.ts, src/commands/ and src/load/ only';
const ENGINE = 'src/providers/ imports from src/ only src/core/, src/providers/, the shared schema helpers';
const ENGINE_MODULES = 'src/providers/ imports decimal.js, zod and pure-rand only';
const PROVIDER_FILES = "A service imports of its provider's own files only those its services share";
const STATIC_ONLY = 'src/core/ and src/providers/ import statically only';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: `${ROOT}eslint.config.js`,
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
  });
});

/** What ESLint says of `code` as the file at `filePath`, as [rule, message] pairs. */
async function lint(filePath: string, code: string): Promise<Array<[string | null, string]>> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${ROOT}${filePath}`, warnIgnored: true });
  return result!.messages.map((message) => [message.ruleId, message.message]);
}

// [file, imported path, null where it may, else the message it gets]
const IMPORTS: Array<[string, string, string | null]> = [
  // The core: decimal.js and itself.
  ['src/core/x.ts', 'decimal.js', null],
  ['src/core/x.ts', './money.js', null],
  ['src/core/bands/x.ts', '../money.js', null],
  ['src/core/bands/x.ts', './tiers.js', null],
  ['src/core/x.ts', '../providers/aws/lambda/index.js', CORE],
  ['src/core/x.ts', '../load/read-yaml.js', CORE],
  ['src/core/bands/x.ts', '../../providers/aws/lambda/index.js', CORE],
  ['src/core/x.ts', 'zod/mini', CORE],
  ['src/core/x.ts', 'zod', CORE],
  ['src/core/x.ts', 'js-yaml', CORE],
  ['src/core/x.ts', 'node:fs', CORE],
  ['src/core/x.ts', 'node:path', CORE],
  // A service: the core, its own folder, zod, decimal.js, other services through their index.js.
  ['src/providers/aws/api-gateway/x.ts', '../lambda/index.js', null],
  ['src/providers/aws/api-gateway/x.ts', './prices.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../../../core/money.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../../../schema/zod.js', null],
  ['src/providers/aws/api-gateway/x.ts', 'decimal.js', null],
  ['src/providers/aws/api-gateway/x.ts', 'zod/mini', null],
  ['src/providers/aws/api-gateway/x.ts', '../../other/queue/index.js', null],
  ['src/providers/aws/api-gateway/rest/x.ts', '../../lambda/index.js', null],
  ['src/providers/aws/api-gateway/rest/x.ts', '../prices.js', null],
  ['src/providers/aws/api-gateway/rest/x.ts', '../../../../core/money.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../lambda/line-items.js', THROUGH_INDEX],
  ['src/providers/aws/api-gateway/x.ts', '../lambda/sub/index.js', THROUGH_INDEX],
  ['src/providers/aws/api-gateway/rest/x.ts', '../../lambda/line-items.js', THROUGH_INDEX],
  ['src/providers/aws/api-gateway/x.ts', '../services.js', NO_LISTS],
  ['src/providers/aws/api-gateway/x.ts', '../index.js', NO_LISTS],
  ['src/providers/aws/api-gateway/x.ts', '../types.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../architecture.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../containers.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../commitments.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../estimate.js', PROVIDER_FILES],
  ['src/providers/aws/api-gateway/rest/x.ts', '../../serverless-checks.js', PROVIDER_FILES],
  ['src/providers/aws/api-gateway/x.ts', '../../../schema/price-section.js', null],
  ['src/providers/aws/api-gateway/x.ts', '../../../schema/scenario.js', SERVICE_SRC],
  ['src/providers/aws/api-gateway/x.ts', '../../other/queue/prices.js', THROUGH_INDEX],
  ['src/providers/aws/api-gateway/x.ts', '../../../load/read-yaml.js', SERVICE_SRC],
  ['src/providers/aws/api-gateway/x.ts', '../../../report/table.js', SERVICE_SRC],
  ['src/providers/aws/api-gateway/x.ts', '../../../prompt/ask.js', SERVICE_SRC],
  ['src/providers/aws/api-gateway/x.ts', '../../../../package.json', SERVICE_SRC],
  ['src/providers/aws/api-gateway/x.ts', 'node:fs', SERVICE_MODULES],
  ['src/providers/aws/api-gateway/x.ts', 'js-yaml', SERVICE_MODULES],
  ['src/providers/aws/api-gateway/x.ts', '@inquirer/select', SERVICE_MODULES],
  // A provider's own files: its services through their index.js.
  ['src/providers/aws/services.ts', './lambda/index.js', null],
  ['src/providers/aws/services.ts', '../../core/money.js', null],
  ['src/providers/aws/services.ts', './lambda/line-items.js', THROUGH_INDEX],
  ['src/providers/aws/services.ts', 'node:fs', ENGINE_MODULES],
  ['src/providers/aws/services.ts', 'commander', ENGINE_MODULES],
  ['src/providers/index.ts', '@inquirer/prompts', ENGINE_MODULES],
  ['src/providers/index.ts', '../prompt/ask.js', ENGINE],
  ['src/providers/index.ts', './aws/lambda/index.js', null],
  ['src/providers/index.ts', './aws/lambda/line-items.js', THROUGH_INDEX],
  // A provider's own files and src/providers/*.ts are the engine too: no command line, terminal, loader or report.
  ['src/providers/aws/estimate.ts', '../../core/money.js', null],
  ['src/providers/aws/estimate.ts', '../../schema/price-section.js', null],
  ['src/providers/aws/estimate.ts', '../compared.js', null],
  ['src/providers/aws/estimate.ts', 'decimal.js', null],
  ['src/providers/aws/ranges.ts', 'pure-rand/generator/xoroshiro128plus', null],
  ['src/providers/compare.ts', '../suggest.js', null],
  ['src/providers/compared.ts', 'zod/mini', null],
  ['src/providers/aws/estimate.ts', '../../commands/estimate.js', ENGINE],
  ['src/providers/aws/estimate.ts', '../../cli.js', ENGINE],
  ['src/providers/aws/estimate.ts', '../../report/terminal-table.js', ENGINE],
  ['src/providers/aws/estimate.ts', '../../load/read-yaml.js', ENGINE],
  ['src/providers/aws/estimate.ts', '../../schema/scenario.js', ENGINE],
  ['src/providers/compare.ts', '../commands/compare.js', ENGINE],
  ['src/providers/compare.ts', '../report/words.js', ENGINE],
  ['src/providers/compare.ts', '../../package.json', ENGINE],
  ['src/providers/aws/estimate.ts', 'cli-table3', ENGINE_MODULES],
  ['src/providers/aws/estimate.ts', 'asciichart', ENGINE_MODULES],
  ['src/providers/compare.ts', 'yaml', ENGINE_MODULES],
  ['src/providers/compare.ts', 'node:path', ENGINE_MODULES],
  ['src/providers/aws/tune.test.ts', 'vitest', null],
  // No file system, terminal, child processes or prompts outside bin, cli, commands, load and prompt.
  ['src/report/x.ts', 'node:fs', IO],
  ['src/report/x.ts', 'fs', IO],
  ['src/report/x.ts', 'node:fs/promises', IO],
  ['src/report/x.ts', 'node:tty', IO],
  ['src/report/x.ts', 'tty', IO],
  ['src/report/x.ts', 'node:child_process', IO],
  ['src/report/x.ts', 'child_process', IO],
  ['src/report/x.ts', '@inquirer/select', IO],
  ['src/report/x.ts', 'commander', IO],
  ['src/report/x.ts', '../prompt/ask.js', PROMPT],
  ['src/report/charts/x.ts', '../../prompt/ask.js', PROMPT],
  ['src/model/x.ts', 'node:fs', IO],
  ['src/schema/x.ts', 'node:tty', IO],
  ['src/decide/x.ts', '../prompt/ask.js', PROMPT],
  ['src/errors.ts', 'node:fs', IO],
  ['src/report/x.ts', 'node:path', null],
  ['src/report/x.ts', 'asciichart', null],
  ['src/report/x.ts', '../core/money.js', null],
  ['src/bin.ts', 'node:fs', null],
  ['src/cli.ts', 'node:tty', null],
  ['src/commands/x.ts', 'node:fs', null],
  ['src/commands/x.ts', 'node:child_process', null],
  ['src/commands/x.ts', '../prompt/ask.js', null],
  ['src/load/x.ts', 'node:fs', null],
  ['src/load/x.ts', 'commander', null],
  ['src/prompt/x.ts', '@inquirer/select', null],
];

describe('import boundaries', () => {
  it.each(IMPORTS)('%s importing %s', async (file, imported, message) => {
    const messages = await lint(file, `import { a } from '${imported}';\nexport const b = a;`);
    if (message === null) expect(messages).toEqual([]);
    else {
      expect(messages).toHaveLength(1);
      expect(messages[0]![0]).toBe('no-restricted-imports');
      expect(messages[0]![1]).toContain(`'${imported}' import is restricted from being used by a pattern.`);
      expect(messages[0]![1]).toContain(message);
    }
  });

  it('checks type-only imports and re-exports too', async () => {
    expect(await lint('src/core/x.ts', "import type { ZodType } from 'zod/mini';\nexport type T = ZodType;")).toEqual([['no-restricted-imports', expect.stringContaining(CORE)]]);
    expect(await lint('src/core/x.ts', "export { a } from '../report/x.js';")).toEqual([['no-restricted-imports', expect.stringContaining(CORE)]]);
    expect(await lint('src/report/x.ts', "export * from 'node:fs';")).toEqual([['no-restricted-imports', expect.stringContaining(IO)]]);
    expect(await lint('src/providers/aws/ec2/x.ts', "export { lineItems } from '../lambda/line-items.js';")).toEqual([
      ['no-restricted-imports', expect.stringContaining(THROUGH_INDEX)],
    ]);
  });

  it('checks import() and require() of the file system, the terminal and prompts', async () => {
    expect(await lint('src/report/x.ts', "export const fs = await import('node:fs');")).toEqual([['no-restricted-syntax', expect.stringContaining(IO)]]);
    expect(await lint('src/schema/x.ts', "export const fs = require('fs');")).toEqual([['no-restricted-syntax', expect.stringContaining(IO)]]);
    expect(await lint('src/report/x.ts', "export const prompt = await import('@inquirer/select');")).toEqual([['no-restricted-syntax', expect.stringContaining(IO)]]);
    expect(await lint('src/schema/zod.ts', "export const z = require('zod/mini');")).toEqual([]);
    expect(await lint('src/commands/x.ts', "export const fs = await import('node:fs');")).toEqual([]);
    expect(await lint('src/cli.ts', "export const command = await import('./commands/estimate.js');")).toEqual([]);
  });

  it('allows no import() or require() in the core and the providers', async () => {
    expect(await lint('src/core/x.ts', "export const money = await import('./money.js');")).toEqual([['no-restricted-syntax', expect.stringContaining(STATIC_ONLY)]]);
    expect(await lint('src/core/bands/x.ts', "export const d = require('decimal.js');")).toEqual([['no-restricted-syntax', expect.stringContaining(STATIC_ONLY)]]);
    expect(await lint('src/providers/aws/lambda/x.ts', "export const items = await import('../ec2/line-items.js');")).toEqual([
      ['no-restricted-syntax', expect.stringContaining(STATIC_ONLY)],
    ]);
    expect(await lint('src/providers/compare.ts', "export const command = await import('../commands/compare.js');")).toEqual([
      ['no-restricted-syntax', expect.stringContaining(STATIC_ONLY)],
    ]);
  });

  it('lints the files that are not there yet', async () => {
    // None of the paths above is ignored: an ignored file would have passed every case unchecked.
    for (const file of ['src/core/x.ts', 'src/providers/aws/lambda/x.ts', 'src/report/x.ts']) expect(await eslint.isPathIgnored(`${ROOT}${file}`)).toBe(false);
  });
});
