import { createHash } from 'crypto';

/** A short stable hex id (first 16 hex chars of SHA-256): stable across runs and machines. */
export function stableId(...parts: Array<string | number>): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
