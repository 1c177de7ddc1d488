/**
 * Reported (indirect) speech never looks like a verbatim quote, on any surface that shows quote text; and a
 * direct quote's news-style trailing comma ("…," he said) is not shown.
 */
import { renderAnswer } from '../../../src/slack/renderers/answerMessage';
import { renderArticlePreview } from '../../../src/slack/renderers/addArticle';
import { renderDigestPost } from '../../../src/slack/renderers/digest';
import { quoteCardBlocks, quoteFallback } from '../../../src/slack/renderers/quoteCard';
import { renderQuoteDetail, renderSharedQuote } from '../../../src/slack/renderers/quoteDetail';
import type { Article, StoredQuote } from '../../../src/types';
import { expectValidMessage, expectValidView } from '../../helpers/blockKit';
import { allTexts, hit, makeQuote, results } from '../fixtures';

const REPORTED = 'India and the US would deepen their defence ties';
const reported = makeQuote({ kind: 'indirect', text: REPORTED, cue: 'said' });
const LABEL = /reported speech — not verbatim/i;
const joined = (m: { text?: string; blocks: any[] }) => [m.text ?? '', ...allTexts(m.blocks)].join('\n');
/** True when the words appear wrapped in quotation marks anywhere. */
const quotedSomewhere = (text: string, words: string) => text.includes(`“${words}`) || text.includes(`${words}”`) || text.includes(`"${words}`);

function digestWith(q: StoredQuote) {
  return renderDigestPost({
    channelId: 'C1',
    localDate: '2027-01-15',
    timeZone: 'UTC',
    quoteOfTheDay: q,
    since: null,
    newArticles: [{ article: q.article, quoteCount: 1 }],
    moreArticles: 0,
    strongestNew: [q],
  });
}

describe('reported speech', () => {
  it('the card shows it without quotation marks, under a clear label', () => {
    const blocks = quoteCardBlocks(reported, { surface: 'ephemeral' }) as any[];
    expectValidMessage({ text: quoteFallback(reported), blocks });
    const main = blocks[0].text.text as string;
    expect(main).toMatch(/^_Reported speech — not verbatim_\n>India and the US would deepen their defence ties\n— \*Rajnath Singh\*/);
    expect(quotedSomewhere(main, REPORTED)).toBe(false);
  });

  it('the text fallback says so and has no quotation marks', () => {
    const text = quoteFallback(reported);
    expect(text).toMatch(LABEL);
    expect(quotedSomewhere(text, REPORTED)).toBe(false);
    expect(quoteFallback(makeQuote())).toMatch(/^“We are committed/);
  });

  it('the who-said answer says it was reported, not said in these words', () => {
    const m = renderAnswer(
      results({ query: { type: 'whoSaid', text: 'deepen ties', phrases: [], filters: {} }, hits: [hit(reported)], total: 1 }),
      { surface: 'ephemeral', state: { q: 'who said deepen ties', o: 0 } },
    );
    expectValidMessage(m);
    expect((m.blocks[0] as any).text.text).toMatch(/^\*Rajnath Singh\*, Defence Minister said it, in _reported speech — not verbatim_\. /);
    expect(quotedSomewhere(joined(m), REPORTED)).toBe(false);
  });

  it('the context view says the speaker said it in reported speech', () => {
    expect((renderQuoteDetail(reported).blocks[0] as any).text.text).toBe('*Rajnath Singh*, Defence Minister said (_reported speech — not verbatim_):');
    expect((renderQuoteDetail(makeQuote()).blocks[0] as any).text.text).toBe('*Rajnath Singh*, Defence Minister said:');
  });

  it('the shared card and the context view carry the label and no quotation marks', () => {
    for (const m of [renderSharedQuote(reported, 'U0ALICE'), renderQuoteDetail(reported)]) {
      expectValidMessage(m);
      expect(joined(m)).toMatch(LABEL);
      expect(quotedSomewhere(joined(m), REPORTED)).toBe(false);
    }
  });

  it('the digest shows it labelled, as quote of the day and among the new quotes', () => {
    const m = digestWith(reported);
    expectValidMessage(m);
    const labelled = m.blocks.filter((b: any) => b.type === 'section' && LABEL.test(b.text?.text ?? ''));
    expect(labelled.map((b) => b.block_id)).toEqual(['quote', 'digest_new_quote_0']);
    expect(quotedSomewhere(joined(m), REPORTED)).toBe(false);
  });

  it('the Add article preview labels it too', () => {
    const article: Article = {
      file: 'slack:U1',
      id: 'art1',
      meta: { title: 'Talks', date: '2023-11-11', source: 'Express News Service', author: null, url: null },
      raw: 'x',
      paragraphs: [{ index: 0, start: 0, end: 1, text: 'x' }],
    };
    const view = renderArticlePreview(article, [reported, makeQuote()], 'token');
    expectValidView(view);
    const [first, second] = view.blocks.filter((b: any) => b.block_id?.startsWith('preview_quote_')) as any[];
    expect(first.text.text).toMatch(/^_Reported speech — not verbatim_\n>India and the US/);
    expect(second.text.text).toMatch(/^>“We are committed/);
    expect(second.text.text).not.toMatch(LABEL);
  });
});

describe('trailing comma of news style', () => {
  const comma = makeQuote({ text: 'We will deepen these ties,' });

  it('is not shown by the card, the fallback, the context view or the digest; the stored text is untouched', () => {
    const card = quoteCardBlocks(comma, { surface: 'public' }) as any[];
    expect(card[0].text.text).toMatch(/^>“We will deepen these ties”\n/);
    expect(quoteFallback(comma)).toMatch(/^“We will deepen these ties” — /);
    expect(joined(renderQuoteDetail(comma))).toContain('“We will deepen these ties”');
    expect(joined(digestWith(comma))).not.toContain('ties,');
    expect(comma.text).toBe('We will deepen these ties,');
  });
});
