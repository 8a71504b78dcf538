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

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'slcost.cjs');
/**
 * Libraries bundled apart, each with a code cache of its own, and loaded when
 * the bundle first asks for them: zod, which only templates, usage, answers
 * and custom pricing files, and error messages, need. Kept out of the bundle
 * and its cache, they cost the runs that do not use them nothing; with a cache
 * of their own, the runs that do use them compile nothing.
 */
const CHUNKS = new Set(['./zod.cjs']);

/** Every script this process compiled, by file: the build writes each one's code cache. */
const scripts = new Map();

/** A file of dist/ compiled (through a code cache, when there is one) and run as a CommonJS module. */
function loadScript(file, cacheFile = `${file}.cache`) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  // The command's own cache, else the one for all commands (a command without one of its own), else none.
  for (const candidate of cacheFile === null ? [] : [cacheFile, `${file}.cache`]) {
    try {
      cachedData = readFileSync(candidate);
      break;
    } catch {
      cachedData = undefined;
    }
  }
  // The file is a function expression already, wrapped as Node wraps a CommonJS module (see scripts/build.mjs).
  const script = new Script(source, { filename: file, cachedData });
  scripts.set(file, script);
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, bundleRequire, module, file, dirname(file));
  return module.exports;
}

const chunks = new Map();

/**
 * The require the bundle and its chunks are given: a chunk through loadScript,
 * once; the bundle's other neighbours (dist/inquirer.cjs) and Node's own
 * modules through this file's require, without building a second one (createRequire).
 */
function bundleRequire(id) {
  if (CHUNKS.has(id)) {
    if (!chunks.has(id)) chunks.set(id, loadScript(join(DIST, id)));
    return chunks.get(id);
  }
  return require(id.startsWith('.') ? join(DIST, id) : id);
}

/**
 * The bundle's code cache for a command line. The build leaves one cache for
 * all commands, and leaner ones for the commands run most, each holding what
 * that command compiles (an estimate need not read in the break-even sweep or
 * the JSON writer). Any of them fits the bundle: a function one lacks is
 * compiled when first called, so the choice changes speed, never behaviour.
 */
function cacheFor(argv) {
  const [command] = argv;
  if (command !== 'estimate' && command !== 'breakeven') return `${BUNDLE}.cache`;
  const json = argv.some((arg, i) => arg === '--format=json' || arg === '-fjson' || ((arg === '--format' || arg === '-f') && argv[i + 1] === 'json'));
  return join(DIST, `slcost.${command}${json ? '-json' : ''}.cache`);
}

/** The bundle's exports, and the compiled script. `cacheFile`: the code cache to compile it through; null for none. */
function loadBundle(cacheFile = `${BUNDLE}.cache`) {
  const bundle = loadScript(BUNDLE, cacheFile);
  return { bundle, script: scripts.get(BUNDLE) };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  let bundle;
  try {
    bundle = loadBundle(cacheFor(argv)).bundle;
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      process.stderr.write('slcost: the CLI is not built yet; run `npm install` (or `npm run build`) in the slcost folder first\n');
      process.exit(3);
    }
    throw error;
  }
  bundle.run(argv);
}

module.exports = { loadBundle, cacheFor, BUNDLE, scripts, bundleRequire };
