/**
 * Pictures of every Quotebot card, for the README: renders each message and view (made by the real
 * renderers from the seed article, through the real store and search) into an HTML page that mimics
 * Slack's look, then screenshots each page with headless Chromium into docs/screenshots/.
 *
 *   npx tsx scripts/render-cards.ts            # needs `chromium` on PATH (apt-get install chromium)
 *   npx tsx scripts/render-cards.ts --html     # only write the HTML pages
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { listArticleFiles, parseArticle, readArticleFile } from '../src/articles';
import { composeDigest } from '../src/digest/compose';
import { extractQuotes } from '../src/extraction';
import { createSearch } from '../src/search';
import { answerState, answerText } from '../src/slack/answer';
import { createMemory, type ListenerDeps } from '../src/slack/context';
import { renderAnswer } from '../src/slack/renderers/answerMessage';
import { renderAddArticleForm, renderArticlePreview, renderRefusal, renderSaved } from '../src/slack/renderers/addArticle';
import { renderDigestPost } from '../src/slack/renderers/digest';
import { renderSearchModal } from '../src/slack/renderers/searchModal';
import { quoteCardBlocks, quoteFallback } from '../src/slack/renderers/quoteCard';
import { renderHome } from '../src/slack/renderers/home';
import { renderQuoteDetail, renderSharedQuote } from '../src/slack/renderers/quoteDetail';
import type { SlackMessage } from '../src/slack/renderers/types';
import { openStore } from '../src/store';

const OUT = path.resolve(__dirname, '../docs/screenshots');
const WIDTH = 760;

// ---------------------------------------------------------------------------------------------------------
// Slack-like HTML for Block Kit (enough of it for what Quotebot renders)

const USERS: Record<string, string> = { U0ALICE: 'alice', U0BOT: 'Quotebot' };
const CHANNELS: Record<string, string> = { C0NEWS: 'news', C0GENERAL: 'general' };

/** The few emoji codes the renderers use, as glyphs the headless fonts have (DejaVu; no colour emoji font). */
const EMOJI: Record<string, string> = { speech_balloon: '❝', warning: '⚠', eyes: '◉' };

/** mrkdwn → HTML. Renderers escape &, <, > as entities, so a raw `<` here is always Slack markup. */
export function mrkdwn(text: string): string {
  const inline = (line: string) =>
    line
      .replace(/"/g, '&quot;')
      .replace(/:([a-z_]+):/g, (m, name: string) => EMOJI[name] ?? m)
      .replace(/<@([A-Z0-9]+)>/g, (_m, id) => `<span class="mention">@${USERS[id] ?? id}</span>`)
      .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id, name) => `<span class="mention">#${name || CHANNELS[id] || id}</span>`)
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '<a href="$1">$2</a>')
      .replace(/<(https?:[^>]+)>/g, '<a href="$1">$1</a>')
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/(^|[\s(“])\*([^*\n]+)\*/g, '$1<b>$2</b>')
      .replace(/(^|[\s(“])_([^_\n]+)_(?=$|[\s).,”])/g, '$1<i>$2</i>')
      .replace(/(^|\s)~([^~\n]+)~/g, '$1<s>$2</s>');
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) quote.push(inline(line.slice(1)));
    else {
      flush();
      out.push(`${inline(line)}<br>`);
    }
  }
  flush();
  return out.join('').replace(/(<br>)+$/, '');
}

const plainHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textObject(t: any): string {
  return t.type === 'mrkdwn' ? mrkdwn(t.text) : plainHtml(t.text);
}

function element(e: any): string {
  switch (e.type) {
    case 'button':
      return `<span class="button ${e.style ?? ''}">${plainHtml(e.text.text)}${e.url ? ' ↗' : ''}</span>`;
    case 'plain_text_input':
      return e.multiline
        ? `<div class="input multiline">${plainHtml((e.initial_value ?? '').slice(0, 400))}</div>`
        : e.initial_value
          ? `<div class="input filled">${plainHtml(e.initial_value)}</div>`
          : `<div class="input">${plainHtml(e.placeholder?.text ?? '')}</div>`;
    case 'datepicker':
      return '<div class="input date">📅 Select a date</div>';
    case 'url_text_input':
      return '<div class="input">https://</div>';
    default:
      return '';
  }
}

