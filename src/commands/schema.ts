// slcost schema: the shipped JSON Schemas, which the test suite keeps equal to the zod schemas they come from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Io } from './shell.js';

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
  if (!Object.hasOwn(FILES, kind)) throw new InputError(`no schema "${kind}"; there are: ${Object.keys(FILES).join(', ')}`);
  return readFileSync(`${shippedSchemasDir()}${FILES[kind as keyof typeof FILES]}`, 'utf8');
}

export async function schemaCommand(kind: string, io: Io): Promise<number> {
  io.stdout(printSchema(kind));
  return 0;
}
