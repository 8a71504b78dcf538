// Text a user wrote is printed back as text: control characters never reach
// the terminal, a newline in a name never starts a line of its own, and a name
// never closes or opens HTML in a pull-request comment.
import { describe, expect, it } from 'vitest';
import { jsonText, markdownCode, markdownText, terminalText } from '../../src/report/escape.js';
import { tempFile } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

// ESC (a colour, a screen clear), OSC 52 (writes the clipboard), BEL, NUL, a right-to-left override, and a newline that forges a warning.
const HOSTILE_NAME = 'api\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u0000\u202e\nwarning [budget]: forged';
const scenario = (name: string) =>
  [
    `name: ${JSON.stringify(`demo ${name}`)}`,
    'traffic:',
    '  requests_per_month: 1000000',
    'lambda:',
    '  functions:',
    `    - name: ${JSON.stringify(name)}`,
    '      memory_mb: 128',
    '      duration_ms: 100',
    '      reserved_concurrency: 0',
    '',
  ].join('\n');

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('text a user wrote, printed back', () => {
  it('reaches the terminal with every control character as an escape, and forges no line', () => {
    const file = tempFile(scenario(HOSTILE_NAME));
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain('api\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\x00\\u202e\\nwarning [budget]: forged');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('warning [budget]'))).toEqual([]);
  });

  it.each([['csv'], ['json'], ['markdown']])('reaches the terminal as text in --format %s too, and in the break-even chart', (format) => {
    const file = tempFile(`${scenario(HOSTILE_NAME)}containers:\n  ec2: { instance_type: t3.micro, requests_per_second_per_instance: 50 }\n`);
    for (const args of [
      ['estimate', file, '--format', format],
      ['breakeven', file, ...(format === 'markdown' ? [] : ['--format', format])],
    ]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      // CSV ends its rows with CR LF, as RFC 4180 says.
      expect(result.stdout.replaceAll('\r\n', '\n')).not.toMatch(CONTROL);
      expect(result.stdout.split(/\r?\n/).filter((line) => line.startsWith('warning [budget]'))).toEqual([]);
    }
  });

  it('names a queue, a table and a topic in line items as text, in the terminal and in the comment', () => {
    const around = `services:\n  sqs: [{ name: ${JSON.stringify(HOSTILE_NAME)}, requests_per_month: 5000000 }]\n  dynamodb: [{ name: ${JSON.stringify(`<b>${HOSTILE_NAME}`)}, reads_per_month: 1000000, writes_per_month: 1000 }]\n`;
    const file = tempFile(`${scenario('api')}${around}`);
    const table = runCli(['estimate', file]);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(CONTROL);
    expect(table.stdout.split('\n').filter((line) => line.startsWith('warning [budget]'))).toEqual([]);
    const markdown = runCli(['estimate', file, '--format', 'markdown']);
    expect(markdown.stdout).not.toMatch(CONTROL);
    expect(markdown.stdout).not.toContain('<b>');
    expect(markdown.stdout).toContain('&lt;b&gt;');
  });

  it('is quoted in an error with its control characters as escapes', () => {
    const file = tempFile(`name: x\n"bad\\u001b]52;c;ZXZpbA==\\u0007key": 1\nlambda:\n  functions:\n    - { name: a, memory_mb: 128, duration_ms: 1, requests_per_month: 1 }\n`);
    const result = runCli(['estimate', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(CONTROL);
    expect(result.stderr).toContain('unknown key "bad\\x1b]52;c;ZXZpbA==\\x07key"');
  });

  it('cannot close a <details> or open a tag in the Markdown comment, nor add a table row', () => {
    const file = tempFile(scenario('api</details><img src=x onerror=alert(1)>\n| forged | row |'));
    const result = runCli(['estimate', file, '--format', 'markdown']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('</details><img');
    expect(result.stdout).toContain('api&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;\\n\\| forged \\| row \\|');
    expect(result.stdout.split('\n').filter((line) => line.startsWith('| forged'))).toEqual([]);
  });

  it('reaches the terminal and the comment as text in a diff and a decision too', () => {
    const file = tempFile(scenario(HOSTILE_NAME));
    for (const format of ['table', 'markdown']) {
      const diff = runCli(['diff', file, file, '--format', format]);
      expect(diff.status).toBe(0);
      expect(diff.stdout).not.toMatch(CONTROL);
      // In Markdown the bracket is escaped too: it could open a link.
      expect(diff.stdout).toContain(format === 'markdown' ? 'api\\x1b\\[2J' : 'api\\x1b[2J');
    }
  });

  it('names a queue in a diff’s line items as text (before, the diff’s own rows printed it raw)', () => {
    const file = tempFile(`${scenario('api')}services:\n  sqs: [{ name: ${JSON.stringify(`<b>${HOSTILE_NAME}`)}, requests_per_month: 5000000 }]\n`);
    for (const format of ['table', 'markdown']) {
      const diff = runCli(['diff', file, file, '--format', format]);
      expect(diff.status).toBe(0);
      expect(diff.stdout).not.toMatch(CONTROL);
      expect(diff.stdout.split('\n').filter((line) => line.startsWith('warning [budget]'))).toEqual([]);
    }
    expect(runCli(['diff', file, file, '--format', 'markdown']).stdout).toContain('SQS standard requests (&lt;b&gt;api\\x1b\\[2J');
  });

  it('is escaped in the over-budget line and in the break-even note, on standard error (before, both were raw)', () => {
    const running = scenario(HOSTILE_NAME).replace('      reserved_concurrency: 0\n', '');
    const over = runCli(['estimate', tempFile(`${running}budget: { monthly_usd: 0.01 }\n`), '--no-free-tier']);
    expect(over.status).toBe(1);
    expect(over.stderr).not.toMatch(CONTROL);
    expect(over.stderr).toContain('over budget: demo api\\x1b[2J');
    expect(over.stderr.split('\n').filter((line) => line.startsWith('warning [budget]'))).toEqual([]);
    const note = runCli(['breakeven', tempFile(running.replace('memory_mb: 128', 'memory_mb: 512')), '--compare', 'cloudflare']);
    expect(note.status).toBe(0);
    expect(note.stderr).not.toMatch(CONTROL);
    expect(note.stderr).toContain('Cloudflare Workers does not fit: api\\x1b[2J');
  });

  it('shows a line or paragraph separator as an escape: a reader splitting lines as Unicode does read the text after one as a line of its own', () => {
    expect(terminalText('api\u2028warning [budget]: forged\u2029x')).toBe('api\\u2028warning [budget]: forged\\u2029x');
    expect('api\u2028warning [budget]: forged'.split(/\r?\n|\u2028|\u2029/)).toHaveLength(2);
    expect(terminalText('api\u2028warning [budget]: forged').split(/\r?\n|\u2028|\u2029/)).toHaveLength(1);
  });

  it('shows a character that prints as nothing as an escape, so that two names cannot pass for one; the joiners scripts and emoji need stay', () => {
    expect(terminalText('a\u200bpi')).toBe('a\\u200bpi');
    expect(terminalText('a\u00adpi \u2060x\ufeff')).toBe('a\\xadpi \\u2060x\\ufeff');
    expect(markdownText('a\u200bpi')).toBe('a\\u200bpi');
    expect(jsonText({ name: 'a\u200bpi' }, 0)).toBe('{"name":"a\\u200bpi"}');
    // A family emoji (ZWJ) and a Persian word with a zero-width non-joiner are text.
    expect(terminalText('👨\u200d👩\u200d👧 می\u200cخواهم')).toBe('👨\u200d👩\u200d👧 می\u200cخواهم');
  });

  it('shows the Arabic letter mark, the other format characters that print as nothing and the tag characters as escapes; a flag of tags stays', () => {
    // ALM is a bidirectional mark as LRM and RLM are; tags (U+E0000–U+E007F) spell a hidden text: a\u061cpi and api plus "ig" in tags printed as api.
    expect(terminalText('a\u061cpi\u180e\u206a\ufff9')).toBe('a\\u061cpi\\u180e\\u206a\\ufff9');
    expect(terminalText('api\u{e0069}\u{e0067}')).toBe('api\\u{e0069}\\u{e0067}');
    expect(markdownText('api\u{e0001}')).toBe('api\\u{e0001}');
    expect(jsonText({ name: 'a\u061cpi\u{e0069}' }, 0)).toBe('{"name":"a\\u061cpi\\udb40\\udc69"}');
    expect(JSON.parse(jsonText({ name: 'a\u061cpi\u{e0069}' }, 0))).toEqual({ name: 'a\u061cpi\u{e0069}' });
    // England's flag: a black flag, the tags g b e n g and the cancel tag.
    const england = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}';
    expect(terminalText(`${england} api`)).toBe(`${england} api`);
    expect(jsonText(`${england} api`, 0)).toBe(`"${england} api"`);
  });

  it('shows a surrogate without its pair as an escape: written as UTF-8 each became U+FFFD, and f\\ud800 and f\\udfff printed alike', () => {
    expect(terminalText('f\ud800')).toBe('f\\ud800');
    expect(terminalText('f\udfff x\udbff')).toBe('f\\udfff x\\udbff');
    expect(markdownText('f\ud800')).toBe('f\\ud800');
    expect(jsonText({ name: 'f\ud800' }, 0)).toBe('{"name":"f\\ud800"}');
    // A pair is one character, an emoji: text.
    expect(terminalText('\ud83d\ude00 ok')).toBe('😀 ok');
  });

  it('is left as it is when it holds nothing to escape', () => {
    expect(terminalText('Growing product API — café, 日本')).toBe('Growing product API — café, 日本');
    expect(markdownText('checkout-api_v2 (eu)')).toBe('checkout-api_v2 (eu)');
  });

  it('cannot make a link, an image or a code span in the Markdown comment', () => {
    expect(markdownText('[approve](https://example.com) ![](https://example.com/p.png) `x` \\[y]')).toBe(
      '\\[approve\\](https:<!-- -->//example.com) !\\[\\](https:<!-- -->//example.com/p.png) \\`x\\` \\\\\\[y\\]',
    );
  });
  // GitHub links these after the Markdown is rendered, where no backslash escape reaches (\@octocat still notifies).
  it('cannot mention a user or a team, refer to an issue or make a bare URL or address a live link in the Markdown comment', () => {
    expect(markdownText('@octocat @org/everyone a@b.example')).toBe('@<!-- -->octocat @<!-- -->org/everyone a@<!-- -->b.example');
    expect(markdownText('#12 owner/repo#7 GH-3 gh-4')).toBe('#<!-- -->12 owner/repo#<!-- -->7 GH-<!-- -->3 gh-<!-- -->4');
    expect(markdownText('see https://phish.example/approve, HTTP://x.example, www.phish.example and mailto:a@b.example')).toBe(
      'see https:<!-- -->//phish.example/approve, HTTP:<!-- -->//x.example, www<!-- -->.phish.example and mailto:<!-- -->a@<!-- -->b.example',
    );
    // What links nothing is left as written: an @ or a # alone, a word that merely holds www.
    expect(markdownText('@ # C# v2.0 awww.x #x')).toBe('@ # C# v2.0 awww.x #x');
  });
  it('cannot make emphasis or a strikethrough in the Markdown comment: a name could strike out a budget line or embolden a forged one', () => {
    expect(markdownText('*bold* **x** ~~$0.00~~ _it_ __strong__')).toBe('\\*bold\\* \\*\\*x\\*\\* \\~\\~$0.00\\~\\~ \\_it\\_ \\_\\_strong\\_\\_');
    // Between two letters or digits an underscore opens nothing (snake_case reads as written), and is left so; an asterisk does open, there too.
    expect(markdownText('checkout_api_v2 réserve_été a*b*c')).toBe('checkout_api_v2 réserve_été a\\*b\\*c');
  });
  // Markdown reads no backslash escape and no entity inside a code span: markdownText's `R&amp;D` showed as written there, and its \` closed the span.
  it('puts a file name in a code span as it is written, fenced by more backticks than it holds', () => {
    expect(markdownCode('scenarios/R&D <v2>.yaml')).toBe('`scenarios/R&D <v2>.yaml`');
    expect(markdownCode('we`ird/x``.yaml')).toBe('```we`ird/x``.yaml```');
    expect(markdownCode('`a.yaml')).toBe('`` `a.yaml ``');
    expect(markdownCode(' a.yaml ')).toBe('`  a.yaml  `');
    // Spaces alone are shown as they are (CommonMark strips none from them): padded, three spaces read as five.
    expect(markdownCode('   ')).toBe('`   `');
    expect(markdownCode('` `')).toBe('`` ` ` ``');
    expect(markdownCode('a\u001b]52;c;x\u0007\n</details>.yaml')).toBe('`a\\x1b]52;c;x\\x07\\n</details>.yaml`');
  });
});
