/**
 * IPTC ninjs 3.1 ("News in JSON").
 */
import {InvalidOptionError} from '../errors.js'
import type {NewsArticle} from '../schema/article.js'
import {mentionedEntities} from './entities.js'
import {checkTimeZone, clean} from './values.js'

/** A ninjs name/role pair (headline, description, body, info source). */
export interface NinjsText {
  role?: string
  contentType?: string
  value: string
}

/** A ninjs body. */
export interface NinjsBody extends NinjsText {
  charCount?: number
  wordCount?: number
}

/** A person, organisation or place of a ninjs item. */
export interface NinjsConcept {
  name?: string
  rel?: string
  uri?: string
  literal?: string
}

/** A party credited for the content. */
export interface NinjsInfoSource {
  name?: string
  role?: string
  uri?: string
  literal?: string
}

/** The subset of ninjs 3.1 newsdown writes (valid against `ninjs-schema_3.1.json`). */
export interface Ninjs {
  uri: string
  standard: {name: 'ninjs'; version: '3.1'; schema: string}
  type: 'text'
  language?: string
  headlines?: NinjsText[]
  descriptions?: NinjsText[]
  by?: string
  located?: string
  bodies?: NinjsBody[]
  firstCreated?: string
  versionCreated?: string
  people?: NinjsConcept[]
  organisations?: NinjsConcept[]
  places?: NinjsConcept[]
  infoSources?: NinjsInfoSource[]
}

/** Options of `toNinjs`. */
export interface NinjsOptions {
  /** Identifier of the item (any URI). Default: `urn:newsdown:` and a hash of the headline, language and body. */
  uri?: string
  /**
   * UTC offset (`+01:00`, `Z`) of the dates of the article. ninjs dates are
   * full date-times: a date with a time is written with this offset when it
   * has none, and a date without a time is left out (no time is invented).
   */
  timeZone?: string
}

const SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#'
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/

/**
 * Writes a parsed article as an IPTC ninjs 3.1 news item.
 *
 * `firstCreated`/`versionCreated` are written only for dates that carry a
 * time and a UTC offset (from the text or `options.timeZone`).
 *
 * @param article A parsed article (`parseArticle`).
 * @param options Identifier and time zone.
 * @returns A ninjs object.
 */
export function toNinjs(article: NewsArticle, options: NinjsOptions = {}): Ninjs {
  checkTimeZone(options.timeZone)
  if (options.uri !== undefined && (typeof options.uri !== 'string' || !/^[a-z][a-z\d+.-]*:\S+$/i.test(options.uri))) {
    throw new InvalidOptionError('Expected `uri` to be an absolute URI such as `urn:example:1`')
  }
  const bodyText = article.body.map((p) => p.text.trim()).filter(Boolean).join('\n\n')
  const out: Ninjs = {
    uri: options.uri ?? contentUri(article, bodyText),
    standard: {name: 'ninjs', version: '3.1', schema: SCHEMA},
    type: 'text'
  }
  const language = clean(article.language)
  if (language) out.language = language
  const headline = clean(article.headline)
  if (headline) out.headlines = [{role: 'main', value: headline}]
  const deck = clean(article.alternativeHeadline)
  if (deck) out.descriptions = [{role: 'summary', contentType: 'text/plain', value: deck}]
  const names = article.authors.map((a) => clean(a.name)).filter((n): n is string => n !== undefined)
  if (names.length > 0) out.by = names.join(', ')
  const located = clean(article.dateline?.location)
  if (located) out.located = located
  if (bodyText) {
    out.bodies = [{role: 'main', contentType: 'text/plain', value: bodyText, charCount: bodyText.length, wordCount: article.wordCount}]
  }
  const first = dateTime(article.datePublished, options.timeZone)
  if (first) out.firstCreated = first
  const version = dateTime(article.dateModified, options.timeZone) ?? first
  if (version) out.versionCreated = version

  const mentioned = mentionedEntities(article)
  const concepts = (type: NewsArticle['entities'][number]['type']) =>
    mentioned
      .filter((e) => e.type === type)
      .map((e) => clean(e.name))
      .filter((n): n is string => n !== undefined)
      .map((name) => ({name, rel: 'mentioned'}))
  const people = concepts('person')
  if (people.length > 0) out.people = people
  const organisations = concepts('organization')
  if (organisations.length > 0) out.organisations = organisations
  const places = concepts('location')
  if (places.length > 0) out.places = places

  const sources: NinjsInfoSource[] = []
  const publisher = clean(article.publisher?.name)
  if (publisher) sources.push({name: publisher, role: 'publisher'})
  const agency = clean(article.dateline?.source)
  if (agency && agency !== publisher) sources.push({name: agency, role: 'source'})
  for (const author of article.authors) {
    const affiliation = clean(author.affiliation)
    if (affiliation && !sources.some((s) => s.name === affiliation)) sources.push({name: affiliation, role: 'source'})
  }
  if (sources.length > 0) out.infoSources = sources
  return out
}

/** `urn:newsdown:` + a 64-bit hash (16 hex digits) of the language, headline and body. */
function contentUri(article: NewsArticle, body: string): string {
  return 'urn:newsdown:' + hash64(`${article.language}\n${article.headline ?? ''}\n${body}`)
}

/**
 * Two independent 32-bit FNV-1a hashes (different offset bases), as 16 hex
 * digits. Pure and portable; not a cryptographic hash.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/** A full date-time with offset, or `undefined` when the value lacks a time or an offset. */
function dateTime(value: string | null, timeZone: string | undefined): string | undefined {
  const m = value ? DATE_TIME.exec(value) : null
  if (!m || !value) return undefined
  let v = m[1] ? value : timeZone ? value + timeZone : undefined
  if (!v) return undefined
  // RFC 3339 requires seconds.
  if (/T\d{2}:\d{2}(?=Z|[+-]|$)/.test(v)) v = v.replace(/(T\d{2}:\d{2})/, '$1:00')
  return v
}
