import {describe, expect, it} from 'vitest'
import type {NewsArticle, Quote, QuoteKind} from '../../src/index.js'
import {hasShared, parse, positionErrors, readShared} from '../helpers.js'

interface Want {
  text: string
  kind?: QuoteKind
  speaker?: string | null
  cue?: string | null
}

/** Parses and checks every position: quotes in one paragraph slice back to their text. */
function quotesOf(input: string, language?: string): {article: NewsArticle; quotes: Quote[]} {
  const article = parse(input, language ? {language} : {})
  // A quote over several paragraphs is their texts joined by one space, without the marks that reopen it.
  const joined = (slice: string) => slice.replace(/\s*\n\s*\n\s*[«“"'‘„»]?\s*/g, ' ').replace(/([.!?…])\s+["«“]\s*/g, '$1 ')
  const single = {...article, quotes: article.quotes.filter((q) => input.slice(q.position.start.offset, q.position.end.offset) === q.text)}
  expect(positionErrors(input, single)).toEqual([])
  for (const q of article.quotes) {
    const slice = input.slice(q.position.start.offset, q.position.end.offset)
    if (slice !== q.text) expect(joined(slice)).toBe(q.text)
    if (q.speaker?.position) expect(input.slice(q.speaker.position.start.offset, q.speaker.position.end.offset)).not.toBe('')
  }
  return {article, quotes: article.quotes}
}

function pick(q: Quote, want: Want): Want {
  const got: Want = {text: q.text}
  if ('kind' in want) got.kind = q.kind
  if ('speaker' in want) got.speaker = q.speaker?.name ?? null
  if ('cue' in want) got.cue = q.cue?.text ?? null
  return got
}

function table(language: string, rows: [title: string, input: string, want: Want[]][]) {
  for (const [title, input, want] of rows) {
    it(title, () => {
      const {quotes} = quotesOf(input, language)
      expect(quotes.map((q, i) => pick(q, want[i] ?? {text: ''}))).toEqual(want)
    })
  }
}

