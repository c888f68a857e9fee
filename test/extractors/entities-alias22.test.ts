/**
 * Short forms of an organisation named with its place (issue 4, session 22): a
 * name that one other organisation of the article writes with a country before
 * it (`U.S. Senate` … `the Senate`) or a particle and a known place after it
 * (`lycée Abdoulaye Sadji de Rufisque` … `lycée Abdoulaye Sadji`) is that
 * organisation. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A name an organisation writes with its country or its town is that organisation', () => {
  entityTable('en', [
    [
      'Nominee confirmed\n\nThe U.S. Senate voted 52-48 on Tuesday to confirm the nominee. Republican leaders said the Senate would turn to the budget next week.',
      [['organization', 'U.S. Senate', ['Senate']]]
    ],
    [
      'Appeal refused\n\nOfficials said the US Supreme Court refused on Monday to hear the appeal. Lawyers for the company said the Supreme Court had left the ruling in place.',
      [['organization', 'US Supreme Court', ['Supreme Court']]]
    ],
    // Two organisations hold the short name under a country each: it is neither's.
    [
      'Debt talks\n\nOfficials at the US Treasury and the UK Treasury met in London on Monday. The Treasury said talks would go on.',
      [
        ['organization', 'US Treasury', []],
        ['organization', 'UK Treasury', []],
        ['organization', 'Treasury', []]
      ]
    ]
  ])
  entityTable('fr', [
    [
      'Grève des élèves\n\nLes élèves du lycée Abdoulaye Sadji de Rufisque ont manifesté lundi devant l’inspection. Le proviseur du lycée Abdoulaye Sadji a appelé au calme.',
      [['organization', 'lycée Abdoulaye Sadji de Rufisque', ['lycée Abdoulaye Sadji']]]
    ],
    // Branches of one network, one of them in a known place: the short name is the network's.
    [
      'Collectes annulées\n\nLa Banque alimentaire du Vaucluse et la Banque alimentaire du Nord ont annulé leurs collectes. La Banque alimentaire craint une baisse des dons.',
      [
        ['organization', 'Banque alimentaire du Vaucluse', []],
        ['organization', 'Banque alimentaire', []]
      ]
    ]
  ])
})

describe('A nickname the locale knows is the one organisation of the article it may stand for', () => {
  entityTable('en', [
    [
      'Cup draw\n\nArsenal will travel to Stoke in the fourth round. The Gunners won the trophy two years ago.',
      [['organization', 'Arsenal', ['Gunners']]]
    ],
    [
      'Rates held\n\nThe Federal Reserve left rates unchanged on Wednesday. Analysts expect the Fed to raise them in March.',
      [['organization', 'Federal Reserve', ['Fed']]]
    ],
    [
      'Rates held\n\nThe US Federal Reserve left rates unchanged on Wednesday. Analysts expect the Fed to raise them in March.',
      [['organization', 'US Federal Reserve', ['Fed']]]
    ],
    // Two clubs the nickname may stand for, both named: it is neither's.
    [
      'Derby day\n\nJose Mourinho\'s Chelsea beat Everton 2-0 at Stamford Bridge on Saturday. Everton manager David Moyes said the Blues deserved their win.',
      [['organization', 'Everton', []]]
    ]
  ])
  entityTable('fr', [
    [
      'Mercato\n\nLe FC Barcelone a proposé un nouveau contrat à son capitaine. Les dirigeants du Barça veulent conclure avant la fin du mois de juin.',
      [['organization', 'FC Barcelone', ['Barça']]]
    ]
  ])
})
