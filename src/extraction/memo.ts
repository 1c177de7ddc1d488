/**
 * Bounded memo tables for pure functions that see the same inputs again and again (names, phrases).
 * One place for the policy: a table that grows past its limit is emptied, so memory stays flat on a long
 * stream of articles. `clearMemos()` empties them all (the benchmark starts every pass cold with it).
 */
const tables: Array<{ clear(): void }> = [];
const LIMIT = 20000;

export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const table = new Map<string, T>();
  tables.push(table);
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

/**
 * The same for a pure function of a value named by a string: `keyOf` gives the key, and on a miss `compute`
 * gets the value itself as well as its key (rather than parsing the value back out of the key).
 */
export function memoizeBy<A, T>(keyOf: (arg: A) => string, compute: (arg: A, key: string) => T): (arg: A) => T {
  const table = new Map<string, T>();
  tables.push(table);
  return (arg: A) => {
    const key = keyOf(arg);
    const known = table.get(key);
    if (known !== undefined) return known;
    if (table.size >= LIMIT) table.clear();
    const value = compute(arg, key);
    table.set(key, value);
    return value;
  };
}

/**
 * The same for pure functions of two strings, with a table per first argument: no key is built by joining the
 * two (a fresh joined key had to be hashed on every call, which cost more than the lookup itself).
 */
export function memoize2<T>(compute: (first: string, second: string) => T): (first: string, second: string) => T {
  const table = new Map<string, Map<string, T>>();
  let size = 0;
  tables.push({
    clear: () => {
      table.clear();
      size = 0;
    },
  });
  return (first: string, second: string) => {
    let row = table.get(first);
    const known = row?.get(second);
    if (known !== undefined) return known;
    if (size >= LIMIT) {
      table.clear();
      size = 0;
      row = undefined;
    }
    const value = compute(first, second);
    if (!row) {
      row = new Map<string, T>();
      table.set(first, row);
    }
    row.set(second, value);
    size++;
    return value;
  };
}

export function clearMemos(): void {
  for (const table of tables) table.clear();
}
