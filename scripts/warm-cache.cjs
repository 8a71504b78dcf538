// Runs slcost in this process, as a user would, and writes V8's code cache
// of what the runs compiled: the bundle's to the file given, and with
// --chunks each loaded chunk's next to the chunk. The build runs this once
// per cache (see scripts/build.mjs); a cache holds what its process compiled,
// so each needs a process of its own. Usage:
//   node scripts/warm-cache.cjs CACHE_FILE [--chunks] -- ARGS... [-- ARGS...]
'use strict';
const { writeFileSync } = require('node:fs');
const cli = require('../bin/slcost.js');

const [cacheFile, ...rest] = process.argv.slice(2);
const withChunks = rest[0] === '--chunks';
const runs = [];
for (const arg of withChunks ? rest.slice(1) : rest) {
  if (arg === '--') runs.push([]);
  else runs.at(-1).push(arg);
}

// Compiled from source, so that the cache holds exactly what these runs compiled.
const { bundle } = cli.loadBundle(null);
let errors = '';
const quiet = { stdout: () => {}, stderr: (text) => (errors += text), color: false, columns: 80, interactive: false };

(async () => {
  for (const argv of runs.slice(0, -1)) {
    const code = await bundle.main(argv, quiet);
    if (code !== 0) throw new Error(`slcost ${argv.join(' ')} exited ${code} while warming ${cacheFile}:\n${errors}`);
  }
  // The last through the CLI's own entry point, so that what every run starts with is compiled too (its output goes where this process's goes).
  process.on('exit', (code) => {
    if (code !== 0) return;
    writeFileSync(cacheFile, cli.scripts.get(cli.BUNDLE).createCachedData());
    if (withChunks) for (const [file, script] of cli.scripts) if (file !== cli.BUNDLE) writeFileSync(`${file}.cache`, script.createCachedData());
  });
  bundle.run(runs.at(-1));
})().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
