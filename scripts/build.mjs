// Bundles the CLI into dist/: one small entry and one chunk per command, so a
// command loads only what it uses. Runs on `npm install` (prepare) and `npm test`.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

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
  minify: true,
  legalComments: 'none',
  define: { SLCOST_VERSION: JSON.stringify(version) },
  // yaml ships CommonJS for Node; its require() calls of Node built-ins need a real require.
  banner: { js: "import{createRequire as __slcostRequire}from'node:module';const require=__slcostRequire(import.meta.url);" },
  logLevel: 'warning',
});
