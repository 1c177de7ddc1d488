import fc from 'fast-check';
import { parseQuery, parseFilterDate, cleanText, decodeSlack, speakerReadings, MAX_QUERY_CHARS } from '../../src/search/query';
import { HELP_SECTIONS, formatHelpText, helpCommands } from '../../src/search/help';
import type { ParsedQuery } from '../../src/search/types';

const search = (text: string, phrases: string[] = [], filters = {}) => ({ type: 'search', text, phrases, filters });

describe('parseQuery: commands', () => {
  it.each([
    ['', { type: 'help' }],
    ['   ', { type: 'help' }],
    ['help', { type: 'help' }],
    ['HELP me please', { type: 'help' }],
    ['?', { type: 'help' }],
    ['sources', { type: 'sources' }],
    ['Stats', { type: 'stats' }],
    ['add', { type: 'add' }],
    ['next', { type: 'next' }],
    ['NEXT', { type: 'next' }],
    ['stats?', { type: 'stats' }],
    ['??', { type: 'help' }],
    ['""', { type: 'help' }],
  ])('%j → %j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('treats a command word followed by other words as a search, not the command', () => {
    expect(parseQuery('sources said the attack')).toEqual(search('sources said the attack'));
    expect(parseQuery('add value to the economy')).toEqual(search('add value to the economy'));
  });

  it('finds a quote by its short id, in any case, with or without "id"', () => {
    expect(parseQuery('id Q-3f9a')).toEqual({ type: 'id', id: 'Q-3f9a' });
    expect(parseQuery('id q-3F9A')).toEqual({ type: 'id', id: 'Q-3f9a' });
    expect(parseQuery('ID `Q-3f9a`')).toEqual({ type: 'id', id: 'Q-3f9a' });
    expect(parseQuery('Q-3F9A')).toEqual({ type: 'id', id: 'Q-3f9a' });
    expect(parseQuery('id "Q-3f9a".')).toEqual({ type: 'id', id: 'Q-3f9a' });
  });

  it('passes a full quote id through unchanged', () => {
    expect(parseQuery('id 3f9a0c1d2e')).toEqual({ type: 'id', id: '3f9a0c1d2e' });
    expect(parseQuery('id 3f9a0c1d2e4b5a69 please')).toEqual({ type: 'id', id: '3f9a0c1d2e4b5a69' });
  });

  it('reads "id" followed by a sentence as a search', () => {
    expect(parseQuery('id like to know who said that')).toEqual(search('id like to know who said that'));
    expect(parseQuery('id whatever')).toEqual({ type: 'id', id: 'whatever' });
  });

  it('takes "more" alone as next', () => {
    expect(parseQuery('more')).toEqual({ type: 'next' });
    expect(parseQuery('more money')).toEqual(search('more money'));
  });

  it('asks which quote when id has no argument', () => {
    const q = parseQuery('id');
    expect(q.type).toBe('invalid');
    expect((q as { message: string }).message).toMatch(/id Q-/);
  });

  it('hands digest its arguments, keeping case and Slack channel markup', () => {
    expect(parseQuery('digest on 09:00 Europe/London')).toEqual({ type: 'digest', args: ['on', '09:00', 'Europe/London'] });
    expect(parseQuery('Digest')).toEqual({ type: 'digest', args: [] });
    expect(parseQuery('digest on <#C123ABC|general>')).toEqual({ type: 'digest', args: ['on', '<#C123ABC|general>'] });
    expect(parseQuery('/quote digest   off ')).toEqual({ type: 'digest', args: ['off'] });
  });
});

