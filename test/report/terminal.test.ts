// The terminal's tables and sentences: whatever the width, no line is wider, no
// number is broken, and no word is lost.
import { describe, expect, it } from 'vitest';
import { proseLines, UNBROKEN_SPACE, visibleWidth, wrapProse } from '../../src/report/prose.js';
import { ANSI_STYLE, PLAIN } from '../../src/report/style.js';
import { type Column, MIN_TABLE_WIDTH, renderColumns, type Row } from '../../src/report/terminal-table.js';
import { renderEstimateTable } from '../../src/report/table.js';
import { renderEstimateMarkdown } from '../../src/report/markdown.js';
import { estimate } from '../../src/providers/aws/estimate.js';
import { book, fn, scenario } from '../helpers/build.js';
import { runCli } from '../helpers/run-cli.js';

const plain = { header: PLAIN.bold, note: PLAIN.dim };
const widest = (lines: readonly string[]) => Math.max(...lines.map(visibleWidth));
const words = (lines: readonly string[]) => lines.join(' ').split(/\s+/).filter(Boolean);

const ITEMS: readonly Column[] = [
  { header: 'Serverless', align: 'left' },
  { header: 'Quantity', align: 'right' },
  { header: 'Unit', align: 'left' },
  { header: 'Unit price', align: 'right' },
  { header: 'Monthly', align: 'right' },
];
const ROWS: readonly Row[] = [
  ['Lambda requests', '999', '1M requests', '$0.20', '$199.80'],
  { note: '1,000,000,000 requests − 1,000,000 free' },
  ['Duration, x86_64 (first 6B)', '999,600,000', 'GB-seconds', '$0.0000166667', '$16,660.03'],
  ['HTTP API requests (first 300M)', '300', '1M requests', '$1.00', '$300.00'],
  ['Total', '', '', '', '$17,789.83'],
];

