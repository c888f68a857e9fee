import type {EntityLexicon} from '../lexicon-entities.js'
import {givenNames, surnames} from '../given-names.js'
import {capitalCities, countries, countryAliasesCased, demonymCountries} from './entities-places.js'
import {towns} from '../towns.js'
import {knownOrganizations} from '../organizations-known.js'
import {learnedOrganizations} from '../organizations-learned.js'

/** English entity cue words and gazetteers. Each list is one `|`-separated string split at
 * load (smaller in the bundle than an array of quoted strings). */
export const entities: EntityLexicon = {
  titles: (
    'mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|baroness|' +
    'baron|rev|reverend|father|bishop|archbishop|cardinal|pope|rabbi|imam|' +
    'sheikh|gen|general|lt|lieutenant|col|colonel|maj|major|capt|captain|' +
    'cmdr|commander|adm|admiral|sgt|sergeant|cpl|corporal|president|vice president|' +
    'prime minister|minister|chancellor|secretary|senator|sen|rep|representative|' +
    'congressman|congresswoman|governor|gov|mayor|judge|justice|ambassador|king|' +
    'queen|emperor|empress|prince|princess|duke|duchess|earl|chief|inspector|detective|det|' +
    'officer|coach|chairman|treasurer|mp|mep|msp|mla|dj|speaker'
  ).split('|'),
  roleWords: (
    'minister|president|chairman|chairwoman|chair|chief executive|executive|ceo|' +
    'director|director general|secretary|secretary general|spokesman|spokeswoman|' +
    'spokesperson|adviser|advisor|head|boss|founder|manager|coach|striker|' +
    'midfielder|defender|goalkeeper|player|captain|winger|forward|journalist|' +
    'reporter|correspondent|editor|analyst|economist|lawyer|attorney|judge|prosecutor|' +
    'mp|mep|senator|mayor|governor|ambassador|commissioner|singer|actor|actress|' +
    'star|artist|writer|author|producer|presenter|broadcaster|host|comedian|leader|' +
    'candidate|chancellor|shadow chancellor|officer|researcher|professor|expert|' +
    'administrator|inspector general|prime minister|deputy prime minister|deputy|majority leader|minority leader|district judge|circuit judge|wife|husband|son|daughter|brother|sister|father|mother|widow|counterpart|' +
    'champion|rapper|musician|driver|rider|runner|boxer|fly-half|full-back|' +
    'centre|prop|hooker|scrum-half|batsman|bowler|skipper|veteran|rival|chief|' +
    'dancer|model|designer|guitarist|drummer|bassist|frontman|playwright|film-maker|dj|' +
    'sprinter|referee|legend|qc|obe|treasurer|co-chairman|coordinator|co-ordinator|organiser|organizer|speaker'
  ).split('|'),
  roleConnectors: 'of|for|the|and|at|in|on|to'.split('|'),
  portfolioHeads: 'minister|ministry|ministers|secretary|department|secretaries|portfolio'.split('|'),
  // (Not `department`: `the cryogenics department of Air Products` names a part of the body after it.)
  portfolioBodies: ['ministry'],
  particles: 'of|the|de|du|des|la|le|da|di|do|dos|del|della|van|von|der|den|ben|bin|ibn|al|el|y'.split('|'),
  nameParticles: 'da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|bin|ben|ibn|el|al|y|le|la'.split('|'),
  elisions: 'd\'|l\''.split('|'),
  nameElisions: 'd\'|l\''.split('|'),
  possessive: '\'s',
  pluralPossessiveEndings: ['s'],
  sentenceCaseHeadlines: false,
  countryBranches: false,
  unknownNamesAsOrganizations: true,
  articles: ['the'],
  organizationCues: (
    'ministry|department|university|college|school|institute|academy|agency|bank|' +
    'force|forces|army|navy|alliance|assembly|council|party|union|commission|' +
    'federation|committee|company|corporation|corp|co|inc|ltd|plc|llc|group|' +
    'holdings|association|foundation|organisation|organization|office|authority|court|' +
    'tribunal|board|bureau|service|services|trust|society|club|fc|united|' +
    'city|rovers|athletic|wanderers|airlines|airways|motors|industries|systems|' +
    'technologies|networks|communications|telecom|energy|oil|petroleum|pharmaceuticals|' +
    'media|news|times|post|journal|herald|telegraph|guardian|gazette|daily|' +
    'magazine|radio|television|tv|studios|pictures|records|entertainment|church|' +
    'hospital|police|parliament|congress|senate|government|movement|front|coalition|' +
    'league|fund|programme|program|centre|center|exchange|reserve|treasury|' +
    'commons|lords|cabinet|administration|capital|partners|securities|investments|' +
    'investment|finance|financial|insurance|airport authority|brewery|stores|mail|' +
    'yard|house|studio|games|labs|software|electronics|mobile|wireless|online|' +
    'institution|orchestra|team|campaign|international|stade|chamber|consortium|confederation|registry|brothers|bros|laboratories|associates|' +
    'productions|gmbh|laboratory|regiment|tobacco|anonymous'
  ).split('|'),
  postAdjectiveEndings: ['general'],
  organizationHeads: (
    'ministry|department|university|institute|academy|bank|council|commission|' +
    'federation|committee|association|foundation|organisation|organization|office|' +
    'authority|court|board|bureau|society|union|league|fund|house|college|center|' +
    'centre|school|agency|party|museum|church|hospital|campaign|alliance|coalition|forum|trust|air'
  ).split('|'),
  placeNameNouns: 'river|mount|lake|loch'.split('|'),
  // (None: English names a site before its noun, `Trafalgar Square`, `Euston station`.)
  siteNouns: [],
  placeHeads: ['city'],
  placeWordsAfter: 'seat|constituency|province|district|county|suburb'.split('|'),
  compassWords: 'north|south|east|west|central'.split('|'),
  townParticles: [],
  surnameParticles: [],
  // (Not in eventWords: `Open Source Development Labs`, `Open Government Plan` are names.)
  countryEvents: 'open|opens'.split('|'),
  institutionNouns: 'court of appeal|high court|district court|supreme court|crown court'.split('|'),
  // (None: English annotators do not count `England` in `Bank of England` nor `California` in `University of California` as places.)
  jurisdictionNouns: [],
  institutionAdjectives: ['national'],
  locationCues: (
    'building|tower|street|avenue|road|square|bridge|lake|loch|river|mount|mountains|sea|ocean|' +
    'gulf|island|islands|bay|cape|valley|desert|forest|airport|station|' +
    'county|province|region|state|district|park|stadium|palace|hill|hills|' +
    'coast|peninsula|canal|strait|straits|harbour|harbor|port|beach|lane|heights|' +
    // Named sites: grounds, prisons, places of worship (not `hotel`: `Hotel Rwanda` is a film; `Melbourne Cricket Ground`, `Belmarsh Prison`, `Anglican Cathedral`).
    'ground|prison|cathedral|temple|abbey|castle|mosque'
  ).split('|'),
  // (None: `in` takes places as its usual object.)
  weakLocationPrepositions: [],
  dativePrepositions: [],
  locationPrepositions: 'in|near|outside|across|city of|town of|village of|cities of|towns of|villages of|suburbs of|capital|throughout'.split('|'),
  notNames: (
    'mr|mrs|ms|dr|sir|internet|god|covid|covid-19|euro|euros|dollar|' +
    'dollars|pound|pounds|sterling|photo|video|exclusive|breaking|live|read|' +
    'update|updated|ok|tv|pdf|etc|ps|nb|i|a|oh|yes|no|' +
    'thanks|christmas|easter|ramadan|eid|north|south|east|west|government|' +
    'president|minister|prime minister|chancellor|secretary|state|today|yesterday|tomorrow|' +
    'according|so|if|when|while|before|since|earlier|later|neither|either|these|those|you|our|my|here|however|meanwhile|some|' +
    'many|most|all|both|each|every|other|another|such|what|why|how|where|although|though|because|despite|during|under|against|until|unless|whether|yet|still|even|only|just|now|then|thus|' +
    'instead|indeed|perhaps|once|among|between|within|without|through|including|' +
    'asked|speaking|like|unlike|no one|nobody|everyone|someone|democratic|' +
    'new|last|first|next|former|fellow|current|one|two|three|chief|general|' +
    'source|sources|copyright|twitter|facebook|instagram|youtube|tiktok|whatsapp|' +
    'oscar|oscars|golden globe|golden globes|grammy|grammys|emmy|' +
    'emmys|olympics|world cup|premiership|premier league|champions league|six nations|' +
    'european|western|eastern|northern|southern|democrat|republican|liberal|am|pm|ceo|cfo|coo|mp|mps|mep|meps|' +
    'muslim|muslims|jewish|nazi|nazis|olympic|olympian|olympians|latin|day|year|new year|open|games|awards|award|grand slam|cup|championship|championships|gmt|bst|utc|aids|hiv|catholic|islamic|arab|arabs|' +
    // Acronyms and products that name things, not entities (formats, devices, networks).
    'sms|id|hd|hdtv|adsl|dsl|mp3|gps|gprs|psp|dvd|cd|pc|usb|lcd|pvr|dab|ipod|wi-fi|wifi|3g|gsm|vat|gdp|bse|' +
    // Consoles, players and software a firm sells (`Sony's PS2`, `Microsoft Windows`, `Apple's iTunes`).
    'xbox|ps2|ps3|gamecube|itunes|walkman|windows|playstation|' +
    // A label opening a wire's footnote (`NOTE: Share adjusted for…`) and a time zone (`2400 EDT`).
    'note|edt'
  ).split('|'),
  commonAcronyms: (
    // (`an MRI scan`, `R&B singer`, `went AWOL`, `CGI effects`, `the PR fiasco`, `the AGM`, `LNG tankers`, `three-month LIBOR`, `the FTSE 100`.)
    'dna|rna|mri|gp|r&b|r&d|awol|cgi|vhs|hd-dvd|dvb-h|uwb|ofdm|drm|isp|voip|os|pda|mms|p2p|diy|it|ai|pr|dj|pal|ntsc|' +
    'cto|phd|mba|mbe|obe|cbe|qc|agm|egm|ipo|m&a|etf|eps|gnp|libor|lng|lpg|suv|hq|fob|cif|ufo|wmd|wwii|nft|vip|sos|mvp|var|ftse|' +
    'kb|mb|tb|mw|kw|mph|uv|url|html|seo|ux|sars|mrsa|ptsd|adhd|icu|atm|iq|faq|rpg|' +
    // (`the LGBTQ community`: a community, no body.)
    'lgbt|lgbtq|lgbtqi|lgbtqia|' +
    // (`programme a VCR`, `RSS aggregators`, `SIM cards`, `GCSE results`, `allowing FDI`, `digital terrestrial TV (DTT)`.)
    'vcr|vcrs|rss|sim|gcse|gcses|fdi|dtt|' +
    // Time zones (`4pm ET`, `10 a.m. EST`) and currency codes (ISO 4217) of the currencies news quotes.
    'est|et|cst|cdt|pst|pdt|mst|mdt|cet|usd|eur|gbp|jpy|chf|cny|rmb|xof|xaf|cad|aud|nzd|inr|rub|zar|ngn|hkd|sek|nok|dkk'
  ).split('|'),
  organizationNouns: 'housebuilder|lender|bank|organisation|organization|bookmaker|bookmakers|business|journal|developer|publisher|distributor|agency|daily|company|firm|group|insurer|retailer|carrier|airline|broadcaster|network|newspaper|paper|magazine|tabloid|website|studio|label|club|side|charity|chain|supermarket|giant|manufacturer|operator|provider|conglomerate|regulator|watchdog|subsidiary|outfit|maker|exchange|bourse|channel|movement|bloc|consultancy|brokerage|analysts|consultants|band|body|union|marque|beermaker|carmaker|automaker|chipmaker|drugmaker|think-tank|thinktank'.split('|'),
  organizationConnectors: 'for|on'.split('|'),
  workCues: 'show|series|programme|program|film|movie|song|album|single|book|novel|sitcom|drama|documentary|musical|opera|titled|entitled|hit|game|soap|comedy|thriller|format|drug|medicine|console|handset|blockbuster|biopic|sequel|prequel|remake|flick|track|tune|anthem|ballad|trilogy|cartoon|videogame'.split('|'),
  titleArticles: ['the'],
  thingNouns: 'processor|chip|drug|technology|format|console|handset|scan|standard|software|vaccine|series|tool|program|application|virus|protocol|podcast'.split('|'),
  workRoles: 'creator|co-creator|co-writer|screenwriter|actor|actress|co-star'.split('|'),
  listOpeners: 'such as|including|like'.split('|'),
  pluralEndings: 'ies=y|es=|s='.split('|'),
  workOpeners: 'starred in|starring in|starring role in|roles in|role in|performance in|cameo in|co-starred in'.split('|'),
  eventWords: 'cup|act|olympics|championship|championships|trophy|tournament|marathon|festival|awards|expo|summit|show|fair|eid|conference'.split('|'),
  fixtureWords: 'v|vs'.split('|'),
  numberedNames: 'radio|channel|formula|tv|five|league|bbc'.split('|'),
  placeJoiners: 'upon|on|under|super|sur|en|le|la|les'.split('|'),
  namePrefixes: ['co'],
  teamRoles: 'manager|boss|coach|prop|hooker|tight-head|loose-head|squad|fans|striker|goalkeeper|keeper|midfielder|defender|winger|skipper|fly-half|scrum-half|full-back|forward|wing|lock|flanker|centre-back|spokesman|spokeswoman|chairman|chief|founder|analyst|economist'.split('|'),
  memberRoles: 'leader|reporter|journalist|columnist|editor|correspondent|candidate|councillor|spokesman|spokeswoman|chairman|chief|analyst|economist|boss|manager|official|executive|president|peer|backbencher|whip|activist'.split('|'),
  matchVerbs: 'beat|beats|beating|thrashed|edged|hammered|trounced'.split('|'),
  placeRoles: 'mayor|governor|senator|congressman'.split('|'),
  nonPersonPronouns: 'its|which'.split('|'),
  // (`which` follows works, products and events as often as bodies: `the show, which`, `the W800, which`, `the Tsunami which`.)
  anyThingPronouns: ['which'],
  // (None: not measured in English, where a body's name often follows `a`, `a Labour MP`.)
  commonDeterminers: [],
  // (None: not measured; the English corpus names boxing bouts `X v Y` rarely.)
  duelWords: [],
  personPronouns: 'he|she|his|her|him|himself|herself'.split('|'),
  personAppositions: 'who|whose|whom|aged'.split('|'),
  employerPrepositions: 'at|with'.split('|'),
  companyEndings: 'inc|ltd|plc|llc|limited|incorporated'.split('|'),
  lawWords: ['bill'],
  stateAbbreviations: (
    'ala.|ariz.|ark.|calif.|colo.|conn.|del.|fla.|ga.|ill.|ind.|kan.|ky.|la.|mass.|md.|mich.|minn.|miss.|mo.|mont.|neb.|nev.|' +
    'n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|s.c.|s.d.|okla.|ore.|pa.|r.i.|tenn.|tex.|va.|vt.|wash.|wis.|wyo.|d.c.|b.c.|ont.|que.|alta.'
  ).split('|'),
  ownerParticles: [],
  // (None: English puts the kind before the noun, `news agency Fars`.)
  kindParticles: [],
  firmPossessions: 'shares|shareholders|stock|profit|profits|sales|revenue|revenues|earnings|turnover|subsidiary|subsidiaries|board'.split('|'),
  fixtureCues: 'at home to|away to|away at|draw with|drew with|draw against'.split('|'),
  listAdverbs: 'even|also'.split('|'),
  listConjunctions: ['or'],
  rivalWords: 'rival|rivals|arch-rival|arch-rivals'.split('|'),
  // (None: measured on English design data, `the Council`, `the Association` alone lost as many bodies as they removed errors.)
  genericBodies: [],
  // (None: English copy keeps the town a place beside its club, `Leeds United` … `kicks off in Leeds`; French sport copy writes the
  // town for the club, `formé à Strasbourg` beside `RC Strasbourg`.)
  clubWords: [],
  ownershipCues: 'stake in|stakes in|shares in|holding in|holdings in|acquire|acquired|acquiring|acquisition of|takeover of|merge with|merged with|merger with'.split('|'),
  ageUnits: ['years'],
  ageWords: ['aged'],
  // (Names of every origin: `Mario`/`Maria`. Compared folded, without accents: `René`/`Renée`.)
  genderLetters: 'a|e|i|o|u|y'.split('|'),
  pluralLetters: ['s'],
  nicknameCues: 'alias|nicknamed'.split('|'),
  openingWordEndings: 'ing|ly'.split('|'),
  sourceCues: (
    'according to|reported by|quoted by|cited by|told the|interview with the|writing in the|wrote in the|' +
    // Who made a survey or gave figures (`a survey by Earthlink`, `research by the TowerGroup`, `statistics gathered by Netcraft`).
    'survey by|surveys by|survey from|surveys from|study by|studies by|research by|research from|report by|' +
    'report from|figures from|data from|statistics from|estimates from|poll by|poll for|gathered by|' +
    'compiled by|carried out by|conducted by|commissioned by|published by'
  ).split('|'),
  kinRoles: 'brother|sister|son|daughter|father|mother|wife|husband|widow|cousin|uncle|aunt|nephew|niece|friend|girlfriend|boyfriend|fiancée|partner|grandson|granddaughter'.split('|'),
  givenNames,
  surnames,
  // The nations of the United Kingdom are countries too: `England coach` names no club. So are the two Germanys of
  // wire copy before 1990 (`West` alone is no name: `Eschborn, West Germany` was dropped, `and West Germany` cut to `Germany`).
  countries: [...countries, ...'England|Scotland|Wales|Northern Ireland|West Germany|East Germany'.split('|')],
  countryAliasesCased: [...new Set([...countryAliasesCased, ...(
    'U.S.=United States|Turkey=Türkiye|Cape Verde=Cabo Verde|East Timor=Timor-Leste|Macedonia=North Macedonia|U.S.A.=United States|America=United States|Britain=United Kingdom|' +
    'Great Britain=United Kingdom|U.K.=United Kingdom|Burkina=Burkina Faso|' +
    'Democratic Republic of Congo=DR Congo|Democratic Republic of the Congo=DR Congo|' +
    'Congo-Kinshasa=DR Congo|Guinea-Conakry=Guinea|Bosnia-Herzegovina=Bosnia and Herzegovina|Côte d\'Ivoire=Ivory Coast|Holland=Netherlands|' +
    'the Netherlands=Netherlands|Burma=Myanmar|Czech Republic=Czechia|Russian Federation=Russia|' +
    'Korea=South Korea|Swaziland=Eswatini|' +
    'Emirates=United Arab Emirates|Vatican=Vatican City|USSR=Soviet Union'
  ).split('|')])],
  demonymSuffixes: ['s'],
  // (`Londoners`, `Parisians`, `Bostonians`: plurals only; `the Permian` is a basin.)
  townDemonymEndings: ['ers', 'ians'],
  // (None: `GW Pharmaceuticals are` beside `GW Pharma` is one name.)
  gluedVerbEndings: [],
  // (None: English names the establishment first, `St Thomas' Hospital`.)
  namedEstablishmentNouns: [],
  demonymCountries: [...new Set([...demonymCountries, ...(
    'english=United Kingdom|scottish=United Kingdom|welsh=United Kingdom|european=European Union|' +
    'europeans=European Union|african=Africa|africans=Africa|asian=Asia|asians=Asia|' +
    'latin american=Latin America|arab=Arab League|soviet=Soviet Union|' +
    // Adjectives of a region (`the South American markets`, `Nordic operator Teliasonera`, `a Balkan oil pipeline`).
    'south american=South America|north american=North America|middle eastern=Middle East|scandinavian=Scandinavia|nordic=Scandinavia|balkan=Balkans|' +
    'saudi=Saudi Arabia|slovenian=Slovenia|slovakian=Slovakia|argentinian=Argentina|bosnian=Bosnia and Herzegovina|' +
    'kazakh=Kazakhstan|uzbek=Uzbekistan|tajik=Tajikistan|' +
    // Nouns for a person of a country (`the Briton`, `Britons`): no more a name than the adjective.
    'briton=United Kingdom|brit=United Kingdom|scot=United Kingdom|spaniard=Spain|kiwi=New Zealand|aussie=Australia|' +
    'dutchman=Netherlands|frenchman=France|irishman=Ireland|englishman=United Kingdom|welshman=United Kingdom'
  ).split('|')])],
  cities: [...new Set([...capitalCities, ...towns, ...(
    'Asia-Pacific|Asia Pacific|Western Europe|Eastern Europe|Central Europe|Southern Europe|Northern Europe|English Channel|Austria-Hungary|Alsace-Lorraine|Africa|Europe|Asia|Latin America|North America|South America|Middle East|' +
    'Sahel|Sahara|West Africa|East Africa|Scandinavia|Balkans|Caribbean|Gulf|' +
    'Mediterranean|Atlantic|Pacific|Britain|' +
    'Washington|Washington DC|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|' +
    'Bristol|Newcastle|Sheffield|Nottingham|Leicester|Southampton|Oxford|Cambridge|' +
    'Brighton|Hollywood|New York|New York City|Los Angeles|Chicago|San Francisco|Boston|Miami|' +
    'Houston|Dallas|Seattle|Atlanta|Detroit|Philadelphia|Las Vegas|Silicon Valley|' +
    'Wall Street|California|Texas|Florida|Toronto|Montreal|Vancouver|Sydney|' +
    'Melbourne|Mumbai|Bombay|Shanghai|Hong Kong|Istanbul|Frankfurt|Munich|Hamburg|' +
    'Milan|Barcelona|Geneva|Zurich|Marseille|Lyon|St Petersburg|Johannesburg|' +
    'Lagos|Casablanca|Dubai|Tel Aviv|Gaza|West Bank|Crimea|Kiev|' +
    'Darfur|Kashmir|Tibet|Chechnya|Kosovo|Basra|Fallujah|Mosul|' +
    'Aleppo|Kandahar|Davos|The Hague|Westminster|Whitehall|Downing Street|' +
    'Strasbourg|Salvador|Bahia|Sao Paulo|Rio de Janeiro|' +
    'Soviet Union|Yugoslavia|' +
    // US states (California, Texas, Florida and Washington above)
    'Alabama|Alaska|Arizona|Arkansas|Colorado|Connecticut|Delaware|Hawaii|Idaho|Illinois|' +
    'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|' +
    'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|' +
    'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
    'South Dakota|Tennessee|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|' +
    // Counties and regions of the United Kingdom (Durham, a city too, and provinces that name rugby sides, left out).
    'Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|' +
    'Dorset|County Durham|Essex|East Sussex|West Sussex|Sussex|Gloucestershire|Greater London|Greater Manchester|' +
    'Hampshire|Herefordshire|Hertfordshire|Isle of Wight|Kent|Lancashire|Leicestershire|Lincolnshire|Merseyside|' +
    'Norfolk|Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|' +
    'Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|Wiltshire|Worcestershire|Yorkshire|' +
    'North Yorkshire|South Yorkshire|West Yorkshire|East Yorkshire|North East|North West|South East|South West|' +
    'East Midlands|West Midlands|Midlands|East Anglia|Home Counties|Cotswolds|Lake District|Highlands|' +
    'Fife|Lothian|Strathclyde|Aberdeenshire|Lanarkshire|Ayrshire|Powys|Gwynedd|Gwent|Anglesey|' +
    'Antrim|Armagh|Tyrone|Fermanagh|South East Asia|South-East Asia|Southeast Asia|' +
    // Grounds and venues named alone (`keep Gerrard at Anfield`, `the Twickenham crowd`, `the right man for the Bernabeu`).
    'Anfield|Old Trafford|Highbury|Goodison|Goodison Park|Molineux|Twickenham|Murrayfield|Wembley|Hampden|Hampden Park|Ibrox|Parkhead|' +
    'Tynecastle|Pittodrie|Ravenhill|Kingsholm|Sixways|Headingley|Edgbaston|Bernabeu|Santiago Bernabeu|Nou Camp|Camp Nou|San Siro|' +
    'Stade de France|Roland Garros|Flushing Meadows|Melbourne Park|Carnegie Hall|Royal Albert Hall|Albert Hall|Aintree|Silverstone'
  ).split('|')])],
  // (`Cable firms ntl and Telewest`.)
  lowerCaseOrganizations: ['ntl'],
  // (`West Yorkshire police confirmed`, `the Metropolitan police`; not `UK police`, `British police`.)
  localBodyNouns: ['police'],
  // (`the Commons education select committee`; not `the ODPM committee`, `a Commons select committee`, nor a committee whose remit
  // words are no name's, `a Lib Dem policy committee`, `the Senate armed services committee`, which annotators leave to the body.)
  remitBodyNouns: ['select committee'],
  organizations: [...new Set([...(
    'Reuters|AFP|AP|Associated Press|Bloomberg|BBC|CNN|CBS|NBC|ABC|Fox News|' +
    'ITV|Sky|Channel 4|BBC Radio Five Live|Radio Five Live=BBC Radio Five Live|BBC Five Live=BBC Radio Five Live|Five Live=BBC Radio Five Live|UN|United Nations|Nato|EU|European Union|IMF|' +
    'World Bank|European Parliament|Scottish Parliament|WTO|WHO|Opec|Fifa|Uefa|IOC|Interpol|FBI|CIA|' +
    'NSA|Pentagon|Kremlin|White House|Congress|Senate|Labour|Conservatives|' +
    'Liberal Democrats|Google|Apple|Microsoft|Amazon|Facebook|Meta|Twitter|' +
    'IBM|Intel|Sony|Nintendo|Samsung|Nokia|Vodafone|Yahoo|eBay|Boeing|Airbus|' +
    'Shell|BP|Exxon|Toyota|Ford|General Motors|GM|Volkswagen|Fiat|' +
    'Fed|Federal Reserve|Bank of England|SEC|Nasdaq|Dow Jones|Arsenal|' +
    'Manchester United|Man Utd|BBC One|BBC Two|BBC Three|BBC Four|Liverpool FC|Real Madrid|Real Sociedad|Real Betis|Barcelona FC|Juventus|Ofcom|NHS|' +
    'Treasury|Home Office|Foreign Office|Democrats|Republicans|Tories=Conservatives|Tory=Conservatives|' +
    'Conservative=Conservatives|Conservative Party=Conservatives|Tory Party=Conservatives|Lib Dems=Liberal Democrats|Lib Dem=Liberal Democrats|Liberal Democrat=Liberal Democrats|' +
    // Polling firms, named alone (`the YouGov poll`), and devolved bodies.
    'YouGov|Mori|MORI=Mori|Ipsos|ICM|Populus|Gallup|ComRes|Scottish Executive|Welsh Assembly|Welsh Assembly Government|Northern Ireland Assembly|' +
    // Newspapers and magazines of Britain named without a cue (`told The Sun`, `writing in the Spectator`): a title that opens with
    // `The` is also known without it after an article (`bareOrganizations`); one word alone that is a common word (`Independent`,
    // `Mirror`, `Variety`) is left out.
    'The Sun|The Independent|Independent on Sunday|The Scotsman|The Spectator|The Observer|The Economist|Evening Standard|' +
    'London Evening Standard|Daily Mirror|Sunday Mirror|Daily Express|Sunday Express|Daily Star|Daily Record|Private Eye|New Statesman|' +
    // The film and television academy, named alone before its awards (`the Bafta film awards`).
    'British Academy of Film and Television Arts|British Academy of Film and Television=British Academy of Film and Television Arts|Bafta=British Academy of Film and Television Arts|' +
    // Groups of leading economies, named by their number (`the G7`, `G-7 finance ministers`).
    'Group of Seven|G7=Group of Seven|G-7=Group of Seven|Group of Eight|G8=Group of Eight|G-8=Group of Eight|Group of Five|G5=Group of Five|G-5=Group of Five|G20|G-20=G20|' +
    // Names whose `'s` is their own, not a possessive (`Moody's said`, `downgraded by Standard and Poor's`).
    'Moody\'s|Standard & Poor\'s|Standard and Poor\'s=Standard & Poor\'s|McDonald\'s|Wendy\'s|Lloyd\'s|Sotheby\'s|Christie\'s|Macy\'s|Harrah\'s'
  ).split('|'), ...learnedOrganizations, ...knownOrganizations])],
  nicknamesCased: (
    'Fed=Federal Reserve+US Federal Reserve+U.S. Federal Reserve|Gunners=Arsenal|Spurs=Tottenham+Tottenham Hotspur|Blues=Chelsea/Birmingham+Birmingham City/Everton|' +
    'Reds=Liverpool/Manchester United+Man Utd/Nottingham Forest|Red Devils=Manchester United+Man Utd|Toffees=Everton|' +
    'Magpies=Newcastle+Newcastle United|Hammers=West Ham+West Ham United|Saints=Southampton/Northampton|Foxes=Leicester+Leicester City|' +
    'Baggies=West Brom+West Bromwich Albion|Gers=Rangers|Bhoys=Celtic|Hoops=Celtic/Queens Park Rangers|Owls=Sheffield Wednesday|' +
    'Blades=Sheffield United|Nerazzurri=Inter Milan+Inter|Rossoneri=AC Milan|Bianconeri=Juventus'
  ).split('|'),
  // National teams' and clubs' nicknames (`the All Blacks`, `the Lions tour`, `the Cleveland Cavaliers`).
  teamNicknames: (
    'lions|all blacks|springboks|wallabies|pumas|super eagles|black stars|bafana bafana|' +
    'lakers|cavaliers|celtics|bulls|knicks|yankees|red sox|dodgers|tigers|sharks|dragons|ospreys|scarlets|quins'
  ).split('|'),
  // (`Ireland top Group B`, `Pool A`.)
  contestGroupWords: ['group', 'pool']
}