describe('parseQuery: surfaces', () => {
  it('strips the console prefix /quote', () => {
    expect(parseQuery('/quote by Singh')).toEqual(parseQuery('by Singh'));
    expect(parseQuery('/QUOTE')).toEqual({ type: 'help' });
    expect(parseQuery('/quotes free trade')).toEqual(search('/quotes free trade'));
  });

  it('strips a leading bot mention, as in app_mention events', () => {
    expect(parseQuery('<@U0123ABC> who said "maritime security"?')).toEqual({
      type: 'whoSaid',
      text: '',
      phrases: ['maritime security'],
      filters: {},
    });
    expect(parseQuery('<@U0123ABC|quotebot> by Austin')).toMatchObject({ type: 'bySpeaker', speaker: 'Austin' });
    expect(parseQuery('<@U0123ABC>')).toEqual({ type: 'help' });
    expect(parseQuery('  <@U0123ABC>   help')).toEqual({ type: 'help' });
  });

  it('gives the same query for the slash command, a mention, a DM and the console', () => {
    const typed = 'who said free and open indo pacific since:2023-01-01';
    const expected = parseQuery(typed);
    expect(expected.type).toBe('whoSaid');
    for (const form of [`/quote ${typed}`, `<@U1> ${typed}`, `<@U1> /quote ${typed}`]) {
      expect(parseQuery(form)).toEqual(expected);
    }
  });
});

describe('parseQuery: search words, phrases and filters', () => {
  it('keeps free words, typos included', () => {
    expect(parseQuery('free open indo pacfic')).toEqual(search('free open indo pacfic'));
  });

  it('separates exact phrases in straight or curly quotes from free words', () => {
    expect(parseQuery('"maritime security" india')).toEqual(search('india', ['maritime security']));
    expect(parseQuery('“maritime security” india')).toEqual(search('india', ['maritime security']));
    expect(parseQuery('„a” and «b»')).toEqual(search('and', ['a', 'b']));
  });

  it('runs an unclosed quote to the end and drops empty phrases', () => {
    expect(parseQuery('"maritime security')).toEqual(search('', ['maritime security']));
    expect(parseQuery('"" india')).toEqual(search('india'));
    expect(parseQuery('"maritime security" ?')).toEqual(search('', ['maritime security']));
  });

  it('reads since:, until: and in: anywhere, in any case', () => {
    expect(parseQuery('security since:2023-11-01 until:2023-11-30 in:hindu')).toEqual(
      search('security', [], { since: '2023-11-01', until: '2023-11-30', in: 'hindu' }),
    );
    expect(parseQuery('SINCE:2023-11-01 security IN:Wikinews')).toEqual(
      search('security', [], { since: '2023-11-01', in: 'Wikinews' }),
    );
  });

  it('takes a quoted in: value of several words', () => {
    expect(parseQuery('trade in:"free trade bloc" africa')).toEqual(search('trade africa', [], { in: 'free trade bloc' }));
    expect(parseQuery('trade in:“free trade bloc”')).toEqual(search('trade', [], { in: 'free trade bloc' }));
  });

  it('forgives a space after the filter colon', () => {
    expect(parseQuery('security since: 2023-11-01')).toEqual(search('security', [], { since: '2023-11-01' }));
  });

  it('widens a year or a month to its first or last day', () => {
    expect(parseQuery('x since:2019 until:2019-02')).toEqual(search('x', [], { since: '2019-01-01', until: '2019-02-28' }));
    expect(parseFilterDate('2020-02', 'end')).toBe('2020-02-29');
    expect(parseFilterDate('2023-1-5', 'start')).toBe('2023-01-05');
  });

  it('accepts only filters (everything in a window)', () => {
    expect(parseQuery('since:2020-01-01')).toEqual(search('', [], { since: '2020-01-01' }));
  });

  it.each(['since:2023-13-01', 'since:2023-02-30', 'until:yesterday', 'since:', 'until:23-11-01', 'since:0000-01-01'])(
    'rejects %j with a friendly message naming the filter',
    (filter) => {
      const q = parseQuery(`security ${filter}`);
      expect(q.type).toBe('invalid');
      const message = (q as { message: string }).message;
      expect(message).toMatch(filter.startsWith('since') ? /since:/ : /until:/);
      expect(message).toMatch(/YYYY-MM-DD/);
    },
  );

  it('rejects since after until', () => {
    const q = parseQuery('security since:2024-01-01 until:2023-01-01');
    expect(q).toEqual({ type: 'invalid', message: expect.stringMatching(/after/) });
  });

  it('accepts since equal to until (one day)', () => {
    expect(parseQuery('x since:2023-11-10 until:2023-11-10')).toEqual(
      search('x', [], { since: '2023-11-10', until: '2023-11-10' }),
    );
  });

  it('rejects an empty in:', () => {
    expect(parseQuery('security in:').type).toBe('invalid');
    expect(parseQuery('security in:""').type).toBe('invalid');
  });

  it('does not take a word that merely contains a colon for a filter', () => {
    expect(parseQuery('note: within:reason')).toEqual(search('note: within:reason'));
  });

  it('drops question marks from free text', () => {
    expect(parseQuery('is it safe?')).toEqual(search('is it safe'));
  });
});