describe('renderColumns', () => {
  it('lays a table that fits out as it is: two spaces between columns, numbers right-aligned, notes indented', () => {
    expect(renderColumns(ITEMS.slice(0, 2), [['Lambda requests', '9'], { note: '10,000,000 requests' }, ['Total', '1,234']], plain, 80)).toEqual([
      'Serverless       Quantity',
      'Lambda requests         9',
      '  10,000,000 requests',
      'Total               1,234',
    ]);
  });

  it.each([30, 40, 50, 60, 70, 80, 100, 120])('fits %i columns without breaking a number or losing a word', (width) => {
    const lines = renderColumns(ITEMS, ROWS, plain, width);
    expect(widest(lines)).toBeLessThanOrEqual(width);
    for (const number of ['999,600,000', '$0.0000166667', '$16,660.03', '$17,789.83']) expect(lines.some((line) => line.includes(number))).toBe(true);
    // Narrow, each row is listed with the headers: every word is there, some more than once.
    const shown = new Set(words(lines));
    for (const word of words([
      ...ITEMS.map((column) => column.header),
      ...ROWS.flatMap((row) => ('note' in row ? [row.note] : row.map((cell) => (typeof cell === 'string' ? cell : cell.text)))),
    ]))
      expect(shown).toContain(word);
  });

  it('draws a long table in blocks that line up as one: every row, each number ending in the same column', () => {
    // 250 rows, the 150th wrapped over two lines: drawn in blocks of 100 rows, with the widths the whole table fits.
    const rows: Row[] = Array.from({ length: 250 }, (_, i) => [i === 149 ? 'a name long enough to wrap at forty' : `f${i}`, String(i * 1000)]);
    const lines = renderColumns(ITEMS.slice(0, 2), rows, plain, 40);
    expect(lines).toHaveLength(1 + 250 + 1);
    expect(lines[0]).toBe('Serverless                      Quantity');
    expect(lines[150]).toBe('a name long enough to wrap        149000');
    // Under an indent: from the edge, the rest of a name read as a row of its own.
    expect(lines[151]).toBe('  at forty');
    expect(lines.at(-1)).toBe(`f249${' '.repeat(40 - 4 - 6)}249000`);
    for (const line of lines.slice(1)) if (line !== '  at forty') expect(visibleWidth(line), line).toBe(40);
  });

  it("wraps a row's first cell at its spaces under the row's indent, never inside a word", () => {
    // Functions alike told in one row. The lines after a first cell's first are indented two, so its column is at least
    // its widest word and two: at 47 columns, 9. At 46 it would have to be 8, which broke "report, worker, each" into
    // "report", ", work", "er,": the table is turned on its side instead.
    const columns: readonly Column[] = [
      { header: 'Name', align: 'left' },
      { header: 'Memory', align: 'right' },
      { header: 'Requests/month', align: 'right' },
      { header: 'Billed', align: 'right' },
    ];
    const rows: Row[] = [
      ['report, worker, each', '1,024 MB', '730', '2,000 ms'],
      ['sweeper', '512 MB', '2,190', '600,000 ms'],
    ];
    expect(renderColumns(columns, rows, plain, 47)).toEqual([
      'Name         Memory  Requests/month      Billed',
      'report,    1,024 MB             730    2,000 ms',
      '  worker,',
      '  each',
      'sweeper      512 MB           2,190  600,000 ms',
    ]);
    expect(renderColumns(columns, rows, plain, 46)).toEqual([
      'Name            report, worker,     sweeper',
      '                each',
      'Memory          1,024 MB            512 MB',
      'Requests/month  730                 2,190',
      'Billed          2,000 ms            600,000 ms',
    ]);
  });

  it('narrows the widest text column first and keeps the others whole', () => {
    const lines = renderColumns(ITEMS, ROWS, plain, 80);
    expect(lines[0]).toBe('Serverless                      Quantity  Unit            Unit price     Monthly');
    expect(lines).toContain('HTTP API requests (first             300  1M requests          $1.00     $300.00');
    expect(lines).toContain('  300M)');
  });

  it('wraps a note with a word wider than its room by columns, breaking that word only and losing no character of a wide one', () => {
    const name = '関数名前がとても長い場合どうなるか確認するためのテスト関数';
    const note = `does not fit: ${name}, a-function-with-a-rather-long-name: 512 MB of memory used is over an isolate's 128 MB`;
    for (const width of [30, 40, 50]) {
      const lines = renderColumns(ITEMS.slice(0, 2), [['Cloudflare Workers', '1'], { note }], plain, width);
      expect(widest(lines), lines.join('\n')).toBeLessThanOrEqual(width);
      const noted = lines.slice(2).map((line) => line.trim());
      // Put back together, the note is all there: no line cut short with `…`.
      expect(noted.join('').replaceAll(' ', '')).toBe(note.replaceAll(' ', ''));
      // Only the words too wide for a line are broken.
      expect(noted).toContain('128 MB');
    }
  });

  it("wraps a row's first cell under an indent, in columns and listed, so that no part of a name starts a line as a row would", () => {
    const name = `SQS requests (${'q'.repeat(30)} FORGED Total)`;
    for (const width of [30, 40, 60, 80]) {
      const lines = renderColumns(
        ITEMS,
        [
          [name, '1', '1M requests', '$0.40', '$0.40'],
          ['Total', '', '', '', '$0.40'],
        ],
        plain,
        width,
      );
      expect(
        lines.filter((line) => /^FORGED|^\(q/.test(line)),
        lines.join('\n'),
      ).toEqual([]);
    }
  });

  it('turns a table without notes on its side when its columns cannot fit, and lists each row when that cannot either', () => {
    const columns: Column[] = ['Function', 'Requests/month', 'Billed', 'Avg concurrency', 'Peak concurrency'].map((header, index) => ({ header, align: index ? 'right' : 'left' }));
    const rows = [['api', '1,000,000,000', '500 ms', '190.3', '190.3']];
    expect(renderColumns(columns, rows, plain, 40)).toEqual([
      'Function          api',
      'Requests/month    1,000,000,000',
      'Billed            500 ms',
      'Avg concurrency   190.3',
      'Peak concurrency  190.3',
    ]);
    const many = [rows[0]!, ['invoice-worker', '400,000', '1,450 ms', '0.2', '0.4'], ['nightly-report', '30', '240,000 ms', '<0.1', '<0.1']];
    const lines = renderColumns(columns, many, plain, 40);
    expect(lines.slice(0, 7)).toEqual([
      'Function',
      'api',
      '  Requests/month    1,000,000,000',
      '  Billed            500 ms',
      '  Avg concurrency   190.3',
      '  Peak concurrency  190.3',
      'invoice-worker',
    ]);
    expect(widest(lines)).toBeLessThanOrEqual(40);
  });

  it('styles whole lines, and colour codes take no room', () => {
    const style = { header: ANSI_STYLE.bold, note: ANSI_STYLE.dim };
    const rows: Row[] = [
      ['Lambda requests', '9', '1M requests', '$0.20', ANSI_STYLE.bold('$1.80')],
      { note: 'a note long enough to be wrapped over two lines or more at this width' },
    ];
    const lines = renderColumns(ITEMS, rows, style, 44);
    expect(widest(lines)).toBeLessThanOrEqual(44);
    const noteLines = lines.filter((line) => line.startsWith('\u001b[2m'));
    expect(noteLines.length).toBeGreaterThan(1);
    for (const line of noteLines) expect(line.endsWith('\u001b[22m')).toBe(true);
    expect(lines.join('\n')).toContain('\u001b[1m$1.80\u001b[22m');
  });

  it('wraps a cell with a hanging indent (a line item under its service) under its own words, not under the dot', () => {
    // 24 columns: "Quantity" keeps its 8 and the gap its 2, so the label column has 14; the label is wrapped
    // to 12 (14 less the 2 it is indented by after its first line), and the lines after the first sit under "Lambda".
    const lines = renderColumns(ITEMS.slice(0, 2), [[{ text: '· Lambda logs ingested (first 10K)', hanging: 2 }, '0']], plain, 24);
    expect(lines).toEqual(['Serverless      Quantity', '· Lambda               0', '  logs', '  ingested', '  (first 10K)']);
  });

  it('breaks a word wider than the whole width rather than cutting it off', () => {
    const long = 'x'.repeat(70);
    const lines = renderColumns(ITEMS.slice(0, 2), [[long, '1'], { note: long }], plain, 30);
    expect(widest(lines)).toBeLessThanOrEqual(30);
    expect(lines.join('').replace(/[^x]/g, '')).toHaveLength(140);
  });

  it("lays a table out at its narrowest width below it: at 2 to 8 columns a listed row's header had no room, and cli-table3 wrapped it to none forever", () => {
    const note: Row[] = [...ROWS.slice(0, 2)];
    for (const width of [1, 2, 5, 8, MIN_TABLE_WIDTH - 1]) {
      for (const rows of [ROWS.filter((row) => Array.isArray(row)), note]) {
        const lines = renderColumns(ITEMS, rows, plain, width);
        expect(lines).toEqual(renderColumns(ITEMS, rows, plain, MIN_TABLE_WIDTH));
        expect(widest(lines)).toBeLessThanOrEqual(MIN_TABLE_WIDTH);
        expect(words(lines).join('')).toContain('$0.20');
      }
    }
  });
});

describe('wrapProse', () => {
  it('leaves a line that fits as it is', () => {
    expect(wrapProse('  - short', 80)).toEqual(['  - short']);
  });

  it('wraps at spaces and indents the lines after the first under it', () => {
    expect(wrapProse('  - Set a throttle and a budget alarm: a function scales with any traffic', 30)).toEqual([
      '  - Set a throttle and a',
      '    budget alarm: a function',
      '    scales with any traffic',
    ]);
    expect(wrapProse('warning [id]: one two three four five six', 20, 2)).toEqual(['warning [id]: one', '  two three four', '  five six']);
  });

  it('does not count colour codes, and styles each line whole', () => {
    const text = `${ANSI_STYLE.bold('Growing product API')}  ${ANSI_STYLE.dim('scenarios/growing-api.yaml')}`;
    expect(wrapProse(text, 47)).toEqual([text]);
    const lines = proseLines(['one two three four five six seven'], 12, ANSI_STYLE.warn);
    // eslint-disable-next-line no-control-regex -- colour codes start with ESC
    expect(lines.map((line) => line.replace(/\u001b\[\d+m/g, ''))).toEqual(['one two', '  three four', '  five six', '  seven']);
    // eslint-disable-next-line no-control-regex -- colour codes start with ESC
    for (const line of lines) expect(line).toMatch(/^\u001b\[33m.*\u001b\[39m$/);
  });

  it('never breaks at an unbroken space, and prints it as a space', () => {
    const glued = ['EC2', '$222.80', '/', '$223.31'].join(UNBROKEN_SPACE);
    expect(wrapProse(`Month 2: 11.5M requests · ${glued}`, 30)).toEqual(['Month 2: 11.5M requests ·', '  EC2 $222.80 / $223.31']);
    expect(wrapProse(glued, 80)).toEqual(['EC2 $222.80 / $223.31']);
  });

  it("keeps each platform's P10 / P50 / P90 of an outlook month on one line at 80 columns", () => {
    const printed = runCli(['estimate', 'scenarios/uncertain-api.yaml'], { COLUMNS: '80' }).stdout.split('\n');
    const months = printed.slice(printed.findIndex((line) => line.startsWith('Outlook,')) + 1).filter((line) => /^ {2}(Month| {2})/.test(line));
    expect(months.length).toBeGreaterThan(12);
    for (const line of months) {
      expect(visibleWidth(line)).toBeLessThanOrEqual(80);
      // A set split over two lines would leave a line ending in a figure's " /" or starting with "/ ".
      expect(line.trim()).not.toMatch(/^\/|\/$/);
      expect(line).not.toContain(UNBROKEN_SPACE);
    }
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapProse(`see ${'a'.repeat(50)}`, 20);
    expect(widest(lines)).toBeLessThanOrEqual(20);
    expect(lines.join('').replace(/[^a]/g, '')).toHaveLength(50);
  });
});

describe('renderEstimateTable', () => {
  it('prints ten warnings of a kind of advice and counts the rest, in the place of the eleventh: 100,000 were 200,000 wrapped lines', () => {
    const priced = estimate(scenario({ functions: [fn({ name: 'api', memoryMb: 128, durationMs: 10, requestsPerMonth: 1000 })] }), book());
    const shares = Array.from({ length: 100_000 }, (_, index) => ({ id: 'cold_start_share' as const, message: `note ${index} ${'word '.repeat(20)}` }));
    const other = { id: 'usage_not_in_template' as const, message: 'one of another kind' };
    const many = { ...priced, warnings: [...shares.slice(0, 11), other, ...shares.slice(11)] };
    const lines = renderEstimateTable(many, PLAIN, { width: 80 }).split('\n');
    const warnings = lines.filter((line) => line.startsWith('warning ['));
    expect(warnings.map((line) => line.replace(/^(warning \[[a-z_]+\]: (note \d+|[^;]+)).*$/, '$1'))).toEqual([
      ...Array.from({ length: 10 }, (_, index) => `warning [cold_start_share]: note ${index}`),
      'warning [cold_start_share]: 99,990 more of this kind',
      'warning [usage_not_in_template]: one of another kind',
    ]);
    expect(lines.at(-1)).toBe('warning [usage_not_in_template]: one of another kind');
  });

  it('prints every warning that may make the bill wrong, and every assumption made of a template, however many', () => {
    const priced = estimate(scenario({ functions: [fn({ name: 'api', memoryMb: 128, durationMs: 10, requestsPerMonth: 1000 })] }), book());
    const kinds = ['template_assumption', 'no_usage_given', 'concurrency_limit'] as const;
    const many = { ...priced, warnings: kinds.flatMap((id) => Array.from({ length: 25 }, (_, index) => ({ id, message: `${id} ${index}` }))) };
    const warnings = renderEstimateTable(many, PLAIN, { width: 80 })
      .split('\n')
      .filter((line) => line.startsWith('warning ['));
    expect(warnings).toHaveLength(75);
    expect(warnings.filter((line) => line.includes('more of this kind'))).toEqual([]);
  });

  describe('cold starts and memory advice of many functions', () => {
    const render = (functions: ReturnType<typeof fn>[]) => renderEstimateTable(estimate(scenario({ functions }), book()), PLAIN, { width: 200 }).split('\n');
    // 1,000 requests a month of 100 ms: most of them start cold (about 796 a month, as a template's under one usage default).
    const quiet = (name: string, requestsPerMonth = 1000) => fn({ name, memoryMb: 512, durationMs: 100, requestsPerMonth });

    it('tells functions alike but for their names once, naming them as the function table does', () => {
      const lines = render(Array.from({ length: 30 }, (_, index) => quiet(`f${index}`)));
      const told = lines.filter((line) => / cold starts a month \(/.test(line));
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/^f0, f1, f2 and 27 more, each: about 796 cold starts a month \(79\.6% of requests\)/);
      // Its options once, under it.
      expect(lines.filter((line) => line.startsWith('  1 × provisioned concurrency: '))).toHaveLength(1);
    });

    it('tells the first twenty and counts the functions left out', () => {
      const lines = render(Array.from({ length: 25 }, (_, index) => quiet(`g${index}`, 1000 + 100 * index)));
      const told = lines.filter((line) => / cold starts a month \(/.test(line)).map((line) => line.replace(/:.*$/, ''));
      expect(told).toEqual(Array.from({ length: 20 }, (_, index) => `g${index}`));
      expect(lines).toContain('the cold starts of 5 more functions are left out here; --format json or --format html lists every one');
    });

    it('lists them so in Markdown too, and warnings past ten of a kind as a count', () => {
      const priced = estimate(scenario({ functions: Array.from({ length: 25 }, (_, index) => quiet(`h${index}`, 1000 + 100 * index)) }), book());
      const lines = renderEstimateMarkdown(priced, { file: 'many.yaml' }).split('\n');
      expect(lines.filter((line) => /^- h\d+: about /.test(line))).toHaveLength(20);
      expect(lines).toContain('- the cold starts of 5 more functions are left out here; the JSON output (--format json) or the HTML report lists every one');
      const shares = lines.filter((line) => line.startsWith('> **Warning** (`cold_start_share`)'));
      expect(shares).toHaveLength(11);
      expect(shares.at(-1)).toBe('> **Warning** (`cold_start_share`): 15 more of this kind; the JSON output (--format json) lists every one');
    });

    it('gives memory advice alike in one line, and past twenty lines counts the rest', () => {
      // At 3,008 MB a function of 100 ms does not run faster than at 1,769 MB (one full vCPU): a smaller size costs less.
      const big = (name: string, durationMs: number) => fn({ name, memoryMb: 3008, durationMs, requestsPerMonth: 10_000_000 });
      const alike = render([...Array.from({ length: 7 }, (_, index) => big(`m${index}`, 100))]).filter((line) => line.includes(' instead of 3,008 MB saves '));
      expect(alike).toHaveLength(1);
      expect(alike[0]).toMatch(/^m0, m1, m2 and 4 more, each: 1,769 MB instead of 3,008 MB saves \$/);
      const lines = render(Array.from({ length: 22 }, (_, index) => big(`n${index}`, 100 + index)));
      expect(lines.filter((line) => line.includes(' instead of 3,008 MB saves ')).map((line) => line.replace(/:.*$/, ''))).toEqual(
        Array.from({ length: 20 }, (_, index) => `n${index}`),
      );
      expect(lines).toContain('the memory advice for 2 more functions is left out here; --format json or --format html lists every one');
    });
  });

  it('functions whose every figure is the same share a row naming them, up to five by name, past five the first three and a count', () => {
    const alike = (name: string) => fn({ name, memoryMb: 512, architecture: 'arm64', durationMs: 100, requestsPerMonth: 1_000_000 });
    const functionRows = (names: readonly string[], other = fn({ name: 'big', memoryMb: 2048, architecture: 'arm64', durationMs: 100, requestsPerMonth: 1_000_000 })) => {
      const lines = renderEstimateTable(estimate(scenario({ functions: [...names.map(alike), other] }), book()), PLAIN, { width: 160 }).split('\n');
      const head = lines.findIndex((line) => line.startsWith('Function '));
      return lines.slice(head + 1, head + 3).map((line) => line.replace(/ {2,}.*$/, ''));
    };
    // The figures are each function's own: the row of a, b and c says a million requests, as each has, not three.
    expect(functionRows(['a', 'b', 'c'])).toEqual(['a, b, c, each', 'big']);
    expect(functionRows(['a', 'b', 'c', 'd', 'e'])).toEqual(['a, b, c, d, e, each', 'big']);
    expect(functionRows(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a, b, c and 3 more, each', 'big']);
    const lines = renderEstimateTable(estimate(scenario({ functions: [alike('a'), alike('b')] }), book()), PLAIN, { width: 160 }).split('\n');
    expect(lines.find((line) => line.startsWith('a, b, each'))).toMatch(/^a, b, each +arm64 +512 MB +1,000,000 +100 ms /);
  });
});
