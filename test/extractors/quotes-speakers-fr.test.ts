/**
 * Who said it, French press habits (issue 3): short texts written for these
 * tests, through the whole pipeline (entities included), with the English
 * equivalent where the rule is not French only. Each row gives the quotes
 * expected, in order, with their speaker (`null`: the text does not say).
 */
import {describe} from 'vitest'
import {speakerTable as table} from '../helpers.js'


describe('speakers, French', () => {
  table('fr', [
    [
      'a headline quote is the subject’s of its clause across a colon, not the topic before the colon (`Affaire X :`, `Procès X :`)',
      'Affaire Ndoye : Fatou Kane lui adresse un message plein de sagesse, « va reconquérir ton mari » (vidéo)\n\nLa vendeuse de lait de corps est au centre de toutes les discussions depuis la diffusion d’un audio.',
      [['va reconquérir ton mari', 'Fatou Kane']]
    ],
    [
      'a place in a complement opening the sentence (`A Dakar, X espère`) is never the speaker: the name after it is',
      'Pèlerinage : les fidèles déçus\n\nLes pèlerins ont appris la nouvelle mardi.- Limiter les risques -A Dakar, Mamadou Sarr espère y aller l’an prochain, évoquant "des conditions exceptionnelles".',
      [['des conditions exceptionnelles', 'Mamadou Sarr']]
    ],
    [
      'a subheading’s word between dashes (`- Inquiets -`) is no speaker: the source opening the sentence after it is',
      'Hajj : les agences inquiètes\n\nLe pèlerinage est limité cette année à cause du virus.- Inquiets -Pour Mamadou Sarr, qui dirige une agence de voyage à Dakar, « de nombreuses familles vont souffrir » de cette décision.',
      [['de nombreuses familles vont souffrir', 'Mamadou Sarr']]
    ],
    [
      'a subheading set between dashes (`- « … » -`, glued to the paragraphs by the scraper) is no one’s words',
      'Biélorussie : la candidate fait campagne\n\nSvetlana Ivanova a réuni des milliers de partisans à Minsk. « Nous voulons des élections libres », a-t-elle lancé devant la foule.- « Fatiguée d’avoir peur » -Mme Ivanova se présente comme une femme ordinaire.',
      [
        ['Nous voulons des élections libres', 'Svetlana Ivanova'],
        ['Fatiguée d’avoir peur', null]
      ]
    ],
    [
      'but a subheading between dashes that the body quotes again takes that quote’s speaker',
      'Spectacle vivant : la filière attend des dates\n\n« Nous voudrions une réponse le 22 juin », insiste Aurélie Martin, déléguée du syndicat. - « On veut y voir clair » -« On veut y voir clair », répète-t-elle.',
      [
        ['Nous voudrions une réponse le 22 juin', 'Aurélie Martin'],
        ['On veut y voir clair', 'Aurélie Martin'],
        ['On veut y voir clair', 'Aurélie Martin']
      ]
    ],
    [
      'a time or an adverb between the verb and a role put after it (`a assuré jeudi la ministre`, `explique ainsi le député`) is no part of the subject',
      'Santé : la ministre défend sa réforme\n\nAgnès Buzyn a présenté son plan devant les députés. « Nous ne fermerons aucun hôpital », a assuré jeudi la ministre de la Santé lors des questions au gouvernement. « Les urgences auront des moyens », explique ainsi la ministre.',
      [
        ['Nous ne fermerons aucun hôpital', 'Agnès Buzyn'],
        ['Les urgences auront des moyens', 'Agnès Buzyn']
      ]
    ],
    [
      'a description of a person after its verb (`a déclaré l’ancien Premier ministre`) never stands for a body quoted just before',
      'Procès : Manuel Valls regrette le verdict\n\nManuel Valls a commenté le verdict lundi sur Europe 1. « La décision est rendue et elle est définitive », a précisé la Cour d’assises spéciale de Paris dans un communiqué. « Je ne critiquerai jamais une décision de justice », a déclaré l’ancien Premier ministre.',
      [
        ['La décision est rendue et elle est définitive', 'Cour d’assises spéciale de Paris'],
        ['Je ne critiquerai jamais une décision de justice', 'Manuel Valls']
      ]
    ],
    [
      'a person’s name whose first word is also a determiner (`Ma Xiaoguang`, `Mon Amour`) is the speaker, not a role',
      'Taïwan\n\nPékin a réagi mercredi. « Nous avons une détermination sans faille », a averti le porte-parole du bureau, Ma Xiaoguang.',
      [['Nous avons une détermination sans faille', 'Ma Xiaoguang']]
    ],
    [
      'a short phrase between commas after the verb (`a rétorqué, visage fermé, Nicolas Sarkozy`) does not hide the subject after it',
      'Débat\n\nLe maire de Meaux a attaqué d’entrée. « On a gouverné ensemble », a rétorqué, visage fermé, Nicolas Sarkozy, qui a promis une alternance.',
      [['On a gouverné ensemble', 'Nicolas Sarkozy']]
    ],
    [
      'the period of a title after the verb (`a expliqué M. Tudge`) does not end the subject: the name after it is the speaker',
      'Ingérence\n\nLe ministre Alan Tudge a parlé dimanche. « Nous avons besoin de savoir », a expliqué M. Tudge, sans préciser.',
      [['Nous avons besoin de savoir', 'Alan Tudge']]
    ],
    [
      'an initial before a name after the verb (`a estimé J. Michael Cole`) is part of the name',
      'Taïwan\n\nLe discours était attendu. « La présidente a fixé des limites », a estimé J. Michael Cole, du programme d’études.',
      [['La présidente a fixé des limites', 'J. Michael Cole']]
    ],
    [
      'a particle inside a name (`François de Rugy`) is not a role’s preposition: the whole name is kept',
      'Constitution\n\nLe texte arrive au Sénat. « Je plaide pour un article clair », avait déclaré François de Rugy, le président de l’Assemblée nationale.',
      [['Je plaide pour un article clair', 'François de Rugy']]
    ],
    [
      'a source phrase whose noun phrase names nobody (`selon une source proche du dossier`) gives no speaker, not the name opening the sentence',
      'Théâtre\n\nLe Théâtre du Châtelet a annoncé vendredi le départ de sa directrice, après un audit ayant pointé « des problèmes managériaux », selon une source proche du dossier.',
      [['des problèmes managériaux', null]]
    ],
    [
      'a source phrase with a pronoun (`selon lui`) still stands for the name opening the sentence',
      'Théâtre\n\nLe directeur est parti. Marc Roux a dénoncé l’audit qui a pointé, selon lui, « des problèmes imaginaires ».',
      [['des problèmes imaginaires', 'Marc Roux']]
    ],
    [
      'a demonstrative pronoun as subject (`Celui-ci a déclaré`) is the person named last, not the sentence subject before it',
      'Rencontre\n\nLe ministre Paul Roux a reçu Marc Dupont lundi. Celui-ci a déclaré : « Nous avons avancé. »',
      [['Nous avons avancé.', 'Marc Dupont']]
    ],
    [
      'a plural demonstrative (`Ceux-ci avaient affirmé`) is never a name: with no body named before, no speaker',
      'Disparition\n\nLa famille a réagi au communiqué des secours. Ceux-ci avaient affirmé avoir retrouvé le jeune homme avant qu’il ne « descende du véhicule ».',
      [['descende du véhicule', null]]
    ],
    [
      'a phrase with a verb between commas after the verb (`a répondu, quand Paul Roux est parti, …`) is not skipped',
      'Débat\n\nLa séance était tendue. « Je reste », a répondu, quand Paul Roux est parti, la salle entière.',
      [['Je reste', null]]
    ],
    [
      'words woven into a sentence whose subject is a definite role after an opening phrase (`En tombant, l’animateur s’est « … »`) are the person the role stands for',
      'Michel Dumas blessé au ski\n\nLes vacances de Michel Dumas ont mal tourné. En tombant sur la glace, l’animateur s’est « arraché tous les ligaments » de l’épaule.',
      [['arraché tous les ligaments', 'Michel Dumas']]
    ],
    [
      'a name after the role and its complement (`le candidat d’extrême droite Romain Lopez`) is the subject',
      'Municipales à Moissac\n\nLa ville se sent visée. Sans les nommer, le candidat d’extrême droite Romain Lopez a fait campagne sur « les incivilités et les tapages nocturnes ».',
      [['les incivilités et les tapages nocturnes', 'Romain Lopez']]
    ],
    [
      'an introduction before a colon led by a common noun, with no name and no pronoun (`la famille s’interroge :`), names nobody',
      'Disparition à Dakar\n\nLe commandant Ibrahima Fall a présenté la version des pompiers. « Nous l’avons cherché toute la nuit », a-t-il déclaré.\nConfrontée à ce récit, la famille s’interroge : « Pourquoi personne ne l’a retrouvé ? »',
      [
        ['Nous l’avons cherché toute la nuit', 'Ibrahima Fall'],
        ['Pourquoi personne ne l’a retrouvé ?', null]
      ]
    ],
    [
      'a verb in a subordinate clause opening the introduction (`Alors que les recherches pour retrouver X se poursuivent,`) is not its cue',
      'Recherches\n\nLe commandant Ibrahima Fall a présenté la version des pompiers.\nAlors que les recherches pour retrouver Moussa Diop se poursuivent, sa famille lance un appel : « Dites-nous la vérité. »',
      [['Dites-nous la vérité.', null]]
    ],
    [
      'a source preposition opening the sentence (`Pour Andrea Fares, …`) gives the speaker of the quote woven into it',
      'Statue vandalisée\n\nLa statue a été couverte de peinture dimanche. Pour Andrea Fares, habitant du quartier, "c’est un acte insensé".',
      [['c’est un acte insensé', 'Andrea Fares']]
    ],
    [
      'a name glued by a scraper to the next word (`VladimirPoutinea`, `Mbayes’est`) is given back its spaces when the article names that person elsewhere',
      'Frappes en Iran\n\nVladimir Poutine était attendu vendredi. Le président russe VladimirPoutinea fermement dénoncé les frappes, évoquant une « dangereuse escalade ».',
      [['dangereuse escalade', 'Vladimir Poutine']]
    ],
    [
      'a name glued to `s’est` loses it',
      'Lutte\n\nModou Mbaye a été blessé samedi. Dans une vidéo publiée dimanche,Modou Mbayes’est confié : « Il m’a blessé, j’ai toujours mal. »',
      [['Il m’a blessé, j’ai toujours mal.', 'Modou Mbaye']]
    ],
    [
      'a sentence glued to a quote that ends the one before (`de « vérité ».« Je suis prêt »`) starts there: each has its own speaker',
      'Débat télévisé\n\nFrançois Marin a rappelé que le pays avait besoin de « rigueur » et de « vérité ».« Je suis prêt », a pour sa part assuré Paul Girard.',
      [
        ['rigueur', 'François Marin'],
        ['vérité', 'François Marin'],
        ['Je suis prêt', 'Paul Girard']
      ]
    ],
    [
      'an elided article before a common noun (`L’institution a rappelé`) is a description, not a name',
      'Audiovisuel\n\nLe conseil a publié un avis mardi. L’institution a rappelé que « les chaînes doivent respecter leur cahier des charges ».',
      [['les chaînes doivent respecter leur cahier des charges', null]]
    ],
    [
      'a capitalised word opening a sentence and never written with its capital elsewhere (`Toutefois,`) is not a speaker',
      'Guerre au Proche-Orient\n\nModou Niang vit à Haïfa depuis dix ans. « Nous dormons dans les abris », a-t-il confié. Toutefois, l’inquiétude demeure : « Personne ne sait quand cela finira. »',
      [
        ['Nous dormons dans les abris', 'Modou Niang'],
        ['Personne ne sait quand cela finira.', 'Modou Niang']
      ]
    ],
    [
      'the subject comes after a phrase opening the sentence (`Devant les élus de Thiès Nord, Awa Ndiaye a … défendu`), not a name inside it',
      'Budget 2026\n\nDevant les élus de Thiès Nord, Awa Ndiaye a ensuite longuement défendu son budget : « Ce budget est juste. »',
      [['Ce budget est juste.', 'Awa Ndiaye']]
    ],
    [
      'after a participle phrase (`Interrogée par Radio Futurs Médias,`) the role and name that follow are the subject',
      'Budget 2026\n\nInterrogée par Radio Futurs Médias, la ministre Awa Ndiaye a ensuite longuement défendu son budget : « Ce budget est juste. »',
      [['Ce budget est juste.', 'Awa Ndiaye']]
    ],
    [
      'a definite description with a complement (`l’ancien attaquant de Marseille`) stands for the main person when they were named last',
      'Didier Drogba revendique son statut\n\nÀ la retraite depuis 2018, Didier Drogba a marqué l’histoire du football ivoirien. L’ancien joueur de Chelsea a défendu son héritage lors d’un live sur Instagram.\n\n« Je suis une légende du club, tout le monde le sait », a répondu l’ancien attaquant de Marseille. Une déclaration qui a fait réagir.',
      [['Je suis une légende du club, tout le monde le sait', 'Didier Drogba']]
    ],
    [
      'a clause sharing the subject of the attribution (`, en dénonçant « … »`) quotes the same speaker',
      'Réforme des retraites\n\nLa ministre du Travail, Sophie Lambert, a défendu son texte mardi. "Nous irons jusqu\'au bout", a-t-elle affirmé, en dénonçant "une campagne de désinformation" menée par l\'opposition.',
      [
        ["Nous irons jusqu'au bout", 'Sophie Lambert'],
        ['une campagne de désinformation', 'Sophie Lambert']
      ]
    ],
    [
      'a participle after the attribution (`, ajoutant que … « … »`) keeps its subject',
      'Hôpital de Nantes\n\nLe directeur de l\'hôpital, Paul Moreau, a répondu aux syndicats jeudi. "Les moyens sont là", a-t-il assuré, ajoutant que la situation restait "sous contrôle" malgré la grève.',
      [
        ['Les moyens sont là', 'Paul Moreau'],
        ['sous contrôle', 'Paul Moreau']
      ]
    ],
    [
      'a long role after the verb, closed by a name in apposition at the end of the sentence, is that name; later pronouns follow it',
      'Eau potable\n\nLes habitants de Quimper ont été privés d\'eau. "Nous n\'avons pas été informés de plaintes récentes", a pour sa part indiqué mardi à l\'AFP le directeur régional de l\'Agence de l\'eau (AEB) Bretagne, Marc Le Goff. "Les analyses sont en cours", a-t-il ajouté.',
      [
        ["Nous n'avons pas été informés de plaintes récentes", 'Marc Le Goff'],
        ['Les analyses sont en cours', 'Marc Le Goff']
      ]
    ],
    [
      'a name inside the role phrase (`la région Grand Est`) qualifies it: the name in apposition at the end is the speaker',
      'Budget\n\nLe vote aura lieu jeudi. "Ce budget est sincère", a déclaré mardi à Franceinfo la présidente de la région Grand Est, Carole Martin. "Nous tiendrons nos engagements", a-t-elle ajouté.',
      [
        ['Ce budget est sincère', 'Carole Martin'],
        ['Nous tiendrons nos engagements', 'Carole Martin']
      ]
    ],
    [
      'an organisation whose name holds a role word (`général`) is the organisation, not a role',
      'Grève des dockers\n\nLes quais du port étaient déserts mardi matin. "Les terminaux resteront fermés jusqu\'à lundi", a annoncé le Syndicat général des Dockers CGT sur son site. "Aucun navire ne sera déchargé".',
      [
        ["Les terminaux resteront fermés jusqu'à lundi", 'Syndicat général des Dockers CGT'],
        ['Aucun navire ne sera déchargé', 'Syndicat général des Dockers CGT']
      ]
    ],
    [
      'a name after a verb put before its subject (`comme l\'a expliqué X`) is the subject a later pronoun stands for',
      'Collecte\n\n"La collecte est vitale pour nous", explique Sophie Marchand, présidente de la banque alimentaire de l\'Ain. À Lyon, les bénévoles de la Croix-Rouge ont promis de renforcer les équipes, comme l\'a expliqué Karim Benali, le coordinateur du réseau. "Nous serons deux fois plus nombreux samedi", a-t-il lancé sur France Bleu.',
      [
        ['La collecte est vitale pour nous', 'Sophie Marchand'],
        ['Nous serons deux fois plus nombreux samedi', 'Karim Benali']
      ]
    ],
    [
      '`elle` after a quote stands for the organisation that opens its sentence, not for a woman named before',
      'Trains supprimés\n\nLa ministre des Transports, Claire Vautrin, a demandé des explications lundi. La SNCF a répondu dans la soirée sur son site : "Les circulations reprendront mercredi sur tout le réseau", a-t-elle assuré.',
      [['Les circulations reprendront mercredi sur tout le réseau', 'SNCF']]
    ],
    [
      'a name in a phrase opening the sentence (`Accusée par X,`) is not the subject: the person after the comma is',
      'Polémique\n\nAccusée de fraude par le groupe Belair Industries, Fatou Kane répond et dénonce une « manœuvre grossière » dans un communiqué.',
      [['manœuvre grossière', 'Fatou Kane']]
    ],
    [
      'after an opening phrase (`Sur les ondes de X,`), a definite description stands for the person named before',
      'Mercato\n\nLe milieu de terrain Ibrahima Sow a signé lundi à Lyon. Sur les ondes de la radio Sud Horizon, le capitaine des Lions est revenu sur ce choix, saluant « un projet ambitieux et clair pour les jeunes du club ».',
      [['un projet ambitieux et clair pour les jeunes du club', 'Ibrahima Sow']]
    ],
    [
      'a definite description with a complement (`L\'ex animateur du journal de X`) stands for the subject of the sentence before',
      'Hommage\n\nJean-Marc Delorme a fêté lundi les trente ans de sa radio. L\'ex animateur du journal de Radio Horizon a publié un message sur Twitter : "Trente ans de passion, merci à tous nos auditeurs."',
      [['Trente ans de passion, merci à tous nos auditeurs.', 'Jean-Marc Delorme']]
    ],
    [
      'a definite description with a complement names nobody when the person was the subject further back',
      'Congrès\n\nJean-Marc Delorme a ouvert le congrès lundi. Les débats ont duré trois heures. Les votes ont suivi dans la soirée. Le président de la Ligue bretonne a ensuite déclaré : "Nous quitterons la fédération en juin."',
      [['Nous quitterons la fédération en juin.', null]]
    ],
    [
      'a subheading in marks glued to the paragraphs around it by a scraper has no speaker',
      'Inondations\n\nLes secours sont restés mobilisés toute la nuit. "Nous avons évacué quarante familles", a indiqué le maire, Paul Girard."Des dégâts considérables"Les pompiers ont poursuivi les pompages jusqu\'au matin.',
      [
        ['Nous avons évacué quarante familles', 'Paul Girard'],
        ['Des dégâts considérables', null]
      ]
    ],
    [
      'words woven into a sentence with no speech verb belong to its subject, a person in apposition after a role',
      'Audition\n\nLe secrétaire d\'État aux Affaires étrangères, Karim Jaziri, a mis l\'accent mercredi sur la coopération entre les services "afin de connaître toute la vérité sur ces réseaux". La commission poursuivra ses auditions jeudi.',
      [['afin de connaître toute la vérité sur ces réseaux', 'Karim Jaziri']]
    ],
    [
      'two sentences glued by scraping (`la comédienne.C\'est`) still end the inverted subject at the full stop',
      'Télévision\n\nMichèle Fabre était invitée samedi sur le plateau. Son père l\'a marquée. "Il disait toujours qu\'il fallait rire de tout", sourit la comédienne.C\'est en évoquant sa mère que l\'actrice a pleuré.',
      [["Il disait toujours qu'il fallait rire de tout", 'Michèle Fabre']]
    ],
    [
      'a quote with no cue after a sentence whose subject is an organisation before a verb: the organisation',
      'Football\n\nCe mardi soir, la Commission nationale des litiges (CNL) a prononcé l\'exclusion du club.«Le club est exclu de toutes les compétitions jusqu\'en juin 2026 » !',
      [["Le club est exclu de toutes les compétitions jusqu'en juin 2026", 'Commission nationale des litiges']]
    ],
    [
      'an organisation in the complement of a role before a verb is not the subject: the person before it is',
      'Tunisie\n\nKarim Haddad président du Mouvement Tunisie Avenir (Moustakbel) a exprimé lundi à la radio son inquiétude. "Le parlement ne fonctionne plus et il faudrait le dissoudre".',
      [['Le parlement ne fonctionne plus et il faudrait le dissoudre', 'Karim Haddad']]
    ],
    [
      'an organisation noun (`selon l\'organisme`) stands for the organisation named earlier in its sentence, not for a source further back',
      'Retraites\n\nLa Caisse nationale des retraites (CNR) gère quatorze millions de dossiers. Une erreur de calcul a touché 20.000 assurés, a rapporté Le Parisien mercredi. C\'est pour ces dossiers que la CNR n\'a pas appliqué le bon taux : une "erreur de paramétrage du logiciel", selon l\'organisme.',
      [['erreur de paramétrage du logiciel', 'Caisse nationale des retraites']]
    ],
    [
      'the subject after the verb ends at a clause word (`avait tweeté l\'ancien ministre quand … Sophie Mercier`)',
      'Politique\n\nJean Valois a quitté le parti en 2019. "La reine est devenue folle", avait tweeté l\'ancien ministre quand la présidente du parti avait écarté son amie Sophie Mercier.',
      [['La reine est devenue folle', 'Jean Valois']]
    ],
    [
      'a name after a common noun inside an indefinite subject (`des élus du parti X`) names nobody who speaks',
      'Assemblée\n\n"Le président de la séance est tout à fait légitime pour conduire les débats", ont estimé des élus du mouvement Avenir Citoyen, réunis mardi.',
      [['Le président de la séance est tout à fait légitime pour conduire les débats', null]]
    ],
    [
      'a name spelled otherwise in the headline (without its accents) and in the body: the body spelling',
      'Le député Ismaila Ndour sur son collègue : « rien ne me surprend de lui »\n\nLe député et vice-président de l\'Assemblée nationale, Ismaïla Ndour, a vivement critiqué son collègue mardi.',
      [['rien ne me surprend de lui', 'Ismaïla Ndour']]
    ],
    [
      'a name completing a role (`le président de la République`, `le fondateur de Tesla et SpaceX`) is not the speaker: the person the role stands for is',
      'Déconfinement : Emmanuel Macron salue une victoire\n\nEmmanuel Macron s’est exprimé dimanche soir. Le président de la République appelle encore à la prudence. « L’été ne sera pas comme les autres », a-t-il dit.\n\nAujourd’hui, Elon Musk recule. Dans un message publié mercredi, le fondateur de Tesla et SpaceX a exprimé ses regrets : « Je regrette certains de mes messages ».',
      [
        ['L’été ne sera pas comme les autres', 'Emmanuel Macron'],
        ['Je regrette certains de mes messages', 'Elon Musk']
      ]
    ],
    [
      'a role completed by two coordinated complements (`de l’Enseignement supérieur et de la Recherche`) stands for the person holding it',
      'Essais : les premiers résultats bientôt connus, assure Frédérique Vidal\n\nFrédérique Vidal a fait le point jeudi. La ministre de l’Enseignement supérieur et de la Recherche a évoqué un « retour en fin de semaine ».',
      [['retour en fin de semaine', 'Frédérique Vidal']]
    ],
    [
      'a person in apposition after a completed role (`la présidente de la Commission, Ursula von der Leyen, a assuré`) is the speaker',
      'Vaccin\n\nLors de la conférence, la présidente de la Commission, Ursula von der Leyen, a assuré qu’un vaccin « est notre meilleure chance ».',
      [['est notre meilleure chance', 'Ursula von der Leyen']]
    ],
    [
      'the complement of a spokesman’s role (`le porte-parole de la SNCF`) stays the speaker; a person completing a role (`l’avocat de X`) never is',
      'Grève\n\nLe porte-parole de la SNCF a déclaré : « Le trafic sera perturbé ».\n\nMurielle Bolle, témoin clé, ne s’est pas présentée. L’avocat de Murielle Bolle a déclaré : « Ma cliente n’a rien à cacher ».',
      [
        ['Le trafic sera perturbé', 'SNCF'],
        ['Ma cliente n’a rien à cacher', null]
      ]
    ],
    [
      'the euphonic `t-` written apart from its verb (`a t-il lâché`, `déclare t-elle`) is still an inverted attribution',
      'Débat\n\nOlivier Faure a défendu la liste de son parti. « Il n’y a plus de force hégémonique », constate t-il.\n\nMarie Dupont lui a répondu. « Je suis prête », a t-elle lâché.',
      [
        ['Il n’y a plus de force hégémonique', 'Olivier Faure'],
        ['Je suis prête', 'Marie Dupont']
      ]
    ],
    [
      'a place completing a role glued to the front of a person’s name (`le procureur de la République de Dijon Eric Mathais`) is no part of the speaker’s name, when the article writes the place alone after a preposition',
      'Dijon : quatre suspects mis en examen\n\nLe parquet de Dijon a requis la mise en examen de quatre personnes interpellées après les violences du week-end à Dijon, a annoncé samedi le procureur de la République de Dijon Eric Mathais.\n\n« Ces personnes reconnaissent avoir été présentes », a ajouté le procureur. « Ce à quoi nous avons assisté était imprévisible », a également déclaré M. Mathais.',
      [
        ['Ces personnes reconnaissent avoir été présentes', 'Eric Mathais'],
        ['Ce à quoi nous avons assisté était imprévisible', 'Eric Mathais']
      ]
    ],
    [
      'a topic set off by a spaced dash before the speaker’s name (`Affaire X – Ousmane Sonko : « … »`) is not the speaker',
      'Affaire Badara Gadiaga – Ousmane Sonko : « Nous ne lâcherons rien »\n\nLe Premier ministre Ousmane Sonko s’est adressé aux militants samedi soir.',
      [['Nous ne lâcherons rien', 'Ousmane Sonko']]
    ],
    [
      'a plural pronoun attributing a quote (`», ont-ils confié`) stands for a group, never for the one person named before',
      'Disparition\n\nSeydina Ndiaye a disparu depuis mardi. Les proches de Seydina Ndiaye s’interrogent. « Pourquoi ne pas l’avoir ramené chez lui ? », ont-ils questionné.',
      [['Pourquoi ne pas l’avoir ramené chez lui ?', null]]
    ],
    [
      'a participle cue has no subject of its own (`Il a défendu … d’une « … », expliquant`, `l’avocate s’est montrée ferme, dénonçant : « … »`): the subject pronoun or definite role of its sentence is the speaker',
      "Dépistage\n\nLe ministre Olivier Véran a parlé lundi. Il a défendu l'arrêt du dépistage systématique au profit d'une « surveillance syndromique », expliquant son choix.\n\nL'avocate Awa Ndiaye défend la banque. À la barre, l'avocate s'est montrée très ferme, dénonçant un scandale : « L'image de la banque a été ternie ».",
      [
        ['surveillance syndromique', 'Olivier Véran'],
        ["L'image de la banque a été ternie", 'Awa Ndiaye']
      ]
    ],
    [
      'a portfolio completing a role, glued by the entities step to the front of a person’s name (`le ministre de la Santé Olivier Véran` → `Santé Olivier Véran`), is no part of the speaker’s name',
      "Masques\n\nLes enseignes ont annoncé 170 millions de masques. Ce sont des commandes, a relativisé plus tôt le ministre de la Santé Olivier Véran, à l'issue du conseil des ministres, précisant que « la grande distribution dispose de 5 millions de masques ». « On est très loin des 500 millions » importés par l'Etat, a-t-il indiqué.",
      [
        ['la grande distribution dispose de 5 millions de masques', 'Olivier Véran'],
        ['On est très loin des 500 millions', 'Olivier Véran']
      ]
    ],
    [
      'a party after a role (`le patron des députés LR`, `un élu LR`) qualifies the role, which is the subject: the person it stands for, or no one for an indefinite role — not the party',
      "Masques\n\nLe chef de file des députés LR, Damien Abad, a critiqué le gouvernement lundi. « L'Etat aurait pu préempter ces stocks », a déclaré le patron des députés LR.\n\nLa majorité a répondu mardi. « C'est une mauvaise polémique », a déclaré un élu LR.",
      [
        ["L'Etat aurait pu préempter ces stocks", 'Damien Abad'],
        ["C'est une mauvaise polémique", null]
      ]
    ],
    [
      'where the words were said, between the verb and a description (`interroge auprès de l’AFP le député`), does not hide the description',
      'Masques\n\nLe député de l’Ain Damien Abad fustige l’État. Le ministre de la Santé, Olivier Véran, a défendu sa politique mardi. « Comment est-ce possible ? », interroge auprès de l’AFP le député de l’Ain.',
      [['Comment est-ce possible ?', 'Damien Abad']]
    ],
    [
      'a place phrase with no name (`justifiait sur les lieux le préfet`) does not hide the description either',
      'Clip\n\nLe préfet de l’Isère Lionel Beffre est arrivé samedi. Le maire de Grenoble, Éric Piolle, a dénoncé une opération de communication. « Il était important de réaffirmer l’autorité de l’État », justifiait sur les lieux le préfet.',
      [['Il était important de réaffirmer l’autorité de l’État', 'Lionel Beffre']]
    ],
    [
      'a subject right after the verb is kept, a complement after it is no place phrase (`a dit le chef du Kremlin aux rédacteurs`)',
      'Kremlin\n\nVladimir Poutine a répondu aux questions jeudi. « Nous constatons une escalade », a dit le chef du Kremlin aux rédacteurs en chef des agences.',
      [['Nous constatons une escalade', 'Vladimir Poutine']]
    ],
    [
      'a description the article gives nobody else (`l’élu` after `le député de l’Ain`) is the person quoted just before in the paragraph',
      'Masques\n\nLe chef de file des députés LR, Damien Abad, fustige l’État. « Comment est-ce possible ? », interroge le député de l’Ain. « Il ne s’agit pas de mettre en cause les magasins », assure l’élu.',
      [
        ['Comment est-ce possible ?', 'Damien Abad'],
        ['Il ne s’agit pas de mettre en cause les magasins', 'Damien Abad']
      ]
    ],
    [
      'a name after a participle cue (`», appelant la Ligue …`) is its object: the participle shares the subject of its sentence',
      'Ligue\n\nLe club a réagi lundi. Le président Jean Dupont a fustigé une « décision injuste », appelant la Ligue de football professionnel à revoir sa copie.',
      [['décision injuste', 'Jean Dupont']]
    ],
    [
      'a participle cue whose sentence opens with a phrase (`À Londres, le Premier ministre Keir Starmer a jugé … « … », assurant`) is the person subject of that sentence',
      'Crash\n\nLe bilan est lourd. À Londres, le Premier ministre Keir Starmer a jugé l’accident « terrible », assurant que son gouvernement aidait les secours.',
      [['terrible', 'Keir Starmer']]
    ],
    [
      'a generic role (`le responsable`, `l’élu`) may describe a person the article gives another role (`le patron de l’info`)',
      'Télévision\n\nLa présentatrice Marie Dupuis va rejoindre la chaîne. Elle a été choisie pour ses qualités, a expliqué Thierry Thuillier, le patron de l’info du groupe. « Elle a une excellente image auprès du public », a indiqué le responsable.',
      [['Elle a une excellente image auprès du public', 'Thierry Thuillier']]
    ],
    [
      'a time after a role ends it (`l’élue samedi matin`): `l’élue` is the mayor who is the subject before, not the person she answered',
      'Exclusion\n\nLa maire de Lille, Martine Aubry, a répondu à Manuel Valls. « Cela commence à être lassant », a tranché l’élue samedi matin au-dessus d’un article de presse.',
      [['Cela commence à être lassant', 'Martine Aubry']]
    ]
    // fr rows end
  ])
})