describe('parseQuery: who said', () => {
  it.each([
    ['who said free and open indo-pacific', 'free and open indo-pacific', []],
    ['Who Said free and open indo-pacific?', 'free and open indo-pacific', []],
    ['who said "maritime security"?', '', ['maritime security']],
    ['who said “maritime security”', '', ['maritime security']],
    ['who says: charting new pathways ?', 'charting new pathways', []],
    ['who said "mutual trust" shared values??', 'shared values', ['mutual trust']],
  ])('%j', (input, text, phrases) => {
    expect(parseQuery(input)).toEqual({ type: 'whoSaid', text, phrases, filters: {} });
  });

  it('keeps filters', () => {
    expect(parseQuery('who said pandemic since:2020-03-01')).toEqual({
      type: 'whoSaid',
      text: 'pandemic',
      phrases: [],
      filters: { since: '2020-03-01' },
    });
  });

  it('asks for words when there are none', () => {
    expect(parseQuery('who said').type).toBe('invalid');
    expect(parseQuery('who said?').type).toBe('invalid');
    expect(parseQuery('who said ""').type).toBe('invalid');
  });

  it('leaves "who" followed by other words as a search', () => {
    expect(parseQuery('who knows')).toEqual(search('who knows'));
  });
});

describe('parseQuery: by / from a speaker', () => {
  it.each([
    ['by Rajnath Singh', 'Rajnath Singh', '', []],
    ['BY rajanth', 'rajanth', '', []],
    ['from the ministry', 'the ministry', '', []],
    ['by defence minister', 'defence minister', '', []],
    ['by "Lloyd Austin" maritime security', 'Lloyd Austin', 'maritime security', []],
    ['by “Lloyd Austin” "maritime security"', 'Lloyd Austin', '', ['maritime security']],
    ['by Austin: maritime security', 'Austin', 'maritime security', []],
    ['by Singh, supply chains', 'Singh', 'supply chains', []],
    ['by Singh about supply chains', 'Singh', 'supply chains', []],
    ['by Singh "supply chains"', 'Singh', '', ['supply chains']],
    ['by Singh?', 'Singh', '', []],
    ['by <@U999|rajnath>', 'rajnath', '', []],
  ])('%j', (input, speaker, text, phrases) => {
    expect(parseQuery(input)).toEqual({ type: 'bySpeaker', speaker, text, phrases, filters: {} });
  });

  it('keeps filters wherever they are', () => {
    expect(parseQuery('by Singh since:2023-11-01 in:hindu')).toEqual({
      type: 'bySpeaker',
      speaker: 'Singh',
      text: '',
      phrases: [],
      filters: { since: '2023-11-01', in: 'hindu' },
    });
  });

  it('reads "what did <speaker> say [about …]" as by', () => {
    expect(parseQuery('what did Rajnath Singh say about China?')).toEqual({
      type: 'bySpeaker',
      speaker: 'Rajnath Singh',
      text: 'China',
      phrases: [],
      filters: {},
    });
    expect(parseQuery('What did Austin say?')).toMatchObject({ type: 'bySpeaker', speaker: 'Austin', text: '' });
  });

  it('lists the readings of an unseparated "by <name> <words>", longest name first', () => {
    const q = parseQuery('by Singh supply chains');
    if (q.type !== 'bySpeaker') throw new Error(q.type);
    expect(q).toMatchObject({ speaker: 'Singh supply chains', text: '' });
    expect(speakerReadings(q)).toEqual([
      { speaker: 'Singh supply chains', text: '' },
      { speaker: 'Singh supply', text: 'chains' },
      { speaker: 'Singh', text: 'supply chains' },
    ]);
  });

  it('gives one reading when the split is explicit', () => {
    for (const input of ['by Singh: supply chains', 'by "Rajnath Singh" supply', 'by Singh "supply chains"']) {
      const q = parseQuery(input);
      if (q.type !== 'bySpeaker') throw new Error(q.type);
      expect(speakerReadings(q)).toEqual([{ speaker: q.speaker, text: q.text }]);
    }
  });

  it('asks for a name when there is none', () => {
    expect(parseQuery('by').type).toBe('invalid');
    expect(parseQuery('from ""').type).toBe('invalid');
    expect(parseQuery('by since:2023-01-01').type).toBe('invalid');
  });
});

