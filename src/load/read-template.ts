// Reading a Serverless Framework serverless.yml or an AWS SAM template.yaml:
// CloudFormation's short-form tags (!Ref, !If, !GetAtt, …) become their long
// forms ({ Ref: … }, { "Fn::If": […] }), duplicate keys keep the last value
// with a warning (as most tools do), and a cookiecutter template is recognised
// and sent back to be rendered first.
import type * as JsYaml from 'js-yaml';
import { InputError } from '../core/errors.js';
import { jsYaml } from './js-yaml.js';
import { preparsedYaml, readInputText, type YamlFile } from './read-yaml.js';

export type TemplateKind = 'sam' | 'serverless';

const longName = (tag: string) => (tag === '!Ref' ? 'Ref' : tag === '!Condition' ? 'Condition' : `Fn::${tag.slice(1)}`);

let cfnSchema: JsYaml.Schema | undefined;

/** The core schema with CloudFormation's short-form tags, built on first use (as js-yaml is loaded). */
function cfnSchemaOf(): JsYaml.Schema {
  const { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag } = jsYaml();
  return (cfnSchema ??= CORE_SCHEMA.withTags(
    defineScalarTag('!', {
      matchByTagPrefix: true,
      resolve: (source, _explicit, tag) => (tag === '!GetAtt' ? { 'Fn::GetAtt': source.split('.') } : { [longName(tag)]: source }),
      identify: () => false,
    }),
    defineSequenceTag('!', {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, items: [] as unknown[] }),
      addItem: (carrier, item) => {
        carrier.items.push(item);
      },
      finalize: (carrier) => ({ [longName(carrier.tag)]: carrier.items }),
      identify: () => false,
    }),
    defineMappingTag('!', {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, entries: {} as Record<string, unknown> }),
      addPair: (carrier, key, value) => {
        carrier.entries[String(key)] = value;
        return '';
      },
      has: (carrier, key) => Object.hasOwn(carrier.entries, String(key)),
      keys: (result) => Object.keys(result),
      get: (result, key) => (result as Record<string, unknown>)[String(key)],
      finalize: (carrier) => ({ [longName(carrier.tag)]: carrier.entries }),
      identify: () => false,
    }),
  ));
}

/** What kind of file this text is: a SAM template, a serverless.yml, or neither (a scenario). */
export function templateKind(text: string): TemplateKind | null {
  if (/^(AWSTemplateFormatVersion|Transform)\s*:/m.test(text)) return 'sam';
  if (/^Resources\s*:/m.test(text)) return 'sam';
  if (/^service\s*:/m.test(text) && /^(provider|functions)\s*:/m.test(text)) return 'serverless';
  return null;
}

export interface TemplateFile extends YamlFile {
  readonly kind: TemplateKind;
  /** Things the reader had to decide, for the output. */
  readonly warnings: readonly string[];
}

export function readTemplate(file: string, kind: TemplateKind): TemplateFile {
  const text = readInputText(file);
  return parseTemplate(file, text, kind);
}

export function isCookiecutter(text: string): boolean {
  return /\{\{\s*cookiecutter|\{%-?\s/.test(text);
}

export function parseTemplate(file: string, text: string, kind: TemplateKind): TemplateFile {
  if (isCookiecutter(text)) {
    throw new InputError('is a cookiecutter template, not YAML yet: render it first (sam init, or cookiecutter), then estimate the rendered file', { file });
  }
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = jsYaml().load(text, { filename: file, schema: cfnSchemaOf(), maxAliases: 100 });
  } catch (error) {
    if (!(error instanceof jsYaml().YAMLException)) throw error;
    if (!/duplicated mapping key/.test(error.reason)) {
      const mark = error.mark;
      throw new InputError(`invalid YAML: ${error.reason}`, mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file });
    }
    // As most tools do, the last of two equal keys wins; say which.
    const mark = error.mark;
    const key = mark ? /^\s*["']?([^:"']+)["']?\s*:/.exec(text.split('\n')[mark.line] ?? '')?.[1] : undefined;
    warnings.push(`duplicate key ${key ? `"${key}" ` : ''}${mark ? `at line ${mark.line + 1} ` : ''}(and maybe others): the last value is used`);
    data = jsYaml().load(text, { filename: file, schema: cfnSchemaOf(), maxAliases: 100, json: true });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError('is not a template: expected a mapping at the top', { file });
  return { ...preparsedYaml(file, text, data), kind, warnings };
}
