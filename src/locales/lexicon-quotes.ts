/** Attribution words of one language: what tells who said a quotation. */
export interface QuoteLexicon {
  /**
   * Speech verbs, every inflected single-word form the language uses in
   * attributions (`déclaré`, `déclare`, `déclarait`; `said`, `told`, `adds`).
   * Compound tenses combine an `auxiliaries` word with a form here
   * (`a déclaré`, `has said`); French inverted forms are built from these and
   * `subjectPronouns` (`déclare-t-il`, `a-t-elle déclaré`).
   */
  readonly speechVerbs: readonly string[]
  /**
   * Auxiliaries, modals and adverbs that may stand between a speaker and the
   * speech verb, or before the verb (`a`, `ont`, `aussi`; `has`, `is alleged to have`).
   */
  readonly auxiliaries: readonly string[]
  /**
   * Adverbs and adverbial phrases set between an auxiliary and its speech verb
   * in an attribution (`a cependant averti`, `a au contraire assuré`, `s’est par
   * exemple félicitée`, `a quant à elle déploré`). Not `auxiliaries`: a quoted
   * qualifier may follow them (`reste cependant « insuffisante »`). Empty where
   * such adverbs are set off by commas (`has, however, said`).
   */
  readonly incidentAdverbs: readonly string[]
  /** Personal subject pronouns that can stand for a speaker (`il`, `elle`; `he`, `she`, `it`). */
  readonly subjectPronouns: readonly string[]
  /**
   * Elided reflexive pronouns glued to the front of an inverted verb
   * (`s'` in `s'étonne-t-il`, `s’est-elle agacée`); empty where verbs do not invert.
   */
  readonly reflexivePrefixes: readonly string[]
  /**
   * Words that mark a man: subject pronouns and titles (`il`, `m`, `monsieur`;
   * `he`, `mr`, `sir`). A pronoun of one gender never stands for a person
   * whose title is of the other (`he` is not `Ms Hughes`).
   */
  readonly masculineWords: readonly string[]
  /** Words that mark a woman: subject pronouns and titles (`elle`, `mme`; `she`, `ms`, `mrs`). */
  readonly feminineWords: readonly string[]
  /**
   * Given names that name a woman (`marie`, `aminata`): a person so named is a woman, and any other of the entity locale's
   * `givenNames` a man, unless one of `unisexGivenNames` (a compound is read by its first part: `Marie-Sophie`).
   */
  readonly feminineGivenNames: readonly string[]
  /** Given names worn by men and women alike (`dominique`, `camille`, `mame`): no gender. */
  readonly unisexGivenNames: readonly string[]
  /**
   * Determiners that give a role after them a man's gender (`le`, `un`): `le
   * ministre Jean Castex` is a man, so `elle` never stands for him. Empty where
   * determiners have no gender.
   */
  readonly masculineDeterminers: readonly string[]
  /** Determiners that give a role after them a woman's gender (`la`, `une`): `la ministre Elisabeth Borne`. */
  readonly feminineDeterminers: readonly string[]
  /** Pronouns that stand for an organisation rather than a person (`it`). */
  readonly organizationPronouns: readonly string[]
  /**
   * Pronouns that stand for a person or an organisation (`elle`, for a woman
   * or a feminine-named body; `she`, for a woman, a country or a ship): one
   * listed in `organizationPronouns` too is read as a person's first.
   */
  readonly personOrOrganizationPronouns: readonly string[]
  /** Plural subject pronouns, for people or bodies alike (`ils`, `elles`; `they`). */
  readonly pluralPronouns: readonly string[]
  /** Subject pronouns that stand for no one named before (`on`, `nous`; `we`): never resolved to a speaker. */
  readonly unboundPronouns: readonly string[]
  /**
   * Determiners by which an outlet names its own staff (`notre`; `our`): `our correspondent` is the outlet's reporter,
   * the person the article names with that role or no one, never another person named before.
   */
  readonly ownDeterminers: readonly string[]
  /**
   * Possessive determiners of a third person (`his`, `her`, `their`): `his lawyer said`, `her mother said` name someone
   * other than the one they refer to, the person the article names with that role or no one, never the person named
   * before. (Not yet French `son`, `sa`, `leur`: not measured.)
   */
  readonly possessiveDeterminers: readonly string[]
  /**
   * Plural nouns naming an unnamed group of people as a speech verb's subject (`officials`, `analysts`, `police`):
   * `"…," officials said` is an attribution to no one named, never to a person named before. (Not yet French
   * `les enquêteurs`: not measured.)
   */
  readonly unnamedGroups: readonly string[]
  /**
   * Subject pronouns that only ever stand for a person (`he`, `she`), never for
   * a thing or an impersonal subject as `il` and `elle` may (`Il s'agit de`):
   * one opening a sentence that weaves a quote in with no cue is whose words they are.
   */
  readonly personSubjectPronouns: readonly string[]
  /**
   * Subject pronouns that may stand for a person, a thing or no one (`il`,
   * `elle`): one opening a sentence that weaves a quote in with no cue is whose
   * words they are when the verb after it is its own and active (`Il suggère de
   * « … »`; not `Il faut « … »`, `Il a été déféré pour « … »`). Empty where
   * `personSubjectPronouns` serve.
   */
  readonly ambiguousSubjectPronouns: readonly string[]
  /**
   * Words right after `il` that make it impersonal (`faut`, `s'agit`, `semble`,
   * `y` of `il y a`): no one speaks through it (`Il s'agit d'une « … »`).
   */
  readonly impersonalVerbs: readonly string[]
  /**
   * Definite articles, the elided one with its apostrophe (`le`, `la`, `l’`;
   * `the`): `Le parlementaire a poursuivi :` right after a quote is its speaker again.
   */
  readonly definiteArticles: readonly string[]
  /** Demonstrative pronouns that stand for the person named last, subject or not (`celui-ci`; `the latter`). */
  readonly demonstrativePronouns: readonly string[]
  /** Plural demonstrative pronouns, for the body named last (`ceux-ci`; `the latter two`). */
  readonly pluralDemonstratives: readonly string[]
  /** Phrases that introduce a source: `selon`, `d'après`; `according to`. */
  readonly cuePhrases: readonly string[]
  /** Determiners and possessives: a word after one of these is a noun, not a verb. */
  readonly determiners: readonly string[]
  /**
   * Determiners after which one quoted word followed by a noun may modify that
   * noun (`his 'silence' gesture`): a term, not a quote, even where someone
   * speaks in the sentence. English only: French puts such a noun after the
   * one it modifies, so `sa « préoccupation » face à` is the word voiced.
   */
  readonly nounAdjunctDeterminers: readonly string[]
  /**
   * Object pronouns written like determiners (`le`, `la`, `les`, `l’`): before
   * a present participle (`participleEndings`) they make it a verb, not a noun
   * (`la qualifiant de « réaliste »`). Empty where object pronouns are never
   * written like determiners (English `him`, `them`).
   */
  readonly objectPronouns: readonly string[]
  /**
   * Roles and titles that can designate a speaker or stand before a name
   * (`ministre`, `général`, `porte-parole`; `minister`, `mr`, `spokesman`).
   */
  readonly speakerRoles: readonly string[]
  /**
   * Indefinite determiners: a role after one (`un porte-parole`, `a Labour
   * spokesman`) introduces someone new, never a person named before.
   */
  readonly indefiniteDeterminers: readonly string[]
  /**
   * Roles and documents that speak for an organisation (`porte-parole`,
   * `communiqué`; `spokesman`, `statement`): words given by an unnamed holder
   * are credited to the organisation named with it (`a Labour spokesman` →
   * `Labour`, `le communiqué de la FA` → `FA`).
   */
  readonly voiceRoles: readonly string[]
  /**
   * Infinitives of reading after an indefinite reader's verb (`lire` in `peut-on lire dans L’Observateur`): skipped to
   * reach the complement that says where the words were read.
   */
  readonly readingInfinitives: readonly string[]
  /**
   * Documents a body issues (`communiqué`, `texte`, `document`): `« … », peut-on lire dans le texte`, with an
   * indefinite reader and a definite document that names no one, gives the words of the organisation named before.
   */
  readonly bodyDocuments: readonly string[]
  /**
   * Roles of someone inside a body (`responsable`, `membre`; `official`): one
   * named only as such after an indefinite article, with the body in a
   * complement (`un responsable de la mairie de Paris`, `an official at
   * Renault`), speaks for the body, by the article's convention. (Not the
   * entities' `memberRoles`, roles a body's name comes before: `Labour leader`.)
   */
  readonly bodyMemberRoles: readonly string[]
  /**
   * Prepositions that put words said into a voice role (`in` of `4Cast said in a report`): the one who said them so is who
   * the voice role stands for when the article takes it up (`the report said`).
   */
  readonly voicePrepositions: readonly string[]
  /**
   * Role words that describe a holder of many roles (`l'élu` for a deputy, a
   * mayor, a senator): a person the article gives another role may still be
   * the one meant. Words of kinship (`wife`, `son`) too: a relation, held
   * beside any role (`her husband Ozzy` is still `the singer`).
   */
  readonly genericRoles: readonly string[]
  /**
   * Role words a definite description may give someone the article named with
   * another role (`the England captain` for `Real Madrid midfielder David
   * Beckham`, `the Salford MP` for a minister): no clash when the description
   * uses them, unlike `genericRoles` not when the person holds them.
   */
  readonly describingRoles: readonly string[]
  /**
   * Words before a role that make it another role (`shadow`, `deputy`,
   * `former`): `the chancellor` does not stand for `shadow chancellor Oliver
   * Letwin`, nor `the mayor` for `Deputy Mayor Nicky Gavron`.
   */
  readonly roleQualifiers: readonly string[]
  /**
   * The role qualifiers that put the role in the past (`former`, `ancien`): a
   * person described with one may hold another role now (`the former cabinet
   * secretary` is `civil service chief Lord Butler`).
   */
  readonly pastQualifiers: readonly string[]
  /**
   * Words that open a subordinate clause (`que`, `comment`; `that`, `how`):
   * a name after one is the subject of that clause's verb, not a pronoun before it.
   */
  readonly clauseWords: readonly string[]
  /**
   * Relative pronouns that open a clause set off by commas after a name
   * (`qui`, `dont`; `who`, `which`): `Dr Gibbons, who was a GP in the Upper
   * Afan Valley, said` is said by the name before the clause, not the last
   * name in it.
   */
  readonly relativePronouns: readonly string[]
  /**
   * Relative pronouns that are the subject of their clause (`qui`): the speech verb after one
   * (`», pointe la parlementaire, qui plaide pour une « … »`) has for subject the mention before its comma.
   * English `who` (`denied by Shepherd, who accused the striker of "…"`); not `which`, which changed no check text.
   */
  readonly subjectRelatives: readonly string[]
  /**
   * Words right before a speech verb (its auxiliaries aside) that put its
   * subject after it (`comme l'a expliqué X`, `ce qu'a déclaré X`; `as did X`):
   * a name right after such a verb is its speaker, not its object.
   */
  readonly inversionWords: readonly string[]
  /**
   * Prepositions (`de`, `à`; `of`, `in`): a name inside the phrase one opens
   * (`le maire de Dakar`, `the head of BP`) is not the speaker.
   */
  readonly prepositions: readonly string[]
  /**
   * Prepositions that open an affiliation after a speaker's name (`of`,
   * `from`, `at`; `du`, `des`): `Nick Van den Brul of BNP Paribas`, `Awa
   * Ndiaye du Mouvement Y` name Nick Van den Brul and Awa Ndiaye. Read only
   * after two words of the name (`François de Rugy` keeps its `de`).
   */
  readonly affiliationPrepositions: readonly string[]
  /**
   * Endings of adjectives and participles (`-al`, `-é`, `-if`; `-ing`, `-ous`):
   * one quoted word with such an ending, woven into a sentence after a noun or
   * an adverb (`le meurtre « familial »`), is a partial quote; other single
   * words in marks are terms in scare quotes.
   */
  readonly qualifierSuffixes: readonly string[]
  /**
   * Endings of nouns that name a person by what they do or their age (`-eur`,
   * `-iste`, `-ienne`; `-ist`, `-year-old`, after digits too: `the 24-year-old`):
   * after a singular definite or demonstrative determiner,
   * such a noun is a description of a person (`», souligne le basketteur`,
   * `ajoute cette urbaniste`; `said the economist`), read like a role.
   * Plural forms are not meant (`les pompiers`): the endings are singular.
   */
  readonly agentSuffixes: readonly string[]
  /** Nouns with an agent ending that name no person (`quotidien`, `opérateur`; `guardian`): never read as one. */
  readonly agentExceptions: readonly string[]
  /**
   * Capitalised nouns that, after a singular definite determiner, describe a
   * person by where they come from or whom they play for (`le Bleu`; `the
   * Spaniard`, `the Dutchman`), read like a role: `», a déclaré le Bleu`,
   * `said the Spaniard`. Adjectives of nationality used so (`l’Américain`,
   * `the American`) come from the entities' demonyms and need no listing here.
   */
  readonly personNouns: readonly string[]
  /** Nouns that stand for an organisation that speaks (`l'entreprise`; `the company`). */
  readonly organizationNouns: readonly string[]
  /**
   * How many words may stand between the determiner and the noun of one of
   * `organizationNouns` (`the former monopoly`, `the US firm`, `the
   * environment select committee`): English qualifies a noun before it, French
   * after it (`la société française`, read as `la société`), 0.
   */
  readonly organizationNounQualifiers: number
  /**
   * Most words between a determiner and the role it opens, after a speech
   * verb, when they end the phrase (`said the world indoor champion, who`,
   * `said the Ealing North MP.`; capitalised words first): 1 where qualifiers
   * mostly follow the noun (`l'ancien buteur`), which also keeps capitalised
   * words out (`le Premier ministre` is read as a name).
   */
  readonly roleNounQualifiers: number
  /**
   * Nouns of bodies an article may name by a description in lower case only
   * (`the environment select committee`): that description, the fullest one
   * written before, is the name a later `the committee said` stands for.
   */
  readonly describedBodies: readonly string[]
  /**
   * Prepositions opening the complement a described body's noun takes after it
   * (`de`, `du`: `le parquet de Nice`, `la mairie du 18e`, `la préfecture de
   * police`): that description, complement included, is the body's name, which
   * a later bare `le parquet` stands for. Empty where descriptions put their
   * qualifiers before the noun (`the environment select committee`).
   */
  readonly bodyComplements: readonly string[]
  /**
   * Of `organizationNouns`, those that stand only for an organisation whose
   * name holds their noun (`the government`: `the Welsh Assembly Government`),
   * else for no one: an article says `the government said` without naming the
   * government, and the body named last (`the Police Federation`) is not it.
   */
  readonly namedOnlyBodies: readonly string[]
  /**
   * Words right before quotation marks that make them a name, a title or a
   * term rather than a quotation (`surnommé`, `intitulé`, `terme`; `dubbed`, `film`).
   */
  readonly notQuoteBefore: readonly string[]
  /**
   * Words of `notQuoteBefore` naming a work or an undertaking, whose title is
   * capitalised (`film`, `projet`; `film`, `campaign`): quoted words opening
   * lower-case after one say something about it (`le projet « va mettre en
   * péril… »`, `the film "has received…"`, `branding the campaign "two-bit
   * Tories"`) and are not its title.
   */
  readonly titledNouns: readonly string[]
  /**
   * Verbs that give a newspaper's front-page title, right after the quoted
   * words or right before them with an optional colon (`« … », titre Le
   * Quotidien`, `Le Soleil titre : « … »`; `the Sun headlined "…"`): the
   * title is not someone's words.
   */
  readonly headlineVerbs: readonly string[]
  /**
   * Participles that name what follows them after a passive auxiliary (`what are called "…"`, `devrait être
   * appelé « … »`) or before an article (`dubbed the "…"`, `surnommée le « … »`); one that is also a speech verb
   * (`called`, `appelé`) names only in the passive (`has called it "…"` voices words).
   */
  readonly namingParticiples: readonly string[]
  /**
   * Words that introduce the agent of a passive (`par`; `by`): `X was
   * described as a "…" by Y` gives Y as the speaker, and a participle followed
   * by one (`cité par`, `quoted by`) is not a speech verb of its subject.
   */
  readonly agentMarkers: readonly string[]
  /**
   * Prepositions after which a speech verb's form is a noun, not a cue (`about
   * claims that X had weapons`, `amid claims`): none where the language puts an
   * infinitive after a preposition (`pour dire`).
   */
  readonly nounPrepositions: readonly string[]
  /**
   * Speech verbs whose object right after them is the person or outlet spoken
   * to, never their subject (`told`: `", the mayor told CNN`, `One told BBC
   * News Online that`). Empty where the addressee takes a preposition (`à`).
   */
  readonly addresseeVerbs: readonly string[]
  /**
   * Participles of reading a document before an agent marker (`consulté
   * par`; `seen by`, `reviewed by`): in a source phrase (`selon un courrier
   * consulté par l'AFP`, `according to copies reviewed by Reuters`) the agent
   * read the document and is not its author.
   */
  readonly readerParticiples: readonly string[]
  /**
   * Verbs by which a study, a poll or a report states what it found, that
   * are no speech verbs (`suggère`; `suggests`, `found`): a lead closing
   * with a source that names nobody (`…, a survey suggests.`) names it in
   * the sentences after it, and that source speaks the headline's quote.
   */
  readonly findingVerbs: readonly string[]
  /**
   * Nouns naming a study and what it found (`étude`, `sondage`; `report`,
   * `survey`): followed by an agent marker (`a study by Ericsson`), they name
   * the source a lead closing with a nameless one (`…, research suggests.`) meant.
   */
  readonly findingNouns: readonly string[]
  /**
   * Verbs by which an outlet reports someone's words (`quoted`): in `Arab
   * News quoted Prince Saud as saying` the outlet is a channel; the one named
   * right after the verb is the speaker, no one when it names nobody
   * (`Reuters quoted one trader`). Empty in French, which says `cité par`
   * (an agent marker) and whose `citer` mostly cites an example (`Il cite en
   * exemple X`).
   */
  readonly quotingVerbs: readonly string[]
  /**
   * Verbs whose object may be someone's own words, quoted in part: verbs of
   * judging and of voicing a feeling or a stance (`salue un « acte de
   * courage »`, `pour saluer ces « martyrs »`, `exprime sa « profonde
   * préoccupation »`, `a soutenu son projet de « … »`; `describing the
   * series as "…"`, `calls it "…"`, `have expressed "…"`). Every form a
   * clause may use, the infinitive and the participles too: a partial quote
   * that is such a verb's object, with no one else saying it, is the words
   * of the verb's subject (or, for an infinitive or a participle, of its
   * sentence's subject).
   */
  readonly objectVerbs: readonly string[]
  /**
   * Forms of the auxiliary of the passive (`est`, `été`; `is`, `been`):
   * before the past participle of an `objectVerbs` verb (`est décrit comme
   * « … »`, `was described as "…"`) the subject is who is judged, not who
   * judges.
   */
  readonly passiveAuxiliaries: readonly string[]
  /** Abbreviations (without the dot) after which a full stop does not end a sentence (`m`, `mme`; `mr`, `dr`). */
  readonly abbreviations: readonly string[]
  /**
   * Quotation mark pairs the language uses, each as two characters: opening
   * then closing (`«»`, `“”`, `""`). Marks not listed are not read as quotes.
   */
  readonly quotePairs: readonly string[]
  /**
   * Mark pairs of scraped text that mixes two kinds (`«”`: `« … ”`), each as
   * opening then closing mark: the closing mark closes a quote opened with
   * the opening one only where none of that quote's own closing marks follows
   * in the paragraph, and not when it closes a quote opened inside (`“…”`).
   */
  readonly fallbackQuotePairs: readonly string[]
  /**
   * Words written elided before a vowel, without their apostrophe (`d`, `l`,
   * `qu`, `jusqu`): a closing guillemet right after one and its apostrophe
   * opens a quote (`d’ »arrêter les combats »`, `qu’ »il n’y avait …»`,
   * scraped text typing the marks the wrong way round). Empty where words do
   * not elide so.
   */
  readonly elidedWords: readonly string[]
  /**
   * Mark pairs of a statement pasted whole (a communiqué), each as opening
   * then closing mark: with its opening mark lost, the closing mark ending
   * its paragraph after a signature glued to its last sentence (`… pas une
   * seconde à perdre.El Malick NdiayeSecrétaire national »`) still closes
   * it, its words ending with that sentence.
   */
  readonly statementPairs: readonly string[]
  /**
   * Mark pairs that a headline uses for the gist of a claim or for a term, not
   * for a quotation (`Soaring oil 'hits world economy'`, `Top Tories on Lib Dem
   * 'hit list'`): words in them in the headline, with no cue and no colon
   * introducing them there, are not a quote.
   */
  readonly headlineGistPairs: readonly string[]
  /**
   * Endings of a genitive that determines the noun after it as an article
   * does (`'s`, `s'`; none in French): two words quoted after one with no one
   * saying them name a thing (`Tony Blair's "cabinet enforcer"`).
   */
  readonly genitiveEndings: readonly string[]
  /**
   * Words that open a clause sharing the subject of the attribution before it
   * (`en`, `avant de`; `before`, `while`), before a participle or an
   * infinitive: `», a-t-il dit, avant d'ajouter : « … »` quotes the same speaker.
   */
  readonly sharedSubjectMarkers: readonly string[]
  /**
   * Openings of a narrative infinitive, a sentence with no subject of its own
   * that goes on with the words of the one quoted last (`Et de conclure :
   * « … »`, `Et d'ajouter : « … »`); none in English.
   */
  readonly narrativeInfinitives: readonly string[]
  /**
   * Words that open a subordinate clause (`after`, `because`): a speech verb
   * after a quote whose subject one of them comes right before (`attacked
   * "false" tabloids, questioning their honesty after they reported …`) is
   * that clause's, not the quote's attribution. Empty in French (not measured).
   */
  readonly subordinators: readonly string[]
  /**
   * Speech verbs that go on with words already said (`added`, `continued`):
   * a person pronoun before one (`He added: "…"`) stands for the person
   * quoted last nearby rather than someone named since. Empty in French (not measured).
   */
  readonly continuingVerbs: readonly string[]
  /**
   * Endings of present participles (`-ant`; `-ing`): a clause opened by one
   * right after an attribution shares its subject (`», a-t-elle dit, ajoutant : « … »`).
   */
  readonly participleEndings: readonly string[]
  /**
   * Endings of a singular past participle that opens a sentence before its
   * subject (`Interrogé jeudi sur RTL, Olivier Véran a …`, `Interpellée
   * sur ce point, Agnès Buzyn a …`): the name after that phrase's comma is
   * the subject, whom a pronoun after it stands for. Not the plural (`Mariés
   * depuis 2022, X et Y`: no one person). The French `é`, `ée` leave out
   * participles in `-i`, `-ie`, `-u` (`Réunie à Dakar`, `Élu en 2019`). None
   * in English, whose `Asked about it, …` the corpus seldom writes.
   */
  readonly pastParticipleEndings: readonly string[]
  /** Endings of a past participle agreeing with a woman (`ée`: `Invitée de …, X a confié`); empty where participles do not agree. */
  readonly feminineParticipleEndings: readonly string[]
  /** Endings of a past participle agreeing with a man (`é`: `Interrogé …, X a …`); empty where participles do not agree. */
  readonly masculineParticipleEndings: readonly string[]
  /**
   * Prepositions that, opening a sentence before a name and a comma, give the
   * source of what follows (`Pour Fabien Roussel, « … »`, `For Mr Smith, "…"`):
   * that person is the speaker, not someone named after the comma.
   */
  readonly sourcePrepositions: readonly string[]
  /**
   * Prepositions that put a name in the topic of a noun owned by another name,
   * before a colon and a quote (`La prédiction de Koulibaly sur Gana Gueye : « … »`):
   * the owner speaks, not the topic (`The verdict of Smith on Jones: "…"`).
   * Lower-case.
   */
  readonly topicPrepositions: readonly string[]
  /** Genitive prepositions that open the owner in that heading (`de`, `d’`). */
  readonly ownerPrepositions: readonly string[]
  /**
   * Capitals that stand for their state as the subject of a speech verb, each
   * `Capital|State` as the press names both (`Téhéran|Iran`: `Téhéran promet
   * une « réponse forte »`): the state speaks when the article names it.
   * Capitals that also name a club, a city's own authorities or a union
   * (`Paris`, `Dakar`, `Bruxelles`) are left out.
   */
  readonly capitalCountries: readonly string[]
  /**
   * Stressed pronouns that, after a cue phrase or a source preposition opening
   * a sentence, give its source (`Selon lui, le texte « … »`, `Pour elle, …`),
   * each with the subject pronoun it stands as (`lui il`): the person that
   * pronoun stands for is the speaker of the quotes of the sentence.
   */
  readonly sourcePronouns: readonly string[]
  /**
   * Marks between a quote and an inverted clause that attributes it whatever
   * its verb (`», développe pour l'AFP le chanteur X.`, `», met en lumière
   * X.`): a lower-case word, a few more, then a name ending the sentence. None
   * in English, which inverts a speech verb only (`", said X`; `", such as the
   * Eurofighter.` is no attribution).
   */
  readonly inversionMarks: readonly string[]
  /**
   * Conjunctions and sentence adverbs that may open a sentence before its
   * subject or its opening phrase (`mais`, `pourtant`; `and`, `but`,
   * `however`): `And with 27 caps, White is …` has `White` for its subject.
   */
  readonly sentenceConnectors: readonly string[]
  /**
   * Coordinating conjunctions that join two names or phrases (`et`, `ou`;
   * `and`, `or`): `le fondateur de Tesla et SpaceX` completes one role with both.
   */
  readonly coordinators: readonly string[]
  /**
   * Words that open an object relative clause right before its subject pronoun
   * (`ce qu'`, `ce que`: `le gouvernement a justifié sa décision par ce qu'il
   * qualifie de « … »`): the pronoun there stands for the subject of the
   * sentence's main clause, not for the person named last. Empty when not
   * measured (English `what he called`).
   */
  readonly objectRelatives: readonly string[]
  /**
   * Plural nouns for the members of a body (`MPs`, `the MPs`): as a speaker they
   * stand for the body of `describedBodies` the article names them in (`the
   * Commons education select committee`, `the Environmental Audit Committee`),
   * when it names one. Empty where not measured.
   */
  readonly bodyMembers: readonly string[]
  /**
   * Indefinite pronouns that can stand as the subject after an inverted cue's
   * verb (`l'un`, `plusieurs`: `», déplore l'un d'eux`): someone the article
   * does not name speaks, never the person named last. Empty where not
   * measured.
   */
  readonly indefinitePronouns: readonly string[]
  /**
   * Adverbial phrases that may stand between an inverted cue's verb and its
   * subject (`de son côté`, `au contraire`: `», a indiqué de son côté le
   * gouvernement`): read past when looking for that subject. Empty where not
   * measured.
   */
  readonly postposedAdverbials: readonly string[]
  /**
   * Prepositions that lead in the outlet or person spoken to, between an
   * inverted cue's verb and its subject (`à`, `au`: `», confirme à l'AFP une
   * source`, `», a déclaré au Parisien le ministre`): read past with the
   * capitalised name after them. Empty where the addressee takes none.
   */
  readonly addresseePrepositions: readonly string[]
}