describe('speakers, English', () => {
  table('en', [
    [
      'a description of a person after its verb (`the Salford MP told`) never stands for a body quoted just before',
      'Muslim police stops row\n\nHazel Blears spoke to MPs on Tuesday. Her comments have been called "outrageous" by the Islamic Human Rights Commission. "The threat is most likely to come from a few people," the Salford MP told the committee.',
      [
        ['outrageous', 'Islamic Human Rights Commission'],
        ['The threat is most likely to come from a few people,', 'Hazel Blears']
      ]
    ],
    [
      'a source phrase whose noun phrase names nobody (`according to a source close to the case`) gives no speaker',
      'Theatre\n\nThe Chatelet Theatre announced the departure of its director on Friday, after an audit found "managerial problems", according to a source close to the case.',
      [['managerial problems', null]]
    ],
    [
      'a participle after the attribution (`, adding that … "…"`) keeps its subject',
      'Hospital strike\n\nHealth Secretary Anna Price answered the unions on Thursday. "The money is there," she said, adding that the situation remained "under control" despite the strike.',
      [
        ['The money is there,', 'Anna Price'],
        ['under control', 'Anna Price']
      ]
    ],
    [
      'an organisation whose name holds a role word (`general`) is the organisation, not a role',
      'Dock strike\n\nThe quays were empty on Tuesday. "The terminals will stay shut until Monday," said the General Workers Union in a statement. "No ship will be unloaded."',
      [
        ['The terminals will stay shut until Monday,', 'General Workers Union'],
        ['No ship will be unloaded.', 'General Workers Union']
      ]
    ],
    [
      'a name in a phrase opening the sentence (`Accused by X,`) is not the subject: the person after the comma is',
      'Row\n\nAccused of fraud by the Belair Industries group, Fatou Kane hit back and denounced a "crude manoeuvre" in a statement.',
      [['crude manoeuvre', 'Fatou Kane']]
    ],
    [
      'a subheading in marks glued to the paragraphs around it by a scraper has no speaker',
      'Floods\n\nRescue teams worked through the night. "We have moved forty families," said the mayor, Paul Gerrard."Damage to hundreds of homes"Firefighters kept pumping water until the morning.',
      [
        ['We have moved forty families,', 'Paul Gerrard'],
        ['Damage to hundreds of homes', null]
      ]
    ],
    [
      'two sentences glued by scraping (`the actor.Then`) still end the subject after the verb at the full stop',
      'Television\n\nThe actor Mark Fuller appeared on the BBC show on Saturday. Fuller spoke about his father. "He always told me to laugh at everything," said the actor.Then he spoke about his mother.',
      [['He always told me to laugh at everything,', 'Mark Fuller']]
    ],
    [
      'a quote with no cue after a sentence whose subject is an organisation before a verb: the organisation',
      'Football\n\nOn Tuesday evening, the National Disputes Commission (NDC) has banned the club.«The club is banned from all competitions until June 2026» !',
      [['The club is banned from all competitions until June 2026', 'National Disputes Commission']]
    ],
    [
      'an organisation noun (`the company said`) stands for the organisation named earlier in its sentence, not for a source further back',
      'Pensions\n\nA calculation error hit 20,000 customers, the magazine Capital Weekly reported. For these files, Northern Pension Services did not apply the right rate, citing a "software setting error", the company said.',
      [['software setting error', 'Northern Pension Services']]
    ],
    [
      'the subject after the verb ends at a clause word (`tweeted the former minister when … Sophie Mercer`)',
      'Politics\n\nJohn Vale left the party in 2019. "The queen has gone mad," tweeted the former minister when the party leader sacked her friend Sophie Mercer.',
      [['The queen has gone mad,', 'John Vale']]
    ],
    [
      'an organisation named before the role in an indefinite subject (`a Labour spokesman`) still speaks',
      'Campaign\n\n"We will publish our costings next week," said a Labour spokesman on Monday.',
      [['We will publish our costings next week,', 'Labour']]
    ],
    [
      'a name spelled otherwise in the headline (without its accents) and in the body: the body spelling',
      'Jose Ferreira: \'I have no regrets\'\n\nJosé Ferreira spoke to reporters on Friday. "I have no regrets," Ferreira said.',
      [['I have no regrets', 'José Ferreira'], ['I have no regrets,', 'José Ferreira']]
    ],
    [
      'a capitalised word opening a sentence and never written with its capital elsewhere (`Nevertheless,`) is not a speaker',
      'War\n\nJohn Barrow has lived in Haifa for ten years. "We sleep in shelters," he said. Nevertheless, fear remains: "Nobody knows when this will end."',
      [
        ['We sleep in shelters,', 'John Barrow'],
        ['Nobody knows when this will end.', 'John Barrow']
      ]
    ],
    [
      'the subject comes after a phrase opening the sentence (`Facing the members of Leeds North, Anne Marsh`)',
      'Budget\n\nFacing the members of Leeds North, Anne Marsh then firmly defended her budget: "This budget is fair."',
      [['This budget is fair.', 'Anne Marsh']]
    ],
    [
      'a sentence glued to a quote that ends the one before (`"truth"."I am ready,"`) starts there: each has its own speaker',
      'Debate\n\nFrank Marin said the country needed "rigour" and "truth"."I am ready," Paul Gerard said in turn.',
      [
        ['rigour', 'Frank Marin'],
        ['truth', 'Frank Marin'],
        ['I am ready,', 'Paul Gerard']
      ]
    ],
    [
      'a name glued by a scraper to the next word (`Donald Trumpon Tuesday`) is given back its spaces when the article names that person elsewhere',
      'Talks\n\nDonald Trump met reporters on Monday. "The talks are going very well," said Donald Trumpon Tuesday.',
      [['The talks are going very well,', 'Donald Trump']]
    ],
    [
      'an introduction before a colon led by a common noun (`The proposed question … is:`) names nobody',
      'Referendum\n\nThe minister Paul Stone spoke first. "We will win," he said. The proposed question for the referendum is: "Should the country leave the union?"',
      [
        ['We will win,', 'Paul Stone'],
        ['Should the country leave the union?', null]
      ]
    ],
    [
      'words woven into a sentence whose subject is a definite role (`Later that day, the chancellor set out "…"`) are the person the role stands for',
      'Budget\n\nAnne Marsh, the chancellor, spoke to the committee on Monday. Later that day, the chancellor set out "a plan for growth and jobs" to the House.',
      [['a plan for growth and jobs', 'Anne Marsh']]
    ],
    [
      'a name completing a role (`The star of Rain Man and Tootsie said`, `the leader of the X Union`) is not the speaker: the person the role stands for is',
      'Hoffman hits out over modern films\n\nHollywood legend Dustin Hoffman has criticised current films. The star of Rain Man and Tootsie said the film culture was "in a bad state".\n\nMark Serwotka, the leader of the Public and Commercial Services Union, said: "This is a bonfire of jobs."',
      [
        ['in a bad state', 'Dustin Hoffman'],
        ['This is a bonfire of jobs.', 'Mark Serwotka']
      ]
    ],
    [
      'a spokesman for an organisation speaks for it (`A spokesman for Unison, Britain’s biggest union, said`)',
      'Pensions\n\nTalks went on all week. A spokesman for Unison, Britain\'s biggest union, said after the meeting: "At least we are still talking."',
      [['At least we are still talking.', 'Unison']]
    ],
    [
      'a topic set off by a spaced dash before the speaker’s name (`Birthday Gift – Amadeus: "…"`) is not the speaker; a pair of dashes around an apposition keeps the name before them',
      'Birthday Gift – Amadeus: "I signed my first contract on my birthday"\n\nThe producer Amadeus spoke on Sunday about his new label.\n\nFlorian Hamm - Borussia Dortmund\'s largest investor - said he wanted a greater say: "I demand better transparency."',
      [
        ['I signed my first contract on my birthday', 'Amadeus'],
        ['I demand better transparency.', 'Florian Hamm']
      ]
    ],
    [
      'a plural pronoun attributing a quote (`" they said`) stands for a group, never for the one person named before',
      'Hotel fight\n\nThe singer Anton Winkler was at the hotel. Police officers arrived at 2am. "One of the officers was kicked," they said.',
      [['One of the officers was kicked,', null]]
    ],
    [
      'a participle cue has no subject of its own (`He urged … a "…", telling them`): the subject pronoun of its sentence is the speaker',
      'Blunkett on migrants\n\nHome Secretary David Blunkett spoke in Leeds on Monday. He urged people to develop a "sense of belonging" in Britain, telling them to speak English at home.',
      [['sense of belonging', 'David Blunkett']]
    ]
    // en rows end
  ])
})
