import {feminineGivenNames, unisexGivenNames} from '../given-names.js'
import type {QuoteLexicon} from '../lexicon-quotes.js'

/**
 * Regular verbs in -er used in attributions, by stem (`déclar`). Each gives
 * the forms of `firstGroup`; the list is built once, when first read (not
 * when the module loads: importing the package stays cheap).
 */
const FIRST_GROUP =
  'accus affirm ajout alert analys annonc appel argument assur avanc avou clam comment concéd condamn ' +
  'confess confirm confi considér constat contest continu critiqu demand déclar dénonc déplor détaill ' +
  'emport enchaîn espér estim exclam exhort exig expliqu fustig félicit gliss implor indign indiqu ' +
  'inform inquiét insist interrog ironis jug jur justifi lanc lâch martel menac mentionn ni not nuanc ' +
  'object observ plaid plaisant proclam protest précis qualifi racont raisonn rappel rapport rassur ' +
  'regrett relev réclam réfut répliqu répét résum rétorqu révél salu signal souffl soulign suppli ' +
  'tempér tonn tranch tweet témoign évoqu relat remarqu raill murmur rigol amus réitér questionn pest cingl ' +
  'énumér tanc soupir relativis minimis décrypt pronostiqu clarifi rectifi fulmin chuchot recadr sermonn ' +
  'dédramatis jubil exult insinu twitt vitupér assén grinc taquin scand'

/** Other speech verbs, every form written out (`dit`, `disait`, `a-t-il dit` reads `dit`). */
const OTHER_FORMS =
  'admet admettaient admettait admettent admis admit averti avertissaient avertissait avertissent dite ' +
  'avertit conclu concluaient concluait concluent conclut disaient disait disent dit décrit décrivaient ' +
  'décrivait décrivent décrivit défend défendaient défendait défendent défendit défendu dément démentaient ' +
  'démentait démentent démenti démentit interrompaient interrompait interrompent interrompit interrompt ' +
  'interrompu lisent maintenaient maintenait maintenu maintiennent maintient maintint poursuit ' +
  'poursuivaient poursuivait poursuivent poursuivi poursuivit promet promettaient promettait promettent ' +
  'promis promit prédisaient prédisait prédisent prédit prévenaient prévenait prévenu préviennent ' +
  'prévient prévint reconnaissaient reconnaissait reconnaissent reconnaît reconnu reconnut redisaient ' +
  'redisait redisent redit reprenaient reprenait reprend reprennent repris reprit réagi réagissaient ' +
  'réagissait réagissent réagit réjoui réjouissaient réjouissait réjouissent réjouit répond répondaient ' +
  'répondait répondent répondit répondu souri souriaient souriait sourient sourit soutenaient soutenait ' +
  'soutiennent soutient soutint écrit écrivaient écrivait écrivent écrivit renchéri renchérissaient ' +
  'renchérissait renchérissent renchérit abonde abondent abondait abondaient abondé rebondi ' +
  'rebondissaient rebondissait rebondissent rebondit prétend prétendaient prétendait prétendent s\'émeut ' +
  's’émeut s\'émouvait s’émouvait'

/** Stems whose consonant doubles in the present (`appelle`). */
const DOUBLING = new Set(['appel', 'rappel'])

/**
 * The forms of a regular -er verb used in attributions: simple past,
 * imperfect and present participle (`déclara`, `déclaraient`, `déclarait`,
 * `déclarant`, with `ç` and `ge` before `a`: `annonça`, `jugea`), present
 * (`déclare`, `déclarent`, also with `è`: `considère`, `relève`), future and
 * conditional, and the past participles (`déclaré`, `déclarée`, `déclarés`).
 */
function firstGroup(stem: string): string[] {
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem
  const out = [soft + 'a', soft + 'aient', soft + 'ait', soft + 'ant', stem + 'era', stem + 'erait', stem + 'èrent', stem + 'é', stem + 'ée', stem + 'és']
  if (DOUBLING.has(stem)) return [...out, stem + stem.slice(-1) + 'e', stem + stem.slice(-1) + 'ent']
  out.push(stem + 'e', stem + 'ent')
  const grave = stem.replace(/(?<![aeiouyéè])[eé]([^aeiouyéèêëîï])$/u, 'è$1')
  if (grave !== stem) out.push(grave + 'e', grave + 'ent')
  return out
}

