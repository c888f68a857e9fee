/**
 * schema.org `NewsArticle` JSON-LD, following Google's Article structured
 * data guidance.
 */
import type {
  NewsArticle as SchemaNewsArticle,
  NewsArticleLeaf,
  Organization,
  Person,
  Place,
  Thing,
  WithContext
} from 'schema-dts'
import {InvalidOptionError} from '../errors.js'
import type {Entity, NewsArticle} from '../schema/article.js'
import {mentionedEntities} from './entities.js'
import {checkTimeZone, clean} from './values.js'

/** Publisher to write instead of (or when the text names none) the one found in the text. */
export interface JsonLdPublisher {
  /** Name of the outlet, e.g. `Le Matin`. */
  name: string
  /** Home page of the outlet. */
  url?: string
  /** URL of the outlet's logo. */
  logo?: string
}

/** Options of `toJsonLd` and `toJsonLdScript`. */
export interface JsonLdOptions {
  /** Canonical URL of the article page (`url`; also `mainEntityOfPage` unless that is given). */
  url?: string
  /** Image URL(s) of the article (Google asks for at least one for rich results). */
  image?: string | readonly string[]
  /** URL of the page the article is the main entity of. Default: `url`. */
  mainEntityOfPage?: string
  /** Whether the article is free to read (`isAccessibleForFree`). Left out when not given. */
  isAccessibleForFree?: boolean
  /** Publisher to write; default: the publisher found in the text. */
  publisher?: JsonLdPublisher
  /** Include the body text as `articleBody` (paragraphs separated by a blank line). Default `false`. */
  articleBody?: boolean
  /**
   * UTC offset (`+01:00`, `-05:00`, `Z`) to add to dates that carry a time
   * but no offset. Dates without a time stay dates: no time is ever invented.
   */
  timeZone?: string
  /**
   * Write `mentions` (every entity the content mentions, not the credited
   * author or publisher) and `about` (entities named in the headline). Default `true`.
   */
  entities?: boolean
}

/** Options of `toJsonLdScript`. */
export interface JsonLdScriptOptions extends JsonLdOptions {
  /** Indentation of the JSON inside the script element: 0–10 spaces, or a string of up to 10 spaces or tabs. Default: none. */
  space?: number | string
}


/**
 * Writes a parsed article as a schema.org `NewsArticle` in JSON-LD.
 *
 * Empty values are left out (never written as empty strings); each author
 * is a separate `Person` with the name only (role as `jobTitle`, agency as
 * `affiliation`); the publisher is an `Organization`; dates stay as precise
 * as the text gives them; `mentions` lists the entities of the content (an
 * entity named only in the byline or the publication line is left out).
 *
 * @param article A parsed article (`parseArticle`).
 * @param options URL, images and other facts the text does not give.
 * @returns A JSON-LD object with `@context` `https://schema.org`.
 */
