import type {QuoteLexicon} from '../lexicon-quotes.js'

/** English attribution words. */
export const quotes: QuoteLexicon = {
  speechVerbs: [
    'accused', 'acknowledged', 'add', 'added', 'adds', 'admit', 'admits', 'admitted', 'agreed', 'alleged',
    'announced', 'answered', 'appealed', 'argue', 'argued', 'argues', 'asked', 'asserted', 'believed', 'believes',
    'blasted', 'boasted', 'called', 'cautioned', 'chuckled', 'claimed', 'commented', 'complained', 'conceded', 'concluded',
    'concurred', 'confided', 'confirmed', 'contended', 'continued', 'countered', 'criticised', 'criticized', 'declared', 'demanded',
    'denied', 'described', 'elaborated', 'emphasised', 'emphasized', 'estimated', 'exclaimed', 'explain', 'explained', 'explains',
    'forecast', 'grumbled', 'hailed', 'indicated', 'insist', 'insisted', 'insists', 'joked', 'lamented', 'laughed',
    'maintained', 'mentioned', 'murmured', 'muttered', 'noted', 'observed', 'pleaded', 'pledged', 'posted', 'praised',
    'predicted', 'promised', 'questioned', 'quipped', 'reasoned', 'recalled', 'reckoned', 'recounted', 'reflected', 'reiterated',
    'remarked', 'repeated', 'replied', 'reported', 'responded', 'retorted', 'revealed', 'said', 'say', 'saying',
    'says', 'screamed', 'shouted', 'sighed', 'signaled', 'signalled', 'slammed', 'speaking', 'spoke', 'spoken',
    'stated', 'stressed', 'suggested', 'tell', 'telling', 'tells', 'testified', 'think', 'thinks', 'thought',
    'told', 'tweeted', 'urged', 'vowed', 'warn', 'warned', 'warns', 'welcomed', 'whispered', 'wondered',
    'write', 'writes', 'written', 'wrote', 'yelled', 'referred', 'branded', 'labelled', 'labeled', 'dismissed',
    'claim', 'claims', 'condemned', 'condemns', 'denounced'
  ],
  auxiliaries: [
    'has', 'have', 'had', 'having', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could',
    'should', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'already', 'then', 'later', 'further',
    'again', 'once', 'previously', 'recently', 'earlier', 'simply', 'just', 'even', 'alleged', 'reported',
    'reportedly', 'said', 'understood', 'to', 'not', 'never', 'now', 'has since', 'since', 'still', 'too',
    'however', 'repeatedly', 'publicly', 'privately', 'bluntly', 'flatly', 'firmly', 'clearly', 'yesterday',
    'today', 'last', 'week', 'night', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday', 'afterwards', 'subsequently'
  ],
  subjectPronouns: ['he', 'she', 'they', 'it', 'we'],
  reflexivePrefixes: [],
  organizationPronouns: ['it'],
  personOrOrganizationPronouns: ['she'],
  pluralPronouns: ['they'],
  unboundPronouns: ['we'],
  definiteArticles: ['the'],
  demonstrativePronouns: ['the latter'],
  pluralDemonstratives: ['the latter two'],
  masculineWords: ['he', 'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'baron', 'earl'],
  feminineWords: ['she', 'ms', 'mrs', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness'],
  masculineDeterminers: [],
  feminineDeterminers: [],
  cuePhrases: ['according to', 'in the words of', 'quoting', 'quoted by', 'as quoted by'],
  determiners: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my',
    'every', 'each', 'some', 'any', 'no', 'of', 'for', 'in', 'with'
  ],
  speakerRoles: [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness',
    'baron', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'sheikh',
    'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'admiral', 'sgt',
    'sergeant', 'president', 'vice', 'vice-president', 'deputy', 'prime', 'minister', 'prime minister',
    'chancellor', 'secretary', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
    'governor', 'gov', 'mayor', 'judge', 'justice', 'ambassador', 'king', 'queen', 'prince', 'princess', 'duke',
    'duchess', 'chief', 'inspector', 'detective', 'officer', 'coach', 'manager', 'chairman', 'chairwoman',
    'chair', 'chief executive', 'executive', 'ceo', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
    'adviser', 'advisor', 'head', 'boss', 'founder', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'player', 'skipper', 'journalist', 'reporter', 'correspondent', 'editor', 'analyst', 'economist', 'lawyer',
    'attorney', 'prosecutor', 'mp', 'mep', 'msp', 'am', 'commissioner', 'singer', 'actor', 'actress', 'star',
    'artist', 'writer', 'author', 'producer', 'presenter', 'host', 'comedian', 'leader', 'candidate',
    'researcher', 'expert', 'general secretary', 'secretary general', 'shadow', 'foreign', 'home', 'health',
    'defence', 'defense', 'trade', 'culture', 'finance', 'economy', 'sports', 'sport', 'education',
    'environment', 'opposition', 'party', 'union', 'labour', 'tory', 'conservative', 'liberal', 'democrat',
    'republican', 'veteran', 'champion', 'boxer', 'driver', 'rider', 'runner', 'sprinter', 'athlete',
    'midfield', 'owner', 'chairperson', 'doctor', 'nurse', 'official', 'staff', 'winger', 'forward', 'keeper',
    'full-back', 'fly-half', 'scrum-half', 'centre', 'prop', 'hooker', 'flanker', 'batsman', 'bowler', 'golfer',
    'worker', 'negotiator', 'counsel', 'critic', 'biographer', 'physio', 'organiser', 'organizer', 'consultant',
    'frontbencher', 'peer'
  ],
  indefiniteDeterminers: ['a', 'an', 'another', 'one'],
  voiceRoles: ['statement', 'spokesman', 'spokeswoman', 'spokesperson', 'representative'],
  genericRoles: ['lawmaker', 'star'],
  roleQualifiers: ['shadow', 'deputy', 'vice', 'former', 'assistant', 'junior'],
  prepositions: ['of', 'from', 'at', 'in', 'on', 'to', 'into', 'for', 'with', 'by', 'about', 'near', 'across', 'over'],
  qualifierSuffixes: [
    'ing', 'ed', 'ous', 'ful', 'ive', 'al', 'ic', 'able', 'ible', 'less', 'ish', 'ary', 'ent', 'ant', 'est', 'ier'
  ],
  inversionWords: ['as', 'so'],
  clauseWords: ['that', 'how', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'whether', 'if', 'because', 'while'],
  relativePronouns: ['who', 'whose', 'which'],
  agentSuffixes: ['ist', 'ian', '-year-old'],
  agentExceptions: ['guardian', 'custodian'],
  personNouns: [
    'spaniard', 'scot', 'briton', 'brit', 'swede', 'dane', 'finn', 'pole', 'kiwi', 'aussie', 'dutchman', 'dutchwoman',
    'frenchman', 'frenchwoman', 'irishman', 'irishwoman', 'englishman', 'englishwoman', 'welshman', 'welshwoman',
    'scotsman', 'scotswoman', 'yorkshireman', 'cornishman', 'ulsterman'
  ],
  organizationNouns: [
    'the company', 'the firm', 'the group', 'the bank', 'the club', 'the party', 'the ministry', 'the department',
    'the government', 'the agency', 'the organisation', 'the organization', 'the union', 'the association',
    'the federation', 'the board', 'the council', 'the retailer', 'the airline', 'the carrier', 'the network',
    'the broadcaster', 'the publisher', 'the manufacturer', 'the operator', 'the regulator', 'the body',
    'the charity', 'the store', 'the team', 'the studio', 'the release', 'the office', 'the bureau',
    'the committee', 'the commission', 'the institute', 'the watchdog'
  ],
  notQuoteBefore: [
    'term', 'terms', 'word', 'words', 'phrase', 'so-called', 'dubbed', 'nicknamed', 'nickname', 'codenamed',
    'titled', 'entitled', 'named', 'film', 'movie', 'book', 'novel', 'album', 'song', 'single', 'track', 'series',
    'show', 'programme', 'program', 'operation', 'project', 'slogan', 'hashtag', 'motto', 'brand', 'label',
    'title', 'game', 'play', 'musical', 'sitcom', 'drama', 'documentary', 'initiative', 'scheme', 'campaign',
    'festival', 'concept', 'known as', 'terms like', 'words like', 'terms such as', 'words such as', 'buzzwords'
  ],
  titledNouns: [
    'film', 'movie', 'book', 'novel', 'album', 'song', 'single', 'track', 'series', 'show', 'programme', 'program',
    'operation', 'project', 'game', 'play', 'musical', 'sitcom', 'drama', 'documentary', 'initiative', 'scheme',
    'campaign', 'festival'
  ],
  headlineVerbs: ['headlined', 'headlines', 'splashed'],
  agentMarkers: ['by'],
  objectPronouns: [],
  addresseeVerbs: ['told', 'tells', 'tell', 'telling'],
  quotingVerbs: ['quoted', 'quotes', 'cited'],
  findingVerbs: ['suggests', 'suggest', 'suggested', 'found', 'finds', 'shows', 'showed', 'shown'],
  findingNouns: ['report', 'study', 'survey', 'poll', 'research', 'review', 'analysis', 'findings', 'figures'],
  readerParticiples: ['seen', 'reviewed', 'obtained', 'viewed', 'examined', 'read'],
  objectVerbs: [
    'describe', 'describes', 'described', 'describing', 'call', 'calls', 'called', 'calling', 'hail', 'hails', 'hailed',
    'hailing', 'condemn', 'condemns', 'condemned', 'condemning', 'express', 'expresses', 'expressed', 'expressing',
    'praise', 'praises', 'praised', 'praising', 'welcome', 'welcomes', 'welcomed', 'welcoming', 'brand', 'brands',
    'branded', 'branding', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'dismiss', 'dismisses',
    'dismissed', 'dismissing', 'denounce', 'denounces', 'denounced', 'denouncing', 'criticise', 'criticises',
    'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing', 'slam', 'slams', 'slammed',
    'slamming', 'blast', 'blasts', 'blasted', 'blasting', 'attack', 'attacks', 'attacked', 'attacking', 'accuse',
    'accuses', 'accused', 'accusing', 'defend', 'defends', 'defended', 'defending', 'decry', 'decries', 'decried',
    'decrying', 'deplore', 'deplores', 'deplored', 'deploring', 'voice', 'voices', 'voiced', 'voicing', 'promise',
    'promises', 'promised', 'promising', 'pledge', 'pledges', 'pledged', 'pledging', 'vow', 'vows', 'vowed', 'vowing'
  ],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'jr',
    'sr', 'no', 'vs', 'inc', 'co', 'corp', 'ltd', 'mt', 'ft', 'approx', 'etc', 'jan', 'feb', 'aug', 'sept',
    'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e'
  ],
  quotePairs: ['“”', '""', '‘’', '\'\'', '„“', '«»', '‹›'],
  fallbackQuotePairs: ['«”', '“»'],
  headlineGistPairs: ['‘’', '\'\''],
  genitiveEndings: ["'s", '’s', "s'", 's’'],
  sharedSubjectMarkers: ['before', 'while', 'after'],
  participleEndings: ['ing'],
  sourcePrepositions: ['for'],
  inversionMarks: [],
  sentenceConnectors: ['and', 'but', 'yet', 'so', 'however', 'meanwhile', 'now', 'still', 'instead', 'nevertheless'],
  coordinators: ['and', 'or']
}
