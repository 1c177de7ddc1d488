/**
 * The digest's "Search quotes" button end to end: a signed block_actions opens the search modal, a signed
 * view_submission answers inside it (response_action "update") with what `/quote` says, and the card's
 * buttons inside the modal update it (Next) or push the context over it.
 */
import { ACTIONS, SEARCH_FORM, VIEWS } from '../../../../src/slack/ids';
import { DIGEST_SEARCH_ACTION } from '../../../../src/slack/renderers/digest';
import { expectValidView } from '../../../helpers/blockKit';
import { blockActions, inputValue, TEAM, USER, viewSubmission, type SlackRequest } from '../../../helpers/slackRequests';
import { allTexts } from '../../fixtures';
import { buttons, startBot, type Bot } from '../../harness';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => bot.fake.reset());

const joined = (view: any) => allTexts(view.blocks).join('\n');

/** Click the digest's button and return the modal the bot opened. */
async function openModal(): Promise<any> {
  const res = await bot.send(
    blockActions({ actionId: DIGEST_SEARCH_ACTION, value: 'search', responseUrl: bot.fake.responseUrl(), ephemeral: false, blockId: 'digest_actions' }),
  );
  expect(res.status).toBe(200);
  const [open] = await bot.fake.waitFor('views.open');
  return open;
}

/** Submit the search modal with `query`; returns the view it was updated to. */
async function search(modal: any, query: string): Promise<any> {
  const res = await bot.send(viewSubmission({ view: modal, values: { [SEARCH_FORM.query]: { [SEARCH_FORM.query]: inputValue.text(query) } } }));
  expect(res.status).toBe(200);
  expect(res.json.response_action).toBe('update');
  expectValidView(res.json.view);
  expect(res.json.view.callback_id).toBe(VIEWS.searchQuotes);
  return res.json.view;
}

/** A button clicked inside a modal, as Slack sends it: a view container, the view, no response_url. */
function clickInModal(view: any, button: any): SlackRequest {
  const payload = {
    type: 'block_actions',
    user: { id: USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
    api_app_id: 'A0QUOTEBOT',
    token: 'legacy',
    container: { type: 'view', view_id: 'V0SEARCH' },
    trigger_id: '123.456.pqr',
    team: TEAM,
    view: { id: 'V0SEARCH', hash: '1700000000.hash', type: 'modal', callback_id: view.callback_id, blocks: view.blocks, state: { values: {} }, private_metadata: '' },
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'card_actions', text: button.text, value: button.value, action_ts: '1700000000.1' }],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

describe('Search quotes (the digest button)', () => {
  it('opens the search modal with the trigger id of the click', async () => {
    const open = await openModal();
    expect(open.body.trigger_id).toBe('123.456.def');
    expectValidView(open.body.view);
    expect(open.body.view.callback_id).toBe(VIEWS.searchQuotes);
    expect(open.body.view.blocks[0]).toMatchObject({ type: 'input', block_id: SEARCH_FORM.query, element: { action_id: SEARCH_FORM.query } });
  });

  it('logs, and never crashes, when Slack refuses to open the modal (an expired trigger id)', async () => {
    bot.fake.failNext('views.open', { body: { ok: false, error: 'expired_trigger_id' } });
    await openModal();
    const deadline = Date.now() + 5000;
    while (!bot.logs.some((l) => l.includes('digest_search failed')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(bot.logs.join('\n')).toMatch(/digest_search failed: .*expired_trigger_id/);
  });

  it('answers a who-said question inside the modal, attribution first, keeping the query', async () => {
    const { body } = await openModal();
    const view = await search(body.view, 'who said "maritime security"?');
    expect(view.blocks[0].element.initial_value).toBe('who said "maritime security"?');
    const lead = view.blocks.find((b: any) => b.block_id === 'lead');
    expect(lead.text.text).toMatch(/^\*Rajnath Singh\*, Defence Minister said it/);
    expect(joined(view)).toContain('Express News Service');
    // No response_url exists in a modal, so the card offers no Share button.
    expect(buttons(view).has(ACTIONS.shareQuote)).toBe(false);
  });

  it('says plainly when nothing matches, and explains an unknown speaker', async () => {
    const { body } = await openModal();
    expect(joined(await search(body.view, 'zebra crossing xylophone quantum'))).toMatch(/found no quotes|well enough/);
    expect(joined(await search(body.view, 'by lloyd'))).toContain('I know no speaker called “lloyd”');
    expect(joined(await search(body.view, 'add'))).toContain('/quote add');
  });

  it('Next inside the modal updates the modal in place; Context is pushed over it', async () => {
    const { body } = await openModal();
    const first = await search(body.view, 'india');
    expect(joined(first)).toContain('Result 1 of');
    const next = buttons(first).get(ACTIONS.nextResult);
    expect((await bot.send(clickInModal(first, next))).status).toBe(200);
    const [update] = await bot.fake.waitFor('views.update');
    expect(update.body).toMatchObject({ view_id: 'V0SEARCH', hash: '1700000000.hash' });
    expectValidView(update.body.view);
    expect(joined(update.body.view)).toContain('Result 2 of');
    expect(update.body.view.blocks[0].element.initial_value).toBe('india');
    expect(bot.fake.callsTo('response_url')).toHaveLength(0);

    await bot.send(clickInModal(first, buttons(first).get(ACTIONS.showContext)));
    const [push] = await bot.fake.waitFor('views.push');
    expect(push.body.trigger_id).toBe('123.456.pqr');
    expectValidView(push.body.view);
    expect(joined(push.body.view)).toMatch(/said/);
  });
});
