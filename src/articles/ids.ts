import crypto from 'crypto';

/**
 * SHA-256 as hex. Node's one-shot `crypto.hash` (Node ≥ 20.12) gives the same digest as createHash at a
 * fraction of the cost, which counts when every quote of every article gets an id.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** A short stable hex id (first 16 hex chars of SHA-256): stable across runs and machines. */
export function stableId(...parts: Array<string | number>): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 16);
}