/**
 * Regular -er verbs whose reflexive forms attribute words (`», s’agace X`,
 * `s'insurge-t-elle`, `se lamente X`): the forms of `firstGroup` but the
 * participle in -ant (`étonnant` says nothing of speech), glued to `s'`/`s’`
 * for a stem opening with a vowel (the tokenizer reads `s’agace` as one word;
 * `se` is an auxiliary).
 */
const REFLEXIVE = 'agac étonn insurg inquiét interrog emport énerv enthousiasm exclam offusqu esclaff étrangl indign alarm lament désol écri'

/** The reflexive forms of a `REFLEXIVE` stem (`s'agace`, `s’inquiète`, `lamente`), past participles bare (`s’est agacé`). */
function reflexive(stem: string): string[] {
  // `inquiét` → `s’inquiète`: the grave accent `firstGroup` leaves out after a vowel.
  const grave = stem.replace(/é([^aeiouyéèêëîï])$/u, 'è$1')
  const forms = [...firstGroup(stem), ...(grave === stem ? [] : [grave + 'e', grave + 'ent'])].filter((x) => !x.endsWith('ant'))
  if (!/^[aeiouyéèêh]/u.test(stem)) return forms
  const participle = (x: string) => /^[éè]e?s?$/u.test(x.slice(stem.length))
  return forms.flatMap((x) => (participle(x) ? [x] : ["s'" + x, 's’' + x]))
}

/** Every speech-verb form, without duplicates. */
function speechVerbs(): string[] {
  return [...new Set([...FIRST_GROUP.split(' ').flatMap(firstGroup), ...OTHER_FORMS.split(' '), ...REFLEXIVE.split(' ').flatMap(reflexive)])]
}

/**
 * Regular -er verbs whose object may be someone's words (`salue un « … »`,
 * `exprime sa « … »`, `parle d’une « … »`), by stem: the forms of
 * `firstGroup` and the infinitive.
 */
const OBJECT_FIRST_GROUP =
  'salu exprim dénonc déplor fustig qualifi évoqu condamn regrett critiqu vant célébr félicit réclam prôn ' +
  'manifest parl accus reproch point plaid ironis stigmatis exig revendiqu tacl raill appel'

/** Other verbs whose object may be someone's words, every form written out (`soutenu`, `défendre`, `décrivant`). */
const OBJECT_OTHER_FORMS =
  'soutenir soutient soutiennent soutenu soutenue soutenait soutenaient soutenant soutint défendre défend ' +
  'défendent défendu défendue défendait défendaient défendant décrire décrit décrite décrivent décrivait ' +
  'décrivaient décrivant promettre promet promettent promis promise promettait promettaient promettant'

/** Every form of a verb whose object may be someone's words, without duplicates. */
function objectVerbs(): string[] {
  return [...new Set([...OBJECT_FIRST_GROUP.split(' ').flatMap((stem) => [...firstGroup(stem), stem + 'er']), ...OBJECT_OTHER_FORMS.split(' ')])]
}

let objects: readonly string[] | undefined

let verbs: readonly string[] | undefined

