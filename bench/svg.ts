/**
 * A small hand-written SVG plot of the benchmark (no plotting dependency):
 * throughput bars on the left, time per MB against input size on the right.
 */

/** One throughput bar. */
export interface Bar {
  label: string
  value: number
  /** Highlight (newsdown's own rows). */
  ours?: boolean
}

/** One line of the scaling panel: points (input size in MB, ms per MB). */
export interface Series {
  label: string
  points: {x: number; y: number}[]
  ours?: boolean
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const fmt = (n: number) => (Math.round(n * 10) / 10).toString()

/** A round axis: tick step (1, 2 or 5 × 10^n) and the number of ticks covering `value`. */
function niceAxis(value: number): {max: number; step: number; ticks: number} {
  if (!(value > 0)) return {max: 1, step: 0.25, ticks: 4}
  const raw = value / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks = Math.max(1, Math.ceil(value / step - 1e-9))
  return {max: ticks * step, step, ticks}
}

/** Renders the plot. */
export function renderSvg(title: string, bars: readonly Bar[], series: readonly Series[], note: string): string {
  const width = 980
  const barRow = 22
  const top = 56
  const leftW = 470
  const labelW = 200
  const barsH = bars.length * barRow
  const height = Math.max(top + barsH + 60, 420)
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600">${escape(title)}</text>`,
    `<text x="16" y="${height - 12}" fill="#555" font-size="11">${escape(note)}</text>`
  )
  // Left: throughput bars (MB/s).
  const barAxis = niceAxis(Math.max(...bars.map((b) => b.value), 0))
  const maxBar = barAxis.max
  const plotW = leftW - labelW - 50
  out.push(`<text x="16" y="${top - 14}" font-weight="600">Throughput on corpus articles (MB/s, higher is faster)</text>`)
  for (let t = 0; t <= barAxis.ticks; t++) {
    const x = labelW + (plotW * t) / barAxis.ticks
    out.push(
      `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + barsH}" stroke="#e5e5e5"/>`,
      `<text x="${x}" y="${top + barsH + 14}" text-anchor="middle" fill="#555">${fmt(barAxis.step * t)}</text>`
    )
  }
  bars.forEach((b, i) => {
    const y = top + i * barRow
    const w = Math.max(1, (plotW * b.value) / maxBar)
    out.push(
      `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escape(b.label)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${barRow - 7}" fill="${b.ours ? '#2563eb' : '#9ca3af'}"/>`,
      `<text x="${labelW + w + 4}" y="${y + 14}" fill="#333">${b.value.toFixed(2)}</text>`
    )
  })
  // Right: time per MB against input size (log x).
  const x0 = leftW + 70
  const x1 = width - 30
  const y0 = top
  const y1 = top + 240
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).filter((x) => x > 0)
  const minX = Math.min(...xs)
  const maxX = Math.max(...xs)
  const yAxis = niceAxis(Math.max(...series.flatMap((s) => s.points.map((p) => p.y)), 0))
  const maxY = yAxis.max
  const lx = (x: number) => (maxX === minX ? (x0 + x1) / 2 : x0 + ((Math.log10(x) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX))) * (x1 - x0))
  const ly = (y: number) => y1 - (y / maxY) * (y1 - y0)
  out.push(`<text x="${x0 - 50}" y="${top - 14}" font-weight="600">Scaling: time per MB as input grows (flat = linear)</text>`)
  for (let t = 0; t <= yAxis.ticks; t++) {
    const y = y1 - ((y1 - y0) * t) / yAxis.ticks
    out.push(
      `<line x1="${x0}" y1="${y}" x2="${x1}" y2="${y}" stroke="#e5e5e5"/>`,
      `<text x="${x0 - 6}" y="${y + 4}" text-anchor="end" fill="#555">${fmt(yAxis.step * t)}</text>`
    )
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(`<text x="${lx(x)}" y="${y1 + 16}" text-anchor="middle" fill="#555">${x >= 1 ? fmt(x) : x.toPrecision(2)} MB</text>`)
  }
  out.push(
    `<text x="${(x0 + x1) / 2}" y="${y1 + 34}" text-anchor="middle" fill="#555">input size (log scale)</text>`,
    `<text x="${x0 - 44}" y="${(y0 + y1) / 2}" text-anchor="middle" fill="#555" transform="rotate(-90 ${x0 - 44} ${(y0 + y1) / 2})">ms per MB</text>`
  )
  series.forEach((s, i) => {
    const color = s.ours ? '#2563eb' : '#6b7280'
    const d = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${lx(p.x).toFixed(1)},${ly(p.y).toFixed(1)}`).join(' ')
    out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`)
    for (const p of s.points) out.push(`<circle cx="${lx(p.x).toFixed(1)}" cy="${ly(p.y).toFixed(1)}" r="3.5" fill="${color}"/>`)
    out.push(
      `<rect x="${x0 + 10}" y="${y1 + 48 + i * 18}" width="12" height="3" fill="${color}"/>`,
      `<text x="${x0 + 28}" y="${y1 + 53 + i * 18}">${escape(s.label)}</text>`
    )
  })
  out.push('</svg>')
  return out.join('\n') + '\n'
}