describe('quotes, French', () => {
  table('fr', [
    [
      'guillemets with spaces, attribution after with a title',
      'Sécurité au Sahel\n\nLes chefs d’état-major se sont réunis à Niamey. « Il faut agir vite et ensemble », a plaidé le Général Oumar Diarra.',
      [{text: 'Il faut agir vite et ensemble', kind: 'direct', speaker: 'Oumar Diarra', cue: 'a plaidé'}]
    ],
    [
      'no-break spaces inside guillemets, role then name in apposition',
      'Travaux à Thiès\n\n«\u00a0Les travaux commenceront en mars\u00a0», a précisé le maire, Ibrahima Sarr.',
      [{text: 'Les travaux commenceront en mars', speaker: 'Ibrahima Sarr', cue: 'a précisé'}]
    ],
    [
      'narrow no-break spaces, inverted incise with a pronoun',
      'Un jour historique\n\nLa présidente de l’association, Fatou Ndiaye, a salué le vote des députés.\n\n«\u202fC’est un jour historique pour les femmes\u202f», estime-t-elle.',
      [{text: 'C’est un jour historique pour les femmes', speaker: 'Fatou Ndiaye', cue: 'estime-t-elle'}]
    ],
    [
      'attribution without a comma, cue before the name',
      'Défense\n\nLe ministre a ouvert la séance. «\u00a0Le contexte nous impose un nouveau modèle\u00a0» a expliqué le Colonel Adama Koné.',
      [{text: 'Le contexte nous impose un nouveau modèle', speaker: 'Adama Koné', cue: 'a expliqué'}]
    ],
    [
      'attribution before with a colon',
      'Examens\n\nLe ministre Moustapha Sy a déclaré : « Les examens auront lieu à la date prévue. »',
      [{text: 'Les examens auront lieu à la date prévue.', kind: 'direct', speaker: 'Moustapha Sy', cue: 'a déclaré'}]
    ],
    [
      'a-t-il expliqué, and a quote with no cue right after takes the same speaker',
      'Port de Dakar\n\nLe directeur du port, Mamadou Faye, a présenté les chiffres. « Le trafic a augmenté de 12 % », a-t-il expliqué. « Nous visons 20 % l’an prochain. »',
      [
        {text: 'Le trafic a augmenté de 12 %', speaker: 'Mamadou Faye', cue: 'a-t-il expliqué'},
        {text: 'Nous visons 20 % l’an prochain.', speaker: 'Mamadou Faye', cue: null}
      ]
    ],
    [
      'nested quotes belong to the outer quote; apostrophes are not marks',
      'Témoignage\n\nL’AES s’est réunie aujourd’hui. « Il m’a dit “attends-moi” et il est parti », raconte Moussa Kane.',
      [{text: 'Il m’a dit “attends-moi” et il est parti', speaker: 'Moussa Kane', cue: 'raconte'}]
    ],
    [
      'nested guillemets of the same kind stay inside the outer quote',
      'Témoignage\n\n« On pourrait me dire : « Oui, mais tu gagnais bien ta vie ». Je réponds non », a confié Awa Sarr.',
      [{text: 'On pourrait me dire : « Oui, mais tu gagnais bien ta vie ». Je réponds non', speaker: 'Awa Sarr', cue: 'a confié'}]
    ],
    [
      'a nested mark left open: the only closing mark closes the outer quote',
      'Hommage\n\nLe club a salué la mémoire de son entraîneur, reconnu pour « sa patience et son exigence qui « resteront un exemple pour nos jeunes ».\n\nLes obsèques auront lieu samedi.',
      [{text: 'sa patience et son exigence qui « resteront un exemple pour nos jeunes', kind: 'partial'}]
    ],
    [
      'an attribution closing a long sentence, far from the quote',
      'Sommet\n\nLa rencontre de Dakar a été « un tournant décisif » pour la coopération entre les pays de la sous-région et leurs partenaires du Nord, a estimé le ministre Ousmane Ndiaye.',
      [{text: 'un tournant décisif', kind: 'partial', speaker: 'Ousmane Ndiaye', cue: 'a estimé'}]
    ],
    [
      'qualifié de « … » par X : l’agent du passif parle',
      'Nécrologie\n\nAwa Diallo a présenté le journal pendant vingt ans. Elle a été qualifiée de « journaliste exemplaire » par son ancien collègue Moussa Ba.',
      [{text: 'journaliste exemplaire', kind: 'partial', speaker: 'Moussa Ba', cue: 'a été qualifiée'}]
    ],
    [
      'une citation sans verbe garde l’orateur précédent malgré un nom qui n’est pas une personne',
      'Numérique\n\n« Tout devient numérique », a déclaré Awa Ndiaye, présidente de l’association. Le Salon International Numérique présente les nouveautés de l’année. « Les consommateurs décident de ce qu’ils veulent. »',
      [
        {text: 'Tout devient numérique', speaker: 'Awa Ndiaye'},
        {text: 'Les consommateurs décident de ce qu’ils veulent.', speaker: 'Awa Ndiaye', cue: null}
      ]
    ],
    [
      'un adjectif cité entre un déterminant et un nom',
      'Libertés\n\nSelon le député Ali Ba, la loi marque un « regrettable » recul des libertés publiques.',
      [{text: 'regrettable', kind: 'partial', speaker: 'Ali Ba', cue: 'Selon'}]
    ],
    [
      'une citation du titre reprise dans le corps : deux citations, même orateur',
      'Sall dénonce « une dérive autoritaire »\n\nL’opposant Thierno Sall a dénoncé lundi « une dérive autoritaire » du pouvoir.',
      [
        {text: 'une dérive autoritaire', speaker: 'Thierno Sall', cue: 'dénonce'},
        {text: 'une dérive autoritaire', speaker: 'Thierno Sall', cue: 'a dénoncé'}
      ]
    ],
    [
      'une citation du titre sans verbe prend l’orateur de la citation du corps',
      'Wade « ne sera pas candidat »\n\nKarim Wade ne se présentera pas à la présidentielle, a annoncé son avocat Ciré Clédor Ly. « Il ne sera pas candidat », a précisé Ciré Clédor Ly.',
      [
        {text: 'ne sera pas candidat', speaker: 'Ciré Clédor Ly', cue: null},
        {text: 'Il ne sera pas candidat', speaker: 'Ciré Clédor Ly', cue: 'a précisé'}
      ]
    ],
    [
      'un verbe coordonné à un verbe de parole précédent garde son sujet (mais a admis que … « … »)',
      'Santé\n\nLa ministre Awa Ndiaye a visité l’hôpital de Thiès lundi.\n\nLa ministre de la Santé a salué « une avancée » pour la région, mais a admis que la réforme restait « un pari difficile » pour tous.',
      [
        {text: 'une avancée', speaker: 'Awa Ndiaye', cue: 'a salué'},
        {text: 'un pari difficile', speaker: 'Awa Ndiaye', cue: 'a admis'}
      ]
    ],
    [
      'a quote continued over paragraphs is one quote',
      'Emploi des jeunes\n\nLe président Macky Fall a ensuite pris la parole.\n\n« Nous avons entendu la colère des jeunes.\n\n« Nous allons créer dix mille emplois d’ici la fin de l’année.\n\n« Personne ne sera laissé de côté », a-t-il promis.',
      [
        {
          text: 'Nous avons entendu la colère des jeunes. Nous allons créer dix mille emplois d’ici la fin de l’année. Personne ne sera laissé de côté',
          speaker: 'Macky Fall',
          cue: 'a-t-il promis'
        }
      ]
    ],
    [
      'a quote interrupted by an inverted incise is two quotes with the same speaker',
      'Dialogue national\n\nLe porte-parole Issa Konaté a reçu la presse. « Le dialogue reste ouvert, a-t-il dit, mais nous ne céderons pas sur l’essentiel. »',
      [
        {text: 'Le dialogue reste ouvert', speaker: 'Issa Konaté', cue: 'a-t-il dit'},
        {text: 'mais nous ne céderons pas sur l’essentiel.', speaker: 'Issa Konaté', cue: 'a-t-il dit'}
      ]
    ],
    [
      'selon X',
      'Réforme foncière\n\nSelon Aminata Touré, « la réforme foncière est inévitable ».',
      [{text: 'la réforme foncière est inévitable', speaker: 'Aminata Touré', cue: 'Selon'}]
    ],
    [
      'speaker named in the previous paragraph when the quote has no cue',
      'Inondations\n\nLe maire de Ziguinchor, Djibril Badji, est revenu sur les inondations de la semaine.\n\n« Nous avons perdu trois maisons dans le quartier de Boucotte. »',
      [{text: 'Nous avons perdu trois maisons dans le quartier de Boucotte.', speaker: 'Djibril Badji', cue: null}]
    ],
    [
      'partial quotes woven into the sentence have no speaker when none is named',
      'Budget\n\nCette rencontre était «\u00a0une étape cruciale de validation politique\u00a0» devant garantir «\u00a0une meilleure coordination des efforts\u00a0».',
      [
        {text: 'une étape cruciale de validation politique', kind: 'partial', speaker: null, cue: null},
        {text: 'une meilleure coordination des efforts', kind: 'partial', speaker: null, cue: null}
      ]
    ],
    [
      'a role that the article never names gives no speaker',
      'Incendie\n\n"Le facteur humain n’est pas exclu", a précisé le préfet de la région.',
      [{text: 'Le facteur humain n’est pas exclu', speaker: null, cue: 'a précisé'}]
    ],
    [
      'a role resolved to the person the article gave it',
      'Sécurité routière\n\nLe ministre des Transports, Yankhoba Diatta, a présenté le plan. Les accidents ont baissé cette année. « Nous allons poursuivre les contrôles », a insisté le ministre.',
      [{text: 'Nous allons poursuivre les contrôles', speaker: 'Yankhoba Diatta', cue: 'a insisté'}]
    ],
    [
      'a quote in the headline, with its speaker named there',
      'Awa Diop avertit les importateurs : « Nous ne reculerons pas »\n\nLa ministre du Commerce a confirmé la hausse des taxes.',
      [{text: 'Nous ne reculerons pas', speaker: 'Awa Diop', cue: 'avertit'}]
    ],
    [
      '„ “ and ‹ › marks',
      'Presse\n\n„Nous ne sommes pas des ennemis“, a lancé Karim Wade. Puis ‹ Le pays avant tout ›, a ajouté Karim Wade.',
      [
        {text: 'Nous ne sommes pas des ennemis', speaker: 'Karim Wade', cue: 'a lancé'},
        {text: 'Le pays avant tout', speaker: 'Karim Wade', cue: 'a ajouté'}
      ]
    ],
    [
      'mixed marks of scraped text: « closed by ”, “ closed by », a nested “…” kept inside « … »',
      'Lutte\n\nLe lutteur Balla Gaye a parlé :« Mon adversaire savait tout. ” Le combat aura lieu en mai.\n\n“Je suis prêt », a ajouté Balla Gaye.\n\nSon manager Paul Ndiaye a déclaré : « Il m’a dit “non” et je suis parti. »',
      [
        {text: 'Mon adversaire savait tout.', speaker: 'Balla Gaye'},
        {text: 'Je suis prêt', speaker: 'Balla Gaye'},
        {text: 'Il m’a dit “non” et je suis parti.', speaker: 'Paul Ndiaye'}
      ]
    ],
    [
      'a quote interrupted inside its marks by an incise naming its speaker is two quotes',
      'Ehpad\n\nLe directeur est venu soutenir les familles. "Nous sommes tous sous le choc, a affirmé Charles-Antoine Pinel. Je tiens à leur exprimer ma compassion." Puis « La direction ne répond plus, déplore Jérémy Sanchez, et les clients attendent. »',
      [
        {text: 'Nous sommes tous sous le choc', speaker: 'Charles-Antoine Pinel', cue: 'a affirmé'},
        {text: 'Je tiens à leur exprimer ma compassion.', speaker: 'Charles-Antoine Pinel', cue: 'a affirmé'},
        {text: 'La direction ne répond plus', speaker: 'Jérémy Sanchez', cue: 'déplore'},
        {text: 'et les clients attendent.', speaker: 'Jérémy Sanchez', cue: 'déplore'}
      ]
    ],
    [
      'an incise inside the marks with a time word before the name and a role after it (up to its full stop) is two quotes',
      'Football\n\nLe consultant a livré son analyse. « Notre équipe peut battre les meilleures nations, affirme ce mardi Ibrahima Sarr, expert en football sur une radio privée. Mais il faudra que les joueurs se donnent à fond. »',
      [
        {text: 'Notre équipe peut battre les meilleures nations', speaker: 'Ibrahima Sarr', cue: 'affirme'},
        {text: 'Mais il faudra que les joueurs se donnent à fond.', speaker: 'Ibrahima Sarr', cue: 'affirme'}
      ]
    ],
    [
      'an incise inside the marks naming its speaker with a role after a determiner (le consultant de …) up to the comma that ends it',
      'Football\n\n« Le match sera serré, estime Awa Diallo, la consultante de la radio, et personne ne peut prédire le vainqueur. »',
      [
        {text: 'Le match sera serré', speaker: 'Awa Diallo', cue: 'estime'},
        {text: 'et personne ne peut prédire le vainqueur.', speaker: 'Awa Diallo', cue: 'estime'}
      ]
    ],
    [
      'guillemets typed as << and >>',
      'Budget\n\nLe ministre Paul Ndiaye a déclaré : << Nous ne reculerons pas >>. Puis il a ajouté : <<Jamais>>.',
      [
        {text: 'Nous ne reculerons pas', speaker: 'Paul Ndiaye', cue: 'a déclaré'},
        {text: 'Jamais', speaker: 'Paul Ndiaye', cue: 'a ajouté'}
      ]
    ],
    [
      'a speech verb that also names a thing (dit, dite) is the verb after an auxiliary',
      'Commerce\n\nLa ministre Awa Ndiaye s’est dite « lasse » des retards. Le directeur Ousmane Sarr lui a dit « nous livrerons lundi ».',
      [
        {text: 'lasse', speaker: 'Awa Ndiaye', cue: 's’est dite'},
        {text: 'nous livrerons lundi', speaker: 'Ousmane Sarr', cue: 'lui a dit'}
      ]
    ],
    [
      'an object pronoun before a participle (la qualifiant de) leaves it a verb',
      'Presse\n\nLe directeur Ousmane Sarr a soutenu la proposition, la qualifiant lundi de « réaliste ».',
      [{text: 'réaliste', kind: 'partial', speaker: 'Ousmane Sarr', cue: 'qualifiant'}]
    ],
    [
      '» opening a continued paragraph (French continuation mark) and a quote closed at the end',
      'Message de Tabaski\n\nLe ministre-conseiller Alioune Ba a publié un message.\nLe message :\n» Je vous souhaite une bonne fête.\nQue la paix règne dans nos foyers. »',
      [{text: 'Je vous souhaite une bonne fête.\nQue la paix règne dans nos foyers.', speaker: 'Alioune Ba'}]
    ]
  ])

  it('a line between two quoted paragraphs (a name, a question) ends the quote opened before it', () => {
    const blocks = 'Débat\n\nLes commentateurs ont réagi à l’annonce.\n\nJean Dupont, éditorialiste\n\n« Le gouvernement a perdu la main sur le dossier.\n\nMarie Durand, politologue\n\n« Rien ne change vraiment. »'
    const lines = blocks.replace(/\n\n/g, '\n')
    for (const input of [blocks, lines]) {
      const {article, quotes} = quotesOf(input, 'fr')
      expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
        ['Le gouvernement a perdu la main sur le dossier.', 'Jean Dupont'],
        ['Rien ne change vraiment.', 'Marie Durand']
      ])
      // The first mark is still never closed.
      expect(article.diagnostics.filter((d) => d.code === 'unbalanced-quote').length).toBe(1)
    }
    const interview = 'Entretien\n\nLe ministre Awa Ndiaye a répondu.\n\nQuestion : Que pensez-vous de la réforme ?\n\n« Elle est nécessaire. Nous la ferons.\n\nQuestion : Quand ?\n\n« Avant la fin de l’année. »'
    expect(quotesOf(interview, 'fr').quotes.map((q) => q.text)).toEqual(['Elle est nécessaire. Nous la ferons.', 'Avant la fin de l’année.'])
  })

  it('paragraphs continued in the news way up to a heading are one quote that ends there', () => {
    const input = 'Emploi\n\nLe président Macky Fall a pris la parole.\n\n« Nous avons entendu la colère des jeunes.\n\n« Nous allons créer dix mille emplois.\n\n## La suite du plan\n\nLe budget sera voté en décembre.'
    expect(quotesOf(input, 'fr').quotes.map((q) => q.text)).toEqual(['Nous avons entendu la colère des jeunes. Nous allons créer dix mille emplois.'])
  })

  it('two words quoted in a headline are reported words, not after a determiner nor capitalised as a name (issue 3)', () => {
    expect(quotesOf('Turkey-Iran mobile deal “at risk”\n\nThe deal may be scrapped after a vote by MPs.', 'en').quotes.map((q) => q.text)).toEqual(['at risk'])
    expect(quotesOf('“Debate needed” on donations cap\n\nThe commission published its report.', 'en').quotes.map((q) => q.text)).toEqual(['Debate needed'])
    expect(quotesOf('Délit d’offense : Thierno Sall pointe « les contradictions » du pouvoir\n\nLe député a tenu une conférence.', 'fr').quotes.map((q) => q.text)).toEqual(['les contradictions'])
    expect(quotesOf("'Poll Idols' face first hurdles\n\nThe candidates met on Monday.", 'en').quotes).toEqual([])
  })

  it('one lower-case word quoted in a headline is reported words, not a modifier of the next word (issue 3)', () => {
    expect(quotesOf('Singer sues over tour “injury”\n\nThe singer filed the claim in Los Angeles on Monday.', 'en').quotes.map((q) => q.text)).toEqual(['injury'])
    expect(quotesOf('Le ministre « attristé » par la disparition du poète\n\nLe ministre a salué sa mémoire.', 'fr').quotes.map((q) => q.text)).toEqual(['attristé'])
    expect(quotesOf('Council tax rise “reasonable”\n\nCouncils should keep their rises low.', 'en').quotes[0]?.position.start.offset).toBe(18)
    // Not a word modifying the next one, nor a function word.
    expect(quotesOf("Firms plan 'green' bonds\n\nThe deal may be signed soon.", 'en').quotes).toEqual([])
    expect(quotesOf('Sonko n’est pas content de « ses » directeurs\n\nLe Premier ministre a parlé.', 'fr').quotes).toEqual([])
  })

  it('words in single marks in a headline, with no cue nor colon there, are the gist of a claim or a term, not a quote', () => {
    const gist = [
      "Soaring oil 'hits world economy'\n\nThe rising price of oil has hit growth across Europe, the OECD has said in its latest report.",
      "Economy 'strong' in election year\n\nUK businesses expect the economy to keep growing, a survey by the accountants Grant Lake has found.",
      "Top Tories on Lib Dem ‘hit list’\n\nThe Liberal Democrats have named the seats they hope to take at the election."
    ]
    for (const input of gist) expect(quotesOf(input, 'en').quotes).toEqual([])
    // The same words in double marks, a cue in the headline or a colon before them: a quote.
    expect(quotesOf('Soaring oil “hits world economy”\n\nThe rising price of oil has hit growth, the OECD has said.', 'en').quotes.map((q) => q.text)).toEqual(['hits world economy'])
    expect(quotesOf("Blair warns of 'serious danger'\n\nThe prime minister spoke in London on Monday.", 'en').quotes.map((q) => q.text)).toEqual(['serious danger'])
    expect(quotesOf("Senator: 'Let the inquiry do its job'\n\nThe senator spoke to reporters in Washington on Monday.", 'en').quotes.map((q) => q.text)).toEqual(['Let the inquiry do its job'])
    // Not the body: single marks there quote as before.
    expect(quotesOf("Oil prices\n\nOil 'hits the world economy hard', the OECD said on Tuesday.", 'en').quotes.map((q) => q.text)).toEqual(['hits the world economy hard'])
  })

  it('two words after a genitive are a quote when someone says them', () => {
    const input = "Scarman\n\nThe judge said it was Lord Scarman's \"pioneering work\" that paved the way for the inquiry."
    expect(quotesOf(input, 'en').quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['pioneering work', 'Scarman']])
  })

  it('a short headline quote stays when the body quotes the same words, or begins a quote with them when cut short', () => {
    const fr = 'Vers un assouplissement « très limité » du confinement\n\nLe Premier ministre Boris Johnson a promis un assouplissement « très limité » des restrictions.'
    expect(quotesOf(fr, 'fr').quotes.map((q) => q.text)).toEqual(['très limité', 'très limité'])
    const cut = '« Meulé Sonko… » : Aïssatou Diop Fall jubile\n\nLa journaliste a déclaré : « Meulé Sonko, par la force de Dieu, nous avons gagné ».'
    expect(quotesOf(cut, 'fr').quotes.map((q) => q.text)).toEqual(['Meulé Sonko…', 'Meulé Sonko, par la force de Dieu, nous avons gagné'])
    const en = 'Attack on senator \'nasty\', says Schumer\n\nChuck Schumer said on Tuesday the attack was “nasty,” but he did not call for a resignation.'
    expect(quotesOf(en, 'en').quotes.map((q) => q.text)).toEqual(['nasty', 'nasty,'])
    // Not when the body does not quote them, nor when a body quote only begins with the word.
    expect(quotesOf('Le PSG « Choc » après la défaite\n\nLe club a publié un communiqué.', 'fr').quotes).toEqual([])
    expect(quotesOf('Polémique sur les « comédiens »\n\nIl écrit : « Comédiens et chanteurs doivent respecter le public ».', 'fr').quotes.map((q) => q.text)).toEqual(['Comédiens et chanteurs doivent respecter le public'])
  })

  it('a paragraph repeated verbatim yields its quotes once', () => {
    const para = '« Le programme sera lancé en septembre », a annoncé Ousmane Diallo.'
    const {quotes} = quotesOf(`Programme\n\n${para}\n\n${para}`, 'fr')
    expect(quotes.map((q) => q.text)).toEqual(['Le programme sera lancé en septembre'])
  })

  it('a paragraph repeating the end of an earlier one yields its quotes once; the same words in a new paragraph are a second quote', () => {
    const tail = 'Le maire a pris la parole : « Nous allons reconstruire le marché avant la saison des pluies », a-t-il promis.'
    const glued = `Incendie à Kaolack

Les commerçants ont tout perdu dans la nuit.${tail}

${tail}`
    expect(quotesOf(glued, 'fr').quotes.map((q) => q.text)).toEqual(['Nous allons reconstruire le marché avant la saison des pluies'])
    const colon = 'Le collectif des commerçants a publié un communiqué :« Nous demandons une indemnisation rapide pour toutes les familles touchées. »'
    const afterColon = `Incendie à Kaolack

${colon}

« Nous demandons une indemnisation rapide pour toutes les familles touchées. »`
    expect(quotesOf(afterColon, 'fr').quotes.map((q) => q.text)).toEqual(['Nous demandons une indemnisation rapide pour toutes les familles touchées.'])
    const again =
      'Health board under fire\n\nThe report said the board had shown a "lack of clear direction" on waiting lists.\n\n' +
      'Later, committee chair Mary Evans said the board had shown a "lack of clear direction" for years and needed new managers.'
    expect(quotesOf(again, 'en').quotes.map((q) => q.text)).toEqual(['lack of clear direction', 'lack of clear direction'])
  })
})

