/** Buttons on the result card, clicked as Slack sends them (block_actions), answers via response_url. */
import { ACTIONS } from '../../../../src/slack/ids';
import { decodeState } from '../../../../src/slack/state';
import { expectValidMessage } from '../../../helpers/blockKit';
import { blockActions, slashCommand } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { buttons, responseAt, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

async function card(text: string): Promise<any> {
  const responseUrl = bot.fake.responseUrl();
  await bot.send(slashCommand({ text, responseUrl }));
  const m = await responseAt(bot, responseUrl);
  expectValidMessage(m);
  return m;
}

async function click(actionId: string, value: string | undefined, ephemeral = true): Promise<any> {
  const responseUrl = bot.fake.responseUrl();
  const res = await bot.send(blockActions({ actionId, value, responseUrl, ephemeral }));
  expect(res.status).toBe(200);
  const m = await responseAt(bot, responseUrl);
  expectValidMessage(m);
  return m;
}

const joined = (m: any) => [m.text, ...allTexts(m.blocks)].join('\n');

describe('result card buttons', () => {
  it('Share in channel posts the card in_channel, credited to the sharer, without controls', async () => {
    const m = await card('free and open indo-pacific');
    const share = buttons(m).get(ACTIONS.shareQuote);
    const shared = await click(ACTIONS.shareQuote, share.value);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(joined(shared)).toContain('Shared by <@U0ALICE>');
    expect(joined(shared)).toContain('*Rajnath Singh*, Defence Minister');
    expect([...buttons(shared).keys()].filter((k) => k !== ACTIONS.openSource)).toEqual([]);
  });

  it('Next and Previous replace the card in place, walking the results', async () => {
    const first = await card('india');
    const next = buttons(first).get(ACTIONS.nextResult);
    expect(next).toBeDefined();
    expect(decodeState(next.value)).toMatchObject({ q: 'india', o: 1 });
    const second = await click(ACTIONS.nextResult, next.value);
    expect(second.replace_original).toBe(true);
    expect(joined(second)).toContain('Result 2 of');
    const back = await click(ACTIONS.previousResult, buttons(second).get(ACTIONS.previousResult).value);
    expect(joined(back)).toContain('Result 1 of');
    expect(back.blocks[1].text.text).toBe(first.blocks[1].text.text);
  });

  it('keeps a public card public when paging (no Share button)', async () => {
    const first = await card('india');
    const second = await click(ACTIONS.nextResult, buttons(first).get(ACTIONS.nextResult).value, false);
    expect(buttons(second).has(ACTIONS.shareQuote)).toBe(false);
  });

  it('Full quote / context shows the paragraph privately', async () => {
    const m = await card('free and open indo-pacific');
    const detail = await click(ACTIONS.showContext, buttons(m).get(ACTIONS.showContext).value);
    expect(detail.response_type).toBe('ephemeral');
    expect(detail.replace_original).toBe(false);
    expect(joined(detail)).toContain('In context');
  });

  it('answers a tampered or expired button with a friendly note', async () => {
    const m = await click(ACTIONS.nextResult, 'not json');
    expect(joined(m)).toContain('expired');
    const gone = await click(ACTIONS.showContext, 'no-such-quote');
    expect(joined(gone)).toContain('no longer in my archive');
  });

  it('a speaker choice button re-runs the question for that speaker', async () => {
    const value = JSON.stringify({ q: 'by Singh', o: 0, s: 'Rajnath Singh' });
    const m = await click(`${ACTIONS.chooseSpeaker}_0`, value);
    expect(joined(m)).toContain('by *Rajnath Singh*');
  });
});
