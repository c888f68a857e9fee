/**
 * Binary search over a list sorted by a numeric key.
 */

/**
 * The last index of `items` (ascending by `key`) whose key is at most `x`;
 * 0 when none is or the list is empty, so callers check the item they get.
 */
export function lastAtMost<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0
  let hi = items.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (key(items[mid]!) <= x) lo = mid
    else hi = mid - 1
  }
  return lo
}
