/**
 * French (`fr`).
 */
import type {Locale} from '../types.js'
// (The entity lexicon first here and last in `en`: see there.)
import {entities} from './entities.js'
import {byline} from './byline.js'
import {dates} from './dates.js'
import {detection} from './detection.js'
import {quotes} from './quotes.js'

/** The French locale pack. */
export const fr: Locale = {code: 'fr', name: 'French', detection, dates, byline, quotes, entities}
