import {en} from './en/index.js'
import {fr} from './fr/index.js'
import type {Locale} from './types.js'

export {en, fr}

/** The locales newsdown ships, in the order used to break ties in detection. */
export const builtinLocales: readonly Locale[] = [en, fr]
