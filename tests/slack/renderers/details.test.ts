import { renderQuoteDetail, renderSharedQuote } from '../../../src/slack/renderers/quoteDetail';
import { renderNotice, renderSources, renderStats } from '../../../src/slack/renderers/catalog';
import { renderHelp } from '../../../src/slack/renderers/help';
import { renderHome } from '../../../src/slack/renderers/home';
import { HELP_SECTIONS } from '../../../src/search/help';
import { expectValidMessage, expectValidView } from '../../helpers/blockKit';
import { allTexts, hasLiveMarkup, HOSTILE, makeArticle, makeQuote, makeStats } from '../fixtures';

describe('full quote / context', () => {
  it('shows the whole quote and the paragraph around it', () => {
    const m = renderQuoteDetail(makeQuote());
    expectValidMessage(m);
    const all = allTexts(m.blocks).join('\n');
    expect(all).toContain('rules-bound Indo-Pacific.');
    expect(all).toContain('The talks went on.');
    expect(all).toContain('In context (paragraph 3)');
  });

  it('splits a 100 kB quote into valid sections within the block limit', () => {
    const huge = 'A & B <b> '.repeat(10_000);
    const m = renderQuoteDetail(makeQuote({ text: huge, context: huge }));
    expectValidMessage(m);
    expect(m.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe('shared card', () => {
  it('credits the user who shared it and has no controls but the source', () => {
    const m = renderSharedQuote(makeQuote(), 'U0SHARER');
    expectValidMessage(m);
    expect(allTexts(m.blocks)).toContain('Shared by <@U0SHARER>');
    const actions = m.blocks.filter((b) => b.type === 'actions') as any[];
    expect(actions.flatMap((a) => a.elements.map((e: any) => e.action_id))).toEqual(['open_source']);
  });

  it('never writes a mention from a malformed user id', () => {
    const m = renderSharedQuote(makeQuote(), '<!channel>');
    expect(allTexts(m.blocks)).toContain('Shared by a teammate');
  });
});

describe('sources, stats, help, notices', () => {
  it('lists articles with quote counts', () => {
    const m = renderSources([makeArticle(), makeArticle({ id: 'b', title: HOSTILE, quoteCount: 1, url: null })]);
    expectValidMessage(m);
    const all = allTexts(m.blocks).join('\n');
    expect(all).toContain('*India, US to deepen defence ties* — Express News Service, 11 Nov 2023 · 5 quotes');
    expect(all).toContain('2 articles, 6 quotes');
    expect(hasLiveMarkup(allTexts(m.blocks))).toBe(false);
  });

  it('answers sources helpfully when there are none, and caps long lists', () => {
    expectValidMessage(renderSources([]));
    const many = Array.from({ length: 500 }, (_, i) => makeArticle({ id: `a${i}`, title: `Article ${i} ${'long '.repeat(40)}` }));
    const m = renderSources(many);
    expectValidMessage(m);
    expect(allTexts(m.blocks).join('\n')).toContain('and 460 older article(s)');
  });

  it('shows counts and top speakers', () => {
    const m = renderStats(makeStats());
    expectValidMessage(m);
    const all = allTexts(m.blocks).join('\n');
    expect(all).toContain('*5* quotes by *2* speakers in *1* articles');
    expect(all).toContain('1. *Rajnath Singh*, Defence Minister — 4 quotes');
  });

  it('renders help from the one help list, every section', () => {
    const m = renderHelp('/quote');
    expectValidMessage(m);
    const all = allTexts(m.blocks).join('\n');
    for (const s of HELP_SECTIONS) expect(all).toContain(s.title);
    expect(all).toContain('`/quote who said &lt;words&gt;`');
  });

  it('escapes notices, and never sends an empty fallback', () => {
    const m = renderNotice(HOSTILE);
    expectValidMessage(m);
    expect(hasLiveMarkup([m.text, ...allTexts(m.blocks)])).toBe(false);
    expectValidMessage(renderNotice('   '));
  });
});

describe('App Home', () => {
  it('shows what the bot knows, the digest subscriptions and how to use it', () => {
    const view = renderHome({
      stats: makeStats(),
      subscriptions: [
        { channelId: 'C0NEWS', time: '09:00', timeZone: 'Europe/London', weekdaysOnly: true, pausedReason: null, createdAt: '', updatedAt: '', updatedBy: null },
      ],
    });
    expectValidView(view);
    const all = allTexts(view.blocks).join('\n');
    expect(all).toContain('*5* quotes by *2* speakers in *1* articles');
    expect(all).toContain('Latest additions');
    expect(all).toContain('<#C0NEWS> at 09:00 Europe/London, weekdays');
    expect(all).toContain('How to use it');
  });

  it('says how to subscribe when there are no digests, and stays within 100 blocks', () => {
    const view = renderHome({ stats: makeStats({ latestArticles: Array.from({ length: 50 }, (_, i) => makeArticle({ id: `x${i}` })) }), subscriptions: [] });
    expectValidView(view);
    expect(allTexts(view.blocks).join('\n')).toContain('/quote digest on 09:00');
  });
});
