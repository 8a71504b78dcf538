// @ts-check
// Lint rules for slcost. Formatting is Prettier's alone (eslint-config-prettier
// turns every style rule off); this file holds the correctness rules and the
// import boundaries between the layers of src/:
//
//   src/core/**                       the provider-neutral cost core: decimal.js and src/core/ only
//   src/providers/<p>/<service>/**    one priced service: src/core/, its own folder, zod, decimal.js,
//                                     the files its provider's services share (PROVIDER_SHARED), and
//                                     another service only through that service's index.js
//   src/providers/<p>/*.ts            a provider's lists of services and checks, and src/providers/*.ts: the
//                                     engine too (decimal.js, zod, pure-rand; src/core/, src/providers/, the
//                                     schema helpers, src/suggest.ts), its services through their index.js
//   anything else in src/             no file system, terminal, child processes, prompts or
//                                     src/prompt/, except src/bin.ts, src/cli.ts, src/commands/,
//                                     src/load/ and src/prompt/ themselves
//
// Imports are checked as written (relative paths with .js, ESM NodeNext), by
// `no-restricted-imports` patterns made for each folder depth below: a
// relative path says which folder it reaches by its number of leading `../`.
// Dynamic import() and require() are checked by `no-restricted-syntax`.
// test/quality/boundaries.test.ts shows each boundary at work.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder depths below a layer's root that get their own patterns; deeper files are not checked. */
const DEPTHS = [0, 1, 2, 3, 4, 5, 6];

/** A regex source: the import path starts with exactly `n` times `../` (n = 0: with `./`). */
const exactlyUp = (n) => (n === 0 ? String.raw`^\./` : String.raw`^(?:\.\./){${n}}(?!\.\./)`);
/** A regex source: the import path starts with at least `n` times `../`. */
const atLeastUp = (n) => String.raw`^(?:\.\./){${n}}`;
/** A glob for the .ts files exactly `depth` folders below `root`. */
const filesAt = (root, depth) => [`${root}/${'*/'.repeat(depth)}*.ts`];

/** The files that may use the file system, the terminal, child processes and prompts. */
const IO_ALLOWED = ['src/bin.ts', 'src/cli.ts', 'src/commands/**', 'src/load/**', 'src/prompt/**'];

const IO_MESSAGE =
  'Only src/bin.ts, src/cli.ts, src/commands/, src/load/ and src/prompt/ use the file system, the terminal, child processes or prompts: read or ask there and pass the values in.';
const PROMPT_MESSAGE = 'src/prompt/ is for src/bin.ts, src/cli.ts, src/commands/ and src/load/ only: ask there and pass the answers in.';

/** Bare module names no file outside IO_ALLOWED imports. */
const IO_MODULES = [
  { regex: String.raw`^(?:node:)?(?:fs|tty|child_process)(?:/|$)`, message: IO_MESSAGE },
  { regex: String.raw`^@inquirer/`, message: IO_MESSAGE },
  { regex: String.raw`^commander$`, message: IO_MESSAGE },
];
/** The same modules loaded by import() or require(), for no-restricted-syntax. */
const IO_DYNAMIC = [
  {
    selector: String.raw`:matches(ImportExpression, CallExpression[callee.name='require']) > Literal[value=/^(node:)?(fs|tty|child_process)\b|^@inquirer\b|^commander$/]`,
    message: IO_MESSAGE,
  },
];
/** src/core and src/providers load nothing at run time: a static import is one the boundaries check. */
const NO_DYNAMIC = [
  {
    selector: "ImportExpression, CallExpression[callee.name='require']",
    message: 'src/core/ and src/providers/ import statically only (import() and require() escape the boundary checks); load lazily in src/cli.ts or src/commands/.',
  },
];

/** A file `depth` folders below src/ that is not in IO_ALLOWED: no I/O modules, and not src/prompt/. */
const ioPatterns = (depth) => [...IO_MODULES, { regex: `${exactlyUp(depth)}prompt/`, message: PROMPT_MESSAGE }];

const CORE_ONLY = 'src/core/ is the provider-neutral cost core: it imports decimal.js and files under src/core/ only (no src/providers, src/load, node:*, zod or yaml).';
/** A file `depth` folders below src/core/. */
const corePatterns = (depth) => [
  { regex: String.raw`^(?![./])(?!decimal\.js$)`, message: CORE_ONLY },
  { regex: atLeastUp(depth + 1), message: CORE_ONLY },
];

const SERVICE_MODULES = 'A service under src/providers/ imports decimal.js, zod and (through relative paths) src/core/ only: no node:*, yaml or other packages.';
const THROUGH_INDEX = "A service imports another service only through that service's index.js (e.g. '../lambda/index.js', not '../lambda/line-items.js').";
const NO_LISTS = "A service does not import its provider's lists (services.js, index.js): they import the services.";
const SERVICE_SRC =
  'A service under src/providers/ imports from src/ only src/core/ and the shared schema helpers (src/schema/zod.ts, price-section.ts, scenario-section.ts, template-section.ts); not src/load, src/report, src/prompt and so on.';
