import {describe} from 'vitest'
import {entityTable} from '../helpers.js'

describe('entities: a known town and points of the compass are one place (a seat, a district)', () => {
  entityTable('en', [
    [
      'Election\n\nThe Liberal Democrats hope to hold Leicester South and to win North Dorset from the Conservatives.',
      [['location', 'Leicester South'], ['location', 'North Dorset']],
      ['Leicester', 'North']
    ],
    ['Marginals\n\nThe party targets South West Edinburgh and Manchester Central.', [['location', 'South West Edinburgh'], ['location', 'Manchester Central']], ['South West', 'Edinburgh']],
    // (After a word no list knows, a compass word is a surname.)
    ['Music\n\nKanye West said the album would be out in May.', [], ['Kanye West']]
  ])
  entityTable('fr', [
    ['Inondations\n\nLes pluies ont touché Pikine Est et Thiès Nord dans la nuit, selon les pompiers.', [['location', 'Pikine Est'], ['location', 'Thiès Nord']]]
  ])
})

describe('entities: a market, a mosque and a desert named after their lower-case noun are places with it', () => {
  entityTable('fr', [
    ['Incendie\n\nLe feu a pris au marché Ocass vers 3 heures, selon les sapeurs-pompiers.', [['location', 'marché Ocass']]],
    ['Commerce\n\nLes marchands du Marché Tilène réclament des toilettes.', [['location', 'Marché Tilène']]],
    ['Prière\n\nDes milliers de fidèles ont prié à la mosquée Massalikoul Jinane vendredi.', [['location', 'mosquée Massalikoul Jinane']]],
    ['Frappe\n\nUn missile est tombé dans le désert du Néguev, sans faire de victime.', [['location', 'désert du Néguev']], ['Néguev']]
  ])
})

describe('entities: two places joined by a hyphen after a common noun opening the headline are two places', () => {
  entityTable('fr', [
    ['Conflit Iran-Israël : les pays du Golfe appellent au calme\n\nLes ministres se réuniront lundi à Riyad.', [['location', 'Iran'], ['location', 'Israël']], ['Conflit Iran']],
    ['Guerre Russie-Ukraine : un accord sur les céréales\n\nLes négociations reprennent à Istanbul.', [['location', 'Russie'], ['location', 'Ukraine']]],
    // (A place word that opens names is no common noun: the pair stays in the name, not `Route Dakar` and `Thiès`.)
    ['Route Dakar-Thiès : les travaux reprennent\n\nLes travaux ont repris lundi.', [['location', 'Route Dakar-Thiès']], ['Route Dakar', 'Thiès']]
  ])
})

describe('entities: a known place whose name opens with an article, the article in lower case, is named with it', () => {
  entityTable('fr', [
    ['Pèlerinage\n\nLe chanteur est rentré de la Mecque samedi, accueilli par sa famille.', [['location', 'la Mecque']], ['Mecque']],
    ['Justice\n\nLe dossier sera examiné à la Haye au printemps.', [['location', 'la Haye']]]
  ])
})

describe('entities: two known places around `&` are one place; firms keep their `&`', () => {
  entityTable('en', [
    ['Election\n\nThe Conservative candidate for Folkestone & Hythe said the seat was safe.', [['location', 'Folkestone & Hythe']], ['Folkestone', 'Hythe']],
    ['Markets\n\nShares in Bradford & Bingley fell 3% on Monday.', [['organization', 'Bradford & Bingley']]]
  ])
})

describe('entities: after a lower-case noun, a name, `de` and a known town are two names', () => {
  entityTable('fr', [
    ['Frappes\n\nL’hôpital Rambam de Haïfa a confirmé un quatrième décès dans la soirée.', [['location', 'Haïfa']], ['Rambam de Haïfa']],
    ['Grève\n\nLes soignants ont manifesté devant l’hôpital Purpan de Toulouse mardi.', [['location', 'Toulouse']]],
    // (After an article alone, one name: a club, a text.)
    ['Football\n\nL’US Gorée recevra la Linguère de Saint-Louis dimanche. Il cite le Protocole de Maputo.', [], ['Saint-Louis', 'Maputo']]
  ])
})

describe('entities: a native village or town, and Paris-Match', () => {
  entityTable('fr', [
    ['Obsèques\n\nLe défunt a été inhumé dans son village natal de Sinthiou-Bamambé jeudi.', [['location', 'Sinthiou-Bamambé']]],
    ['Entretien\n\nL’ancien ministre s’est confié à Paris-Match cette semaine.', [['organization', 'Paris-Match']]]
  ])
})

describe('entities: the ends of a road are places', () => {
  entityTable('fr', [
    ['Accident\n\nUn car s’est renversé sur l’axe entre Dahra et Linguère dans la nuit.', [['location', 'Dahra'], ['location', 'Linguère']]],
    ['Travaux\n\nLa route reliant Dahra à Mbeuleukhé sera fermée une semaine.', [['location', 'Dahra'], ['location', 'Mbeuleukhé']]]
  ])
})

describe('entities: regions written with an adjective, and a town’s spelling without its hyphen', () => {
  entityTable('en', [
    ['Sales\n\nSales rose in Western Europe and across the Asia Pacific region, the firm said.', [['location', 'Western Europe'], ['location', 'Asia Pacific']], ['Asia', 'Pacific']],
    ['Ferries\n\nStorms closed ports on both sides of the English Channel.', [['location', 'English Channel']]]
  ])
  entityTable('fr', [['Drame\n\nUn incendie a ravagé un marché à Richard Toll lundi.', [['location', 'Richard Toll']]]])
})

describe('entities: a country before `Open` names a tournament, no place', () => {
  entityTable('en', [
    ['Tennis\n\nSafin beat Sampras in the 2000 US Open final. He then won the Qatar Open.', [], ['US', 'Qatar']],
    // (`Open` opening a name stays: the names of bodies and plans.)
    ['Software\n\nThe Open Source Development Labs said the code was free. Fans in the US cheered.', [['organization', 'Open Source Development Labs'], ['location', 'US']]]
  ])
})
