// Runs slcost in this process, as a user would, then writes V8's code cache
// of the bundle: it holds what the runs compiled. The build runs this in a
// process of its own (scripts/build.mjs), so that nothing else is compiled
// into the cache. Usage:
//   node scripts/warm-cache.cjs -- ARGS... [-- ARGS...]
'use strict';
const { writeFileSync } = require('node:fs');
const { CACHE, loadBundle } = require('../bin/slcost.js');

const runs = [];
for (const arg of process.argv.slice(2)) {
  if (arg === '--') runs.push([]);
  else runs.at(-1).push(arg);
}

const { bundle, script } = loadBundle({ cache: false });
let errors = '';
const quiet = { stdout: () => {}, stderr: (text) => (errors += text), color: false, columns: 80, interactive: false };

(async () => {
  for (const argv of runs.slice(0, -1)) {
    const code = await bundle.main(argv, quiet);
    if (code !== 0) throw new Error(`slcost ${argv.join(' ')} exited ${code} while warming the code cache:\n${errors}`);
  }
  // The last through the CLI's own entry point, so that what every run starts with is compiled too (its output goes where this process's goes).
  process.on('exit', (code) => {
    if (code === 0) writeFileSync(CACHE, script.createCachedData());
  });
  bundle.run(runs.at(-1));
})().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
