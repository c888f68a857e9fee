import {describe, expect, it} from 'vitest'
import {parse, positionErrors} from '../helpers.js'

const PARA = 'Les ministres de la Défense se sont réunis à Bamako pour discuter de la force commune.'
const OTHER = 'La prochaine réunion des chefs d’état-major aura lieu à Niamey dans les prochains mois.'

const repeats = (input: string) => {
  const a = parse(input)
  expect(positionErrors(input, a)).toEqual([])
  return a.diagnostics.filter((d) => d.code === 'duplicate-paragraph').map((d) => d.position.start.offset)
}

describe('duplicates', () => {
  it('flags the repeat, not the first', () => {
    const input = `Titre de l’article\n\n${PARA}\n\n${OTHER}\n\n${PARA}`
    expect(repeats(input)).toEqual([input.lastIndexOf(PARA)])
  })

  it('ignores white space differences and flags every repeat', () => {
    const input = `Title of the story\n\n${PARA}\n\n${PARA.replace(/ /g, '  ')}\n\n${OTHER}\n\n${PARA}`
    expect(repeats(input)).toHaveLength(2)
  })

  it('ignores tabs, no-break spaces and line breaks inside a paragraph', () => {
    const input = `Titre de l’article\n\n${PARA}\n\n${OTHER}\n\n${PARA.replace('ministres de', 'ministres\tde').replace('Bamako pour', 'Bamako\u00a0pour').replace('de la force', 'de la\nforce')}`
    expect(repeats(input)).toEqual([input.lastIndexOf('Les ministres')])
  })

  it('flags a paragraph that repeats the end of an earlier one from a sentence start (glued copy)', () => {
    const glued = `${OTHER}${PARA}`
    const input = `Titre de l’article\n\n${glued}\n\n${PARA}`
    expect(repeats(input)).toEqual([input.lastIndexOf(PARA)])
    const spaced = `Headline here\n\nThe minister spoke first. ${PARA}\n\n${PARA}`
    expect(repeats(spaced)).toEqual([spaced.lastIndexOf(PARA)])
  })

  it('flags each later copy of a glued paragraph, after a closing quote mark too', () => {
    const quoted = `« ${PARA} », a dit le ministre.`
    const input = `Titre\n\n${OTHER}${quoted}\n\n${OTHER}${quoted}\n\n${quoted}`
    expect(repeats(input)).toEqual([input.indexOf(`${OTHER}${quoted}`, input.indexOf(quoted) + 1), input.lastIndexOf(quoted)])
  })

  it('works in Markdown', () => {
    const input = `# Titre\n\n${OTHER}\n\n> ${PARA}\n\n${PARA}\n\n${OTHER}`
    expect(repeats(input)).toEqual([input.lastIndexOf(OTHER)])
  })
})

describe('duplicates, negative cases', () => {
  const none = [
    `Titre\n\n${PARA}\n\n${OTHER}`,
    `Titre\n\nLire aussi\n\n${PARA}\n\nLire aussi\n\n${OTHER}`,
    `Titre\n\n${PARA}\n\n${PARA.slice(0, -1)} hier.`,
    // The end of an earlier paragraph, but not from a sentence start: a new paragraph that happens to end alike.
    `Titre\n\nHier soir, ${PARA.charAt(0).toLowerCase()}${PARA.slice(1)}\n\n${PARA}`
  ]
  for (const input of none) it(JSON.stringify(input.slice(0, 50)), () => expect(repeats(input)).toEqual([]))
})
