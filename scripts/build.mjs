// Bundles the CLI into dist/: one small entry and one chunk per command, so a
// command loads only what it uses. Runs on `npm install` (prepare) and `npm test`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { slcost: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.SLCOST_NO_MINIFY ? false : true,
  legalComments: 'none',
  define: { SLCOST_VERSION: JSON.stringify(version) },
  // yaml ships CommonJS for Node; its require() calls of Node built-ins need a real require.
  banner: { js: "import{createRequire as __slcostRequire}from'node:module';const require=__slcostRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The shipped price tables, parsed once here rather than on every run. Each
// JSON keeps the YAML text it came from; the CLI uses it only while the YAML
// is unchanged, and validates it like any table.
for (const provider of readdirSync('pricing', { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  mkdirSync(`dist/pricing/${provider.name}`, { recursive: true });
  for (const file of readdirSync(`pricing/${provider.name}`).filter((name) => /^\d{4}-\d{2}-\d{2}\.ya?ml$/.test(name))) {
    const source = readFileSync(`pricing/${provider.name}/${file}`, 'utf8');
    const compiled = JSON.stringify({ source, data: load(source, { maxAliases: 100 }) });
    writeFileSync(`dist/pricing/${provider.name}/${file.replace(/\.ya?ml$/, '.json')}`, compiled);
  }
}