/** The shared schema helpers, as paths below src/. Services may import them. */
const SCHEMA_HELPERS = String.raw`schema/(?:zod|price-section|scenario-section|template-section)\.js$`;
/** The files of a provider's own folder its services share; the others (its estimate, its checks) import the services. */
const PROVIDER_SHARED = ['types', 'architecture', 'containers', 'commitments'];
const PROVIDER_FILES = `A service imports of its provider's own files only those its services share (${PROVIDER_SHARED.map((name) => `../${name}.js`).join(', ')}).`;
/** A file `depth` folders below its service's folder, src/providers/<provider>/<service>/. */
const servicePatterns = (depth) => [
  { regex: String.raw`^(?![./])(?!(?:decimal\.js|zod(?:/.*)?)$)`, message: SERVICE_MODULES },
  // src/providers/<provider>/: another service's index.js, or a file the provider's services share (types, architecture).
  { regex: `${exactlyUp(depth + 1)}[^/]+/(?!index\\.js$)`, message: THROUGH_INDEX },
  { regex: `${exactlyUp(depth + 1)}(?:services|index)\\.js$`, message: NO_LISTS },
  { regex: `${exactlyUp(depth + 1)}(?!(?:${[...PROVIDER_SHARED, 'services', 'index'].join('|')})\\.js$)[^/]+$`, message: PROVIDER_FILES },
  // src/providers/: another provider's service, through its index.js.
  { regex: `${exactlyUp(depth + 2)}(?![^/]+/[^/]+/index\\.js$)`, message: THROUGH_INDEX },
  // src/: the core and the zod helper.
  { regex: `${exactlyUp(depth + 3)}(?!core/|${SCHEMA_HELPERS})`, message: SERVICE_SRC },
  { regex: atLeastUp(depth + 4), message: SERVICE_SRC },
];
/** src/providers/<provider>/*.ts (depth 0) and src/providers/*.ts (depth 1): services through their index.js. */
const providerPatterns = (depth) => [{ regex: `^\\./${'[^/]+/'.repeat(depth)}[^/]+/(?!index\\.js$)`, message: THROUGH_INDEX }];

const ENGINE_MODULES =
  'src/providers/ imports decimal.js, zod and pure-rand only of packages: no node:*, yaml, commander, @inquirer or terminal packages (cli-table3, asciichart, wrap-ansi); read, ask and draw in src/load/, src/prompt/ and src/report/.';
const ENGINE_SRC =
  'src/providers/ imports from src/ only src/core/, src/providers/, the shared schema helpers (src/schema/zod.ts, price-section.ts, scenario-section.ts, template-section.ts) and src/suggest.ts: not src/cli.ts, src/commands/, src/load/, src/report/ or src/prompt/, which import the engine.';
/** A file of src/providers/ outside a service, `depth` folders below src/: the engine, which the command line, the loaders and the reports import, not the other way. */
const enginePatterns = (depth) => [
  { regex: String.raw`^(?![./])(?!(?:decimal\.js|zod(?:/.*)?|pure-rand(?:/.*)?)$)`, message: ENGINE_MODULES },
  { regex: `${exactlyUp(depth)}(?!core/|providers/|suggest\\.js$|${SCHEMA_HELPERS})`, message: ENGINE_SRC },
  { regex: atLeastUp(depth + 1), message: ENGINE_SRC },
];

const restrict = (patterns, syntax) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': ['error', ...syntax],
});

/** The boundaries, one config block per layer and folder depth; later blocks replace earlier ones' options. */
const boundaries = [
  ...DEPTHS.map((depth) => ({
    name: `boundaries/src-depth-${depth}`,
    files: filesAt('src', depth),
    ignores: IO_ALLOWED,
    rules: restrict(ioPatterns(depth), IO_DYNAMIC),
  })),
  // A test beside the code may use the test helpers, as a service's tests do; the boundaries are the code's.
  { name: 'boundaries/providers', files: ['src/providers/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([...enginePatterns(1), ...providerPatterns(1)], NO_DYNAMIC) },
  { name: 'boundaries/provider', files: ['src/providers/*/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([...enginePatterns(2), ...providerPatterns(0)], NO_DYNAMIC) },
  ...DEPTHS.map((depth) => ({ name: `boundaries/core-depth-${depth}`, files: filesAt('src/core', depth), rules: restrict(corePatterns(depth), NO_DYNAMIC) })),
  ...DEPTHS.map((depth) => ({
    name: `boundaries/service-depth-${depth}`,
    files: filesAt('src/providers/*/*', depth),
    // A service's tests sit in its folder and may use the test helpers; the boundaries are the code's.
    ignores: ['**/*.test.ts'],
    rules: restrict(servicePatterns(depth), NO_DYNAMIC),
  })),
];

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'src/**/compiled/', 'test/golden/outputs/', 'test/fixtures/'], 'slcost/ignores'),
  {
    name: 'slcost/files',
    files: ['**/*.{ts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { dropped: _dropped, ...kept } = value` is how the code leaves a key out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Libraries some runs never need (zod, the terminal table, prose wrapping, the chart) are loaded on
      // first use by `require` (the bundle's own), so that runs which do not need them do not pay for them.
      '@typescript-eslint/no-require-imports': [
        'error',
        { allow: [String.raw`^zod/mini$`, String.raw`^cli-table3$`, String.raw`^string-width$`, String.raw`^wrap-ansi$`, String.raw`^asciichart$`] },
      ],
    },
  },
  {
    // bin/slcost.js and the scripts' .cjs files are CommonJS on purpose (Node's ES module loader costs start-up time).
    name: 'slcost/commonjs',
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...boundaries,
  prettier,
);
