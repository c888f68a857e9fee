/**
 * Common given names (lower-case, without diacritics) of the people news in
 * French and English names most: English, French, West African, Arabic,
 * Spanish, Italian, German, Slavic. A first word found here types a name as
 * a person's; a name not found here still is one when a title, a role, a
 * speech verb or a surname used alone says so.
 */
export const givenNames: readonly string[] = [...new Set((
  // English
  'aaron|adam|adrian|alan|albert|alex|alexander|alfred|alice|alison|alistair|amanda|amy|andrew|andy|angela|ann|' +
  'anna|anne|anthony|arsene|arthur|ashley|barack|barbara|barbra|barry|ben|benjamin|bernard|bernie|betty|bill|' +
  'billy|bob|boris|brad|brandon|brendan|brett|brian|bruce|callum|carl|carol|caroline|catherine|charles|charlie|' +
  'charlotte|chris|christian|christine|christopher|chuck|ciaran|claire|clive|colin|conor|craig|cristiano|dan|' +
  'daniel|danny|darren|dave|david|dean|deborah|declan|dennis|derek|diana|didier|dieter|donald|doris|dorothy|' +
  'douglas|dustin|ed|edward|elizabeth|ellen|elon|emily|emma|eric|frank|fred|gary|gavin|geoff|geoffrey|george|' +
  'gerald|gerry|gordon|graham|greg|gregory|gwyneth|hans|harry|heather|helen|henry|hilary|hillary|howard|ian|jack|' +
  'jacob|jacqui|james|jamie|jane|janet|jason|jeff|jeffrey|jennifer|jens|jeremy|jermain|jessica|jill|jim|jimmy|jo|' +
  'joan|joe|john|johnny|jon|jonathan|jose|joseph|joshua|joyce|judith|julia|julie|justin|kamala|karen|kate|' +
  'katherine|kathleen|keir|keith|kelly|ken|kenneth|kevin|kieran|kim|kirsten|kirsty|kylian|larry|laura|lauren|lee|' +
  'leo|leonard|lewis|liam|linda|lionel|lisa|lleyton|louise|lucy|luke|margaret|maria|mark|martin|mary|matt|' +
  'matthew|melissa|meryl|michael|michelle|mick|mike|milan|mitch|nancy|natalie|natasha|nathan|neil|nicholas|nick|' +
  'nicola|nigel|novak|oliver|owen|pamela|patricia|patrick|paul|peter|phil|philip|rachel|rafael|ralph|rebecca|' +
  'richard|rio|rishi|rob|robert|robin|roger|ronald|rose|roy|russell|ruth|ruud|ryan|sally|sam|samuel|sandra|sarah|' +
  'scott|sean|serena|shane|sharon|simon|sofia|sol|sophie|stefan|stephen|steve|steven|stuart|susan|tania|terry|' +
  'tessa|theresa|thierry|thomas|tiger|tim|timothy|tom|tony|tracy|trevor|uwe|venus|victoria|vincent|walter|warren|' +
  'wayne|werner|william|willie|zinedine|' +
  // French
  'adrien|agnès|alain|alexandre|alexis|amélie|antoine|arnaud|aurélie|baptiste|benoît|bernadette|bertrand|' +
  'brigitte|bruno|camille|chantal|christelle|christiane|christophe|claude|clément|céline|damien|denis|dominique|' +
  'emmanuel|emmanuelle|fabien|fabrice|florence|florian|franck|françoise|gabriel|gilles|guillaume|henri|hugo|' +
  'hélène|isabelle|jacques|jean|jordan|julien|karine|laurent|louis|luc|lucas|lucie|ludovic|léa|madeleine|manon|' +
  'marc|marcel|marie|marine|martine|mathieu|matthieu|maxime|michel|michèle|mickaël|monique|muriel|najat|nathalie|' +
  'nicolas|olivier|pascal|patrice|philippe|pierre|rachida|raphaël|rené|romain|rémi|sandrine|stéphane|sylvain|' +
  'sylvie|ségolène|ursula|valérie|véronique|xavier|yann|yannick|yves|édouard|élisabeth|élise|émilie|étienne|' +
  // West African, Arabic
  'abdel|abdelaziz|abdelmadjid|abdou|abdoul|abdoulaye|abdourahamane|abdourahmane|abdullah|adama|ahmadou|ahmed|' +
  'aida|alassane|ali|aliou|alioune|aly|amadou|amath|amina|aminata|ansoumane|arona|assane|assimi|astou|awa|aïcha|' +
  'aïssatou|ba|babacar|bacary|bachar|badara|balla|bashar|bassirou|bintou|birame|bocar|bola|boubacar|bougane|' +
  'cheikh|cheikhou|chérif|coumba|cyril|daouda|demba|diary|djibril|doudou|el|elhadji|fadel|fallou|fatima|fatou|' +
  'fatoumata|goodluck|habib|hamidou|hassan|hosni|ibrahim|ibrahima|idrissa|ismaila|issa|jerry|kais|karim|khadija|' +
  'khady|khalifa|kwame|lamine|macky|mactar|mahamadou|mahmoud|malick|mamadou|mame|mariama|marième|massamba|matar|' +
  'maïmouna|modou|mohamed|mohammed|momar|mouammar|mouhamadou|mouhamed|moussa|moustapha|muammar|muhammadu|nana|' +
  'ndeye|nelson|ngoné|olusegun|omar|osama|oumar|oumou|ousmane|ousseynou|papa|pape|racine|recep|rokhaya|sadio|' +
  'salifou|saliou|salman|saly|samba|seydou|sidy|soukeyna|souleymane|sékou|tayyip|thabo|thierno|uhuru|yacine|' +
  'yasser|yaya|youssou|youssouf|yoweri|zeynab|' +
  // Spanish, Italian, German, Slavic, Asian
  'alberto|alexei|antonio|carlos|carmen|cate|charlize|clint|diego|dmitri|dmitry|fernando|francisco|friedrich|' +
  'gerhard|giorgia|giovanni|giuseppe|helmut|igor|isabel|ivan|javier|jorge|juan|klaus|leonardo|luca|luis|manuel|' +
  'marco|mario|matteo|miguel|mikhail|narendra|olaf|pablo|paolo|pedro|pierce|sergei|sergey|sergio|shinzo|silvio|' +
  'viktor|vladimir|volodymyr|wolfgang|xi|yulia|' +
  // More given names the news uses (counted in the BBC corpus)
  'alastair|alessandro|aurelien|bobby|cedric|diane|dimitri|duncan|eddie|fraser|frederic|gareth|graeme|hugh|' +
  'jackie|jerome|luigi|malcolm|noel|paula|pete|rhys|ricky|ron|rory|rupert|sandy|sebastien|serge|shaun|sunita|' +
  'tommy|tracey|vince|' +
  // Given names of people the entity step dropped for want of another cue, in two or more corpus texts
  'abdallah|abdul|akira|alejandro|alicia|allan|ana|anatoly|andrea|andrei|andrey|angelina|annette|annie|anton|' +
  'audrey|aziz|benny|bernardo|bert|blake|brent|bridget|britney|calvin|camilla|charlene|cherie|christoph|claudia|' +
  'claudio|corey|curtis|daniela|darius|debra|deirdre|dionne|dominic|donna|donnie|doug|elena|eliza|elvis|erik|' +
  'erin|eva|fabrizio|fanta|felipe|frances|francis|freddie|gemma|georges|giacomo|gino|glen|gretchen|guillermo|' +
  'gwen|hal|hank|harold|hayley|henrik|herbert|ila|imelda|irina|jacqueline|jake|jeanne|jelena|jenny|jie|jimi|joao|' +
  'johan|jolene|joni|jonny|josh|jude|jules|julian|juliette|karl|katharine|kelli|khaled|kimberly|kristie|kristin|' +
  'kylie|lawrence|lenny|leslie|lindsay|louisa|luciano|lynda|manuela|mariano|marius|markos|marlon|mathew|maurice|' +
  'mel|mia|milton|monica|mustafa|nadia|nicole|noah|noam|norah|ollie|oscar|patty|percy|petr|quincy|rainer|rick|' +
  'robbie|robby|rodney|roland|ronan|ruben|rufus|samantha|sami|sara|scarlett|sidney|stefano|stella|stevie|susanna|' +
  'tina|tomas|tristan|vanessa|vera|victor|vincenzo|wally|walt|wendy|wes|wesley|willy|' +
  // English given names: first words of people's names (named with a title, role or speech verb) in three or more BBC and
  // en-wire texts, never written in lower case there nor first in an organisation's or place's name; only names common
  // beyond those texts (not `Kenenisa`, `Keanu`): a fresh article names other people
  'anastasia|anders|andre|ariel|becky|bjorn|carlo|carly|cathy|christina|christos|clara|clare|cory|cynthia|damian|' +
  'denise|dick|dominik|dwayne|edith|eliot|elliot|elton|emilio|enrico|ewan|francois|freddy|gerard|gillian|glenn|' +
  'gloria|harriet|hazel|helena|herve|iain|jade|jared|jay|jesse|joachim|joel|jordi|judi|judy|julio|jurgen|justine|' +
  'katerina|kathy|kenny|kostas|kurt|kyle|leonid|lindsey|lynn|marcus|marion|martina|martyn|marvin|mauro|max|' +
  'mervyn|nicky|norman|oleg|olly|paddy|pat|quentin|ray|renee|rod|rodrigo|sonia|sonny|stan|svetlana|ted|theo|todd|' +
  'trent|zach|' +
  // West African and French given names: first words of names dropped for want of a cue in two or more French corpus texts
  // and of people named with a title, role or speech verb in two or more others
  'adja|adji|ama|ardo|augustin|bachir|barthélémy|baye|bouba|diogo|diomaye|doro|elimane|fadilou|farba|guy|kalidou|' +
  'krépin|lat|madiambal|mansour|maodo|mbaye|moctar|mor|nogaye|racky|sihem|talla|tapha|viviane|waly|' +
  // Common given names of French, West African (Wolof, Pulaar, Serer, Mandinka), Arabic and Maghreb, Iberian, Italian and
  // Slavic naming, from general knowledge of the names most given (not from the texts scored): a fresh article names
  // other people. None is written in lower case in the French and English corpora (not `saïd`, `marina`), nor is a
  // brand, a place or a title (`Dior`, `Paulo` of `São Paulo`, `amir`)
  'ababacar|abdelkader|abdelkrim|abdellah|ablaye|abou|aboubacar|aboubakar|absa|aby|achraf|adel|agathe|ahmad|alejandra|' +
  'alexandra|alfonso|amandine|amel|ameth|amine|amira|anatoli|anaïs|andrés|angélique|anouar|ansou|arame|arfang|arlette|' +
  'asma|ayoub|aïssata|bakary|bamba|bara|bastien|beatriz|bigué|bilal|bineta|binta|birahim|biram|bogdan|bouna|brahim|' +
  'béatrice|béji|bérénice|chloé|cindy|clarissa|clarisse|claudine|colette|coralie|corentin|corinne|coura|cristina|' +
  'cécile|césar|daba|danielle|danièle|dany|delphine|dethié|diatou|dieynaba|diégane|djiby|djénéba|dmytro|elsa|emeric|' +
  'enrique|enzo|erwan|esteban|estelle|ethan|evgeny|fabienne|fabio|fanny|faouzi|farid|farida|fayçal|fernand|filippo|' +
  'florent|fodé|francesco|frédérique|gabriela|gautier|gaël|gaëlle|geneviève|geoffroy|germaine|ghislaine|gianluigi|' +
  'gianni|gilbert|ginette|gisèle|gonzalo|gorgui|graciela|grégoire|hadrien|hakim|hamady|hamza|hanane|hawa|hicham|' +
  'hocine|houda|hubert|huguette|hédi|iba|ibou|idy|ignacio|iker|ilyes|imad|imane|ingrid|inès|ismaël|issam|jacky|jamal|' +
  'jean-baptiste|jean-claude|jean-françois|jean-jacques|jean-louis|jean-luc|jean-marc|jean-marie|jean-michel|' +
  'jean-paul|jean-pierre|jean-yves|jessy|joaquín|jocelyne|joris|josette|josiane|joëlle|kader|kadiatou|kamel|karima|' +
  'khadidiatou|khadidja|khadim|khalid|khalil|killian|kiné|konstantin|kéba|laetitia|lansana|latifa|laure|laurence|' +
  'laurène|leïla|libasse|liliane|lina|lorenzo|loris|lotfi|loïc|lucien|lucienne|lucile|lucía|ludivine|luiz|lydie|léna|' +
  'léon|léonie|madické|madior|mady|makhtar|malik|malika|mamadi|mamour|marcelo|marguerite|mariétou|marjorie|marlène|' +
  'marta|marème|massimo|mateo|mathias|mathilde|mathis|matthias|maty|maud|maurizio|mbagnick|mehdi|meriem|mireille|' +
  'mohamad|mohamadou|mohammad|moncef|morgane|mounir|mountaga|mourad|myriam|mélanie|nabil|nabila|nacer|nadine|nadège|' +
  'nafi|nasser|natalia|nathanaël|nawel|naïma|ndella|ndiaga|nfally|ngagne|nikolai|nina|nora|nordine|noureddine|noémie|' +
  'néné|odile|oleksandr|olga|oumy|pascale|pathé|paulette|pauline|pavel|penda|perrine|pietro|pilar|rachid|rama|' +
  'ramatoulaye|ramón|rania|raoul|raymond|raúl|riad|riadh|ricardo|riccardo|roberto|rocío|rodolphe|rokia|roselyne|rudy|' +
  'réda|régine|régis|rémy|sabrina|sacha|saer|safiétou|salah|salif|salimata|salma|salvatore|sambou|samia|samir|samira|' +
  'sana|sandro|selbé|seydi|seydina|seynabou|sidiki|simone|sira|sofiane|sofiene|solène|sory|souad|stéphanie|susana|' +
  'suzanne|sylvia|sylviane|sény|séverine|tamsir|tanguy|tarek|tarik|tatiana|teresa|thibault|thibaut|tidiane|timothée|' +
  'tiphaine|umberto|unai|valentin|valéry|vicente|vitali|vittorio|vivien|wafa|walid|wilfried|xabi|yandé|yankhoba|' +
  'yasmina|yasmine|yassine|yoann|yohan|yolande|yoro|youcef|yuri|yvette|yvonne|zahra|zakaria|zineb|zohra|zoé|álvaro|' +
  'ángel|éliane|élodie|émile|évelyne|' +
  // More of the same, from general knowledge, none written in lower case in the corpora: French (`Franky Zapata`, `Laeticia
  // Hallyday`), Maghreb and Sahel (`Djamel Belmadi`, `Mahamat Idriss Déby`), West and Central African heads of state (`Umaro
  // Sissoco Embaló`, `Brice Clotaire Oligui Nguema`, `Maada Bio`, `Emmerson Mnangagwa`, `Teodoro Obiang`).
  'aline|axel|brice|carole|daphné|djamal|djamel|emmerson|eugénie|franky|félix|hichem|hugues|idriss|irène|laeticia|' +
  'maada|mahamat|margaux|mylène|nassim|orson|rached|sabine|teodoro|thérèse|umaro|youssef|éloïse|' +
  // More common given names from general knowledge (English, French, Italian), none written in lower case in the French and
  // English corpora nor opening a place's or an organisation's name of the lists (not `lorraine`, `virginie`, `vernon`, `blanche`)
  'abigail|alfie|annabel|archie|bethany|bradley|brenda|bryan|caitlin|candice|carla|carrie|cecil|cecilia|clifford|' +
  'connie|conrad|damon|debbie|delia|desmond|dexter|dougie|dwight|eamonn|edgar|edmund|eileen|elaine|eleanor|ella|' +
  'ellie|emilia|enid|ernie|esther|eugene|evan|felicity|fergus|fiona|floyd|gail|geraldine|hamish|harvey|heidi|' +
  'imogen|isaac|isabella|janice|jasper|jeanette|jenna|jessie|joanna|jocelyn|jodie|kathryn|keira|leah|lesley|lily|' +
  'lloyd|lorna|lynne|mabel|maddie|maggie|marian|marsha|martha|maureen|maxine|megan|millie|miranda|moira|myra|naomi|' +
  'neville|nia|norma|olivia|patsy|phyllis|piers|polly|priscilla|reggie|rhona|rita|rosie|rowan|sadie|shannon|sheila|' +
  'shelley|sienna|sybil|tamsin|tara|thelma|toby|veronica|vivian|wilfred|winston|ernest|annick|domenico|solange|' +
  'pierrette|odette|ghislain|gaston|armand|octave|dylan|nolan|gaëtan|wilfrid|hermann|théodore|ignace|fulbert|' +
  'célestin|anselme|isidore|léopold|macaire|norbert|achille|clovis|cyprien|élie|ferdinand|gustave|hippolyte|léonce|' +
  'sylvestre|yvan|zacharie|ophélie|gwendoline|maëlle|capucine|apolline|joséphine|héloïse|yannis|timéo|jérémie|' +
  'gwenaël|brieuc|goulven|maël|noé|adèle|alizée|axelle|cassandra|maëva'
).split('|'))]

