/** Lists kept in descending `sortKey` order (newest first), searched and changed by binary search. */
export type Sorted = { sortKey: string };

/** Index of the first entry that sorts after `key`. */
export function firstAfter(entries: readonly Sorted[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Sorted).sortKey >= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry at or after `key`. */
function firstAtOrAfter(entries: readonly Sorted[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Sorted).sortKey > key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted<T extends Sorted>(entries: T[], entry: T): void {
  entries.splice(firstAfter(entries, entry.sortKey), 0, entry);
}

export function removeSorted<T extends Sorted>(entries: T[], entry: T): void {
  const at = firstAtOrAfter(entries, entry.sortKey);
  if (entries[at] === entry) entries.splice(at, 1);
}
