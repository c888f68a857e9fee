/**
 * French speakers of quotes whose cue was found and no speaker given (session 34, frnull): an indefinite reader
 * (`peut-on lire`, `lit-on`) and the body whose document is read, and a title before a surname opened by particles
 * (`M. Le Maire`, `Mme de La Souchère`). Texts are written for these tests.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('An indefinite reader in a body’s document that names no one gives the organisation named before', () => {
  speakerTable('fr', [
    [
      '`« … », peut-on lire dans le texte.`',
      'Rewmi dénonce une arrestation\n\nLe parti Rewmi a réagi jeudi dans un communiqué.\n\n« Nous condamnons cette attitude et demandons sa libération », peut-on lire dans le texte.',
      [['Nous condamnons cette attitude et demandons sa libération', 'Rewmi']]
    ],
    [
      '`« … », lit-on dans le document.` (a long name)',
      'Football : matchs suspendus\n\nLa Fédération sénégalaise de football a publié un communiqué mardi soir. « Les matchs sont suspendus jusqu’à nouvel ordre », lit-on dans le document.',
      [['Les matchs sont suspendus jusqu’à nouvel ordre', 'Fédération sénégalaise de football']]
    ],
    [
      '`", pouvait-on lire dans le descriptif fourni par la chaîne.` (straight quotes)',
      'Polémique après un reportage\n\nLa chaîne M6 a diffusé dimanche un reportage sur Jérusalem. "C\'est la ville la plus explosive de la planète", pouvait-on lire dans le descriptif fourni par la chaîne.',
      [["C'est la ville la plus explosive de la planète", 'M6']]
    ],
    [
      '`», peut-on lire dans l’ordonnance` (an elided article)',
      'Manifestations interdites\n\nLe ministère de l’Intérieur a publié un arrêté samedi. « Les rassemblements sont interdits », peut-on lire dans l’ordonnance.',
      [['Les rassemblements sont interdits', 'ministère de l’Intérieur']]
    ],
    [
      '`»,peut-on lire dans le texte officiel.` (glued after the quote)',
      'Le PDS réagit\n\nLe parti Pastef a publié une déclaration. « Nous refusons toute intimidation »,peut-on lire dans le texte officiel.',
      [['Nous refusons toute intimidation', 'Pastef']]
    ],
    // The outlet named after the reading infinitive speaks.
    [
      '`», peut-on lire dans L’Observateur.`',
      'Revue de presse\n\nLe gouvernement a réagi mardi. « Nous condamnons cette attitude », peut-on lire dans L’Observateur.',
      [['Nous condamnons cette attitude', 'L’Observateur']]
    ],
    // A document whose owner a complement describes: not the body named last (here a team).
    [
      'not `», peut-on lire dans le communiqué de la fédération de basketball.`',
      'Basket : le camp annulé\n\nLe camp d’entraînement des Lionnes a été annulé. « Le camp prévu aux États-Unis est annulé », peut-on lire dans le communiqué de la fédération de basketball.',
      [['Le camp prévu aux États-Unis est annulé', null]]
    ],
    // A name qualifying the noun after the preposition is not the outlet read.
    [
      'not `», pouvait-on lire sur le compte Twitter de l’antenne locale`',
      'Une fausse alerte\n\nUn message a semé la panique samedi. « Le président blessé par balles », pouvait-on lire sur le compte Twitter de l’antenne locale.',
      [['Le président blessé par balles', null]]
    ],
    // Comments read in no body’s document: no one.
    [
      'not `», lit-on dans plusieurs commentaires.`',
      'Une actrice encensée\n\nLa société Marodi a lancé une nouvelle série. « Elle est encore plus belle qu’Awa », lit-on dans plusieurs commentaires.',
      [['Elle est encore plus belle qu’Awa', null]]
    ],
    [
      'not `», peut-on lire sur les réseaux sociaux.`',
      'Une actrice encensée\n\nLa société Marodi a lancé une nouvelle série. « Elle est encore plus belle qu’Awa », peut-on lire sur les réseaux sociaux.',
      [['Elle est encore plus belle qu’Awa', null]]
    ]
  ])
})

describe('A title before a surname opened by particles names the person', () => {
  speakerTable('fr', [
    [
      '`», défend également M. Le Maire.`',
      'Livret A : le taux baisse\n\nBruno Le Maire a annoncé mercredi une baisse du taux.\n\n« Ce chiffre tient compte des taux bas », défend également M. Le Maire.',
      [['Ce chiffre tient compte des taux bas', 'Bruno Le Maire']]
    ],
    [
      '`», défend M. de La Fontaine, qui …` (two particles)',
      'Budget : la commune emprunte\n\nJean de La Fontaine a présenté lundi le budget de la commune.\n\n« Ce chiffre tient compte des taux bas », défend M. de La Fontaine, qui s’en explique.',
      [['Ce chiffre tient compte des taux bas', 'Jean de La Fontaine']]
    ],
    [
      '`», précise Mme de Vries.`',
      'Plainte contre un diplomate\n\nAnne de Vries a porté plainte vendredi.\n\n« Une plainte va être déposée », précise Mme de Vries.',
      [['Une plainte va être déposée', 'Anne de Vries']]
    ],
    [
      '`», précise Mme de La Souchère, son avocate.`',
      'Plainte contre un diplomate\n\nAnne de La Souchère a porté plainte vendredi.\n\n« Une seconde plainte va être déposée », précise Mme de La Souchère, son avocate.',
      [['Une seconde plainte va être déposée', 'Anne de La Souchère']]
    ],
    [
      '`», ajoute Mme Le Pen.`',
      'Européennes : le RN en campagne\n\nMarine Le Pen a lancé samedi la campagne de son parti.\n\n« Nous serons prêts », ajoute Mme Le Pen.',
      [['Nous serons prêts', 'Marine Le Pen']]
    ],
    [
      '`», ajoute M.\u00a0Le Maire.` (a non-breaking space)',
      'Livret A : le taux baisse\n\nBruno Le Maire a annoncé mercredi une baisse du taux.\n\n« Nous verrons dans six mois », ajoute M.\u00a0Le Maire.',
      [['Nous verrons dans six mois', 'Bruno Le Maire']]
    ],
    // A role after the title is no surname: no one is named.
    [
      'not `», ajoute M. le maire.`',
      'Conseil municipal agité\n\nLa séance a duré quatre heures.\n\n« Nous verrons dans six mois », ajoute M. le maire.',
      [['Nous verrons dans six mois', null]]
    ]
  ])
})

describe('A body’s noun put after its verb and an adverbial phrase is the subject', () => {
  const lead = 'Incendie dans un entrepôt\n\nLa gendarmerie de l’Ain est intervenue dans la nuit.\n\nLe feu « est parti de plusieurs endroits à la fois », '
  const staff = 'Sahel : un soldat tué\n\nLe décès a été annoncé dans un communiqué de l’état-major des armées.\n\nLa force Barkhane « maintient une très forte pression sur les groupes armés », '
  speakerTable('fr', [
    ['`a indiqué la gendarmerie` (none between)', `${lead}a indiqué la gendarmerie.`, [['est parti de plusieurs endroits à la fois', 'gendarmerie de l’Ain']]],
    ['`a indiqué à l’AFP la gendarmerie`', `${lead}a indiqué à l’AFP la gendarmerie.`, [['est parti de plusieurs endroits à la fois', 'gendarmerie de l’Ain']]],
    ['`a indiqué sur Twitter la gendarmerie`', `${lead}a indiqué sur Twitter la gendarmerie.`, [['est parti de plusieurs endroits à la fois', 'gendarmerie de l’Ain']]],
    ['`a indiqué dans un communiqué la gendarmerie`', `${lead}a indiqué dans un communiqué la gendarmerie.`, [['est parti de plusieurs endroits à la fois', 'gendarmerie de l’Ain']]],
    ['`a indiqué de son côté la gendarmerie`', `${lead}a indiqué de son côté la gendarmerie.`, [['est parti de plusieurs endroits à la fois', 'gendarmerie de l’Ain']]],
    ['`a répété à cet égard l’état-major lundi soir` (an elided article)', `${staff}a répété à cet égard l’état-major lundi soir.`, [['maintient une très forte pression sur les groupes armés', 'état-major des armées']]],
    ['`a répété à l\'AFP l\'état-major` (straight apostrophes)', `${staff}a répété à l'AFP l'état-major.`, [['maintient une très forte pression sur les groupes armés', 'état-major des armées']]],
    ['`a répété lundi soir l’état-major`', `${staff}a répété lundi soir l’état-major.`, [['maintient une très forte pression sur les groupes armés', 'état-major des armées']]]
  ])
})

describe('A name in apposition given with its title after a postposed description is the subject', () => {
  const lead = 'Obsèques d’un humoriste\n\nDes centaines de fidèles étaient réunis mardi devant l’église.\n\n« Il n’était pas ami avec la religion, mais Dieu l’aimait », a répondu '
  const want = (name: string): [string, string | null][] => [['Il n’était pas ami avec la religion, mais Dieu l’aimait', name]]
  speakerTable('fr', [
    ['`le curé de la paroisse, le père X`', `${lead}le curé de la paroisse, le père Antoine Martin.`, want('Antoine Martin')],
    ['`le curé de Saint-Germain-des-Prés, le père X de Y` (a particle)', `${lead}le curé de Saint-Germain-des-Prés, le père Antoine de Folleville.`, want('Antoine de Folleville')],
    ['`le curé de la paroisse, le docteur X`', `${lead}le curé de la paroisse, le docteur Jean Martin.`, want('Jean Martin')],
    ['`le curé de la paroisse, le professeur X de La Y`', `${lead}le curé de la paroisse, le professeur Jean de La Roche.`, want('Jean de La Roche')],
    ['`le curé de la paroisse, X` (no title)', `${lead}le curé de la paroisse, Jean Martin.`, want('Jean Martin')],
    ['`le directeur de l’hôpital, le général X` (a role before)', `${lead}le directeur de l’hôpital, le général Jean Martin.`, want('Jean Martin')]
  ])
})

describe('A role after the cue finds its holder named after a coordinated portfolio, particles kept', () => {
  const text = (name: string, role = 'le ministre') => `Livret A : le taux baisse\n\nLe taux sera abaissé en février, a annoncé mercredi le ministre de l'Economie et des Finances ${name}.\n\n« Nous verrons dans six mois », a expliqué ${role} lors d'un entretien.`
  const want = (name: string | null): [string, string | null][] => [['Nous verrons dans six mois', name]]
  speakerTable('fr', [
    ['`des Finances Bruno Le Maire` … `a expliqué le ministre`', text('Bruno Le Maire'), want('Bruno Le Maire')],
    ['`des Finances Jean-Marc Le Maire` (a hyphenated given name)', text('Jean-Marc Le Maire'), want('Jean-Marc Le Maire')],
    ['`des Finances Marine Le Pen`', text('Marine Le Pen'), want('Marine Le Pen')],
    ['`des Finances Pieter Van Dyke`', text('Pieter Van Dyke'), want('Pieter Van Dyke')],
    ['`des Finances Bruno Dupont` (no particle)', text('Bruno Dupont'), want('Bruno Dupont')]
  ])
})
