/**
 * Who said it (session 33, English speakers on new text). Short texts
 * written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: a partial quote with no cue is the subject of its sentence', () => {
  speakerTable('en', [
    [
      '`The Labour party has committed itself to "…"`: the party, its noun in lower case after the name, not the person quoted before',
      'Parties court women voters\n\nThe Liberal Democrats will offer free childcare, the party said on Monday.\n\nLabour minister Jane Hollis accused the Lib Dems of offering "false promises" to women. She said: "These proposals would increase costs drastically year on year." The Labour party has committed itself to "universal and flexible" childcare for parents.',
      [
        ['false promises', 'Jane Hollis'],
        ['These proposals would increase costs drastically year on year.', 'Jane Hollis'],
        ['universal and flexible', 'Labour']
      ]
    ],
    [
      '`Chief executive X attributed … to the "…"`: the person a role with no article opens the sentence with',
      'Burger chain sales rise\n\nSales rose at the burger chain last month, its annual report shows.\n\nChief executive Tom Reilly attributed an 8% increase in sales to the "vitality of our menu", among other things.',
      [['vitality of our menu', 'Tom Reilly']]
    ]
  ])
})

describe('speakers, English: a name made an adjective, a bare role, letters after a name', () => {
  speakerTable('en', [
    [
      '`according to a report by UK-based research consultancy X`: the firm the noun introduces, not the qualifying name',
      'Faster phone networks\n\nMobile operators are testing faster networks across Europe.\n\n"Faster networks will be vital for profitable services like mobile video," according to a report published by UK-based research consultancy Ovum.',
      [['Faster networks will be vital for profitable services like mobile video,', 'Ovum']]
    ],
    [
      '`said the Newport-based athlete`: no name after the noun, the description is read as before',
      'Sprinters honoured\n\nDai Morgan and Lee Hart have been made MBEs in the New Year honours.\n\nMorgan agreed receiving the honour capped what has been a difficult year for the sprinter. "I think the honour is important because the people closest to me know my journey," said the Newport-based athlete.',
      [['I think the honour is important because the people closest to me know my journey,', 'Dai Morgan']]
    ],
    [
      '`Chairman of the X Committee Y MP, said:`: a stray comma before the verb, the person before the letters',
      'MPs attack housing plan\n\nThe report was a rebuke for the government, correspondent Anna Black said.\n\nChairman of the Transport Committee Peter Wilkins MP, said: "The government\'s housing policy is an alarming example of disjointed thinking."',
      [["The government's housing policy is an alarming example of disjointed thinking.", 'Peter Wilkins']]
    ],
    [
      "`School sport 'is back', says PM`: the bare role in the headline gives way to the speaker of the body quote repeating its words",
      "School sport 'is back', says PM\n\nTony Blair has promised that \"sport is back\" as a priority for schools.\n\nThe prime minister launched a new scheme on Monday.",
      [
        ['is back', 'Tony Blair'],
        ['sport is back', 'Tony Blair']
      ]
    ]
  ])
})

describe('speakers, English: `the festival` is only a festival the article names', () => {
  speakerTable('en', [
    [
      '`The festival said it was "…"` with no festival named: no one, not the firm named before',
      'Fringe sells record tickets\n\nBrewer Carlsberg Group sponsored the event again this year.\n\nThe fringe sold more tickets than ever. The festival said it was "deeply grateful" to its volunteers.',
      [['deeply grateful', null]]
    ],
    [
      '`The corporation said the new show "…"`: the broadcaster named before',
      'Show moves channel\n\nThe BBC will move its flagship chart show to Sundays from next month.\n\nThe corporation said the new slot "will reach younger viewers".',
      [['will reach younger viewers', 'BBC']]
    ]
  ])
})

describe('speakers, English: `It added` after a statement goes on with the statement', () => {
  speakerTable('en', [
    [
      '`X\'s statement said: "…" It added: "…"`: the statement\'s owner, not the paper named before',
      'Strategist denies report\n\nThe Times reported that strategist Lynn Cross told the party leader to aim for fewer seats.\n\nMr Cross\'s statement said: "The party has been making an impact on the issues of lower tax." It added: "Our opponents will try to distract attention away from the issues."',
      [
        ['The party has been making an impact on the issues of lower tax.', 'Lynn Cross'],
        ['Our opponents will try to distract attention away from the issues.', 'Lynn Cross']
      ]
    ]
  ])
})

describe('speakers, English: a clause joined by `but` whose subject has an apposition with no closing comma', () => {
  speakerTable('en', [
    [
      '`…, but X, president of the division at the firm says that: "…"`: the name the apposition describes, not the firm',
      'Network maker shows faster data\n\nSiemens showed off a system that transmits faster mobile data.\n\nSiemens\' plans may be more than a user needs today, but Christoph Wendt, president of the mobile networks division at the firm says that: "By 2015 the need for capacity will rise by a factor of 10."',
      [['By 2015 the need for capacity will rise by a factor of 10.', 'Christoph Wendt']]
    ]
  ])
})

describe('speakers, English: a quote with no cue after reported words', () => {
  speakerTable('en', [
    [
      '`A BBC spokeswoman said X would … She said that … The programme will … "…"`: the body whose voice the pronoun reports, not the person her words named',
      'Chart show moves channel\n\nThe flagship pop music programme is to move from BBC One to BBC Two.\n\nA BBC spokeswoman said Andi Peters would continue as executive producer on the show. She said that issues over the exact format of the programme were still to be decided. The programme will have a close relationship with the Radio 1 chart show. "Hopefully the audience will find it on BBC Two."',
      [['Hopefully the audience will find it on BBC Two.', 'BBC']]
    ]
  ])
})

describe('speakers, English: a name qualifying a role in a definite description', () => {
  speakerTable('en', [
    [
      '`The 58-year-old US singer … told X that …"…"`: the singer, not the country',
      'Singer to curate festival\n\nRock star Patti Smith has been made artistic director of this year\'s Meltdown festival.\n\nThe 58-year-old US singer of Because the Night told The Observer newspaper that the festival would be her response to these "material and greedy times".',
      [['material and greedy times', 'Patti Smith']]
    ],
    [
      '`"…," added the two-time Academy Award winner`: the actor named before, not the award',
      'Actor opens Christmas market\n\nActor Tom Hanks opened the city\'s Christmas market on Sunday.\n\nHanks said the new film has an "elegant message". "Christmas is a special time of the year and you get out of it what you put into it," added the two-time Academy Award winner.',
      [
        ['elegant message', 'Tom Hanks'],
        ['Christmas is a special time of the year and you get out of it what you put into it,', 'Tom Hanks']
      ]
    ]
  ])
})

describe('speakers, English: role words', () => {
  speakerTable('en', [
    [
      '`…, a Labour backbencher has said.` in the lead: the one the next paragraph names',
      'Labour MP praises Tory campaign\n\nThe Conservatives have been "a lot smarter" in the way they have run the campaign, a Labour backbencher has said.\n\nDerek Walton said the long campaign had "turned off voters".',
      [
        ['a lot smarter', 'Derek Walton'],
        ['turned off voters', 'Derek Walton']
      ]
    ]
  ])
})

describe('speakers, English: a quote with no cue after a body\'s unnamed voice', () => {
  speakerTable('en', [
    [
      '`A Labour party spokesman played down … and said …. "…"`: the party, not the MP quoted before',
      'Labour MP praises Tory campaign\n\nLabour MP Derek Walton said the long campaign had "turned off voters". But Mr Blair had been "hurt" by the Iraq controversy, he added. A Labour party spokesman played down differences with Mr Walton and said the chancellor already had a prominent role. "This election is a choice between Labour taking Britain forward and the Conservatives taking us back."',
      [
        ['turned off voters', 'Derek Walton'],
        ['hurt', 'Derek Walton'],
        ['This election is a choice between Labour taking Britain forward and the Conservatives taking us back.', 'Labour']
      ]
    ]
  ])
})
