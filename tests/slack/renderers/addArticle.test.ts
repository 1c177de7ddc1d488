import { renderAddArticleForm, renderArticlePreview, renderRefusal, renderSaved } from '../../../src/slack/renderers/addArticle';
import { VIEWS } from '../../../src/slack/ids';
import type { Article, Quote } from '../../../src/types';
import { expectValidView } from '../../helpers/blockKit';
import { allTexts, hasLiveMarkup, HOSTILE } from '../fixtures';

const article: Article = {
  file: 'slack:U1',
  id: 'art1',
  meta: { title: 'Talks in Delhi', date: '2023-11-11', source: 'Express News Service', author: null, url: null },
  raw: 'x',
  paragraphs: [{ index: 0, start: 0, end: 1, text: 'x' }],
};

function quote(i: number, name = 'Rajnath Singh'): Quote {
  return {
    id: `q${i}`,
    text: `Quote number ${i}`,
    speaker: { name, role: 'Defence Minister', type: 'person', aliases: [] },
    kind: 'direct',
    paragraph: 0,
    start: 0,
    end: 1,
    cue: 'said',
    confidence: 0.9,
  };
}

describe('Add article views', () => {
  it('the form has title, source, date, URL and text, and fits the modal limits', () => {
    const view = renderAddArticleForm({ text: 'x'.repeat(5000) });
    expectValidView(view);
    expect(view.callback_id).toBe(VIEWS.addArticle);
    expect(view.blocks.map((b) => b.block_id)).toEqual(['title', 'source', 'date', 'url', 'text']);
    expect((view.blocks[4] as any).element.initial_value).toHaveLength(3000);
  });

  it('previews the quotes and speakers found, with Save', () => {
    const view = renderArticlePreview(article, [quote(1), quote(2), quote(3, 'Ministry of Defence')], 'token-1');
    expectValidView(view);
    expect(view.submit?.text).toBe('Save');
    expect(view.private_metadata).toBe('token-1');
    const all = allTexts(view.blocks).join('\n');
    expect(all).toContain('Found 3 quotes by: Rajnath Singh (Defence Minister) ×2, Ministry of Defence (Defence Minister) ×1');
    expect(all).toContain('Quote number 3');
  });

  it('stays within 100 blocks for an article with very many quotes, and escapes hostile text', () => {
    const view = renderArticlePreview({ ...article, meta: { ...article.meta, title: HOSTILE } }, Array.from({ length: 300 }, (_, i) => quote(i, HOSTILE)), 't');
    expectValidView(view);
    expect(hasLiveMarkup(allTexts(view.blocks))).toBe(false);
  });

  it('says when nothing was found, how many were saved, and refuses politely', () => {
    expectValidView(renderArticlePreview(article, [], 't'));
    const saved = renderSaved('Talks in Delhi', 5, true);
    expectValidView(saved);
    expect(allTexts(saved.blocks).join()).toContain('5 quotes added');
    expectValidView(renderSaved(null, 0, false));
    const refusal = renderRefusal();
    expectValidView(refusal);
    expect(allTexts(refusal.blocks).join()).toMatch(/^Sorry, adding articles is limited to the editors/);
  });
});
