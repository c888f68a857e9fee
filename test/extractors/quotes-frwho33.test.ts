/**
 * Who said it (session 33, frwho): direct quotes given to the wrong person.
 * Short texts written for these tests, through the whole pipeline. Each row
 * gives the quotes expected, in order, with their speaker (`null`: the text
 * does not say).
 */
import {describe} from 'vitest'
import {speakerTable as table} from '../helpers.js'

describe('speakers: a person the quote names is not its speaker', () => {
  table('fr', [
    [
      'a colon leads in a quote that names the person in the complement (`avec X : « … X … »`): the subject of the clause speaks',
      'Politique : les confidences de Paul Diatta\n\nL’ancien conseiller Paul Diatta a publié une longue lettre mardi. Diatta revient aussi sur ses liens avec le ministre Ibrahima Sarr : « J’ai failli perdre l’amitié d’Ibrahima Sarr quand je me suis engagé dans l’opposition. »',
      [['J’ai failli perdre l’amitié d’Ibrahima Sarr quand je me suis engagé dans l’opposition.', 'Paul Diatta']]
    ],
    [
      'a quote in a paragraph of its own after a clause closed by a colon, naming the person arrested, is the subject’s',
      'Arrestation : Aminata Ndiaye réagit\n\nLa députée Aminata Ndiaye estime que l’arrestation de Cheikh Fall est un signal inquiétant et lance un appel aux autorités :\n\n« Libérez Cheikh Fall ici et maintenant ! »',
      [['Libérez Cheikh Fall ici et maintenant !', 'Aminata Ndiaye']]
    ],
    [
      'a person who describes themself in the third person after a determiner (`un nouveau X`) still speaks',
      'Libération : Moussa Gaye est sorti de prison\n\nLe chroniqueur Moussa Gaye a recouvré la liberté jeudi. À sa sortie, il s’est exprimé avec calme : « J’ai beaucoup appris. Vous verrez un nouveau Moussa Gaye. »',
      [['J’ai beaucoup appris. Vous verrez un nouveau Moussa Gaye.', 'Moussa Gaye']]
    ],
    [
      'a surname shared with another person named in the quote (`Diomaye Faye`) does not take the speaker away',
      'Football : Abdou Faye critique le pouvoir\n\nL’ancien international Abdou Faye est monté au créneau mardi sur une télévision privée. « Les gens avaient demandé de laisser du temps à Diomaye Faye, mais on va parler parce qu’il avait fait des promesses », a-t-il lancé.',
      [['Les gens avaient demandé de laisser du temps à Diomaye Faye, mais on va parler parce qu’il avait fait des promesses', 'Abdou Faye']]
    ]
  ])
})

describe('speakers: a subheading glued between quotes', () => {
  table('fr', [
    [
      'a subheading glued between a sentence’s end and the next quote is no one’s words; the cue after that quote is its own',
      'Réseau : le patron de RTE s’inquiète\n\nLe patron de RTE, Jean Moreau, a listé les infrastructures fragiles, dont la gare Montparnasse."Des réseaux à bout de souffle""Nous travaillons avec la SNCF sur ces points" a souligné Jean Moreau devant les sénateurs.',
      [
        ['Des réseaux à bout de souffle', null],
        ['Nous travaillons avec la SNCF sur ces points', 'Jean Moreau']
      ]
    ]
  ])
})

describe('speakers: the owner of a heading’s noun, not its topic', () => {
  table('fr', [
    [
      'a headline `La prédiction de A sur B : « … »` gives the quote to A, the one B is talked about by',
      'La prédiction de Diatta sur Cheikh Ba : « Je pense qu’il sera un bon entraîneur »\n\nSadio Diatta, le capitaine des Lions, a fait une déclaration forte sur son coéquipier Cheikh Ba. Cheikh Ba, 35 ans, joue toujours en Turquie.',
      [['Je pense qu’il sera un bon entraîneur', 'Sadio Diatta']]
    ],
    [
      'but a name opening the heading before the colon, with no owner, still speaks',
      'Cheikh Ba sur son avenir : « Je veux encore jouer deux ans »\n\nLe milieu de terrain s’est confié mardi à la presse.',
      [['Je veux encore jouer deux ans', 'Cheikh Ba']]
    ]
  ])
})

describe('speakers: a capital stands for its state', () => {
  table('fr', [
    [
      'a capital that speaks is the state the article names (`Téhéran promet` → Iran)',
      'Frappes : Téhéran promet une « riposte ferme »\n\nL’armée israélienne a visé plusieurs sites en Iran dans la nuit de jeudi.',
      [['riposte ferme', 'Iran']]
    ],
    [
      'but stays the capital when the article never names the state',
      'Frappes : Téhéran promet une « riposte ferme »\n\nL’armée israélienne a visé plusieurs sites dans la nuit de jeudi.',
      [['riposte ferme', 'Téhéran']]
    ]
  ])
})
