/**
 * An annotated HTML view of a parsed article: the input with what was
 * extracted highlighted in place, and a sidebar listing it.
 */
import type {NewsArticle, Position} from '../schema/article.js'

/** Options of `toHtml`. */
export interface HtmlOptions {
  /** Title of the page. Default: the headline, else `newsdown`. */
  title?: string
}

interface Mark {
  readonly start: number
  readonly end: number
  /** Lower ranks open first (outside) when two marks start at the same place and have the same end. */
  readonly rank: number
  readonly open: string
  readonly close: string
}

const SPEAKER_HUES = [265, 330, 185, 45, 0, 300, 160, 225, 100, 20] as const
const TYPE_LABEL = {person: 'Person', organization: 'Organisation', location: 'Place'} as const

/**
 * Renders an article and its input as a self-contained HTML page (inline
 * CSS, no script, no external resource): the input with headline, deck,
 * byline, dateline, dates, quotes (coloured by speaker, the speaker's name
 * on hover) and entities (by type) highlighted in place, and a sidebar
 * listing the metadata, entities, quotes and diagnostics. Every piece of
 * text is HTML-escaped.
 *
 * @param article The article parsed from `input`.
 * @param input The text `article` was parsed from (positions point into it).
 * @param options Page title.
 * @returns The page, as a string.
 */
