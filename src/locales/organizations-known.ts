/**
 * Well-known organisations of the world's news, written by hand from general knowledge (not from any annotated
 * article): firms, banks, airlines, media, armed and political movements and football clubs and national teams
 * whose names news articles drop without a cue (`Merrill Lynch are sole bookrunners`, `face à Flamengo`). In the
 * `organizations` of every locale, beside the names learned from the corpus.
 *
 * Only names that are no place's, person's (no surname a firm is named after: `Bolloré`, `Peugeot`) or common word's (not
 * `Porto`, `Chelsea`, `Dassault`, `Free`), each written once (the list is folded: no second spelling that differs only in case or
 * accents), and none the learned list already holds (`scripts/generate-organizations.ts`).
 */
export const knownOrganizations: readonly string[] = (
  // Firms, banks and airlines.
  'General Electric|General Mills|General Dynamics|Merrill Lynch|Morgan Stanley|Goldman Sachs|JPMorgan|JPMorgan Chase|' +
  'Lehman Brothers|Credit Suisse|Commerzbank|Bundesbank|Deutsche Boerse|Deutsche Börse|Enron|WorldCom|' +
  'ExxonMobil|Chevron|ConocoPhillips|Gazprom|Rosneft|Aramco|Saudi Aramco|Petrobras|Glencore|ArcelorMittal|BASF|Bayer|' +
  'Daimler|Mercedes-Benz|Porsche|Audi|Citroën|Stellantis|Nissan|Hyundai|Kia|Ferrari|Lamborghini|' +
  'Aston Martin|Rolls-Royce|Michelin|Sanofi|Pfizer|AstraZeneca|GlaxoSmithKline|Novartis|Bayer AG|Moderna|BioNTech|' +
  'Nestlé|Unilever|Danone|Coca-Cola|PepsiCo|Carrefour|Auchan|Walmart|Tesco|Ikea|Zara|Inditex|Adidas|Nike|Puma|' +
  'LVMH|L\'Oréal|Hermès|Kering|Louis Vuitton|Netflix|Paramount|Spotify|Uber|Airbnb|' +
  'ByteDance|Huawei|Xiaomi|Alibaba|Tencent|Baidu|Samsung Electronics|LG|Panasonic|Toshiba|Hitachi|Fujitsu|Canon|' +
  'Oracle|Cisco|Qualcomm|Nvidia|AMD|Hewlett-Packard|OpenAI|SpaceX|Starlink|' +
  'BNP Paribas|Société Générale|Crédit Agricole|Crédit Lyonnais|Crédit Mutuel|HSBC|Barclays|Lloyds|Santander|UBS|' +
  'Ecobank|Orabank|Attijariwafa Bank|CBAO|Afreximbank|BOAD|' +
  'Air France|Air France-KLM|KLM|EasyJet|Virgin Atlantic|Qatar Airways|Etihad|' +
  'Turkish Airlines|Royal Air Maroc|Ethiopian Airlines|Air China|China Southern|China Eastern|Air Côte d\'Ivoire|Brussels Airlines|' +
  'Qantas|Singapore Airlines|Cathay Pacific|Aeroflot|TotalEnergies|Engie|EDF|SNCF|RATP|Thales|Safran|Veolia|' +
  'Vivendi|Hachette|Havas|Publicis|Canal+|Canal Plus|Woodside|Kosmos Energy|Eramet|' +
  // News agencies, papers, radio and television.
  'Deutsche Welle|Der Spiegel|Bild|Die Zeit|Frankfurter Allgemeine|El País|El Mundo|La Vanguardia|El Confidencial|Marca|' +
  'Mundo Deportivo|Gazzetta dello Sport|La Gazzetta dello Sport|Corriere della Sera|La Repubblica|Sky Sports|' +
  'Al-Jazeera|Al Arabiya|Xinhua|Tass|Ria Novosti|Anadolu|Kyodo|Yonhap|Politico|Axios|HuffPost|Huffington Post|BuzzFeed|' +
  'TV5 Monde|TV5Monde|Euronews|Arte|' +
  // Armed, secret and political movements.
  'Hamas|Hezbollah|Mossad|Tsahal|Boko Haram|Al-Qaida|Al Qaeda|Al-Qaeda|Daech|État islamique|Shebab|' +
  'Taliban|KGB|FSB|MI5|MI6|Gardiens de la révolution|Pasdaran|' +
  // Football clubs and national teams named without a cue.
  'Flamengo|Fluminense|Palmeiras|Corinthians|Santos FC|Boca Juniors|River Plate|Al Hilal|Al-Hilal|Al Nassr|Al-Nassr|Al Ahly|' +
  'Al-Ahly|Al Ittihad|Zamalek|Espérance de Tunis|Espérance sportive de Tunis|Wydad Casablanca|Wydad|Raja Casablanca|TP Mazembe|' +
  'Mamelodi Sundowns|Red Bull Salzburg|Red Bull Salzbourg|RB Leipzig|Bayer Leverkusen|Borussia Dortmund|Borussia Mönchengladbach|' +
  'Schalke 04|Eintracht Francfort|Eintracht Frankfurt|Atletico Madrid|Athletic Bilbao|FC Séville|' +
  'Sevilla FC|Valence CF|Valencia CF|AC Milan|Inter Milan|AS Rome|AS Roma|Lazio Rome|SS Lazio|Fiorentina|Atalanta|SSC Napoli|' +
  'Ajax Amsterdam|PSV Eindhoven|Feyenoord|Benfica|Sporting Portugal|Sporting CP|FC Porto|Galatasaray|Fenerbahçe|Besiktas|' +
  'Ludogorets|Zulte Waregem|Club Bruges|Standard de Liège|Celtic Glasgow|Glasgow Rangers|Tottenham|Tottenham Hotspur|' +
  'Aston Villa|West Ham|West Ham United|Leicester City|Olympique lyonnais|' +
  'Girondins de Bordeaux|Stade rennais|OGC Nice|RC Lens|LOSC|FC Nantes|AS Saint-Étienne|RC Strasbourg|Stade de Reims|' +
  'Lions de la Téranga|Lionnes de la Téranga|Three Lions|Super Eagles|Lions de l\'Atlas|Black Stars|Bafana Bafana|Fennecs|' +
  'Aigles de Carthage|Pharaons|Léopards|All Blacks|Wallabies|Springboks|' +
  'Everton|Charlton Athletic|Sheffield Wednesday|Crystal Palace|Queens Park Rangers|Nottingham Forest|' +
  'West Bromwich Albion|Blackburn Rovers|Bolton Wanderers|Wigan Athletic|Preston North End|Hibernian|Heart of Midlothian|' +
  'Olympiakos|Olympiacos|Panathinaikos|Red Star Belgrade|Partizan Belgrade|Dynamo Kiev|Dynamo Moscow|Spartak Moscow|CSKA Moscow|' +
  'Shakhtar Donetsk|Saracens|Harlequins|Leicester Tigers|Northampton Saints|Sale Sharks|London Irish|London Wasps|Leeds Tykes|' +
  'Newcastle Falcons|Llanelli Scarlets|Cardiff Blues|Ospreys|Glasgow Warriors|Stade Français|NFL|NBA|NHL|' +
  // Bands, named without a cue (`songs by Coldplay and Oasis`).
  'The Beatles|Beatles|Rolling Stones|The Rolling Stones|U2|Coldplay|Radiohead|Westlife|Take That|Spice Girls|Sugababes|' +
  'Girls Aloud|Kaiser Chiefs|Scissor Sisters|Destiny\'s Child|Maroon 5|Green Day|Kasabian|The Libertines|Arctic Monkeys|' +
  'Red Hot Chili Peppers|Duran Duran|Pet Shop Boys|Beach Boys|The Beach Boys|Byrds|The Byrds|Bee Gees|The Bee Gees|' +
  'Black Sabbath|Led Zeppelin|Pink Floyd|Oasis|Blur|Nirvana|Sex Pistols|The Kinks|Snow Patrol|Stereophonics|' +
  'Manic Street Preachers|Def Leppard|Iron Maiden|Boyzone|McFly|The Darkness|The Prodigy|Chemical Brothers|Daft Punk|' +
  'Massive Attack|Gorillaz|Metallica|Aerosmith|R.E.M.|Wham|Band Aid|Live Aid|Live 8|' +
  'Black Eyed Peas|Velvet Revolver|Lynyrd Skynyrd|The Doors|Three Degrees|Mamas and the Papas|G-Unit|Foo Fighters|' +
  'Linkin Park|Good Charlotte|Outkast|Backstreet Boys|Fleetwood Mac|Deep Purple|Dire Straits|Simply Red|Depeche Mode|Joy Division|' +
  'The Clash|The Who|S Club 7|Atomic Kitten|Liberty X|Mis-Teeq|So Solid Crew|Kings of Leon|The Strokes|White Stripes|' +
  'The White Stripes|The Killers|Razorlight|Jamiroquai|Basement Jaxx|Groove Armada|Guns N\' Roses|Stone Roses|The Stone Roses|' +
  'Happy Mondays|Primal Scream|Belle and Sebastian|Wet Wet Wet|Simple Minds|Bay City Rollers|The Corrs|The Pogues|Thin Lizzy|' +
  'The Cranberries|UB40|Eurythmics|Culture Club|Spandau Ballet|Bananarama|Tears for Fears|Talking Heads|Ramones|Pearl Jam|' +
  'Blink-182|Slipknot|Evanescence|The Supremes|The Temptations|Four Tops|Jackson Five|Kool and the Gang|Sly and the Family Stone|' +
  // More firms, charities and parties.
  'Credit Suisse First Boston|Dresdner Kleinwort Wasserstein|Diageo|Glenmorangie|Baskin-Robbins|Ask Jeeves|HypoVereinsbank|' +
  'Parmalat|Chrysler|Barclaycard|Barclays Capital|Barrick Gold|ChevronTexaco|AT&T|Eurex|Liffe|Freddie Mac|Fannie Mae|' +
  'Ladbrokes|Endemol|Electronic Arts|Konami|Yamaha|Ericsson|Mastercard|Wanadoo|NEC|Warner Home Video|20th Century Fox|' +
  'Twentieth Century Fox|Sky One|ITV1|Oxfam|Croix-Rouge|Unicef|Reporters Without Borders|Reporters sans frontières|' +
  'Médecins sans frontières|Human Rights Watch|Greenpeace|WWF|Plaid Cymru|Gestapo|Gartner|' +
  'Nasa|Red Cross|American Red Cross|British Red Cross|WRU|RFU|SRU|IRFU|' +
  'Forrester|Strategy Analytics|Kirin|Suntory|Asahi|Gazpromneft|Yukos|Sibneft|Lukoil|Mitsubishi|Fujitsu Siemens|' +
  // The United Nations by their French name, which writes its adjective in lower case (`le Comité des Nations unies pour…`).
  'Nations unies'
).split('|')
