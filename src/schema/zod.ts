// The functions of zod the schemas are built with. Imported by name, so that
// the bundle holds these and what they need, not the whole of zod (its
// messages in 40 languages among the rest). The schemas take zod from here
// and never import its values themselves.
import {
  _default,
  array,
  boolean,
  config,
  enum as enum_,
  gt,
  gte,
  int,
  lazy,
  length,
  literal,
  lt,
  lte,
  maxLength,
  minLength,
  multipleOf,
  nullable,
  number,
  object,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  union,
  unknown,
} from 'zod/mini';

// A file is validated once per run: compiling a parser for it with new Function
// costs more than it saves, and a CLI should not need eval.
config({ jitless: true });

const functions = {
  _default,
  array,
  boolean,
  enum: enum_,
  gt,
  gte,
  int,
  // A part built when a file first uses it: a scenario names few of the services.
  lazy,
  length,
  literal,
  lt,
  lte,
  maxLength,
  minLength,
  multipleOf,
  nullable,
  number,
  // Loose: for the files of others (an AWS offer file) whose keys this tool does not own.
  object,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  union,
  unknown,
};

export type ZodFunctions = typeof functions;

export function zod(): ZodFunctions {
  return functions;
}
