/**
 * Generators of hostile input for the hardening tests (fast-check), and what Slack would parse of a message.
 */
import fc from 'fast-check';

/** Pieces that have broken parsers, search engines and Slack bots before. */
export const HOSTILE_PIECES = [
  '',
  ' ',
  '\u0000',
  '\u0007\u001b[31m',
  '\r\n',
  '\t',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u200F\u200E',
  '\u2066\u2069',
  '\uFEFF',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇮🇳',
  'é',
  'ﬁ',
  '<!channel>',
  '<!here|here>',
  '<!everyone>',
  '<@U123ABC>',
  '<#C123|general>',
  '<https://evil.example|click me>',
  '<mailto:a@b.c|mail>',
  '&lt;!channel&gt;',
  '&amp;',
  '*bold*',
  '_it_',
  '~strike~',
  '`code`',
  '```block```',
  '> quote',
  ':smile:',
  // Fuse.js extended search operators.
  "'exact",
  '=equal',
  '^prefix',
  '!not',
  'suffix$',
  '!^no-prefix',
  '!suffix$',
  '|',
  "'a | 'b",
  // FTS5 syntax.
  'NEAR(a b)',
  'a AND b OR NOT c',
  'col:word',
  '"unbalanced',
  '“unbalanced',
  '”',
  '‘',
  '«',
  '»',
  '„',
  '""',
  '"a" "b',
  '*',
  '(',
  ')',
  '-',
  '--',
  'who said',
  'by',
  'by ',
  'random',
  'next',
  'since:',
  'since:2023-02-30',
  'until:yesterday',
  'in:',
  'Q-',
  'Q-3f9a',
  'digest',
  'add',
  'help',
  '<script>alert(1)</script>',
  '<b>bold</b>',
  '&nbsp;',
  '%00',
  '%s%n',
  '\\',
  "'; DROP TABLE quotes; --",
  'Rajnath Singh',
  'indo-pacific',
  'said',
];

export const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** Text made of hostile pieces, random strings and words, joined by spaces or nothing. */
export const hostileText = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', '', '\n', '  ')), { maxLength: 12 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

export const BIG = [
  'x'.repeat(100_000),
  'indo pacific '.repeat(8_000),
  '<!channel> '.repeat(10_000),
  '😀'.repeat(50_000),
  '\u0000'.repeat(100_000),
  '"'.repeat(100_000),
  '\uD800'.repeat(100_000),
];

export const anyQueryText = fc.oneof({ weight: 20, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constantFrom(...BIG) });

/**
 * The texts Slack parses for markup: the message's fallback text and every mrkdwn text object.
 * (plain_text, e.g. a button label, is shown literally: `<!here>` there pings no one.)
 */
export function parsedTexts(message: { text?: unknown; blocks?: unknown }): string[] {
  const out = [String(message.text ?? '')];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks ?? []);
  return out;
}

