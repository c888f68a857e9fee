/**
 * Entity cue words and gazetteers of one language: what `entities` needs to
 * find people, organisations and places. Lists of words are lower-case;
 * lists whose key ends in `Cased`, `countries` or `cities` keep their case.
 * Pairs are written `form=Name` (e.g. `malien=Mali`).
 */
export interface EntityLexicon {
  /** Titles and honorifics that precede a person's name (`général`, `mr`, `dr`); with or without a final dot. */
  readonly titles: readonly string[]
  /** Role nouns that precede or follow a person's name and type it as a person (`ministre`, `spokesman`). */
  readonly roleWords: readonly string[]
  /** Function words a role phrase may hold (`de`, `of`); a role with other function words (`a`, `est`) is a clause, not a role. */
  readonly roleConnectors: readonly string[]
  /** Lower-case words after which a capitalised noun names a portfolio, not an entity (`ministre` in `ministre de la Défense`). */
  readonly portfolioHeads: readonly string[]
  /** Portfolio heads that name a body, whose portfolio written after them in lower case makes an organisation's name (`ministère` in `le ministère de la Santé`). */
  readonly portfolioBodies: readonly string[]
  /** Lower-case words allowed inside a proper name between capitalised words (`de`, `du`, `von`, `of`). */
  readonly particles: readonly string[]
  /**
   * Particles people's names hold (`Luigi del Neri`, `Ludwig van Beethoven`, `El Malick Ndiaye`): a function word among
   * capitalised words that is none of these makes them no person's name (`Bank of England`, `Shaun of the Dead`).
   */
  readonly nameParticles: readonly string[]
  /** Elided particles glued to the next word inside a name (`d'`, `l'`). */
  readonly elisions: readonly string[]
  /** Elisions that, capitalised before a capital, open a name rather than stand for a word (`D'Souza`, `L'Oreal` in English): the name is one word. Empty where a capitalised elision is the word (`D'Abidjan à Dakar`). */
  readonly nameElisions: readonly string[]
  /** The possessive ending cut from the end of a name (`'s` in `Smith's`); empty in a language without one, where `'s` belongs to the name (`RM Sotheby's`). */
  readonly possessive: string
  /**
   * Endings of a word whose possessive is an apostrophe alone (`s`: `Workers'`, `Actors' Equity`): such a word before `'`
   * may be a word of a body's name (`Seafarers' International Union`). Empty where no possessive is cut (`possessive` empty).
   */
  readonly pluralPossessiveEndings: readonly string[]
  /**
   * Whether the press of the language writes headlines in sentence case (French: `Le projet de Pape Matar Sarr et Jean Michel Sène`):
   * a first line holding a lower-case word other than a stop word is then running text, its names found like the body's, however
   * many words it capitalises. English wire headlines mix Title Case labels into sentence case (`Analyst View: Democrat Jones wins…`),
   * so an English headline is read as Title Case by its share of capitals alone.
   */
  readonly sentenceCaseHeadlines?: boolean
  /** Whether a body names its branch in a country by its name and the country's (`Météo France`, `Orange Sénégal`): two capitalised words no given name, place or demonym opens, closed by a country, are an organisation. Not in English, where the same shape names works and eras (`Hotel Rwanda`, `Tudor England`). */
  readonly countryBranches: boolean
  /**
   * Whether one capitalised word that no list, cue nor context types, named more than once, is taken for an organisation by
   * default (English business copy names firms bare: `Turkcell said`, `Qwest has bid`). Not in French, where such a word is far
   * more often a person's nickname or stage name (`Mamico tacle…`, `Siteu suspendu`), a feast, a work's title or a word of a
   * heading (`la Pentecôte`, `Touche pas à mon poste`) than a body: a body's name needs evidence (a cue, a list, a role).
   */
  readonly unknownNamesAsOrganizations?: boolean
  /** Articles that may open an organisation's name at its start (`le` in `Le Matin`, `the`). */
  readonly articles: readonly string[]
  /** Words that type a capitalised span as an organisation (`ministère`, `université`, `company`, `fc`). */
  readonly organizationCues: readonly string[]
  /** Endings of lower-case adjectives that may follow an organisation head inside its name (`nationale` in `Assemblée nationale`). */
  readonly postAdjectiveEndings: readonly string[]
  /** Organisation cue words that may be followed by lower-case words before the capitalised part (`école`, `force`). */
  readonly organizationHeads: readonly string[]
  /** Words that type a capitalised span as a place (`avenue`, `lac`, `river`, `airport`). */
  readonly locationCues: readonly string[]
  /**
   * Lower-case place nouns that belong to the name right after them (`mer` in
   * `mer Caspienne`, `pont Morandi`, `stade Léopold Sédar Senghor`; `river` in
   * `the river Thames`): the name with its noun is a place. Not divisions whose
   * name stands alone (`région`, `quartier`).
   */
  readonly placeNameNouns: readonly string[]
  /**
   * Nouns of town sites among `placeNameNouns` whose `de` may also name what they belong to (`place`, `porte`: `la place de la
   * République`, `la porte de Versailles`, but `la place du Sénégal dans le monde`): with a country's, a given name's or a known
   * surname's name after the `de`, the words are no site's name.
   */
  readonly siteNouns: readonly string[]
  /**
   * Lower-case divisions written right after a place's name (`seat` in `the
   * East Kilbride seat`, `province` in `Helmand province`): a name no list
   * knows before one is a place.
   */
  readonly placeWordsAfter: readonly string[]
  /**
   * Capitalised points of the compass that make one place with a town's name
   * next to them (`South` in `Leicester South`, `North Dorset`, `South West
   * Edinburgh`, seats and districts; `Nord` in `Pikine Nord`): the whole is a
   * place, not the town and a stray word.
   */
  readonly compassWords: readonly string[]
  /**
   * Particles between one capitalised word no list knows, named after a lower-case noun, and a known town: the town is a place of
   * its own, not the end of one name (`de` in `l’hôpital Rambam de Haïfa`). None in English, whose annotators do
   * not count the place in such names (`Archbishop of Canterbury`).
   */
  readonly townParticles: readonly string[]
  /**
   * Particles that open the second part of a surname after a given name and a surname, before one capitalised word no list knows
   * (`de` in `François Villeroy de Galhau`, `Xavier Dupont de Ligonnès`): the whole is one person's name, not a person and the body or
   * place they are from (`Moussa Diop de Rewmi`, a known body, is). None in English (`of` says where one is from).
   */
  readonly surnameParticles: readonly string[]
  /** Capitalised words after a country's name that make the name an event's, no place (`Open` in `the US Open`, `US Opens`). */
  readonly countryEvents: readonly string[]
  /**
   * Organisation words that also end a place's name (`city` in `Kansas City`,
   * `Park City`, and in `Manchester City`, a club): a name of several words
   * that one ends, right after a place preposition, is the place (`in Park City`;
   * not before a possessive, `in Manchester City's win`).
   */
  readonly placeHeads: readonly string[]
  /**
   * Kinds of institution written in lower case whose place, after `de`/`of`,
   * makes their name (`tribunal de commerce` in `le tribunal de commerce de
   * Dakar`, `cour d'appel`; `court of appeal`): the whole is an organisation.
   * Not bodies named by their place alone (`parquet`, `mairie`).
   */
  readonly institutionNouns: readonly string[]
  /**
   * Kinds of establishment written in lower case right before the name they bear, which is often a person's or a place's
   * (`hôpital` in `l’hôpital Dalal Jamm`, `la clinique Pasteur`, `la paroisse Saint Paul`): the noun and the name are an
   * organisation. Not before `de` (`l’hôpital de Créteil` is Créteil's: no `institutionNouns`).
   */
  readonly namedEstablishmentNouns?: readonly string[]
  /**
   * Bodies whose authority covers a place, written in lower case before
   * `de`/`du`/`d'` and the place (`parquet` in `le parquet de Kaolack`,
   * `tribunal` in `le tribunal de grande instance de Nanterre`, `préfecture`):
   * the name after them is a place, also when it ends the body's own name.
   */
  readonly jurisdictionNouns: readonly string[]
  /**
   * Adjectives of institutions that a language writes in lower case after a
   * capitalised noun of the name (`nationale` in `la Garde nationale`,
   * `sociale` in `la Sécurité sociale`): the two words are an organisation's
   * name (a place's after a place word: `l’Arène nationale`).
   */
  readonly institutionAdjectives: readonly string[]
  /** Lower-case words just before a name that make it a place (`à`, `in`, `ville de`). */
  readonly locationPrepositions: readonly string[]
  /**
   * Place prepositions of `locationPrepositions` that take common nouns, teams and school levels as often as places (`en
   * Pharmacie`, `en S1`, `en Premier League`): the countries and regions they take are known names, so a name no list knows
   * after one is none.
   */
  readonly weakLocationPrepositions: readonly string[]
  /**
   * Place prepositions of `locationPrepositions` that also take the person spoken or given to (`a demandé à Diomaye`, `hommage à
   * Alseyni Ba`): after one, a given name or a known surname is the person's, no place (English `in` takes places only: none).
   */
  readonly dativePrepositions: readonly string[]
  /** Words that are capitalised but never a name on their own (`monsieur`, `internet`); the language's stop words and month and weekday names are never names either. */
  readonly notNames: readonly string[]
  /**
   * Acronyms of things, not bodies: common nouns, techniques, formats, honours, market terms, time zones and
   * currency codes (`DNA`, `CGI`, `MBE`, `IPO`, `EST`, `USD`; `PDG`, `XOF`). Written in capitals, one is no entity;
   * written otherwise it may be a name (`Var`, the French département, beside `la VAR`).
   */
  readonly commonAcronyms: readonly string[]
  /** Common given names (lower-case): a first word found here makes a name a person's. */
  readonly givenNames: readonly string[]
  /** Common surnames (lower-case): a last word found here makes a name of two to four capitalised words a person's (`Korka Fall`). */
  readonly surnames: readonly string[]
  /** Lower-case nouns just before a name (or before `de`/`of` and a name) that make it an organisation (`housebuilder`, `confrères`). */
  readonly organizationNouns: readonly string[]
  /** Function words that may join two parts of an organisation's name after its head (`for` in `Court of Arbitration for Sport`). */
  readonly organizationConnectors: readonly string[]
  /** Lower-case nouns just before a name that make it the title of a work, not an entity (`show`, `chanson`). */
  readonly workCues: readonly string[]
  /**
   * Lower-case roles of people who make or play in works, right after a title and before a person's name (`The Office creator
   * Ricky Gervais`, `Friends actor Matt LeBlanc`): the words before the role are a work's title, not an entity.
   */
  readonly workRoles: readonly string[]
  /** Lower-case nouns of things (`processor`, `drug`): capitalised words after a determiner and before one name that thing, no entity (`the Cell processor`). */
  readonly thingNouns: readonly string[]
  /**
   * Articles that, capitalised inside a sentence before two or more capitalised words, open the title of a work (`over The
   * Office Christmas Special`, `for The Phantom of the Opera`); empty where newspapers' names open so (`Le Journal du Dimanche`).
   */
  readonly titleArticles: readonly string[]
  /**
   * Words that open a list of examples after a plural noun (`such as`,
   * `including`; `comme`, `tels que`): the names listed are of the noun's kind
   * (`firms such as Swiss Re and Munich Re` are organisations, `films including
   * Raging Bull and Goodfellas` are works, not entities).
   */
  readonly listOpeners: readonly string[]
  /**
   * Words right before a name that make it the title of a work, a part played
   * in it (`a joué dans`; `starred in`, `roles in`): no entity, and the names
   * listed after it are works too (`roles in Closer and Finding Neverland`).
   */
  readonly workOpeners: readonly string[]
  /** Plural endings of nouns, `ending=singular ending` (`ies=y`, `s=`; `aux=al`), to find a plural noun's singular in the lists. */
  readonly pluralEndings: readonly string[]
  /** Capitalised words that make a name an event, not an entity (`cup` in `FA Cup`, `coupe`). */
  readonly eventWords: readonly string[]
  /** Words between two names of a fixture line that make both sides teams (`v` in `Derby v Watford`). */
  readonly fixtureWords: readonly string[]
  /** Last words of a name that a number may follow inside the name (`radio` in `BBC Radio 4`). */
  readonly numberedNames: readonly string[]
  /** Lower-case words inside a hyphenated name that make it a place (`du` in `Bouches-du-Rhône`, `upon` in `Stratford-upon-Avon`). */
  readonly placeJoiners: readonly string[]
  /** Prefixes that, hyphened to a lower-case word, make a word that goes on a name (`co` in `Organisation for Economic Co-operation`). */
  readonly namePrefixes: readonly string[]
  /** Roles in a team or a firm: a city name next to one names the club (`Southampton manager Harry Redknapp`, `l’entraîneur de Marseille`); one word before one names the organisation (`Ladbrokes spokesman Warren Lush`). */
  readonly teamRoles: readonly string[]
  /**
   * Roles a language writes between a body's name and a person's (`reporter` in
   * `Evening Standard reporter Oliver Finegold`, `leader` in `Lib Dem leader
   * Charles Kennedy`): capitalised words before one, then a given name, are the
   * body. Empty where the body follows the role (`le journaliste du Monde`).
   */
  readonly memberRoles: readonly string[]
  /** Verbs of a match whose object is a side: a town's name right after one names its club (`beat Portsmouth`, `a battu Lens`). */
  readonly matchVerbs: readonly string[]
  /** Roles held over a place: a name after one and `de`/`of` is the place (`maire de Lherm`, `mayor of Hartlepool`). */
  readonly placeRoles: readonly string[]
  /** Pronouns that refer back to a thing, never to a person (`its`, `which`; `lequel`): one just after a name makes it an organisation. */
  readonly nonPersonPronouns: readonly string[]
  /**
   * Those of `nonPersonPronouns` that refer back to any thing, a work, a product or an event as well as a body (`which`: `his
   * last single, Killamangiro, which reached`, `the Tsunami which struck`): one after a name says it is no person's, not that it
   * is an organisation.
   */
  readonly anyThingPronouns: readonly string[]
  /** Words of a combat sport whose bouts are named `X vs Y` (`lutteur`, `arène`): in an article holding one, the sides of such a
   * line no list knows are people, not teams. */
  readonly duelWords: readonly string[]
  /** Singular determiners that make the noun after them a common one (`une Occitane`, `leur Cahier`, `chaque Ehpad`): a capitalised
   * word after one, named no other way, is a thing, a demonym or a product, no organisation's name. */
  readonly commonDeterminers: readonly string[]
  /** Pronouns that refer back to a person (`he`, `her`; `elle`): one after a name in its sentence is a clue that it is a person's. */
  readonly personPronouns: readonly string[]
  /** Prepositions between a role and the body a person works for: a name after one is an organisation (`analyst at Goodbody Stockbrokers`, `analyste chez Natixis`). */
  readonly employerPrepositions: readonly string[]
  /** Words that close a company's name: a particle and a place after one say where the company is based, outside its name (`Cargill Inc of Minneapolis`). */
  readonly companyEndings: readonly string[]
  /** Words that end the name of a law in the making: a name they end is no entity (`the Prevention of Terrorism Bill`). */
  readonly lawWords: readonly string[]
  /** Abbreviations of states and provinces, with their dot: one after a town's name and a comma is a place (`Newark, N.J.`, `San Jose, Calif.`). */
  readonly stateAbbreviations: readonly string[]
  /** Particles that tie a body to the person who owns, leads or founded it: a name does not run on across one into a given name and a surname (`le GFM de Youssou Ndour`, `le Real Madrid de Kylian Mbappé`). */
  readonly ownerParticles: readonly string[]
  /** Particles that tie a noun of a kind of organisation to the bare word that says its kind: an unknown name after them, and maybe adjectives, is an organisation (`les agences de presse iraniennes Fars`, `le journal d’opposition X`, `le journal en ligne X`; not `le groupe du milliardaire X`). */
  readonly kindParticles: readonly string[]
  /** Words of owning or buying right before a name: the name is a firm's, unless a known place or a given name opens it (`a stake in Sina`, `acquired Pyra Labs`, `merger with Deutsche Boerse`; `participation dans Orange`). */
  readonly ownershipCues: readonly string[]
  /** Words for a competitor, of a person or a firm (`rival`; `concurrent`): a name after one that no given name opens is a firm's (`rival Ryanair`, `its rival Peoplesoft`; not `rival Greg Rusedski`). */
  readonly rivalWords: readonly string[]
  /**
   * Nouns of a kind of body that, capitalised alone, name no one body (`la création d’une Fédération`, `prévient le Conseil`, `Le
   * Collectif`, `devant le Tribunal pour mineurs`): an organisation named only by one of them is dropped. Not the words that stand
   * alone for one body of the country (`l’Assemblée`, `le Parlement`, `le Sénat`).
   */
  readonly genericBodies: readonly string[]
  /**
   * Words that make a sports club's name with the town it is named after (`RC`, `Racing Club de`, `FC`, `US`): the town's name
   * alone in an article that names the club is the club (`Leeds propose 26 millions à Strasbourg` beside `RC Strasbourg`).
   * Empty where copy keeps the town a place beside its club (English: `Leeds United` … `kicks off in Leeds`).
   */
  readonly clubWords: readonly string[]
  /** Adverbs right after the coordinating word of a list, before its last name (`Londres, Monaco ou encore Stuttgart`, `Leeds and even York`): the names still form one list. */
  readonly listAdverbs: readonly string[]
  /** Coordinating words that join the last name of a list besides the byline's `and`/`et` (`Düsseldorf, Londres ou Stuttgart`, `Leeds or York`). */
  readonly listConjunctions: readonly string[]
  /** Words of a fixture before the opponent (`at home to`, `away to`; `nul contre`): a name after one that no given name opens and that is no known place is a team's (`at home to Bayer Leverkusen`), never a person's; nor is a name after one a place though it ends with a place preposition (`face à Sonacos`). */
  readonly fixtureCues: readonly string[]
  /** Nouns of what a firm has or earns: a name with its possessive before one (`Vivendi's board`, `Genentech's stock`), or after one and `de`/`of` (`les actionnaires de Vivendi`), is a firm's. */
  readonly firmPossessions: readonly string[]
  /** Words right after a comma that only describe a person: a name of unknown type before one is a person's (`X, who`, `X, aged 38`; `X, âgé de 38 ans`). */
  readonly personAppositions: readonly string[]
  /** Units of an age given after a name and a comma (`X, 38 ans,`); a bare number between commas is an age too (`X, 38, said`). */
  readonly ageUnits: readonly string[]
  /** Words that give an age before its number (`aged 38`; `âgé de 38 ans`): one in the apposition after a name makes it a person's (`X, un ressortissant âgé de 32 ans,`). Listed in `personAppositions` too. */
  readonly ageWords: readonly string[]
  /**
   * Last letters that give a name its other gender (`Denis`/`Denise`, `Mario`/`Maria`, `René`/`Renée`): two names one such
   * letter apart at their end are two people, not one name misspelt.
   */
  readonly genderLetters: readonly string[]
  /** Last letters of a plural (`s`: `the Beckhams`, `Productions`, `the Blind Boys of Alabama`). */
  readonly pluralLetters: readonly string[]
  /** Kinship and other ties between people: a name after one and `de`/`of` is a person's (`le frère de Balla Gaye 2`, `the widow of John Smith`). */
  readonly kinRoles: readonly string[]
  /** Words that introduce where a piece of news comes from: a short name after one is a medium or an organisation (`selon Kawtef`, `rapporte L’Observateur`, `according to Politico`). */
  readonly sourceCues: readonly string[]
  /**
   * Endings of ordinary words a sentence may open with (participles, gerunds,
   * adverbs: `ing`, `ly`; `ant`): one such word capitalised only there, never
   * inside a sentence of the article and in no list, is no name (`Looking
   * ahead to its results`, `Typically`; `Soulignant`).
   */
  readonly openingWordEndings: readonly string[]
  /** Words that introduce a person's other name: a short name after one is a person's (`alias Siteu`, `surnommé « Julo »`, `sous le nom d’Adja`). */
  readonly nicknameCues: readonly string[]
  /** Country names. */
  readonly countries: readonly string[]
  /** Other forms of country names, `form=Country` (`Burkina=Burkina Faso`, `UK=United Kingdom`). */
  readonly countryAliasesCased: readonly string[]
  /** Endings that inflect a demonym's base form (`e`, `s`, `ne` for `malienne`, `maliens`). */
  readonly demonymSuffixes: readonly string[]
  /** Nationality adjectives and nouns, `demonym=Country` (`malien=Mali`); never mentions. */
  readonly demonymCountries: readonly string[]
  /**
   * Endings that make a town's people of its name (`ois` in `Dakarois`, `Pikinois`; `iens` in `Parisiens`): one capitalised word
   * that no list knows, a known place's name (or that name less its last `e`) then one of these, names the townspeople, no place.
   */
  readonly townDemonymEndings: readonly string[]
  /**
   * Endings of a finite verb (`e`, `t`, `ent`): a lower-case word of four letters or more with one, glued by a scraper to
   * the end of a name the article writes elsewhere and followed by a lower-case word, is a verb, cut off the name
   * (`Ndiayecomptait près`, `Sallpointe un`). Empty: no such cut.
   */
  readonly gluedVerbEndings?: readonly string[]
  /** Cities, regions and other well-known places. */
  readonly cities: readonly string[]
  /** Well-known organisations, to type them without a cue (`Reuters`, `ONU`); `form=Name` for another form of one (`Tories=Conservatives`). */
  readonly organizations: readonly string[]
  /** Organisations whose name is written in lower case, read as names wherever they stand (`franceinfo`, `seneweb`, `ntl`). */
  readonly lowerCaseOrganizations: readonly string[]
  /** Lower-case nouns of a body that serves the place named right before them (`Norfolk police`): the whole is one organisation. */
  readonly localBodyNouns: readonly string[]
  /**
   * Lower-case nouns of a body that end its name after a body's name and lower-case words of its remit (`Commons home affairs
   * committee`): the whole is one organisation.
   */
  readonly remitBodyNouns: readonly string[]
  /**
   * Nicknames of clubs and bodies, `Nickname=Body/Other body`, the forms of one body joined by `+` (`Gunners=Arsenal`,
   * `Blues=Chelsea/Birmingham+Birmingham City/Everton`, `Fed=Federal Reserve+US Federal Reserve`): an organisation of that
   * nickname is the one of these bodies the article also names, when it names one only.
   */
  readonly nicknamesCased: readonly string[]
  /**
   * Plural nicknames of teams that no one body of `nicknamesCased` holds (`lions`, `éléphants`, `all blacks`), lower-case:
   * written alone (`aux Lions`, `les Lionnes`) or after a town (`Cleveland Cavaliers`), a team, no place nor person. The
   * nicknames of `nicknamesCased` are team names too.
   */
  readonly teamNicknames: readonly string[]
  /**
   * Words that, capitalised before one capital letter or a number, name a group of a competition's draw (`Group B`, `le Groupe G`,
   * `Pool A`, `la Poule C`): a stage of a contest, no body (`Groupe Sonatel`, `Group Four Securitas` stay names).
   */
  readonly contestGroupWords: readonly string[]
}
