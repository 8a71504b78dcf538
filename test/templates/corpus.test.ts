// The template readers over the real-world corpus: 1,792 serverless.yml and
// SAM files from public repositories. None may crash the tool: each yields an
// estimate or a specific input error. The counts are printed and kept in the README,
// with how many templates have a resource priced besides their functions (a
// queue, a table: whatever the services in the \`services:\` block read).
// The corpus is not part of the repository: the test runs when SLCOST_TEMPLATE_CORPUS
// names the folder that holds it, and is skipped otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/providers/aws/estimate.js';
import { SlcostError } from '../../src/core/errors.js';
import { findPricingVersion, loadPriceBook, shippedPricingDir } from '../../src/load/load-pricing.js';
import { loadTemplateScenario } from '../../src/load/load-template.js';
import { isCookiecutter, templateKind } from '../../src/load/read-template.js';
import { aws } from '../../src/providers/aws/index.js';

const CORPUS = process.env.SLCOST_TEMPLATE_CORPUS ?? '';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const hasCorpus = (() => {
  if (!CORPUS) return false;
  try {
    return statSync(CORPUS).isDirectory();
  } catch {
    return false;
  }
})();

describe.skipIf(!hasCorpus)('the real-world template corpus', () => {
  it('every file estimates or fails with a specific input error', () => {
    const book = loadPriceBook(findPricingVersion(shippedPricingDir(), null));
    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const files = yamlFiles(CORPUS);
    // The services a template's resources are priced by: those whose template section reads some resource type.
    const around = (aws.services as readonly { id: string; template?: { types: readonly string[] } }[])
      .filter((service) => service.template?.types.length)
      .map((service) => service.id);
    const withResources = new Map<string, number>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const kind = templateKind(text);
      if (!kind) {
        count(isCookiecutter(text) ? 'refused: cookiecutter template, render it first' : 'not a serverless.yml or SAM template');
        continue;
      }
      try {
        const scenario = loadTemplateScenario(relative(CORPUS, file), text, kind, { usageFile: null });
        // Price every one where its region can be priced, and in us-east-1 otherwise, so that the estimate runs for all.
        const region = book.regions[scenario.region] ? scenario.region : 'us-east-1';
        const priced = estimate({ ...scenario, region }, book);
        count(`estimated (${kind})`);
        const services = around.filter((id) => priced.platforms[0]!.lineItems.some((item) => item.id.startsWith(`${id}.`)));
        if (services.length) withResources.set(relative(CORPUS, file), services.length);
      } catch (error) {
        if (!(error instanceof SlcostError)) throw new Error(`${relative(CORPUS, file)}: ${(error as Error).stack}`, { cause: error });
        const message = error.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
        count(
          `input error (${kind}): ${/not YAML yet|cookiecutter/.test(message) ? 'cookiecutter template, render it first' : /provider/.test(message) ? 'non-AWS provider' : /no Lambda functions/.test(message) ? 'no Lambda functions' : /invalid YAML/.test(message) ? 'invalid YAML' : /API Gateway/.test(message) ? 'API not priced in its region' : message.slice(0, 60)}`,
        );
      }
    }
    const lines = [...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `${String(n).padStart(5)}  ${outcome}`);
    console.log(`${files.length} files\n${lines.join('\n')}\n${withResources.size} templates with a resource priced besides their functions (${around.join(', ')})`);
    expect(files.length).toBe(1792);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(1792);
    // The README's table of the corpus, held exactly: a change that refused ten of SAM's own test templates (they say
    // %YAML 1.1) passed a bound of "more than 950" while the README went on saying 988. A change that moves these
    // moves the README with them.
    expect(outcomes.get('estimated (sam)')).toBe(988);
    expect(outcomes.get('estimated (serverless)')).toBe(143);
    expect(outcomes.get('input error (sam): invalid YAML')).toBe(5);
    expect(withResources.size).toBe(231);
  });
});
