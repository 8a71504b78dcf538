#!/usr/bin/env node
// Starts the bundled CLI. The bundle is CommonJS, compiled through V8's code
// cache that the build leaves next to it, so that a run neither pays for the
// ES module loader nor parses and compiles the bundle from scratch. A cache
// that does not fit this Node (another version, other flags) is ignored by
// V8, and the bundle is compiled as usual. This file is CommonJS too
// (bin/package.json says so), so nothing here starts the ES module loader.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'slcost.cjs');

/** The bundle's exports, and the compiled script (whose code cache the build writes). */
function loadBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${BUNDLE}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The file is a function expression already, wrapped as Node wraps a CommonJS module (see scripts/build.mjs).
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  // The bundle requires Node's own modules, and its neighbour dist/inquirer.cjs by a relative
  // path: this file's require does both, without building a second one (createRequire).
  const bundleRequire = (id) => require(id.startsWith('.') ? join(dirname(BUNDLE), id) : id);
  script.runInThisContext().call(module.exports, module.exports, bundleRequire, module, BUNDLE, dirname(BUNDLE));
  return { bundle: module.exports, script };
}

if (require.main === module) {
  let loaded;
  try {
    loaded = loadBundle();
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      process.stderr.write('slcost: the CLI is not built yet; run `npm install` (or `npm run build`) in the slcost folder first\n');
      process.exit(3);
    }
    throw error;
  }
  loaded.bundle.run(process.argv.slice(2));
}

module.exports = { loadBundle, BUNDLE };