export function toHtml(article: NewsArticle, input: string, options: HtmlOptions = {}): string {
  const speakers = speakerIndex(article)
  const marks: Mark[] = []
  const add = (position: Position | null | undefined, rank: number, cls: string, title: string | null, style = '') => {
    if (!position) return
    const start = position.start.offset
    const end = position.end.offset
    if (!(start >= 0 && end > start && end <= input.length)) return
    const t = title === null ? '' : ` title="${escapeHtml(title)}"`
    marks.push({start, end, rank, open: `<span class="${cls}"${t}${style}>`, close: '</span>'})
  }
  add(article.headlinePosition, 0, 'nd-headline', 'Headline')
  add(article.alternativeHeadlinePosition, 0, 'nd-deck', 'Deck')
  add(article.byline?.position, 0, 'nd-byline', 'Byline')
  add(article.dateline?.position, 0, 'nd-dateline', 'Dateline')
  add(article.publisher?.position, 1, 'nd-publisher', 'Publisher: ' + (article.publisher?.name ?? ''))
  for (const q of article.quotes) {
    const speaker = q.speaker?.name
    const n = speaker ? speakers.get(speaker) : undefined
    const style = n === undefined ? '' : ` style="--h:${SPEAKER_HUES[n % SPEAKER_HUES.length]}"`
    add(q.position, 2, n === undefined ? 'nd-quote nd-unattributed' : 'nd-quote', speaker ? `Quote — ${speaker}` : 'Quote — speaker unknown', style)
    if (n !== undefined) add(q.speaker?.position, 3, 'nd-speaker', `Speaker: ${speaker}`, style)
    add(q.cue?.position, 3, 'nd-cue', 'Attribution cue')
  }
  for (const d of article.dates) add(d.position, 4, 'nd-date', `Date (${d.kind}): ${d.value}`)
  for (const e of article.entities) {
    for (const m of e.mentions) add(m.position, 5, `nd-entity nd-${e.type}`, `${TYPE_LABEL[e.type]}: ${e.name}`)
  }

  const title = options.title ?? article.headline ?? 'newsdown'
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="nd-source" aria-label="Article">
<div class="nd-legend">${legend()}</div>
<div class="nd-text">${annotate(input, marks)}</div>
</main>
<aside class="nd-sidebar" aria-label="What newsdown extracted">
${sidebar(article, speakers)}
</aside>
</body>
</html>
`
}

/** Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c as keyof typeof ESCAPES])
}

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'} as const

/** Speaker name → colour index, in order of first quote. */
function speakerIndex(article: NewsArticle): Map<string, number> {
  const map = new Map<string, number>()
  for (const q of article.quotes) {
    const name = q.speaker?.name
    if (name && !map.has(name)) map.set(name, map.size)
  }
  return map
}

/**
 * Writes `input` with `marks` as properly nested elements: a mark that
 * crosses another is closed and reopened around it.
 */
function annotate(input: string, marks: Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
  const bounds = new Set<number>([0, input.length])
  for (const m of sorted) {
    bounds.add(m.start)
    bounds.add(m.end)
  }
  const points = [...bounds].sort((a, b) => a - b)
  const stack: Mark[] = []
  let out = ''
  let next = 0
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!
    // Close what ends here; reopen what was above it and goes on.
    let lowest = stack.findIndex((m) => m.end <= p)
    if (lowest !== -1) {
      const reopen: Mark[] = []
      for (let i = stack.length - 1; i >= lowest; i--) {
        const m = stack[i]!
        out += m.close
        if (m.end > p) reopen.unshift(m)
      }
      stack.length = lowest
      for (const m of reopen) {
        out += m.open
        stack.push(m)
      }
    }
    while (next < sorted.length && sorted[next]!.start === p) {
      const m = sorted[next++]!
      out += m.open
      stack.push(m)
    }
    const q = points[k + 1]
    if (q !== undefined) out += escapeHtml(input.slice(p, q))
  }
  for (let i = stack.length - 1; i >= 0; i--) out += stack[i]!.close
  return out
}

function legend(): string {
  return [
    '<span class="nd-headline">headline</span>',
    '<span class="nd-byline">byline</span>',
    '<span class="nd-dateline">dateline</span>',
    '<span class="nd-date">date</span>',
    '<span class="nd-quote" style="--h:265">quote</span>',
    '<span class="nd-entity nd-person">person</span>',
    '<span class="nd-entity nd-organization">organisation</span>',
    '<span class="nd-entity nd-location">place</span>'
  ].join(' ')
}

function sidebar(article: NewsArticle, speakers: Map<string, number>): string {
  const rows: [string, string | null][] = [
    ['Headline', article.headline],
    ['Deck', article.alternativeHeadline],
    ['Authors', article.authors.map((a) => a.name + (a.role ? ` (${a.role})` : '') + (a.affiliation ? `, ${a.affiliation}` : '')).join('; ') || null],
    ['Published', article.datePublished],
    ['Modified', article.dateModified],
    ['Publisher', article.publisher?.name ?? null],
    ['Dateline', article.dateline ? article.dateline.location ?? article.dateline.text : null],
    ['Language', article.language],
    ['Words', String(article.wordCount)]
  ]
  let html = '<h2>Article</h2>\n<dl>'
  for (const [k, v] of rows) html += `<dt>${k}</dt><dd>${v ? escapeHtml(v) : '<span class="nd-none">—</span>'}</dd>`
  html += '</dl>\n'
  for (const type of ['person', 'organization', 'location'] as const) {
    const list = article.entities.filter((e) => e.type === type)
    html += `<h2>${TYPE_LABEL[type] === 'Person' ? 'People' : TYPE_LABEL[type] === 'Place' ? 'Places' : 'Organisations'} (${list.length})</h2>\n<ul class="nd-list">`
    for (const e of list) {
      const extra = [e.title, e.role, e.aliases.length > 0 ? 'also ' + e.aliases.join(', ') : null].filter(Boolean).join(' · ')
      html += `<li><span class="nd-entity nd-${type}">${escapeHtml(e.name)}</span> <span class="nd-count">×${e.mentions.length}</span>${extra ? ` <small>${escapeHtml(extra)}</small>` : ''}</li>`
    }
    html += '</ul>\n'
  }
  html += `<h2>Quotes (${article.quotes.length})</h2>\n<ol class="nd-quotes">`
  for (const q of article.quotes) {
    const name = q.speaker?.name
    const n = name ? speakers.get(name) : undefined
    const style = n === undefined ? '' : ` style="--h:${SPEAKER_HUES[n % SPEAKER_HUES.length]}"`
    const short = q.text.length > 160 ? q.text.slice(0, 157) + '…' : q.text
    html += `<li><span class="nd-quote${n === undefined ? ' nd-unattributed' : ''}"${style}>${escapeHtml(short)}</span> — <b>${name ? escapeHtml(name) : '<span class="nd-none">unknown</span>'}</b></li>`
  }
  html += '</ol>\n'
  if (article.diagnostics.length > 0) {
    html += `<h2>Diagnostics (${article.diagnostics.length})</h2>\n<ul class="nd-list">`
    for (const d of article.diagnostics) {
      html += `<li class="nd-${d.severity}">${d.position.start.line}:${d.position.start.column} <b>${escapeHtml(d.code)}</b> ${escapeHtml(d.message)}</li>`
    }
    html += '</ul>\n'
  }
  return html
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;display:flex;gap:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f6f6f4}
.nd-source{flex:1 1 62%;padding:24px 32px;min-width:0}
.nd-text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ddd;border-radius:6px;padding:20px 24px;font-family:Georgia,"Times New Roman",serif;font-size:17px}
.nd-legend{margin-bottom:12px;font-size:13px;display:flex;flex-wrap:wrap;gap:8px}
.nd-sidebar{flex:0 0 36%;max-width:520px;padding:24px;border-left:1px solid #ddd;background:#fff;font-size:14px;overflow-wrap:anywhere}
.nd-sidebar h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#666;margin:20px 0 6px}
.nd-sidebar dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.nd-sidebar dt{color:#666}
.nd-sidebar dd{margin:0}
.nd-list,.nd-quotes{margin:0;padding-left:20px}
.nd-list li,.nd-quotes li{margin:3px 0}
.nd-count{color:#888;font-size:12px}
.nd-none{color:#aaa}
.nd-headline{font-weight:700;font-size:1.25em;background:#fff3bf}
.nd-deck{font-style:italic;background:#fff9db}
.nd-byline{background:#e7f5ff;outline:1px dashed #4dabf7}
.nd-dateline{background:#f3d9fa;font-variant:small-caps}
.nd-publisher{text-decoration:underline double #845ef7}
.nd-date{background:#e6fcf5;border-bottom:2px dotted #0ca678}
.nd-quote{background:hsl(var(--h,0) 85% 90%);border-bottom:2px solid hsl(var(--h,0) 60% 45%)}
.nd-unattributed{background:#eee;border-bottom:2px dashed #999}
.nd-speaker{font-weight:700;color:hsl(var(--h,0) 60% 30%)}
.nd-cue{font-style:italic;text-decoration:underline dotted}
.nd-entity{border-radius:3px;padding:0 1px;box-shadow:inset 0 -0.5em 0 var(--e)}
.nd-person{--e:#a5d8ff;color:#0b4f8a}
.nd-organization{--e:#b2f2bb;color:#1b6b2a}
.nd-location{--e:#ffd8a8;color:#8a4b0b}
.nd-error{color:#c92a2a}
.nd-warning{color:#b35c00}
`
