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
  'Nations unies|' +
  // Well-known bodies of British, European, American, Asian and West African news, named without a cue (`Woolworths and House of
  // Fraser reported`, `selon le Medef`, `the Kuomintang`): retailers, banks and insurers, utilities, telecoms, media, tech and game
  // firms, regulators, unions, charities, think tanks, parties and agencies, and armed groups.
  'Marks & Spencer|Marks and Spencer|J Sainsbury|Debenhams|Dixons|Argos|Asda|Morrisons|Safeway|Somerfield|B&Q|Currys|HMV|' +
  'WH Smith|WHSmith|Selfridges|Harrods|Topshop|Matalan|Primark|Littlewoods|Great Universal Stores|Allders|Abbey National|' +
  'HBOS|Northern Rock|Bradford & Bingley|Standard Chartered|Prudential|Aviva|Legal & General|Old Mutual|' +
  'Friends Provident|Lloyds TSB|NatWest|Bank of Scotland|Schroders|Man Group|3i|Cazenove|ABN Amro|Dresdner|' +
  'Equitable Life|Standard Life|Scottish Widows|Axa|Allianz|Munich Re|Swiss Re|Centrica|British Gas|National Grid|' +
  'Scottish Power|ScottishPower|Scottish and Southern Energy|United Utilities|Thames Water|Severn Trent|EDF Energy|E.ON|' +
  'RWE|BG Group|BHP Billiton|Rio Tinto|Xstrata|Corus|British Energy|BAE Systems|GKN|Invensys|Tate & Lyle|' +
  'Cadbury Schweppes|Allied Domecq|Scottish & Newcastle|SABMiller|Imperial Tobacco|British American Tobacco|' +
  'Reckitt Benckiser|Telewest|Carphone Warehouse|Cable & Wireless|Energis|Virgin Mobile|Easynet|Freeserve|Tiscali|Pipex|' +
  'Stagecoach|FirstGroup|National Express|Eurotunnel|Network Rail|Railtrack|GNER|BAA|P&O|Channel 5|Emap|EMI|Sony BMG|BMG|' +
  'Universal Music|Warner Music|Reed Elsevier|Trinity Mirror|Daily Mail and General Trust|Johnston Press|' +
  'Guardian Media Group|News Corporation|News Corp|News International|Time Warner|Viacom|Pixar|DreamWorks|Miramax|MGM|' +
  'Universal Studios|Columbia Pictures|Lions Gate|Lionsgate|HBO|MTV|VH1|NME|Itar-Tass|Dow Jones Newswires|' +
  'Agence France-Presse|Press Association|Sun Microsystems|Lenovo|Acer|Asus|Texas Instruments|Infineon|' +
  'STMicroelectronics|Philips|Alcatel|Lucent|Nortel|Research In Motion|Symbian|Macromedia|Adobe|Symantec|Trend Micro|' +
  'Novell|Red Hat|Sega|Atari|Activision|Ubisoft|Take-Two|Rockstar Games|Eidos|Namco|Capcom|Square Enix|Napster|Kazaa|' +
  'Friendster|MySpace|Lycos|Netscape|RealNetworks|IDC|Oftel|Ofgem|Ofwat|Ministry of Defence|' +
  'Crown Prosecution Service|Serious Fraud Office|Financial Services Authority|Office of Fair Trading|' +
  'Competition Commission|Environment Agency|Met Office|Countryside Agency|Arts Council|British Council|Audit Commission|' +
  'Charity Commission|Sport England|UK Sport|Learning and Skills Council|Ucas|Association of Chief Police Officers|' +
  'Police Federation|National Union of Teachers|Royal College of Nursing|Institute of Directors|' +
  'Federation of Small Businesses|British Chambers of Commerce|GMB|Transport and General Workers\' Union|RMT|Usdaw|' +
  'Communication Workers Union|Musicians\' Union|Barnardo\'s|NSPCC|RSPCA|RSPB|Christian Aid|ActionAid|Cafod|' +
  'Friends of the Earth|Age Concern|Help the Aged|Citizens Advice|Wada|Usada|UK Athletics|ATP|WTA|LTA|Wigan Warriors|' +
  'Bradford Bulls|Leeds United|Newcastle United|Birmingham City|Norwich City|Wal-Mart|Kmart|Home Depot|Costco|Starbucks|' +
  'Procter & Gamble|Johnson & Johnson|Eli Lilly|Bristol-Myers Squibb|Aventis|Sanofi-Aventis|Lockheed Martin|' +
  'Northrop Grumman|Raytheon|Tyco|Ahold|Royal Dutch Shell|TNK-BP|Statoil|Norsk Hydro|ENI|Repsol|PetroChina|Sinopec|CNOOC|' +
  'Unocal|Texaco|Mobil|PSA Peugeot Citroën|Mazda|Subaru|Volvo|Saab|Land Rover|MG Rover|Opel|Tata Motors|Infosys|Wipro|' +
  'Sanyo|SoftBank|NTT DoCoMo|DoCoMo|KDDI|China Mobile|China Unicom|China Telecom|ZTE|Haier|TCL|Hutchison Whampoa|Singtel|' +
  'Telstra|Deutsche Post|DHL|Alitalia|Aer Lingus|Carlsberg|Interbrew|InBev|Anheuser-Busch|Alstom|Areva|Natixis|NYSE|' +
  'Medef|CFDT|Force ouvrière|CFE-CGC|FSU|Cnil|Arcom|ANSM|Anses|Inserm|CNRS|Pôle emploi|France Travail|Urssaf|' +
  'GDF Suez|Bouygues Telecom|SFR|Charlie Hebdo|Le Nouvel Observateur|Secours populaire|Secours catholique|Emmaüs|' +
  'Médecins du monde|Action contre la faim|Fondation Abbé Pierre|SOS Racisme|Licra|Mrap|Ligue des droits de l\'homme|' +
  'Transparency International|Sen\'Eau|SDE|Air Sénégal|BICIS|SGBS|APIX|ADEPME|FONGIP|Onas|Anacim|ANSD|ARTP|IPRES|Ofnac|' +
  'Centif|And-Jëf|FRAPP|Y\'en a marre|Suneor|Sococim|Endeavour Mining|Teranga Gold|Kewoulo|Ecowas|' +
  'Banque africaine de développement|African Development Bank|African Union|G5 Sahel|Minusma|Aqmi|JNIM|Fatah|Shin Bet|' +
  'FARDC|M23|Monusco|HCR|UNHCR|WFP|FAO|OIT|ILO|OCDE|OECD|OMC|BCE|OSCE|International Criminal Court|' +
  'Cour pénale internationale|International Court of Justice|OPEP|AIEA|IAEA|OIF|Arab League|Ligue arabe|Likud|' +
  'Fianna Fail|Fine Gael|Sinn Fein|DUP|SDLP|Ulster Unionist Party|IRA|SNP|Council on Foreign Relations|' +
  'Brookings Institution|Chatham House|Rand Corporation|Heritage Foundation|Institute for Fiscal Studies|' +
  'International Crisis Group|SIPRI|Pew Research Center|' +
  // More of them: motor-racing teams, boxing and sports bodies, software, game and electronics firms, studios, broadcasters and
  // trade bodies, think tanks and trusts, American agencies, international banks and blocs, Asian and European groups, and
  // Senegalese agencies, universities and federations.
  'McLaren|Minardi|Sauber|Red Bull Racing|Jaguar Racing|WBC|WBA|WBO|IBF|MCC|PGA|R&A|SFA|FAI|Concacaf|Conmebol|Siebel|' +
  'PeopleSoft|Computer Associates|Accenture|LogicaCMG|ARM Holdings|Psion|Amstrad|Creative Technology|Creative Labs|' +
  'iRiver|Archos|TiVo|Sony Computer Entertainment|Blizzard Entertainment|Epic Games|THQ|Codemasters|Lionhead|' +
  'Universal Pictures|Paramount Pictures|New Line Cinema|BBC Worldwide|Capital Radio|Virgin Radio|Classic FM|Radio Times|' +
  'Music Week|Kerrang!|RIAA|IFPI|MPAA|Academy of Motion Picture Arts and Sciences|Royal Shakespeare Company|' +
  'National Theatre|English National Opera|Commission for Racial Equality|Equal Opportunities Commission|' +
  'Institute for Public Policy Research|IPPR|Adam Smith Institute|Policy Exchange|Civitas|Fabian Society|' +
  'Centre for Policy Studies|King\'s Fund|Nuffield Trust|Joseph Rowntree Foundation|National Trust|English Heritage|' +
  'Historic Scotland|House of Representatives|State Department|Justice Department|FDA|Food and Drug Administration|FTC|' +
  'FCC|Federal Communications Commission|EPA|Environmental Protection Agency|' +
  'Department of Homeland Security|World Food Programme|ICRC|European Court of Justice|European Investment Bank|' +
  'EBRD|Asian Development Bank|Asean|Apec|Mercosur|Council of Europe|Eurostat|Ifo|ZEW|Bank of Japan|ECB|Norilsk Nickel|' +
  'Severstal|Vimpelcom|Alfa Group|Alfa Bank|Mizuho|Marubeni|Jet Airways|China Construction Bank|' +
  'Bank of China|ICBC|DBS|Daewoo|SK Telecom|Posco|EADS|Finmeccanica|Telecom Italia|Fortis|Dexia|BBVA|Telefonica|' +
  'Iberdrola|Endesa|Zurich Financial Services|Swatch|H&M|Electrolux|Scania|Nordea|Maersk|Bang & Olufsen|ASER|' +
  'Anpej|Lonase|Sones|Bank of Africa|BNDE|Université Gaston Berger|UGB|ISRA|IRD|CNRA|HCCT|CESE|CENA|Dscos|OCRTIS|FSF|' +
  'CNOSS|FIBA|Anoca|iGFM|Dakarbuzz|Seneplus'
).split('|')
