/**
 * Who said it when the quote's own words name no one (session 27, speakers from context). Short texts written for
 * these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers: a partial quote in a sentence an organisation opens, right before its verb, is the organisation’s', () => {
  speakerTable('fr', [
    [
      '`Le RN reproche au gouvernement … alors que « … »` is the party',
      'Le RN publie un livre contre le gouvernement\n\nLe Rassemblement national a présenté mardi un livre sur la crise sanitaire.\n\nLe Rassemblement national reproche au gouvernement son manque de masques, alors que « les stocks avaient été détruits en 2017 » par l’ancien ministre.',
      [['les stocks avaient été détruits en 2017', 'Rassemblement national']]
    ],
    [
      '`Air France prévoit de « … »` is the company',
      'Air France reprend ses vols\n\nLa compagnie a présenté lundi son programme d’été.\n\nAir France prévoit de « reprendre progressivement ses liaisons » vers l’Asie.',
      [['reprendre progressivement ses liaisons', 'Air France']]
    ],
    [
      'not a name qualifying a role before a person (`Le patron de la CGT Paul Marin`)',
      'Grève à la SNCF\n\nLa grève continue.\n\nLe syndicat CGT Cheminots Paul Marin juge la réforme « brutale » pour les agents.',
      [['brutale', 'Paul Marin']]
    ]
  ])
  speakerTable('en', [
    [
      '`UKIP asserts that Mr Hockney "…"` is the party',
      'UKIP attacks Hockney\n\nA spokesman for UKIP called on Mr Hockney to quit on Monday. UKIP asserts that Mr Hockney "has a moral obligation" to stand down.',
      [['has a moral obligation', 'UKIP']]
    ],
    [
      'not the party of `Tory leader Michael Howard accepted his decision "…"`: a role follows the name, not a verb',
      'Candidate quits over remark\n\nA Conservative candidate is quitting the race.\n\nTory leader Michael Howard accepted his decision "with regret".',
      // (The person the role is written before, since session 32: the sentence's subject.)
      [['with regret', 'Michael Howard']]
    ],
    [
      'not a term of a word or two, the writer’s label (`The regulator was looking into shows by "shock jock" X`)',
      'Broadcaster settles with regulator\n\nThe settlement ends a long saga.\n\nThe Federal Communications Commission was looking into 50 shows, including those by "shock jock" Howard Stern.',
      [['shock jock', null]]
    ],
    [
      'not `A Conservative election challenger is quitting after … a "…"`: the name qualifies a noun',
      'Candidate quits over remark\n\nA Conservative election challenger is quitting after being quoted as wanting a "period of creative destruction".',
      [['period of creative destruction', null]]
    ]
  ])
})

describe('speakers: a partial quote with no cue after a phrase opening the sentence is the person named right after it, with a verb of their own', () => {
  speakerTable('fr', [
    [
      '`À la tête d’une association …, X voit « … »` is X',
      'Élections à Moissac\n\nLe second tour approche.\n\nÀ la tête d’une association d’aide aux familles, Françoise Piérié voit elle « une espèce de fantasme » autour des Roms.',
      [['une espèce de fantasme', 'Françoise Piérié']]
    ],
    [
      '`A Nantes, X est convaincu que « … »` (a capital that dropped its accent) is X',
      'Les soignants manifestent\n\nDes rassemblements ont eu lieu mardi.\n\nA Nantes, Paul Martin est convaincu que « le moment est opportun » pour se faire entendre.',
      [['le moment est opportun', 'Paul Martin']]
    ],
    [
      'not a sentence whose subject after the phrase names no one (`À Paris, la manifestation a réuni des « … »`)',
      'Les soignants manifestent\n\nPaul Martin a appelé à la grève.\n\nÀ Paris, la manifestation a réuni des « blouses blanches en colère » venues de toute la région.',
      [['blouses blanches en colère', null]]
    ]
  ])
  speakerTable('en', [
    [
      '`In a letter to members, X urged "…"` is X',
      'Union chief writes to members\n\nThe union met on Monday.\n\nIn a letter to members, John Smith urged "calm and patience" over the pay talks.',
      [['calm and patience', 'John Smith']]
    ]
  ])
})

describe('speakers: an organisation that is a new subject after a cued quote interrupts the run of that quote’s speaker', () => {
  speakerTable('fr', [
    [
      '`« … », renchérit X. La CGT voudrait … pour « … »` is the union, not X',
      'Les salles de concert restent fermées\n\nLes professionnels attendent des annonces.\n\n« Il faut quatre semaines pour vendre des billets », renchérit Malika Séguin, du Prodiss. La CGT voudrait s’asseoir avec le gouvernement pour « fixer un cap » avant l’été.',
      [
        ['Il faut quatre semaines pour vendre des billets', 'Malika Séguin'],
        ['fixer un cap', 'CGT']
      ]
    ]
  ])
  speakerTable('en', [
    [
      '`"…," X said. The Home Office has produced its own report, which it describes as "…"` is the Home Office',
      'Police support officers praised\n\nMinisters welcomed the figures on Monday.\n\n"They are doing a great job," Hazel Blears said. The Home Office has produced its own report, which it describes as "encouraging".',
      [
        ['They are doing a great job,', 'Hazel Blears'],
        ['encouraging', 'Home Office']
      ]
    ],
    [
      'not `"…," X told BBC News. The Tory co-chairman attacked … as "…"`: a hyphenated role follows the party, not a verb',
      'Fox attacks pledges\n\nLabour unveiled six pledges.\n\n"It is going to be fear and smear," Liam Fox told BBC News. The Tory co-chairman attacked Labour\'s six new pledges as "vacuous" on Monday.',
      [
        ['It is going to be fear and smear,', 'Liam Fox'],
        ['vacuous', 'Liam Fox']
      ]
    ],
    [
      '`"…," said X. Greenpeace has published a statement …. "…"` is Greenpeace, not X',
      'Tsunami blogs draw readers\n\nBloggers have posted accounts from the region.\n\n"It is a remarkable change," said Rohit Gupta. Greenpeace has published a statement from its staff in Sri Lanka. "The water came in three waves."',
      [
        ['It is a remarkable change,', 'Rohit Gupta'],
        ['The water came in three waves.', 'Greenpeace']
      ]
    ]
  ])
})
