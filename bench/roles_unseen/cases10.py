"""Batch 10 (session 11), written before the builder ran on it: whole short news articles (a "# " headline, a wire
dateline, with or without a date, or a byline, three to six sentences) in many countries and beats, leaning on the
classes earlier batches found weak: a dateline right before a title or a name ("LONDON, Nov 3 (Reuters) - Britain's
..."), "King X"/"Queen X" whose name has two words ("King Maha Vajiralongkorn", "King Tupou VI"), one organisation
part of another ("X, a unit of Y", "Y-owned X", "X, which is owned by Y", "Y's X arm"), back-references to a body
named before ("the agency's administrator", "the company's chief executive", "the club's sporting director", "the
central bank's deputy governor"), counterparts, titles whose first word is no body ("Attorney General", "Solicitor
General", "Inspector General", "Secretary General", "Lt. Gov."), nationality adjectives that are no office
("Nigerian billionaire X", "Swiss watchmaker Y's chief", "Ugandan-born X"), an envoy's host country, a consort.

A body may list alternatives separated by "|" (any one matches).
"""
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases8 import ENVOY, FOUNDER, GOV, MAYOR
from cases9 import COACH, KING, PART, STAFF

BATCH10 = [
 # 1 Thailand: a king with a two-word name under a dated dateline, a prime minister and party leader, an opposition leader
 ("# Thai king endorses Anutin as prime minister\n\n"
  "BANGKOK, Sept 7 (Reuters) - King Maha Vajiralongkorn on Sunday endorsed Anutin Charnvirakul as Thailand's prime "
  "minister, two days after parliament voted for him. Anutin, the leader of the Bhumjaithai Party, said he would "
  "dissolve the house within four months. Natthaphong Ruengpanyawut, who leads the opposition People's Party, said "
  "his party would hold the government to that promise.",
  [("Maha Vajiralongkorn", KING, "Thailand", "fact"), ("Anutin Charnvirakul", HEAD, "Thailand", "fact"),
   ("Anutin Charnvirakul", HEAD, "Bhumjaithai", "fact"), ("Natthaphong Ruengpanyawut", HEAD, "People's Party", "fact")],
  [("Natthaphong Ruengpanyawut", "Thailand", "head_of"), ("Maha Vajiralongkorn", "Bhumjaithai", None),
   ("Anutin Charnvirakul", "People's Party", None)]),
 # 2 Netherlands: a king, "Secretary General" (no body "Secretary"), a former prime minister by a nationality adjective
 ("# Dutch king opens NATO summit in The Hague\n\n"
  "THE HAGUE (AP) — King Willem-Alexander opened the NATO summit in The Hague on Tuesday. NATO Secretary General "
  "Mark Rutte, a former Dutch prime minister, urged allies to spend 5% of their economic output on defence. Prime "
  "Minister Dick Schoof said the Netherlands would meet the target by 2035. Defence Minister Ruben Brekelmans said "
  "the army would buy more air defence systems.",
  [("Willem-Alexander", KING, "Netherlands", "fact"), ("Mark Rutte", HEAD, "NATO", "fact"),
   ("Mark Rutte", HEAD, "Netherlands", "former"), ("Dick Schoof", HEAD, "Netherlands", "fact"),
   ("Ruben Brekelmans", MIN, "Netherlands", "fact")],
  [("Mark Rutte", "Secretary", None), ("Mark Rutte", "Netherlands", "head_of"), ("Dick Schoof", "NATO", None),
   ("Willem-Alexander", "NATO", None)]),
 # 3 US justice: "Attorney General X", "Deputy Attorney General Y", the FBI part of the Justice Department
 ("# Justice Department opens inquiry into leaks\n\n"
  "WASHINGTON (Reuters) - Attorney General Pam Bondi on Wednesday ordered an inquiry into leaks of classified "
  "material to reporters. FBI Director Kash Patel said the bureau would assign 40 agents to the case. The FBI, "
  "part of the Justice Department, has faced criticism from lawmakers of both parties. Deputy Attorney General "
  "Todd Blanche will oversee the inquiry, a department spokesman, Chad Gilmartin, said.",
  [("Pam Bondi", MIN | HEAD, "United States|Justice Department", "fact"), ("Kash Patel", HEAD, "FBI|Federal Bureau", "fact"),
   ("Federal Bureau of Investigation", PART, "Justice Department|Department of Justice", "fact"), ("Todd Blanche", WORK | MIN, "Justice Department|United States", "fact"),
   ("Chad Gilmartin", SPOKES, "Justice Department|department", "fact")],
  [("Pam Bondi", "Attorney", None), ("Todd Blanche", "Attorney", None), ("Kash Patel", "Justice Department", "head_of"),
   ("Chad Gilmartin", "FBI", None)]),
 # 4 Germany: "X, a unit of Y", chiefs of parent and unit, "the bank" back-reference
 ("# DWS fined over green claims\n\n"
  "FRANKFURT, Oct 2 (Reuters) - DWS, the asset management unit of Deutsche Bank, agreed to pay a 25 million euro "
  "fine over misleading claims about its green funds. Stefan Hoops, DWS's chief executive, said the firm had "
  "overhauled its controls. Deutsche Bank chief executive Christian Sewing said the bank would keep its 80% stake. "
  "Mark Branson, the president of financial regulator BaFin, said the case was a warning to the industry.",
  [("DWS", PART, "Deutsche Bank", "fact"), ("Stefan Hoops", CEO, "DWS", "fact"),
   ("Christian Sewing", CEO, "Deutsche Bank", "fact"), ("Mark Branson", HEAD, "BaFin", "fact")],
  [("Stefan Hoops", "Deutsche Bank", "chief_executive_of"), ("Stefan Hoops", "Deutsche Bank", "head_of"),
   ("Christian Sewing", "DWS", None), ("Mark Branson", "Deutsche Bank", None)]),
 # 5 Japan: "Y-owned X", a unit's president, a parent's chairman, a bare transport minister, "the ministry"
 ("# Japan orders inspection of Daihatsu plants\n\n"
  "TOKYO (Reuters) - Japan's transport ministry on Monday ordered a fresh inspection of plants run by Toyota-owned "
  "Daihatsu after new irregularities in safety tests. Daihatsu President Masahiro Inoue apologised at a news "
  "conference. Toyota Chairman Akio Toyoda said the group would send engineers to the unit. Transport Minister "
  "Tetsuo Saito said the ministry would decide on penalties next month.",
  [("Daihatsu", PART, "Toyota", "fact"), ("Masahiro Inoue", HEAD, "Daihatsu", "fact"),
   ("Akio Toyoda", CHAIR, "Toyota", "fact"), ("Tetsuo Saito", MIN, "Japan", "fact")],
  [("Masahiro Inoue", "Toyota", "head_of"), ("Akio Toyoda", "Daihatsu", None), ("Tetsuo Saito", "Daihatsu", None)]),
 # 6 US aviation: "the agency's administrator", a secretary "who oversees the agency", a board's chair
 ("# FAA caps flights at Newark after outages\n\n"
  "WASHINGTON (AP) — The Federal Aviation Administration will cap flights at Newark airport until October after a "
  "string of radar outages. The agency's administrator, Bryan Bedford, told senators the cap was needed for safety. "
  "Transportation Secretary Sean Duffy, who oversees the agency, blamed an ageing air traffic control system. "
  "Jennifer Homendy, who chairs the National Transportation Safety Board, said her investigators were looking at "
  "two near-misses.",
  [("Bryan Bedford", HEAD, "Federal Aviation|FAA", "fact"), ("Sean Duffy", MIN, "United States|U.S.", "fact"),
   ("Jennifer Homendy", CHAIR, "Transportation Safety|NTSB", "fact")],
  [("Bryan Bedford", "United States", "head_of"), ("Jennifer Homendy", "Federal Aviation", None),
   ("Sean Duffy", "Federal Aviation", "head_of"), ("Bryan Bedford", "Newark", None)]),
 # 7 Australia and Japan: a counterpart by a nationality adjective, a dateline with a date, a base's commander
 ("# Australia, Japan agree to build warships together\n\n"
  "DARWIN, Australia, Aug 5 (Reuters) - Australian Defence Minister Richard Marles hosted his Japanese counterpart, "
  "Gen Nakatani, in Darwin on Tuesday, where the two signed a deal to build 11 frigates. Mitsubishi Heavy "
  "Industries, which will build the first three ships in Nagasaki, is Japan's biggest defence contractor. Vice "
  "Admiral Mark Hammond, the chief of the Royal Australian Navy, said the first ship would arrive in 2029.",
  [("Richard Marles", MIN, "Australia", "fact"), ("Gen Nakatani", MIN, "Japan", "fact"),
   ("Mark Hammond", HEAD, "Royal Australian Navy|Navy", "fact")],
  [("Gen Nakatani", "Australia", None), ("Richard Marles", "Japan", None), ("Mark Hammond", "Vice", None)]),
 # 8 Nigeria: a nationality adjective before a billionaire (no office), a founder, a central bank's governor, a minister
 ("# Dangote refinery to list shares in Lagos\n\n"
  "LAGOS (Reuters) - Nigerian billionaire Aliko Dangote said on Thursday that his oil refinery would list shares on "
  "the Nigerian Exchange next year. Dangote, who founded the Dangote Group, said the refinery would sell petrol in "
  "naira. Central Bank of Nigeria Governor Olayemi Cardoso welcomed the move. Finance Minister Wale Edun said the "
  "listing would deepen the country's capital markets.",
  [("Aliko Dangote", FOUNDER | HEAD, "Dangote Group", "fact"), ("Olayemi Cardoso", HEAD, "Central Bank of Nigeria", "fact"),
   ("Wale Edun", MIN, "Nigeria", "fact")],
  [("Aliko Dangote", "Nigeria", None), ("Olayemi Cardoso", "Dangote", None), ("Wale Edun", "Central Bank", None)]),
 # 9 Spain, football: a club's president, "the club's sporting director", a coach, a federation's president
 ("# Barcelona fined over registration of players\n\n"
  "MADRID (AP) — The Spanish football federation fined Barcelona 300,000 euros on Friday for registering two "
  "players after the deadline. Barcelona president Joan Laporta said the club would appeal. The club's sporting "
  "director, Deco, said the players had been signed in good faith. Real Madrid coach Xabi Alonso declined to "
  "comment. Rafael Louzan, the federation's president, said the rules applied to every club.",
  [("Joan Laporta", HEAD, "Barcelona", "fact"), ("Deco", WORK | HEAD, "Barcelona", "fact"),
   ("Xabi Alonso", COACH, "Real Madrid", "fact"), ("Rafael Louzan", HEAD, "federation|Federation", "fact")],
  [("Xabi Alonso", "Barcelona", None), ("Joan Laporta", "Spain", None), ("Rafael Louzan", "Barcelona", None),
   ("Deco", "Real Madrid", None)]),
 # 10 Morocco: a king with a numeral, a bare head of government, a state company's chief, "the group"
 ("# Morocco's king launches $7 billion water programme\n\n"
  "RABAT (Reuters) - King Mohammed VI on Monday launched a 7 billion dollar programme to build desalination plants "
  "along Morocco's Atlantic coast. Head of Government Aziz Akhannouch said the first plant would supply Casablanca "
  "from 2027. Mostafa Terrab, chief executive of the state phosphate group OCP, said the group would pay for two of "
  "the plants. Water Minister Nizar Baraka said the drought had cut reservoirs to a quarter of their capacity.",
  [("Mohammed VI", KING, "Morocco", "fact"), ("Aziz Akhannouch", HEAD, "Morocco", "fact"),
   ("Mostafa Terrab", CEO, "OCP", "fact"), ("Nizar Baraka", MIN, "Morocco", "fact")],
  [("Mostafa Terrab", "Morocco", "head_of"), ("Nizar Baraka", "Casablanca", None), ("Aziz Akhannouch", "Government", None)]),
 # 11 UK energy: "the company's chief executive", "who chairs the oil major", a unit's head by "BP's head of"
 ("# BP cuts renewables spending again\n\n"
  "LONDON, Feb 26 (Reuters) - BP will cut its spending on renewable energy by a further $5 billion, the company "
  "said on Wednesday. The company's chief executive, Murray Auchincloss, said BP would raise oil output instead. "
  "Albert Manifold, who will chair the oil major from October, said the board backed the plan. Lightsource bp, "
  "BP's solar unit, will look for a partner, said Kate Thomson, the group's chief financial officer.",
  [("Murray Auchincloss", CEO, "BP", "fact"), ("Albert Manifold", CHAIR, "BP", "hyp"),
   ("Lightsource", PART, "BP", "fact"), ("Kate Thomson", WORK | {"chief_financial_officer_of"}, "BP", "fact")],
  [("Albert Manifold", "BP", "chair_of"), ("Kate Thomson", "BP", "head_of"), ("Kate Thomson", "Lightsource", None)]),
 # 12 WHO: "the agency's director-general", a Ugandan-born head of a UN programme (no office of Uganda)
 ("# WHO warns of cholera surge after aid cuts\n\n"
  "GENEVA (Reuters) - The World Health Organization warned on Thursday that cholera cases could double this year "
  "after cuts to foreign aid. Tedros Adhanom Ghebreyesus, the agency's director-general, said 31 countries had "
  "reported outbreaks. Ugandan-born Winnie Byanyima, who heads UNAIDS, said clinics in Africa were closing. "
  "Catherine Russell, the executive director of UNICEF, said children were dying of diseases that were easy to treat.",
  [("Tedros Adhanom Ghebreyesus", HEAD, "World Health|WHO", "fact"), ("Winnie Byanyima", HEAD, "UNAIDS", "fact"),
   ("Catherine Russell", HEAD, "UNICEF", "fact")],
  [("Winnie Byanyima", "Uganda", None), ("Tedros Adhanom Ghebreyesus", "UNAIDS", None),
   ("Catherine Russell", "World Health", None)]),
 # 13 US courts: "Solicitor General X", "Inspector General Y" of a department, a justice of a court
 ("# Supreme Court hears challenge to tariffs\n\n"
  "WASHINGTON (Reuters) - The U.S. Supreme Court on Wednesday heard a challenge to President Donald Trump's "
  "tariffs. Solicitor General D. John Sauer told the justices the tariffs were needed to protect national "
  "security. Justice Amy Coney Barrett asked whether the law gave the president the power to tax. Separately, "
  "Commerce Department Inspector General Peggy Gustafson said she would review how exemptions had been granted.",
  [("Donald Trump", HEAD, "United States|U.S.", "fact"), ("John Sauer", WORK | MIN, "United States|U.S.|Justice", "fact"),
   ("Amy Coney Barrett", MEMBER, "Supreme Court", "fact"), ("Peggy Gustafson", WORK | HEAD, "Commerce Department", "fact")],
  [("John Sauer", "Solicitor", None), ("Peggy Gustafson", "Inspector", None), ("Amy Coney Barrett", "United States", "head_of"),
   ("John Sauer", "Supreme Court", None)]),
 # 14 Australia: "Y-owned budget carrier X", chiefs of parent and unit, a union's secretary
 ("# Jetstar pilots vote to strike\n\n"
  "SYDNEY (Reuters) - Pilots at Qantas-owned budget carrier Jetstar voted on Monday to strike over pay. Jetstar "
  "chief executive Stephanie Tully said the airline would keep flying. Qantas chief executive Vanessa Hudson said "
  "the group had offered a 12% rise over three years. Tony Lucas, president of the Australian Federation of Air "
  "Pilots, said his members had not had a real raise in a decade.",
  [("Jetstar", PART, "Qantas", "fact"), ("Stephanie Tully", CEO, "Jetstar", "fact"),
   ("Vanessa Hudson", CEO, "Qantas", "fact"), ("Tony Lucas", HEAD, "Federation of Air Pilots", "fact")],
  [("Stephanie Tully", "Qantas", "chief_executive_of"), ("Vanessa Hudson", "Jetstar", None),
   ("Tony Lucas", "Qantas", None)]),
 # 15 South Korea: "X, the chip unit of Y Group", a group's chairman, a unit's chief executive, a minister
 ("# SK Hynix posts record profit on AI chip demand\n\n"
  "SEOUL, Oct 29 (Reuters) - SK Hynix, the memory chip unit of SK Group, posted a record quarterly profit on "
  "Wednesday. SK Group Chairman Chey Tae-won said the group would invest more in chips for artificial "
  "intelligence. SK Hynix chief executive Kwak Noh-jung said orders were sold out for next year. South Korea's "
  "industry minister, Kim Jung-kwan, said the government would expand tax credits for chipmakers.",
  [("SK Hynix", PART, "SK Group", "fact"), ("Chey Tae-won", CHAIR, "SK Group", "fact"),
   ("Kwak Noh-jung", CEO, "SK Hynix|Hynix", "fact"), ("Kim Jung-kwan", MIN, "South Korea|Korea", "fact")],
  [("Kwak Noh-jung", "SK Group", "chief_executive_of"), ("Chey Tae-won", "Hynix", None),
   ("Kim Jung-kwan", "SK", None)]),
 # 16 Texas: "Lt. Gov." (no head of the state), a state's attorney general, a governor
 ("# Texas sues over hemp rules\n\n"
  "AUSTIN, Texas (AP) — Texas Attorney General Ken Paxton sued the federal government on Tuesday over new rules "
  "for hemp products. Gov. Greg Abbott said the rules would put thousands of shops out of business. Lt. Gov. Dan "
  "Patrick, who presides over the state Senate, has pushed for a full ban on THC products. Sid Miller, the state's "
  "agriculture commissioner, said farmers had been left in limbo.",
  [("Ken Paxton", MIN | WORK, "Texas", "fact"), ("Greg Abbott", GOV, "Texas", "fact"),
   ("Dan Patrick", CHAIR | WORK | MEMBER, "Senate|Texas", "fact"), ("Sid Miller", MIN | WORK | MEMBER, "Texas", "fact")],
  [("Ken Paxton", "Attorney", None), ("Dan Patrick", "Texas", "head_of"), ("Sid Miller", "Texas", "head_of"),
   ("Dan Patrick", "Lt", None)]),
 # 17 Fictional firms: "X, a subsidiary of Y", "the company" back-reference, a former employer, an analyst
 ("# Corvane to sell Brightwater data unit\n\n"
  "By Maria Lind\n\n"
  "Corvane Holdings said on Tuesday it would sell Brightwater Analytics, a subsidiary of the Oslo-based group, to a "
  "private equity firm for 1.2 billion crowns. Corvane's chief executive, Henrik Solberg, said the company would "
  "focus on shipping software. Brightwater is run by Ingrid Aas, a former McKinsey partner. Per Dahl, an analyst at "
  "DNB Markets, said the price was fair.",
  [("Brightwater Analytics", PART, "Corvane", "fact"), ("Henrik Solberg", CEO, "Corvane", "fact"),
   ("Ingrid Aas", HEAD, "Brightwater", "fact"), ("Ingrid Aas", WORK, "McKinsey", "former"),
   ("Per Dahl", WORK, "DNB", "fact")],
  [("Henrik Solberg", "Brightwater", None), ("Ingrid Aas", "McKinsey", "head_of"), ("Ingrid Aas", "McKinsey", "employee_of"),
   ("Per Dahl", "Corvane", None), ("Maria Lind", "Corvane", None)]),
 # 18 Canada: an ambassador's host country (trap), a premier of a province (no head of Canada), a bare PM
 ("# Canada's envoy says trade talks with U.S. back on track\n\n"
  "OTTAWA (Reuters) - Canada's ambassador to the United States, Kirsten Hillman, said on Friday that trade talks "
  "with Washington were back on track. Prime Minister Mark Carney spoke with President Donald Trump by phone on "
  "Thursday. Ontario Premier Doug Ford, whose province makes most of Canada's cars, said tariffs on autos had to "
  "go. Dominic LeBlanc, the minister responsible for Canada-U.S. trade, will travel to Washington next week.",
  [("Kirsten Hillman", ENVOY, "Canada", "fact"), ("Mark Carney", HEAD, "Canada", "fact"),
   ("Doug Ford", GOV, "Ontario", "fact"), ("Dominic LeBlanc", MIN, "Canada", "fact")],
  [("Kirsten Hillman", "United States", None), ("Doug Ford", "Canada", "head_of"), ("Mark Carney", "United States", None),
   ("Donald Trump", "Canada", None)]),
 # 19 US tech: "Google-owned X", "X, which is owned by Y", "head of X"
 ("# YouTube and Instagram face EU scrutiny over children\n\n"
  "BRUSSELS, Nov 14 (Reuters) - EU regulators opened an inquiry on Friday into how Google-owned YouTube and "
  "Instagram, which is owned by Meta, protect children. YouTube CEO Neal Mohan said the platform had strong "
  "safeguards. Adam Mosseri, the head of Instagram, said teen accounts were private by default. Henna Virkkunen, "
  "the European Commission's executive vice-president for tech, said the inquiry would take a year.",
  [("YouTube", PART, "Google|Alphabet", "fact"), ("Instagram", PART, "Meta", "fact"),
   ("Neal Mohan", CEO, "YouTube", "fact"), ("Adam Mosseri", HEAD, "Instagram", "fact"),
   ("Henna Virkkunen", MEMBER | WORK | {"commissioner_of"}, "European Commission|Commission", "fact")],
  [("Neal Mohan", "Google", "chief_executive_of"), ("Adam Mosseri", "Meta", "head_of"),
   ("Henna Virkkunen", "YouTube", None), ("Neal Mohan", "Instagram", None)]),
 # 20 Tonga: a king with a numeral, a bare prime minister in a small state, "the palace" back-reference
 ("# Tonga's king opens parliament after election\n\n"
  "NUKU'ALOFA (AP) — King Tupou VI opened Tonga's new parliament on Thursday after an election in which most "
  "sitting members lost their seats. Prime Minister Aisake Eke told lawmakers the government would rebuild roads "
  "damaged by the 2022 eruption. Lord Fakafanua, the speaker of the Legislative Assembly, said the house would sit "
  "for six weeks. A spokesman for the palace, Viliami Latu, said the king would travel to Japan in March.",
  [("Tupou VI", KING, "Tonga", "fact"), ("Aisake Eke", HEAD, "Tonga", "fact"),
   ("Fakafanua", CHAIR, "Legislative Assembly", "fact"), ("Viliami Latu", SPOKES, "palace|Palace", "fact")],
  [("Aisake Eke", "Japan", None), ("Fakafanua", "Tonga", "head_of"), ("Viliami Latu", "Tonga", "head_of")]),
 # 21 UK central bank: "the central bank's deputy governor", a back-reference for the governor, a Treasury minister
 ("# Bank of England holds rates, signals cut\n\n"
  "LONDON (Reuters) - The Bank of England kept interest rates at 4% on Thursday. Governor Andrew Bailey said the "
  "central bank was on a path to lower rates. Sarah Breeden, the central bank's deputy governor, voted for a cut. "
  "Chancellor of the Exchequer Rachel Reeves said the decision showed inflation was under control. Huw Pill, the "
  "bank's chief economist, warned that wages were still rising fast.",
  [("Andrew Bailey", HEAD, "Bank of England", "fact"), ("Sarah Breeden", WORK | MEMBER, "Bank of England", "fact"),
   ("Rachel Reeves", MIN, "United Kingdom|Britain", "fact"), ("Huw Pill", WORK, "Bank of England", "fact")],
  [("Sarah Breeden", "Bank of England", "head_of"), ("Rachel Reeves", "Exchequer", None),
   ("Rachel Reeves", "Bank of England", None), ("Huw Pill", "Bank of England", "head_of")]),
 # 22 South Africa: a Zulu king with a two-word name, a provincial premier, a party's leader, a consort (no queen of)
 ("# Zulu king and premier clash over land trust\n\n"
  "DURBAN, South Africa (Reuters) - Zulu King Misuzulu kaZwelithini said on Saturday that the provincial government "
  "had no say over the Ingonyama Trust, which holds nearly a third of KwaZulu-Natal's land. KwaZulu-Natal Premier "
  "Thami Ntuli said the trust had to account for its spending. Velenkosini Hlabisa, the leader of the Inkatha "
  "Freedom Party, called for talks. The king's wife, Queen Ntokozo Mayisela, did not attend.",
  [("Misuzulu kaZwelithini", KING, "Zulu", "fact"), ("Thami Ntuli", GOV, "KwaZulu-Natal", "fact"),
   ("Velenkosini Hlabisa", HEAD, "Inkatha", "fact")],
  [("Thami Ntuli", "South Africa", "head_of"), ("Velenkosini Hlabisa", "KwaZulu", None),
   ("Ntokozo Mayisela", "Zulu", "head_of"), ("Misuzulu kaZwelithini", "Ingonyama", "head_of")]),
 # 23 Germany: a vice chancellor and finance minister, a central bank's president, "the central bank"
 ("# Germany's finance minister defends debt plan\n\n"
  "BERLIN (dpa) - Lars Klingbeil, Germany's vice chancellor and finance minister, defended the government's plan "
  "to borrow 850 billion euros over four years. Chancellor Friedrich Merz said the money would go to roads, "
  "bridges and the army. Bundesbank President Joachim Nagel said the central bank would watch the debt closely. "
  "Monika Schnitzer, who chairs the government's council of economic advisers, said the plan lacked reforms.",
  [("Lars Klingbeil", MIN, "Germany", "fact"), ("Friedrich Merz", HEAD, "Germany", "fact"),
   ("Joachim Nagel", HEAD, "Bundesbank", "fact"), ("Monika Schnitzer", CHAIR, "council|Council", "fact")],
  [("Joachim Nagel", "Germany", "head_of"), ("Lars Klingbeil", "Germany", "head_of"),
   ("Monika Schnitzer", "Germany", "head_of")]),
 # 24 India: a counterpart named after a possessive, a national security adviser, a firm's unit "arm"
 ("# India, China agree to resume direct flights\n\n"
  "NEW DELHI (Reuters) - India and China agreed on Tuesday to resume direct flights after five years. Chinese "
  "Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar and National Security Adviser Ajit "
  "Doval in New Delhi. IndiGo, the budget airline owned by InterGlobe Aviation, said it would fly to Guangzhou from "
  "October. Pieter Elbers, IndiGo's chief executive, said demand was strong.",
  [("Wang Yi", MIN, "China", "fact"), ("Subrahmanyam Jaishankar", MIN, "India", "fact"),
   ("Ajit Doval", STAFF | SPOKES | {"adviser_of"}, "India", "fact"), ("IndiGo", PART, "InterGlobe", "fact"),
   ("Pieter Elbers", CEO, "IndiGo", "fact")],
  [("Wang Yi", "India", None), ("Subrahmanyam Jaishankar", "China", None), ("Ajit Doval", "China", None),
   ("Pieter Elbers", "India", "head_of")]),
 # 25 Kenya, local: a county's governor, "the county's health executive", a hospital's chief, a union's secretary general
 ("# Nairobi doctors end strike after pay deal\n\n"
  "NAIROBI (Reuters) - Doctors in Nairobi county ended a three-week strike on Monday after the county agreed to "
  "pay their arrears. Governor Johnson Sakaja said the money would be paid by December. Ouma Oluga, the county's "
  "health executive, said clinics would reopen on Tuesday. Davji Atellah, secretary general of the Kenya Medical "
  "Practitioners, Pharmacists and Dentists Union, said doctors would walk out again if the deal was broken.",
  [("Johnson Sakaja", GOV, "Nairobi", "fact"), ("Ouma Oluga", WORK | MIN, "Nairobi|county", "fact"),
   ("Davji Atellah", HEAD, "Medical Practitioners|Union", "fact")],
  [("Johnson Sakaja", "Kenya", "head_of"), ("Davji Atellah", "Nairobi", None), ("Ouma Oluga", "Nairobi", "head_of")]),
 # 26 UK royals: a king by a dateline-led sentence, the palace's spokesman, a prime minister, a foreign leader's title
 ("# King Charles to host French president on state visit\n\n"
  "LONDON, July 7 (Reuters) - King Charles will host French President Emmanuel Macron at Windsor Castle this week, "
  "Buckingham Palace said on Monday. Prime Minister Keir Starmer will hold talks with Macron on migration. Queen "
  "Camilla will accompany the king at a banquet. Macron's wife, Brigitte Macron, will visit a school in London.",
  [("Charles", KING, "United Kingdom|Britain", "fact"), ("Emmanuel Macron", HEAD, "France", "fact"),
   ("Keir Starmer", HEAD, "United Kingdom|Britain", "fact")],
  [("Emmanuel Macron", "United Kingdom", None), ("Keir Starmer", "France", None), ("Brigitte Macron", "France", "head_of"),
   ("Camilla", "United Kingdom|Britain", "head_of")]),
]
