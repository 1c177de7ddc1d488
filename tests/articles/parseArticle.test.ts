import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArticle, readArticleFile, listArticleFiles, ArticleError } from '../../src/articles';

const SEED = path.resolve(__dirname, '../../data/articles/article-2023-11-11-india-us-defence.txt');

describe('parseArticle: the seed header', () => {
  const article = readArticleFile(SEED);

  it('reads date, author, source and dateline from the raw header', () => {
    expect(article.meta).toEqual({
      title: null,
      date: '2023-11-11',
      source: 'Express News Service',
      author: 'Mayank Singh',
      url: null,
      dateline: 'NEW DELHI',
    });
  });

  it('starts paragraph 0 after the dateline, with offsets into the raw text', () => {
    expect(article.paragraphs[0].text.startsWith('With an upswing')).toBe(true);
    for (const p of article.paragraphs) expect(article.raw.slice(p.start, p.end)).toBe(p.text);
    expect(article.paragraphs).toHaveLength(6);
  });

  it('has an id that depends on the body only', () => {
    const again = parseArticle(fs.readFileSync(SEED, 'utf8'), 'elsewhere.txt');
    expect(again.id).toBe(article.id);
    const changed = parseArticle(fs.readFileSync(SEED, 'utf8').replace('Friday', 'Thursday'), 'x.txt');
    expect(changed.id).not.toBe(article.id);
  });
});

describe('parseArticle: YAML front matter', () => {
  const raw = [
    '---',
    'title: "Mayor opens bridge"',
    'date: 2019-01-04',
    'source: Wikinews',
    'url: "https://example.org/a"',
    'licence: CC BY 2.5',
    '---',
    'The mayor said the bridge was "a gift".',
    '',
    'Second paragraph.',
    '',
  ].join('\n');

  it('reads title, date, source and url and ignores other keys', () => {
    const a = parseArticle(raw, 'a.txt');
    expect(a.meta).toMatchObject({ title: 'Mayor opens bridge', date: '2019-01-04', source: 'Wikinews', author: null, url: 'https://example.org/a' });
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The mayor said the bridge was "a gift".', 'Second paragraph.']);
    expect(a.raw.slice(a.paragraphs[0].start, a.paragraphs[0].end)).toBe(a.paragraphs[0].text);
  });

  it('rejects unclosed or malformed front matter with the file name', () => {
    expect(() => parseArticle('---\ntitle: x\nbody', 'broken.txt')).toThrow(/broken\.txt: .*not closed/);
    expect(() => parseArticle('---\ntitle: [x\n---\nbody', 'bad.txt')).toThrow(ArticleError);
  });
});

describe('parseArticle: plain text', () => {
  it('takes a headline-like first line as the title', () => {
    const a = parseArticle('Floods close schools in the north\n\nSchools were closed on Monday, officials said.\n', 'p.txt');
    expect(a.meta.title).toBe('Floods close schools in the north');
    expect(a.paragraphs).toHaveLength(1);
  });

  it('keeps a sentence-like first paragraph as body', () => {
    const a = parseArticle('Schools were closed on Monday, officials said.\n\nMore rain is due.\n', 'p.txt');
    expect(a.meta.title).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('keeps a first paragraph that ends inside its quotation as body, but takes a headline ending in a quoted word as the title', () => {
    const a = parseArticle('The minister said: “We will not pay.”\n\nThe strike goes on.\n', 'p.txt');
    expect(a.meta.title).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
    expect(parseArticle('Minister calls strike “a disgrace”\n\nThe strike goes on.\n', 'p.txt').meta.title).toBe('Minister calls strike “a disgrace”');
  });

  it('drops a byte order mark and splits line-per-paragraph text', () => {
    const a = parseArticle('\uFEFFFirst line of text.\nSecond line of text.', 'bom.txt');
    expect(a.raw.startsWith('First')).toBe(true);
    expect(a.paragraphs.map((p) => p.index)).toEqual([0, 1]);
  });

  it('rejects empty and binary input', () => {
    expect(() => parseArticle('  \n\n', 'empty.txt')).toThrow(/empty\.txt: the file is empty/);
    expect(() => parseArticle('abc\u0000def', 'bin.txt')).toThrow(/binary/);
  });
});

describe('readArticleFile and listArticleFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotebot-articles-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Body text here.');
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), 'Body text here.');
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists .txt and .md files in directories, sorted, skipping hidden files', () => {
    const files = listArticleFiles([dir]).map((f) => path.relative(dir, f));
    expect(files).toEqual(['b.txt', 'latin1.txt', path.join('sub', 'a.md')]);
  });

  it('reports invalid UTF-8 and missing files as ArticleError', () => {
    expect(() => readArticleFile(path.join(dir, 'latin1.txt'))).toThrow(/not valid UTF-8/);
    expect(() => readArticleFile(path.join(dir, 'missing.txt'))).toThrow(ArticleError);
    expect(() => listArticleFiles([path.join(dir, 'missing')])).toThrow(ArticleError);
  });
});

describe('parseArticle: datelines', () => {
  it.each([
    ['NEW DELHI: The ministry said', 'NEW DELHI', 'The ministry said'],
    ['LONDON — The ministry said', 'LONDON', 'The ministry said'],
    ['WASHINGTON, Nov 10 (Reuters) - The ministry said', 'WASHINGTON', 'The ministry said'],
    // (A Japanese paper's typewriter dash, with no blanks around it.)
    ['MATSUE--The Matsue District Court ruled', 'MATSUE', 'The Matsue District Court ruled'],
    // (A Latin American paper's stop and hyphen, after a place with accented capitals.)
    ['SAN FRANCISCO DE MACORÍS.- The Ministry of Public Health said', 'SAN FRANCISCO DE MACORÍS', 'The Ministry of Public Health said'],
  ])('reads the place of %j and starts the body after it', (body, place, rest) => {
    const article = parseArticle(body, 'x.txt');
    expect(article.meta.dateline).toBe(place);
    expect(article.paragraphs[0].text).toBe(rest);
  });

  it('reads no dateline from an opening that is a sentence', () => {
    expect(parseArticle('A: the answer was no.', 'x.txt').meta.dateline).toBeNull();
  });
});
