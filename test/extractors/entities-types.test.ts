/**
 * Entity rules, round 2: organisations told from people by context (a
 * pronoun for things, a role before an acronym, organisation words), common
 * nouns that look like names (format acronyms, plural acronyms, elided
 * verbs, elections), and name boundaries (adjectives, numbers and
 * complements after an organisation word). Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import type {EntityType} from '../../src/index.js'
import {entitiesOf} from '../helpers.js'

type Row = [input: string, want: [type: EntityType, name: string][], not?: string[]]

function table(language: 'fr' | 'en', rows: Row[]) {
  for (const [input, want, not = []] of rows) {
    it(JSON.stringify(input.slice(0, 90)), () => {
      const found = entitiesOf(input, language)
      const summary = found.map((e) => `${e.type}:${e.name}`).join(', ')
      for (const [type, name] of want) {
        const e = found.find((x) => x.name === name)
        expect(e ? `${e.type}:${e.name}` : `missing ${name}; found ${summary}`).toBe(`${type}:${name}`)
      }
      const names = found.flatMap((e) => [e.name, ...e.aliases])
      for (const n of not) expect(names, summary).not.toContain(n)
    })
  }
}

describe('entity types and boundaries, French', () => {
  table('fr', [
    // An acronym after a role is its organisation.
    ['Élections\n\nL’ancien candidat RN de la circonscription, Paul Morel, a quitté Amiens.', [['organization', 'RN'], ['person', 'Paul Morel']]],
    // A name after an organisation word, or with one in it.
    ['Presse\n\nL’hebdomadaire Marianne Hebdo a publié l’enquête que le parti Nida Watan conteste.', [['organization', 'Marianne Hebdo'], ['organization', 'Nida Watan']]],
    ['Aide\n\nLes équipes de Secours International sont arrivées à Gao jeudi.', [['organization', 'Secours International'], ['location', 'Gao']]],
    ['Tunisie\n\nDes députés du bloc Al-Karama et du mouvement Tahya Watan ont voté contre, selon Karine Roux.', [['organization', 'Al-Karama'], ['organization', 'Tahya Watan'], ['person', 'Karine Roux']]],
    // Adjectives, numbers and complements after an organisation word.
    ['Football\n\nLe Racing strasbourgeois affrontera l’an prochain les clubs de Ligue 2, a indiqué Marc Keller.', [['organization', 'Racing strasbourgeois'], ['organization', 'Ligue 2']], ['Racing', 'Ligue']],
    ['Retraites\n\nLa Caisse nationale d’allocations familiales a versé les aides en retard, selon Nadia Mercier.', [['organization', 'Caisse nationale d’allocations familiales']], ['Caisse']],
    // A given name, a particle and a surname.
    ['Justice\n\nL’opposition a demandé à la Cour suprême de suspendre la loi, a indiqué Moussa Diop.', [['organization', 'Cour suprême'], ['person', 'Moussa Diop']], ['Cour suprême de suspendre la loi']],
    ['Retraites\n\nLa Caisse nationale d’assurance maladie a publié ses comptes. La Cnam prévoit un déficit.', [['organization', 'Caisse nationale d’assurance maladie']]],
    ['Agriculture\n\nLe ministre a inauguré le Salon de l’agriculture samedi à Paris.', [['location', 'Paris']], ['Salon de l’agriculture', 'Salon']],
    // A place word in lower case before the name; a club's name that opens with its city.
    ['Politique\n\nElle a été démise de ses fonctions à la tête de la région Centre-Val-de-Loire, selon Karine Roux.', [['location', 'Centre-Val-de-Loire'], ['person', 'Karine Roux']]],
    ['Football\n\nLe club de Dakar Étoile-Verte est en deuil après le décès de son entraîneur.', [['organization', 'Dakar Étoile-Verte']], ['Dakar', 'Étoile-Verte']],
    ['Théâtre\n\nLe comédien joue ce soir à Lille. On retrouve Ludovic de Chassagne dans le rôle principal.', [['person', 'Ludovic de Chassagne'], ['location', 'Lille']]]
  ])
})

describe('entity types and boundaries, English', () => {
  table('en', [
    // A pronoun for things after the name.
    // (`which` alone is no body's pronoun: works and products take it too, `his single, Killamangiro, which`.)
    ['Retail\n\nMarion Hale is closing stores. Marion Hale has cut its prices and blamed rents.', [['organization', 'Marion Hale']]],
    ['Markets\n\nEuronext Boerse held its second meeting with the exchange on Tuesday.', [['organization', 'Euronext Boerse']]],
    ['Aid\n\nShe led Relief International operations in Basra before the war.', [['organization', 'Relief International'], ['location', 'Basra']]],
    ['Retail\n\nMinisters met Veltra. Karl Weiss, its minister for trade, said the plan was fair.', [['person', 'Karl Weiss']]],
    ['Germany\n\nOfficials in the state of Hessen have spoken out against the move, said Tom Reeve.', [['location', 'Hessen'], ['person', 'Tom Reeve']]],
    // A known place before a lower-case word in one compound.
    ['Defence\n\nThe Pentagon barred the Seattle-based company from rocket work, said Tom Reeve.', [['location', 'Seattle'], ['person', 'Tom Reeve']], ['Seattle-based']],
    // A club before a team role.
    ['Football\n\nSir Bob Lane has offered Hartwell boss Tom Adey some advice. The Harlow wing insisted he scored.', [['organization', 'Hartwell'], ['organization', 'Harlow'], ['person', 'Tom Adey']]],
    // Single words listed with a known organisation.
    ['Music\n\nThe show had players from companies such as Zentek, Sony and Philtron, said Ann Pryce.', [['organization', 'Zentek'], ['organization', 'Philtron'], ['organization', 'Sony']]],
    // A noun that is also a person's role, before a given name and a surname.
    ['Obituary\n\nVeteran comedian and broadcaster Cyril Maddox has died. Maddox was 91.', [['person', 'Cyril Maddox']]],
    // An organisation noun right after the name.
    ['Iraq\n\nHe will appeal via the Al-Rafidain television channel on Sunday, said Tom Reeve.', [['organization', 'Al-Rafidain'], ['person', 'Tom Reeve']]],
    // An organisation noun, a comma and an article; a role and `of` before one unknown word.
    ['Banks\n\nA board member of Germany’s central bank, the Landesbank, said no. Ms Tan is chief executive of Kedaijaya, a retail group.', [['organization', 'Landesbank'], ['organization', 'Kedaijaya'], ['location', 'Germany']]],
    // Numbered names.
    ['Football\n\nThe club was relegated to League 2 after losing to Bristol Rovers.', [['organization', 'League 2']], ['League']]
  ])
})

describe('entity types: acronyms written as words', () => {
  it('links an acronym written as a word to the organisation it spells', () => {
    const found = entitiesOf('Retraites\n\nLa Caisse nationale d’assurance maladie a publié ses comptes. La Cnam prévoit un déficit.', 'fr')
    const cnam = found.filter((e) => e.name === 'Cnam' || e.aliases.includes('Cnam'))
    expect(cnam.map((e) => e.name)).toEqual(['Caisse nationale d’assurance maladie'])
    expect(cnam[0]!.mentions.map((m) => m.text)).toEqual(['Caisse nationale d’assurance maladie', 'Cnam'])
  })
})

describe('entity types: variants of one name', () => {
  it('merges organisation names that differ only in a particle', () => {
    const input = 'Budget\n\nCarl Ames, from the Institute for Budget Studies, spoke. No one from the Institute of Budget Studies agrees.'
    const found = entitiesOf(input, 'en').filter((e) => e.type === 'organization')
    expect(found.map((e) => e.name)).toEqual(['Institute for Budget Studies'])
    expect(found[0]!.aliases).toEqual(['Institute of Budget Studies'])
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Institute for Budget Studies', 'Institute of Budget Studies'])
  })
})

describe('entity types: what must not be found', () => {
  const cases: [language: 'fr' | 'en', what: string, input: string, not: string[], person?: string][] = [
    ['fr', 'format and contract acronyms are common nouns', 'Emploi\n\nIl a envoyé des SMS au maire pour obtenir un CDD, payé avec la CSG, selon Karine Roux.', ['SMS', 'CDD', 'CSG'], 'Karine Roux'],
    ['en', 'device and format acronyms are common nouns', 'Gadgets\n\nThe phone plays MP3 files, has GPS and GPRS, an HD screen and an ADSL link, said Tom Reeve.', ['MP3', 'GPS', 'GPRS', 'HD', 'ADSL'], 'Tom Reeve'],
    ['en', 'plural acronyms are common nouns', 'Sales\n\nSales of DVDs, PVRs and LCDs rose in December, said Ann Pryce.', ['DVDs', 'PVRs', 'LCDs'], 'Ann Pryce'],
    ['fr', 'an elided verb opening a quotation is not a name', 'Souvenir\n\n« C’était une femme drôle. N’était-ce pas évident ? », raconte Sandrine Bayle.', ['C’était', 'N’était-ce'], 'Sandrine Bayle'],
    ['fr', 'an election is not an entity', 'Politique\n\nIl a perdu aux Législatives puis aux Municipales, rappelle Yannick Le Goff.', ['Législatives', 'Municipales'], 'Yannick Le Goff'],
    ['en', 'a show after a work word and a capitalised function word is not a name', 'Obituary\n\nHe was known for misprints on TV show That\'s Life, said Ann Pryce.', ['Life', 'That\'s Life'], 'Ann Pryce'],
    ['en', 'a trade show is an event', 'Gadgets\n\nThe Consumer Electronics Show opened in Las Vegas, said Tom Reeve.', ['Consumer Electronics Show', 'Consumer Electronics'], 'Tom Reeve'],
    ['en', 'an event and its acronym are not entities', 'Gadgets\n\nThe Mobile Devices Show (MDS) featured new phones, said Tom Reeve.', ['Mobile Devices Show', 'MDS'], 'Tom Reeve'],
    ['en', 'a place preposition does not make a list', 'Markets\n\nThe Paris-based exchange, owner of Tradex in London, may bid. Tradex said its volumes rose.', [], 'London'],
    ['en', 'a capitalised common noun after a role and of is not an organisation', 'Science\n\nShe is head of Research at the lab, where research is funded by grants, said Tom Reeve.', ['Research'], 'Tom Reeve'],
    ['en', 'a compound with an unknown first part is not a place', 'Protest\n\nAnti-war groups and Zorb-based teams marched, said Tom Reeve.', ['Anti', 'Zorb', 'Anti-war', 'Zorb-based'], 'Tom Reeve'],
    ['en', 'a role played is not an organisation', 'Stage\n\nHe played the Emperor of Morocco in a pantomime, said Tom Reeve.', ['Emperor of Morocco'], 'Tom Reeve'],
    ['en', 'a person who says something about a firm stays a person', 'Results\n\nJohn Maddox said its profits would rise, and Jane Orr is proud of her team.', [], 'John Maddox']
  ]
  for (const [language, what, input, not, person] of cases) {
    it(what, () => {
      const found = entitiesOf(input, language)
      const names = found.flatMap((e) => [e.name, ...e.aliases])
      for (const n of not) expect(names).not.toContain(n)
      if (person === 'London') {
        expect(found.find((e) => e.name === 'London')?.type).toBe('location')
        expect(found.find((e) => e.name === 'Tradex')?.type).toBe('organization')
      } else if (person) expect(found.find((e) => e.name === person)?.type).toBe('person')
    })
  }
})