describe('quotes, English', () => {
  table('en', [
    [
      'said + name after the quote',
      'Airline sues\n\n"We are doing research into the possibilities we have," said Michael Lamberty, a Lufthansa spokesman.',
      [{text: 'We are doing research into the possibilities we have,', kind: 'direct', speaker: 'Michael Lamberty', cue: 'said'}]
    ],
    [
      'an interrupted quote is two quotes with the same speaker',
      'Election night\n\nCandidate Jane Morris spoke to supporters in Leeds. "I think," she said, "we will win."',
      [
        {text: 'I think,', speaker: 'Jane Morris', cue: 'said'},
        {text: 'we will win.', speaker: 'Jane Morris', cue: 'said'}
      ]
    ],
    [
      'Mr + surname resolved to the full name',
      'Budget row\n\nTony Blair met his ministers on Monday. "There will be no split," said Mr Blair.',
      [{text: 'There will be no split,', speaker: 'Tony Blair', cue: 'said'}]
    ],
    [
      'X said: "…" before the quote',
      'Shops closed\n\nKaren Whitefield, who wrote the bill, said: "Shop workers deserve these two days with their families."',
      [{text: 'Shop workers deserve these two days with their families.', speaker: 'Karen Whitefield', cue: 'said'}]
    ],
    [
      'a quote continued over paragraphs in the news way',
      'Union call\n\nGeneral secretary John Hannett added: "These are special days for everyone.\n\n"We want people to tell us whether they want them to stay special."',
      [{text: 'These are special days for everyone. We want people to tell us whether they want them to stay special.', speaker: 'John Hannett', cue: 'added'}]
    ],
    [
      'the same, with the paragraphs merged into one line',
      'Appeal\n\nLawyer Gregory Ioannidis spoke after the hearing. "We refute both charges as unsubstantiated," he said. "There have been breaches of the rules. "There is also evidence that my client was persecuted."',
      [
        {text: 'We refute both charges as unsubstantiated,', speaker: 'Gregory Ioannidis', cue: 'said'},
        {text: 'There have been breaches of the rules. There is also evidence that my client was persecuted.', speaker: 'Gregory Ioannidis', cue: null}
      ]
    ],
    [
      'a name line between two quoted paragraphs ends the quote opened before it',
      'Panel\n\nTwo analysts gave their view.\n\nJohn Smith, economist\n\n"The budget does not add up.\n\nMary Jones, pollster\n\n"Voters will punish this."',
      [
        {text: 'The budget does not add up.', speaker: 'John Smith'},
        {text: 'Voters will punish this.', speaker: 'Mary Jones'}
      ]
    ],
    [
      'a quote interrupted inside its marks by an incise naming its speaker is two quotes (en)',
      'Floods\n\n"The water came in overnight, said Mary Jones. We lost everything in the kitchen."',
      [
        {text: 'The water came in overnight', speaker: 'Mary Jones', cue: 'said'},
        {text: 'We lost everything in the kitchen.', speaker: 'Mary Jones', cue: 'said'}
      ]
    ],
    [
      'mixed marks of scraped text: “ closed by »',
      'Trade\n\n“We will not sign this deal », said John Smith, the trade minister.',
      [{text: 'We will not sign this deal', speaker: 'John Smith', cue: 'said'}]
    ],
    [
      'an attribution closing a long sentence, far from a two-word quote',
      'Trade\n\nThe agreement brings the two countries closer and is of "vital importance" to the security of the whole region, Jane Morris has said.',
      [{text: 'vital importance', kind: 'partial', speaker: 'Jane Morris', cue: 'has said'}]
    ],
    [
      'the same after a determiner, with a title and surname',
      'Europe\n\nTory leader Michael Howard spoke in the Commons. Turkey would provide an "invaluable bridge" between Europe and the rest of the world, Mr Howard added.',
      [{text: 'invaluable bridge', kind: 'partial', speaker: 'Michael Howard', cue: 'added'}]
    ],
    [
      'a line introducing the speaker before a quote paragraph',
      'Board meeting\n\nThe board approved the budget on Tuesday.\n\nAnd from Chairwoman Maria Lopez:\n\n"This budget protects every school in the district."',
      [{text: 'This budget protects every school in the district.', speaker: 'Maria Lopez'}]
    ],
    [
      'according to X, with a partial quote',
      'Prices\n\nFood prices will "keep rising for months", according to analyst Jane Doe.',
      [{text: 'keep rising for months', kind: 'partial', speaker: 'Jane Doe', cue: 'according to'}]
    ],
    [
      'curly single quotes, role in apposition; apostrophes are not marks',
      'Cup tie\n\nThe team didn’t play well in the 1990s’ style. ‘We are ready for Saturday,’ said the coach, Tom Hill.',
      [{text: 'We are ready for Saturday,', speaker: 'Tom Hill', cue: 'said'}]
    ],
    [
      'straight single quotes and a pronoun',
      'Staff cuts\n\nSarah Jones, the firm’s chief executive, spoke after the results. \'It was a difficult year for everyone,\' she said.',
      [{text: 'It was a difficult year for everyone,', speaker: 'Sarah Jones', cue: 'said'}]
    ],
    [
      'surname resolved to the fullest name, partial quote with a speech verb',
      'Awards\n\nFilm-maker Michael Moore won the award. Moore said it was "an historic occasion" for documentaries.',
      [{text: 'an historic occasion', kind: 'partial', speaker: 'Michael Moore', cue: 'said'}]
    ],
    [
      'a one-word quote with an attribution counts',
      'Ban upheld\n\nIn imposing the bans, the IAAF described their explanations as "unacceptable".',
      [{text: 'unacceptable', kind: 'partial', speaker: 'IAAF', cue: 'described'}]
    ],
    [
      'a sentence ending with a determiner before the quote does not hide the verb after it',
      'Retail\n\nThe owner wants to take the company private, but he has always denied this. "The firm is a bit of a husk," said retail analyst Nick Bubb.',
      [{text: 'The firm is a bit of a husk,', speaker: 'Nick Bubb', cue: 'said'}]
    ],
    [
      'a role with a qualifier before the verb (the Russian president said)',
      'Oil\n\n"Everything was done by market methods," Mr Putin said in Moscow. Vladimir Putin also spoke of oil.\n\nHe said the sale had involved trickery. "Now the state is safeguarding its interests," the Russian president said.',
      [
        {text: 'Everything was done by market methods,', speaker: 'Vladimir Putin'},
        {text: 'Now the state is safeguarding its interests,', speaker: 'Vladimir Putin', cue: 'said'}
      ]
    ],
    [
      'a five-word description before the verb is the subject, not a name after the verb',
      'Television\n\nJane Morris quit the show on Sunday. Morris said the producers had been careless. The veteran writer and broadcaster said Big Brother had behaved "like a bully" by taunting contestant John Hill.',
      [{text: 'like a bully', kind: 'partial', speaker: 'Jane Morris', cue: 'said'}]
    ],
    [
      'described as "…" by X: the agent of the passive speaks',
      'Obituary\n\nCyril Fletcher presented a gardening show for twenty years. Fletcher was described as a "consummate professional" by his friend and fellow broadcaster Michael Pointon.',
      [{text: 'consummate professional', kind: 'partial', speaker: 'Michael Pointon', cue: 'was described'}]
    ],
    [
      'a quote with no cue keeps the previous speaker across a name that is not a person',
      'Gadgets\n\n"Everything is going digital," Kirsten Pfeifer of the association told reporters. The Consumer Electronics Show featured the pick of the year. "Consumers are controlling what they want."',
      [
        {text: 'Everything is going digital,', speaker: 'Kirsten Pfeifer'},
        {text: 'Consumers are controlling what they want.', speaker: 'Kirsten Pfeifer', cue: null}
      ]
    ],
    [
      'condemned the "…": a two-word term after a determiner with a speech verb is a quote',
      'Television\n\nJane Morris quit the show on Sunday. She also condemned the "complete irresponsibility" of adding a new guest to the house.',
      [{text: 'complete irresponsibility', kind: 'partial', speaker: 'Jane Morris', cue: 'also condemned'}]
    ],
    [
      'one adjective someone is quoted for, between a determiner and a noun',
      'ID cards\n\nTory ex-minister Douglas Hogg said he opposed the plans, branding them a "regressive" step for ordinary citizens.',
      [{text: 'regressive', kind: 'partial', speaker: 'Douglas Hogg', cue: 'said'}]
    ],
    [
      'a headline quote and the same words quoted again in the body are two quotes, same speaker',
      "Blair warns of 'serious danger'\n\nTony Blair has said the country faces a \"serious danger\" from the crisis. The prime minister spoke in London.",
      [
        {text: 'serious danger', speaker: 'Tony Blair'},
        {text: 'serious danger', speaker: 'Tony Blair', cue: 'has said'}
      ]
    ],
    [
      'a headline quote with no cue takes the speaker of the body quote with its words',
      "Brown “will stay as chancellor”\n\nGordon Brown will stay as chancellor after the election, Tony Blair has said. \"He will stay as chancellor,\" Mr Blair told reporters.",
      [
        {text: 'will stay as chancellor', speaker: 'Tony Blair', cue: null},
        {text: 'He will stay as chancellor,', speaker: 'Tony Blair', cue: 'told'}
      ]
    ],
    [
      'a verb joined to an earlier speech verb shares its subject (but admitted it was "…")',
      'ID cards\n\nMichael Howard has denied his shadow cabinet was split over ID cards.\n\nThe Tory leader said his team had reached a "collective view", but admitted it was "not an easy issue". The Tories will back the bill.',
      [
        {text: 'collective view', speaker: 'Michael Howard', cue: 'said'},
        {text: 'not an easy issue', speaker: 'Michael Howard', cue: 'admitted'}
      ]
    ],
    [
      'a one-word answer is a quote, even a function word',
      'Poll\n\nAsked whether she would stand again, Jane Morris replied "never".',
      [{text: 'never', speaker: 'Jane Morris', cue: 'replied'}]
    ],
    [
      'curly double quotes, speaker before the verb after the quote',
      'Grid\n\n“The grid will help researchers everywhere,” Elain Gallin told reporters.',
      [{text: 'The grid will help researchers everywhere,', speaker: 'Elain Gallin', cue: 'told'}]
    ]
  ])

  it('one or two words that a verb of judging or voicing takes as its object are a quote (issue 3)', () => {
    const en = quotesOf('Policing\n\nThe Home Office has published its review of the patrols, which it describes as "encouraging". Ministers will call for a "balanced approach" to the new powers.', 'en').quotes
    expect(en.map((q) => q.text)).toEqual(['encouraging', 'balanced approach'])
    const fr = quotesOf('Gaza\n\nLe ministère des Affaires étrangères a dénoncé les « frappes aveugles » dans un communiqué publié lundi soir.', 'fr').quotes
    expect(fr.map((q) => q.text)).toEqual(['frappes aveugles'])
    // The same words after a noun (`brand`), or with no verb before them, stay a term.
    expect(quotesOf('Farming\n\nThe scheme was tied to the ministry’s brand with the "green acre" label.', 'en').quotes).toEqual([])
    expect(quotesOf('Policing\n\nThe patrols form part of a "balanced approach" to the new powers.', 'en').quotes).toEqual([])
  })

  it('words opening lower-case after a work or an undertaking are a quote, not its title', () => {
    const en = quotesOf('Cinema\n\nA spokesman for the distributor said the film "has drawn strong interest from viewers abroad". He gave no figures.', 'en').quotes
    expect(en.map((q) => [q.text, q.kind])).toEqual([['has drawn strong interest from viewers abroad', 'partial']])
    const fr = quotesOf('Lézards\n\nPour l’association, le projet « va détruire l’habitat des lézards » de la dune.', 'fr').quotes
    expect(fr.map((q) => q.text)).toEqual(['va détruire l’habitat des lézards'])
    // A capitalised title after the same words stays a name.
    expect(quotesOf('Cinema\n\nThe film "Night Train to Lagos" opens on Friday.', 'en').quotes).toEqual([])
    expect(quotesOf('Cinéma\n\nLe projet « Terres Vertes » démarre lundi à Thiès.', 'fr').quotes).toEqual([])
  })

  it('a quote opening a sentence that nothing closes before the end of the text runs to its end', () => {
    const input =
      'Minister hits back\n\nThe opposition spokesman, Mark Reed, said: "This plan was announced twice before and never delivered." ' +
      '"We have heard these promises every winter. "Families deserve a government that keeps its word.'
    expect(quotesOf(input, 'en').quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['This plan was announced twice before and never delivered.', 'Mark Reed'],
      ['We have heard these promises every winter. Families deserve a government that keeps its word.', 'Mark Reed']
    ])
    // Not a mark inside a sentence: `as "unworkable …` at the end of the text is left unclosed.
    expect(quotesOf('Council row\n\nThe mayor described the budget as "unworkable and costly for every family in the city.', 'en').quotes).toEqual([])
  })

  it('a Markdown blockquote is a block quote', () => {
    const input = '# Letter to the council\n\nThe mayor, Ann Lee, wrote to the council:\n\n> We cannot keep the library open without new funding from the state.\n'
    const {quotes} = quotesOf(input, 'en')
    expect(quotes.map((q) => pick(q, {text: '', kind: 'block', speaker: null}))).toEqual([
      {text: 'We cannot keep the library open without new funding from the state.', kind: 'block', speaker: 'Ann Lee'}
    ])
  })
})

