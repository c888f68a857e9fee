/**
 * French speakers of quotes that have a cue (session 30, frspk): a clause word opening a name is no part of it; a
 * name after the noun of a work, or after the verb of a subject of common nouns, is no speaker; a place that swallowed
 * a person's name, or opens the text before a colon, is none either; an incise's postposed subject; a participle
 * sharing an organisation noun opening its sentence; the agent of a past participle is no subject; the fullest name
 * the article gives a person. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('A cue’s name is cleaned and read as a subject only', () => {
  speakerTable('fr', [
    // Not `Si l’Iran`.
    ['a clause word opening the name', 'Conflit\n\nL’Iran a frappé Israël mardi. Si l’Iran justifie son action comme « défensive », la précision des frappes inquiète.', [['défensive', 'Iran']]],
    // Not `Matinale`, the show.
    ['a name after the noun of a work', 'Médias\n\nLa journaliste Sophie Marin a interpellé le président mardi. « Il n’y a que des hommes », a relevé la journaliste lors de son émission Matinale sur Radio Océan.', [['Il n’y a que des hommes', 'Sophie Marin']]],
    // Not the president the professionals called on.
    ['the object of a subject of common nouns', 'Viande\n\nUn abattoir a brûlé. Les professionnels de la viande ont appelé vendredi le président Emmanuel Macron à « enrayer immédiatement » les violences.', [['enrayer immédiatement', null]]],
    // Not the place the entities step read around the name.
    ['a person’s name inside a place', 'Médias\n\n« Il y a une petite erreur de ses communicants », a également déploré la députée de La République en Marche Claire Dumas, invitée de l’émission.', [['Il y a une petite erreur de ses communicants', 'Claire Dumas']]],
    // Not `Agen`, a label before a colon.
    ['a place opening the headline before a colon', 'Agen : une élue du Rassemblement national estime que "la crise a été un détail de l\'histoire"\n\nAprès avoir écrit sur Facebook que "la crise a été un détail de l\'histoire", une élue municipale d\'Agen a été exclue du parti. Le maire d\'Agen a réagi mardi.', [['la crise a été un détail de l\'histoire', null], ['la crise a été un détail de l\'histoire', null]]]
  ])
  speakerTable('en', [
    // A pronoun after the verb of a subject of common nouns stays (the reported clause’s subject is the speaker’s).
    ['a pronoun after the verb of a noun subject', 'Budget\n\nGordon Brown spoke in London. The chancellor would not comment on the reports, but insisted he would not be "diverted or distracted" by them.', [['diverted or distracted', 'Gordon Brown']]]
  ])
})

describe('The subject of an incise, a participle or a passive', () => {
  speakerTable('fr', [
    // Not `Charente`, named before the comma.
    ['an incise’s subject', 'Orages\n\nDes grêlons sont tombés en Charente, rapporte la Charente-Libre. L’Est de la Charente a été touché, explique le quotidien régional, avant de préciser que les communes « enregistrent le plus lourd bilan ».', [['enregistrent le plus lourd bilan', 'Charente-Libre']]],
    ['a participle sharing an organisation noun', 'Transport\n\nAir France a suspendu ses vols vers Téhéran. La compagnie nationale a précisé que la mesure restera en vigueur « jusqu’à nouvel ordre », évoquant des raisons de sécurité.', [['jusqu’à nouvel ordre', 'Air France']]],
    // The agent speaks the words of the passive cue, not those of the infinitive after it nor the pronoun’s.
    ['the agent of a past participle', 'Masques\n\nJérôme Salomon a défendu mardi la stratégie du gouvernement. « Nous avons suivi les recommandations », a assuré le directeur général de la Santé, accusé par Jean-Claude Lagrange de « mensonge » pour avoir assuré en mars qu’il n’y avait « pas de sens à porter ce masque ». « L’OMS a beaucoup hésité », a-t-il ajouté.', [['Nous avons suivi les recommandations', 'Jérôme Salomon'], ['mensonge', 'Jean-Claude Lagrange'], ['pas de sens à porter ce masque', 'Jérôme Salomon'], ['L’OMS a beaucoup hésité', 'Jérôme Salomon']]],
    // `chargé` is a role; its holder is the subject named two sentences before.
    ['a role with a complement, its holder two sentences before', 'Incendie\n\nUn incendie a brûlé 250 hectares dans le Gard. Le capitaine Nicolas Ventura, qui se trouvait sur place, a indiqué que des fermes ont été évacuées. Des animaux ont aussi été pris en charge. « Les flammes sont portées par un fort vent », a précisé le chargé de communication des pompiers du Gard.', [['Les flammes sont portées par un fort vent', 'Nicolas Ventura']]]
  ])
})

describe('Two people speaking together are credited to the first named', () => {
  speakerTable('fr', [
    ['before a colon', 'Santé\n\nJean Dupont et Marie Durand ont déclaré : « Nous resterons mobilisés ».', [['Nous resterons mobilisés', 'Jean Dupont']]],
    ['before the quote', 'Santé\n\nJean Dupont et Marie Durand ont dénoncé « un mépris total ».', [['un mépris total', 'Jean Dupont']]],
    ['each in apposition to a role', 'Sécurité\n\nLe ministre de l’Intérieur, Gérald Darmanin, et le préfet de police, Laurent Nuñez, ont annoncé « une enquête ».', [['une enquête', 'Gérald Darmanin']]]
  ])
})

describe('The fullest name the article gives a person', () => {
  speakerTable('en', [
    // Not `Berry`: `Jan` is also a month’s abbreviation.
    ['a given name read as a month', 'Police\n\nJan Berry leads the Police Federation. "They should not be placed in such situations," Berry said.', [['They should not be placed in such situations,', 'Jan Berry']]]
  ])
})
