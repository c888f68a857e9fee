/**
 * English (`en`).
 */
import type {Locale} from '../types.js'
import {byline} from './byline.js'
import {dates} from './dates.js'
import {detection} from './detection.js'
import {quotes} from './quotes.js'
// (The entity lexicon last here and first in `fr`: a bundle of both locales holds the two side by side,
// where gzip finds the words and keys they share; 0.8 KB less than with the English quote lexicon and the
// French agency, byline, dates and detection lists between them.)
import {entities} from './entities.js'

/** The English locale pack. */
export const en: Locale = {code: 'en', name: 'English', detection, dates, byline, quotes, entities}