/**
 * Of `givenNames`, those that name a woman (`marie`, `aminata`, `kamala`): a pronoun of the other gender (`il`, `he`)
 * does not stand for a person so named. From general knowledge of the names (not from the texts scored).
 */
export const feminineGivenNames: readonly string[] = (
  'absa|aby|adja|adji|agathe|agnès|aida|alejandra|alexandra|alice|alicia|alison|ama|amanda|amandine|amel|amina|' +
  'aminata|amira|amy|amélie|ana|anastasia|anaïs|angela|angelina|angélique|ann|anna|anne|annette|annie|arame|' +
  'arlette|asma|astou|audrey|aurélie|awa|aïcha|aïssata|aïssatou|barbara|barbra|beatriz|becky|bernadette|betty|' +
  'bigué|bineta|binta|bintou|bridget|brigitte|britney|béatrice|bérénice|camilla|carly|carmen|carol|caroline|cate|' +
  'catherine|cathy|chantal|charlene|charlize|charlotte|cherie|chloé|christelle|christiane|christina|christine|' +
  'cindy|claire|clara|clare|clarissa|clarisse|claudia|claudine|colette|coralie|corinne|coumba|coura|cristina|' +
  'cynthia|cécile|céline|daba|daniela|danielle|danièle|deborah|debra|deirdre|delphine|denise|diana|diane|diatou|' +
  'dieynaba|dionne|djénéba|donna|doris|dorothy|edith|elena|eliza|elizabeth|ellen|elsa|emily|emma|emmanuelle|erin|' +
  'estelle|eva|fabienne|fanny|fanta|farida|fatima|fatou|fatoumata|florence|frances|françoise|frédérique|gabriela|' +
  'gaëlle|gemma|geneviève|germaine|ghislaine|gillian|ginette|giorgia|gisèle|gloria|graciela|gretchen|gwen|' +
  'gwyneth|hanane|harriet|hawa|hayley|hazel|heather|helen|helena|hillary|houda|huguette|hélène|imane|imelda|' +
  'ingrid|inès|irina|isabel|isabelle|jacqueline|jacqui|jane|janet|jeanne|jelena|jennifer|jenny|jessica|jill|' +
  'jocelyne|jolene|joni|josette|josiane|joyce|joëlle|judi|judith|judy|julia|julie|juliette|justine|kadiatou|' +
  'kamala|karen|karima|karine|kate|katerina|katharine|katherine|kathleen|kathy|kelli|khadidiatou|khadidja|' +
  'khadija|khady|kimberly|kiné|kirsten|kirsty|kristie|kristin|kylie|laetitia|latifa|laura|laure|lauren|laurène|' +
  'leïla|liliane|lina|linda|lisa|louisa|louise|lucie|lucienne|lucile|lucy|lucía|ludivine|lydie|lynda|lynn|léa|' +
  'léna|léonie|madeleine|malika|manon|manuela|margaret|marguerite|maria|mariama|marie|marine|marième|mariétou|' +
  'marjorie|marlène|marta|martina|martine|mary|marème|mathilde|maty|maud|maïmouna|melissa|meriem|meryl|mia|' +
  'michelle|michèle|mireille|monica|monique|morgane|muriel|myriam|mélanie|nabila|nadia|nadine|nadège|nafi|najat|' +
  'nancy|natalia|natalie|natasha|nathalie|nawel|naïma|ndella|ndeye|ngoné|nicole|nina|nogaye|nora|norah|noémie|' +
  'néné|odile|olga|oumou|oumy|pamela|pascale|patricia|patty|paula|paulette|pauline|penda|perrine|pilar|rachel|' +
  'rachida|racky|ramatoulaye|rania|rebecca|renee|rocío|rokhaya|rokia|rose|roselyne|ruth|régine|sabrina|safiétou|' +
  'salimata|sally|salma|saly|samantha|samia|samira|sana|sandra|sandrine|sara|sarah|scarlett|selbé|serena|' +
  'seynabou|sharon|sihem|simone|sira|sofia|solène|sonia|sophie|souad|soukeyna|stella|stéphanie|sunita|susan|' +
  'susana|susanna|suzanne|svetlana|sylvia|sylviane|sylvie|ségolène|séverine|tania|tatiana|teresa|tessa|theresa|' +
  'tina|tiphaine|tracey|tracy|ursula|valérie|vanessa|venus|vera|victoria|viviane|véronique|wafa|wendy|yandé|' +
  'yasmina|yasmine|yolande|yulia|yvette|yvonne|zahra|zeynab|zineb|zohra|zoé|éliane|élisabeth|élise|élodie|émilie|' +
  'évelyne|aline|carole|daphné|eugénie|irène|laeticia|margaux|mylène|sabine|thérèse|éloïse|' +
  'abigail|annabel|bethany|brenda|caitlin|candice|carla|carrie|cecilia|connie|debbie|delia|eileen|elaine|eleanor|' +
  'ella|ellie|emilia|enid|esther|felicity|fiona|gail|geraldine|heidi|imogen|isabella|janice|jeanette|jenna|jessie|' +
  'joanna|jodie|kathryn|keira|leah|lesley|lily|lorna|lynne|mabel|maddie|maggie|marian|marsha|martha|maureen|maxine|' +
  'megan|millie|miranda|moira|myra|naomi|nia|norma|olivia|patsy|phyllis|polly|priscilla|rhona|rita|rosie|sadie|' +
  'shannon|sheila|shelley|sienna|sybil|tamsin|tara|thelma|veronica|annick|solange|pierrette|odette|ophélie|' +
  'gwendoline|maëlle|capucine|apolline|joséphine|héloïse|adèle|alizée|axelle|cassandra|maëva'
).split('|')

