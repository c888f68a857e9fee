/**
 * French people (session 33, people): names a scraper glued to the next word, spans that name no person. Texts are written
 * for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A verb glued by a scraper to a name the article writes elsewhere comes off it', () => {
  entityTable('fr', [
    // The scraper wrote the paragraph twice, glued to the one before it and on its own.
    ['Sécurité\n\nAmadou Lamine Kane, ancien ministre, était l’invité de la radio.Amadou Lamine Kanesouligne que la menace grandit.\n\nAmadou Lamine Kanesouligne que la menace grandit.', [['person', 'Amadou Lamine Kane']], ['Amadou Lamine Kanesouligne']],
    ['Mercato\n\nLe milieu Ibou Seck Faye signe à Metz. Ibou Seckrevient d’une saison pleine en Belgique.', [['person', 'Ibou Seck Faye']], ['Ibou Seckrevient']],
    ['Mode\n\nLa styliste Awa Ndour est décédée.Awa Ndourcomptait des milliers d’abonnés sur les réseaux.\n\nAwa Ndourcomptait des milliers d’abonnés sur les réseaux.', [['person', 'Awa Ndour']], ['Awa Ndourcomptait']],
    // A longer name that a lower-case word follows keeps its end: no verb ending (`Alioune`), or no name written without it.
    ['Football\n\nMohamed Ali a marqué. Mohamed Alioune rejoint le groupe demain.', [['person', 'Mohamed Alioune']]]
  ])
})

describe('A name right after an establishment noun is the establishment’s, not a person', () => {
  entityTable('fr', [
    ['Décès\n\nL’adjudant est mort dimanche à l’hôpital Abdoulaye Diouf Sarr de Thiès, a annoncé sa famille.', [['organization', 'hôpital Abdoulaye Diouf Sarr'], ['location', 'Thiès']], ['Abdoulaye Diouf Sarr']],
    ['Santé\n\nLa patiente a accouché à la maternité Marie Curie, où elle est soignée depuis mardi.', [['organization', 'maternité Marie Curie']], ['Marie Curie']],
    // `de` and a place: the place's (no establishment's name).
    ['Santé\n\nLe blessé a été conduit à l’hôpital de Ziguinchor par les sapeurs-pompiers.', [['location', 'Ziguinchor']]],
    // A person named after the noun with an article between is a person.
    ['Santé\n\nLe directeur de l’hôpital, Mamadou Diouf, a démenti toute négligence.', [['person', 'Mamadou Diouf']]]
  ])
})

describe('A name after a person’s name and `alias` is that person’s other name', () => {
  entityTable('fr', [
    ['Justice\n\nLe 2 juillet, Mamadou Lamine Faye, alias Pitbull, a comparu devant le tribunal. Pitbull a tout nié.', [['person', 'Mamadou Lamine Faye', ['Pitbull']]], []],
    ['Lutte\n\nLe CNG a suspendu Ousmane Diatta alias « Tyson Junior » pour deux saisons.', [['person', 'Ousmane Diatta', ['Tyson Junior']]]],
    ['Culture\n\nAwa Ndiaye, plus connue sous le nom de Awa Star, a sorti un nouveau titre.', [['person', 'Awa Ndiaye', ['Awa Star']]]],
    // Another person with the nickname: a conjunction and a determiner before the cue.
    ['Justice\n\nModou Baldé, son cousin Pathé Sow, et leur neveu surnommé « Jolof », sont poursuivis.', [['person', 'Pathé Sow', []], ['person', 'Jolof', []]]],
    // Two people: no alias word between them.
    ['Lutte\n\nLe combat oppose Ousmane Diatta et Modou Fall, dimanche à l’arène nationale.', [['person', 'Ousmane Diatta', []], ['person', 'Modou Fall', []]]]
  ])
})
