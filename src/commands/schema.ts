// slcost schema: the shipped JSON Schemas, which the test suite keeps equal to the zod schemas they come from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { SCHEMA_HELP } from './help.js';
import { type Io, parseFlags } from './shell.js';

const FILES = { scenario: 'scenario.schema.json', output: 'estimate.schema.json', outputs: 'estimates.schema.json' } as const;

/** The folder of shipped JSON Schemas, found from where this code runs. */
export function shippedSchemasDir(): string {
  for (const relative of ['../schemas/', '../../schemas/']) {
    const dir = join(import.meta.dirname, relative);
    if (existsSync(`${dir}${FILES.scenario}`)) return dir;
  }
  throw new Error('the schemas/ folder that ships with slcost is missing');
}

export function printSchema(kind: string): string {
  if (!(kind in FILES)) throw new InputError(`no schema "${kind}"; there are: ${Object.keys(FILES).join(', ')}`);
  return readFileSync(`${shippedSchemasDir()}${FILES[kind as keyof typeof FILES]}`, 'utf8');
}

export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(args, { output: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return 0;
  }
  io.stdout(printSchema(values.output ? 'output' : (positionals[0] ?? 'scenario')));
  return 0;
}
