/**
 * Which entities an output lists as mentioned.
 */
import type {Entity, NewsArticle, Position} from '../schema/article.js'

/**
 * The entities the article's content mentions: those with at least one
 * mention outside the credits (byline, author names, publication line). The
 * writer of a signed article and the outlet of its publication line are not
 * things the article mentions.
 */
export function mentionedEntities(article: NewsArticle): Entity[] {
  const credits: Position[] = []
  if (article.byline) credits.push(article.byline.position)
  if (article.publisher?.position) credits.push(article.publisher.position)
  for (const a of article.authors) if (a.position) credits.push(a.position)
  if (credits.length === 0) return article.entities
  const inCredits = (p: Position) => credits.some((c) => c.start.offset <= p.start.offset && p.end.offset <= c.end.offset)
  return article.entities.filter((e) => e.mentions.length === 0 || e.mentions.some((m) => !inCredits(m.position)))
}
