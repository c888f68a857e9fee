/**
 * Organisation evidence (issue 4, session 24): words that end firms' and bodies' names
 * (`Productions`, `GmbH`, `Laboratory`, `Regiment`, `Tobacco`, `Anonymous`; French
 * `Events`, `GmbH`) make a name of capitalised words an organisation, kept though
 * named once. Texts are written for these tests.
 */
import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('A word that ends firms\' and bodies\' names makes an organisation', () => {
  entityTable('en', [
    [
      'Tobacco case\n\nThe defendants included Halvern Tobacco and a small distributor from Ohio.',
      [['organization', 'Halvern Tobacco']]
    ],
    [
      'Robots\n\nThe prototype was built by Kestrel Robotics Research Laboratory, whose engineers spent three years on it.',
      [['organization', 'Kestrel Robotics Research Laboratory']]
    ],
    [
      'Court order\n\nThe singer was ordered to attend Gamblers Anonymous and to pay a fine.',
      [['organization', 'Gamblers Anonymous']]
    ]
  ])
  entityTable('fr', [
    [
      'Lutte\n\nLe combat, organisé par Tamsir Events en préparation du grand gala, a été reporté.',
      [['organization', 'Tamsir Events']]
    ],
    [
      'Automobile\n\nLe préparateur Halbach GmbH va présenter son premier modèle à Genève.',
      [['organization', 'Halbach GmbH']]
    ]
  ])
})
