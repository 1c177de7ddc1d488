import { renderDigestPost, renderDigestPreview, renderDigestStatus, digestDateLabel } from '../../src/slack/renderers/digest';
import type { DigestContent } from '../../src/digest/compose';
import type { StoredArticle, StoredQuote } from '../../src/types';
import { expectValidMessage, messageProblems } from '../helpers/blockKit';

const article = (i: number, title: string): StoredArticle => ({
  id: `a${i}`,
  file: `x${i}.txt`,
  title,
  date: '2027-01-14',
  source: 'Wire <!here>',
  author: null,
  url: 'https://example.com/a',
  quoteCount: i,
  addedAt: '2027-01-15T10:00:00.000Z',
});

const quote = (id: string, text: string): StoredQuote => ({
  id,
  shortId: `Q-${id}`,
  text,
  speaker: { name: 'Eve <@U999>', role: 'Minister & <b>', type: 'person', aliases: [] },
  kind: 'direct',
  paragraph: 0,
  start: 0,
  end: text.length,
  cue: 'said',
  confidence: 0.9,
  articleId: 'a1',
  article: article(1, 'Title'),
  context: text,
});

function content(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    channelId: 'C1',
    localDate: '2027-01-15',
    timeZone: 'Europe/London',
    quoteOfTheDay: quote('aaaa', 'We will <!channel> build the harbour & the road.'),
    since: '2027-01-14T09:00:00.000Z',
    newArticles: Array.from({ length: 8 }, (_, i) => ({ article: article(i + 1, `Headline ${i} <https://evil|click>`), quoteCount: i + 1 })),
    moreArticles: 5,
    strongestNew: [quote('bbbb', 'x'.repeat(5000)), quote('cccc', 'Short and <!everyone> sharp.')],
    ...overrides,
  };
}

describe('digest renderers', () => {
  it('renders the post as valid Block Kit with header, quote card, what is new and a search button', () => {
    const msg = renderDigestPost(content());
    expectValidMessage(msg);
    const ids = msg.blocks.map((b) => b.block_id);
    expect(ids.slice(0, 3)).toEqual(['digest_header', 'digest_qotd_label', 'quote']);
    expect(ids).toEqual(expect.arrayContaining(['digest_new_title', 'digest_new_articles_0', 'digest_new_quote_0', 'digest_new_quote_1', 'digest_actions']));
    const actions = msg.blocks.find((b) => b.block_id === 'digest_actions') as any;
    expect(actions.elements[0]).toMatchObject({ type: 'button', action_id: 'digest_search' });
    expect((msg.blocks.find((b) => b.block_id === 'digest_new_articles_0') as any).text.text).toMatch(/…and 5 more articles$/);
  });

  it('never lets article text ping or link: <, > and & are escaped everywhere', () => {
    const json = JSON.stringify(renderDigestPost(content()));
    for (const hostile of ['<!channel>', '<!here>', '<!everyone>', '<@U999>', '<https://evil|click>', '<b>']) {
      expect(json).not.toContain(hostile);
    }
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('handles an empty store and a first digest with nothing new', () => {
    const msg = renderDigestPost(content({ quoteOfTheDay: null, newArticles: [], moreArticles: 0, strongestNew: [], since: null }));
    expectValidMessage(msg);
    expect(msg.blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining(['digest_empty', 'digest_new_none']));
    expect(msg.text).toBe('Daily quotes for Friday 15 Jan 2027 · No new articles.');
  });

  it('renders the preview and status as valid Block Kit', () => {
    expectValidMessage(renderDigestPreview(content()));
    const status = renderDigestStatus({
      channelId: 'C1',
      time: '09:00',
      timeZone: 'Europe/London',
      weekdaysOnly: true,
      pausedReason: null,
      createdAt: '',
      updatedAt: '',
      updatedBy: null,
      lastPost: { localDate: '2027-01-14', postedAt: '2027-01-14T09:00:01Z', ts: '1.2' },
      nextPostAt: '2027-07-15T08:00:00.000Z',
      problem: 'Today’s digest failed (internal_error); I will try again.',
    });
    expect(messageProblems(status)).toEqual([]);
    expect(status.text).toContain('Next post: Thursday 15 Jul 2027, 09:00 (Europe/London)');
    expect(status.text).toContain('Last post: Thursday 14 Jan 2027');
    expect(digestDateLabel('2027-03-28')).toBe('Sunday 28 Mar 2027');
  });
});
