// The break-even chart in a pull-request comment: a Mermaid xychart-beta block.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import { mermaidText, mermaidVolumes } from '../../src/report/mermaid.js';
import { render } from './html/render.js';

const block = (markdown: string) => markdown.match(/```mermaid\n([\s\S]*?)```/)?.[1] ?? null;

describe('the Mermaid break-even chart', () => {
  it('growing-api: round volumes around its 10M and its crossovers (34.6M, 89M), one line per platform, the bill at 10M on the serverless line', () => {
    const text = block(render(['scenarios/growing-api.yaml'], 'markdown'))!;
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0072B2, #D55F00, #009F73"}}}}%%');
    expect(lines[1]).toBe('xychart-beta');
    // A decade below the lowest mark (10M / 10 = 1M) to a decade above the highest (89M × 10 = 890M), in 1-2-5 steps.
    expect(lines).toContain('  x-axis "requests a month" ["1M", "2M", "5M", "10M", "20M", "50M", "100M", "200M", "500M"]');
    const series = lines.filter((line) => line.startsWith('  line ['));
    expect(series).toHaveLength(3);
    for (const line of series) expect(line.match(/-?\d+\.\d\d/g)).toHaveLength(9);
    // Serverless at 10M: 9 × $0.20 + 600,000 GB-s × $0.0000133334 + 10 × $1.00 = $1.80 + $8.00 + $10.00 (the README's bill).
    expect(series[0]!.match(/-?\d+\.\d\d/g)![3]).toBe('19.80');
    expect(render(['scenarios/growing-api.yaml'], 'markdown')).toContain('Lines: Serverless (blue), EC2 (vermillion), Fargate (green)');
  });

  it('is left out without containers, and with --quiet', () => {
    expect(block(render(['scenarios/light-startup-api.yaml'], 'markdown'))).toBeNull();
    expect(block(render(['scenarios/growing-api.yaml'], 'markdown', { quiet: true }))).toBeNull();
  });

  it('keeps a quote or a line break from ending a Mermaid string or statement', () => {
    expect(mermaidText('a "b"\nc')).toBe('a #quot;b#quot; c');
  });

  it('takes the whole range when no mark is in it', () => {
    expect(mermaidVolumes(new Decimal(1000), new Decimal(10_000), []).map((volume) => volume.toNumber())).toEqual([1000, 2000, 5000, 10_000]);
  });
});
