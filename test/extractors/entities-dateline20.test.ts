import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {entityTable} from '../helpers.js'

describe('entities: the place of a wire dateline is a place, whatever typed its words', () => {
  entityTable('en', [
    // A city in capitals that no gazetteer knows, or that reads like a firm's name, opening a Reuters dateline.
    ['ACME RAISES QUARTERLY DIVIDEND\n\n    KANSAS CITY, March 3 - Acme Grain Corp said it raised its\nquarterly dividend to 12 cts a share from 10 cts.', [['location', 'KANSAS CITY'], ['organization', 'Acme Grain Corp']]],
    ['TELXON SEES HIGHER REVENUES\n\n    AKRON, Ohio, March 4 - Telxon Corp said it expects revenues\nfor the year to rise about 20 pct.', [['location', 'AKRON']]],
    // Two places apart from a slash, each its own place.
    ['Trump wants the Postal Service to charge more for parcels\n\nSEATTLE/WASHINGTON (Reuters) - President Donald Trump on Friday called on the\nPostal Service to charge more for shipping parcels.', [['location', 'SEATTLE'], ['location', 'WASHINGTON']]]
  ])
})

describe('entities: a dateline town that names a firm of the article is left to linking', () => {
  it('does not make the firm a place', () => {
    const a = parseArticle('GLASS MAKER SETS EXCHANGE RATIO\n\n    CORNING, N.Y., March 2 - Corning Glass Works said the\nexchange ratio for its acquisition of Hazleton Laboratories Corp\nhas been set at 0.5165 share.', {language: 'en'})
    expect(a.entities.find((e) => e.name === 'Corning Glass Works')?.type).not.toBe('location')
  })
})

describe('entities: a mention the metadata steps placed in a headline-case block is not found there again', () => {
  it('lists the dateline place once', () => {
    const a = parseArticle('PAPER MILL CO QTLY DIVIDEND\n\n    PHILADELPHIA, March 4 -\n    Qtly div 20 cts vs 18 cts prior\n    Pay April one\n    Record March 20', {language: 'en'})
    const starts = a.entities.flatMap((e) => e.mentions.map((m) => m.position.start.offset))
    expect(starts.length).toBeGreaterThan(0)
    expect(new Set(starts).size).toBe(starts.length)
    expect(a.entities.find((e) => e.name === 'PHILADELPHIA')?.type).toBe('location')
  })
  it('lists a headline credit author once', () => {
    const a = parseArticle('Lutte : Un Comité ou une Fédération (Par M. Papa Birame Bigué Mbaye)\n\nLe débat sur la gestion de la lutte revient. Papa Birame Bigué Mbaye estime que le comité a fait son temps.', {language: 'fr'})
    const e = a.entities.find((x) => x.name === 'Papa Birame Bigué Mbaye')
    expect(e?.type).toBe('person')
    const starts = e!.mentions.map((m) => m.position.start.offset)
    expect(new Set(starts).size).toBe(starts.length)
  })
})
