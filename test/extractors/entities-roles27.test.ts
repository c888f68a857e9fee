/**
 * Roles the entities step gives people (session 27, frcue): a role set after a speech verb (`», a ajouté le chef de file
 * des Insoumis.`) stands for someone named before, and a role in a source phrase (`Pour le député du Gard, X est …`)
 * names the source, not the person named after its comma. Texts are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {entitiesOf} from '../helpers.js'

const roleOf = (input: string, language: 'fr' | 'en', name: string) => entitiesOf(input, language).find((e) => e.name === name)?.role

describe('a role set after a speech verb is not given to the next person named', () => {
  it('French: `», a ajouté le chef de file des Insoumis. … M. Mabille`', () => {
    const input = 'Affaire des fonds\n\n« Cette crise va durer », a déclaré Paul Vernier. « Personne ne lâchera prise », a ajouté le chef de file des Insoumis. Il a aussi évoqué le rôle de M. Mabille dans l’affaire.'
    expect(roleOf(input, 'fr', 'Mabille')).toBeUndefined()
  })

  it('but one going on with a comma and the name in apposition keeps it (`a commenté le chef d’état-major, le général X.`)', () => {
    const input = 'Otages libérés\n\n« Cette opération a été rendue possible par nos alliés », a commenté le chef d’état-major, le général Paul Vernier. Le ministre a salué les militaires.'
    expect(roleOf(input, 'fr', 'Paul Vernier')).toBe('chef d’état-major')
  })

  it('English: `," added the party leader. … Tom Reed`', () => {
    const input = 'Party rift\n\n"We will win the seat back," said Jim Ross. "Nobody will give up," added the party leader. Later that day he met Tom Reed, who said the campaign was "going well".'
    expect(roleOf(input, 'en', 'Tom Reed')).toBeUndefined()
  })
})

describe('a role in a source phrase is not in apposition to the name after its comma', () => {
  it('French: `Pour le député du Gard, Jean Mabille est le seul responsable`', () => {
    const input = 'Affaire des fonds\n\nPaul Vernier a parlé samedi. Pour le député du Gard, Jean Mabille est le seul responsable de ce scandale.'
    expect(roleOf(input, 'fr', 'Jean Mabille')).toBeUndefined()
  })

  it('English: `According to the minister, John Smith has been …`', () => {
    const input = 'Party rift\n\nThe party met on Monday. According to the minister, John Smith has been a loyal servant of the party.'
    expect(roleOf(input, 'en', 'John Smith')).toBeUndefined()
  })

  it('an apposition closed by a comma still gives the role (`Selon le ministre de l’Intérieur, Jean Mabille, les faits …`)', () => {
    const input = 'Sécurité\n\nSelon le ministre de l’Intérieur, Jean Mabille, les faits sont graves.'
    expect(roleOf(input, 'fr', 'Jean Mabille')).toBe('ministre de l’Intérieur')
  })
})
