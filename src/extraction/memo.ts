/**
 * Bounded memo tables for pure functions that see the same inputs again and again (names, phrases).
 * One place for the policy: a table that grows past its limit is emptied, so memory stays flat on a long
 * stream of articles. `clearMemos()` empties them all (the benchmark starts every pass cold with it).
 */
const tables: Array<Map<string, unknown>> = [];
const LIMIT = 20000;

export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const table = new Map<string, T>();
  tables.push(table as Map<string, unknown>);
  return (key: string) => {
    // One lookup on a hit (no memoised function returns undefined, so undefined means "not yet").
    const known = table.get(key);
    if (known !== undefined) return known;
    if (table.size >= LIMIT) table.clear();
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}

export function clearMemos(): void {
  for (const table of tables) table.clear();
}
