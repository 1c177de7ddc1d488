import fc from 'fast-check';
import { BoundedMap } from '../../src/slack/boundedMap';
import { canEdit } from '../../src/slack/context';
import { decodeState, encodeState, BUTTON_VALUE_MAX } from '../../src/slack/state';
import { chunkEscaped, formatDate, percent, safeUrl, truncate, userMention } from '../../src/slack/renderers/text';
import { escapeMrkdwn } from '../../src/slack/renderers/escape';

describe('button state', () => {
  it('round-trips and refuses what does not fit a button value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.nat(), fc.option(fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() !== ''), { nil: undefined }), (q, o, s) => {
        const value = encodeState(s ? { q, o, s } : { q, o });
        if (value === null) return JSON.stringify({ q, o, s }).length > BUTTON_VALUE_MAX - 10;
        expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
        expect(decodeState(value)).toEqual(s ? { q, o, s } : { q, o });
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('never trusts a value: junk decodes to null, a bad offset to 0', () => {
    expect(decodeState('nope')).toBeNull();
    expect(decodeState('{"o":1}')).toBeNull();
    expect(decodeState('{"q":"x","o":-5}')).toEqual({ q: 'x', o: 0 });
    expect(decodeState(undefined)).toBeNull();
  });
});

describe('text helpers', () => {
  it('truncates at a word boundary with an ellipsis, never splitting a surrogate pair', () => {
    expect(truncate('one two three four', 10)).toBe('one two…');
    expect(truncate('short', 10)).toBe('short');
    const emoji = '😀'.repeat(10);
    expect(truncate(emoji, 6)).toMatch(/^(😀)+…$/);
  });

  it('chunks any text into escaped pieces within the budget that join back to the escaped whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.integer({ min: 20, max: 500 }), (text, budget) => {
        const chunks = chunkEscaped(text, budget);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(budget);
        const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
        if (!/[\uD800-\uDFFF]/.test(clean)) expect(chunks.join('')).toBe(escapeMrkdwn(clean));
      }),
      { numRuns: 200 },
    );
  });

  it('formats dates, percentages, links and mentions safely', () => {
    expect(formatDate('2023-11-11')).toBe('11 Nov 2023');
    expect(formatDate('sometime')).toBe('sometime');
    expect(percent(0.923)).toBe('92%');
    expect(percent(Number.NaN)).toBe('0%');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(userMention('U0ALICE')).toBe('<@U0ALICE>');
    expect(userMention('!channel')).toBeNull();
  });
});

describe('bounded memory and permissions', () => {
  it('forgets the oldest entries beyond its size and anything past its time to live', () => {
    let now = 0;
    const map = new BoundedMap<string, number>(2, 100, () => now);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.get('a')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    now = 150;
    expect(map.get('c')).toBeUndefined();
  });

  it('lets everyone edit when QUOTEBOT_EDITORS is empty, else only the listed users', () => {
    expect(canEdit([], 'U1')).toBe(true);
    expect(canEdit(['U1'], 'U1')).toBe(true);
    expect(canEdit(['U1'], 'U2')).toBe(false);
    expect(canEdit(['U1'], undefined)).toBe(false);
  });
});
