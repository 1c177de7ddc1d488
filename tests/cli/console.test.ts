import path from 'path';
import { PassThrough } from 'stream';
import { openStore, type QuoteStore } from '../../src/store';
import { ingestFiles } from '../../src/store/ingestFiles';
import { createSearch } from '../../src/search';
import { createConsoleSession, runConsole } from '../../src/cli/console';

const SEED_DIR = path.resolve(__dirname, '../../data/articles');

describe('local console session', () => {
  let store: QuoteStore;
  beforeAll(() => {
    store = openStore(':memory:');
    const summary = ingestFiles(store, [SEED_DIR]);
    expect(summary.errors).toEqual([]);
  });
  afterAll(() => store.close());

  const session = () => createConsoleSession({ store, search: createSearch(store) });

  it.each(['/quote indo-pacific', 'indo-pacific', '/quote free and open indo-pacific'])(
    'answers %s with the Rajnath Singh quote, his role, the source and the date',
    (line) => {
      const answer = session().answer(line);
      const first = answer.split(/\n(?=2\. )/)[0];
      expect(answer).toContain('free and open Indo-Pacific');
      expect(first).toContain('Rajnath Singh, Defence Minister');
      expect(first).toContain('Express News Service');
      expect(first).toContain('11 Nov 2023');
    },
  );

  it('answers an empty command and help with the help text', () => {
    expect(session().answer('/quote')).toMatch(/who said/i);
    expect(session().answer('help')).toMatch(/by <?speaker/i);
  });

  it('pages with next, and says so when there is nothing to page', () => {
    const s = session();
    expect(s.answer('next')).toMatch(/search for something first/);
    const first = s.answer('by rajnath');
    expect(first).toContain('Rajnath Singh');
    const second = s.answer('next');
    expect(second).not.toEqual(first);
  });

  it('lists sources and stats', () => {
    const s = session();
    expect(s.answer('sources')).toMatch(/Express News Service .* — \d+ quote/);
    expect(s.answer('stats')).toMatch(/quotes by \d+ speakers in 1 articles?/);
  });

  it('runs a non-interactive loop: answers each line and ends at the end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const errorOutput = new PassThrough();
    let text = '';
    output.on('data', (c) => (text += String(c)));
    const done = runConsole(session(), { input, output, errorOutput, interactive: false, banner: 'BANNER' });
    input.end('/quote indo-pacific\n\nwho said "our teams are working"\n');
    await done;
    expect(text).not.toContain('BANNER');
    expect(text).toContain('Rajnath Singh');
    expect(text).toContain('Our teams are working on substantive outcomes');
  });
});
