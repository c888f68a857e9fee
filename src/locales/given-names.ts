/**
 * Common given names (lower-case, without diacritics) of the people news in
 * French and English names most: English, French, West African, Arabic,
 * Spanish, Italian, German, Slavic. A first word found here types a name as
 * a person's; a name not found here still is one when a title, a role, a
 * speech verb or a surname used alone says so.
 */
export const givenNames: readonly string[] = [...new Set((
  // English
  'barbra|kirsten|dustin|shane|trevor|nathan|hans|werner|jürgen|dieter|uwe|stefan|jens|' +
  'aaron|adam|adrian|alan|albert|alex|alexander|alfred|alice|alison|amanda|amy|' +
  'andrew|andy|angela|ann|anna|anne|anthony|arthur|ashley|barbara|barry|ben|' +
  'benjamin|bernard|betty|bill|billy|bob|brad|brandon|brendan|brett|brian|bruce|' +
  'carl|carol|caroline|catherine|charles|charlie|charlotte|chris|christian|christine|' +
  'christopher|claire|clive|colin|craig|dan|daniel|danny|darren|dave|david|dean|' +
  'deborah|dennis|derek|diana|donald|doris|dorothy|douglas|ed|edward|elizabeth|' +
  'ellen|emily|emma|eric|frank|fred|gary|gavin|geoff|geoffrey|george|gerald|' +
  'gerry|gordon|graham|greg|gregory|harry|heather|helen|henry|howard|ian|jack|jacob|james|jamie|jane|janet|jason|jeff|jeffrey|jennifer|jeremy|jessica|' +
  'jill|jim|jimmy|jo|joan|joe|john|johnny|jon|jonathan|joseph|joshua|joyce|' +
  'judith|julia|julie|justin|karen|kate|katherine|kathleen|keith|kelly|ken|' +
  'kenneth|kevin|kieran|ciaran|declan|conor|callum|kim|larry|laura|lauren|lee|leo|leonard|liam|linda|' +
  'lisa|louise|lucy|luke|margaret|maria|mark|martin|mary|matt|matthew|melissa|' +
  'michael|michelle|mick|mike|nancy|natalie|neil|nicholas|nick|nicola|nigel|' +
  'oliver|owen|pamela|patricia|patrick|paul|peter|phil|philip|rachel|ralph|' +
  'rebecca|richard|rob|robert|robin|roger|ronald|rose|roy|russell|ruth|ryan|' +
  'sally|sam|samuel|sandra|sarah|scott|sean|sharon|simon|sophie|stephen|steve|' +
  'steven|stuart|susan|tania|terry|theresa|thomas|tim|timothy|tom|tony|tracy|' +
  'victoria|sofia|milan|vincent|walter|wayne|william|willie|natasha|kirsty|gwyneth|meryl|' +
  'hillary|barack|kamala|mitch|chuck|elon|warren|bernie|rishi|boris|' +
  'keir|tessa|jacqui|alistair|hilary|ruud|thierry|' +
  'serena|venus|rafael|novak|lleyton|tiger|lewis|cristiano|' +
  'lionel|kylian|zinedine|didier|arsene|jose|sol|rio|jermain|' +
  // French
  'franck|florian|sylvain|ludovic|mickaël|yannick|romain|sandrine|karine|christelle|lucie|' +
  'cédric|matthieu|théo|émilie|' +
  'adrien|agnès|alain|alexandre|alexis|amélie|andré|antoine|arnaud|' +
  'aurélie|baptiste|benoît|bernadette|bertrand|brigitte|bruno|camille|céline|chantal|' +
  'christiane|christophe|claude|clément|damien|denis|dominique|édouard|élisabeth|' +
  'élise|emmanuel|emmanuelle|éric|étienne|fabien|fabrice|florence|françois|françoise|' +
  'frédéric|gabriel|gérald|gérard|gilles|guillaume|hélène|henri|hervé|hugo|isabelle|' +
  'jacques|jean|' +
  'jérôme|joël|julien|laurent|léa|louis|luc|lucas|' +
  'madeleine|manon|marc|marcel|marie|marine|martine|mathieu|maxime|michel|michèle|' +
  'monique|muriel|nathalie|nicolas|olivier|pascal|patrice|philippe|pierre|raphaël|' +
  'rémi|rené|sébastien|ségolène|stéphane|sylvie|valérie|véronique|xavier|' +
  'yann|yves|ursula|édith|jordan|rachida|najat|' +
  // West African, Arabic
  'abdou|abdoul|abdoulaye|abdourahmane|adama|ahmadou|ahmed|aïcha|aida|' +
  'aïda|aïssatou|alassane|ali|aliou|alioune|aly|amadou|amath|aminata|' +
  'amina|ansoumane|arona|assane|assimi|astou|awa|ba|babacar|bacary|badara|' +
  'balla|bassirou|birame|bintou|bocar|boubacar|bougane|cheikh|cheikhou|coumba|' +
  'daouda|demba|diary|djibril|doudou|el|elhadji|fadel|fallou|fatima|fatou|' +
  'fatoumata|habib|hamidou|hassan|ibrahim|ibrahima|idrissa|ismaïla|ismaila|issa|' +
  'karim|khadija|khady|khalifa|lamine|mactar|macky|mamadou|mame|maïmouna|' +
  'malick|mariama|marième|massamba|matar|modou|mohamed|mohammed|momar|moussa|' +
  'moustapha|mouhamed|mouhamadou|chérif|ndèye|ndeye|ngoné|oumar|oumou|ousmane|' +
  'ousseynou|pape|papa|racine|rokhaya|sadio|saliou|salifou|saly|samba|sékou|' +
  'seydou|sidy|soukeyna|souleymane|thierno|youssou|youssouf|yacine|yaya|' +
  'zeynab|mahamadou|abdourahamane|goodluck|muhammadu|' +
  'bola|olusegun|nana|kwame|jerry|yoweri|uhuru|cyril|thabo|nelson|' +
  'abdel|abdelaziz|abdelmadjid|abdullah|bachar|bashar|hosni|kaïs|kais|mouammar|' +
  'muammar|recep|tayyip|yasser|mahmoud|omar|osama|salman|' +
  // Spanish, Italian, German, Slavic, Asian
  'alberto|antonio|carlos|diego|fernando|francisco|javier|jorge|juan|luis|manuel|' +
  'miguel|pablo|pedro|sergio|carmen|isabel|giorgia|giuseppe|giovanni|luca|marco|' +
  'matteo|mario|paolo|silvio|friedrich|gerhard|helmut|jürgen|klaus|olaf|' +
  'wolfgang|dmitri|dmitry|sergei|sergey|vladimir|volodymyr|viktor|mikhail|alexei|' +
  'igor|ivan|yulia|xi|shinzo|narendra|leonardo|pierce|charlize|' +
  'cate|clint|' +
  // More given names the news uses (counted in the BBC corpus)
  'tommy|gareth|alastair|hugh|pete|shaun|malcolm|sebastien|graeme|diane|bobby|serge|' +
  'ron|jackie|eddie|rupert|paula|frederic|duncan|rhys|noel|aurelien|vince|tracey|' +
  'sandy|rory|ricky|dimitri|jerome|fraser|cedric|alessandro|sunita|luigi|' +
  // Given names of people the entity step dropped for want of another cue, in two or more corpus texts
  'robbie|alicia|elena|elvis|roland|jude|jonny|lawrence|rick|vera|stevie|josh|' +
  'dominic|annette|juliette|maurice|karl|doug|rainer|angelina|scarlett|katharine|' +
  'imelda|kristin|julian|jimi|britney|mel|victor|cherie|luciano|andrea|hal|ronan|' +
  'jelena|aziz|joao|wally|mia|fabrizio|freddie|monica|jacqueline|leslie|tomas|' +
  'anton|curtis|sidney|eva|kylie|tina|norah|gwen|sara|ruben|jules|abdul|harold|' +
  'rodney|irina|francis|markos|glen|petr|mathew|guillermo|patty|samantha|nadia|' +
  'blake|joni|oscar|marius|ila|fanta|georges|herbert|bert|stella|walt|andrei|' +
  'erik|louisa|rufus|milton|jenny|susanna|gino|giacomo|vincenzo|frances|audrey|' +
  'debra|vanessa|wesley|andrey|marlon|nicole|akira|calvin|quincy|dionne|gretchen|' +
  'donna|benny|brent|claudia|lenny|charlene|eliza|ana|hank|annie|deirdre|corey|' +
  'percy|noah|bridget|wes|kimberly|donnie|willy|gemma|alejandro|wendy|lynda|' +
  'camilla|jolene|allan|kelli|hayley|johan|darius|claudio|henrik|sami|ollie|felipe|' +
  'jie|noam|daniela|robby|lindsay|mariano|christoph|mustafa|anatoly|jake|tristan|' +
  'erin|stefano|kristie|khaled|bernardo|abdallah|jeanne|manuela|' +
  // English given names: first words of people's names (named with a title, role or speech verb) in three or more BBC and
  // en-wire texts, never written in lower case there nor first in an organisation's or place's name; only names common
  // beyond those texts (not `Kenenisa`, `Keanu`): a fresh article names other people
  'katerina|kostas|andre|jurgen|kurt|glenn|ted|christos|elton|olly|gerard|norman|' +
  'dick|sonny|trent|mervyn|clara|carlo|marion|kyle|eliot|oleg|herve|hazel|theo|' +
  'zach|nicky|martyn|anastasia|svetlana|justine|lindsey|enrico|cynthia|rodrigo|lynn|' +
  'judy|marvin|judi|paddy|ewan|renee|gloria|denise|joel|stan|quentin|freddy|' +
  'clare|edith|dwayne|jordi|cory|helena|elliot|leonid|todd|iain|ariel|julio|' +
  'emilio|becky|gillian|christina|bjorn|harriet|cathy|damian|sonia|jade|kathy|' +
  'marcus|anders|mauro|martina|joachim|dominik|carly|jared|jesse|francois|ray|rod|' +
  'pat|jay|max|kenny|' +
  // West African and French given names: first words of names dropped for want of a cue in two or more French corpus texts
  // and of people named with a title, role or speech verb in two or more others
  'farba|guy|racky|diomaye|waly|adji|kalidou|talla|mbaye|nogaye|bouba|tapha|mor|' +
  'ama|diogo|barthélémy|viviane|doro|sihem|ardo|moctar|madiambal|maodo|adja|' +
  'baye|lat|fadilou|bachir|mansour|elimane|augustin|krépin'
).split('|'))]
