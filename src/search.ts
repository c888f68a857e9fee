/**
 * Binary searches over lists sorted by a numeric key. The two over numbers and
 * over `start` read their key directly (no key function): one shape per call
 * site, so V8 keeps them monomorphic where they are inlined.
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

/**
 * `lastAtMost` over ascending numbers (line starts, sentence starts): the
 * last index whose number is at most `x`; 0 when none is or the list is empty.
 */
export function lastNumberAtMost(values: readonly number[], x: number): number {
  let lo = 0
  let hi = values.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (values[mid]! <= x) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The first index of `items` (ascending by `start`: words, name runs,
 * candidates) whose start is at or after `at`; `items.length` when none is.
 */
export function firstStartingAt(items: readonly {readonly start: number}[], at: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
