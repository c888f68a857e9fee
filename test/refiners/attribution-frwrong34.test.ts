/**
 * French speakers that are the wrong name or a name where no one is named (session 34, frwrong). Texts are written for
 * these tests; each construction is a variation matrix (names with particles, roles, quote marks, non-breaking spaces,
 * cue tenses, words between the verb and its subject) that the parser must pass whole.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../helpers.js'

/** The speaker the parser gives the quote starting with `opening` in `text`, `undefined` when it finds no such quote. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = parse(text, {language: 'fr'}).quotes.find((x) => x.text.startsWith(opening))
  return q === undefined ? undefined : (q.speaker?.name ?? null)
}

describe('An inverted cue whose subject names no one gives no speaker, not the source named before', () => {
  // Someone named just before (a source phrase, a reporting verb, a quoted minister, a glued sentence) must not be taken.
  const before = [
    'Selon Bruno Le Maire, le gouvernement tient à relire les interviews des ministres. ',
    'François Villeroy de Galhau a dit que la banque relira les interviews de ses cadres. ',
    'Le ministre de l’Economie et des Finances, Bruno Le Maire, estime que « la relecture est utile », a-t-il dit. ',
    'Il a ajouté que Marie-Claire Dupont relira les interviews.Il '
  ]
  const marks: [string, string][] = [['« ', ' »'], ['"', '"'], ['“', '”'], ['«\u00a0', '\u00a0»']]
  // An indefinite pronoun, or a determiner and a noun past an adverbial phrase or an addressee.
  const subjects = [
    'l\'un d\'eux', 'l’une d’elles', 'l\'un des ministres', 'plusieurs élus', 'certains', 'à l\'AFP l\'un d\'eux',
    'de son côté un conseiller', 'à l\'AFP une source proche du dossier', 'au Parisien un conseiller',
    'pour sa part un cadre', 'de son côté l’un d’eux'
  ]
  const verbs = ['déplore', 'a déploré', 'confie', 'a confié', 'regrette']
  for (const opening of before) {
    it(`after \`${opening.slice(0, 40)}…\``, () => {
      const wrong: string[] = []
      for (const [open, close] of marks) {
        for (const subject of subjects) {
          for (const verb of verbs) {
            const text = `Relectures : les ministres se plaignent\n\n${opening}${open}Jusqu'à nous faire dire des choses que nous ne pensons pas${close}, ${verb} ${subject}.`
            const got = speakerOf(text, 'Jusqu')
            if (got !== null) wrong.push(`${verb} ${subject} ${open}: ${String(got)}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
  // A name after the same words is still the subject.
  it.each([
    ['« Nous restons prudents », a déclaré l\'un de ses proches, Mamadou Sow.', 'Mamadou Sow'],
    ['« Nous restons prudents », a confié à l\'AFP Bruno Le Maire.', 'Bruno Le Maire'],
    ['« Nous restons prudents », a confié à l’AFP la gouverneure de la Banque de France, Marie-Claire Dupont.', 'Marie-Claire Dupont'],
    ['« Nous restons prudents », a déclaré pour sa part l’un de ses proches, Mamadou Sow.', 'Mamadou Sow'],
    ['«\u00a0Nous restons prudents\u00a0», a indiqué au Figaro l\'une de ses conseillères, Me Awa Ndiaye.', 'Awa Ndiaye'],
    ['« Nous restons prudents », a déclaré de son côté Marie-Claire Dupont.', 'Marie-Claire Dupont']
  ])('`%s` gives %s', (sentence, want) => {
    expect(speakerOf(`Budget : prudence\n\nLa Banque de France publie ses prévisions. ${sentence}`, 'Nous restons')).toBe(want)
  })
})

describe('A description naming its organisation is not someone the article gives that role with another one', () => {
  // [holder of the role elsewhere, the speaker introduced just before, determiner, role]
  const people: [string, string, string, string][] = [
    ['Françoise Roch', 'Françoise Piérié', 'la', 'présidente'],
    ['Françoise Roch', 'Françoise Piérié', 'la', 'directrice'],
    ['Bruno Le Maire', 'Jean de Galhau', 'le', 'président'],
    ['Bruno Le Maire', 'Jean de Galhau', 'le', 'secrétaire général'],
    ['Amadou Ba', 'Moussa Diop', 'le', 'directeur']
  ]
  // [the other holder's organisation, the description's]
  const bodies: [string, string][] = [
    ['de la Fédération nationale des producteurs de fruits', 'd\'Escale Confluences'],
    ['du Syndicat national des enseignants', 'd’Escale Confluences'],
    ['de la Fédération nationale des producteurs de fruits', 'de la Fondation Abbé-Pierre'],
    ['du Syndicat national des enseignants', 'du Secours populaire']
  ]
  const marks: [string, string][] = [['"', '"'], ['« ', ' »'], ['«\u00a0', '\u00a0»']]
  for (const [other, speaker, det, role] of people) {
    it(`\`${det} ${role} …\` after ${speaker}, not ${other}`, () => {
      const wrong: string[] = []
      for (const [theirs, ours] of bodies) {
        for (const [open, close] of marks) {
          // (With a space between the sentences, and glued by the scraper: `Roms."C'est`.)
          for (const glue of [' ', '']) {
            const text = `Moissac : la campagne se tend\n\nPour ${other}, ${role} ${theirs}, la main d'oeuvre est essentielle. A la tête d'une association, ${speaker} voit ${det === 'la' ? 'elle' : 'lui'} ${open}une espèce de fantasme${close} autour des Roms.${glue}${open}C'est comme s'ils étaient responsables de l'immobilisme${close}, estime ${det} ${role} `
            const got = speakerOf(`${text}${ours}.`, 'C\'est comme')
            if (got !== speaker) wrong.push(`${ours} ${open}${glue === '' ? ' glued' : ''}: ${String(got)}`)
            // The description naming the other holder's own organisation still gives that holder.
            const same = speakerOf(`${text}${theirs}.`, 'C\'est comme')
            if (same !== other) wrong.push(`${theirs} ${open}${glue === '' ? ' glued' : ''}: ${String(same)}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
})
