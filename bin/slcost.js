#!/usr/bin/env node
// Starts the bundled CLI. The bundle is CommonJS, compiled through the V8 code
// cache the build leaves next to it (scripts/build.mjs), so that a run neither
// pays for the ES module loader nor parses and compiles the bundle from
// scratch. A cache that does not fit this Node (another version, other flags)
// is refused by V8, and the bundle is compiled as usual; so is a missing one.
// This file is CommonJS too (bin/package.json says so).
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'slcost.cjs');
const CACHE = `${BUNDLE}.cache`;

/** The bundle's exports, and its compiled script; `cache: false` compiles it from source alone. */
function loadBundle({ cache = true } = {}) {
  // ASCII, as the build checks: read as Latin-1, the same text without UTF-8's decoding.
  const source = readFileSync(BUNDLE, 'latin1');
  let cachedData;
  if (cache) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      // no cache: compiled from source
    }
  }
  // The bundle is a function expression, wrapped as Node wraps a CommonJS module (see scripts/build.mjs).
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, BUNDLE, dirname(BUNDLE));
  return { bundle: module.exports, script };
}

if (require.main === module) {
  let bundle;
  try {
    bundle = loadBundle().bundle;
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      process.stderr.write('slcost: the CLI is not built yet; run `npm install` (or `npm run build`) in the slcost folder first\n');
      process.exit(3);
    }
    throw error;
  }
  bundle.run(process.argv.slice(2));
}

module.exports = { loadBundle, BUNDLE, CACHE };
