/**
 * Temporary directories for a test file, removed when the file's tests are done (a run leaves nothing in the
 * system's temporary directory).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `quotebot-${prefix}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
