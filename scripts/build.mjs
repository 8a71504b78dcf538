// Bundles the CLI into dist/ and leaves V8's code cache of it next to it, so
// that a run starts fast. Runs on `npm install` (prepare) and `npm test`.
//  - One CommonJS file: Node 20's ES module loader costs more at start-up than
//    the whole of CommonJS loading. Commands stay lazy inside it (esbuild wraps
//    each dynamically imported module so that it runs only when imported).
//  - inquirer's prompts, which only `slcost decide` uses, are a file of their own.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constantsAsStrings } from './decimal-constants.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = {
  absWorkingDir: process.cwd(),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.SLCOST_NO_MINIFY ? false : true,
  legalComments: 'none',
  logLevel: 'warning',
  // import() of inquirer's file becomes a require(): the bundle is compiled by
  // vm.Script, which has no loader for dynamic imports.
  supported: { 'dynamic-import': false },
};
await build({
  ...common,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/slcost.cjs',
  // The sources find pricing/ and schemas/ from their own folder; the bundle from its own.
  define: { SLCOST_VERSION: JSON.stringify(version), 'import.meta.dirname': '__dirname' },
  // Written inside the function Node wraps a CommonJS module in, so that bin/slcost.js
  // compiles the file as it is read: wrapping it at run time made V8 copy 290 KB of source.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
  plugins: [
    {
      name: 'inquirer-apart',
      setup(context) {
        context.onResolve({ filter: /\/inquirer\.js$/ }, () => ({ path: './inquirer.cjs', external: true }));
      },
    },
    {
      // Libraries bundled apart, each with its own code cache; bin/slcost.js loads them (see CHUNKS there).
      name: 'chunks-apart',
      setup(context) {
        context.onResolve({ filter: /^js-yaml$/ }, () => ({ path: './js-yaml.cjs', external: true }));
        context.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: './zod.cjs', external: true }));
      },
    },
    {
      // commander requires node:child_process as it loads, for executable
      // subcommands, which slcost has none of: that is Node's stream and network
      // modules, ~10 ms of every run. It gets the module on first use instead,
      // and the global process for node:process.
      name: 'commander-lazy-builtins',
      setup(context) {
        context.onResolve({ filter: /^node:(child_process|process)$/ }, ({ path, importer }) =>
          /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path, namespace: 'commander-builtins' } : undefined,
        );
        context.onLoad({ filter: /.*/, namespace: 'commander-builtins' }, ({ path }) => ({
          contents:
            path === 'node:process'
              ? 'module.exports = process;'
              : "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
          loader: 'js',
        }));
      },
    },
    {
      // See decimal-constants.mjs: half a millisecond of every run.
      name: 'decimal-constants-as-strings',
      setup(context) {
        context.onLoad({ filter: /[\\/]decimal\.js[\\/]decimal\.mjs$/ }, ({ path }) => ({
          contents: constantsAsStrings(readFileSync(path, 'utf8'), path),
          loader: 'js',
        }));
      },
    },
  ],
});
await build({ ...common, entryPoints: ['src/prompt/inquirer.ts'], outfile: 'dist/inquirer.cjs' });
// The chunks, wrapped like the bundle. js-yaml is CommonJS as the sources require it (the same build as under the tests).
// zod's own CommonJS build holds all of zod (535 KB, its messages in 40 languages): the chunk is the functions the CLI uses.
const zodFunctions = /export const ZOD_FUNCTIONS = \[([^\]]*)\]/.exec(readFileSync('src/schema/zod.ts', 'utf8'))?.[1];
if (!zodFunctions) throw new Error('src/schema/zod.ts no longer lists ZOD_FUNCTIONS as the build expects');
for (const [entry, outfile] of [
  ["module.exports = require('js-yaml');", 'dist/js-yaml.cjs'],
  [`export { ${zodFunctions.replace(/'/g, '')} } from 'zod/mini';`, 'dist/zod.cjs'],
]) {
  await build({
    ...common,
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    outfile,
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '})' },
  });
}

// The shipped price tables, parsed and checked once here rather than on every
// run. Each JSON keeps the YAML text it came from; the CLI uses it only while
// the YAML is unchanged. Done in a process of its own: checking a table runs
// zod, and what runs here goes into the code cache, which every run reads.
const tables = spawnSync(process.execPath, ['-e', "require('./bin/slcost.js').loadBundle().bundle.compileShippedTables().then((tables) => process.stdout.write(JSON.stringify(tables)))"], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (tables.status !== 0) throw new Error(`checking the shipped price tables failed:\n${tables.stderr}`);
for (const { path, json } of JSON.parse(tables.stdout)) {
  mkdirSync(dirname(`dist/pricing/${path}`), { recursive: true });
  writeFileSync(`dist/pricing/${path}`, json);
}

// V8 keeps in a code cache what it compiled while running: so the build runs
// the commands people run most, and saves what that compiled. One cache holds
// all of them (for every other command, and the chunks' caches come from its
// runs); the estimate and breakeven commands, in table or JSON, get leaner
// ones of their own (bin/slcost.js picks by the command line). Each cache is
// written by a process of its own (scripts/warm-cache.cjs). Nothing of the
// runs' output is kept.
const scenarios = ['scenarios/growing-api.yaml', 'scenarios/provisioned-api.yaml'];
const template = ['scenarios/templates/thumbnail-sam/template.yaml', '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml'];
const estimates = [['estimate', ...scenarios], ['estimate', ...template]];
const estimatesJson = estimates.map((argv) => [...argv, '--format', 'json']);
const breakevens = [
  ['breakeven', 'scenarios/growing-api.yaml', '--format', 'csv', '--points', '100'],
  ['breakeven', 'scenarios/growing-api.yaml'],
];
for (const [cache, runs, options] of [
  ['dist/slcost.cjs.cache', [...estimates, ...estimatesJson, ...breakevens], ['--chunks']],
  ['dist/slcost.estimate.cache', estimates, []],
  ['dist/slcost.estimate-json.cache', estimatesJson, []],
  ['dist/slcost.breakeven.cache', breakevens, []],
]) {
  const args = ['scripts/warm-cache.cjs', cache, ...options, ...runs.flatMap((argv) => ['--', ...argv])];
  const warmed = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (warmed.status !== 0) throw new Error(`warming ${cache} failed:\n${warmed.stderr}`);
}
