// Text a user wrote (names, paths, values quoted back in messages) made safe
// to print. In a terminal a control character (ESC, OSC, BEL, NUL, a newline
// in a name) or a bidirectional override could move the cursor, write the
// clipboard or forge a line: each is shown as an escape instead. In a
// pull-request comment, HTML's own characters are escaped too, so that a name
// cannot close a <details> or open a tag.
import type { EstimateDiff } from '../providers/aws/diff.js';
import type { Estimate } from '../providers/aws/types.js';
import { KEPT_FLAG, RAW_INVISIBLE, TAG_CHARACTER } from '../core/json-text.js';

// The line and paragraph separators too: a reader that splits lines as Unicode does (Python's splitlines, a JavaScript /^…/m) would
// read the text after one as a line of its own, a warning the input forged. And the characters that print as nothing but are
// not joiners (a soft hyphen, the zero-width space, the word joiner and invisible operators, a BOM): `a\u200bpi` printed as
// `api` would pass for another function. The joiners (U+200C, U+200D) stay: scripts and emoji need them.
// And a surrogate without its pair (JSON's "\ud800", YAML's too): written out as UTF-8 it became U+FFFD, so that functions
// named "f\ud800" and "f\udfff" printed alike, as "f" and U+FFFD. The Arabic letter mark is a bidirectional mark as
// LRM and RLM are; the Mongolian vowel separator, the deprecated format characters (U+206A–U+206F) and the interlinear
// annotation marks print as nothing; and the tag characters (U+E0000–U+E007F) print as nothing and can spell a whole
// hidden text after a name: a function `api` and one named `api` and a line of tags printed alike. A flag's own tags (🏴 and its tags up
// to the cancel tag, England's flag) are the emoji, and stay.
const UNSAFE = new RegExp(String.raw`${KEPT_FLAG}|[\u0000-\u001f${RAW_INVISIBLE}]|${TAG_CHARACTER}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`, 'g');

// What Markdown reads as syntax inline; an underscore only where a letter or digit is not on both sides of it.
const MARKDOWN_PUNCTUATION = /[\\[\]`*~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

// What GitHub makes a live link of, or a notification, in a comment's text, where Markdown's escapes do not reach (it
// reads them after the Markdown is rendered, and `\@` renders as `@`): a mention (`@octocat`, a team's `@org/team`),
// a reference to an issue or pull request (`#12`, `owner/repo#12`, `GH-12`), and what its autolink extension links
// without brackets (`https://…`, `www.…`, an address `a@b.example`). A pull request's scenario named
// `@org/everyone https://phish.example` had the comment slcost posts notify a team and carry a live link.
const GITHUB_LINKS = /@(?=[\p{L}\p{N}])|#(?=\p{N})|\bGH-(?=\p{N})|\b(?:https?|ftp|mailto|xmpp):|\bwww(?=\.)/giu;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/** `text` with every control character, line separator, bidirectional mark, invisible non-joiner and unpaired surrogate as a visible escape: ESC is `\x1b`, a newline `\n`, U+2028 `\u2028`, a zero-width space `\u200b`, a lone high surrogate `\ud800`, a tag character `\u{e0061}`. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (character) => {
    if (character.length > 2) return character;
    if (character.length === 2) return `\\u{${hex(character.codePointAt(0)!, 5)}}`;
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

export { jsonText } from '../core/json-text.js';

/**
 * A path as one word of a command slcost suggests (`price it with: slcost estimate FILE`): as it is when it holds
 * only characters no shell reads specially, else in single quotes. A file named `$(touch x) a.yaml` was suggested
 * as written, and the command copied from the hint ran what the name said and read two files.
 */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * `text` for Markdown: safe for a terminal, `&`, `<` and `>` as HTML entities,
 * and the backslash, brackets, backtick, asterisk and tilde escaped with a
 * backslash, so that a name cannot make a link or an image
 * (`[approve](https://…)`, `![](…)`), a code span, emphasis or a strikethrough
 * (`~~$0.00~~`) in a pull-request comment. An underscore is escaped where it
 * could open or close emphasis, not between two letters or digits
 * (`checkout_api_v2` is left as written, and reads so). A mention, an issue's
 * reference and a bare URL or address, which GitHub links where no escape
 * reaches, are split by an empty HTML comment, which shows as nothing and
 * leaves no character to copy (`@<!-- -->octocat`, `https:<!-- -->//…`).
 */
export function markdownText(text: string): string {
  // The user's own backslashes are escaped before terminalText writes its escapes (\x1b, \n), which Markdown shows as they are.
  return terminalText(text.replace(MARKDOWN_PUNCTUATION, (character) => `\\${character}`))
    .replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'))
    .replace(GITHUB_LINKS, (link) => `${link}<!-- -->`);
}

/**
 * `text` as a Markdown code span, safe for a terminal. Inside a code span
 * Markdown reads no backslash escape and no HTML entity, so markdownText's
 * `\`` and `&amp;` would show as written (`R&D.yaml` as `R&amp;D.yaml`) and its
 * `\`` would close the span early: the span is fenced instead by more
 * backticks than the longest run in the text, with a space inside each end
 * where the text starts or ends with a backtick or a space (one of each is
 * taken off again by the reader, unless the text is spaces alone).
 */
export function markdownCode(text: string): string {
  const shown = terminalText(text);
  const fence = '`'.repeat(Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // Not around spaces alone: the reader takes none off such a span, so a name of three spaces showed five.
  const pad = /^[` ]|[` ]$/.test(shown) && /[^ ]/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** `estimate` with every text a user wrote made safe by `safe`: the scenario's name and file, function names, and the warnings and advice that quote them. */
export function safeEstimate(estimate: Estimate, safe: (text: string) => string): Estimate {
  return {
    ...estimate,
    scenario: { name: safe(estimate.scenario.name), file: safe(estimate.scenario.file) },
    pricing: {
      ...estimate.pricing,
      customFile: estimate.pricing.customFile === null ? null : safe(estimate.pricing.customFile),
      // A pricing file of one's own cites what its author wrote.
      sources: estimate.pricing.sources.map(({ section, source }) => ({ section, source: safe(source) })),
    },
    // A line's label may name what the user named: a queue, a table, a topic.
    platforms: estimate.platforms.map((platform) => ({
      ...platform,
      lineItems: platform.lineItems.map((item) => ({ ...item, label: safe(item.label), basis: item.basis && { ...item.basis, countedAs: safe(item.basis.countedAs) } })),
      services: platform.services.map((service) => ({ ...service, label: safe(service.label) })),
    })),
    functions: estimate.functions.map((fn) => ({ ...fn, name: safe(fn.name) })),
    advice: estimate.advice.map((advice) => ({ ...advice, function: safe(advice.function) })),
    warnings: estimate.warnings.map((warning) => ({ ...warning, message: safe(warning.message) })),
  };
}

/** `diff` with both estimates, the line items it compares (whose labels name queues, tables, topics) and the function names, made safe by `safe`. */
export function safeDiff(diff: EstimateDiff, safe: (text: string) => string): EstimateDiff {
  return {
    ...diff,
    base: safeEstimate(diff.base, safe),
    head: safeEstimate(diff.head, safe),
    platforms: diff.platforms.map((platform) => ({ ...platform, lines: platform.lines.map((line) => ({ ...line, label: safe(line.label) })) })),
    functions: diff.functions.map((fn) => ({ ...fn, name: safe(fn.name) })),
  };
}
