// js-yaml, loaded on its first use. Most runs never use it: scenario files are
// read by plain-yaml.ts and the shipped price tables by the build, and setting
// js-yaml up (its schemas, its tag tables) costs a millisecond of every run
// that loads it. `require` is the bundle's own, for which esbuild bundles the
// package and runs its top level at this call; under the test runner, Node's.
import type * as JsYaml from 'js-yaml';

let loaded: typeof JsYaml | undefined;

export function jsYaml(): typeof JsYaml {
  return (loaded ??= require('js-yaml') as typeof JsYaml);
}