export function toJsonLd(article: NewsArticle, options: JsonLdOptions = {}): WithContext<SchemaNewsArticle> {
  const timeZone = options.timeZone
  checkTimeZone(timeZone)
  const out: WithContext<NewsArticleLeaf> = {'@context': 'https://schema.org', '@type': 'NewsArticle'}
  const headline = clean(article.headline)
  if (headline) out.headline = headline
  const deck = clean(article.alternativeHeadline)
  if (deck) out.alternativeHeadline = deck
  const published = isoDate(article.datePublished, timeZone)
  if (published) out.datePublished = published
  const modified = isoDate(article.dateModified, timeZone)
  if (modified) out.dateModified = modified

  const authors: Person[] = []
  for (const author of article.authors) {
    const name = clean(author.name)
    if (!name) continue
    const person: Exclude<Person, string> & Record<string, unknown> = {'@type': 'Person', name}
    const role = clean(author.role)
    if (role) person.jobTitle = role
    const affiliation = clean(author.affiliation)
    if (affiliation) person.affiliation = {'@type': 'Organization', name: affiliation}
    authors.push(person)
  }
  if (authors.length > 0) out.author = authors

  const publisher = options.publisher ?? (article.publisher ? {name: article.publisher.name} : undefined)
  const publisherName = clean(publisher?.name)
  if (publisher && publisherName) {
    const org: Exclude<Organization, string> & Record<string, unknown> = {'@type': 'Organization', name: publisherName}
    const url = clean(publisher.url)
    if (url) org.url = url
    const logo = clean(publisher.logo)
    if (logo) org.logo = {'@type': 'ImageObject', url: logo}
    out.publisher = org
  }

  if (article.dateline) {
    const text = clean(article.dateline.text)
    if (text) out.dateline = text
    const place = clean(article.dateline.location)
    if (place) out.locationCreated = {'@type': 'Place', name: place}
  }
  const language = clean(article.language)
  if (language) out.inLanguage = language
  if (article.wordCount > 0) out.wordCount = article.wordCount
  if (options.articleBody) {
    const body = article.body.map((p) => p.text.trim()).filter(Boolean).join('\n\n')
    if (body) out.articleBody = body
  }

  if (options.entities !== false) {
    const mentions = mentionedEntities(article).map(entityThing).filter((t): t is Exclude<Thing, string> => t !== null)
    if (mentions.length > 0) out.mentions = mentions
    const about = headlineEntities(article).map(entityThing).filter((t): t is Exclude<Thing, string> => t !== null)
    if (about.length > 0) out.about = about
  }

  const url = clean(options.url)
  if (url) out.url = url
  const images = (typeof options.image === 'string' ? [options.image] : options.image ?? []).map(clean).filter(Boolean) as string[]
  if (images.length > 0) out.image = images.length === 1 ? images[0]! : images
  const page = clean(options.mainEntityOfPage) ?? url
  if (page) out.mainEntityOfPage = {'@type': 'WebPage', '@id': page}
  if (typeof options.isAccessibleForFree === 'boolean') out.isAccessibleForFree = options.isAccessibleForFree
  return out
}

/**
 * Writes a parsed article as a `<script type="application/ld+json">`
 * element that is safe to put in an HTML page: `<`, `>`, `&`, U+2028 and
 * U+2029 are written as JSON `\u` escapes, so no article text can close
 * the element or open a comment.
 *
 * @param article A parsed article (`parseArticle`).
 * @param options As for `toJsonLd`, plus `space`.
 * @returns The element, as a string.
 */
export function toJsonLdScript(article: NewsArticle, options: JsonLdScriptOptions = {}): string {
  const {space, ...rest} = options
  if (space !== undefined && !(typeof space === 'number' ? space >= 0 && space <= 10 : /^[ \t]{0,10}$/.test(space))) {
    throw new InvalidOptionError('Expected `space` to be a number from 0 to 10 or up to 10 spaces or tabs')
  }
  return `<script type="application/ld+json">${escapeJsonForHtml(JSON.stringify(toJsonLd(article, rest), null, space))}</script>`
}

/** Escapes JSON text so that it can stand inside an HTML `<script>` element; still the same JSON. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

/** An ISO date of the article, with `timeZone` added to a time without offset. */
function isoDate(value: string | null, timeZone: string | undefined): string | undefined {
  const v = clean(value)
  if (!v) return undefined
  if (timeZone && /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(v)) return v + timeZone
  return v
}

function entityThing(entity: Entity): Exclude<Thing, string> | null {
  const name = clean(entity.name)
  if (!name) return null
  if (entity.type === 'person') {
    const person: Exclude<Person, string> & Record<string, unknown> = {'@type': 'Person', name}
    const title = clean(entity.title)
    if (title) person.honorificPrefix = title
    const role = clean(entity.role)
    if (role) person.jobTitle = role
    return person
  }
  if (entity.type === 'organization') return {'@type': 'Organization', name} satisfies Organization
  return {'@type': 'Place', name} satisfies Place
}

/** Entities that have a mention inside the headline: what the article is about. */
function headlineEntities(article: NewsArticle): Entity[] {
  const position = article.headlinePosition
  if (!position) return []
  const start = position.start.offset
  const end = position.end.offset
  return article.entities.filter((e) =>
    e.mentions.some((m) => m.position.start.offset >= start && m.position.end.offset <= end)
  )
}
