/**
 * French organisations, precision (issue 4, session 26): a capitalised word alone after a singular
 * determiner (`une Occitane`, `leur Cahier`) is a common noun, no organisation named by default; common
 * acronyms and nouns (`Ehpad`, `QG`, `USDT`) are no bodies; one word named an organisation only by default
 * is a person once a mention of it is typed a person's. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A capitalised word after a singular determiner is a common noun', () => {
  entityTable('fr', [
    [
      'Télévision\n\nLe nouveau présentateur est un Breton installé à Lyon. Un Breton remplace donc un autre Breton au 20H.',
      [['location', 'Lyon']],
      ['Breton']
    ],
    [
      'Audiovisuel\n\nLe régulateur rappelle que, selon leur Cahier des charges, les chaînes doivent protéger les mineurs. Le Cahier impose aussi des quotas.',
      [],
      ['Cahier']
    ],
    [
      // A surname closing a longer name of the article stays that person's.
      'Diplomatie\n\nLe président Donald Trump a parlé à la presse mardi. Un Trump visiblement agacé a quitté la salle.',
      [['person', 'Donald Trump', ['Trump']]]
    ],
    [
      // Named another way too, a body's name stays one (with its evidence: a role of it; since frorgs27 one unknown word is
      // no organisation by default in French).
      'Football\n\nLe Napoli veut recruter un attaquant. Le président du Napoli a fait une offre au joueur, qui ne compte pas partir.',
      [['organization', 'Napoli']]
    ]
  ])
})

describe('Common acronyms and nouns are no bodies', () => {
  entityTable('fr', [
    [
      'Santé\n\nLes résidents d’Ehpad restent confinés. Dans les Ehpad, les visites sont suspendues depuis lundi.',
      [],
      ['Ehpad']
    ],
    [
      'Campagne\n\nLe candidat a installé un QG de campagne à Lille. Le QG compte quinze salariés.',
      [['location', 'Lille']],
      ['QG']
    ],
    [
      'Escroquerie\n\nLes fonds ont été convertis en USDT puis transférés. Les USDT ont été saisis par les enquêteurs.',
      [],
      ['USDT']
    ]
  ])
})

describe('One word named only by default is a person once a mention says so', () => {
  entityTable('fr', [
    [
      'Télé\n\nMamico répond à ses détracteurs. Lors du live, Mamico a été interrompue par l’invitée. Ce ton a frustré Mamico, qui a répliqué, a affirmé Mamico.',
      [['person', 'Mamico']]
    ]
  ])
})

describe('Words in capitals with a function word inside are a phrase, no body', () => {
  entityTable('fr', [
    [
      'Discours\n\nLe président a conclu son message par ces mots : « QUE DIEU BÉNISSE LE MONDE ! » Puis il a quitté la tribune à Washington.',
      [['location', 'Washington']],
      ['DIEU BÉNISSE LE MONDE', 'BÉNISSE LE MONDE']
    ]
  ])
})

describe('A given name and a surname after a role, `de` and an organisation noun are a person', () => {
  entityTable('fr', [
    [
      'Politique\n\nLe livre a été présenté mardi par Jordan Bardella, au côté de la présidente du parti Marine Le Pen.',
      [['person', 'Marine Le Pen']]
    ],
    [
      // Without a role before the noun, the name after it is the body's.
      'Politique\n\nLe président du parti Les Républicains a réagi, comme les militants du mouvement Gueum Sa Bopp.',
      [['organization', 'Les Républicains'], ['organization', 'Gueum Sa Bopp']]
    ]
  ])
})

describe('A board, a general meeting and civil society named alone are no bodies', () => {
  entityTable('fr', [
    [
      'Aérien\n\nLe directeur général a saisi le Conseil d’administration afin d’obtenir l’autorisation. Le Conseil d’administration a validé mardi.',
      [],
      ['Conseil d’administration']
    ],
    [
      'Tribune\n\nMamadou Ndiaye, membre de l’Assemblée Générale du collectif, appelle la Société Civile à se mobiliser.',
      [['person', 'Mamadou Ndiaye']],
      ['Assemblée Générale', 'Société Civile']
    ],
    [
      // Named in full, the meeting of a body is kept.
      'Culture\n\nL’Assemblée générale de la SODAV a élu son nouveau bureau samedi.',
      [['organization', 'Assemblée générale de la SODAV']]
    ]
  ])
})

describe('The sides of a bout in a wrestling article are people', () => {
  entityTable('fr', [
    [
      'Lutte\n\nTarkinda vs Zarko : le choc de dimanche\n\nLe lutteur de Pikine affrontera son rival à l’arène nationale. Tarkinda a promis une victoire, Zarko aussi.',
      [['person', 'Zarko']]
    ],
    [
      // Without a word of wrestling, a fixture's sides stay teams.
      'Football\n\nCasa Sports vs Jaraaf : le choc de la 20e journée de Ligue 1 au stade de Ziguinchor.',
      [['organization', 'Casa Sports']]
    ]
  ])
})
