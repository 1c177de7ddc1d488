/** Shortcuts end to end: "Who said this?" answers privately; "Add article" opens the form or refuses. */
import { SHORTCUTS } from '../../../../src/slack/ids';
import { expectValidMessage, expectValidView } from '../../../helpers/blockKit';
import { globalShortcut, messageShortcut } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { responseAt, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ QUOTEBOT_EDITORS: 'U0EDITOR,U0ALICE' });
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => bot.fake.reset());

const joined = (m: any) => [m.text, ...allTexts(m.blocks)].join('\n');

describe('message shortcut "Who said this?"', () => {
  it('answers privately with the attribution and confidence', async () => {
    const res = await bot.send(
      messageShortcut({ callbackId: SHORTCUTS.whoSaidThis, text: 'Who said “countering China’s aggression, promoting a free and open Indo-Pacific”? &lt;@U0BOB&gt;', responseUrl: bot.fake.responseUrl() }),
    );
    expect(res.status).toBe(200);
    const [post] = await bot.fake.waitFor('chat.postEphemeral');
    expectValidMessage(post.body);
    expect(post.body.user).toBe('U0ALICE');
    expect(post.body.channel).toBe('C0GENERAL');
    expect(joined(post.body)).toMatch(/\*Rajnath Singh\*, Defence Minister said it\. _\(match \d+%, attribution \d+%\)_/);
  });

  it('falls back to the response_url when the bot is not in the channel', async () => {
    bot.fake.failNext('chat.postEphemeral', { body: { ok: false, error: 'not_in_channel' } });
    const responseUrl = bot.fake.responseUrl();
    await bot.send(messageShortcut({ callbackId: SHORTCUTS.whoSaidThis, text: 'free and open Indo-Pacific', responseUrl }));
    const m = await responseAt(bot, responseUrl);
    expectValidMessage(m);
    expect(m.response_type).toBe('ephemeral');
    expect(joined(m)).toContain('Rajnath Singh');
  });

  it('says so for a message with no text', async () => {
    await bot.send(messageShortcut({ callbackId: SHORTCUTS.whoSaidThis, text: '', responseUrl: bot.fake.responseUrl() }));
    const [post] = await bot.fake.waitFor('chat.postEphemeral');
    expectValidMessage(post.body);
    expect(joined(post.body)).toContain('no text');
  });
});

describe('"Add article" shortcuts', () => {
  it('global shortcut opens the form for an editor', async () => {
    await bot.send(globalShortcut(SHORTCUTS.addArticle, 'U0EDITOR'));
    const [open] = await bot.fake.waitFor('views.open');
    expectValidView(open.body.view);
    expect(open.body.view.callback_id).toBe('add_article_form');
  });

  it('message shortcut opens the form prefilled with the message, unescaped', async () => {
    await bot.send(
      messageShortcut({ callbackId: SHORTCUTS.addArticleFromMessage, text: 'Tom &amp; Jerry said &lt;hello&gt;', responseUrl: bot.fake.responseUrl(), user: 'U0EDITOR' }),
    );
    const [open] = await bot.fake.waitFor('views.open');
    expectValidView(open.body.view);
    const textBlock = open.body.view.blocks.find((b: any) => b.block_id === 'text');
    expect(textBlock.element.initial_value).toBe('Tom & Jerry said <hello>');
  });

  it('refuses non-editors politely', async () => {
    await bot.send(globalShortcut(SHORTCUTS.addArticle, 'U0NOBODY'));
    const [open] = await bot.fake.waitFor('views.open');
    expectValidView(open.body.view);
    expect(allTexts(open.body.view.blocks).join()).toContain('Sorry, adding articles is limited to the editors');
    expect(bot.logs.join('')).toContain('not an editor');
  });
});
