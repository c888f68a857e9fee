import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a name that an organisation word also ending places\u2019 names ends is a place after a place preposition', () => {
  entityTable('en', [
    ['Rally\n\nThe senator joined supporters in Midland City for a rally on Monday night, aides said.', [['location', 'Midland City']]],
    ['Festival\n\nThe film had its premiere at the festival in Park City, where buyers were waiting for it.', [['location', 'Park City']]],
    // A club stays a club: no place preposition, or a possessive after the name.
    ['Football\n\nThe striker scored twice in Manchester City\u2019s win over Fulham on Saturday.', [['organization', 'Manchester City']]]
  ])
})

describe('entities: New York City is a place wherever it stands', () => {
  entityTable('en', [['Lawsuit\n\nThe plaintiffs own a restaurant that competes with the hotel near Central Park. New York City officials declined to comment.', [['location', 'New York City']]]])
})

describe('entities: Israeli and Iranian places the corpus names often, in the gazetteers', () => {
  entityTable('fr', [
    ['Frappes\n\nUne offensive a été lancée dans la nuit de vendredi sur Tel Aviv, selon les autorités.', [['location', 'Tel Aviv']]],
    ['Nucléaire\n\nLes sites de Fordo et de Natanz ont été visés, a annoncé le Pentagone.', [['location', 'Fordo'], ['location', 'Natanz']]]
  ])
  entityTable('en', [['Markets\n\nShares fell sharply on Tel Aviv\u2019s exchange on Monday, traders said.', [['location', 'Tel Aviv']]]])
})

describe('entities: the `à` of a fixture sets no place', () => {
  entityTable('fr', [
    ['Basket\n\nLe club libyen s’est imposé face à Petro de Luanda en finale, samedi soir, devant huit mille spectateurs.', [['organization', 'Petro de Luanda']]],
    ['Ligue 1\n\nLe Jaraaf s’est imposé face à Sonacos sur le score de 2-0. Sonacos reste dernier du classement après cette défaite.', [['organization', 'Sonacos']]],
    // A place preposition without the fixture word still sets a place.
    ['Visite\n\nLe ministre s’est rendu à Ndiognick pour inaugurer le forage du village, samedi matin.', [['location', 'Ndiognick']]]
  ])
})

describe('entities: places of Dakar and its suburbs the corpus names often, in the French gazetteer', () => {
  entityTable('fr', [
    ['Justice\n\nL’ancien directeur est détenu à la prison de Rebeuss depuis trois mois, selon son avocat.', [['location', 'Rebeuss']]],
    ['Pèlerinage\n\nDes milliers de fidèles sont attendus au pèlerinage marial de Popenguine ce week-end.', [['location', 'Popenguine']]]
  ])
})
