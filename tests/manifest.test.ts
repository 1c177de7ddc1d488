/**
 * manifest.yml is valid against Slack's manifest schema (v1, offline copy in ../shared) and declares exactly
 * what the code registers: the same command, shortcut callback ids and events, both ways.
 */
import fs from 'fs';
import path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { App } from '@slack/bolt';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/config/logger';
import { createApp } from '../src/slack/app';
import { ACTIONS, COMMAND, EVENTS, SHORTCUTS, VIEWS } from '../src/slack/ids';
import { DIGEST_SEARCH_ACTION } from '../src/slack/renderers/digest';

const manifest = YAML.parse(fs.readFileSync(path.resolve(__dirname, '../manifest.yml'), 'utf8'));
const schema = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../shared/schemas/slack-manifest/schemas/manifest.schema.1.0.0.json'), 'utf8'),
);

/** What createApp registers, captured by spying on Bolt's registration methods. */
function registrations() {
  const seen = { command: [] as string[], shortcut: [] as string[], event: [] as string[], view: [] as string[], action: [] as string[] };
  const spies = (['command', 'shortcut', 'event', 'view', 'action'] as const).map((kind) =>
    jest.spyOn(App.prototype, kind as any).mockImplementation(function (this: unknown, id: unknown) {
      seen[kind].push(String(id));
      return this as any;
    }),
  );
  try {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-manifest-test', SLACK_SIGNING_SECRET: 's', PORT: '0', LOG_LEVEL: 'silent' });
    createApp(config, { store: {} as any, search: {} as any, logger: createLogger(config, { destination: { write: () => undefined } }) });
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  return seen;
}

describe('manifest.yml', () => {
  it('is valid against the Slack app manifest schema v1', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('runs in Socket Mode with interactivity, or else has request URLs everywhere', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    if (!manifest.settings.socket_mode_enabled) {
      expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
      expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
      for (const c of manifest.features.slash_commands) expect(c.url).toMatch(/\/slack\/events$/);
    }
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it('declares exactly the command, shortcuts and events the code registers', () => {
    const code = registrations();
    expect(manifest.features.slash_commands.map((c: any) => c.command)).toEqual([COMMAND]);
    expect(code.command).toEqual([COMMAND]);
    expect(manifest.features.slash_commands[0].usage_hint).toBeTruthy();

    const manifestShortcuts = manifest.features.shortcuts.map((s: any) => s.callback_id).sort();
    expect(manifestShortcuts).toEqual(Object.values(SHORTCUTS).sort());
    expect(code.shortcut.sort()).toEqual(manifestShortcuts);
    const types = Object.fromEntries(manifest.features.shortcuts.map((s: any) => [s.callback_id, s.type]));
    expect(types).toEqual({ [SHORTCUTS.whoSaidThis]: 'message', [SHORTCUTS.addArticleFromMessage]: 'message', [SHORTCUTS.addArticle]: 'global' });

    const manifestEvents = [...manifest.settings.event_subscriptions.bot_events].sort();
    expect(manifestEvents).toEqual([...EVENTS].sort());
    // message.im reaches Bolt as a `message` event (the listener keeps only channel_type "im").
    expect(code.event.sort()).toEqual(manifestEvents.map((e: string) => e.replace(/\.im$/, '')).sort());

    expect(code.view.sort()).toEqual(Object.values(VIEWS).sort());
  });

  it('handles every button the renderers make, the digest\'s "Search quotes" included', () => {
    const code = registrations();
    const expected = Object.values(ACTIONS).map((id) => (id === ACTIONS.chooseSpeaker ? String(new RegExp(`^${id}_\\d+$`)) : id));
    expect([...new Set(code.action)].sort()).toEqual(expected.sort());
    expect(code.action).toContain(DIGEST_SEARCH_ACTION);
    expect(code.view).toContain(VIEWS.searchQuotes);
  });

  it('asks only for the scopes the features need', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read']);
  });
});