describe('parseQuery: random', () => {
  it.each([
    ['random', { type: 'random', filters: {} }],
    ['RANDOM quote', { type: 'random', filters: {} }],
    ['random by Singh', { type: 'random', speaker: 'Singh', filters: {} }],
    ['random from "Lloyd Austin"', { type: 'random', speaker: 'Lloyd Austin', filters: {} }],
    ['random quote by rajnath singh', { type: 'random', speaker: 'rajnath singh', filters: {} }],
    ['random since:2020-01-01', { type: 'random', filters: { since: '2020-01-01' } }],
    ['random by Trump until:2019', { type: 'random', speaker: 'Trump', filters: { until: '2019-12-31' } }],
  ])('%j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('asks whom when "by" has no name', () => {
    expect(parseQuery('random by').type).toBe('invalid');
    expect(parseQuery('random from since:2020').type).toBe('invalid');
  });

  it('rejects a bad filter', () => {
    expect(parseQuery('random since:2020-02-31').type).toBe('invalid');
  });
});

describe('parseQuery: cleaning untrusted text', () => {
  it("decodes Slack's escapes, ampersand last", () => {
    expect(parseQuery('Tom &amp; Jerry')).toEqual(search('Tom & Jerry'));
    expect(parseQuery('a &lt;b&gt; c')).toEqual(search('a <b> c'));
    expect(parseQuery('a &amp;lt; b')).toEqual(search('a &lt; b'));
  });

  it('never takes escaped text for a mention or a command', () => {
    expect(parseQuery('&lt;@U123&gt; help').type).toBe('search');
  });

  it('reduces Slack links and special mentions to readable text', () => {
    expect(decodeSlack('see <https://example.com|the report> now')).toBe('see the report now');
    expect(decodeSlack('<https://example.com>')).toBe('https://example.com');
    expect(decodeSlack('<!channel> hello <#C1|general>')).toBe('hello #general');
  });

  it('strips control and zero-width characters, folds spaces, straightens quotes', () => {
    expect(cleanText('mari\u200Btime\u0000 \u00A0se\u00ADcurity\t\nnow\uFEFF')).toBe('maritime security now');
    expect(cleanText('don’t ‘x’ “y”')).toBe('don\'t \'x\' "y"');
    expect(parseQuery('by\u200B Singh')).toMatchObject({ type: 'bySpeaker', speaker: 'Singh' });
  });

  it('removes lone surrogates but keeps emoji', () => {
    expect(cleanText('a\uD800b \uDC00c 😀')).toBe('ab c 😀');
  });

  it('truncates very long input without splitting a surrogate pair', () => {
    const q = parseQuery('😀'.repeat(MAX_QUERY_CHARS + 50));
    expect(q.type).toBe('search');
    const text = (q as { text: string }).text;
    expect(Array.from(text)).toHaveLength(MAX_QUERY_CHARS);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('handles a megabyte of input', () => {
    const q = parseQuery('word '.repeat(200_000));
    expect(q.type).toBe('search');
    expect((q as { text: string }).text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('survives a non-string at run time', () => {
    expect(parseQuery(undefined as unknown as string)).toEqual({ type: 'help' });
  });
});

const QUERY_TYPES = new Set(['help', 'search', 'whoSaid', 'bySpeaker', 'random', 'id', 'next', 'sources', 'stats', 'add', 'digest', 'invalid']);

/** The shape each member of the union must have; a parser bug that returns a half-built object fails here. */
function isWellFormed(q: ParsedQuery): boolean {
  if (!QUERY_TYPES.has(q.type)) return false;
  const isFilters = (f: unknown) => typeof f === 'object' && f !== null;
  const isStrings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string' && s.length > 0);
  switch (q.type) {
    case 'search':
    case 'whoSaid':
      return typeof q.text === 'string' && isStrings(q.phrases) && isFilters(q.filters);
    case 'bySpeaker':
      return q.speaker.length > 0 && typeof q.text === 'string' && isStrings(q.phrases) && isFilters(q.filters);
    case 'random':
      return (q.speaker === undefined || q.speaker.length > 0) && isFilters(q.filters);
    case 'id':
      return typeof q.id === 'string' && q.id.length > 0;
    case 'digest':
      return isStrings(q.args);
    case 'invalid':
      return typeof q.message === 'string' && q.message.length > 0;
    default:
      return Object.keys(q).length === 1;
  }
}

describe('parseQuery: properties', () => {
  const keywordy = fc.constantFrom(
    'who said ', 'by ', 'from ', 'random ', 'random by ', 'id ', 'digest ', '/quote ', '<@U1> ', 'since:', 'until:',
    'in:', 'in:"', '"', '“', '”', '&amp;', '&lt;', '<', '>', '|', '?', ':', ',', ' ', '\u0000', '\u200B', '\uD800',
    '\uDFFF', '2023-11-01', 'help', 'next', 'Q-3f9a', 'what did ', ' say about ',
  );
  const messy = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.array(fc.oneof(keywordy, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it('never throws and always returns a well-formed member of the union', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const q = parseQuery(text);
        expect(isWellFormed(q)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('always returns valid filter dates, with since never after until', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const q = parseQuery(text);
        if (!('filters' in q)) return;
        const { since, until } = q.filters;
        for (const d of [since, until]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (since && until) expect(since <= until).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores a /quote prefix and a leading bot mention', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const plain = parseQuery(text);
        // Only meaningful where the text does not itself start with a prefix-like token.
        if (/^\s*(\/quote|<@)/i.test(text)) return;
        expect(parseQuery(`/quote ${text}`)).toEqual(plain);
        expect(parseQuery(`<@U0ABC> ${text}`)).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves control, zero-width characters or lone surrogates in the text it returns', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const out = JSON.stringify(parseQuery(text));
        const parsed = JSON.parse(out) as ParsedQuery;
        const strings = [
          'text' in parsed ? parsed.text : '',
          'speaker' in parsed ? parsed.speaker ?? '' : '',
          ...('phrases' in parsed ? parsed.phrases : []),
        ];
        for (const s of strings) {
          expect(s).not.toMatch(/[\u0000-\u001F\u007F\u200B\uFEFF]/);
          expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('help', () => {
  it('documents every command with examples that parse to that command', () => {
    const commands = helpCommands();
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const command of commands) {
      expect(command.description).not.toMatch(/\n/);
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) expect(parseQuery(example).type).toBe(command.parsesTo);
    }
  });

  it('covers every query type a user can ask for', () => {
    const documented = new Set(helpCommands().map((c) => c.parsesTo));
    for (const type of ['help', 'search', 'whoSaid', 'bySpeaker', 'random', 'id', 'next', 'sources', 'stats', 'add', 'digest']) {
      expect(documented).toContain(type);
    }
  });

  it('formats plain text with the prefix of the surface', () => {
    const text = formatHelpText();
    expect(text).toContain('/quote who said <words>');
    expect(text).toContain('/quote random by Singh');
    for (const section of HELP_SECTIONS) expect(text).toContain(`${section.title}:`);
    expect(formatHelpText('@Quotebot')).toContain('@Quotebot by <speaker> [words]');
    expect(formatHelpText('')).toMatch(/^ {2}who said <words>$/m);
  });
});
