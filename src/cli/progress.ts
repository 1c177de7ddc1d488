/**
 * A progress bar (cli-progress) for long ingests, shown only on a terminal and only when there are enough
 * files for it to help; otherwise nothing, so piped output stays clean.
 */
import cliProgress from 'cli-progress';
import type { Writable } from 'stream';

const MIN_FILES_FOR_BAR = 10;

export function createProgressReporter(stream: Writable & { isTTY?: boolean }) {
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done: number, total: number): void {
      if (!stream.isTTY || total < MIN_FILES_FOR_BAR) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: 'ingesting [{bar}] {value}/{total} files', hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop(): void {
      bar?.stop();
    },
  };
}
