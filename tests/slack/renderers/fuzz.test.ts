/**
 * Generated inputs through every renderer: whatever the article, speaker, query or store holds (empty,
 * huge, control characters, lone surrogates, RTL marks, emoji, mrkdwn and Slack markup), every message and
 * view still validates and nothing can ping or link.
 */
import fc from 'fast-check';
import { renderAnswer } from '../../../src/slack/renderers/answerMessage';
import { renderArticlePreview } from '../../../src/slack/renderers/addArticle';
import { renderNotice, renderSources, renderStats } from '../../../src/slack/renderers/catalog';
import { renderHome } from '../../../src/slack/renderers/home';
import { renderQuoteDetail, renderSharedQuote } from '../../../src/slack/renderers/quoteDetail';
import { userMention } from '../../../src/slack/renderers/text';
import { messageProblems, viewProblems } from '../../helpers/blockKit';
import { allTexts, hasLiveMarkup, hit, makeArticle, makeQuote, makeStats, results } from '../fixtures';

const nasty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '<!channel>', '<@U123>', '<https://evil|x>', '&amp;&lt;', '*_~`>', '\u202Eevil', '\uD800', '\u0000', 'x'.repeat(20_000), '😀'.repeat(2000)),
);

const ok = (problems: string[], texts: string[]) => problems.length === 0 && !hasLiveMarkup(texts);

describe('renderers under generated input', () => {
  it('quote cards, answers, details and shared cards always validate', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, fc.double({ noNaN: false }), (text, name, title, query, conf) => {
        const quote = makeQuote({
          text,
          context: text + title,
          speaker: { name, role: title || null, type: name ? 'person' : 'unknown', aliases: [] },
          article: makeArticle({ title, source: name, url: title }),
          confidence: conf,
        });
        for (const type of ['search', 'whoSaid'] as const) {
          for (const noMatch of [false, true]) {
            const m = renderAnswer(results({ query: { type, text: query, phrases: [], filters: {} }, hits: [hit(quote, conf)], noMatch, suggestions: [name] }), {
              surface: 'ephemeral',
              state: { q: query, o: 0 },
            });
            if (!ok(messageProblems(m), [m.text, ...allTexts(m.blocks)])) return false;
          }
        }
        for (const m of [renderQuoteDetail(quote), renderNotice(text, name)]) {
          if (!ok(messageProblems(m), [m.text, ...allTexts(m.blocks)])) return false;
        }
        // (The shared card names its sharer on purpose: a well-formed user id, as Slack sends it, is the one mention
        // it may hold; generated ids sometimes have that shape ("W0A"). Anything else is still live markup.)
        const shared = renderSharedQuote(quote, name);
        const sharer = userMention(name);
        const sharedTexts = [shared.text, ...allTexts(shared.blocks)].map((t) => (sharer ? t.split(sharer).join('') : t));
        if (!ok(messageProblems(shared), sharedTexts)) return false;
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('catalog, home and preview always validate', () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 30 }), (names) => {
        const articles = names.map((n, i) => makeArticle({ id: `a${i}`, title: n, source: n }));
        const stats = makeStats({ topSpeakers: names.map((n) => ({ name: n, role: n, quoteCount: 1 })), latestArticles: articles });
        const sources = renderSources(articles);
        const statsMessage = renderStats(stats);
        const home = renderHome({ stats, subscriptions: [] });
        const preview = renderArticlePreview(
          { file: 'slack:U1', id: 'x', meta: { title: names[0] ?? null, date: null, source: null, author: null, url: null }, raw: '', paragraphs: [] },
          names.map((n, i) => ({ ...makeQuote({ id: `q${i}`, text: n, speaker: { name: n, role: null, type: 'person', aliases: [] } }) })),
          'token',
        );
        return (
          ok(messageProblems(sources), allTexts(sources.blocks)) &&
          ok(messageProblems(statsMessage), allTexts(statsMessage.blocks)) &&
          ok(viewProblems(home), allTexts(home.blocks)) &&
          ok(viewProblems(preview), allTexts(preview.blocks))
        );
      }),
      { numRuns: 60 },
    );
  });
});
