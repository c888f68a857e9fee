/**
 * Accumulators and the printed table of `npm run eval`.
 */
import {addCounts, emptyCounts, prf, type Counts} from './score.js'

/** Figures of one field in one language group. */
export interface FieldStats {
  /** Articles that contributed to the field. */
  articles: number
  /** Exact fields: right answers out of total. */
  right?: number
  total?: number
  accuracy?: number | null
  /** Set fields. */
  tp?: number
  fp?: number
  fn?: number
  precision?: number | null
  recall?: number | null
  f1?: number | null
  /** Quotes: speaker accuracy over matched quotes. */
  speaker?: {right: number; total: number; accuracy: number | null}
}

interface Acc {
  kind: 'exact' | 'set'
  articles: number
  right: number
  total: number
  counts: Counts
  speakerRight: number
  speakerTotal: number
  hasSpeaker: boolean
}

/** Collects figures per field and language group (`fr`, `en`, …, `all`). */
export class Scoreboard {
  readonly fields = new Map<string, Map<string, Acc>>()

  private acc(field: string, lang: string, kind: Acc['kind']): Acc[] {
    let byLang = this.fields.get(field)
    if (!byLang) {
      byLang = new Map()
      this.fields.set(field, byLang)
    }
    const out: Acc[] = []
    for (const key of [lang, 'all']) {
      let a = byLang.get(key)
      if (!a) {
        a = {kind, articles: 0, right: 0, total: 0, counts: emptyCounts(), speakerRight: 0, speakerTotal: 0, hasSpeaker: false}
        byLang.set(key, a)
      }
      out.push(a)
    }
    return out
  }

  /** Records one exact-match judgement. */
  exact(field: string, lang: string, right: boolean): void {
    for (const a of this.acc(field, lang, 'exact')) {
      a.articles++
      a.total++
      if (right) a.right++
    }
  }

  /** Records the counts of one article for a set field. */
  set(field: string, lang: string, counts: Counts, speakers?: {right: number; total: number}): void {
    for (const a of this.acc(field, lang, 'set')) {
      a.articles++
      addCounts(a.counts, counts)
      if (speakers) {
        a.hasSpeaker = true
        a.speakerRight += speakers.right
        a.speakerTotal += speakers.total
      }
    }
  }

  /** Figures as plain data: field → language → stats. */
  toJSON(): Record<string, Record<string, FieldStats>> {
    const out: Record<string, Record<string, FieldStats>> = {}
    for (const [field, byLang] of this.fields) {
      const row: Record<string, FieldStats> = {}
      for (const lang of orderLangs([...byLang.keys()])) {
        const a = byLang.get(lang)!
        if (a.kind === 'exact') {
          row[lang] = {articles: a.articles, right: a.right, total: a.total, accuracy: a.total ? a.right / a.total : null}
        } else {
          row[lang] = {articles: a.articles, ...a.counts, ...prf(a.counts)}
          if (a.hasSpeaker) {
            row[lang].speaker = {
              right: a.speakerRight,
              total: a.speakerTotal,
              accuracy: a.speakerTotal ? a.speakerRight / a.speakerTotal : null
            }
          }
        }
      }
      out[field] = row
    }
    return out
  }
}

/** `fr`, `en`, other languages alphabetically, then `all`. */
export function orderLangs(langs: string[]): string[] {
  const rank = (l: string) => (l === 'fr' ? 0 : l === 'en' ? 1 : l === 'all' ? 3 : 2)
  return [...new Set(langs)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/** A percentage with one decimal, or `–`. */
export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '–' : (value * 100).toFixed(digits)
}

/** One cell of the table: `100.0% (10/10)` or `P 50.0 R 40.0 F1 44.4 (tp 4 fp 4 fn 6)`, plus speaker accuracy for quotes. */
export function formatCell(s: FieldStats | undefined): string {
  if (!s) return ''
  if (s.total !== undefined) return `${pct(s.accuracy, 2)}% (${s.right}/${s.total})`
  let cell = `P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.tp}/${s.fp}/${s.fn})`
  if (s.speaker) cell += ` · speaker ${pct(s.speaker.accuracy)}% (${s.speaker.right}/${s.speaker.total})`
  return cell
}

/** The Markdown table of a scoreboard's figures: one row per field, one column per language group. */
export function formatTable(figures: Record<string, Record<string, FieldStats>>): string {
  const langs = orderLangs(Object.values(figures).flatMap((byLang) => Object.keys(byLang)))
  const rows: string[][] = [['field', ...langs.map((l) => `${l} (articles)`)]]
  for (const [field, byLang] of Object.entries(figures)) {
    rows.push([field, ...langs.map((l) => (byLang[l] ? `${formatCell(byLang[l])} [${byLang[l]!.articles}]` : ''))])
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |'
  return [
    line(rows[0]!),
    '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |',
    ...rows.slice(1).map(line),
    '',
    'Exact fields: accuracy (right/total). Sets: precision, recall, F1 in % (tp/fp/fn). [n] = articles scored.'
  ].join('\n')
}
