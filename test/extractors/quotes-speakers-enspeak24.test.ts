/**
 * Who said it (session 24, English speakers). Short texts written for these
 * tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, English: the spokesman of a person names no one', () => {
  speakerTable('en', [
    [
      '`Prime Minister X\'s official spokesman said:` is not the organisation named before',
      "Ministers to study court ruling\n\nThe Ministry of Defence said it would read the judgment with care.\n\nPrime Minister Anna Whitley's official spokesman said: \"We will need to study this detailed judgment.\"",
      [['We will need to study this detailed judgment.', null]]
    ],
    [
      '`The prime minister\'s official spokesman …, saying:` is not the prime minister',
      'Ministers reject leak claims\n\nPrime Minister Anna Whitley returned from Brussels on Monday.\n\nThe prime minister\'s official spokesman also rejected the claims, saying: "The advice was never changed."',
      [['The advice was never changed.', null]]
    ],
    [
      '`X\'s spokesman said` for an organisation is that organisation',
      'Search firm looks into outage\n\nGoogle said users in several countries could not reach its pages on Tuesday.\n\n"We are looking into the problem," Google\'s spokesman said.',
      [['We are looking into the problem,', 'Google']]
    ]
  ])
})

describe('speakers, English: an organisation after a person and `of`/`from` is where the person works, not the speaker', () => {
  speakerTable('en', [
    [
      '`Analyst X of Bank Y described … as "…"` is X, and so is the `he said` after it',
      'Airline profits slip\n\nFlag carrier Skyways reported lower profits on Friday. Aviation analyst Peter Morland of Halden Brothers described the results as "pretty modest". "Costs are still rising faster than fares," he said.',
      [
        ['pretty modest', 'Peter Morland'],
        ['Costs are still rising faster than fares,', 'Peter Morland']
      ]
    ],
    [
      '`X from the agency\'s Office of Drug Safety told the panel that "…"` is X',
      'Panel weighs painkiller risks\n\nAn advisory panel met on Thursday. Martin Cole from the FDA\'s Office of Drug Safety told the panel that "there is no real need for these drugs".',
      [['there is no real need for these drugs', 'Martin Cole']]
    ]
  ])
})

describe('speakers, English: an introduction opened by a subordinate clause with no comma', () => {
  speakerTable('en', [
    [
      '`When asked if … X said:` is X, not `When`',
      'Striker keeps his options open\n\nMidfielder Tom Rayner says he misses the league.\n\nWhen asked if he would go back to his old club if he returned Rayner said: "I have not given it much thought yet."',
      [['I have not given it much thought yet.', 'Tom Rayner']]
    ]
  ])
})

describe('speakers, English: a partial quote after `It` and a verb of its own is the organisation `it` stands for', () => {
  speakerTable('en', [
    [
      '`The ministry said … It blamed "…"` is the ministry',
      'Seoul unveils spending plan\n\nThe Finance Ministry said growth would slow next year. It blamed "continuing uncertainties" for the slowdown.',
      [['continuing uncertainties', 'Finance Ministry']]
    ],
    [
      '`It joined the lawsuit alleging "…"` is the university named before',
      'Investors win settlement\n\nThe University of Nebraska said the trial would begin in October. It joined the lawsuit in 2001 alleging "massive insider trading" at the firm.',
      [['massive insider trading', 'University of Nebraska']]
    ],
    [
      'not `It was "…"`: the pronoun is what is judged',
      'Seoul unveils spending plan\n\nThe Finance Ministry published its plan on Monday. It was "a bold step", one economist wrote.',
      [['a bold step', null]]
    ]
  ])
})

describe('speakers, English: a definite role opening a later sentence is nearer than the person named before it', () => {
  speakerTable('en', [
    [
      '`… where George Bush opposed it. But the Tory leader argued …. "…," he said` is the Tory leader',
      'Howard backs stem cell research\n\nTory leader Michael Howard has backed research on embryonic stem cells.\n\nThe issue featured in the US election, where George Bush opposed extending it. But the Tory leader argued there was a moral case for it. "We have a duty to offer hope to the sick," he said.',
      [['We have a duty to offer hope to the sick,', 'Michael Howard']]
    ],
    [
      'not when the role was the person found: words quoted after it were theirs',
      'Minister visits plant\n\nEnergy minister Carl Jensen opened the plant on Friday, with Prime Minister Hanna Berg.\n\nJensen praised the workers. The minister spoke of jobs. "This plant will run for forty years," said Jensen. "It will pay for itself in ten," he added.',
      [
        ['This plant will run for forty years,', 'Carl Jensen'],
        ['It will pay for itself in ten,', 'Carl Jensen']
      ]
    ]
  ])
})

describe('speakers, English: a description by age or occupation after the quote is a cue\'s subject', () => {
  speakerTable('en', [
    [
      '`"…," the 23-year-old wrote.` is the singer named before',
      'Singer hits back at magazines\n\nPop star Jenna Hale has criticised US celebrity magazines. Hale said the stories were false. Ms Hale is touring Europe.\n\nIn a letter on her website, the singer named the editors of Hot Weekly, Tom Reid and Ann Cole, as the worst offenders. "Until you face what is going on in your own lives, you will keep printing rumours," the 23-year-old wrote. Stories about her marriage have appeared for weeks.',
      [['Until you face what is going on in your own lives, you will keep printing rumours,', 'Jenna Hale']]
    ]
  ])
})

describe('speakers, English: an outlet relaying the words of someone unnamed is not the speaker', () => {
  speakerTable('en', [
    [
      '`said one analyst quoted by the Agence France Presse news agency` is no one',
      'Brewer takes stake in rival\n\nAnalysts were split on Thursday about what the brewer wanted. "A stake is more sensible than a full bid for now," said one analyst quoted by the Agence France Presse news agency.',
      [['A stake is more sensible than a full bid for now,', null]]
    ]
  ])
})