describe('not quotes', () => {
  const rows: [title: string, language: string, input: string][] = [
    ['a term after a determiner in a headline', 'en', "Firms fight the 'stealth tax'\n\nThe deal may be scrapped after a vote by MPs."],
    ['one capitalised word after a determiner is a name (fr)', 'fr', 'Hajj\n\nLes fidèles ont tourné autour de la « Kabaa » au cœur de la mosquée, selon des images de la télévision.'],
    ['one capitalised word after a determiner is a name (en)', 'en', 'Hajj\n\nPilgrims walked around the "Kaaba" in the Grand Mosque, according to state television.'],
    ['a style after en mode, in a headline', 'fr', 'Le ministre en mode « super ndandane » pour la Tabaski\n\nLe ministre a posé en grand boubou.'],
    ['a term after a determiner in a headline (fr)', 'fr', 'Collectes annulées à cause des « gilets jaunes »\n\nLes bénévoles craignent des blocages.'],
    ['one scare-quoted word', 'en', "Drive to 'save' festive holidays\n\nEfforts are being made to 'protect' workers' days off."],
    ['a title of a work', 'en', 'Box office\n\nHer novel "Half of a Yellow Sun" was adapted for the cinema last year.'],
    ['a title-case programme name', 'en', 'Cities\n\nThe "Smart Cities Challenge" programme opened to bids on Monday.'],
    ['a nickname', 'en', 'Basketball\n\nEarvin "Magic" Johnson visited the school in Detroit.'],
    ['a quoted term modifying a noun', 'en', "Final\n\nThe manager claimed his 'silence' gesture was aimed at the media."],
    ['file names in quotes', 'en', 'Webinar\n\nSee the recap in "2013-06-11-responsive-design.md" and "service_search.md" for details.'],
    ['apostrophes only', 'en', "Markets\n\nInvestors don't expect the 1990s' boom to return, and Williams' coach agrees."],
    ['a nickname in French', 'fr', 'Football\n\nLionel Messi, surnommé « la Pulga », a signé à Miami.'],
    ['a name after a naming word and an article (en)', 'en', 'Science\n\nThe theologian, widely known as the "prophet of hope", taught in Tübingen. The protocol creates what are called "qualified trade zones" in the region.'],
    ['a name after a naming word and an article, or after a passive appelé (fr)', 'fr', 'Santé\n\nLa concertation, surnommée le « Grenelle de l’autonomie », s’ouvre lundi. Ce qui devrait être appelé « la guerre des douze jours » est terminé.'],
    ['a nickname after alias, quoted again as the subject (fr)', 'fr', 'Justice\n\nLe prévenu Ousmane Faye alias « Baron », jugé pour vol, a été renvoyé. « Baron » devra répondre de trois chefs d’accusation, a indiqué le parquet.'],
    ['a nickname after alias or aka (en)', 'en', 'Court\n\nProsecutors said John Smith, alias "the butcher of Leeds", ran the gang with Paul Jones, aka "the quiet one".'],
    ['a programme name in French', 'fr', 'Agriculture\n\nLe gouvernement a lancé le programme « Terres fertiles du Sénégal » à Kaolack.'],
    ['a place so called (dit, dits) in French', 'fr', 'Dakar\n\nLe quartier dit « Ndoye TV » est resté calme, comme les marchés dits « informels ».'],
    ['a nickname quoted again later is still a name (fr)', 'fr', 'Justice\n\nLe lutteur et son neveu surnommé « Julo » sont recherchés. La tentative d’interpellation de « Julo », accusé de vol, a échoué.'],
    ['a title quoted again later is still a title (en)', 'en', 'Blogs\n\nThe term "blog" topped the list this year. Merriam-Webster said "blog" was looked up most often, a spokesman said.'],
    ['front-page titles in a press review (fr)', 'fr', 'Revue de presse\n\nLa presse revient sur la crise. « Macky Sall sort de son silence », titre Le Quotidien. Walf Quotidien titre : « La grande colère des enseignants ».'],
    ['front-page titles (en)', 'en', 'Papers\n\nThe war dominated the front pages. "Bring our boys home now," headlined the Mirror. The Sun headlined: "Our troops will stay until the job is done."'],
    ['a term in French', 'fr', 'Assemblée\n\nLe député a clarifié ses propos sur le terme « sukëru koor », dont tous les élus ont nié l’existence.'],
    ['a two-word term after a determiner, no one saying it', 'en', 'Television\n\nThe presenter will be remembered for his "odd odes" on the Sunday show.'],
    ['two words after a genitive, no one saying them', 'en', "Labour\n\nMr Cunningham went on to become Tony Blair's \"cabinet enforcer\". He gained fame as one of Sunderland’s \"metric martyrs\" and joined the parties' \"old guard\"."],
    ['a two-word term after a determiner, in French', 'fr', 'Retraites\n\nFace à la colère des "bonnets rouges", les députés ont fait marche arrière sur la taxe.'],
    ['a programme title after an elided émission', 'fr', 'Télévision\n\nL’actrice était samedi sur le plateau de l\'émission "Salut les voisins" pour parler de sa mère.'],
    ['one function word stressed inside a clause, with a speech verb', 'en', 'Manifesto\n\nThe chancellor set out in a newspaper article what he believed "should" be in the manifesto.'],
    ['one function word stressed inside a clause, in French', 'fr', 'Budget\n\nLe ministre a expliqué ce qui « va » changer dans la loi de finances, sans donner de chiffres.'],
    ['a list of terms after "terms like"', 'en', 'Television\n\nIt helps, said Mr Burke, that viewers are at ease with terms like "digital", "interactive", now that digital TV is everywhere.'],
    ['attribute values in markup', 'en', 'Testing\n\n### <a name="x-Resources Available-Web Resources:"></a>Web Resources\n\n{{< legacy-img src="2014/01/phones.jpg" alt="A stack of smartphones" >}} The team met on Monday.'],
    ['attribute values in markup, in French', 'fr', 'Galerie\n\n<img src="photo.jpg" alt="Une pile de téléphones"> Le ministre a visité le salon lundi.'],
    ['a list of names joined by and', 'en', 'Phones\n\nDr Bjorn said groups dubbed "pioneers" and "materialists" were most interested in new things.'],
    ['a list of names joined by ou, in French', 'fr', 'Oiseaux\n\nLe réseau, baptisé « pie voleuse » ou « pigeon voyageur », a été démantelé par la police.'],
    ['a list of terms after « des termes comme »', 'fr', 'Numérique\n\nLes élèves connaissent désormais des termes comme « algorithme », « données », a expliqué la directrice Awa Ba.'],
    ['a two-word term before an inverted question', 'fr', 'Collecte\n\nLes manifestations des "gilets jaunes" vont-elles avoir un impact sur la collecte de ce week-end ?'],
    ['titles followed by their year', 'en', 'Folk\n\nThe singer played "Blowin in the wind" (1963) and "the times they are a-changin" (1964) to a full hall.'],
    ['titles followed by their year, in French', 'fr', 'Cinéma\n\nLa rétrospective présentera « Soleil ô » (1970) puis « les nègres marrons de la liberté » (1979) au public dakarois.'],
    ['a two-word term after an elided article', 'fr', 'Nucléaire\n\nL’ingénieur dirigeait l’« option militaire » du programme depuis 2019.'],
    ['one capitalised word after an elided preposition and a determiner', 'fr', 'Touba\n\nLe drame est survenu lors d’un ‘Sabar’ organisé dans la nuit de samedi, a indiqué la police.'],
    ['apostrophes only in French', 'fr', 'Sahel\n\nL’AES s’est réunie aujourd’hui à Bamako avec l\'appui d\'experts.']
  ]
  for (const [title, language, input] of rows) {
    it(title, () => {
      expect(quotesOf(input, language).quotes.map((q) => q.text)).toEqual([])
    })
  }

  it('an unbalanced mark does not swallow the rest of the article and is reported', () => {
    const input =
      'Conseil des ministres\n\nLe président a ouvert la séance. « Il faut agir maintenant.\n\nLe budget a été adopté sans débat.\n\n« Nous tiendrons nos promesses », a assuré le ministre Alioune Sarr.'
    const {article, quotes} = quotesOf(input, 'fr')
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['Nous tiendrons nos promesses', 'Alioune Sarr']])
    expect(article.diagnostics.filter((d) => d.code === 'unbalanced-quote').length).toBe(1)
  })

  it('never throws on marks alone or mixed', () => {
    for (const input of ['«', '»', '"', "'", '“”', '« »', '»«', '"\n\n"', "'''", '« a\n\n« b\n\n« c', '"a," b said, "', ':"', '„']) {
      expect(() => parse(input)).not.toThrow()
    }
  })
})

