// zod, loaded on first use: a valid scenario file never needs it (the CLI
// reads one with the parser written out from the schemas, compiled/), and
// setting zod up costs half a millisecond of every run that loads it. The
// build bundles the functions below, and only those, as dist/zod.cjs, a chunk
// with a code cache of its own (see bin/slcost.js); `require` is the bundle's
// there, and Node's under the test runner. The schemas build with this and
// never import zod's values themselves.
import type * as Zod from 'zod/mini';

/** What the CLI uses of zod: the build reads this list to write the chunk, and the type below holds the sources to it. */
export const ZOD_FUNCTIONS = [
  '_default',
  'array',
  'boolean',
  'config',
  'enum',
  'gt',
  'gte',
  'int',
  'length',
  'literal',
  'lt',
  'lte',
  'maxLength',
  'minLength',
  'multipleOf',
  'nullable',
  'number',
  'optional',
  'record',
  'regex',
  'strictObject',
  'string',
  'union',
  'unknown',
] as const;

export type ZodFunctions = Pick<typeof Zod, (typeof ZOD_FUNCTIONS)[number]>;

let loaded: ZodFunctions | undefined;

export function zod(): ZodFunctions {
  if (!loaded) {
    loaded = require('zod/mini') as ZodFunctions;
    // Each file is validated once per run: compiling a fast parser with new Function
    // costs more than it saves, and a CLI should not need eval.
    loaded.config({ jitless: true });
  }
  return loaded;
}
