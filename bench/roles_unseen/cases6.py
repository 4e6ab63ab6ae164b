"""Batch 6 (session 7), written before the builder ran on it: roles whose body the text fixes only by context
(a state office with no country named, in a story about one country or under its dateline; a commissioner where
the EU is in the story; a mayor in a story about one city), with traps where two countries compete (visits,
talks, a dateline abroad, a counterpart with no country); possessor and title appositions with titles outside
the usual lists, a place word inside the title, a definite description or "its" for a body named before; team
and national-side modifiers ("Pakistan opener X", "his Ferrari teammate X", "won for Toyota"); counterparts
with nationality adjectives distributed over a coordinated apposition; rulers ("King X of Y"). House styles of
AP, Reuters, AFP, the Guardian, Nikkei, the Hindu, Nation Africa and sports desks; long sentences and quotes.

A body may list alternatives separated by "|" (any one matches).
"""
MIN = {"minister_of"}
HEAD = {"head_of"}
PLAYER = {"member_of", "employee_of", "player_of", "play_for"}
EUC = {"member_of", "commissioner_of"}
BATCH6 = [
 # (a) a state office with no body named, fixed by the clause, the story's single country or its dateline
 ("BRASILIA (AP) — Brazil will not send troops to Haiti under the new U.N. mandate, Defense Minister José Múcio "
  "said Thursday, adding that the country would instead fund police training.",
  [("José Múcio", MIN, "Brazil", "fact")], [("José Múcio", "Haiti", None)]),
 ("Kenya's parliament passed the finance bill late on Tuesday after a stormy debate in which opposition lawmakers "
  "walked out twice. Treasury Secretary John Mbadi said the new levies would raise 300 billion shillings a year "
  "and spare basic foods.",
  [("John Mbadi", MIN, "Kenya", "fact")], []),
 ("Italy will not sign the revised migration pact in its current form, Interior Minister Matteo Piantedosi told "
  "reporters in Rome on Friday, a week before European ministers meet to vote on it.",
  [("Matteo Piantedosi", MIN, "Italy", "fact")], []),
 ("ACCRA, Ghana (AP) — Finance Minister Cassiel Ato Forson said Wednesday that the cedi had stabilized and that "
  "the government would not need another IMF loan before the end of its program.",
  [("Cassiel Ato Forson", MIN, "Ghana", "fact")], []),
 ("Chile's Congress approved the pension overhaul on Wednesday after two years of wrangling. Labour Minister "
  "Jeannette Jara, who steered the bill through both chambers, said: \"Today we can say this country has a fairer "
  "system.\"",
  [("Jeannette Jara", MIN, "Chile", "fact")], []),
 ("Thailand's parliament voted on Friday to lift the ban on casinos in designated resorts. Prime Minister Anutin "
  "Charnvirakul said the first licences would be issued within a year.",
  [("Anutin Charnvirakul", HEAD, "Thailand", "fact")], []),
 ("The U.N. secretary-general will travel on to Ghana on Friday, where he is due to meet President John Mahama and "
  "the leaders of the regional bloc.",
  [("John Mahama", HEAD, "Ghana", "fact")], []),
 ("Milan's city council approved a tax on short-term rentals on Monday. Mayor Giuseppe Sala said the money would "
  "go to public housing in the outer districts.",
  [("Giuseppe Sala", HEAD, "Milan", "fact")], []),
 ("Residents of Lyon will vote in March on whether to close the Presqu'ile to cars, under a plan drawn up by a "
  "citizens' commission led by former mayor Helene Dufresne.",
  [("Helene Dufresne", HEAD, "Lyon", "former")], [("Helene Dufresne", "Lyon", None)]),
 ("The European Commission proposed tariffs of up to 50% on Chinese steel on Wednesday. Industry Commissioner "
  "Stephane Sejourne said European mills were running at 65% of capacity.",
  [("Stephane Sejourne", EUC, "Europe", "fact")], [("Stephane Sejourne", "China", None)]),
 ("Competition Commissioner Teresa Ribera fined the Dutch payments firm Adyen 120 million euros on Tuesday, "
  "saying the European Union's rules applied to every platform that acted as a gatekeeper.",
  [("Teresa Ribera", EUC, "Europe", "fact")], [("Teresa Ribera", "Adyen", None)]),
 ("BRUSSELS (Reuters) - Foreign Minister Radoslaw Sikorski said on Monday that Poland would ask NATO allies to "
  "help guard its eastern airspace after a third drone incursion in a month.",
  [("Radoslaw Sikorski", MIN, "Poland", "fact")],
  [("Radoslaw Sikorski", "Belgium", None), ("Radoslaw Sikorski", "Brussels", None), ("Radoslaw Sikorski", "NATO", None)]),
 # (a) traps: two countries compete, visitors, a dateline abroad, offices that are no state's
 ("Japanese Prime Minister Shigeru Ishiba met the South Korean leader in Seoul on Monday. Foreign Minister Cho "
  "Tae-yul said afterwards that the talks had been frank and useful.",
  [("Shigeru Ishiba", HEAD, "Japan", "fact")],
  [("Cho Tae-yul", "Japan", None), ("Cho Tae-yul", "Korea", None), ("Cho Tae-yul", "Seoul", None)]),
 ("Indonesian President Prabowo Subianto flew to Canberra on Wednesday, where he will meet Prime Minister Anthony "
  "Albanese to sign a defence pact.",
  [("Prabowo Subianto", HEAD, "Indonesia", "fact")],
  [("Anthony Albanese", "Indonesia", None), ("Prabowo Subianto", "Canberra", None)]),
 ("Poland will close two more crossings on its border with Belarus from Saturday, Interior Minister Tomasz "
  "Siemoniak said, citing a rise in attempts to cross illegally.",
  [], [("Tomasz Siemoniak", "Belarus", None)]),
 ("Kenya's president hosted German Chancellor Friedrich Merz in Nairobi on Monday. Labour Minister Alfred Mutua "
  "said the two countries would sign an agreement on skilled migration next month.",
  [("Friedrich Merz", HEAD, "German", "fact")], [("Alfred Mutua", "German", None)]),
 ("Prime Minister Narendra Modi arrived in the Maldives on Friday for a two-day visit, the first since relations "
  "soured last year, and was received at the airport by President Mohamed Muizzu.",
  [], [("Narendra Modi", "Maldives", None)]),
 ("Foreign Minister Annalena Baerbock arrived in Kyiv on Tuesday on her ninth visit since the invasion began, "
  "promising more air defence systems before winter.",
  [], [("Annalena Baerbock", "Kyiv", None), ("Annalena Baerbock", "Ukrain", None)]),
 ("\"We will not be blackmailed,\" President Gustavo Petro wrote on X after Washington announced tariffs on "
  "Colombian coffee and flowers.",
  [], [("Gustavo Petro", "United States", None), ("Gustavo Petro", "Washington", None)]),
 ("Police Commissioner Jessica Tisch said the department would put 200 more officers on the subway at night, "
  "after a spate of attacks on conductors in Brooklyn.",
  [], [("Jessica Tisch", "Europe", None), ("Jessica Tisch", "Brooklyn", None)]),
 ("Mayor Sadiq Khan of London met Mayor Karen Bass in Los Angeles on Thursday to discuss hosting rights for the "
  "2036 Olympics.",
  [("Sadiq Khan", HEAD, "London", "fact")], [("Karen Bass", "London", None), ("Sadiq Khan", "Los Angeles", None)]),
 ("Brazil's Supreme Court on Thursday rejected an appeal against the ban. Former President Jair Bolsonaro, who "
  "governed from 2019 to 2022, called the ruling political.",
  [("Jair Bolsonaro", HEAD, "Brazil", "former")], [("Jair Bolsonaro", "Brazil", None)]),
 ("Egypt's foreign minister, Badr Abdelatty, spoke by telephone with his counterpart, Abbas Araghchi, on Sunday "
  "about shipping in the Red Sea.",
  [("Badr Abdelatty", MIN, "Egypt", "fact")], [("Abbas Araghchi", "Egypt", None)]),
 ("French Finance Minister Eric Lombard will meet his German counterpart in Berlin next week to discuss the "
  "budget rules, his office said.",
  [("Eric Lombard", MIN, "France|French", "fact")], [("Eric Lombard", "German", None), ("Eric Lombard", "Berlin", None)]),
 # (b) possessor and title appositions: titles outside the lists, a place word inside, a description, "its"
 ("\"We had the pace but not the tyres,\" Williams's team principal, James Vowles, said after the race in Baku.",
  [("James Vowles", {"head_of", "team_principal_of"}, "Williams", "fact")], [("James Vowles", "Baku", None)]),
 ("Siemens' India chief executive, Sunil Mathur, said the company would double its rail workforce in Gujarat by "
  "2028.",
  [("Sunil Mathur", {"chief_executive_of", "head_of"}, "Siemens", "fact")],
  [("Sunil Mathur", "India", None), ("Sunil Mathur", "Gujarat", None)]),
 ("Vodafone's German head, Marcel de Groot, told the Handelsblatt newspaper that 2,000 jobs would go.",
  [("Marcel de Groot", {"head_of", "chief_executive_of"}, "Vodafone", "fact")],
  [("Marcel de Groot", "Handelsblatt", None), ("Marcel de Groot", "German", None)]),
 ("Airbus's chief commercial officer, Benoit de Saint-Exupery, said the airline had ordered 40 more A321neo jets.",
  [("Benoit de Saint-Exupery", {"employee_of", "member_of"}, "Airbus", "fact")],
  [("Benoit de Saint-Exupery", "Airbus", "head_of")]),
 ("The University of Edinburgh said on Monday it would cut 1,800 jobs to close a funding gap of 140 million "
  "pounds. Edinburgh's principal, Peter Mathieson, told staff the cuts were unavoidable.",
  [("Peter Mathieson", {"head_of"}, "University of Edinburgh", "fact")], []),
 ("The Suez Canal Authority cut transit fees for large container ships by 15% on Sunday to win back traffic lost "
  "to the Cape route. The authority's chairman, Osama Rabie, said the discount would last six months.",
  [("Osama Rabie", {"chair_of", "head_of"}, "Suez Canal Authority", "fact")], []),
 ("Tate Modern will close its Turbine Hall for a year from January while engineers replace the roof. The "
  "gallery's director, Karin Hindsbo, said the work could not wait.",
  [("Karin Hindsbo", {"head_of"}, "Tate", "fact")], []),
 ("The Ghana Registered Nurses and Midwives Association called off its strike on Thursday. Its president, "
  "Perpetual Ofori-Ampofo, said members would return to the wards on Monday.",
  [("Perpetual Ofori-Ampofo", {"head_of"}, "Nurses and Midwives", "fact")], []),
 ("Lindqvist Shipping reported a quarterly loss on Wednesday as freight rates fell. Its chief financial officer, "
  "Eva Lund, said the company would sell three vessels.",
  [("Eva Lund", {"employee_of", "member_of"}, "Lindqvist", "fact")], [("Eva Lund", "Lindqvist", "head_of")]),
 ("Tottenham Hotspur sacked their manager on Thursday after eight defeats in ten games. The club's chairman, "
  "Daniel Levy, thanked him for his work.",
  [("Daniel Levy", {"chair_of"}, "Tottenham", "fact")], []),
 ("Volkswagen's former chief executive, Herbert Diess, will testify in the Brunswick trial next month.",
  [("Herbert Diess", {"chief_executive_of"}, "Volkswagen", "former")], [("Herbert Diess", "Volkswagen", None)]),
 ("Elon Musk's biographer, Walter Isaacson, said the book had been finished before the election.",
  [], [("Walter Isaacson", "Musk", None)]),
 ("The Port of Antwerp-Bruges handled a record 290 million tonnes last year, and the port's chief executive, "
  "Jacques Vandermeiren, said a new container terminal would open in 2027.",
  [("Jacques Vandermeiren", {"chief_executive_of", "head_of"}, "Antwerp", "fact")], []),
 # (c) team and national-side modifiers
 ("Pakistan opener Saim Ayub made 87 off 64 balls as his side chased down 240 in Harare.",
  [("Saim Ayub", PLAYER | {"citizen_of"}, "Pakistan", "fact")], [("Saim Ayub", "Harare", None)]),
 ("New Zealand fly-half Beauden Barrett kicked four penalties in the 22-18 win over France in Dunedin.",
  [("Beauden Barrett", PLAYER | {"citizen_of"}, "New Zealand", "fact")], [("Beauden Barrett", "France", None)]),
 ("Lewis Hamilton finished two places behind his Ferrari teammate Charles Leclerc in Monaco on Sunday.",
  [("Charles Leclerc", PLAYER, "Ferrari", "fact")], [("Charles Leclerc", "Monaco", None)]),
 ("Kalle Rovanpera took his third win of the season for Toyota at the Rally of Finland on Sunday.",
  [("Kalle Rovanpera", PLAYER, "Toyota", "fact")], []),
 ("Bukayo Saka scored twice for Arsenal against Fulham, and Martin Odegaard added a third from the spot.",
  [("Bukayo Saka", PLAYER, "Arsenal", "fact")], [("Bukayo Saka", "Fulham", None)]),
 ("Real Madrid midfielder Jude Bellingham, who played for Borussia Dortmund until 2023, will miss the derby.",
  [("Jude Bellingham", PLAYER, "Real Madrid", "fact")], [("Jude Bellingham", "Dortmund", None)]),
 ("Bangladesh batter Litton Das hit a century as his side beat Sri Lanka by 40 runs in Colombo.",
  [("Litton Das", PLAYER | {"citizen_of"}, "Bangladesh", "fact")],
  [("Litton Das", "Sri Lanka", None), ("Litton Das", "Colombo", None)]),
 ("Aston Villa goalkeeper Emiliano Martinez, who saved two penalties, said Argentina's coach had called him on "
  "the eve of the match.",
  [("Emiliano Martinez", PLAYER, "Aston Villa", "fact")], [("Emiliano Martinez", "Argentin", "coach_of")]),
 ("England wing Ellie Kildunne scored a hat-trick against Wales, her fourth for her country this year.",
  [("Ellie Kildunne", PLAYER | {"citizen_of"}, "England", "fact")], [("Ellie Kildunne", "Wales", None)]),
 ("Max Verstappen beat his former Red Bull teammate Sergio Perez by 20 seconds.",
  [], [("Sergio Perez", "Red Bull", None)]),
 # (d) counterparts: a nationality adjective for each conjunct of the apposition
 ("Australia will resume live cattle exports to China from March. Foreign Minister Penny Wong spoke with her "
  "Chinese counterpart, Wang Yi, on Thursday.",
  [("Penny Wong", MIN, "Australia", "fact"), ("Wang Yi", MIN, "China", "fact")], [("Wang Yi", "Australia", None)]),
 ("Indian Defence Minister Rajnath Singh met his Japanese and Australian counterparts, Gen Nakatani and Richard "
  "Marles, in Tokyo on Saturday.",
  [("Rajnath Singh", MIN, "India", "fact"), ("Gen Nakatani", MIN, "Japan", "fact"),
   ("Richard Marles", MIN, "Australia", "fact")],
  [("Gen Nakatani", "Australia", None), ("Richard Marles", "Japan", None), ("Richard Marles", "India", None),
   ("Gen Nakatani", "India", None)]),
 ("Britain's home secretary, Yvette Cooper, and her French counterpart, Bruno Retailleau, signed the returns deal "
  "in London.",
  [("Yvette Cooper", MIN, "Brit|United Kingdom", "fact"), ("Bruno Retailleau", MIN, "France", "fact")],
  [("Bruno Retailleau", "Brit", None), ("Bruno Retailleau", "United Kingdom", None)]),
 ("The Kenyan trade minister hosted his Ugandan, Tanzanian and Rwandan counterparts in Mombasa for two days of "
  "talks on the customs union.",
  [], [("Mombasa", "Uganda", None)]),
 # (e) rulers
 ("The bronze head was cast in the 16th century for Oba Esigie of Benin, whose court controlled trade along the "
  "river.",
  [("Esigie", HEAD | {"king_of", "ruler_of"}, "Benin", "*")], []),
 ("The treaty was signed in 1896 by Emperor Menelik II of Ethiopia after the battle of Adwa.",
  [("Menelik", HEAD | {"king_of", "ruler_of", "emperor_of"}, "Ethiopia", "*")], []),
 ("King Charles hosted King Abdullah II of Jordan at Windsor Castle on Tuesday.",
  [("Abdullah", HEAD | {"king_of", "ruler_of"}, "Jordan", "fact")], [("Charles", "Jordan", None)]),
 ("Queen Nzinga of Ndongo resisted Portuguese expansion for four decades, the exhibition in Luanda recalls.",
  [("Nzinga", HEAD | {"queen_of", "ruler_of"}, "Ndongo", "*")], [("Nzinga", "Luanda", None)]),
 ("Eswatini's absolute monarch, King Mswati III, named a new prime minister on Friday.",
  [("Mswati", HEAD | {"king_of", "ruler_of"}, "Eswatini", "fact")], []),
]
