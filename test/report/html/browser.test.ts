// The HTML report in a real browser: Debian's Chromium, headless, at a
// desktop's width and a phone's. No console error, every chart drawn with a
// size, nothing wider than the page (and at a desktop's width, no table wider
// than its box), and no request beyond the file itself.
// Without /usr/bin/chromium the test is skipped, saying so, except in CI
// (CI=true), where .ci/run installs it and its absence is a failure.
// UPDATE_SCREENSHOTS=1 writes the README's screenshots to docs/img/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFile } from '../../helpers/files.js';
import { render, SHIPPED } from './render.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!present && !inCi) console.warn(`skipping the browser test: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

// The machine may have no network: without these Chromium waits on connections that are refused.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WIDTHS = [1280, 390] as const;

describe.runIf(present || inCi)('the HTML report in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is needed in CI: .ci/run installs it`).toBe(true);
    profile = mkdtempSync(join(tmpdir(), 'slcost-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const reports: Array<{ name: string; files: readonly string[]; screenshot?: boolean }> = [
    { name: 'growing-api', files: ['scenarios/growing-api.yaml'], screenshot: true },
    { name: 'every shipped scenario', files: SHIPPED },
    // A name of 200 characters without a space, and markup in it, wraps rather than widening the page.
    {
      name: 'a long hostile name',
      files: [
        tempFile(
          `name: "${'<b>x</b>'.repeat(25)}"\ntraffic: { requests_per_month: 1000000 }\nlambda:\n  functions: [{ name: "${'f'.repeat(64)}", memory_mb: 128, duration_ms: 100 }]\ncontainers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 50 }\n`,
          `${'n'.repeat(120)}.yaml`,
        ),
      ],
    },
    // Two providers the functions do not fit: the sentence saying why stood on one line in the column of amounts, the
    // table was wider than its box at 1280 px, and each pricing id broke at its hyphens.
    {
      name: 'providers the functions do not fit',
      files: [
        tempFile(
          'name: Misfit\ntraffic: { requests_per_month: 10000000 }\nlambda:\n  functions:\n    - { name: api, memory_mb: 512, duration_ms: 200, architecture: arm64 }\n    - { name: report-builder, memory_mb: 2048, duration_ms: 400000, requests_per_month: 1000 }\ncompare: [gcp, azure, cloudflare]\n',
          'misfit.yaml',
        ),
      ],
    },
  ];

  for (const report of reports) {
    for (const width of WIDTHS) {
      it(`${report.name} at ${width} px: no console error, charts drawn, nothing overflowing, nothing fetched`, async () => {
        const file = tempFile(render(report.files, 'html'), 'report.html');
        const page = await context.newPage();
        try {
          const problems: string[] = [];
          page.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
          });
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          const url = pathToFileURL(file).href;
          page.on('request', (request) => {
            if (request.url() !== url) problems.push(`request: ${request.url()}`);
          });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url, { waitUntil: 'load' });
          const layout = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement!.scrollWidth,
            innerWidth: window.innerWidth,
            charts: [...document.querySelectorAll('svg.chart')].map((svg) => {
              const box = svg.getBoundingClientRect();
              return { width: box.width, height: box.height, label: svg.getAttribute('aria-labelledby') };
            }),
            sections: document.querySelectorAll('section').length,
            scrolling: [...document.querySelectorAll('.scroll')].filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.querySelector('caption')?.textContent),
            // A y-axis title that a tick's label runs into: on a phone the ticks' text grows.
            crowded: [...document.querySelectorAll('svg.chart')].flatMap((svg) => {
              const shown = (selector: string) =>
                [...svg.querySelectorAll(selector)].filter((text) => getComputedStyle(text).display !== 'none').map((text) => text.getBoundingClientRect());
              const ticks = shown('.tick');
              return shown('.ytitle')
                .filter((title) => ticks.some((tick) => tick.left < title.right && title.left < tick.right && tick.top < title.bottom && title.top < tick.bottom))
                .map(() => svg.getAttribute('aria-labelledby'));
            }),
            // A unit that takes two lines: the cells of a line item's unit.
            brokenUnits: [...document.querySelectorAll('td.nowrap')]
              .filter((cell) => {
                const range = document.createRange();
                range.selectNodeContents(cell);
                return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
              })
              .map((cell) => cell.textContent),
          }));
          expect(problems).toEqual([]);
          expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
          expect(layout.sections).toBe(report.files.length);
          // A table scrolls in its own box on a phone; at a desktop's width every one fits, its headings wrapping.
          if (width === 1280) expect(layout.scrolling).toEqual([]);
          expect(layout.crowded).toEqual([]);
          // At a desktop's width a unit stays on one line ("GB-seconds" broke at its hyphen); on a phone it may wrap.
          if (width === 1280) expect(layout.brokenUnits).toEqual([]);
          expect(layout.charts.length).toBeGreaterThanOrEqual(report.files.length);
          for (const chart of layout.charts) {
            expect(chart.width, `${chart.label} has a width`).toBeGreaterThan(width === 390 ? 300 : 500);
            expect(chart.height, `${chart.label} has a height`).toBeGreaterThan(20);
          }
          if (process.env.UPDATE_SCREENSHOTS && report.screenshot) {
            // The top of the report, where the summary and the two charts are: small enough for the README.
            const height = await page.evaluate(() => {
              const figures = document.querySelectorAll('figure');
              const last = figures[figures.length - 1]!;
              return Math.ceil(last.getBoundingClientRect().bottom + window.scrollY + 16);
            });
            await page.screenshot({ path: `docs/img/${report.name}-${width}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } });
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});
