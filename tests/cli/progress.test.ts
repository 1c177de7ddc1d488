import { Writable } from 'stream';
import { createProgressReporter } from '../../src/cli/progress';

function fakeStream(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      written += String(chunk);
      cb();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; cursorTo?: unknown; clearLine?: unknown };
  stream.isTTY = isTTY;
  stream.columns = 100;
  stream.cursorTo = (_x: number, _y?: number, cb?: () => void) => cb?.();
  stream.clearLine = (_d: number, cb?: () => void) => cb?.();
  return { stream, output: () => written };
}

describe('ingest progress bar', () => {
  it('draws a bar on a terminal when there are many files', () => {
    const { stream, output } = fakeStream(true);
    const progress = createProgressReporter(stream);
    for (let i = 1; i <= 20; i++) progress.update(i, 20);
    progress.stop();
    expect(output()).toContain('20/20 files');
  });

  it('stays silent when output is not a terminal, or for a few files', () => {
    for (const [tty, total] of [
      [false, 50],
      [true, 3],
    ] as const) {
      const { stream, output } = fakeStream(tty);
      const progress = createProgressReporter(stream);
      for (let i = 1; i <= total; i++) progress.update(i, total);
      progress.stop();
      expect(output()).toBe('');
    }
  });
});
