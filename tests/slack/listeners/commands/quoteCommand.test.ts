/** `/quote …` end to end: signed slash commands in, ephemeral answers out through the response_url. */
import { slashCommand, USER } from '../../../helpers/slackRequests';
import { expectValidMessage, expectValidView } from '../../../helpers/blockKit';
import { allTexts, hasLiveMarkup, HOSTILE } from '../../fixtures';
import { responseAt, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ QUOTEBOT_EDITORS: 'U0EDITOR' });
});
afterAll(async () => {
  await bot.stop();
});

/** Send `/quote text`, check the ack, return the (validated) message posted to its response_url. */
async function ask(text: string, user = USER.id): Promise<any> {
  const responseUrl = bot.fake.responseUrl();
  const res = await bot.send(slashCommand({ text, responseUrl, user }));
  expect(res.status).toBe(200);
  const message = await responseAt(bot, responseUrl);
  expectValidMessage(message);
  return message;
}

const joined = (m: any) => [m.text, ...allTexts(m.blocks)].join('\n');

describe('/quote', () => {
  it('answers the seed question with Rajnath Singh, Defence Minister, Express News Service, 11 Nov 2023', async () => {
    const m = await ask('free and open indo-pacific');
    expect(m.response_type).toBe('ephemeral');
    const text = joined(m);
    expect(text).toContain('*Rajnath Singh*, Defence Minister');
    expect(text).toContain('Express News Service');
    expect(text).toContain('11 Nov 2023');
    expect(text.toLowerCase()).toContain('indo-pacific');
    expect(m.link_names).toBeUndefined();
  });

  it('answers empty input and help with the help card', async () => {
    for (const q of ['', 'help']) {
      const m = await ask(q);
      expect(joined(m)).toContain('How to use Quotebot');
    }
  });

  it('finds a quote again by the short id on its card', async () => {
    const first = await ask('free and open indo-pacific');
    const shortId = /`(Q-[0-9a-f]+)`/i.exec(joined(first))![1];
    const again = await ask(`id ${shortId}`);
    expect(joined(again)).toContain(shortId);
    expect(joined(again)).toContain('*Rajnath Singh*');
  });

  it('lists sources and stats', async () => {
    expect(joined(await ask('sources'))).toMatch(/1 article, \d+ quotes/);
    const stats = joined(await ask('stats'));
    expect(stats).toMatch(/\*Rajnath Singh\*, Defence Minister — \d+ quotes/);
  });

  it('answers a who-said question with the attribution first', async () => {
    const m = await ask('who said "maritime security"?');
    expect(m.blocks[0].text.text).toMatch(/^\*Rajnath Singh\*, Defence Minister said it\. _\(match \d+%, attribution \d+%\)_$/);
  });

  it('gives a helpful answer, never an empty one, when nothing matches', async () => {
    const m = await ask('zebra crossing xylophone quantum');
    expect(joined(m)).toMatch(/found no quotes|well enough/);
  });

  it('explains an invalid query in friendly words', async () => {
    const m = await ask('indo since:2023-13-45');
    expect(m.blocks[0].type).toBe('section');
    expect(joined(m)).toContain('/quote help');
  });

  it('continues the last search with next', async () => {
    await ask('india');
    const m = await ask('next');
    expect(joined(m)).toMatch(/Result 2 of \d+|no earlier search|found no quotes/);
  });

  it('shows a hostile query as text, pinging no one', async () => {
    const m = await ask(HOSTILE);
    expect(hasLiveMarkup([m.text, ...allTexts(m.blocks)])).toBe(false);
  });

  it('opens the Add article form for an editor and refuses others politely', async () => {
    const refused = await ask('add', 'U0NOBODY');
    expect(joined(refused)).toContain('Sorry, adding articles is limited to the editors');
    expect(bot.fake.callsTo('views.open')).toHaveLength(0);

    const responseUrl = bot.fake.responseUrl();
    await bot.send(slashCommand({ text: 'add', responseUrl, user: 'U0EDITOR', triggerId: 'trig-1' }));
    const [open] = await bot.fake.waitFor('views.open');
    expect(open.body.trigger_id).toBe('trig-1');
    expectValidView(open.body.view);
    expect(open.body.view.callback_id).toBe('add_article_form');
  });

  it('hands /quote digest to the digest and shows its answer', async () => {
    const m = await ask('digest status');
    expect(joined(m).toLowerCase()).toContain('digest');
  });
});
