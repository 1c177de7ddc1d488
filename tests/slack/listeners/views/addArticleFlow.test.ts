/** The Add article modal end to end: submit → preview of quotes and speakers → Save → stored and counted. */
import { renderAddArticleForm } from '../../../../src/slack/renderers/addArticle';
import { expectValidView } from '../../../helpers/blockKit';
import { inputValue, viewSubmission } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ QUOTEBOT_EDITORS: 'U0ALICE' });
});
afterAll(async () => {
  await bot.stop();
});

const ARTICLE = [
  'The city council approved the new bridge on Monday after a long debate.',
  '"This bridge will connect two halves of our city," said Mayor Jane Porter, who has backed the plan since 2021.',
  'Opponents were not convinced. "The cost is far too high for a town of our size," said councillor Tom Reed.',
].join('\n\n');

function formValues(over: Record<string, unknown> = {}) {
  return {
    title: { title: inputValue.text('Council approves bridge') },
    source: { source: inputValue.text('The Daily Test') },
    date: { date: inputValue.date('2024-03-04') },
    url: { url: inputValue.url('https://example.com/bridge') },
    text: { text: inputValue.text(ARTICLE) },
    ...over,
  };
}

describe('Add article modal', () => {
  it('previews the quotes found, then Save stores them in one go and says how many', async () => {
    const before = bot.store.stats();
    const submit = await bot.send(viewSubmission({ view: renderAddArticleForm(), values: formValues() }));
    expect(submit.status).toBe(200);
    expect(submit.json.response_action).toBe('update');
    const preview = submit.json.view;
    expectValidView(preview);
    const shown = allTexts(preview.blocks).join('\n');
    expect(shown).toContain('*Council approves bridge*');
    expect(shown).toContain('Jane Porter');
    expect(shown).toContain('This bridge will connect two halves of our city');
    expect(bot.store.stats().articles).toBe(before.articles);

    const save = await bot.send(viewSubmission({ view: preview }));
    expect(save.json.response_action).toBe('update');
    expectValidView(save.json.view);
    const after = bot.store.stats();
    expect(after.articles).toBe(before.articles + 1);
    const added = after.quotes - before.quotes;
    expect(added).toBeGreaterThan(0);
    expect(allTexts(save.json.view.blocks).join()).toContain(`${added} quote${added === 1 ? '' : 's'} added`);
    const stored = bot.store.listArticles().find((a) => a.title === 'Council approves bridge');
    expect(stored).toMatchObject({ source: 'The Daily Test', date: '2024-03-04', url: 'https://example.com/bridge' });

    // Saving the same preview again cannot add it twice.
    const again = await bot.send(viewSubmission({ view: preview }));
    expect(allTexts(again.json.view.blocks).join()).toContain('expired');
    expect(bot.store.stats().quotes).toBe(after.quotes);
  });

  it('shows an error on the text field for text that is not an article', async () => {
    const res = await bot.send(viewSubmission({ view: renderAddArticleForm(), values: formValues({ text: { text: inputValue.text('   ') } }) }));
    expect(res.json.response_action).toBe('errors');
    expect(typeof res.json.errors.text).toBe('string');
    expect(res.json.errors.text).not.toContain('U0ALICE');
  });

  it('refuses a submission from a non-editor and stores nothing', async () => {
    const before = bot.store.stats();
    const res = await bot.send(viewSubmission({ view: renderAddArticleForm(), values: formValues(), user: 'U0NOBODY' }));
    expectValidView(res.json.view);
    expect(allTexts(res.json.view.blocks).join()).toContain('Sorry');
    expect(bot.store.stats()).toEqual(before);
  });

  it('does not let another user save someone else’s preview', async () => {
    const submit = await bot.send(viewSubmission({ view: renderAddArticleForm(), values: formValues({ title: { title: inputValue.text('Second') }, text: { text: inputValue.text(`${ARTICLE}\n\nMore.`) } }) }));
    const before = bot.store.stats();
    const stolen = await bot.send(viewSubmission({ view: submit.json.view, user: 'U0MALLORY' }));
    expectValidView(stolen.json.view);
    expect(bot.store.stats()).toEqual(before);
  });
});
