"""Batch 7 (session 8), written before the builder ran on it, in beats and outlets the dev cases do not have:
farming, shipping, schools and universities, housing, mining, aviation safety, religion, the arts, retail,
telecoms, migration, water, railways, local government, science funding; wire copy, features, briefing
transcripts, regional papers and translated foreign press. Shapes: titles after the name ("X, who chairs Y",
"X, vice-chancellor of Y", "X, a program officer at Y"), organisation modifiers ("Y boss X", "a Y spokeswoman,
X"), roles in relative clauses and predicates ("who has run Y since", "stepped down as", "was elected ... as its
president", "took over as", "became its ..."), employment verbs (works for, joined, left), possessive pronouns
and descriptions ("its chief executive", "the school's head teacher"), parties, former/ex-/outgoing/acting, units
of a body ("head of Y's Asia wealth division"). Traps: two bodies in one sentence, a title that belongs to a third
person ("X's deputy"), a reported or pretended title, hypotheticals ("if X became chairman", "should X be
confirmed"), counterparts, places next to bodies.

A body may list alternatives separated by "|" (any one matches).
"""
HEAD = {"head_of", "chief_executive_of", "chair_of"}
CEO = {"chief_executive_of", "head_of"}
CHAIR = {"chair_of", "head_of"}
WORK = {"employee_of", "member_of"}
SPOKES = {"spokesperson_of", "representative_of", "employee_of"}
MIN = {"minister_of"}
MEMBER = {"member_of", "member_of_party"}
BATCH7 = [
 # farming
 ("Dairy farmers in Brittany blocked roads for a third day on Monday, said Anne-Marie Le Goff, who chairs the "
  "regional branch of the FNSEA farmers' union.",
  [("Anne-Marie Le Goff", CHAIR | WORK, "FNSEA|branch", "fact")], [("Anne-Marie Le Goff", "Brittany", None)]),
 ("Kwame Asante, a cocoa farmer who heads the Ashanti Growers' Cooperative, said buyers had not paid since August.",
  [("Kwame Asante", HEAD, "Ashanti Growers", "fact")], []),
 ("Tobias Berg, a lawyer representing the growers, said Lindgren Mills had broken the contract; the miller's "
  "chief executive, Karin Ahl, declined to comment.",
  [("Karin Ahl", CEO, "Lindgren", "fact")], [("Tobias Berg", "Lindgren", None)]),
 ("Farmers' leader Joseph Kayode, president of the All Farmers Association of Nigeria, accused Olam of "
  "underpaying growers in Kaduna.",
  [("Joseph Kayode", HEAD, "All Farmers Association", "fact")],
  [("Joseph Kayode", "Olam", None), ("Joseph Kayode", "Kaduna", None)]),
 # shipping
 ("Maersk boss Vincent Clerc told analysts on a call that the Red Sea would stay closed to its ships well into "
  "next year.",
  [("Vincent Clerc", CEO, "Maersk", "fact")], []),
 ("A Hapag-Lloyd spokeswoman, Sophie Brandes, said the carrier had rerouted six vessels around the Cape.",
  [("Sophie Brandes", SPOKES, "Hapag-Lloyd", "fact")], [("Sophie Brandes", "Hapag-Lloyd", "head_of")]),
 ("Nils Andersen, who has run the Port of Gothenburg since 2019, said dredging would start in the spring.",
  [("Nils Andersen", HEAD | {"run"}, "Gothenburg", "fact")], []),
 ("The Union of Greek Shipowners elected Maria Kostopoulou as its president on Thursday, the first woman to hold "
  "the post.",
  [("Maria Kostopoulou", HEAD, "Greek Shipowners", "fact")], []),
 ("If Kostas Veniamis became chairman of the Piraeus Port Authority, analysts said, the Chinese owner would lose "
  "its grip on the board.",
  [("Kostas Veniamis", CHAIR, "Piraeus", "hyp")], [("Kostas Veniamis", "Piraeus", None)]),
 # schools and universities
 ("Professor Aisha Bello, vice-chancellor of the University of Ibadan, said lecturers would return to classes on "
  "Monday.",
  [("Aisha Bello", HEAD | {"vice_chancellor_of"}, "Ibadan", "fact")], []),
 ("Daniel Okafor stepped down as principal of Kingsway Academy last month after an inspection rated the school "
  "inadequate.",
  [("Daniel Okafor", HEAD | {"principal_of"}, "Kingsway", "former")], [("Daniel Okafor", "Kingsway", None)]),
 ("Ofsted closed Hillcrest Primary School in Leeds on Friday after part of a ceiling collapsed. The school's head "
  "teacher, Rachel Moore, said pupils would be taught online until the roof was repaired.",
  [("Rachel Moore", HEAD, "Hillcrest", "fact")], [("Rachel Moore", "Leeds", None), ("Rachel Moore", "Ofsted", None)]),
 ("Grace Mwangi, who teaches chemistry at Alliance High School, said the laboratories had had no running water "
  "since March.",
  [("Grace Mwangi", WORK | {"teach_at"}, "Alliance High", "fact")], [("Grace Mwangi", "Alliance High", "head_of")]),
 # housing
 ("Housing association Clarion said on Tuesday that its chief executive, Clare Miller, would leave in June after "
  "eight years.",
  [("Clare Miller", CEO, "Clarion", "fact")], []),
 ("Tom Reilly, the former head of the Dublin Housing Agency, was appointed chair of the new Land Development "
  "Agency on Tuesday.",
  [("Tom Reilly", HEAD, "Dublin Housing", "former"), ("Tom Reilly", CHAIR, "Land Development", "fact")],
  [("Tom Reilly", "Dublin Housing", None)]),
 ("Rents rose 9% in a year, according to Shelter's chief executive, Polly Neate, who called for a freeze.",
  [("Polly Neate", CEO, "Shelter", "fact")], []),
 ("Housing minister Matthew Pennycook met Ben Beadle, who leads the National Residential Landlords Association, on "
  "Monday.",
  [("Ben Beadle", HEAD | {"lead"}, "Landlords Association", "fact")],
  [("Matthew Pennycook", "Landlords Association", None)]),
 # mining
 ("Glencore's head of copper marketing, Kenny Ives, said Chinese smelters were bidding for every tonne.",
  [("Kenny Ives", WORK, "Glencore", "fact")],
  [("Kenny Ives", "Glencore", "head_of"), ("Kenny Ives", "Glencore", "chief_executive_of")]),
 ("Zambia's mines minister, Paul Kabuswe, said the government would not renew the licence of Konkola Copper "
  "Mines, whose former chief executive, Steven Din, is under investigation.",
  [("Paul Kabuswe", MIN, "Zambia", "fact"), ("Steven Din", CEO, "Konkola", "former")],
  [("Paul Kabuswe", "Konkola", None), ("Steven Din", "Konkola", None)]),
 ("BHP named Mike Henry's deputy, Geraldine Slattery, to run its Australian operations from July.",
  [], [("Geraldine Slattery", "BHP", "chief_executive_of"), ("Geraldine Slattery", "Henry", None)]),
 ("Anglo American, whose chairman Stuart Chambers has resisted two takeover bids, will sell its platinum unit.",
  [("Stuart Chambers", CHAIR, "Anglo American", "fact")], []),
 ("Ex-Rio Tinto boss Jean-Sebastien Jacques now advises the Guinean government on the Simandou project.",
  [("Jean-Sebastien Jacques", CEO, "Rio Tinto", "former")], [("Jean-Sebastien Jacques", "Rio Tinto", None)]),
 # aviation safety
 ("Jennifer Homendy, chair of the National Transportation Safety Board, told reporters at a briefing that the "
  "pilots had not been warned.",
  [("Jennifer Homendy", CHAIR, "Transportation Safety", "fact")], []),
 ("The investigation is led by Hiroshi Tanaka, a senior investigator at the Japan Transport Safety Board.",
  [("Hiroshi Tanaka", WORK, "Japan Transport Safety", "fact")], [("Hiroshi Tanaka", "Japan Transport", "head_of")]),
 ("Acting FAA administrator Chris Rocheleau said the agency would inspect every Boeing 737 Max 9 in service.",
  [("Chris Rocheleau", HEAD | {"administrator_of"}, "FAA|Federal Aviation", "fact")], [("Chris Rocheleau", "Boeing", None)]),
 ("Ryanair's director of operations, Neal McMahon, blamed French air traffic controllers for the cancellations.",
  [("Neal McMahon", WORK, "Ryanair", "fact")],
  [("Neal McMahon", "Ryanair", "head_of"), ("Neal McMahon", "Ryanair", "chief_executive_of"),
   ("Neal McMahon", "France", None)]),
 # religion
 ("Archbishop Ignatius Kaigama of Abuja celebrated Mass for the victims on Sunday.",
  [("Ignatius Kaigama", HEAD | {"archbishop_of"}, "Abuja", "fact")], []),
 ("The Rev. Lucy Winkett, rector of St James's Piccadilly, said the church would open its doors to rough "
  "sleepers.",
  [("Lucy Winkett", HEAD | {"rector_of"}, "St James", "fact")], []),
 ("Imam Qari Asim, who chairs the Mosques and Imams National Advisory Board, condemned the attack.",
  [("Qari Asim", CHAIR, "Mosques and Imams", "fact")], []),
 ("Pope Leo appointed Bishop Paul Tighe as secretary of the Dicastery for Culture and Education on Saturday.",
  [("Paul Tighe", WORK | {"secretary_of"}, "Dicastery", "fact")], [("Leo", "Dicastery", None)]),
 ("Sheikh Ahmed al-Tayeb, the grand imam of Al-Azhar, received the pope in Cairo.",
  [("Ahmed al-Tayeb", HEAD | {"imam_of", "grand_imam_of"}, "Azhar", "fact")], [("Ahmed al-Tayeb", "Cairo", None)]),
 # the arts
 ("Tristram Hunt, director of the Victoria and Albert Museum, said the museum would lend the Benin objects to "
  "Nigeria.",
  [("Tristram Hunt", HEAD | {"director_of"}, "Victoria and Albert", "fact")], [("Tristram Hunt", "Nigeria", None)]),
 ("The National Gallery named its next director on Wednesday: Kate Brindley, who currently runs the Arnolfini in "
  "Bristol, will take over in September.",
  [("Kate Brindley", HEAD | {"run"}, "Arnolfini", "fact")], [("Kate Brindley", "Bristol", None)]),
 ("Conductor Simon Rattle, the former music director of the Berlin Philharmonic, will take the Bavarian Radio "
  "Symphony Orchestra on a tour of Japan.",
  [("Simon Rattle", HEAD | {"director_of", "music_director_of"}, "Berlin Philharmonic", "former")],
  [("Simon Rattle", "Japan", None), ("Simon Rattle", "Berlin Philharmonic", None)]),
 ("The sculptor Antony Gormley, a trustee of the British Museum, said he would stay on the board despite the "
  "thefts.",
  [("Antony Gormley", WORK | {"trustee_of"}, "British Museum", "fact")],
  [("Antony Gormley", "British Museum", "head_of")]),
 # retail
 ("Tesco chairman Gerry Murphy and the chief executive of Sainsbury's, Simon Roberts, both warned of higher food "
  "prices.",
  [("Gerry Murphy", CHAIR, "Tesco", "fact"), ("Simon Roberts", CEO, "Sainsbury", "fact")],
  [("Gerry Murphy", "Sainsbury", None), ("Simon Roberts", "Tesco", None)]),
 ("Dmitri Lenz left Zalando in 2022 to found the second-hand clothing platform Rewear, which he still runs.",
  [("Dmitri Lenz", WORK, "Zalando", "former"), ("Dmitri Lenz", HEAD | {"founder_of", "run"}, "Rewear", "fact")],
  [("Dmitri Lenz", "Zalando", None)]),
 ("Ingka Group, which owns most Ikea stores, said its chief financial officer, Juvencio Maeztu, would become deputy "
  "chief executive.",
  [("Juvencio Maeztu", WORK, "Ingka", "fact")],
  [("Juvencio Maeztu", "Ingka", "chief_executive_of"), ("Juvencio Maeztu", "Ikea", "chief_executive_of")]),
 # telecoms
 ("Vodacom's Tanzanian unit is headed by Philip Besiimire, a former MTN executive.",
  [("Philip Besiimire", WORK | HEAD, "Vodacom", "fact"), ("Philip Besiimire", WORK, "MTN", "former")],
  [("Philip Besiimire", "MTN", None), ("Philip Besiimire", "Tanzania", None)]),
 ("Orange has hired Aleksandra Nowak, until now head of strategy at Play, as its new chief technology officer.",
  [("Aleksandra Nowak", WORK, "Orange", "fact")],
  [("Aleksandra Nowak", "Play", "head_of"), ("Aleksandra Nowak", "Orange", "head_of")]),
 ("Airtel Africa chief executive Sunil Taldar said on a call with analysts that the naira's fall had cut revenue by "
  "a fifth.",
  [("Sunil Taldar", CEO, "Airtel", "fact")], []),
 ("After 15 years at Nokia, Marta Kowalski now works for Ericsson as head of its 6G research.",
  [("Marta Kowalski", WORK, "Ericsson", "fact")],
  [("Marta Kowalski", "Ericsson", "chief_executive_of"), ("Marta Kowalski", "Nokia", None)]),
 # migration
 ("Filippo Grandi, the outgoing UN High Commissioner for Refugees, warned that funding had fallen by a third.",
  [("Filippo Grandi", HEAD | {"employee_of", "commissioner_of"}, "UN|United Nations|Refugees", "fact")], []),
 ("Home Office minister Angela Eagle said 1,200 people had crossed the Channel in small boats in a week.",
  [("Angela Eagle", MIN | WORK, "Home Office", "fact")], [("Angela Eagle", "Channel", None)]),
 ("Prosecutors in Catania say Ahmed Farouk posed as a manager of Kalo Travel, a firm that does not exist, to "
  "recruit passengers.",
  [], [("Ahmed Farouk", "Kalo", None), ("Ahmed Farouk", "Catania", None)]),
 ("Frontex executive director Hans Leijtens told the European Parliament that the agency would double its staff "
  "in Greece.",
  [("Hans Leijtens", HEAD | {"director_of"}, "Frontex", "fact")],
  [("Hans Leijtens", "European Parliament", None), ("Hans Leijtens", "Greece", None)]),
 ("Brazil's agriculture minister, Carlos Favaro, flew to Beijing to meet his Chinese counterpart, Han Jun, about "
  "beef exports.",
  [("Carlos Favaro", MIN, "Brazil", "fact"), ("Han Jun", MIN, "China", "fact")],
  [("Han Jun", "Brazil", None), ("Carlos Favaro", "China", None), ("Carlos Favaro", "Beijing", None)]),
 # water
 ("Thames Water's interim chief executive, Chris Weston, is due to appear before MPs on Tuesday, alongside the "
  "Ofwat chief David Black.",
  [("Chris Weston", CEO, "Thames Water", "fact"), ("David Black", HEAD, "Ofwat", "fact")],
  [("Chris Weston", "Ofwat", None), ("David Black", "Thames", None)]),
 ("Thabo Nkosi, who worked for Rand Water for 20 years before joining the city council, said the pipes were older "
  "than he was.",
  [("Thabo Nkosi", WORK | {"work_for"}, "Rand Water", "former")], [("Thabo Nkosi", "Rand Water", None)]),
 ("Mexico City's water utility, Sacmex, is run by Rafael Carmona, an engineer appointed by the mayor.",
  [("Rafael Carmona", HEAD | {"run"}, "Sacmex", "fact")], [("Rafael Carmona", "Mexico", None)]),
 # railways
 ("Richard Lutz, who was ousted as chief executive of Deutsche Bahn in August, will join the supervisory board of "
  "Siemens Mobility.",
  [("Richard Lutz", CEO, "Deutsche Bahn", "former"), ("Richard Lutz", WORK, "Siemens", "hyp")],
  [("Richard Lutz", "Deutsche Bahn", None), ("Richard Lutz", "Siemens", None)]),
 ("Peter Hendy, who chaired Network Rail until last year, became rail minister in September.",
  [("Peter Hendy", CHAIR, "Network Rail", "former")], [("Peter Hendy", "Network Rail", None)]),
 ("Eurostar chief executive Gwendoline Cazenave and SNCF's Jean-Pierre Farandou signed the agreement at the Gare "
  "du Nord.",
  [("Gwendoline Cazenave", CEO, "Eurostar", "fact"), ("Jean-Pierre Farandou", WORK | HEAD, "SNCF", "fact")],
  [("Gwendoline Cazenave", "SNCF", None), ("Jean-Pierre Farandou", "Eurostar", None),
   ("Gwendoline Cazenave", "Gare du Nord", None)]),
 # local government
 ("Councillor Aled Jones, the cabinet member for transport on Cardiff Council, said the bus lanes would stay.",
  [("Aled Jones", WORK, "Cardiff Council", "fact")], []),
 ("Bristol's former mayor, Marvin Rees, said on BBC Radio Bristol that scrapping the stadium plan was a mistake.",
  [("Marvin Rees", HEAD | {"mayor_of"}, "Bristol", "former")], [("Marvin Rees", "Bristol", None)]),
 ("Kofi Mensah was elected chairman of the Kumasi Metropolitan Assembly on Friday, defeating the incumbent by "
  "three votes.",
  [("Kofi Mensah", CHAIR, "Kumasi Metropolitan", "fact")], []),
 ("Sipho Dlamini, a member of the ruling African National Congress, chairs parliament's water committee.",
  [("Sipho Dlamini", MEMBER, "African National Congress", "fact")], []),
 ("The Liberal Democrat MP for Bath, Wera Hobhouse, asked the minister about sewage spills in the Avon.",
  [("Wera Hobhouse", MEMBER, "Liberal Democrat", "fact")], [("Wera Hobhouse", "Avon", None)]),
 # science funding
 ("Ottoline Leyser, who stepped down as chief executive of UK Research and Innovation in June, said the councils "
  "had been underfunded for a decade.",
  [("Ottoline Leyser", CEO, "UK Research", "former")], [("Ottoline Leyser", "UK Research", None)]),
 ("The European Research Council's president, Maria Leptin, said grant success rates had fallen to 12%.",
  [("Maria Leptin", HEAD, "European Research Council", "fact")], []),
 ("Sethuraman Panchanathan resigned as director of the National Science Foundation on Thursday, a year before his "
  "term ended.",
  [("Sethuraman Panchanathan", HEAD | {"director_of"}, "National Science Foundation", "former")],
  [("Sethuraman Panchanathan", "National Science Foundation", None)]),
 ("The telescope grant was approved by Carlos Mendes, a program officer at the Fundacao para a Ciencia e a "
  "Tecnologia, and by his counterpart at the Spanish ministry, Elena Ruiz.",
  [("Carlos Mendes", WORK, "Fundacao", "fact")], [("Elena Ruiz", "Fundacao", None)]),
 # transcripts, translated press, wire styles
 ("Le Monde reported that the prefect of the Nord department, Bertrand Gaume, had ordered the camp near Loon-Plage "
  "to be cleared.",
  [("Bertrand Gaume", HEAD | {"prefect_of", "representative_of"}, "Nord", "fact")],
  [("Bertrand Gaume", "Le Monde", None), ("Bertrand Gaume", "Loon", None)]),
 ("Yuki Sato, 54, joined Mitsui O.S.K. Lines in 1993 and became its first female managing director in 2021.",
  [("Yuki Sato", WORK | HEAD, "Mitsui", "fact")], []),
 ("Ahmed Salim took over as head of Somalia's disaster management agency after his predecessor was arrested.",
  [("Ahmed Salim", HEAD, "disaster management agency|Disaster Management", "fact")],
  [("Ahmed Salim", "Somalia", "head_of")]),
 ("The Kenya Airways pilots' union, whose secretary-general, Murithi Nyagah, called the strike, met management on "
  "Sunday.",
  [("Murithi Nyagah", HEAD | WORK, "union", "fact")], [("Murithi Nyagah", "Kenya Airways", "head_of")]),
 ("Lukas Meyer, described by police as the ringleader of the gang, is a former employee of Deutsche Post.",
  [("Lukas Meyer", WORK, "Deutsche Post", "former")], [("Lukas Meyer", "Deutsche Post", None)]),
 ("Olena Kravets left the board of Naftogaz to become chief executive of Ukrenergo, the grid operator.",
  [("Olena Kravets", WORK, "Naftogaz", "former"), ("Olena Kravets", CEO, "Ukrenergo", "fact")],
  [("Olena Kravets", "Naftogaz", None)]),
 ("Li Wei, head of HSBC's Asia wealth division, said clients were moving money to Singapore.",
  [("Li Wei", WORK, "HSBC", "fact")], [("Li Wei", "HSBC", "head_of"), ("Li Wei", "Singapore", None)]),
 ("Should Rachel Ng be confirmed as managing director, she would be the first woman to lead the Monetary Authority "
  "of Singapore.",
  [("Rachel Ng", HEAD | {"lead"}, "Monetary Authority", "hyp")], [("Rachel Ng", "Monetary Authority", None)]),
 ("MR. PATEL: As I said yesterday, the Secretary has spoken with Foreign Minister Wadephul twice this week, and "
  "they agreed to meet in Brussels.",
  [], [("Wadephul", "United States", None), ("Wadephul", "Brussels", None)]),
 ("Lagos state governor Babajide Sanwo-Olu and his Ogun counterpart, Dapo Abiodun, agreed to share the cost of "
  "the new bridge.",
  [("Babajide Sanwo-Olu", HEAD | {"governor_of"}, "Lagos", "fact"), ("Dapo Abiodun", HEAD | {"governor_of"}, "Ogun",
                                                                      "fact")],
  [("Dapo Abiodun", "Lagos", None), ("Babajide Sanwo-Olu", "Ogun", None)]),
]