function block(b: any): string {
  switch (b.type) {
    case 'section':
      return `<div class="section">${b.text ? textObject(b.text) : ''}${b.fields ? b.fields.map(textObject).join('') : ''}</div>`;
    case 'context':
      return `<div class="context">${b.elements.map((e: any) => `<span>${textObject(e)}</span>`).join('')}</div>`;
    case 'actions':
      return `<div class="actions">${b.elements.map(element).join('')}</div>`;
    case 'header':
      return `<div class="header">${plainHtml(b.text.text)}</div>`;
    case 'divider':
      return '<hr>';
    case 'input':
      return `<div class="inputblock"><label>${plainHtml(b.label.text)}${b.optional ? ' <span class="optional">(optional)</span>' : ''}</label>${element(b.element)}${b.hint ? `<div class="hint">${plainHtml(b.hint.text)}</div>` : ''}</div>`;
    default:
      return '';
  }
}

const CSS = `
body{margin:0;background:#fff;font:15px/1.46668 -apple-system,BlinkMacSystemFont,"Segoe UI",Lato,"Helvetica Neue",Arial,sans-serif;color:#1d1c1d}
.page{width:${WIDTH - 40}px;padding:16px 20px}
.msg{display:flex;gap:8px}.avatar{width:36px;height:36px;border-radius:6px;background:#2c3e50;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;flex:none}
.who{font-weight:900}.app{font-size:10px;background:#e8e8e8;color:#616061;border-radius:2px;padding:1px 3px;margin-left:4px;font-weight:700}.time{color:#616061;font-size:12px;margin-left:6px}
.only{color:#616061;font-size:13px;margin-bottom:2px}.body{flex:1;min-width:0}
.section{margin:6px 0;word-wrap:break-word}.context{color:#616061;font-size:13px;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 12px}
.header{font-size:18px;font-weight:900;margin:10px 0 4px}
blockquote{margin:2px 0;padding-left:12px;border-left:4px solid #ddd}
code{font:12px Monaco,Menlo,Consolas,monospace;background:#f6f6f6;border:1px solid #e0e0e0;border-radius:3px;padding:1px 3px;color:#e01e5a}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}a{color:#1264a3;text-decoration:none}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.button{border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-size:13px;font-weight:700;background:#fff}
.button.primary{background:#007a5a;color:#fff;border-color:#007a5a}
hr{border:none;border-top:1px solid #ddd;margin:12px 0}
.modal{width:520px;border-radius:8px;box-shadow:0 0 0 1px #ddd,0 4px 12px rgba(0,0,0,.12);margin:0 auto}
.modal .title{font-size:22px;font-weight:900;padding:18px 24px;border-bottom:1px solid #ddd;display:flex;justify-content:space-between}
.modal .content{padding:8px 24px 16px}.modal .footer{border-top:1px solid #ddd;padding:14px 24px;display:flex;justify-content:flex-end;gap:8px}
.inputblock{margin:14px 0}.inputblock label{font-weight:700;display:block;margin-bottom:6px}.optional{font-weight:400;color:#616061}
.input{border:1px solid #bbb;border-radius:4px;padding:8px;color:#868686;min-height:18px}.input.filled{color:#1d1c1d}.input.multiline{min-height:90px;color:#1d1c1d;white-space:pre-wrap;font-size:13px}
.hint{color:#616061;font-size:13px;margin-top:4px}
.home{border:1px solid #ddd;border-radius:8px;padding:8px 24px}.tabs{display:flex;gap:20px;border-bottom:1px solid #ddd;margin-bottom:8px;font-weight:700;color:#616061}.tabs .on{color:#1d1c1d;border-bottom:2px solid #1264a3;padding-bottom:6px}
.caption{color:#616061;font-size:12px;margin-bottom:10px;font-style:italic}
`;

