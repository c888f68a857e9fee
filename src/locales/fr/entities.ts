import type {EntityLexicon} from '../lexicon-entities.js'
import {givenNames, surnames} from '../given-names.js'
import {capitalCities, countries, countryAliasesCased, demonymCountries} from './entities-places.js'
import {towns} from '../towns.js'
import {knownOrganizations} from '../organizations-known.js'
import {learnedOrganizations} from '../organizations-learned.js'

/** `de` in all its forms before a place's name (`de Dakar`, `d’Azeitao`, `du Sahel`, `des Landes`, `de la Manche`, `de l’Eure`). */
const OF = ['de', 'd\'', 'du', 'des', 'de la', 'de l\'']

/** French entity cue words and gazetteers. Each list is one `|`-separated string split at
 * load (smaller in the bundle than an array of quoted strings). */
export const entities: EntityLexicon = {
  titles: (
    'm|mm|mme|mmes|mlle|monsieur|madame|mademoiselle|me|maître|dr|docteur|' +
    'pr|professeur|général|gén|colonel|col|lieutenant-colonel|commandant|capitaine|' +
    'lieutenant|sergent|adjudant|amiral|maréchal|général de division|général de brigade|' +
    'général d\'armée|abbé|père|mgr|monseigneur|cardinal|imam|cheikh|serigne|oustaz|' +
    'el hadji|el hadj|elhadji|hadja|sokhna|sir|lord|lady|prince|princesse|roi|empereur|impératrice|' +
    'reine|pape|président|présidente|ministre|premier ministre|sénateur|sénatrice|' +
    'député|députée|maire|juge|procureur|ambassadeur|ambassadrice|gouverneur|préfet|' +
    'inspecteur|commissaire|chef|sa majesté|son excellence|excellence|s.e.|dg|pdg|sg|major|dj'
  ).split('|'),
  roleWords: (
    'ministre|ministre-conseiller|président|présidente|vice-président|premier ministre|' +
    'directeur|directrice|directeur général|secrétaire|secrétaire général|porte-parole|' +
    'conseiller|conseillère|coordonnateur|coordinateur|responsable|chef|patron|patronne|' +
    'fondateur|fondatrice|sélectionneur|entraîneur|coach|attaquant|milieu|défenseur|' +
    'gardien|joueur|joueuse|capitaine|journaliste|reporter|correspondant|chroniqueur|' +
    'avocat|avocate|juge|procureur|député|députée|sénateur|maire|gouverneur|préfet|sous-préfet|député-maire|' +
    'ambassadeur|commissaire|chanteur|chanteuse|acteur|actrice|artiste|écrivain|' +
    'auteur|réalisateur|opposant|militant|activiste|imam|khalife|guide religieux|' +
    'chercheur|professeur|économiste|analyste|expert|policier|commandant|colonel|' +
    'général|candidat|candidate|dirigeant|épouse|époux|fils|fille|frère|' +
    'sœur|père|mère|veuve|homologue|chef d\'état|chef de l\'état|chef du gouvernement|' +
    'international|internationale|ailier|buteur|star|champion|championne|rappeur|' +
    'lutteur|handballeur|basketteur|footballeur|tennisman|pilote|animateur|animatrice|' +
    'élu|élue|présentateur|présentatrice|promoteur|influenceur|influenceuse|comédien|comédienne|adversaire|' +
    // Trades and callings that name a person before the name (`le célèbre marabout Bambo`, `l’humoriste Bun Hay Mean`, `son
    // compatriote Abdollah Pouyan`, `le tiktokeur Khaby`). (Not `retraité`: folded, it is `retraite`, a pension.)
    'marabout|griot|griotte|milliardaire|danseur|danseuse|humoriste|musicien|musicienne|sociologue|philosophe|politologue|' +
    'historien|historienne|magistrat|magistrate|syndicaliste|tiktokeur|tiktokeuse|youtubeur|youtubeuse|blogueur|blogueuse|' +
    'prêcheur|prédicateur|compatriote|brigadier|policière|gendarme|producteur|productrice|mannequin|styliste|' +
    'rappeuse|cinéaste|photographe|écrivaine|médecin|chroniqueuse|vendeuse|commerçant|commerçante|' +
    'ménagère|étudiant|étudiante|enseignant|enseignante|infirmier|infirmière|homme d\'affaires|femme d\'affaires|' +
    'homme politique|femme politique|lutteuse|boxeur|athlète|cycliste|judoka|nageur|nageuse|dj|' +
    // Loanwords of sport, show business and firms (`son manager`, `Mike Gansey, General Manager des Cavaliers`, `le CEO d’Air India`).
    'manager|ceo'
  ).split('|'),
  roleConnectors: 'et|de|du|des|la|le|les|l\'|d\'|en|à|au|aux|pour|sur|chargé|chargée|auprès'.split('|'),
  portfolioHeads: 'ministre|ministère|ministres|secrétaire d\'état|secrétariat d\'état|portefeuille'.split('|'),
  portfolioBodies: ['ministère'],
  particles: 'de|du|des|la|le|les|da|di|do|dos|van|von|der|den|ben|bin|ibn|ould|el|al|y|of|the'.split('|'),
  nameParticles: 'da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|bin|ben|ibn|el|al|y|le|la'.split('|'),
  elisions: 'd\'|l\''.split('|'),
  nameElisions: [],
  possessive: '',
  pluralPossessiveEndings: [],
  sentenceCaseHeadlines: true,
  countryBranches: true,
  unknownNamesAsOrganizations: false,
  articles: 'le|la|les|l\''.split('|'),
  organizationCues: (
    'ministère|ministre|université|école|institut|académie|lycée|collège|agence|' +
    'banque|force|forces|armée|alliance|assemblée|conseil|parti|union|commission|' +
    'fédération|comité|société|groupe|compagnie|association|fondation|organisation|' +
    'office|direction|autorité|tribunal|cour|cabinet|syndicat|mouvement|front|' +
    'coalition|confédération|communauté|chambre|rassemblement|sénat|gouvernement|présidence|mairie|' +
    'préfecture|police|gendarmerie|douane|douanes|brigade|club|fc|sa|sarl|sas|' +
    'ong|fm|tv|fonds|programme|centre|hôpital|clinique|caisse|port autonome|radio|' +
    'télévision|journal|quotidien|hebdomadaire|magazine|éditions|holding|corporation|' +
    'inc|ltd|airlines|airways|réseau|observatoire|laboratoire|musée|église|' +
    'diocèse|équipe|sélection|orchestre|chaîne|bureau|secrétariat|délégation|' +
    'haut conseil|haute autorité|cellule|plateforme|collectif|amicale|mutuelle|intersyndicale|parlement|ligue|championnat|' +
    'olympique|sporting|racing|hebdo|international|internationale|stade|real|athletic|as|us|jaraaf|ucad|onu|' +
    // English words of firms' and bodies' names, and airlines (`Crisis Group`, `Afrikajom Center`, `Sky News`, `Air Sénégal`).
    'group|center|company|corp|university|foundation|news|air|gmbh|events|productions|' +
    // A high commission written with its hyphen (`le Haut-Commissariat des Nations unies pour les réfugiés`, `Haut-Commissariat au Plan`).
    'haut-commissariat|' +
    // An inspectorate (`l’Inspection du Travail`, `Inspection générale d’État`, `Inspection d’Académie`).
    'inspection'
  ).split('|'),
  postAdjectiveEndings: (
    'al|ale|ales|aux|ien|ienne|iens|iennes|ique|iques|aire|aires|el|elle|els|' +
    'elles|if|ive|ifs|ives|ée|ées|éen|éens|ain|aine|ains|aines|ais|aise|ois|oise|ier|' +
    'ière|iers|ières|eur|eure|é|és|suprême|unifiée|unifié|mondiale|mondial|' +
    // `Recherches agricoles`, `Marchés publics`, `Transports terrestres`, `Commission européenne`, `Transfusion sanguine`.
    'icole|icoles|ic|ics|estre|estres|éenne|éennes|guine|guines|' +
    // `ministère des Affaires étrangères`.
    'étranger|étrangère|étrangers|étrangères|' +
    // Adjectives ending in a bare `e`, which no ending above has (`é` is compared as written, or it would take any verb:
    // `la Banque mondiale approuve`): `Aviation civile`, `Parti socialiste`, `Parti communiste`, `Port autonome`, `pays arabe`.
    'civile|civiles|aliste|alistes|uniste|unistes|oriste|oristes|amiste|amistes|illiste|illistes|ogiste|ogistes|' +
    'itime|itimes|onome|onomes|arabe|arabes'
  ).split('|'),
  organizationHeads: (
    'ministère|université|école|institut|académie|agence|banque|force|forces|' +
    'alliance|assemblée|conseil|union|commission|fédération|comité|société|' +
    'association|fondation|organisation|office|direction|autorité|tribunal|cour|' +
    'syndicat|mouvement|front|coalition|confédération|communauté|chambre|fonds|' +
    'programme|centre|hôpital|caisse|haut conseil|haute autorité|haut commissariat|port autonome|parti|ligue|groupe|rassemblement|' +
    'collectif|amicale|mutuelle|intersyndicale|air|bureau|haut-commissariat|inspection'
  ).split('|'),
  locationCues: (
    'avenue|boulevard|rue|place|route|pont|lac|fleuve|rivière|mont|mer|océan|' +
    'golfe|île|îles|cap|baie|région|département|province|commune|quartier|' +
    'arrondissement|vallée|désert|forêt|aéroport|gare|port|plage|massif|plateau|' +
    'canal|détroit|corniche|stade|arène|palais|cité|parc|pays|marché|' +
    // The words that open Senegalese place names (Wolof `keur`, the house of; `darou`, `médina`, from Arabic): `Keur Matar`,
    // `Darou Khoudoss`, `Médina Gounass`.
    'keur|darou|médina'
  ).split('|'),
  placeNameNouns: (
    'mer|océan|fleuve|rivière|lac|mont|golfe|baie|cap|détroit|canal|île|désert|forêt|' +
    'massif|pont|rue|avenue|boulevard|place|quai|stade|aéroport|gare|parc|palais|résidence|plage|' +
    // Markets and mosques named after the noun (`le marché Sandaga`, `la mosquée Massalikoul Jinane`).
    'marché|mosquée'
  ).split('|').concat(
    // The nouns whose place keeps its `de` (`l’île de Wight`, `la plage de Malibu`, `la gare d’Asnières`, `le stade de Yoff`,
    // `la bande de Gaza`, `le parc national des Calanques`). Not divisions (`la région de Fatick`, `la commune de Touba`: the
    // place is Fatick), nor `place`, `aéroport`, `palais`, `résidence`, whose `de` names what they serve or belong to (`la place
    // du Sénégal dans le monde`, `l’aéroport de Dakar`, `la résidence de Sophie`).
    'île|îles|plage|gare|bande|baie|parc|stade|pont|rue|boulevard|avenue|quai|forêt|détroit|golfe|mer|lac|canal|massif|désert|porte'
      .split('|')
      .flatMap((noun) => OF.map((of) => `${noun} ${of}`)),
    // A square is named with its article (`la place de la République`, `place de la Nation`, `la place des Vosges`); `la place de
    // Dakar` is the city's standing.
    OF.filter((of) => of !== 'de' && of !== 'd\'').map((of) => `place ${of}`),
    // So is a palace named with an article (`le palais de la République`, `le palais de l’Élysée`, `le palais des Sports`); `le palais
    // de Dakar` is the town's.
    OF.filter((of) => of !== 'de' && of !== 'd\'').map((of) => `palais ${of}`)
  ),
  siteNouns: ['place', 'porte'],
  // (None: `city` is no organisation word of French, so `à Salt Lake City` is a place already.)
  placeHeads: [],
  // (None: French puts the division first, `la province du Helmand`, `la circonscription de Dakar` — locationCues.)
  placeWordsAfter: [],
  // (Not `centre`, an organisation word: `Centre Pompidou`.)
  compassWords: 'nord|sud|est|ouest'.split('|'),
  townParticles: 'de|d\''.split('|'),
  surnameParticles: ['de'],
  // (None: French names the event first, `l’Open d’Australie`, `la Coupe de France`.)
  countryEvents: [],
  institutionNouns: (
    'tribunal|tribunal de commerce|tribunal de grande instance|tribunal de grande instance hors classe|tribunal d\'instance|' +
    'tribunal des flagrants délits|tribunal correctionnel|tribunal administratif|tribunal judiciaire|tribunal militaire|' +
    'tribunal hors classe|tribunal régional|tribunal départemental|cour d\'appel|cour d\'assises|cour administrative d\'appel|' +
    'cour de justice|cour suprême|lycée|lycée mixte|collège|école|école primaire|école élémentaire|université|' +
    'commissariat|commissariat central|commissariat d\'arrondissement|gendarmerie|brigade de gendarmerie|mairie|préfecture|ambassade'
  ).split('|'),
  // Establishments often named after a person (`l’hôpital Aristide Le Dantec`, `la paroisse Saint Paul`). (Not `centre`, whose
  // capitalised words after it are often a body's own name: `centre Jean Moulin` beside `Centre national`; nor `clinique`, an
  // organisation noun before a firm's own name: `la clinique Keur Yaay` is Keur Yaay.)
  namedEstablishmentNouns: ['hôpital', 'paroisse', 'maternité'],
  // (Not `université`, `école`, `lycée`, whose names are also people's; nor `cour` alone: `cour de Cassation`, `Cour des Comptes`.)
  jurisdictionNouns: (
    'tribunal|parquet|préfecture|sous-préfecture|mairie|ministère public|police|commissariat|gendarmerie|brigade|' +
    'pompiers|conseil départemental|conseil régional|conseil municipal|cour d\'appel|cour d\'assises|cour administrative d\'appel|ambassade'
  ).split('|'),
  institutionAdjectives: (
    'national|nationale|nationaux|nationales|régional|régionale|municipal|municipale|départemental|' +
    'départementale|fédéral|fédérale|républicain|républicaine|révolutionnaire|spécial|spéciale|social|' +
    'sociale|portuaire|royal|royale'
  ).split('|'),
  // (`en` takes countries and regions, all known: an unknown name after it is a subject, a level, a league. Not `aux`: the plural
  // names of quarters take it, `aux Grésilles`, `aux HLM`.)
  weakLocationPrepositions: ['en'],
  dativePrepositions: ['à'],
  locationPrepositions: ['à', 'en', 'au', 'aux'].concat(
    // A place noun and `de` in all its forms (`la localité d’Azeitao`, `une commune de l’Eure`, `la région du Sahel`).
    // (Plural: `les communes de Saint-Sornin, Marcillac et Pranzac`; the list then shares the place.)
    (
      'ville|région|commune|village|département|zone|villes|régions|communes|villages|départements|zones|localités|banlieues|banlieue|localité|habitants|originaire|natif|native|gouvernorat|' +
      // (`son village natal de Sinthiou-Bamambé`, `sa ville natale de Linguère`.)
      'village natal|ville natale|commune natale|terre natale'
    )
      .split('|')
      .flatMap((noun) => OF.map((of) => `${noun} ${of}`)),
    (
      'capitale|depuis|vers|près de|près du|près d\'|dans le|dans la|dans l\'|' +
      // A road's ends (`sur l’axe entre Dahra et Linguère`, `la route reliant Dahra à Mbeuleukhé`).
      'axe entre|tronçon entre|axe reliant|route reliant|tronçon reliant|' +
      // A side of a place: `le nord de l’Aquitaine`, `le sud des Charentes`, `au sud-ouest de Narbonne`, `l’est du Var` (not `est de`
      // alone, a verb: `c’est de Gaulle`).
      'l\'est de|l\'est du|l\'est des'
    ).split('|'),
    'nord|sud|ouest|nord-est|nord-ouest|sud-est|sud-ouest'.split('|').flatMap((side) => OF.map((of) => `${side} ${of}`))
  ),
  notNames: (
    'monsieur|madame|internet|dieu|allah|covid|covid-19|euro|euros|dollar|' +
    'dollars|franc|francs|cfa|fcfa|photo|photos|vidéo|vidéos|exclusif|urgent|' +
    'direct|live|lire|voir|suite|mercato|tabaski|ramadan|korité|noël|' +
    'pâques|aïd|hajj|oumra|jt|gmt|swt|jour|an|nouvel an|coupe|open|jeux|mondial|can|jo|sida|vih|magal|gamou|ok|pdf|etc|nb|breaking|alerte|info|' +
    'infos|à|ô|oui|non|bravo|merci|hier|aujourd\'hui|demain|ligue 1|' +
    // Competitions, not bodies (`vainqueur de la Ligue des champions`).
    'ligue des champions|ligue europa|ligue europa conférence|ligue conférence|' +
    'premier|première|nord|sud|ouest|centre|état|états|' +
    'république|gouvernement|président|présidente|ministre|premier ministre|mr|mme|' +
    'général|avant|face|malgré|' +
    'ainsi|alors|puisque|lorsque|tandis|désormais|ailleurs|néanmoins|' +
    'également|notamment|surtout|encore|déjà|toujours|jamais|ici|là|voici|voilà|enfin|cependant|pourtant|toutefois|même|tous|toutes|chaque|' +
    // Determiners of number that open a sentence (`Certaines ONG dénoncent…`, `Plusieurs Lions sont blessés`).
    'certains|certaines|plusieurs|quelques|nombreux|nombreuses|' +
    'cet|ceux|celui|celle|on|je|j|qu|c|n|s|d|l|donc|or|ni|car|si|quand|' +
    // Interrogatives that open a headline or a question (`Comment Israël a traqué…`, `Pourquoi Dakar…`), like `how` and `why`.
    'comment|pourquoi|combien|puis|ensuite|outre|auprès|afin|dès|durant|concernant|hormis|quant|parmi|contre|sans|sous|chez|entre|vers|pendant|' +
    // (`Sauf Malick`, `Deuxièmement, …`: a preposition and ordinal adverbs that open a sentence.)
    'sauf|premièrement|deuxièmement|troisièmement|' +
    'publié|mis|source|' +
    // Legal texts: works, not bodies (`la Constitution`, `le Code du travail`, `le Projet de loi`).
    'constitution|code|loi|projet|décret|ordonnance|charte|traité|' +
    // Acronyms and words that name things, not entities (contracts, taxes, formats) and elections.
    'sms|cdd|cdi|csg|tva|smic|rsa|adsl|gps|mp3|dvd|usb|hd|pc|ogm|bac|' +
    // (`119 % du PIB`, `(NDLR)`, `les PME`, `un CV`, `les SDF`: common nouns written as acronyms; `Car Lui ne délaisse personne`: a pronoun capitalised for God.)
    'pib|ndlr|pme|cv|vtc|sdf|btp|ivg|adn|ttc|iptv|lgbt|lgbtq|lgbtqi|lui|' +
    // (`l’IA`, `un TGV`, `le BFEM`, `le CFEE`, `du CBD`, `un match XXL`: a technique, a train, exams, a product, a size.)
    'ia|tgv|bfem|cfee|cbd|xxl|' +
    // (`les résidents d’Ehpad`: a care home, a common noun.)
    'ehpad|' +
    'législatives|municipales|présidentielle|présidentielles|sénatoriales|régionales|cantonales|' +
    'sources|crédit|crédits|copyright|tweet|' +
    'google|conseil des ministres|' +
    // Any firm's or club's board and meeting, and civil society, written with capitals (`a saisi le Conseil d’administration`,
    // `membre de l’Assemblée Générale`, `les acteurs de la Société civile`); named in full they stay (`Assemblée générale de la SODAV`).
    'conseil d\'administration|assemblée générale|société civile'
  ).split('|'),
  commonAcronyms: (
    // (`le PDG`, `les DG`, `la VAR`, `le MVP`, `la CM des clubs`, `le virus H1N1`, `une IRM`, `le FTSE`.)
    // (`un QG de campagne`: a headquarters.)
    'pdg|dg|ceo|var|mvp|cm|h1n1|irm|vip|sos|nft|ftse|qg|' +
    // (`titulaires d’un BEP`, `leur CPF ni leur DIF`, `il obtient son CEPE`: diplomas and training rights; not `CAP`, also a body's acronym.)
    'bep|cfes|cfeps|cpf|dif|cepe|' +
    // (`la tournée du PM`: the Prime Minister; `les MPME`: small firms; `le fameux « MAGA »`: a slogan.)
    'pm|mpme|maga|' +
    // Codes de devises (ISO 4217) que cite la presse.
    'usd|eur|gbp|jpy|chf|cny|xof|xaf|cad|ngn|' +
    // (and a stable crypto-currency: `en USDT`.)
    'usdt|' +
    // (`extrait de son dernier EP`, `la ligne du BRT`: a record, a bus line.)
    'ep|brt|' +
    // (`des combats de MMA`: a sport.)
    'mma'
  ).split('|'),
  organizationNouns: 'société|entreprise|groupe|firme|banque|assureur|opérateur|constructeur|fabricant|enseigne|chaîne|radio|télévision|journal|quotidien|hebdomadaire|magazine|publication|site|média|confrères|confrère|colonnes|club|parti|formation|association|ong|syndicat|label|plateforme|start-up|géant|filiale|mensuel|rédaction|mouvement|bloc|écurie|sondage|institut|clinique|agence|laboratoire|organe'.split('|'),
  // (`aux`: `Haut-Commissariat des Nations unies aux droits de l’homme`.)
  organizationConnectors: ['pour', 'aux'],
  workRoles: [],
  thingNouns: [],
  titleArticles: [],
  workCues: 'série|émission|film|chanson|titre|album|livre|roman|tube|single|morceau|spectacle|feuilleton|pièce|documentaire|intitulé|intitulée|clip|opus|téléfilm|programme|jeu'.split('|'),
  listOpeners: 'comme|tels que|telles que|dont|notamment'.split('|'),
  pluralEndings: 'aux=al|s=|x='.split('|'),
  workOpeners: 'a joué dans|jouait dans|a tourné dans|rôles dans'.split('|'),
  // (Programmes and talks named like bodies, `l’Agenda national de transformation`, `le Dialogue national`, `le Ségur de la santé`.)
  eventWords: 'coupe|jeux|mondial|tournoi|festival|trophée|marathon|sommet|championnats|biennale|salon|foire|aïd|agenda|dialogue|ségur'.split('|'),
  fixtureWords: 'vs|v'.split('|'),
  numberedNames: 'radio|canal|tv|chaîne|formule|ligue'.split('|'),
  placeJoiners: 'du|de|des|les|sur|sous|en|la|le|aux|au|et'.split('|'),
  namePrefixes: ['co'],
  teamRoles: 'entraîneur|sélectionneur|attaquant|défenseur|ailier|buteur|coach|joueur|joueuse|gardien|coéquipier|coéquipiers|milieu'.split('|'),
  memberRoles: [],
  matchVerbs: 'battu|bat|battre|affronte|affronter|affrontera|éliminé|éliminer|étrillé|corrigé'.split('|'),
  placeRoles: 'maire|député|députée|sénateur|préfet|sous-préfet|député-maire|gouverneur|élu|élue'.split('|'),
  nonPersonPronouns: 'lequel|laquelle'.split('|'),
  // (None: not measured in French.)
  anyThingPronouns: [],
  personPronouns: 'il|elle|lui'.split('|'),
  // Senegalese wrestling (`le lutteur`, `l’arène nationale`, `l’écurie Fass`); not `combat` nor `lutte`, also a fight against a thing.
  duelWords: 'lutteur|lutteurs|arène|écurie|écuries'.split('|'),
  // (Singular only: `les Houthis`, `nos Lions` name groups and teams.)
  commonDeterminers: 'un|une|mon|ma|ton|ta|son|sa|notre|votre|leur|ce|cet|cette|chaque|aucun|aucune'.split('|'),
  personAppositions: 'âgé|âgée|lui-même|elle-même'.split('|'),
  employerPrepositions: ['chez'],
  companyEndings: [],
  lawWords: [],
  stateAbbreviations: [],
  ownerParticles: 'de|d\''.split('|'),
  kindParticles: 'de|d\'|en'.split('|'),
  firmPossessions: 'actionnaires|actions|bénéfice|bénéfices|filiale|filiales|chiffre d\'affaires|conseil d\'administration'.split('|'),
  // (`sous les couleurs de Dolomiti Energia Trento`: the club a player plays for.)
  fixtureCues: 'à domicile contre|en déplacement chez|face à|face au|face aux|couleurs de|couleurs du|couleurs d\''.split('|'),
  listAdverbs: 'encore|même|surtout|aussi'.split('|'),
  listConjunctions: ['ou'],
  rivalWords: 'concurrent|concurrents|concurrente|rival|rivaux'.split('|'),
  // (`la création d’une Fédération`, `prévient le Conseil`, `Le Collectif`, `la 2ème Compagnie`, `la Communauté internationale`.)
  genericBodies: (
    'fédération|association|conseil|collectif|compagnie|communauté|tribunal|police|direction|commission|comité|groupe|' +
    'société|agence|union|organisation|mouvement|coalition|cellule|bureau|fondation|institut|office|autorité|chambre|' +
    'syndicat|ligue|cour|confédération|amicale|mutuelle|intersyndicale|caisse|programme|alliance|brigade|gendarmerie|direction générale'
  ).split('|'),
  clubWords: 'rc|fc|ac|as|us|sc|asc|racing|racing club|olympique|sporting|stade|club|football club'.split('|'),
  ownershipCues: 'participation dans|participation de|fusion avec|fusionner avec|rachat de|racheter|racheté|acquisition de|acquérir|acquis|prise de contrôle de'.split('|'),
  ageUnits: ['ans'],
  ageWords: 'âgé|âgée'.split('|'),
  // (Compared folded, without accents: `René`/`Renée`.)
  genderLetters: 'a|e|i|o|u|y'.split('|'),
  pluralLetters: ['s'],
  openingWordEndings: ['ant'],
  nicknameCues: 'alias|surnommé|surnommée|le nom de|le nom d\'|le pseudonyme de|le pseudonyme d\'|le sobriquet de'.split('|'),
  sourceCues: (
    'selon|d\'après|rapporte|relate|cité par|citée par|rapporté par|rapportée par|relayé par|relayée par|relaté par|relatée par|informations de|informations du|information de|information du|révélations de|révélations du|confié à|révélé par|révélée par|' +
    // Who was told: a medium (`a affirmé à DAZN`, `a déclaré à Jeune Afrique`, `une interview accordée à Paris Match`).
    'déclaré à|affirmé à|expliqué à|indiqué à|raconté à|précisé à|' +
    'assuré à|accordé à|accordée à|interview à|entretien à|relayées par|relayés par|' +
    // The same before a contracted article (`a déclaré au Parisien`, `a confié au Figaro`).
    'déclaré au|affirmé au|expliqué au|indiqué au|raconté au|précisé au|assuré au|confié au|accordée au|accordé au|interview au|entretien au|' +
    // Who made a survey or gave figures (`un sondage de Yougov`, `les chiffres d’Eurostat`, `un rapport du Cnesco`).
    'étude de|étude du|étude d\'|enquête de|enquête du|sondage de|sondage du|rapport de|rapport du|rapport d\'|' +
    'données de|données du|chiffres de|chiffres du|chiffres d\'|statistiques de|statistiques du'
  ).split('|'),
  kinRoles: 'frère|sœur|fils|fille|père|mère|épouse|époux|mari|femme|veuve|cousin|cousine|oncle|tante|neveu|nièce|ami|amie|compagne|compagnon|petit-fils|petite-fille|beau-frère|belle-sœur|gendre|demi-frère'.split('|'),
  givenNames,
  surnames,
  // (The nations of the United Kingdom are countries of their own, as in English: `l’Angleterre` is not `le Royaume-Uni`.)
  countries: [...countries, 'Angleterre'],
  countryAliasesCased: [...new Set([...countryAliasesCased, ...(
    'Burkina=Burkina Faso|Centrafrique=République centrafricaine|RCA=République centrafricaine|' +
    'RDC=République démocratique du Congo|RD Congo=République démocratique du Congo|' +
    'Congo-Kinshasa=République démocratique du Congo|Guinée-Conakry=Guinée|Congo-Brazzaville=Congo|Guinée Bissau=Guinée-Bissau|Cap-Vert=Îles du Cap-Vert|' +
    'Maurice=Île Maurice|Amérique=États-Unis|' +
    'Grande-Bretagne=Royaume-Uni|États-Unis d\'Amérique=États-Unis|Vietnam=Viêt Nam|Myanmar=Birmanie|' +
    'Hollande=Pays-Bas|Émirats=Émirats arabes unis|' +
    'Côte-d\'Ivoire=Côte d\'Ivoire|' +
    'Eswatini=Swaziland'
  ).split('|')])],
  demonymSuffixes: 'e|s|es|ne|nes'.split('|'),
  townDemonymEndings: 'ois|oise|oises|ais|aise|aises|ien|iens|ienne|iennes|ain|ains|aine|aines'.split('|'),
  // Present (`pointe`, `sort`, `prend`, `va`), imperfect (`comptait`), plural (`disent`, `font`).
  gluedVerbEndings: ['e', 't', 'd', 'a', 'ent', 'ont'],
  demonymCountries: [...new Set([...demonymCountries, ...(
    'anglais=Royaume-Uni|européen=Union européenne|africain=Afrique|' +
    'écossais=Royaume-Uni|gallois=Royaume-Uni|qatari=Qatar|émirati=Émirats arabes unis|kazakh=Kazakhstan|ouzbek=Ouzbékistan'
  ).split('|')])],
  cities: [...new Set([...capitalCities, ...towns, ...(
    // États américains
    'Alabama|Alaska|Arizona|Arkansas|Californie|Caroline du Nord|Caroline du Sud|Colorado|' +
    'Connecticut|Dakota du Nord|Dakota du Sud|Delaware|Floride|Hawaï|Idaho|Illinois|Indiana|' +
    'Iowa|Kansas|Kentucky|Louisiane|Maine|Maryland|Massachusetts|Michigan|Minnesota|' +
    'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|Nouveau-Mexique|' +
    'Ohio|Oklahoma|Oregon|Pennsylvanie|Rhode Island|Tennessee|Texas|Utah|Vermont|Virginie|' +
    'Virginie-Occidentale|Wisconsin|Wyoming|' +
    // Régions (`en Calabre`, `en Nouvelle-Aquitaine`: `en` alone makes no unknown name a place, see weakLocationPrepositions)
    'Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Centre-Val de Loire|Grand Est|Hauts-de-France|Nouvelle-Aquitaine|' +
    'Provence-Alpes-Côte d\'Azur|Aquitaine|Auvergne|Bourgogne|Franche-Comté|Gascogne|Limousin|Lorraine|Picardie|Savoie|' +
    'Midi-Pyrénées|Rhône-Alpes|Languedoc-Roussillon|Poitou-Charentes|Nord-Pas-de-Calais|Champagne-Ardenne|' +
    'Haute-Casamance|Basse-Casamance|Kabylie|Flandre|Wallonie|Catalogne|Andalousie|Sicile|Sardaigne|Toscane|Calabre|' +
    'Lombardie|Bavière|Algarve|Corée|Antilles|Canaries|Baléares|Açores|Balkans|Caraïbes|Scandinavie|Sibérie|Tchétchénie|' +
    'Abkhazie|Ossétie du Sud|Transnistrie|Anatolie|Kurdistan|Cachemire|Tibet|Xinjiang|Galilée|Néguev|Golan|Sinaï|' +
    'Terre Sainte|Mésopotamie|Patagonie|Amazonie|Tasmanie|' +
    // Départements that GeoNames (towns.ts) spells otherwise (`Val d'Oise`, `Upper Garonne`, `Loire-et-Cher`)
    'Val-d\'Oise|Haute-Garonne|Côte-d\'Or|Meurthe-et-Moselle|Corse-du-Sud|Haute-Corse|Loir-et-Cher|Alpes-de-Haute-Provence|' +
    'Afrique|Europe|Asie|Amérique latine|Amérique du Nord|Amérique du Sud|Océanie|' +
    'Moyen-Orient|Proche-Orient|Maghreb|Sahel|Sahara|Afrique de l\'Ouest|Afrique du Nord|' +
    'Alsace-Lorraine|Asie-Pacifique|Pikine-Guédiawaye|Afrique subsaharienne|Afrique centrale|Afrique australe|Afrique de l\'Est|Afrique orientale|Asie centrale|' +
    'Asie du Sud|Asie du Sud-Est|Europe de l\'Est|Europe centrale|Europe occidentale|Amérique centrale|' +
    'Écosse|Pays de Galles|Irlande du Nord|Guyane|Martinique|Guadeloupe|Mayotte|La Réunion|Polynésie française|' +
    'Nouvelle-Calédonie|Méditerranée|Atlantique|Casamance|Touba|Thiès|Kaolack|' +
    'Ziguinchor|Saint-Louis|Diourbel|Louga|Fatick|Kolda|Tambacounda|Kédougou|Matam|' +
    'Sédhiou|Kaffrine|Mbour|Rufisque|Pikine|Guédiawaye|Diamniadio|Saly|Tivaouane|' +
    'Richard-Toll|Richard Toll|Podor|Bignona|Plateau|Gorée|Yoff|Ouakam|Parcelles Assainies|' +
    'Keur Massar|Grand Yoff|Grand-Yoff|Gueule Tapée|Cambérène|Thiaroye|Thiaroye-sur-Mer|Rebeuss|Popenguine|Mbacké|Joal|Ndiass|Abidjan|Bouaké|Douala|Lagos|Kano|Tombouctou|' +
    'Gao|Kidal|Mopti|Ségou|Sikasso|Kayes|Agadez|Zinder|Tahoua|Bobo-Dioulasso|' +
    'Casablanca|Marrakech|Tanger|Fès|Alexandrie|Johannesburg|Le Cap|Durban|' +
    'Marseille|Lyon|Toulouse|Nice|Nantes|Bordeaux|Lille|Strasbourg|Montpellier|' +
    'Rennes|Reims|Brest|Grenoble|Versailles|Londres|Manchester|Liverpool|' +
    'Barcelone|Milan|Turin|Naples|Munich|Francfort|Hambourg|Genève|Zurich|' +
    'Bruxelles|Anvers|Moscou|Pékin|Shanghai|Séoul|New York|' +
    'Washington|Los Angeles|Chicago|Miami|Montréal|Québec|Toronto|Istanbul|Téhéran|' +
    'Jérusalem|Tel Aviv|Tel-Aviv|Haïfa|Ispahan|Natanz|Fordo|Fordow|Gaza|Cisjordanie|Beyrouth|Damas|Bagdad|Dubaï|La Mecque|Médine|La Haye|' +
    'Le Caire|Alger|Varsovie|Lisbonne|Athènes|Vienne|Abou Dhabi|Riyad|' +
    'Île-de-France|Bretagne|Normandie|Provence|Alsace|Corse|Occitanie|Kiev|Crimée|Donbass|Darfour|Tigré|Liptako-Gourma|' +
    // The building, a place (`reçu à la Maison Blanche`); when it stands for the administration, the gold ignores it.
    'Maison Blanche|Maison-Blanche'
  ).split('|')])],
  // (`ont rapporté franceinfo et BFMTV`, `rapporte seneweb`, `sur rfm`.)
  lowerCaseOrganizations: 'franceinfo|franceinter|seneweb|rfm'.split('|'),
  // (None: French puts the body's noun first, `la police de Dakar`, `la commission des lois`.)
  localBodyNouns: [],
  remitBodyNouns: [],
  organizations: [...new Set([...(
    'AFP|Reuters|APS|ONU|OTAN|UE|UA|CEDEAO|UEMOA|BCEAO|FMI|OMS|UNESCO|' +
    'UNICEF|UCAD|Insee|CAF|FIFA|UEFA|PSG|Interpol|Europol|Sonatel|Orange|' +
    'Sénélec|Pastef|APR|PDS|Benno Bokk Yaakaar|Taxawu|RTS|TFM|' +
    'Walf|Scotland Yard|Senego|Seneweb|SeneNews|Le Monde|Le Figaro|Libération|Le Parisien|Le Matin|' +
    'Le Soleil|Jeune Afrique|RFI|France 24|BBC|CNN|Al Jazeera|Google|Apple|Meta|' +
    'Microsoft|Amazon|Facebook|Twitter|TotalEnergies|Total|Airbus|Boeing|Renault|' +
    // (`Chelsea`: a club in French copy; the shared list leaves it out, a given name in English.)
    'Arsenal|Chelsea|Liverpool FC|Manchester United|Manchester City|' +
    'Real Madrid|Real Sociedad|Real Betis|Barça|FC Barcelone|Inter Milan|Juventus|Bayern Munich|OM|' +
    'OL|Casa Sports|Jaraaf|Teungueth FC|Génération Foot|Mediapart|Sénat|' +
    // (`la Primature`: the Senegalese Prime Minister's office, as `Matignon` is the French one's.)
    'Élysée|Matignon|Primature|Bundestag|Kremlin|Pentagone|' +
    // Polling institutes, named alone (`selon un sondage Ifop`).
    'Ifop|Odoxa|Elabe|Ipsos|OpinionWay|Harris Interactive|Viavoice|Kantar|YouGov|' +
    // Radio, television and papers whose name opens with a place or holds a number or a weekday.
    'France Inter|France Info|Franceinfo|France Bleu|France Culture|France Télévisions|Radio France|' +
    'France 2|France 3|France 5|Europe 1|Europe1=Europe 1|TF1|M6|LCI|BFMTV|CNews|Paris Match|Paris-Match=Paris Match|' +
    'Journal du Dimanche|JDD|Ouest-France|Nice-Matin|Daily Mail|Sud Quotidien|RFM|iRadio|Sen TV|Walf TV|' +
    'New York Times|Washington Post|Wall Street Journal|Financial Times|USA Today|' +
    // Clubs and bodies whose name opens with a place (a place before another word is otherwise split off: `Paris` + `SG`).
    'Paris Saint-Germain|Paris SG=Paris Saint-Germain|Tanger Med|Île-de-France Mobilités|' +
    // Parties and unions (France, Tunisia).
    'Les Républicains|Républicains=Les Républicains|Rassemblement national|Parti socialiste|La République en marche|LREM|La France insoumise|' +
    'France insoumise|LFI|Ennahdha|Nidaa Tounes|Afek Tounes|Machrou Tounes|UGTT|IVD|ARP|' +
    // More French parties, named without a cue (`Benoît Hamon de Génération.s`).
    'PS|Debout la France|Génération.s|Europe Écologie Les Verts|Europe Écologie-Les Verts|Europe-Écologie-Les Verts|EELV|' +
    'Place publique|MoDem|Les Patriotes|Reconquête|UDI|PCF|' +
    'Lutte ouvrière|NPA|Nupes|En Marche|UMP|Les Écologistes|' +
    // French and Senegalese papers, radio and television (`selon Les Échos`, `sur Radio J`).
    'Les Échos|Le Canard enchaîné|Canard enchaîné|L’Équipe|L’Obs|Le Nouvel Obs|Le Point|L’Express|La Croix|L’Humanité|' +
    'Le Dauphiné libéré|La Dépêche du Midi|La Voix du Nord|Le Progrès|Valeurs actuelles|Le Télégramme|La Provence|Midi libre|' +
    '20 Minutes|Konbini|RTL|Radio J|Radio Classique|Sud Radio|C8|TMC|LCP|Public Sénat|BFM TV|BFM Business|' +
    'Le Quotidien|L’Observateur|Walf Quotidien|Dakaractu|Pressafrik|Leral|2STV|7TV|Sud FM|' +
    // Senegalese firms, parties and clubs.
    'Dakar Dem Dikk|Sonacos|Petrosen|Expresso|Rewmi|Taxawu Senegaal|Y en a marre|And Jëf|Takku Wallu|' +
    // (Thierno Alassane Sall's party, named with or without its article: `le président de la République des Valeurs`.)
    'République des Valeurs|La République des Valeurs|Yewwi Askan Wi|Bokk Gis Gis|Wallu Sénégal|Aar Sénégal|Gueum Sa Bopp|' +
    'Diambars|Casa Sport|Jamono Fatick|US Gorée|AS Pikine|Guédiawaye FC|Stade de Mbour|Dakar Sacré-Cœur|ASC Jaraaf|Wallydaan|' +
    // American and international agencies, media and firms that French copy names as English copy does (`selon Bloomberg`, `le FBI`).
    // (Not `BP`, a post-office box in addresses: `BP 1234 Dakar`.)
    'Associated Press|Bloomberg|CBS|NBC|Fox News|FBI|CIA|NSA|IBM|Intel|Sony|Nintendo|Samsung|Nokia|Vodafone|Yahoo|eBay|Shell|Exxon|' +
    'Toyota|General Motors|GM|Volkswagen|Fiat|Nasdaq|Gallup|Moody\'s|Standard & Poor\'s|McDonald\'s|Bank of England|NHS'
  ).split('|'), ...learnedOrganizations, ...knownOrganizations])],
  nicknamesCased: (
    'Fed=Réserve fédérale|Bleus=Chelsea|Blues=Chelsea|Gunners=Arsenal|Reds=Liverpool|Red Devils=Manchester United+Man United|Citizens=Manchester City|' +
    'Barça=FC Barcelone+FC Barcelona+Barcelone|Blaugrana=FC Barcelone+FC Barcelona+Barcelone|Merengue=Real Madrid|' +
    'Nerazzurri=Inter Milan+Inter+Inter de Milan|Rossoneri=AC Milan|Bianconeri=Juventus'
  ).split('|'),
  // National teams' and clubs' nicknames (`soutien aux Lions`, `les Éléphants de Côte d’Ivoire`, `les Cleveland Cavaliers`).
  teamNicknames: (
    'lions|lionnes|lionceaux|éléphants|aigles|étalons|fennecs|pharaons|léopards|panthères|écureuils|mourabitounes|scorpions|' +
    'super eagles|black stars|bafana bafana|chipolopolos|warriors|lakers|cavaliers|celtics|bulls|spurs|bleues|diables rouges|all blacks|springboks'
  ).split('|'),
  // (`leader du Groupe B`, `la Poule A`.)
  contestGroupWords: ['groupe', 'poule']
}
