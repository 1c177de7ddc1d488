import { renderAnswer } from '../../../src/slack/renderers/answerMessage';
import { ACTIONS } from '../../../src/slack/ids';
import { decodeState } from '../../../src/slack/state';
import { expectValidMessage } from '../../helpers/blockKit';
import { allTexts, hasLiveMarkup, HOSTILE, hit, makeQuote, results } from '../fixtures';

const opts = { surface: 'ephemeral' as const, state: { q: 'indo-pacific', o: 0 } };
const texts = (m: { text: string; blocks: unknown[] }) => [m.text, ...allTexts(m.blocks)].join('\n');

describe('renderAnswer', () => {
  it('renders a search result card with its position and confidences', () => {
    const m = renderAnswer(results(), opts);
    expectValidMessage(m);
    expect(texts(m)).toContain('Result 1 of 3');
    expect(texts(m)).toContain('match 90%');
    expect(texts(m)).toContain('attribution 95%');
    expect(m.text).toContain('Rajnath Singh, Defence Minister (Express News Service, 11 Nov 2023)');
  });

  it('leads a who-said answer with the attribution and confidence', () => {
    const m = renderAnswer(results({ query: { type: 'whoSaid', text: 'indo-pacific', phrases: [], filters: {} } }), opts) as any;
    expectValidMessage(m);
    expect(m.blocks[0].text.text).toMatch(/^\*Rajnath Singh\*, Defence Minister said it\. _\(match 90%, attribution 95%\)_$/);
  });

  it('says so when nothing matches well enough, and offers the closest without calling it the answer', () => {
    const answer = results({
      query: { type: 'whoSaid', text: 'moon landing', phrases: [], filters: {} },
      hits: [hit(makeQuote(), 0.2)],
      noMatch: true,
      suggestions: ['Try fewer words'],
    });
    const m = renderAnswer(answer, { ...opts, state: { q: 'who said moon landing', o: 0 } });
    expectValidMessage(m);
    const all = texts(m);
    expect(all).toContain('well enough to say who said it');
    expect(all).toContain('closest, match only 20%');
    expect(all).toContain('Try fewer words');
    expect(all).not.toMatch(/Defence Minister said it/);
    expect(m.text).toMatch(/^Nothing matches/);
  });

  it('never answers with nothing when there are no hits', () => {
    const m = renderAnswer(results({ hits: [], total: 0, noMatch: true, suggestions: ['Did you mean “indo-pacific”?'] }), opts);
    expectValidMessage(m);
    expect(texts(m)).toContain('I found no quotes for “indo-pacific”');
    expect(texts(m)).toContain('/quote help');
  });

  it('says when paging has gone past the last result', () => {
    const m = renderAnswer(results({ hits: [], total: 3, offset: 3 }), { surface: 'ephemeral', state: { q: 'india', o: 3 } });
    expectValidMessage(m);
    expect(texts(m)).toContain('That was the last result for “india” (3 in all)');
  });

  it('asks which speaker with candidate buttons carrying the choice', () => {
    const m = renderAnswer(
      {
        type: 'ambiguousSpeaker',
        query: { type: 'bySpeaker', speaker: 'Singh', text: '', phrases: [], filters: {} },
        asked: 'Singh',
        candidates: [
          { name: 'Rajnath Singh', role: 'Defence Minister', quoteCount: 4 },
          { name: 'Mayank Singh', role: null, quoteCount: 1 },
        ],
      },
      { ...opts, state: { q: 'by Singh', o: 0 } },
    ) as any;
    expectValidMessage(m);
    const buttons = m.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => b.action_id)).toEqual([`${ACTIONS.chooseSpeaker}_0`, `${ACTIONS.chooseSpeaker}_1`]);
    expect(decodeState(buttons[0].value)).toEqual({ q: 'by Singh', o: 0, s: 'Rajnath Singh' });
    expect(buttons[0].text.text).toBe('Rajnath Singh (Defence Minister)');
  });

  it('explains an unknown speaker and offers look-alikes', () => {
    const m = renderAnswer(
      { type: 'unknownSpeaker', query: { type: 'bySpeaker', speaker: 'Rajnat', text: '', phrases: [], filters: {} }, asked: 'Rajnat', suggestions: [{ name: 'Rajnath Singh', role: null, quoteCount: 4 }] },
      opts,
    );
    expectValidMessage(m);
    expect(texts(m)).toContain('I know no speaker called “Rajnat”');
    expect(texts(m)).toContain('Did you mean');
  });

  it('drops paging buttons when the query is too long to fit a button value, and stays valid', () => {
    const q = 'x'.repeat(3000);
    const m = renderAnswer(results(), { surface: 'ephemeral', state: { q, o: 0 } }) as any;
    expectValidMessage(m);
    const ids = m.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements.map((e: any) => e.action_id));
    expect(ids).not.toContain(ACTIONS.nextResult);
  });

  it('echoes a hostile query as text', () => {
    const m = renderAnswer(results({ hits: [], total: 0, noMatch: true }), { surface: 'ephemeral', state: { q: HOSTILE, o: 0 } });
    expectValidMessage(m);
    expect(hasLiveMarkup([m.text, ...allTexts(m.blocks)])).toBe(false);
  });
});
