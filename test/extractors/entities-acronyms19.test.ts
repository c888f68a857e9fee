/**
 * Acronyms of things, not bodies (issue 4, session 19): a common noun, a
 * technique, an honour, a market term, a time zone or a currency code written
 * in capitals (`DNA`, `CGI`, `MBE`, `EST`, `USD`; `PDG`, `XOF`) is no
 * organisation, nor the name it stands for; the same word written otherwise
 * may be a name (`Var`). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('An acronym of a thing is no organisation', () => {
  entityTable('en', [
    [
      'Police reopen cold case\n\nDetectives in Leeds said DNA taken from the scene matched a man held in 2019. An MRI scan later showed he had been injured.',
      [['location', 'Leeds']],
      ['DNA', 'MRI']
    ],
    [
      'Studio bets on effects\n\nThe studio Paramount said the sequel would use more CGI than the first film, and the soundtrack would lean on R&B. The shares rose 3% as the FTSE 100 closed at 10 a.m. EST.',
      [['organization', 'Paramount']],
      ['CGI', 'R&B', 'FTSE', 'EST']
    ],
    // (The name an acronym of a thing stands for is no organisation either; one holding an organisation word is.)
    [
      'Music firms split\n\nSony backs Digital Rights Management (DRM), but the Center for Democracy and Technology (CDT) said the rules went too far.',
      [
        ['organization', 'Sony'],
        ['organization', 'Center for Democracy and Technology', ['CDT']]
      ],
      ['Digital Rights Management', 'DRM']
    ]
  ])
  entityTable('fr', [
    [
      'Le franc CFA en débat\n\nLe PDG de la Sonatel a indiqué que la facture, libellée en USD puis convertie en XOF, sera réglée par la Banque mondiale.',
      [
        ['organization', 'Sonatel'],
        ['organization', 'Banque mondiale']
      ],
      ['PDG', 'USD', 'XOF']
    ],
    // (`la VAR`, the video referee, beside `le Var`, the département.)
    [
      'Un but refusé\n\nLe club de Toulon, dans le Var, a contesté la décision de la VAR samedi soir.',
      [['location', 'Var']],
      ['VAR']
    ]
  ])
})