function page(caption: string, inner: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="page" id="page"><div class="caption">${plainHtml(caption)}</div>${inner}</div>
<script>document.body.setAttribute('data-height', String(Math.ceil(document.getElementById('page').getBoundingClientRect().height)));</script></body></html>`;
}

function messagePage(caption: string, m: SlackMessage & { response_type?: string }, opts: { ephemeral?: boolean; from?: string } = {}): string {
  const only = opts.ephemeral ? '<div class="only">Only visible to you</div>' : '';
  return page(
    caption,
    `<div class="msg"><div class="avatar">Q</div><div class="body">${only}<span class="who">Quotebot</span><span class="app">APP</span><span class="time">9:41 AM</span>${m.blocks.map(block).join('')}</div></div>`,
  );
}

function viewPage(caption: string, view: any): string {
  if (view.type === 'home') {
    return page(caption, `<div class="home"><div class="tabs"><span class="on">Home</span><span>Messages</span><span>About</span></div>${view.blocks.map(block).join('')}</div>`);
  }
  const footer = `${view.close ? `<span class="button">${plainHtml(view.close.text)}</span>` : ''}${view.submit ? `<span class="button primary">${plainHtml(view.submit.text)}</span>` : ''}`;
  return page(caption, `<div class="modal"><div class="title">${plainHtml(view.title.text)}<span>✕</span></div><div class="content">${view.blocks.map(block).join('')}</div><div class="footer">${footer}</div></div>`);
}

// ---------------------------------------------------------------------------------------------------------
// The cards, from the seed article

/** The digest's date and clock, fixed so the pictures do not change with the day they are made. */
const DIGEST_NOW = new Date('2027-01-15T09:00:00Z');

function cards(): Array<{ name: string; html: string }> {
  const store = openStore(':memory:', { now: () => new Date(DIGEST_NOW.getTime() - 60 * 60 * 1000) });
  for (const file of listArticleFiles([path.resolve(__dirname, '../data/articles')])) {
    const article = readArticleFile(file);
    store.ingest(article, extractQuotes(article));
  }
  const silent = { info() {}, warn() {}, error() {}, debug() {}, child() { return silent; } } as any;
  const deps: ListenerDeps = { store, search: createSearch(store), logger: silent, config: {} as any, memory: createMemory() };
  const ask = (text: string, surface: 'ephemeral' | 'public' = 'ephemeral') => {
    const reply = answerText(text, deps, { surface, userId: 'U0ALICE', helpPrefix: surface === 'public' ? '@Quotebot' : '/quote' });
    if (reply.kind !== 'message') throw new Error(`no message for ${text}`);
    return reply.message;
  };
  const seed = deps.search.run({ type: 'search', text: 'free and open indo-pacific', phrases: [], filters: {} }, { limit: 1 });
  const seedQuote = seed.type === 'results' ? seed.hits[0].quote : null;
  if (!seedQuote) throw new Error('the seed article gave no quote');

  const reported = store.quoteIds().map((id) => store.getQuote(id)).find((q) => q?.kind === 'indirect');
  if (!reported) throw new Error('the seed article gave no reported speech');
  const modalAsk = (text: string) => {
    const reply = answerText(text, deps, { surface: 'public', userId: 'U0ALICE', helpPrefix: '/quote' });
    if (reply.kind !== 'message') throw new Error(`no message for ${text}`);
    return renderSearchModal(text, reply.message);
  };
  const digest = renderDigestPost(composeDigest(store, { channelId: 'C0NEWS', timeZone: 'Europe/London' }, '2027-01-15', DIGEST_NOW));

  const bridge = parseArticle(
    '---\ntitle: Council approves bridge\nsource: The Daily Test\ndate: 2024-03-04\n---\n\nThe city council approved the new bridge on Monday.\n\n"This bridge will connect two halves of our city," said Mayor Jane Porter.\n\n"The cost is far too high for a town of our size," said councillor Tom Reed.\n',
    'slack:U0ALICE',
  );
  const out = [
    { name: 'result-card', html: messagePage('/quote free and open indo-pacific — the result card (ephemeral)', ask('free and open indo-pacific'), { ephemeral: true }) },
    { name: 'who-said', html: messagePage('@Quotebot who said "maritime security"? — answered in the thread', ask('who said "maritime security"?', 'public')) },
    { name: 'next-result', html: messagePage('After clicking Next ▶ — the card replaced in place', answerState({ q: 'india', o: 1 }, deps, { surface: 'ephemeral' }), { ephemeral: true }) },
    { name: 'no-match', html: messagePage('/quote who said the moon is made of cheese — no match, closest offered honestly', ask('who said the moon is made of cheese'), { ephemeral: true }) },
    {
      name: 'reported-speech',
      html: messagePage('Reported (indirect) speech: no quotation marks, labelled as not verbatim', {
        text: quoteFallback(reported),
        blocks: quoteCardBlocks(reported, { surface: 'public' }),
      }),
    },
    { name: 'shared', html: messagePage('Share in channel — posted for everyone, credited', renderSharedQuote(seedQuote, 'U0ALICE')) },
    { name: 'context', html: messagePage('Full quote / context', renderQuoteDetail(seedQuote), { ephemeral: true }) },
    {
      name: 'speaker-choice',
      html: messagePage(
        '/quote by defence — when a name fits several speakers, the bot asks',
        renderAnswer(
          {
            type: 'ambiguousSpeaker',
            query: { type: 'bySpeaker', speaker: 'defence', text: '', phrases: [], filters: {} },
            asked: 'defence',
            candidates: store.stats().topSpeakers.slice(0, 3),
          },
          { surface: 'ephemeral', state: { q: 'by defence', o: 0 } },
        ),
        { ephemeral: true },
      ),
    },
    { name: 'digest', html: messagePage('The daily digest, posted in #news at 09:00 Europe/London', digest) },
    { name: 'search-modal', html: viewPage('Search quotes (the digest button) — the modal before a search', renderSearchModal()) },
    { name: 'search-modal-answer', html: viewPage('Search quotes — answered inside the modal', modalAsk('who said "maritime security"?')) },
    { name: 'sources', html: messagePage('/quote sources', ask('sources'), { ephemeral: true }) },
    { name: 'stats', html: messagePage('/quote stats', ask('stats'), { ephemeral: true }) },
    { name: 'help', html: messagePage('/quote help', ask('help'), { ephemeral: true }) },
    {
      name: 'home',
      html: viewPage('App Home tab', renderHome({
        stats: store.stats(),
        subscriptions: [{ channelId: 'C0NEWS', time: '09:00', timeZone: 'Europe/London', weekdaysOnly: true, pausedReason: null, createdAt: '', updatedAt: '', updatedBy: 'U0ALICE' }],
      })),
    },
    { name: 'add-form', html: viewPage('Add article — the form', renderAddArticleForm({ text: bridge.paragraphs.map((p) => p.text).join('\n\n') })) },
    { name: 'add-preview', html: viewPage('Add article — the preview of quotes and speakers found', renderArticlePreview(bridge, extractQuotes(bridge), 'token')) },
    { name: 'add-saved', html: viewPage('Add article — saved', renderSaved('Council approves bridge', 2, true)) },
    { name: 'add-refused', html: viewPage('Add article — someone not in QUOTEBOT_EDITORS', renderRefusal()) },
  ];
  store.close();
  return out;
}

// ---------------------------------------------------------------------------------------------------------

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

function chromium(args: string[]): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-chromium-'));
  try {
    return execFileSync('chromium', [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  const htmlOnly = process.argv.includes('--html');
  const all = cards();
  const index: string[] = [];
  for (const { name, html } of all) {
    const file = path.join(OUT, `${name}.html`);
    fs.writeFileSync(file, html);
    index.push(`<h3>${name}</h3><iframe src="${name}.html" width="${WIDTH}" height="600" style="border:1px solid #ccc"></iframe>`);
    if (htmlOnly) continue;
    // First pass measures the page (its script writes the height into the DOM), second takes the picture.
    const dom = chromium(['--dump-dom', `file://${file}`]);
    const height = Math.min(4000, Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 900) + 8);
    chromium([`--screenshot=${path.join(OUT, `${name}.png`)}`, `--window-size=${WIDTH},${height}`, `file://${file}`]);
    process.stdout.write(`${name}.png (${WIDTH}×${height})\n`);
  }
  fs.writeFileSync(path.join(OUT, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Quotebot cards</title>${index.join('\n')}`);
}

main();
