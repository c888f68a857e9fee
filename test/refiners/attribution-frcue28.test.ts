/**
 * French speakers where a cue is present (session 28, frcue): a press review's papers, named at a sentence's
 * start or standing behind a demonstrative description (`ce journal`, `cette publication`; not `ce dernier
 * quotidien`, dropped: the last paper named is often one the entities step lacks) or an indefinite reader (`lit-on dans les colonnes du quotidien X`); an unnamed member of a named
 * body (`un responsable de la mairie de Paris`) speaks for the body. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable, speakerTable} from '../helpers.js'

describe('A known title opening a sentence with its article is found whole', () => {
  entityTable('fr', [
    ['Revue de presse\n\nL’Observateur revient sur le procès du maire. Le Monde revient aussi sur le sujet.', [['organization', 'L’Observateur'], ['organization', 'Le Monde']]],
    // `Le Quotidien` is its own paper, not `Quotidien`, an alias of `Sud Quotidien`.
    ['Revue de presse\n\nSud Quotidien s’intéresse au budget. Le Quotidien revient sur les procédures judiciaires.', [['organization', 'Sud Quotidien', []], ['organization', 'Le Quotidien']]],
    // Not a common noun opening a sentence before a name (`Le Président Macron`: no organisation of it).
    ['Politique\n\nLe Président Emmanuel Macron a reçu les syndicats mardi.', [['person', 'Emmanuel Macron']], ['Le Président']]
  ])
  entityTable('en', [
    ['Press review\n\nThe Guardian looks at the budget. The Times turns to the trial.', [['organization', 'The Guardian'], ['organization', 'The Times']]]
  ])
})

describe('A press review: a demonstrative description stands for the paper named before', () => {
  speakerTable('fr', [
    ['`rapporte cette publication`', 'Revue de presse\n\nL’Observateur revient sur le cas de la ministre. « Elle a rejeté les accusations », rapporte cette publication.', [['Elle a rejeté les accusations', 'L’Observateur']]],
    ['`écrit ce journal`', 'Revue de presse\n\nLibération revient sur le cas de la ministre. « Elle a rejeté les accusations », écrit ce journal.', [['Elle a rejeté les accusations', 'Libération']]],
    ['`écrit le confrère`', 'Revue de presse\n\nLibération revient sur le cas de la ministre. « Elle a rejeté les accusations », écrit le confrère.', [['Elle a rejeté les accusations', 'Libération']]],
    ['`selon ce journal`', 'Revue de presse\n\nLibération revient sur le cas du député. Selon ce journal, il « risque deux ans de prison ».', [['risque deux ans de prison', 'Libération']]],
    // Not a paper when none is named before: no speaker.
    ['`écrit ce journal` with no paper named', 'Procès\n\nLe maire sera jugé le 18 juin. « Il risque deux ans de prison », écrit ce journal.', [['Il risque deux ans de prison', null]]]
  ])
  speakerTable('en', [
    ['`the paper says`', 'Press review\n\nThe Guardian looks at the outbreak. "Nearly 500 cases were found," the paper says.', [['Nearly 500 cases were found,', 'The Guardian']]]
  ])
})

describe('An indefinite reader gives the organisation read in', () => {
  speakerTable('fr', [
    ['`lit-on dans les colonnes du quotidien X`', 'Revue de presse\n\n« La visite atteste de la volonté du chef de l’État », lit-on dans les colonnes du quotidien Libération.', [['La visite atteste de la volonté du chef de l’État', 'Libération']]],
    // Not the outlet that read it.
    ['not one named after `par`', 'Lutte\n\n« Elle se tiendra mercredi au stade », lit-on dans le site spécialisé visité par Libération.', [['Elle se tiendra mercredi au stade', null]]],
    // Not a person.
    ['not a person read about', 'Procès\n\n« Le verdict est attendu », lit-on dans le dossier de Jean Mabille.', [['Le verdict est attendu', null]]]
  ])
})

describe('An indefinite member of a named body speaks for the body', () => {
  speakerTable('fr', [
    ['`un responsable de la mairie de Paris`', 'Cambriolages\n\nLes cambriolages ont augmenté. « Les pharmacies ont beaucoup été cambriolées », relève un responsable de la mairie de Paris.', [['Les pharmacies ont beaucoup été cambriolées', 'mairie de Paris']]],
    ['`un responsable de la société X`', 'Drone\n\nLe drone est « irréparable », a indiqué un responsable de la société Elbit Systems.', [['irréparable', 'Elbit Systems']]],
    ['`un responsable de X`', 'Drone\n\n« Le drone est irréparable », a indiqué à l’AFP un responsable de Renault.', [['Le drone est irréparable', 'Renault']]],
    // Not a body's member named by a person's complement, nor a role with no complement.
    ['not a body’s member named with a person first', 'Drone\n\n« Le drone est irréparable », a indiqué un responsable du cabinet de Jean Mabille.', [['Le drone est irréparable', null]]],
    ['not a bare member', 'Drone\n\n« Le drone est irréparable », a indiqué un responsable.', [['Le drone est irréparable', null]]]
  ])
  speakerTable('en', [
    ['`an official at X`', 'Drone\n\n"The drone is beyond repair," said an official at Microsoft.', [['The drone is beyond repair,', 'Microsoft']]],
    ['not a bare official', 'Drone\n\n"The drone is beyond repair," said an official.', [['The drone is beyond repair,', null]]]
  ])
})

describe('A speech verb set off by commas before the quote, its subject named after it, is an incise', () => {
  speakerTable('fr', [
    ['`…, écrit Le Parisien, « … »`', 'Européennes\n\nL’hypothèse a circulé, mais a fait long feu, écrit Le Parisien, « LREM cherche un profil chevronné ».', [['LREM cherche un profil chevronné', 'Le Parisien']]],
    ['`…, explique X, « … »`', 'Européennes\n\nL’hypothèse a circulé, mais a fait long feu, explique Jean Mabille, « LREM cherche un profil chevronné ».', [['LREM cherche un profil chevronné', 'Jean Mabille']]]
  ])
  speakerTable('en', [
    ['`…, writes The Guardian, "…"`', 'Elections\n\nThe idea was floated, but it was dropped, writes The Guardian, "as the party wants a seasoned figure".', [['as the party wants a seasoned figure', 'The Guardian']]],
    // Not the one told.
    ['not `…, he told BBC News, "…"`', 'Elections\n\nJohn Mabley said the plan was fair, but he told BBC News, "it is not an absolute rule".', [['it is not an absolute rule', 'John Mabley']]]
  ])
})
