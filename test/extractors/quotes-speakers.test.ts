/**
 * Who said it: the speaker rules of issue 3, on short texts written for these
 * tests, through the whole pipeline (entities included). Each row gives the
 * quotes expected, in order, with their speaker (`null`: the text does not say).
 */
import {describe, expect, it} from 'vitest'
import type {Quote} from '../../src/index.js'
import {parse, positionErrors} from '../helpers.js'

type Row = [title: string, input: string, want: [text: string, speaker: string | null][]]

/** Parses, checks every position, and returns the quotes. */
function quotesOf(input: string, language: string): Quote[] {
  const article = parse(input, {language})
  expect(positionErrors(input, {quotes: article.quotes.filter((q) => !q.parts)})).toEqual([])
  for (const q of article.quotes) {
    if (q.speaker?.position) expect(input.slice(q.speaker.position.start.offset, q.speaker.position.end.offset)).not.toBe('')
  }
  return article.quotes
}

function table(language: string, rows: Row[]) {
  for (const [title, input, want] of rows) {
    it(title, () => {
      expect(quotesOf(input, language).map((q) => [q.text, q.speaker?.name ?? null])).toEqual(want)
    })
  }
}

describe('speakers, English', () => {
  table('en', [
    [
      'a spokesman of a body named in capitals between the determiner and the role speaks for the body',
      'Visas\n\nMusicians face delays at the border, Mr Seller said.\n\nA US Embassy spokesman said: "We are aware that entertainers need visas."',
      [['We are aware that entertainers need visas.', 'US Embassy']]
    ],
    [
      'a role the article never gives anyone does not go to a person it gives another role',
      'Budget row\n\nTony Blair claimed the Tories would cut services. Tory chairman Liam Fox accused Labour of lying.\n\nAppearing at a poster launch, the prime minister hailed his chancellor\'s "brilliant" performance.',
      [['brilliant', 'Tony Blair']]
    ],
    [
      'a person the article gives a generic role (`Rock star X`) may be meant by another role (`the singer`)',
      'Tour over\n\nRock star Tom Halloway has said his band will not tour again.\n\n"I am too old for hotel rooms," the veteran singer told reporters in Rome.',
      [['I am too old for hotel rooms,', 'Tom Halloway']]
    ],
    [
      'an unnamed official is not the person with another role named before',
      'Nominees\n\nPresident Donald Trump named two judges. The official said the two nominations "will not be moving forward" in the Senate.',
      [['will not be moving forward', null]]
    ],
    [
      'an acronym spelled like a function word is a name (the WHO said)',
      'Aids drugs\n\nThe World Health Organisation (WHO) met in Geneva. Mr Smith spoke. A $2bn "funding gap" still stood in the way of the target, the WHO said.',
      [['funding gap', 'World Health Organisation']]
    ],
    [
      'a conjunction before an opening phrase: the name after its comma is the subject a pronoun stands for',
      'England call up White\n\nJulian White will start for England.\n\nAnd with 27 caps and a medal to his name, White can now help young centres such as Matthew Tait and Jamie Noon. "I am there to give them a pat on the back," he added.',
      [['I am there to give them a pat on the back,', 'Julian White']]
    ],
    [
      'a conjunction before a pronoun subject does not make the object after its verb a subject',
      'Campaign\n\nCharles Kennedy spoke in Leeds. But he said Mr Blair had lost the trust of voters. "There is a lack of trust," he said.',
      [['There is a lack of trust,', 'Charles Kennedy']]
    ],
    [
      'a capitalised conjunction opening the sentence is not a name',
      'Ryan to stay\n\nPaul Ryan, the House speaker, will stay. When asked by reporters on Thursday if he was planning to quit, Ryan said with a chuckle: "I am not, no."',
      [['I am not, no.', 'Paul Ryan']]
    ],
    [
      'organisation + role + name: the name speaks',
      'Hockey bid\n\nThe Welsh Hockey Association (WHA) says it has not received a bid. "We are only looking at hosting the event alone," said WHA secretary Gareth Pryce.',
      [['We are only looking at hosting the event alone,', 'Gareth Pryce']]
    ],
    [
      'a common-noun subject gives no speaker, not a nearby place',
      'Blaze\n\nThe fire spread towards homes on the coast of Cornwall, "with flames reaching the gardens of several houses", firefighters said.',
      [['with flames reaching the gardens of several houses', null]]
    ],
    [
      'the head of an organisation, never named: no speaker, not the organisation',
      'Results\n\nProfits fell by a third last year. "Sales will recover next year," said the head of Brightwater Foods.',
      [['Sales will recover next year,', null]]
    ],
    [
      'a name in a clause after the pronoun is the subject of its verb',
      'Posters\n\nTory leader Michael Grant visited Leeds on Monday. Instead of answering, he pointed to how Anne Blake had in 2001 complained about "personal and abusive campaigning".',
      [['personal and abusive campaigning', 'Anne Blake']]
    ],
    [
      'an unnamed spokesman starts a new speaker, credited to his organisation',
      'Row\n\nLabour MP Fraser Holt said the posters were fair. "Nobody was offended," he said.\n\nA Labour spokesman later said the timing was not affected by the row. "It has been on the website for two weeks," he said.',
      [
        ['Nobody was offended,', 'Fraser Holt'],
        ['It has been on the website for two weeks,', 'Labour']
      ]
    ],
    [
      'an organisation with an ampersand and its acronym speak under the full name',
      'Mortgages\n\nBradford & Bingley reported higher profits on Tuesday. Overall, B&B said that "housing market fundamentals remain strong".',
      [['housing market fundamentals remain strong', 'Bradford & Bingley']]
    ],
    [
      'the subject before a dashed aside',
      'Lending\n\nBradford & Bingley reported higher profits. But B&B - which has a fifth of the UK market - said the sector "continues to grow quickly".',
      [['continues to grow quickly', 'Bradford & Bingley']]
    ],
    [
      'according to a note from someone: that someone',
      'Buybacks\n\n"Technology firms would benefit most from the tax break," according to a recent note from Ed Harlow, president of Harlow Research.',
      [['Technology firms would benefit most from the tax break,', 'Ed Harlow']]
    ],
    [
      'a possessor is not the antecedent of a pronoun',
      'Retail\n\nDan Ivers, an analyst at Westbrook Research, said Mark Tolley\'s remarks were a warning to the retailer. However, he said he was not worried. "We see no price rises this year," he said.',
      [['We see no price rises this year,', 'Dan Ivers']]
    ],
    [
      'a quote paragraph with no cue inherits the speaker of the sentence before',
      'Peerage\n\nNeil Kinnock has accepted a seat in the Lords. But the outgoing European Commissioner said his old remarks needed context. He said reformers needed to be inside the chamber. "It was pointed out to me that reform requires votes in the Lords."',
      [['It was pointed out to me that reform requires votes in the Lords.', 'Neil Kinnock']]
    ],
    [
      'an organisation speaks through its statement and committee; a participle after it',
      'Reform\n\nThe Scottish Green Party on Tuesday called for a quick reform of the courts "to restore the trust of citizens", arguing that the delay "is a collective failure".\n\nIn a statement released on Wednesday, the party also turned to the economy. "Businesses are waiting for clear signals," the statement said. On security, the committee said that "the state must protect everyone".',
      [
        ['to restore the trust of citizens', 'Scottish Green Party'],
        ['is a collective failure', 'Scottish Green Party'],
        ['Businesses are waiting for clear signals,', 'Scottish Green Party'],
        ['the state must protect everyone', 'Scottish Green Party']
      ]
    ],
    [
      'a name qualifying a definite role (the Leeds winger) is not the speaker: the subject named before is',
      'Match\n\nTom Rivers was puzzled as to why his try had been disallowed. "I was behind the ball," said the Leeds winger. "We rehearse it every week."',
      [
        ['I was behind the ball,', 'Tom Rivers'],
        ['We rehearse it every week.', 'Tom Rivers']
      ]
    ],
    [
      'a definite description with no holder in the article: the article\'s main person',
      'Memories\n\nClaire Morton was the guest of Paul Gerrard on Saturday. Claire Morton talked about her first years on stage.\n\n"He laughed at everything," joked the actress.',
      [['He laughed at everything,', 'Claire Morton']]
    ],
    [
      'an organisation after the name (X of the Y Movement): the person',
      'Vote\n\nThe party picked its candidate. "He is a true democrat," said Karim Jaziri of the Tunisia Future Movement on radio.',
      [['He is a true democrat,', 'Karim Jaziri']]
    ],
    [
      'a two-word phrase after a determiner, with a speech verb before it, stays a quote',
      'Obituary\n\nIn the 1990s, Fletcher Grant said he had made a "fabulous living" since the age of 22.',
      [['fabulous living', 'Fletcher Grant']]
    ],
    [
      'a participle cue after a subject in apposition: the name that opens the sentence',
      'Derby\n\nJane Porter, the minister for sport, praised the "good behaviour" of the fans and the "professionalism" of the police, adding that more trains would run.',
      [
        ['good behaviour', 'Jane Porter'],
        ['professionalism', 'Jane Porter']
      ]
    ],
    [
      'a capitalised word that opens a sentence before a preposition is no speaker',
      'Strike\n\nUnions said the talks had failed. Faced with the walkout, the council replied on Sunday, condemning "an unlawful action by a handful of staff".',
      [['an unlawful action by a handful of staff', null]]
    ],
    [
      'a name right after the phrase that opens its sentence is its subject: the pronoun after stands for it',
      'Budget\n\nMr Cable said the sums were wrong. In his Budget speech, Mr Brown raised the duty.\n\nHe said: "We will take no risks."',
      [['We will take no risks.', 'Brown']]
    ],
    [
      'a pronoun never stands for a person titled with the other gender (`he` is not `Ms Hughes`)',
      'Home Office\n\nMr Blunkett was at the centre of a row involving the minister Beverly Hughes. Having lost his backing, Ms Hughes resigned in April. His comments had prompted censure - he told refugees to "go back home and rebuild their towns".',
      [['go back home and rebuild their towns', 'Blunkett']]
    ],
    [
      'a quote with no cue after a sentence opened by another person who speaks is not the previous speaker\'s',
      'Schools\n\nMr Herren says the firm has plans. "We plan to put a solar panel at the school." Maciej Sundra says the goal is access. "Why are students still using textbooks?"',
      [
        ['We plan to put a solar panel at the school.', 'Herren'],
        ['Why are students still using textbooks?', 'Maciej Sundra']
      ]
    ],
    [
      '(not a name inside the opening phrase)',
      'Budget\n\nMr Cable said the sums were wrong. After a long meeting with Mr Brown, the unions left.\n\nHe said: "We will take no risks."',
      [['We will take no risks.', 'Cable']]
    ],
    [
      'a name qualifying a role phrase before another name (Spurs sporting director Frank Arnesen): the person is the speaker',
      'Spurs sign winger\n\nTottenham have signed the winger from Ajax.\n\n"He had offers from two other clubs but he chose us," said Spurs sporting director Frank Arnesen.\n\n"Rates will fall," Merrill Lynch debt analyst Jim Duggan noted.',
      [
        ['He had offers from two other clubs but he chose us,', 'Frank Arnesen'],
        ['Rates will fall,', 'Jim Duggan']
      ]
    ],
    [
      'he stands for a person: not a capitalised name the entities step did not report with no given name, title or speech verb (Grand Slam Tour)',
      'Wales win\n\nStephen Jones kicked 14 points for Wales on Saturday. Grand Slam Tour tickets sold out in an hour. "We can beat anyone," he said.',
      [['We can beat anyone,', 'Stephen Jones']]
    ],
    [
      'a nationality after the (the American, the Dutchman) describes the person the paragraph is about, as a role does',
      'Roddick through\n\nAndy Roddick beat Tommy Haas 6-4 6-3 in Rome on Tuesday. Roddick next plays Nadal.\n\n"I had my chances and took them," said the American.\n\nMartin Jol watched his side win 2-0 at Forest. "It was a professional sort of performance," the Dutchman said.',
      [
        ['I had my chances and took them,', 'Andy Roddick'],
        ['It was a professional sort of performance,', 'Martin Jol']
      ]
    ],
    [
      'capitalised words after an article that name no entity describe someone (the New Zealander, one Leeds-based broker): never a name',
      'Film delay\n\nDirector Tane Walker has said his next film will not start before 2008. "It will take years to sort out the rights," said the New Zealander.\n\nShares in Harlow Foods fell 4% on Monday. "Nobody expected the warning," one Leeds-based broker said.',
      [
        ['It will take years to sort out the rights,', 'Tane Walker'],
        ['Nobody expected the warning,', null]
      ]
    ],
    [
      'words woven with no cue into a sentence that he or she opens are the words of the person the pronoun stands for',
      'Tax plans\n\nTory leader Michael Hart set out his plans in Leeds on Friday. He went on to praise the values that "most families hold dear".\n\nHealth minister Rosa Patel met nurses in Hull. She wants to end "needless paperwork" on wards.',
      [
        ['most families hold dear', 'Michael Hart'],
        ['needless paperwork', 'Rosa Patel']
      ]
    ],
    [
      'an age as a description (the 24-year-old) stands for the person the paragraph is about, after or before the verb',
      'Roddick out\n\nAndy Roddick lost to Tommy Haas in Rome on Tuesday. Roddick was tired.\n\n"It is tough," said the 24-year-old. "I will be back," the 24-year-old added.',
      [
        ['It is tough,', 'Andy Roddick'],
        ['I will be back,', 'Andy Roddick']
      ]
    ],
    [
      'according to a document seen or reviewed by an outlet: the outlet read it and did not write it; issued by still names the author',
      'Texts\n\nThe messages called him an "idiot", according to copies reviewed by Reuters.\n\nThe plan is "dangerous and costly", according to a statement issued by Greenpeace.',
      [
        ['idiot', null],
        ['dangerous and costly', 'Greenpeace']
      ]
    ],
    [
      'the outlet or person told (told Associated Press, told CNN, told Reuters) is never the speaker: the subject before told is',
      'Lira\n\nPrices rose in Ankara.\n\n"If a person has savings, they will shrink," shop owner Hayriye Evren told Associated Press. "People will feel it."\n\n"It is important," the mayor, James Knowles, told CNN.\n\nOne dealer, who asked not to be named, told Reuters the sales were "not what people had hoped for".',
      [
        ['If a person has savings, they will shrink,', 'Hayriye Evren'],
        ['People will feel it.', 'Hayriye Evren'],
        ['It is important,', 'James Knowles'],
        ['not what people had hoped for', null]
      ]
    ],
    [
      'quoted X as saying: the name after a role word (worker) is the one quoted, not the company before it',
      'Takeover\n\nOracle completed its takeover on Friday. "We are mourning a great company," the agency quoted Peoplesoft worker David Ogden as saying.',
      [['We are mourning a great company,', 'David Ogden']]
    ],
    [
      'a courtesy title after a verb belongs to the object, which does not become the subject (sent Mr Bush)',
      'Election\n\nMichael Howard sent Mr Bush a letter on Wednesday. "We look forward to working with you," he said.\n\nTory leader Michael Howard sent Mr Bush his congratulations, saying: "We look to the president."',
      [
        ['We look forward to working with you,', 'Michael Howard'],
        ['We look to the president.', 'Michael Howard']
      ]
    ]
  ])
})

