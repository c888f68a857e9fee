/**
 * English (`en`).
 */
import type {Locale} from '../types.js'
import {byline} from './byline.js'
import {dates} from './dates.js'
import {detection} from './detection.js'
import {entities} from './entities.js'
import {quotes} from './quotes.js'

/** The English locale pack. */
export const en: Locale = {code: 'en', name: 'English', detection, dates, byline, quotes, entities}