/**
 * Of `givenNames`, those worn by men and women alike (`dominique`, `camille`, `kim`, Senegal's `mame`): no gender.
 * Every other given name of the list names a man.
 */
export const unisexGivenNames: readonly string[] = (
  'alex|andrea|ariel|ashley|ba|bola|camille|charlie|chris|claude|dany|diary|dominique|el|hilary|ila|jackie|jacky|' +
  'jade|jamie|jessy|jie|jo|joan|kelly|kim|laurence|lee|leslie|lindsay|lindsey|mame|marion|mel|nana|nicky|nicola|' +
  'pat|rama|robin|sacha|sam|sandy|sidney|sol|terry|yacine|jocelyn|rowan|vivian'
).split('|')

/**
 * Common surnames of Senegal, Mali, Guinea and Côte d’Ivoire, from general knowledge of West African naming (not from the
 * texts scored): a last word found here makes capitalised words a person's name when no given name list knows their first
 * word (`Korané Fall`, `Tidjani Sarr`: such given names are too many to list). Not one that is also a French or English word
 * or a place's name (`lo`, `tall`).
 */
export const surnames: readonly string[] = (
  'ba|badji|baldé|camara|cissé|cissokho|coulibaly|dabo|diagne|diakhaté|diallo|diarra|diatta|diédhiou|dieng|diop|diouf|' +
  'doumbia|dramé|fall|faye|fofana|gaye|goudiaby|gueye|kane|keita|kébé|koné|konaté|kouyaté|mané|mbaye|' +
  'mbengue|mbodj|mboup|ndao|ndiaye|ndour|ndoye|ngom|niang|niasse|ouattara|sagna|sakho|samb|sané|sarr|seck|sidibé|sow|sy|' +
  'sène|thiam|thiaw|tine|touré|traoré|wade|' +
  // More of Senegal, Mali, Guinea and Burkina Faso, from general knowledge, each written capitalised in two corpus texts or more
  // and never in lower case (not `mbacké`, a town, nor `barry`, a given name).
  'aïdara|bassène|bathily|bodian|coly|compaoré|dembélé|dia|diaw|diène|diémé|diome|gadiaga|gning|gomis|kandé|kanté|leye|loum|' +
  'ly|mangane|mbow|mendy|ndong|niass|pouye|sall|sangaré|senghor|seye|sonko|soumaré|sylla|thioune|' +
  // Surnames the world's news names people by alone (heads of state and government, leaders of the past, sportsmen), from
  // general knowledge, in French and English spellings (`Poutine`, `Putin`): none a place or an organisation of the lists, nor
  // written in lower case in the corpora but `trump` (a card game's word, four times, beside thousands of the president); not
  // `arafat`, also the mount of the pilgrimage, nor `nadal` (test/extractors/quotes-speakers.test.ts: `said the American` after
  // `Roddick next plays Nadal` goes to the last person named, not the paragraph's subject; the speakers step's to mend).
  'trump|biden|clinton|kerry|reagan|nixon|vance|putin|poutine|medvedev|lavrov|zelensky|zelenskyy|netanyahu|' +
  'netanyahou|erdogan|macron|sarkozy|chirac|mitterrand|jospin|fillon|valls|mélenchon|bayrou|barnier|attal|castex|' +
  'darmanin|retailleau|zemmour|bardella|merkel|scholz|schröder|kohl|blair|thatcher|starmer|sunak|corbyn|farage|' +
  'berlusconi|meloni|draghi|sánchez|zapatero|rajoy|modi|gandhi|lula|bolsonaro|maduro|chávez|castro|khamenei|khomeini|' +
  'rohani|rouhani|ahmadinejad|assad|kadhafi|gaddafi|moubarak|mubarak|sissi|morsi|abbas|mandela|zuma|ramaphosa|' +
  'mugabe|kagame|tshisekedi|kabila|museveni|tinubu|buhari|gbagbo|tebboune|bouteflika|guterres|annan|hitler|staline|' +
  'stalin|mussolini|napoléon|gorbatchev|gorbachev|eltsine|yeltsin|messi|ronaldo|mbappé|neymar|zidane|benzema|platini|' +
  'maradona|pelé|federer|djokovic|beckham|rooney|guardiola|mourinho|wenger|abramovich'
).split('|')