/** French attribution words. */
export const quotes: QuoteLexicon = {
  /** Built on first read (`speechVerbs()`), then kept. */
  get speechVerbs() {
    return (verbs ??= speechVerbs())
  },
  /** Built on first read (`objectVerbs()`), then kept. */
  get objectVerbs() {
    return (objects ??= objectVerbs())
  },
  passiveAuxiliaries: ['est', 'sont', 'été', 'était', 'étaient', 'être', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient'],
  auxiliaries: [
    'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'eu', 'été', 'est', 'sont',
    'était', 'va', 'vont', 'venait', 'vient', 'de', 'aussi', 'également', 'encore', 'déjà', 'ensuite', 'alors',
    'pour', 'sa', 'part', 'lui', 'leur', 'ainsi', 'toutefois', 'pourtant', 'notamment', 'plus', 'tard', 'enfin',
    'ne', 'pas', 'se', 's\'est', 's’est', 'elle-même', 'lui-même', 'même', 'récemment', 'hier', 'samedi',
    'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'par', 'ailleurs', 'clairement',
    'simplement', 'surtout', 'bien', 'fermement', 'publiquement', 'volontiers', 'souvent', 'toujours', 'lors',
    'ce', 'matin', 'soir'
  ],
  incidentAdverbs: [
    'cependant', 'néanmoins', 'au contraire', 'par exemple', 'quant à elle', 'quant à lui', 'quant à eux', 'quant à elles',
    'de son côté', 'pour sa part', 'à son tour', 'pour leur part', 'de leur côté'
  ],
  subjectPronouns: ['il', 'elle', 'ils', 'elles', 'on'],
  reflexivePrefixes: ['s\'', 's’'],
  elidedWords: ['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'],
  organizationPronouns: ['elle'],
  personOrOrganizationPronouns: ['elle'],
  pluralPronouns: ['ils', 'elles'],
  unboundPronouns: ['on', 'nous'],
  ownDeterminers: ['notre'],
  possessiveDeterminers: [],
  unnamedGroups: [],
  personSubjectPronouns: [],
  ambiguousSubjectPronouns: ['il', 'elle'],
  impersonalVerbs: [
    'faut', 'fallait', 'faudra', 'faudrait', 'fallut', 'y', 'n\'y', 'n’y', 's\'agit', 's’agit', 's\'agissait', 's’agissait',
    's\'agira', 's’agira', 'semble', 'semblait', 'paraît', 'paraissait', 'reste', 'restait', 'suffit', 'suffisait', 'vaut',
    'importe', 'convient', 'manque', 'arrive', 'existe', 'pleut', 'fait', 'faisait', 'était', 'est', 'sera', 'serait', 'n\'est',
    'n’est', 'n\'était', 'n’était', 'ne', 'n\'', 'n’', 's\'en', 's’en', 'en'
  ],
  definiteArticles: ['le', 'la', 'l\'', 'l’'],
  demonstrativePronouns: ['celui-ci', 'celle-ci', 'celui-là', 'celle-là', 'ce dernier', 'cette dernière'],
  pluralDemonstratives: ['ceux-ci', 'celles-ci', 'ces derniers', 'ces dernières'],
  masculineWords: ['il', 'm', 'monsieur', 'époux', 'mari', 'fils', 'père', 'frère', 'compagnon', 'oncle', 'neveu', 'grand-père', 'beau-père'],
  feminineWords: ['elle', 'mme', 'madame', 'mlle', 'mademoiselle', 'épouse', 'femme', 'fille', 'mère', 'sœur', 'soeur', 'compagne', 'tante', 'nièce', 'grand-mère', 'belle-mère', 'veuve'],
  feminineGivenNames,
  unisexGivenNames,
  masculineDeterminers: ['le', 'un', 'ce', 'cet', 'du', 'au'],
  feminineDeterminers: ['la', 'une', 'cette'],
  cuePhrases: ['selon', 'd\'après', 'd’après', 'à en croire', 'aux dires de', 'de l\'avis de', 'de l’avis de'],
  determiners: [
    'le', 'la', 'les', 'l\'', 'l’', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son',
    'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'quel', 'quelle', 'chaque'
  ],
  objectPronouns: ['le', 'la', 'les', 'l\'', 'l’', 'leur'],
  speakerRoles: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'me', 'maître', 'dr', 'docteur',
    'pr', 'professeur', 'général', 'générale', 'colonel', 'commandant', 'capitaine', 'lieutenant', 'amiral',
    'sergent', 'président', 'présidente', 'vice-président', 'vice-présidente', 'ministre',
    'ministre-conseiller', 'premier', 'première', 'secrétaire', 'secrétaire général', 'directeur', 'directrice',
    'directeur général', 'dg', 'pdg', 'porte-parole', 'chef', 'chef de l\'état', 'chef de l’état', 'député',
    'députée', 'sénateur', 'sénatrice', 'maire', 'préfet', 'préfète', 'gouverneur', 'ambassadeur',
    'ambassadrice', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'conseiller', 'conseillère',
    'coordonnateur', 'coordinateur', 'responsable', 'patron', 'patronne', 'entraîneur', 'sélectionneur',
    'coach', 'attaquant', 'milieu', 'défenseur', 'gardien', 'joueur', 'joueuse', 'journaliste', 'reporter',
    'chroniqueur', 'analyste', 'économiste', 'expert', 'experte', 'chercheur', 'chercheuse', 'leader',
    'opposant', 'opposante', 'activiste', 'militant', 'militante', 'candidat', 'candidate', 'chanteur',
    'chanteuse', 'acteur', 'actrice', 'artiste', 'écrivain', 'auteur', 'président-directeur', 'commissaire',
    'inspecteur', 'cheikh', 'imam', 'abbé', 'père', 'mgr', 'monseigneur', 'roi', 'reine', 'prince', 'princesse',
    'émir', 'khalife', 'serigne', 'oustaz', 'excellence', 'son excellence', 'honorable', 'délégué', 'déléguée',
    'représentant', 'représentante', 'fondateur', 'fondatrice', 'administrateur', 'élu', 'élue',
    'haut-commissaire', 'parlementaire', 'médiateur', 'garde des sceaux', 'chancelier', 'chancelière', 'premier ministre',
    'chef du gouvernement', 'vice', 'adjoint', 'adjointe', 'comédien', 'comédienne', 'animateur', 'animatrice',
    'romancier', 'romancière', 'réalisateur', 'réalisatrice', 'humoriste', 'ailier', 'présentateur', 'présentatrice',
    'champion', 'championne', 'ex', 'ancien', 'ancienne', 'ayatollah', 'diplomate', 'médecin', 'infirmier', 'infirmière',
    'magistrat', 'magistrate', 'policier', 'policière', 'marabout', 'suspect', 'chargé', 'chargée',
    // Newsroom roles (`Le rédacteur en chef des magazines de France 2, X, a …`, `le correspondant de l’agence X`).
    'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'éditorialiste'
  ],
  indefiniteDeterminers: ['un', 'une', 'des'],
  voiceRoles: ['communiqué', 'porte-parole', 'représentant', 'représentante'],
  readingInfinitives: ['lire'],
  bodyDocuments: [
    'communiqué', 'texte', 'document', 'descriptif', 'rapport', 'site', 'note', 'résumé', 'avis', 'ordonnance', 'jugement',
    'arrêt', 'bulletin', 'synopsis', 'préambule', 'procès-verbal'
  ],
  bodyMemberRoles: ['responsable', 'responsables', 'membre', 'membres', 'cadre', 'dirigeant', 'dirigeante', 'officiel', 'source'],
  // (Not yet `dans`, `a déclaré dans un communiqué`: not measured.)
  voicePrepositions: [],
  genericRoles: ['élu', 'élue', 'responsable', 'parlementaire'],
  describingRoles: ['député', 'députée', 'capitaine', 'animateur', 'animatrice', 'champion', 'championne'],
  pastQualifiers: ['ancien', 'ancienne', 'ex'],
  roleQualifiers: ['ancien', 'ancienne', 'ex', 'vice', 'adjoint', 'adjointe'],
  prepositions: ['de', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'vers', 'pour', 'par', 'avec', 'chez', 'contre', 'entre'],
  affiliationPrepositions: ['du', 'des'],
  qualifierSuffixes: [
    'al', 'ale', 'aux', 'ales', 'el', 'elle', 'els', 'elles', 'if', 'ive', 'ifs', 'ives', 'eux', 'euse', 'euses',
    'ique', 'iques', 'able', 'ables', 'ible', 'ibles', 'é', 'ée', 'és', 'ées', 'u', 'ue', 'us', 'ues', 'ant', 'ante',
    'ants', 'antes', 'ent', 'ente', 'ents', 'entes', 'aire', 'aires', 'iste', 'istes'
  ],
  inversionWords: [
    'comme', 'l\'a', 'l’a', 'l\'ont', 'l’ont', 'l\'avait', 'l’avait', 'l\'avaient', 'l’avaient', 'qu\'a', 'qu’a',
    'qu\'ont', 'qu’ont', 'qu\'avait', 'qu’avait', 'qu\'avaient', 'qu’avaient'
  ],
  clauseWords: ['que', 'qu', 'qui', 'dont', 'où', 'comment', 'pourquoi', 'lorsque', 'quand', 'si', 'car', 'puisque', 'parce', 'lors'],
  relativePronouns: ['qui', 'dont'],
  subjectRelatives: ['qui'],
  agentSuffixes: ['eur', 'euse', 'rice', 'ien', 'ienne', 'iste', 'ant', 'ante', 'logue'],
  agentExceptions: [
    'quotidien', 'éditeur', 'opérateur', 'assureur', 'constructeur', 'fabricant', 'transporteur', 'diffuseur', 'secteur',
    'moteur', 'restaurant', 'montant', 'régulateur', 'distributeur', 'organisateur', 'gestionnaire', 'document'
  ],
  personNouns: ['bleu', 'bleue', 'tricolore'],
  organizationNouns: [
    'l\'entreprise', 'l’entreprise', 'la société', 'le groupe', 'la compagnie', 'la firme', 'le ministère',
    'la fédération', 'le club', 'le parti', 'l\'organisation', 'l’organisation', 'l\'agence', 'l’agence',
    'le gouvernement', 'la banque', 'l\'association', 'l’association', 'le syndicat', 'la direction',
    'le bureau politique', 'le bureau', 'l\'organisme', 'l’organisme', 'la caisse', 'l\'instance', 'l’instance',
    'le conseil', 'la commission', 'le comité', 'la déclaration', 'le texte', 'la note', 'le parquet', 'la préfecture',
    'la gendarmerie', 'la mairie', 'l\'armée', 'l’armée', 'l\'administration', 'l’administration', 'le tribunal',
    'la présidence', 'l\'institution', 'l’institution', 'le rapport', 'la chaîne', 'le média', 'l\'éditorial', 'l’éditorial',
    'le quotidien', 'le journal', 'le magazine', 'l\'hebdomadaire', 'l’hebdomadaire', 'le site', 'l\'éditeur', 'l’éditeur',
    'l\'état-major', 'l’état-major', 'la publication', 'le confrère',
    // A non-governmental organisation named before (`souligne l’ONG`, `l’Ong explique`).
    'l\'ong', 'l’ong',
    // A paper named before, in a press review (`écrit ce journal`, `rapporte cette publication`). (Not `ce dernier
    // quotidien`: the last paper named, often one the entities step does not know, `Source A`; an earlier one is wrong.)
    'ce journal', 'ce quotidien', 'cet hebdomadaire', 'ce magazine', 'cette publication', 'ce confrère'
  ],
  organizationNounQualifiers: 0,
  roleNounQualifiers: 1,
  describedBodies: ['parquet', 'préfecture', 'gendarmerie', 'mairie', 'armée', 'administration', 'tribunal', 'présidence', 'ministère', 'état-major', 'police'],
  bodyComplements: ['de', 'du', 'des', 'd\'', 'd’'],
  namedOnlyBodies: ['le gouvernement'],
  notQuoteBefore: [
    'terme', 'termes', 'mot', 'mots', 'expression', 'vocable', 'surnom', 'surnommé', 'surnommée', 'baptisé',
    'baptisée', 'intitulé', 'intitulée', 'dénommé', 'dénommée', 'dénommés', 'nommé', 'nommée', 'dit', 'dite', 'dits',
    'film', 'livre', 'ouvrage', 'roman', 'album', 'chanson', 'titre', 'série', 'émission', 'opération',
    'programme', 'projet', 'plan', 'slogan', 'hashtag', 'mouvement', 'thème', 'label', 'marque', 'entité',
    'collectif', 'association', 'rubrique', 'initiative', 'campagne', 'festival', 'concept', 'nom de', 'connu comme',
    'connue comme', 'alias', 'mode', 'clip', 'single', 'tube', 'morceau', 'titré', 'titrée', 'titrait', 'sous-titré', 'sous-titrée', 'termes comme', 'mots comme'
  ],
  titledNouns: [
    'film', 'livre', 'ouvrage', 'roman', 'album', 'chanson', 'série', 'émission', 'opération', 'programme', 'projet',
    'rubrique', 'initiative', 'campagne', 'festival', 'clip', 'single', 'tube', 'morceau'
  ],
  headlineVerbs: ['titre', 'titrent', 'titrait', 'titraient', 'barre', 'barrent'],
  namingParticiples: [
    'appelé', 'appelée', 'appelés', 'appelées', 'surnommé', 'surnommée', 'surnommés', 'surnommées', 'baptisé', 'baptisée',
    'baptisés', 'baptisées', 'dénommé', 'dénommée', 'dénommés', 'nommé', 'nommée', 'intitulé', 'intitulée'
  ],
  agentMarkers: ['par'],
  // (None: French puts an infinitive after a preposition, `pour dire`, `avant de déclarer`.)
  nounPrepositions: [],
  addresseeVerbs: [],
  quotingVerbs: [],
  findingVerbs: ['suggère', 'suggèrent', 'suggéré', 'montre', 'montrent', 'montré', 'révèle', 'révèlent', 'révélé'],
  findingNouns: ['rapport', 'étude', 'enquête', 'sondage', 'recherche', 'analyse', 'bilan', 'baromètre', 'chiffres'],
  readerParticiples: [
    'consulté', 'consultée', 'consultés', 'consultées', 'obtenu', 'obtenue', 'obtenus', 'obtenues', 'vu', 'vue', 'vus', 'vues',
    'lu', 'lue', 'lus', 'lues', 'examiné', 'examinée', 'examinés', 'examinées'
  ],
  abbreviations: [
    'm', 'mm', 'mme', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gal', 'gén', 'col', 'cdt', 'cne', 'lt',
    'av', 'apr', 'j.-c', 'etc', 'cf', 'p', 'n°', 'no', 'vol', 'env', 'min', 'max', 'tél', 'fig'
  ],
  nounAdjunctDeterminers: [],
  quotePairs: ['«»', '“”', '„“', '„”', '‹›', '‘’', '""', '\'\'', '»»', '””'],
  fallbackQuotePairs: ['«”', '“»', '«"', '"»'],
  statementPairs: ['«»'],
  headlineGistPairs: ['‘’', '\'\''],
  genitiveEndings: [],
  sharedSubjectMarkers: ['en', 'tout en', 'avant de', 'avant d\'', 'avant d’', 'après avoir'],
  narrativeInfinitives: ['et de', 'et d\'', 'et d’'],
  subordinators: [],
  continuingVerbs: [],
  participleEndings: ['ant'],
  pastParticipleEndings: ['é', 'ée'],
  feminineParticipleEndings: ['ée'],
  masculineParticipleEndings: ['é'],
  sourcePrepositions: ['pour'],
  topicPrepositions: ['sur', 'contre', 'envers'],
  ownerPrepositions: ['de', 'd\'', 'd’'],
  capitalCountries: [
    'Téhéran|Iran', 'Moscou|Russie', 'Pékin|Chine', 'Washington|États-Unis', 'Kiev|Ukraine', 'Kyiv|Ukraine',
    'Ankara|Turquie', 'Pyongyang|Corée du Nord', 'Séoul|Corée du Sud', 'Tokyo|Japon', 'Damas|Syrie', 'Bagdad|Irak',
    'Riyad|Arabie saoudite', 'Caracas|Venezuela', 'La Havane|Cuba', 'Kaboul|Afghanistan', 'Islamabad|Pakistan',
    'New Delhi|Inde', 'Alger|Algérie', 'Rabat|Maroc', 'Bamako|Mali', 'Ouagadougou|Burkina Faso', 'Niamey|Niger',
    'Conakry|Guinée', 'Kinshasa|RDC', 'Kigali|Rwanda', 'Addis-Abeba|Éthiopie', 'Abuja|Nigeria',
    'Nouakchott|Mauritanie', 'Banjul|Gambie', 'Bissau|Guinée-Bissau', 'Bangui|Centrafrique', 'Yaoundé|Cameroun',
    'Libreville|Gabon', 'Lomé|Togo', 'Accra|Ghana', 'Khartoum|Soudan', 'Ottawa|Canada', 'Londres|Royaume-Uni',
    'Berlin|Allemagne', 'Varsovie|Pologne', 'Minsk|Biélorussie', 'Doha|Qatar'
  ],
  // (Not the plural `eux`, `elles`: `Selon eux` mostly follows a group the article names with no entity: `les policiers`.)
  sourcePronouns: ['lui il', 'elle elle'],
  inversionMarks: [','],
  sentenceConnectors: ['et', 'mais', 'or', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'puis', 'ainsi', 'alors'],
  coordinators: ['et', 'ou'],
  objectRelatives: ['ce qu\'', 'ce qu’', 'ce que', ', qu\'', ', qu’'],
  // (Not yet `les députés` for their commission: not measured.)
  bodyMembers: [],
  indefinitePronouns: ['l\'un', 'l’un', 'l\'une', 'l’une', 'plusieurs', 'certains', 'certaines', 'aucun', 'aucune', 'chacun', 'chacune'],
  postposedAdverbials: [
    'de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'au contraire', 'à son tour', 'à leur tour',
    'lui aussi', 'elle aussi', 'eux aussi', 'quant à lui', 'quant à elle'
  ],
  addresseePrepositions: ['à', 'au', 'aux']
}
