// Bundles the CLI into dist/slcost.cjs and leaves V8's code cache of it next
// to it (dist/slcost.cjs.cache), so that a run starts fast. Runs on
// `npm install` (prepare) and `npm test`.
//  - One CommonJS file: Node 20's ES module loader costs more at start-up than
//    the whole of CommonJS loading. What a command does not need stays lazy
//    inside it: esbuild wraps each dynamically imported module (the commands,
//    and through them zod, cli-table3 and inquirer's prompts) so that it runs
//    only when imported.
//  - One code cache, written by a process that runs a representative set of
//    commands (scripts/warm-cache.cjs): V8 puts in it what those runs compiled.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist', { recursive: true, force: true });
await build({
  absWorkingDir: process.cwd(),
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/slcost.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.env.SLCOST_NO_MINIFY,
  legalComments: 'none',
  logLevel: 'warning',
  // The sources find pricing/ and schemas/ from their own folder; the bundle from its own.
  define: { SLCOST_VERSION: JSON.stringify(version), 'import.meta.dirname': '__dirname' },
  // The file is the function Node wraps a CommonJS module in, so that bin/slcost.js
  // compiles it as read, with the code cache (vm.Script), without building a wrapped copy.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
  plugins: [
    {
      // yaml's ES module build: its CommonJS build loads node:process at start-up for its own debugging switches.
      name: 'yaml-as-es-module',
      setup(context) {
        context.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/yaml/browser/dist/index.js', import.meta.url)) }));
      },
    },
    {
      // string-width remembering the widths it measured (scripts/string-width-remembered.cjs), for cli-table3, wrap-ansi and slcost's own prose.
      name: 'string-width-remembered',
      setup(context) {
        const remembered = fileURLToPath(new URL('./string-width-remembered.cjs', import.meta.url));
        context.onResolve({ filter: /^string-width$/ }, ({ importer }) => (importer === remembered ? undefined : { path: remembered }));
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
  ],
});

// An ASCII bundle is read into a one-byte string; a single other character
// makes V8 decode and hold all of it as two-byte text, about 2 ms of every run.
// esbuild escapes what it can; a tagged template keeps its text as written
// (its raw strings would change), so write \u escapes there. (An unminified
// build, for profiling, keeps the sources' comments as written.)
const nonAscii = !process.env.SLCOST_NO_MINIFY && /\P{ASCII}/u.exec(readFileSync('dist/slcost.cjs', 'utf8'));
if (nonAscii) throw new Error(`dist/slcost.cjs holds a character outside ASCII (${JSON.stringify(nonAscii[0])}), probably in a tagged template: write it as a \\u escape`);

// The shipped price tables, parsed and checked once here rather than on every
// run. Each JSON keeps the YAML text it came from; the CLI uses it only while
// the YAML is unchanged. Before the cache is warmed, so that the warming runs
// read the tables as every run does.
const tables = spawnSync(
  process.execPath,
  ['-e', "require('./bin/slcost.js').loadBundle({ cache: false }).bundle.compileShippedTables().then((tables) => process.stdout.write(JSON.stringify(tables)))"],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (tables.status !== 0) throw new Error(`checking the shipped price tables failed:\n${tables.stderr}`);
for (const { path, json } of JSON.parse(tables.stdout)) {
  mkdirSync(dirname(`dist/pricing/${path}`), { recursive: true });
  writeFileSync(`dist/pricing/${path}`, json);
  // The YAML the JSON was made from, which a run compares with pricing/'s byte for byte.
  copyFileSync(`pricing/${path.replace(/\.json$/, '.yaml')}`, `dist/pricing/${path.replace(/\.json$/, '.yaml')}`);
}

// The runs whose compiled code the cache keeps: the commands run most, in their
// usual output formats, on scenarios that between them use every part of the
// engine, and a SAM template with its usage file. Another command
// compiles what it needs of its own as it runs.
const warmRuns = [
  ['estimate', 'scenarios/growing-api.yaml', 'scenarios/provisioned-api.yaml'],
  ['estimate', '--format', 'json', 'scenarios/growing-api.yaml', 'scenarios/provisioned-api.yaml'],
  ['estimate', 'scenarios/templates/thumbnail-sam/template.yaml', '--usage', 'scenarios/templates/thumbnail-sam/usage.yaml'],
  ['breakeven', 'scenarios/growing-api.yaml', '--format', 'csv', '--points', '100'],
  ['breakeven', 'scenarios/growing-api.yaml'],
];
const warmed = spawnSync(process.execPath, ['scripts/warm-cache.cjs', ...warmRuns.flatMap((argv) => ['--', ...argv])], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
if (warmed.status !== 0) throw new Error(`warming the code cache failed:\n${warmed.stderr}`);
