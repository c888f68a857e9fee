import type {EntityLexicon} from '../lexicon-entities.js'
import {givenNames} from '../given-names.js'
import {capitalCities, countries, countryAliasesCased, demonymCountries} from './entities-places.js'

/** English entity cue words and gazetteers. */
export const entities: EntityLexicon = {
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness',
    'baron', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'imam',
    'sheikh', 'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain',
    'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'president', 'vice president',
    'prime minister', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'representative',
    'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'king',
    'queen', 'emperor', 'empress', 'prince', 'princess', 'duke', 'duchess', 'earl', 'chief', 'inspector', 'detective', 'det',
    'officer', 'coach', 'chairman', 'mp', 'mep', 'msp', 'mla', 'dj'
  ],
  roleWords: [
    'minister', 'president', 'chairman', 'chairwoman', 'chair', 'chief executive', 'executive', 'ceo',
    'director', 'director general', 'secretary', 'secretary general', 'spokesman', 'spokeswoman',
    'spokesperson', 'adviser', 'advisor', 'head', 'boss', 'founder', 'manager', 'coach', 'striker',
    'midfielder', 'defender', 'goalkeeper', 'player', 'captain', 'winger', 'forward', 'journalist',
    'reporter', 'correspondent', 'editor', 'analyst', 'economist', 'lawyer', 'attorney', 'judge', 'prosecutor',
    'mp', 'mep', 'senator', 'mayor', 'governor', 'ambassador', 'commissioner', 'singer', 'actor', 'actress',
    'star', 'artist', 'writer', 'author', 'producer', 'presenter', 'broadcaster', 'host', 'comedian', 'leader',
    'candidate', 'chancellor', 'shadow chancellor', 'officer', 'researcher', 'professor', 'expert',
    'administrator', 'inspector general', 'prime minister', 'deputy prime minister', 'deputy', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'counterpart',
    'champion', 'rapper', 'musician', 'driver', 'rider', 'runner', 'boxer', 'fly-half', 'full-back',
    'centre', 'prop', 'hooker', 'scrum-half', 'batsman', 'bowler', 'skipper', 'veteran', 'rival', 'chief',
    'dancer', 'model', 'designer', 'guitarist', 'drummer', 'bassist', 'frontman', 'playwright', 'film-maker', 'dj',
    'sprinter', 'referee', 'qc', 'obe'
  ],
  roleConnectors: ['of', 'for', 'the', 'and', 'at', 'in', 'on', 'to'],
  portfolioHeads: ['minister', 'ministry', 'ministers', 'secretary', 'department', 'secretaries', 'portfolio'],
  particles: ['of', 'the', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'do', 'dos', 'del', 'della', 'van', 'von', 'der', 'den', 'ben', 'bin', 'ibn', 'al', 'el', 'y'],
  elisions: ['d\'', 'l\''],
  possessive: '\'s',
  articles: ['the'],
  organizationCues: [
    'ministry', 'department', 'university', 'college', 'school', 'institute', 'academy', 'agency', 'bank',
    'force', 'forces', 'army', 'navy', 'alliance', 'assembly', 'council', 'party', 'union', 'commission',
    'federation', 'committee', 'company', 'corporation', 'corp', 'co', 'inc', 'ltd', 'plc', 'llc', 'group',
    'holdings', 'association', 'foundation', 'organisation', 'organization', 'office', 'authority', 'court',
    'tribunal', 'board', 'bureau', 'service', 'services', 'trust', 'society', 'club', 'fc', 'united',
    'city', 'rovers', 'athletic', 'wanderers', 'airlines', 'airways', 'motors', 'industries', 'systems',
    'technologies', 'networks', 'communications', 'telecom', 'energy', 'oil', 'petroleum', 'pharmaceuticals',
    'media', 'news', 'times', 'post', 'journal', 'herald', 'telegraph', 'guardian', 'gazette', 'daily',
    'magazine', 'radio', 'television', 'tv', 'studios', 'pictures', 'records', 'entertainment', 'church',
    'hospital', 'police', 'parliament', 'congress', 'senate', 'government', 'movement', 'front', 'coalition',
    'league', 'fund', 'programme', 'program', 'centre', 'center', 'exchange', 'reserve', 'treasury',
    'commons', 'lords', 'cabinet', 'administration', 'capital', 'partners', 'securities', 'investments',
    'investment', 'finance', 'financial', 'insurance', 'airport authority', 'brewery', 'stores', 'mail',
    'yard', 'house', 'studio', 'games', 'labs', 'software', 'electronics', 'mobile', 'wireless', 'online',
    'institution', 'orchestra', 'team', 'campaign', 'international', 'stade'
  ],
  postAdjectiveEndings: ['general'],
  organizationHeads: [
    'ministry', 'department', 'university', 'institute', 'academy', 'bank', 'council', 'commission',
    'federation', 'committee', 'association', 'foundation', 'organisation', 'organization', 'office',
    'authority', 'court', 'board', 'bureau', 'society', 'union', 'league', 'fund', 'house', 'college', 'center',
    'centre', 'school', 'agency', 'party', 'museum', 'church', 'hospital', 'campaign'
  ],
  locationCues: [
    'building', 'tower', 'street', 'avenue', 'road', 'square', 'bridge', 'lake', 'river', 'mount', 'mountains', 'sea', 'ocean',
    'gulf', 'island', 'islands', 'bay', 'cape', 'valley', 'desert', 'forest', 'airport', 'station',
    'county', 'province', 'region', 'state', 'district', 'park', 'stadium', 'palace', 'hill', 'hills',
    'coast', 'peninsula', 'canal', 'strait', 'straits', 'harbour', 'harbor', 'port', 'beach', 'lane', 'heights'
  ],
  locationPrepositions: ['in', 'near', 'outside', 'across', 'city of', 'town of', 'village of', 'capital', 'throughout'],
  notNames: [
    'mr', 'mrs', 'ms', 'dr', 'sir', 'internet', 'god', 'covid', 'covid-19', 'euro', 'euros', 'dollar',
    'dollars', 'pound', 'pounds', 'sterling', 'photo', 'video', 'exclusive', 'breaking', 'live', 'read',
    'update', 'updated', 'ok', 'tv', 'pdf', 'etc', 'ps', 'nb', 'i', 'a', 'oh', 'yes', 'no',
    'thanks', 'christmas', 'easter', 'ramadan', 'eid', 'north', 'south', 'east', 'west', 'government',
    'president', 'minister', 'prime minister', 'chancellor', 'secretary', 'state', 'parliament',     'today', 'yesterday', 'tomorrow',
    'according', 'so', 'if', 'when', 'while', 'before', 'since',     'these', 'those',     'you', 'our', 'my', 'here', 'however', 'meanwhile', 'some',
    'many', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'what',     'why', 'how', 'where', 'although', 'though', 'because', 'despite', 'during', 'under',     'against', 'until', 'unless', 'whether', 'yet', 'still', 'even', 'only', 'just', 'now', 'then', 'thus',
    'instead', 'indeed', 'perhaps', 'once', 'among', 'between', 'within', 'without', 'through', 'including',
    'asked', 'speaking', 'like', 'unlike', 'no one', 'nobody', 'everyone', 'someone', 'democratic',
    'new', 'last', 'first', 'next', 'one', 'two', 'three', 'chief', 'general',
    'source', 'sources', 'copyright', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'whatsapp',
    'oscar', 'oscars', 'golden globe', 'golden globes', 'grammy', 'grammys', 'emmy',
    'emmys', 'olympics', 'world cup', 'premiership', 'premier league', 'champions league', 'six nations',
    'european', 'western', 'eastern', 'northern', 'southern', 'democrat', 'republican', 'liberal', 'am', 'pm', 'ceo', 'cfo', 'coo', 'mp', 'mps', 'mep', 'meps',
    'muslim', 'muslims', 'jewish', 'day', 'year', 'new year', 'open', 'games', 'awards', 'award', 'grand slam', 'cup', 'championship', 'championships', 'gmt', 'bst', 'utc', 'aids', 'hiv', 'catholic', 'islamic', 'arab', 'arabs',
    // Acronyms and products that name things, not entities (formats, devices, networks).
    'sms', 'id', 'hd', 'hdtv', 'adsl', 'dsl', 'mp3', 'gps', 'gprs', 'psp', 'dvd', 'cd', 'pc', 'usb', 'lcd', 'pvr', 'dab', 'ipod', 'wi-fi', 'wifi', '3g', 'gsm', 'vat', 'gdp'
  ],
  organizationNouns: ['housebuilder', 'lender', 'bank', 'company', 'firm', 'group', 'insurer', 'retailer', 'carrier', 'airline', 'broadcaster', 'network', 'newspaper', 'paper', 'magazine', 'tabloid', 'website', 'studio', 'label', 'club', 'side', 'charity', 'chain', 'supermarket', 'giant', 'manufacturer', 'operator', 'provider', 'conglomerate', 'regulator', 'watchdog', 'subsidiary', 'outfit', 'maker', 'exchange', 'bourse', 'channel', 'movement', 'bloc'],
  organizationConnectors: ['for', 'on'],
  workCues: ['show', 'series', 'programme', 'program', 'film', 'movie', 'song', 'album', 'single', 'book', 'novel', 'sitcom', 'drama', 'documentary', 'musical', 'opera', 'titled', 'entitled', 'hit', 'game', 'soap', 'comedy', 'thriller', 'format'],
  eventWords: ['cup', 'olympics', 'championship', 'championships', 'trophy', 'tournament', 'marathon', 'festival', 'awards', 'expo', 'summit', 'show', 'fair'],
  fixtureWords: ['v', 'vs'],
  numberedNames: ['radio', 'channel', 'formula', 'tv', 'five', 'league'],
  placeJoiners: ['upon', 'on', 'under', 'super', 'sur', 'en', 'le', 'la', 'les'],
  teamRoles: ['manager', 'boss', 'coach', 'prop', 'hooker', 'tight-head', 'loose-head', 'squad', 'fans', 'striker', 'goalkeeper', 'keeper', 'midfielder', 'defender', 'winger', 'skipper', 'fly-half', 'scrum-half', 'full-back', 'forward', 'wing', 'lock', 'flanker', 'centre-back', 'spokesman', 'spokeswoman', 'chairman', 'chief', 'founder', 'analyst', 'economist'],
  placeRoles: ['mayor', 'governor', 'senator', 'congressman'],
  nonPersonPronouns: ['its', 'which'],
  kinRoles: ['brother', 'sister', 'son', 'daughter', 'father', 'mother', 'wife', 'husband', 'widow', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'friend', 'girlfriend', 'boyfriend', 'fiancée', 'partner', 'grandson', 'granddaughter'],
  givenNames,
  countries,
  countryAliasesCased: [
    ...countryAliasesCased,
    'U.S.=United States', 'Turkey=Türkiye', 'Cape Verde=Cabo Verde', 'East Timor=Timor-Leste', 'Macedonia=North Macedonia', 'U.S.A.=United States', 'America=United States', 'Britain=United Kingdom',
    'Great Britain=United Kingdom', 'U.K.=United Kingdom', 'England=United Kingdom', 'Burkina=Burkina Faso',
    'Democratic Republic of Congo=DR Congo', 'Democratic Republic of the Congo=DR Congo',
    'Congo-Kinshasa=DR Congo', 'Côte d\'Ivoire=Ivory Coast', 'Cote d\'Ivoire=Ivory Coast', 'Holland=Netherlands',
    'the Netherlands=Netherlands', 'Burma=Myanmar', 'Czech Republic=Czechia', 'Russian Federation=Russia',
    'Korea=South Korea', 'Swaziland=Eswatini', 'UAE=United Arab Emirates',
    'Emirates=United Arab Emirates', 'Vatican=Vatican City', 'USSR=Soviet Union'
  ].filter((x, i, a) => a.indexOf(x) === i),
  demonymSuffixes: ['s'],
  demonymCountries: [
    ...demonymCountries,
    'english=United Kingdom', 'scottish=United Kingdom', 'welsh=United Kingdom', 'european=European Union',
    'europeans=European Union', 'african=Africa', 'africans=Africa', 'asian=Asia', 'asians=Asia',
    'latin american=Latin America', 'arab=Arab League', 'soviet=Soviet Union'
  ].filter((x, i, a) => a.indexOf(x) === i),
  cities: [
    ...capitalCities,
    'Africa', 'Europe', 'Asia', 'Latin America', 'North America', 'South America', 'Middle East',
    'Sahel', 'Sahara', 'West Africa', 'East Africa', 'Scandinavia', 'Balkans', 'Caribbean', 'Gulf',
    'Mediterranean', 'Atlantic', 'Pacific', 'Scotland', 'Wales', 'Northern Ireland', 'England', 'Britain',
    'Washington', 'Manchester', 'Liverpool', 'Birmingham', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast',
    'Bristol', 'Newcastle', 'Sheffield', 'Nottingham', 'Leicester', 'Southampton', 'Oxford', 'Cambridge',
    'Brighton', 'Hollywood', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Boston', 'Miami',
    'Houston', 'Dallas', 'Seattle', 'Atlanta', 'Detroit', 'Philadelphia', 'Las Vegas', 'Silicon Valley',
    'Wall Street', 'California', 'Texas', 'Florida', 'Toronto', 'Montreal', 'Vancouver', 'Sydney',
    'Melbourne', 'Mumbai', 'Bombay', 'Shanghai', 'Hong Kong', 'Istanbul', 'Frankfurt', 'Munich', 'Hamburg',
    'Milan', 'Barcelona', 'Geneva', 'Zurich', 'Marseille', 'Lyon', 'St Petersburg', 'Johannesburg',
    'Cape Town', 'Lagos', 'Casablanca', 'Dubai', 'Gaza', 'West Bank', 'Jerusalem', 'Crimea', 'Kiev', 'Kyiv',
    'Darfur', 'Kashmir', 'Tibet', 'Chechnya', 'Kosovo', 'Baghdad', 'Tehran', 'Basra', 'Fallujah', 'Mosul',
    'Aleppo', 'Kandahar', 'Kabul', 'Davos', 'Westminster', 'Whitehall', 'Downing Street', 'Brussels',
    'Strasbourg', 'Salvador', 'Bahia', 'Sao Paulo', 'Rio de Janeiro', 'Buenos Aires',
    'Soviet Union', 'Yugoslavia'
  ].filter((x, i, a) => a.indexOf(x) === i),
  organizations: [
    'Reuters', 'AFP', 'AP', 'Associated Press', 'Bloomberg', 'BBC', 'CNN', 'CBS', 'NBC', 'ABC', 'Fox News',
    'ITV', 'Sky', 'Channel 4', 'UN', 'United Nations', 'NATO', 'Nato', 'EU', 'European Union', 'IMF',
    'World Bank', 'WTO', 'WHO', 'OPEC', 'Opec', 'FIFA', 'Fifa', 'UEFA', 'Uefa', 'IOC', 'Interpol', 'FBI', 'CIA',
    'NSA', 'Pentagon', 'Kremlin', 'White House', 'Congress', 'Senate', 'Labour', 'Conservatives',
    'Liberal Democrats', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Twitter',
    'IBM', 'Intel', 'Sony', 'Nintendo', 'Samsung', 'Nokia', 'Vodafone', 'Yahoo', 'eBay', 'Boeing', 'Airbus',
    'Shell', 'BP', 'Exxon', 'Toyota', 'Ford', 'General Motors', 'GM', 'Volkswagen', 'Fiat',
    'Fed', 'Federal Reserve', 'Bank of England', 'SEC', 'FTSE', 'Nasdaq', 'Dow Jones', 'Arsenal',
    'Manchester United', 'Man Utd', 'BBC One', 'BBC Two', 'BBC Three', 'BBC Four', 'Liverpool FC', 'Real Madrid', 'Barcelona FC', 'Juventus', 'Ofcom', 'NHS',
    'Treasury', 'Home Office', 'Foreign Office', 'Democrats', 'Republicans', 'Tories=Conservatives', 'Tory=Conservatives',
    'Conservative=Conservatives', 'Lib Dems=Liberal Democrats'
  ].filter((x, i, a) => a.indexOf(x) === i)
}
