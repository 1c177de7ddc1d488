/**
 * Requests as Slack sends them, signed with the app's signing secret (v0 HMAC-SHA256 over
 * `v0:timestamp:body`): slash commands, Events API callbacks, interactive payloads and url_verification.
 * Used by the end-to-end tests to talk to the real Bolt app over HTTP.
 */
import crypto from 'crypto';

export const TEAM = { id: 'T0TEAM', domain: 'fake' };
export const USER = { id: 'U0ALICE', name: 'alice' };
export const CHANNEL = { id: 'C0GENERAL', name: 'general' };

export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackRequest {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
}

export interface SentResponse {
  status: number;
  text: string;
  json: any;
  /** Milliseconds from sending to the complete response (the ack). */
  ms: number;
}

/** POST a request to the app's /slack/events, signed; extra headers such as X-Slack-Retry-Num go in `headers`. */
export async function send(baseUrl: string, request: SlackRequest, sign: SignOptions, headers: Record<string, string> = {}): Promise<SentResponse> {
  const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'Content-Type': request.contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': sign.signature ?? signature(sign.secret, timestamp, request.body),
      ...headers,
    },
    body: request.body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, text, json, ms: Date.now() - started };
}

function form(fields: Record<string, string>): SlackRequest {
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

function interactive(payload: Record<string, unknown>): SlackRequest {
  return form({ payload: JSON.stringify(payload) });
}

export function slashCommand(opts: { text: string; responseUrl: string; user?: string; channel?: string; triggerId?: string; command?: string }): SlackRequest {
  return form({
    token: 'legacy-verification-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: opts.channel ?? CHANNEL.id,
    channel_name: CHANNEL.name,
    user_id: opts.user ?? USER.id,
    user_name: USER.name,
    command: opts.command ?? '/quote',
    text: opts.text,
    api_app_id: 'A0QUOTEBOT',
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: opts.triggerId ?? '123.456.abc',
  });
}

let eventCounter = 0;

export function eventCallback(event: Record<string, unknown>, opts: { eventId?: string } = {}): SlackRequest {
  const body = {
    token: 'legacy-verification-token',
    team_id: TEAM.id,
    api_app_id: 'A0QUOTEBOT',
    event: { event_ts: String(Date.now() / 1000), ...event },
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${Date.now()}${++eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM.id, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export function urlVerification(challenge: string): SlackRequest {
  return { body: JSON.stringify({ token: 'legacy', challenge, type: 'url_verification' }), contentType: 'application/json' };
}

export function blockActions(opts: {
  actionId: string;
  value?: string;
  responseUrl: string;
  user?: string;
  ephemeral?: boolean;
  blockId?: string;
}): SlackRequest {
  const ts = '1700000000.000100';
  return interactive({
    type: 'block_actions',
    user: { id: opts.user ?? USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
    api_app_id: 'A0QUOTEBOT',
    token: 'legacy',
    container: { type: 'message', message_ts: ts, channel_id: CHANNEL.id, is_ephemeral: opts.ephemeral ?? true },
    trigger_id: '123.456.def',
    team: TEAM,
    channel: CHANNEL,
    response_url: opts.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: opts.actionId,
        block_id: opts.blockId ?? 'card_actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: opts.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  });
}

export function globalShortcut(callbackId: string, user = USER.id): SlackRequest {
  return interactive({
    type: 'shortcut',
    token: 'legacy',
    action_ts: String(Date.now() / 1000),
    team: TEAM,
    user: { id: user, username: USER.name, team_id: TEAM.id },
    callback_id: callbackId,
    trigger_id: '123.456.ghi',
  });
}

export function messageShortcut(opts: { callbackId: string; text: string; responseUrl: string; user?: string }): SlackRequest {
  return interactive({
    type: 'message_action',
    token: 'legacy',
    action_ts: String(Date.now() / 1000),
    team: TEAM,
    user: { id: opts.user ?? USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
    channel: CHANNEL,
    callback_id: opts.callbackId,
    trigger_id: '123.456.jkl',
    message_ts: '1700000000.000300',
    message: { type: 'message', user: 'U0BOB', ts: '1700000000.000300', text: opts.text },
    response_url: opts.responseUrl,
  });
}

/** A view_submission of `view` (as the app rendered it) with the user's input `values`. */
export function viewSubmission(opts: { view: Record<string, any>; values?: Record<string, Record<string, unknown>>; user?: string }): SlackRequest {
  return interactive({
    type: 'view_submission',
    team: TEAM,
    user: { id: opts.user ?? USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
    api_app_id: 'A0QUOTEBOT',
    token: 'legacy',
    trigger_id: '123.456.mno',
    view: {
      id: 'V0VIEW',
      team_id: TEAM.id,
      type: 'modal',
      callback_id: opts.view.callback_id,
      private_metadata: opts.view.private_metadata ?? '',
      blocks: opts.view.blocks ?? [],
      title: opts.view.title,
      state: { values: opts.values ?? {} },
      hash: '1700000000.abc',
    },
    response_urls: [],
  });
}

/** The state.values Slack sends for a plain text input, a datepicker and a URL input. */
export const inputValue = {
  text: (value: string | null) => ({ type: 'plain_text_input', value }),
  date: (selected_date: string | null) => ({ type: 'datepicker', selected_date }),
  url: (value: string | null) => ({ type: 'url_text_input', value }),
};
