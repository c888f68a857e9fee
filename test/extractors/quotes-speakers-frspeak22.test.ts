/**
 * Who said it (session 22, French speakers): a body the article names by its noun and a complement
 * (`le parquet de Nice`, `la préfecture de police`, `l’armée iranienne`) speaks under that description, and a later
 * bare `a précisé le parquet` is it. Short texts written for these tests, through the whole pipeline.
 */
import {describe} from 'vitest'
import {speakerTable} from '../helpers.js'

describe('speakers, French: a body named by its noun and a complement speaks under that description', () => {
  speakerTable('fr', [
    [
      '`a précisé le parquet` after `le parquet de Nantes` is that body, not no one',
      "Un automobiliste blessé par un tir à Nantes\n\nLe conducteur a refusé d'obtempérer lors d'un contrôle routier, a indiqué le parquet de Nantes. Une enquête a été ouverte.\n\n« Le policier a tiré une seule fois, en direction des pneus », a précisé le parquet.",
      [['Le policier a tiré une seule fois, en direction des pneus', 'parquet de Nantes']]
    ],
    [
      '`la préfecture de police` speaks as written, and `a ajouté la préfecture` is it',
      "Canicule : la vitesse abaissée à Lyon\n\n« La vitesse sera limitée à 70 km/h sur les voies rapides dès jeudi », a annoncé la préfecture de police dans un communiqué. Les poids lourds devront contourner l'agglomération.\n\n« Ces mesures seront levées dès que la pollution baissera », a ajouté la préfecture.",
      [
        ['La vitesse sera limitée à 70 km/h sur les voies rapides dès jeudi', 'préfecture de police'],
        ['Ces mesures seront levées dès que la pollution baissera', 'préfecture de police']
      ]
    ],
    [
      'a nationality after the noun is part of the description (`l’armée malienne`), a verb is not',
      "Nord du Mali : une base attaquée\n\nL’armée malienne a affirmé avoir repoussé « une attaque complexe » contre son camp de Léré, dimanche.",
      [['une attaque complexe', 'armée malienne']]
    ],
    [
      'a complement made of two joined by `et` is read whole',
      "Incendie : des renforts envoyés dans le Sud\n\n« Deux avions bombardiers d'eau partiront dès samedi », a indiqué la préfecture de la zone de défense et de sécurité, qui coordonne les secours.",
      [["Deux avions bombardiers d'eau partiront dès samedi", 'préfecture de la zone de défense et de sécurité']]
    ],
    [
      '`a précisé le parquet` where no complement ever describes it is no one, not the organisation named last',
      "Une adolescente retrouvée saine et sauve\n\nLa jeune fille avait quitté le domicile familial lundi soir, selon la radio France Bleu. Elle a été retrouvée chez une amie.\n\n« Elle est en bonne santé et a regagné son domicile », a précisé le parquet.",
      [['Elle est en bonne santé et a regagné son domicile', null]]
    ]
  ])
})
