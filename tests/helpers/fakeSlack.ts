/**
 * A fake Slack Web API on 127.0.0.1 for end-to-end tests: the bot's WebClient (SLACK_API_URL) and every
 * response_url point here. It records each call with its decoded arguments, answers like Slack does, and
 * can be told to answer the next call of a method with an error, a 429 with Retry-After, or a delay.
 * It never talks to the real Slack.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  path: string;
  /** Decoded arguments: form fields with JSON values parsed, or the JSON body. */
  body: Record<string, any>;
  headers: http.IncomingHttpHeaders;
}

export interface ScriptedReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL / slackApiUrl, ending with "/". */
  apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves once `count` calls of `method` have been recorded (rejects after timeoutMs). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** The next call(s) of `method` get this reply instead of the normal one (queued, in order). */
  failNext(method: string, ...replies: ScriptedReply[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const FAKE_BOT = { teamId: 'T0TEAM', userId: 'U0BOT', botId: 'B0BOT' };

function decodeForm(raw: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

let tsCounter = 1_700_000_000;

/** What Slack answers for each method the bot uses; anything else gets `{ ok: true }`. */
function normalReply(method: string, body: Record<string, any>): unknown {
  switch (method) {
    case 'auth.test':
      return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'quotebot', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
    case 'chat.postMessage':
      return { ok: true, channel: body.channel, ts: `${tsCounter++}.000100`, message: { text: body.text } };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `${tsCounter++}.000200` };
    case 'views.open':
    case 'views.update':
    case 'views.push':
    case 'views.publish':
      return { ok: true, view: { id: `V${tsCounter++}`, ...(body.view ?? {}) } };
    default:
      return { ok: true };
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const scripted = new Map<string, ScriptedReply[]>();
  const waiters: Array<() => void> = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0];
      const isResponseUrl = path.startsWith('/response/');
      const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
      const json = String(req.headers['content-type'] ?? '').includes('application/json');
      const body = json ? ((safeJson(raw) as Record<string, any>) ?? {}) : decodeForm(raw);
      calls.push({ method, path, body, headers: req.headers });
      waiters.splice(0).forEach((w) => w());

      const script = scripted.get(method)?.shift();
      if (script?.delayMs) await new Promise((r) => setTimeout(r, script.delayMs));
      const status = script?.status ?? 200;
      const reply = script?.body ?? (isResponseUrl ? { ok: true } : normalReply(method, body));
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json', ...(script?.headers ?? {}) });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  let responseCounter = 0;

  const fake: FakeSlack = {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id ?? `r${++responseCounter}`}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`timed out waiting for ${count} ${method} call(s); got ${fake.callsTo(method).length}`)), timeoutMs);
        const check = () => {
          const found = fake.callsTo(method);
          if (found.length >= count) {
            clearTimeout(deadline);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
    failNext(method, ...replies) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...replies]);
    },
    reset() {
      calls.splice(0);
      scripted.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  return fake;
}
