/**
 * Our own help texts show placeholders such as `<speaker>`; in mrkdwn a raw `<` starts Slack markup (a
 * link or mention), so the placeholder would vanish. They must be written escaped.
 */
import { renderAnswer } from '../../../src/slack/renderers/answerMessage';
import { renderDigestPost } from '../../../src/slack/renderers/digest';
import { allTexts, results } from '../fixtures';

/** A `<` that opens no Slack markup we mean to write (user, channel, special mention, link). */
const strayAngle = /<(?![@#!]|https?:)/;

describe('placeholders in our own texts', () => {
  it('are escaped in the no-result tips and the digest footer', () => {
    const noResults = renderAnswer(results({ hits: [], total: 0, noMatch: true }), { surface: 'ephemeral', state: { q: 'x', o: 0 } });
    const digest = renderDigestPost({ channelId: 'C1', localDate: '2027-01-15', timeZone: 'UTC', quoteOfTheDay: null, since: null, newArticles: [], moreArticles: 0, strongestNew: [] });
    const texts = [...allTexts(noResults.blocks), ...allTexts(digest.blocks)];
    expect(texts.filter((t) => strayAngle.test(t))).toEqual([]);
    expect(texts.join('\n')).toContain('`by &lt;speaker&gt;`');
    expect(texts.join('\n')).toContain('`/quote &lt;words&gt;`');
  });
});