describe('speakers, French', () => {
  table('fr', [
    [
      'selon un document consulté par un média : le média a lu le document, il n’en est pas l’auteur',
      'Congés\n\nDes députés veulent autoriser le don de congés, selon un courrier consulté mardi par l’AFP, un texte jugé « très intéressant ».\n\nLes attentes sont plus longues, « de dix minutes », selon des documents internes consultés par RTL.',
      [
        ['très intéressant', null],
        ['de dix minutes', null]
      ]
    ],
    [
      'une nationalité ou une équipe après le (le Sénégalais, le Bleu) désigne la personne dont parle le paragraphe',
      'Foot\n\nKylian Mbappé a marqué deux buts samedi soir. Après le match, le Bleu a confié : « On a bien joué. »\n\nSadio Mané a égalisé à la dernière minute. Le Sénégalais a déclaré : « Je suis prêt. »',
      [
        ['On a bien joué.', 'Kylian Mbappé'],
        ['Je suis prêt.', 'Sadio Mané']
      ]
    ],
    [
      'il désigne une personne : pas un nom en capitales que l’étape des entités n’a pas rapporté, sans prénom, titre ni verbe de parole',
      'Sénégal\n\nSouleymane Diawara a joué en 2002. Coupe du Monde Asiatique : tout le monde s’en souvient. « C’était sans doute la meilleure équipe », lance-t-il.',
      [['C’était sans doute la meilleure équipe', 'Souleymane Diawara']]
    ],
    [
      'le rôle et son organisation, puis le nom en apposition : la personne parle (le directeur sportif de Tottenham, Frank Arnesen)',
      'Tottenham recrute\n\nTottenham a recruté un ailier de l’Ajax.\n\n« Il avait deux autres offres mais il nous a choisis », a déclaré le directeur sportif de Tottenham, Frank Arnesen.',
      [['Il avait deux autres offres mais il nous a choisis', 'Frank Arnesen']]
    ],
    [
      'un pronom ne désigne pas une personne dont le titre est de l’autre genre (`il` n’est pas `Mme Ndiaye`)',
      'Mairie\n\nM. Moussa Diallo a reçu la ministre. Mme Awa Ndiaye a ensuite visité l’école de Pikine. Il a déclaré : « Nous avons beaucoup avancé. »',
      [['Nous avons beaucoup avancé.', 'Moussa Diallo']]
    ],
    [
      'le secrétaire général d’une organisation, nommé en apposition',
      'Grève\n\n« Nous irons jusqu’au bout », a déclaré le secrétaire général de la CGT, Jean Dumas.',
      [['Nous irons jusqu’au bout', 'Jean Dumas']]
    ],
    [
      'un sujet nom commun ne donne pas de locuteur, pas un lieu voisin',
      'Incendie\n\nLe feu a menacé plusieurs villages du bord de la Méditerranée, « les flammes entrant dans les quartiers habités », ont relaté les pompiers.',
      [['les flammes entrant dans les quartiers habités', null]]
    ],
    [
      'le président d’une association jamais nommé : pas de locuteur, pas l’association',
      'Distinction\n\nLe président de Jokko Solidarité a exprimé sa fierté : « Nous félicitons notre filleul pour son courage. »',
      [['Nous félicitons notre filleul pour son courage.', null]]
    ],
    [
      'un porte-parole anonyme ne reprend pas le locuteur précédent',
      'Transports\n\nLe ministre Paul Ndour a défendu la réforme. « Elle est nécessaire », a-t-il dit.\n\nUn porte-parole de la SNCF a indiqué que les trains circuleraient. « Le trafic sera normal lundi », a-t-il ajouté.',
      [
        ['Elle est nécessaire', 'Paul Ndour'],
        ['Le trafic sera normal lundi', 'SNCF']
      ]
    ],
    [
      'une organisation sujet d’un verbe de parole',
      'Rail\n\nLa SNCF a indiqué mardi que « le trafic reprendra progressivement dans la soirée ».',
      [['le trafic reprendra progressivement dans la soirée', 'SNCF']]
    ],
    [
      'le communiqué d’une fédération parle pour elle',
      'Dopage\n\n« Nous pouvons confirmer que le joueur a été suspendu », indique le communiqué de la FFR au journal.',
      [['Nous pouvons confirmer que le joueur a été suspendu', 'FFR']]
    ],
    [
      'un groupe nominal puis le nom en apposition',
      'Zoo\n\n« Tous les animaux ont eu des petits », se réjouit le co-directeur de Sainte-Croix, Pierre Sanger.',
      [['Tous les animaux ont eu des petits', 'Pierre Sanger']]
    ],
    [
      'un sujet inversé nom commun, pas le lieu nommé avant le verbe : l’organisme qu’il décrit',
      'Pollution\n\n« Seuls les véhicules propres pourront circuler » dans le périmètre de l’autoroute A86, a annoncé la préfecture de police.',
      [['Seuls les véhicules propres pourront circuler', 'préfecture de police']]
    ],
    [
      'selon un représentant nommé en apposition, pas le pays de son titre',
      'Migrants\n\nLe camp doit permettre aux réfugiés de « rejoindre Athènes », selon le représentant en Grèce du Haut commissariat de l’ONU aux réfugiés, Philippe Lenoir.',
      [['rejoindre Athènes', 'Philippe Lenoir']]
    ],
    [
      'le sujet de la subordonnée qui porte le verbe',
      'Débat\n\nLe député Alain Roux a rappelé comment Marie Lenoir avait en 2019 dénoncé « une campagne indigne ».',
      [['une campagne indigne', 'Marie Lenoir']]
    ],
    [
      'un qualificatif cité d’un seul mot, près d’une citation attribuée',
      'Enquête\n\n« Les auditions vont reprendre », a déclaré Me Thierry Roche. Pour ses clients, la piste du crime « familial » est privilégiée.',
      [
        ['Les auditions vont reprendre', 'Thierry Roche'],
        ['familial', 'Thierry Roche']
      ]
    ],
    [
      'un parti parle par son communiqué et son bureau politique ; un participe après lui',
      'Réforme\n\nLe parti Avenir Citoyen a appelé mardi à une réforme rapide de la justice « pour rétablir la confiance des citoyens », estimant que le retard « est un échec collectif ».\n\nDans un communiqué publié mercredi, le parti a aussi évoqué l’économie. « Les entreprises attendent des signaux clairs », a précisé le communiqué. Sur la sécurité, le bureau politique a rappelé que « l’État doit protéger tout le monde ».',
      [
        ['pour rétablir la confiance des citoyens', 'Avenir Citoyen'],
        ['est un échec collectif', 'Avenir Citoyen'],
        ['Les entreprises attendent des signaux clairs', 'Avenir Citoyen'],
        ['l’État doit protéger tout le monde', 'Avenir Citoyen']
      ]
    ],
    [
      'une description définie après la citation : le sujet nommé juste avant',
      'Souvenirs\n\nMichèle Dumas a parlé de sa famille sur le plateau de Paul Girard. « Il disait toujours qu’il fallait rire de tout », rigole la comédienne.',
      [['Il disait toujours qu’il fallait rire de tout', 'Michèle Dumas']]
    ],
    [
      'une description définie sans titulaire : la personne principale de l’article, pas le nom le plus proche',
      'Souvenirs\n\nClaire Morin était samedi l’invitée de Paul Girard. Claire Morin a évoqué ses débuts au théâtre.\n\nSon père, le docteur Henri Vidal, l’a beaucoup marquée. « Il riait de tout », rigole la comédienne.',
      [['Il riait de tout', 'Claire Morin']]
    ],
    [
      'un parti dans le groupe sujet (X du Mouvement Y) : la personne ; « a défendu » fait du député le sujet',
      'Vote\n\nLe député Karim Jaziri du Mouvement Tunisie Avenir a jugé inacceptable de douter du président qui, a-t-il affirmé, « est une personnalité démocratique ».\n\nDe son côté, le député Hédi Ben Salah (bloc national) a défendu le président, Ali Mansour qui, a-t-il dit, « possède un passé glorieux ».',
      [
        ['est une personnalité démocratique', 'Karim Jaziri'],
        ['possède un passé glorieux', 'Hédi Ben Salah']
      ]
    ],
    [
      'un participe après un sujet en apposition : le nom qui ouvre la phrase',
      'Derby\n\nKodjo Mensah, ministre des Sports, a salué « le bon comportement » des supporters et le « professionnalisme » des policiers, assurant que des trains seraient ajoutés.',
      [
        ['le bon comportement', 'Kodjo Mensah'],
        ['professionnalisme', 'Kodjo Mensah']
      ]
    ],
    [
      'un mot capitalisé qui ouvre la phrase devant une préposition n’est pas un locuteur',
      'Grève\n\nLes syndicats ont annoncé l’échec des discussions. Face à ces accusations, la mairie a réagi dimanche, dénonçant « une action illégale de quelques agents ».',
      [['une action illégale de quelques agents', null]]
    ],
    [
      'une phrase sans sujet avant un deux-points garde le locuteur précédent',
      'Souvenirs\n\nInvitée sur le plateau, Claire Dumas a parlé de sa mère. « C’était une femme très gaie », a-t-elle confié. Avant de raconter une anecdote : « Elle chantait tous les matins en faisant le café. »',
      [
        ['C’était une femme très gaie', 'Claire Dumas'],
        ['Elle chantait tous les matins en faisant le café.', 'Claire Dumas']
      ]
    ]
  ])
})

