import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** The speakers' names of the quotes `parseArticle` finds in `input`. */
const speakers = (input: string) => parseArticle(input).quotes.map((q) => q.speaker?.name ?? null)

describe('speakers: a name right after an opening phrase led by a word and a preposition is a subject (`Suite à la polémique, X a …`)', () => {
  it('French: `la chaîne` after the quote stands for the channel that opens the sentence before, not the group quoted earlier', () => {
    const input =
      'Polémique à la télévision\n\nL’association Gaïa a écrit à M6 pour protester. « Ces animaux n’ont rien à faire sur un plateau », a prévenu Gaïa dans sa lettre. Suite à la polémique, M6 a retiré la séquence. « Nous avons entendu les critiques et décidé de ne pas diffuser ces images », a déclaré la chaîne interrogée par Le Parisien.'
    expect(speakers(input)).toEqual(['Gaïa', 'M6'])
  })
})

describe('speakers: a description of a body after its speech verb stands for the organisation quoted last when nearer than a subject (`explique le rapport`)', () => {
  it('French: the auditors quoted last (after `selon`), not the radio that opens an earlier sentence as its subject', () => {
    const input =
      'Régions : pas d’économies\n\nRTL a consacré mardi un long reportage à la réforme territoriale. Les économies « ne sont pas au rendez-vous », selon la Cour des comptes. Les régions ont aligné les primes de leurs agents sur le régime le plus favorable. « Les nouveaux régimes indemnitaires ont été alignés sur le plus favorable des anciennes régions », explique le rapport.'
    expect(speakers(input)).toEqual(['Cour des comptes', 'Cour des comptes'])
  })
})

describe('speakers: French nouns of documents and outlets stand for the organisation named before (`poursuit l’institution`, `promet le site`)', () => {
  it('`l’institution`, `le site` after the speech verb', () => {
    const input =
      'Audiovisuel : mise en garde\n\nLe Conseil supérieur de l’audiovisuel (CSA) a publié un communiqué lundi. « Certaines émissions franchissent les limites », indique le CSA. L’institution rappelle que « les éditeurs sont responsables de tous les programmes diffusés ».\n\nLa SNCF recrute des conducteurs en ligne. « Ce cours vous apprendra tout du métier », promet le site.'
    expect(speakers(input).slice(1)).toEqual(['Conseil supérieur de l’audiovisuel', 'SNCF'])
  })
})

describe('speakers: a name completing a role phrase that opens its sentence is its subject (`La ministre de la Santé X pourrait …`)', () => {
  it('French: `elle` stands for the minister, not for the outlet quoted before as the subject of a speech verb', () => {
    const head = 'Européennes : qui pour mener la liste ?\n\nLe parti assure avoir bouclé sa feuille de route, explique Capital. Plusieurs noms ont circulé. '
    const tail = ' pourrait bien se retrouver sur cette liste. Interrogée à ce sujet dimanche sur Radio J, elle a éludé la question en affirmant que « l’Europe était un vrai sujet ».'
    expect(speakers(head + 'La ministre de la Santé Anne Morel' + tail)).toEqual(['Anne Morel'])
    // The same after a source phrase (`Selon Les Échos, la ministre …`).
    expect(speakers(head + 'Selon Les Échos, la ministre de la Santé Anne Morel' + tail)).toEqual(['Anne Morel'])
  })
})

describe('speakers: an acronym written in brackets after a description in lower case is spelled out by it (`le parquet national antiterroriste (Pnat)`)', () => {
  it('French: the acronym’s last letters may come from inside the description’s last word', () => {
    const input =
      'Attaque au Niger\n\nLe parquet national antiterroriste (Pnat) a ouvert lundi une enquête après l’attaque. L’enquête « a été confiée à la Direction générale de la sécurité intérieure », a précisé le Pnat dans un communiqué.'
    expect(speakers(input)).toEqual(['parquet national antiterroriste'])
  })

  it('not a description whose initials do not spell it, nor one with no article before it', () => {
    const a = 'Attaque au Niger\n\nLe parquet de Paris (Pnat) a ouvert lundi une enquête. L’enquête « a été confiée à la police », a précisé le Pnat.'
    expect(speakers(a)).toEqual(['Pnat'])
  })
})
