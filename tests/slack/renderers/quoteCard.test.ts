import { quoteCardBlocks, quoteFallback, speakerName } from '../../../src/slack/renderers/quoteCard';
import { ACTIONS } from '../../../src/slack/ids';
import { decodeState } from '../../../src/slack/state';
import { expectValidMessage } from '../../helpers/blockKit';
import { allTexts, HOSTILE, hasLiveMarkup, makeArticle, makeQuote } from '../fixtures';

const actionIds = (blocks: any[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => e.action_id));

describe('quote card', () => {
  it('shows the quote as a block quote, the speaker bold with role, and source, date, headline and short id', () => {
    const blocks = quoteCardBlocks(makeQuote(), { surface: 'ephemeral' }) as any[];
    expectValidMessage({ text: quoteFallback(makeQuote()), blocks });
    const main = blocks[0].text.text as string;
    expect(main).toMatch(/^>“We are committed to a free, open and rules-bound Indo-Pacific\.”/);
    expect(main).toContain('— *Rajnath Singh*, Defence Minister');
    expect(blocks[0].text.verbatim).toBe(true);
    const context = blocks[1].elements[0].text as string;
    expect(context).toContain('Express News Service');
    expect(context).toContain('11 Nov 2023');
    expect(context).toContain('_India, US to deepen defence ties_');
    expect(context).toContain('`Q-3f9a`');
  });

  it('offers Share only on ephemeral cards, and nothing but the source link on shared ones', () => {
    expect(actionIds(quoteCardBlocks(makeQuote(), { surface: 'ephemeral' }))).toEqual([ACTIONS.shareQuote, ACTIONS.showContext, ACTIONS.openSource]);
    expect(actionIds(quoteCardBlocks(makeQuote(), { surface: 'public' }))).toEqual([ACTIONS.showContext, ACTIONS.openSource]);
    expect(actionIds(quoteCardBlocks(makeQuote(), { surface: 'shared', sharedBy: '<@U1>' }))).toEqual([ACTIONS.openSource]);
  });

  it('links the source only for http(s) URLs', () => {
    const noUrl = makeQuote({ article: makeArticle({ url: null }) });
    const evil = makeQuote({ article: makeArticle({ url: 'javascript:alert(1)' }) });
    expect(actionIds(quoteCardBlocks(noUrl, { surface: 'public' }))).not.toContain(ACTIONS.openSource);
    expect(actionIds(quoteCardBlocks(evil, { surface: 'public' }))).not.toContain(ACTIONS.openSource);
  });

  it('puts Previous/Next state in the button values', () => {
    const blocks = quoteCardBlocks(makeQuote(), { surface: 'ephemeral', paging: { state: { q: 'indo', o: 1 }, total: 3 } }) as any[];
    const buttons = blocks.find((b) => b.type === 'actions').elements;
    const prev = buttons.find((b: any) => b.action_id === ACTIONS.previousResult);
    const next = buttons.find((b: any) => b.action_id === ACTIONS.nextResult);
    expect(decodeState(prev.value)).toEqual({ q: 'indo', o: 0 });
    expect(decodeState(next.value)).toEqual({ q: 'indo', o: 2 });
    const last = quoteCardBlocks(makeQuote(), { surface: 'ephemeral', paging: { state: { q: 'indo', o: 2 }, total: 3 } });
    expect(actionIds(last)).not.toContain(ACTIONS.nextResult);
  });

  it('truncates a long quote cleanly and offers the full text', () => {
    const long = makeQuote({ text: 'word '.repeat(2000).trim() });
    const blocks = quoteCardBlocks(long, { surface: 'public' }) as any[];
    expectValidMessage({ text: quoteFallback(long), blocks });
    expect(blocks[0].text.text).toMatch(/word…”/);
    expect(blocks[0].text.text.length).toBeLessThan(1000);
    const full = blocks.find((b) => b.type === 'actions').elements.find((e: any) => e.action_id === ACTIONS.showContext);
    expect(full.text.text).toBe('Full quote / context');
  });

  it('escapes mrkdwn control characters in every piece of article text', () => {
    const q = makeQuote({
      text: HOSTILE,
      speaker: { name: `<@U999> ${HOSTILE}`, role: HOSTILE, type: 'person', aliases: [] },
      article: makeArticle({ title: HOSTILE, source: HOSTILE }),
    });
    const blocks = quoteCardBlocks(q, { surface: 'ephemeral' });
    expectValidMessage({ text: quoteFallback(q), blocks });
    expect(hasLiveMarkup(allTexts(blocks))).toBe(false);
    expect(hasLiveMarkup([quoteFallback(q)])).toBe(false);
    expect(JSON.stringify(blocks)).toContain('&lt;!channel&gt;');
  });

  it('never invents a name for an unnamed speaker', () => {
    const q = makeQuote({ speaker: { name: 'unknown', role: null, type: 'unknown', aliases: [], description: 'an official' } });
    expect(speakerName(q)).toBe('Unnamed speaker (an official)');
  });
});