describe('speakers and one-word quotes: what must not be found', () => {
  const rows: [title: string, language: string, input: string, want: [text: string, speaker: string | null][]][] = [
    [
      'a capitalised title woven into a sentence with no one saying it (`du « Magazine de la santé »`), beside a quote',
      'fr',
      'Michel Dumas blessé\n\nLe médecin a fait son retour sur le plateau du « Magazine de la santé » jeudi. « Je me suis fait un petit bobo au ski », a-t-il raconté.',
      [['Je me suis fait un petit bobo au ski', 'Michel Dumas']]
    ],
    [
      'a capitalised title woven into a sentence with no one saying it (`the film "All the Way"`), beside a quote',
      'en',
      'Theatre\n\nHe starred in a revival of All the Way before turning to "Gone with the wind" last year. "It was a joy," Bryan Cole said.',
      [['It was a joy,', 'Bryan Cole']]
    ],
    [
      'but not a capitalised quote after a word opening a clause (`convaincus que « Dieu est avec nous »`)',
      'fr',
      'Résistance\n\nLes villageois tiennent bon, convaincus que « Dieu est avec nous ».',
      [['Dieu est avec nous', null]]
    ],
    [
      'a scare-quoted noun after an adjective, even beside a quote',
      'en',
      'Ireland\n\n"It is still looking good," he told reporters. Ireland\'s economic \'miracle\' is enjoying a second wind.',
      [['It is still looking good,', null]]
    ],
    [
      'a scare-quoted verb after a modal',
      'en',
      'Wages\n\n"This is great news," said Amy Cole. When you can "earn" more from claiming, there is no incentive.',
      [['This is great news,', 'Amy Cole']]
    ],
    [
      'a one-word qualifier with no attributed quote near it',
      'fr',
      'Incendie\n\nLe feu, désormais « contenu », a ravagé mille hectares.',
      []
    ],
    [
      'a term after a preposition, in French',
      'fr',
      '« Nous voulons avancer », a dit la ministre Awa Diop. Le texte parle de « réforme » à chaque page.',
      [['Nous voulons avancer', 'Awa Diop']]
    ],
    [
      'a country in the role complement is not the speaker',
      'en',
      'Talks\n\n"We will sign next week," said the ambassador of Norway.',
      [['We will sign next week,', null]]
    ],
    [
      'a conjunction before an opening phrase, in French',
      'fr',
      'Dupont rappelé\n\nAntoine Dupont sera titulaire samedi.\n\nEt avec 40 sélections et un titre, Dupont peut conseiller les jeunes centres comme Louis Martin et Paul Durand. « Je suis là pour les aider », a-t-il ajouté.',
      [['Je suis là pour les aider', 'Antoine Dupont']]
    ],
    [
      'a place before a common-noun subject, in French',
      'fr',
      'Crue\n\nÀ Saint-Louis, « l’eau est montée très vite », ont raconté des habitants.',
      [['l’eau est montée très vite', null]]
    ]
  ]
  for (const [title, language, input, want] of rows) {
    it(title, () => {
      expect(quotesOf(input, language).map((q) => [q.text, q.speaker?.name ?? null])).toEqual(want)
    })
  }
})
