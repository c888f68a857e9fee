/**
 * Offsets ↔ unist points for one input string.
 */
import type {Point, Position, Span} from './schema/article.js'
import {lastNumberAtMost} from './search.js'

/** Maps 0-based offsets of one string to unist points (1-based line and column). */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly lineStarts: number[]
  readonly length: number

  constructor(source: string) {
    const starts = [0]
    if (!source.includes('\r')) {
      // Line feeds only (most inputs): found by the native search, not read one character at a time.
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
    } else {
      for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i)
        if (c === 10) starts.push(i + 1)
        else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1)
      }
    }
    this.lineStarts = starts
    this.length = source.length
  }

  /** The point at `offset` (clamped into the string). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(this.length, offset | 0))
    const line = lastNumberAtMost(this.lineStarts, o)
    return {line: line + 1, column: o - this.lineStarts[line]! + 1, offset: o}
  }

  /** The position from `start` to `end` (offsets). */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(Math.max(start, end))}
  }
}

/** A span of `source` from `start` to `end`. */
export function spanOf(source: string, index: LineIndex, start: number, end: number): Span {
  return {text: source.slice(start, end), position: index.position(start, end)}
}
