import { VIEWS } from '../../../src/slack/ids';
import { renderAnswer } from '../../../src/slack/renderers/answerMessage';
import { renderHelp } from '../../../src/slack/renderers/help';
import { renderQuoteDetail } from '../../../src/slack/renderers/quoteDetail';
import { renderMessageModal, renderSearchModal } from '../../../src/slack/renderers/searchModal';
import { expectValidView } from '../../helpers/blockKit';
import { allTexts, hasLiveMarkup, HOSTILE, makeQuote, results } from '../fixtures';

const state = { q: 'by singh', o: 0 };

describe('search modal', () => {
  it('is a valid modal with only the input before a search', () => {
    const view = renderSearchModal();
    expectValidView(view);
    expect(view.callback_id).toBe(VIEWS.searchQuotes);
    expect(view.blocks).toHaveLength(1);
  });

  it('holds every kind of answer the slash command gives, as a valid view', () => {
    const answers = [
      renderAnswer(results(), { surface: 'public', state }),
      renderAnswer(results({ query: { type: 'whoSaid', text: 'x', phrases: [], filters: {} } }), { surface: 'public', state }),
      renderAnswer(results({ hits: [], total: 0, noMatch: true, suggestions: ['try fewer words'] }), { surface: 'public', state }),
      renderAnswer(
        {
          type: 'ambiguousSpeaker',
          query: { type: 'bySpeaker', speaker: 'singh', text: '', phrases: [], filters: {} },
          asked: 'singh',
          candidates: [
            { name: 'Rajnath Singh', role: 'Defence Minister', quoteCount: 4 },
            { name: 'Manmohan Singh', role: null, quoteCount: 1 },
          ],
        },
        { surface: 'public', state },
      ),
      renderHelp(),
    ];
    for (const answer of answers) {
      const view = renderSearchModal(state.q, answer);
      expectValidView(view);
      expect(view.blocks.slice(2)).toEqual(answer.blocks);
    }
  });

  it('keeps a hostile query as plain text in the input and pings no one', () => {
    const view = renderSearchModal(HOSTILE, renderAnswer(results({ hits: [], total: 0, noMatch: true }), { surface: 'public', state: { q: HOSTILE, o: 0 } }));
    expectValidView(view);
    expect((view.blocks[0] as any).element.initial_value).toBe(HOSTILE);
    expect(hasLiveMarkup(allTexts(view.blocks.slice(1)))).toBe(false);
  });

  it('the full quote pushed over it fits a view, even for a 100 kB quote', () => {
    const huge = 'A & B <b> '.repeat(10_000);
    expectValidView(renderMessageModal('Full quote', renderQuoteDetail(makeQuote({ text: huge, context: huge }))));
  });
});