describe('quotes stay linear', () => {
  it('1 MB of unbalanced marks finishes with no quote', () => {
    const input = 'Titre\n\n' + '« a '.repeat(250_000)
    const article = parse(input, {language: 'fr'})
    expect(article.quotes).toEqual([])
  })

  it('thousands of attributed quotes in one paragraph all get their speaker', () => {
    let input = 'Season review\n\n'
    for (let i = 0; i < 3000; i++) input += `"We will win game ${i}," said Bob Smith. He thanked Ann Lee and the Acme Group. `
    const article = parse(input, {language: 'en'})
    expect(article.quotes.length).toBe(3000)
    expect(new Set(article.quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Bob Smith']))
  })

  it('one-word qualifiers: kept beside a paragraph with an attributed quote, not two paragraphs away; 20,000 of them finish', () => {
    const cued = '« Les auditions vont reprendre », a déclaré Me Thierry Roche.'
    const kept = quotesOf(`Enquête\n\n${cued}\n\nLa piste du crime « familial » est privilégiée.`, 'fr').quotes
    expect(kept.map((q) => q.text)).toEqual(['Les auditions vont reprendre', 'familial'])
    const far = quotesOf(`Enquête\n\n${cued}\n\nLe juge a entendu les témoins.\n\nLa piste du crime « familial » est privilégiée.`, 'fr').quotes
    expect(far.map((q) => q.text)).toEqual(['Les auditions vont reprendre'])
    const many = quotesOf('Enquête\n\n' + 'Le meurtre « familial » est grave. '.repeat(20_000), 'fr').quotes
    expect(many).toEqual([])
  })

  it('a long run of spaces between two names before a pronoun finishes (the list gap read for `he`)', () => {
    const input = 'Title\n\nMayor Mary Brown' + ' '.repeat(20_000) + '— John Smith arrived yesterday. He said: "We will do better."'
    const article = parse(input, {language: 'en'})
    expect(article.quotes.map((q) => q.speaker?.name)).toEqual(['John Smith'])
  })

  it('1 MB of straight marks and apostrophes finishes', () => {
    const input = 'Title\n\n' + 'a "b c \'d '.repeat(100_000)
    const article = parse(input, {language: 'en'})
    expect(article.quotes.every((q) => q.text.length <= 6000)).toBe(true)
  })
})

describe.skipIf(!hasShared)('quotes, the Le Matin fixture', () => {
  it('finds the four quotes, two speakers and two partial quotes', () => {
    const input = readShared('fixtures/le-matin-aes-2025-06-26.txt')
    const {quotes} = quotesOf(input, 'fr')
    expect(quotes.map((q) => [q.text.slice(0, 30), q.kind, q.speaker?.name ?? null, q.cue?.text ?? null])).toEqual([
      ['Il nous revient à présent de t', 'direct', 'Sadio Camara', 'a plaidé'],
      ['Le contexte actuel nous impose', 'direct', 'Salifou Mody', 'a expliqué'],
      ['une étape cruciale de validati', 'partial', null, null],
      ['une meilleure coordination des', 'partial', null, null]
    ])
  })
})
