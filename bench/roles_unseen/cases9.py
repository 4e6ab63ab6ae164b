"""Batch 9 (session 10), written before the builder ran on it: whole short news articles (a "# " headline, a wire
dateline or a byline, three to six sentences) in many countries and beats, with roles written in ways batches 1-8
lack: a nationality adjective before a title ("Lebanese President X", "the Kenyan health minister, Y", "Turkish
Foreign Minister X"), roles inside coordinations and lists ("X, a spokesman for A, and Y, a spokesman for B", "the
mayors of A and B, X and Y", "X as finance minister, Y as transport minister"), "X, who chairs / directs / runs Y",
"Y's X" and "X at Y" for staff, units and subsidiaries part of a parent ("Waymo, Alphabet's self-driving unit", "a
subsidiary of", "part of"), kings and emperors of former kingdoms and empires, deputy, acting, interim, designate
and outgoing holders, and roles of persons toward persons (a chief of staff, an adviser, a spokesman or press
secretary of a leader). Traps: a nationality that is no office ("the Nigerian-born director-general of the WTO",
"Spanish coach X" of a club, "Juventus coach X, a Croatian"), a coordination whose bodies must not cross, a
designate not yet in office, a former office, a country inside a firm's name ("British Airways").

A body may list alternatives separated by "|" (any one matches).
"""
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases8 import ENVOY, GOV, MAYOR

PART = {"part_of", "unit_of", "subsidiary_of", "arm_of", "division_of", "agency_of", "lab_of", "branch_of"}
KING = HEAD | {"king_of", "queen_of", "emperor_of", "ruler_of", "monarch_of"}
STAFF = WORK | {"chief_of_staff_of", "adviser_of", "aide_of"}
COACH = {"coach_of", "employee_of"}
BATCH9 = [
 # 1 Lebanon: a nationality adjective before "President", a former judge at a court, a party's lawmaker, a speaker
 ("# Lebanon's president meets US envoy over border truce\n\n"
  "BEIRUT (Reuters) - Lebanese President Joseph Aoun met U.S. envoy Morgan Ortagus in Beirut on Monday to discuss "
  "the truce with Israel. Prime Minister Nawaf Salam, a former judge at the International Court of Justice, said "
  "the army would deploy south of the Litani river. Hezbollah lawmaker Hassan Fadlallah said the group would not "
  "give up its weapons. Parliament Speaker Nabih Berri, who leads the Amal movement, did not attend.",
  [("Joseph Aoun", HEAD, "Lebanon", "fact"), ("Morgan Ortagus", ENVOY | WORK, "United States|U.S.", "fact"),
   ("Nawaf Salam", HEAD, "Lebanon", "fact"), ("Nawaf Salam", WORK, "International Court", "former"),
   ("Hassan Fadlallah", MEMBER, "Hezbollah", "fact"), ("Nabih Berri", HEAD, "Amal", "fact")],
  [("Morgan Ortagus", "Lebanon", None), ("Hassan Fadlallah", "Hezbollah", "head_of"),
   ("Nawaf Salam", "International Court", None), ("Joseph Aoun", "Israel", None)]),
 # 2 Kenya: "the Kenyan health minister, Y", a county's governor, a ministry's director-general, a neighbour's minister
 ("# Kenya confirms mpox cases in Mombasa\n\n"
  "NAIROBI (Reuters) - The Kenyan health minister, Aden Duale, said on Tuesday that four cases of mpox had been "
  "confirmed in Mombasa. Duale and Mombasa's governor, Abdulswamad Nassir, visited the city's main hospital. "
  "Patrick Amoth, the health ministry's director-general, said vaccines would arrive next week. Tanzania's health "
  "minister, Jenista Mhagama, said her country had closed no border crossings.",
  [("Aden Duale", MIN, "Kenya", "fact"), ("Abdulswamad Nassir", GOV, "Mombasa", "fact"),
   ("Patrick Amoth", HEAD, "ministry|Ministry", "fact"), ("Jenista Mhagama", MIN, "Tanzania", "fact")],
  [("Jenista Mhagama", "Kenya", None), ("Aden Duale", "Tanzania", None), ("Patrick Amoth", "Kenya", "head_of"),
   ("Abdulswamad Nassir", "Kenya", "head_of")]),
 # 3 Denmark: spokesmen of two firms in one coordination, a firm's chief by "Y's", "who runs" a consultancy
 ("# Shipping lines divert vessels from Red Sea again\n\n"
  "COPENHAGEN (Reuters) - Maersk and Hapag-Lloyd will send their ships around Africa again after new attacks in "
  "the Red Sea. Jacob Fisker, a spokesman for Maersk, and Nils Haupt, a spokesman for Hapag-Lloyd, said the "
  "diversion would add two weeks to each voyage. Vincent Clerc, Maersk's chief executive, said freight rates would "
  "rise. Lars Jensen, who runs the consultancy Vespucci Maritime, said the diversions could last all year.",
  [("Jacob Fisker", SPOKES, "Maersk", "fact"), ("Nils Haupt", SPOKES, "Hapag", "fact"),
   ("Vincent Clerc", CEO, "Maersk", "fact"), ("Lars Jensen", HEAD, "Vespucci", "fact")],
  [("Jacob Fisker", "Hapag", None), ("Nils Haupt", "Maersk", None), ("Lars Jensen", "Maersk", None)]),
 # 4 France: two airlines' chiefs in one coordination, a bare transport minister, "who chairs" a union
 ("# Airlines cancel flights as French air traffic controllers strike\n\n"
  "PARIS (AFP) - Air France and easyJet cancelled hundreds of flights on Thursday as French air traffic "
  "controllers walked out. Air France chief executive Anne Rigail and easyJet's chief executive, Kenton Jarvis, "
  "called on the government to guarantee a minimum service. Transport Minister Philippe Tabarot said talks with "
  "the unions would resume on Friday. Olivier Joffrin, who chairs the controllers' union SNCTA, said the strike "
  "would go ahead.",
  [("Anne Rigail", CEO, "Air France", "fact"), ("Kenton Jarvis", CEO, "easyJet", "fact"),
   ("Philippe Tabarot", MIN, "France", "fact"), ("Olivier Joffrin", CHAIR, "SNCTA|union", "fact")],
  [("Anne Rigail", "easyJet", None), ("Kenton Jarvis", "Air France", None), ("Kenton Jarvis", "France", None)]),
 # 5 US city: "X, treasurer of the city", a bare mayor, "who chairs" a committee, a city's finance officer
 ("# Chicago faces $1 billion budget gap\n\n"
  "CHICAGO (AP) — Chicago faces a budget gap of more than $1 billion next year, Melissa Conyears-Ervin, treasurer "
  "of the city, told aldermen on Monday. Mayor Brandon Johnson said he would not raise property taxes. Alderman "
  "Scott Waguespack, who chairs the City Council's finance committee, said cuts were unavoidable. Jill Jaworski, "
  "the city's chief financial officer, said bond investors were watching closely.",
  [("Melissa Conyears-Ervin", WORK | {"treasurer_of"}, "Chicago|city", "fact"),
   ("Brandon Johnson", MAYOR, "Chicago", "fact"), ("Scott Waguespack", CHAIR, "finance committee|Council", "fact"),
   ("Jill Jaworski", WORK | {"chief_financial_officer_of"}, "Chicago|city", "fact")],
  [("Jill Jaworski", "Chicago", "head_of"), ("Scott Waguespack", "Chicago", "head_of")]),
 # 6 Hawaii: the last monarch of a former kingdom, a king with a bare title, a state governor, a palace's curator
 ("# Hawaii marks anniversary of overthrow of its monarchy\n\n"
  "HONOLULU (AP) — Hundreds gathered at Iolani Palace on Friday to mark the overthrow in 1893 of Queen "
  "Liliuokalani, the last monarch of the Kingdom of Hawaii. Her brother, King Kalakaua, had built the palace in "
  "1882. Governor Josh Green said the state would pay for repairs to the palace's roof. Keoni Makoa, a curator at "
  "the palace, said 200,000 people visit it each year.",
  [("Liliuokalani", KING, "Hawaii", "*"), ("Josh Green", GOV, "Hawaii", "fact"),
   ("Keoni Makoa", WORK, "Iolani|palace|Palace", "fact")],
  [("Josh Green", "Kingdom", None), ("Keoni Makoa", "Hawaii", "head_of")]),
 # 7 Ethiopia: emperors of a former empire, a prime minister, a bare culture minister
 ("# Ethiopia opens Menelik palace as museum\n\n"
  "ADDIS ABABA (Reuters) - Ethiopia opened the palace of Emperor Menelik II, who defeated an Italian army at Adwa "
  "in 1896, as a museum on Saturday. Prime Minister Abiy Ahmed said the site would tell the story of the Ethiopian "
  "Empire. Haile Selassie, the empire's last emperor, lived in the palace until he was deposed in 1974. Culture "
  "Minister Shewit Shanka said 40,000 objects had been restored.",
  [("Menelik", KING, "Ethiopia", "*"), ("Abiy Ahmed", HEAD, "Ethiopia", "fact"),
   ("Haile Selassie", KING, "Ethiopia|empire|Empire", "*"), ("Shewit Shanka", MIN, "Ethiopia", "fact")],
  [("Menelik", "Ital", None), ("Abiy Ahmed", "Empire", None)]),
 # 8 US: a chief of staff of a person, "who directs" a council, a press secretary, a foreign president
 ("# Trump's chief of staff says China tariffs will stay\n\n"
  "WASHINGTON (Reuters) - Susie Wiles, President Donald Trump's chief of staff, said on Sunday that tariffs on "
  "Chinese goods would stay in place. Kevin Hassett, who directs the National Economic Council, said talks with "
  "Beijing would resume in May. Karoline Leavitt, the White House press secretary, said the president would speak "
  "to Chinese President Xi Jinping this week.",
  [("Susie Wiles", STAFF, "Trump", "fact"), ("Donald Trump", HEAD, "United States", "fact"),
   ("Kevin Hassett", HEAD, "National Economic Council", "fact"), ("Karoline Leavitt", SPOKES, "White House", "fact"),
   ("Xi Jinping", HEAD, "China", "fact")],
  [("Xi Jinping", "United States", None), ("Karoline Leavitt", "China", None), ("Susie Wiles", "United States",
                                                                                   "head_of")]),
 # 9 Russia: a leader's spokesman, an adviser to a leader, a deputy minister
 ("# Kremlin says no date set for Putin-Trump summit\n\n"
  "MOSCOW (Reuters) - No date has been set for a meeting between Vladimir Putin and Donald Trump, Putin's "
  "spokesman, Dmitry Peskov, said on Tuesday. Yuri Ushakov, a foreign policy adviser to Putin, said preparations "
  "were under way. Deputy Foreign Minister Sergei Ryabkov said Moscow wanted guarantees first.",
  [("Dmitry Peskov", SPOKES, "Putin", "fact"), ("Yuri Ushakov", STAFF, "Putin", "fact"),
   ("Sergei Ryabkov", MIN | WORK, "Russia", "fact")],
  [("Dmitry Peskov", "Trump", None), ("Yuri Ushakov", "Trump", None), ("Sergei Ryabkov", "Russia", "head_of")]),
 # 10 Japan: a unit of a parent by "Y's ... unit", "part of", a unit's chief executive
 ("# Alphabet's Waymo to test robotaxis in Tokyo\n\n"
  "TOKYO (Reuters) - Waymo, Alphabet's self-driving unit, will start testing robotaxis in Tokyo next year, its "
  "co-chief executive Tekedra Mawakana said on Wednesday. The cars will be run by Nihon Kotsu, a taxi operator. "
  "Google DeepMind, the artificial intelligence lab that is part of Alphabet, will supply the mapping software, "
  "said Demis Hassabis, its chief executive.",
  [("Waymo", PART, "Alphabet", "fact"), ("Tekedra Mawakana", CEO, "Waymo", "fact"),
   ("DeepMind", PART, "Alphabet", "fact"), ("Demis Hassabis", CEO, "DeepMind", "fact")],
  [("Tekedra Mawakana", "Alphabet", None), ("Demis Hassabis", "Alphabet", None), ("Tekedra Mawakana", "Nihon",
                                                                                    None)]),
 # 11 UK/India: "a subsidiary of", a subsidiary's chief by title, "who chairs" a holding company, "a part of"
 ("# Jaguar Land Rover halts output after cyberattack\n\n"
  "LONDON (Reuters) - Jaguar Land Rover, a subsidiary of India's Tata Motors, halted production at its British "
  "plants on Monday after a cyberattack. JLR chief executive Adrian Mardell said no customer data had been stolen. "
  "Natarajan Chandrasekaran, who chairs Tata Sons, flew to London. The National Cyber Security Centre, a part of "
  "GCHQ, said it was helping the company.",
  [("Jaguar Land Rover", PART, "Tata Motors", "fact"), ("Adrian Mardell", CEO, "JLR|Jaguar", "fact"),
   ("Natarajan Chandrasekaran", CHAIR, "Tata Sons", "fact"), ("National Cyber Security Centre", PART, "GCHQ",
                                                               "fact")],
  [("Adrian Mardell", "Tata", None), ("Natarajan Chandrasekaran", "Jaguar", None)]),
 # 12 South Korea: an acting president, "who is also finance minister", a party's floor leader
 ("# South Korea's acting president vetoes opposition bills\n\n"
  "SEOUL (Yonhap) - South Korea's acting president, Choi Sang-mok, vetoed two bills passed by the opposition-"
  "controlled parliament on Tuesday. Choi, who is also finance minister, said the bills would hurt the economy. "
  "Park Chan-dae, the floor leader of the Democratic Party, said the party would try to override the vetoes.",
  [("Choi Sang-mok", HEAD, "South Korea|Korea", "fact"), ("Choi Sang-mok", MIN, "South Korea|Korea", "fact"),
   ("Park Chan-dae", HEAD | MEMBER, "Democratic Party", "fact")],
  [("Park Chan-dae", "Korea", None)]),
 # 13 Switzerland: appointed, outgoing and designate chairmen, a former chief executive elsewhere, a finance chief
 ("# Nestle names new chief executive after abrupt exit\n\n"
  "VEVEY, Switzerland (Reuters) - Nestle named Philipp Navratil chief executive on Monday after the ousting of "
  "Laurent Freixe. Paul Bulcke, the outgoing chairman, will hand over to Pablo Isla in April. Isla, the "
  "chairman-designate, is a former chief executive of Inditex. Anna Manz, Nestle's chief financial officer, said "
  "the group's targets were unchanged.",
  [("Philipp Navratil", CEO, "Nestle|Nestlé", "fact"), ("Paul Bulcke", CHAIR, "Nestle|Nestlé", "fact"),
   ("Pablo Isla", CHAIR, "Nestle|Nestlé", "hyp"), ("Pablo Isla", CEO, "Inditex", "former"),
   ("Anna Manz", WORK | {"chief_financial_officer_of"}, "Nestle|Nestlé", "fact")],
  [("Pablo Isla", "Inditex", None), ("Pablo Isla", "Nestle|Nestlé", "chair_of"), ("Anna Manz", "Nestle|Nestlé", "head_of"),
   ("Anna Manz", "Nestle|Nestlé", "chief_executive_of")]),
 # 14 Poland/EU: an agency of the EU by "the EU's ... agency", its executive director, a commissioner, staff "at"
 ("# Frontex says irregular crossings into EU fell by a third\n\n"
  "WARSAW (Reuters) - Irregular crossings into the European Union fell by a third last year, Frontex, the EU's "
  "border and coast guard agency, said on Tuesday. Hans Leijtens, its executive director, said arrivals from Libya "
  "had risen. Magnus Brunner, the EU's migration commissioner, said the bloc would spend more on returns. Chris "
  "Borowski, a spokesman at the agency, said the figures were provisional.",
  [("Frontex", PART, "EU|European Union", "fact"), ("Hans Leijtens", HEAD, "Frontex", "fact"),
   ("Magnus Brunner", MEMBER | MIN | WORK, "EU|European", "fact"), ("Chris Borowski", SPOKES, "Frontex|agency",
                                                                    "fact")],
  [("Hans Leijtens", "Libya", None), ("Chris Borowski", "Frontex", "head_of")]),
 # 15 Qatar: a ruler "of" a state in a coordination with a nationality adjective, a king by possessor, a visitor
 ("# Arab leaders meet in Doha over Gaza plan\n\n"
  "DOHA (Reuters) - Emir Tamim bin Hamad of Qatar and Egyptian President Abdel Fattah al-Sisi met in Doha on "
  "Sunday to discuss a plan for Gaza. Jordan's King Abdullah joined them by video. Turkish Foreign Minister Hakan "
  "Fidan, who arrived on Saturday, said Ankara backed the plan.",
  [("Tamim bin Hamad", KING, "Qatar", "fact"), ("Abdel Fattah al-Sisi", HEAD, "Egypt", "fact"),
   ("King Abdullah", KING, "Jordan", "fact"), ("Hakan Fidan", MIN, "Turkey|Türkiye", "fact")],
  [("Hakan Fidan", "Qatar", None), ("Abdel Fattah al-Sisi", "Qatar", None), ("Tamim bin Hamad", "Egypt", None)]),
 # 16 Geneva: "the Nigerian-born director-general of the WTO" (trap), a former minister of a country, counterparts
 ("# WTO chief warns tariffs could split world trade\n\n"
  "GENEVA (Reuters) - Ngozi Okonjo-Iweala, the Nigerian-born director-general of the World Trade Organization, "
  "warned on Monday that tariffs could cut global growth. Okonjo-Iweala, a former finance minister of Nigeria, said "
  "poorer countries would be hit hardest. Kenyan trade minister Lee Kinyanjui and his Ghanaian counterpart, "
  "Elizabeth Ofosu-Adjare, said Africa would push ahead with its free trade area.",
  [("Ngozi Okonjo-Iweala", HEAD, "World Trade|WTO", "fact"), ("Ngozi Okonjo-Iweala", MIN, "Nigeria", "former"),
   ("Lee Kinyanjui", MIN, "Kenya", "fact"), ("Elizabeth Ofosu-Adjare", MIN, "Ghana", "fact")],
  [("Ngozi Okonjo-Iweala", "Nigeria", None), ("Lee Kinyanjui", "Ghana", None),
   ("Elizabeth Ofosu-Adjare", "Kenya", None)]),
 # 17 Spain: "Spanish coach X" of a club (trap: no office of Spain), a club's coach "a Croatian", "who has run"
 ("# Real Madrid beat Juventus in Champions League\n\n"
  "MADRID (AP) — Jude Bellingham scored the only goal as Real Madrid beat Juventus 1-0 on Wednesday. Spanish coach "
  "Xabi Alonso said the team had defended well. Juventus coach Igor Tudor, a Croatian, blamed the pitch. "
  "Florentino Perez, who has run Real Madrid since 2009, watched from the stands.",
  [("Xabi Alonso", COACH, "Real Madrid", "fact"), ("Igor Tudor", COACH, "Juventus", "fact"),
   ("Florentino Perez", HEAD, "Real Madrid", "fact")],
  [("Xabi Alonso", "Spain", None), ("Igor Tudor", "Croatia", None), ("Florentino Perez", "Spain", None),
   ("Xabi Alonso", "Juventus", None), ("Igor Tudor", "Real Madrid", None)]),
 # 18 Japan markets: "head of X strategy at Y", "Y's X" for an analyst, "Y economist X", a central bank's governor
 ("# Asian shares slip as yen jumps on rate bets\n\n"
  "TOKYO (Reuters) - Asian shares fell on Monday as the yen jumped after the Bank of Japan hinted at a rate rise. "
  "\"Investors are nervous,\" said Tomoko Fujii, head of rates strategy at Goldman Sachs in Tokyo. Nomura's Naka "
  "Matsuzawa said the yen could reach 140 per dollar. Capital Economics economist Marcel Thieliant said the bank "
  "would move in January. Kazuo Ueda, the Bank of Japan's governor, is due to speak on Thursday.",
  [("Tomoko Fujii", WORK | HEAD, "Goldman", "fact"), ("Naka Matsuzawa", WORK, "Nomura", "fact"),
   ("Marcel Thieliant", WORK, "Capital Economics", "fact"), ("Kazuo Ueda", HEAD, "Bank of Japan", "fact")],
  [("Naka Matsuzawa", "Japan", None), ("Tomoko Fujii", "Tokyo", None), ("Marcel Thieliant", "Bank of Japan", None)]),
 # 19 Malaysia: ministers in a list by "as", a government's spokesman, a former minister
 ("# Malaysia's Anwar reshuffles cabinet\n\n"
  "KUALA LUMPUR (Reuters) - Prime Minister Anwar Ibrahim named a new cabinet on Tuesday. It keeps Amir Hamzah "
  "Azizan as second finance minister, Anthony Loke as transport minister and Fahmi Fadzil as communications "
  "minister. Fahmi, who is also the government's spokesman, said the cabinet would meet on Friday. Rafizi Ramli, a "
  "former economy minister, was left out.",
  [("Anwar Ibrahim", HEAD, "Malaysia", "fact"), ("Amir Hamzah Azizan", MIN, "Malaysia", "fact"),
   ("Anthony Loke", MIN, "Malaysia", "fact"), ("Fahmi Fadzil", MIN, "Malaysia", "fact"),
   ("Fahmi Fadzil", SPOKES, "government|Malaysia", "fact"), ("Rafizi Ramli", MIN, "Malaysia", "former")],
  [("Rafizi Ramli", "Malaysia", None)]),
 # 20 France: "the mayors of A and B, X and Y", a party member, a deputy mayor
 ("# Lyon and Marseille mayors call for rent caps\n\n"
  "LYON, France (AFP) - The mayors of Lyon and Marseille, Gregory Doucet and Benoit Payan, called on Monday for "
  "rent caps to be extended to their cities. Doucet, a member of the Greens, said rents had risen by 30% in five "
  "years. Sophia Popoff, Lyon's deputy mayor for housing, said 2,000 flats stood empty.",
  [("Gregory Doucet", MAYOR, "Lyon", "fact"), ("Benoit Payan", MAYOR, "Marseille", "fact"),
   ("Gregory Doucet", MEMBER, "Greens", "fact"), ("Sophia Popoff", WORK | {"deputy_mayor_of"}, "Lyon", "fact")],
  [("Gregory Doucet", "Marseille", None), ("Benoit Payan", "Lyon", None), ("Sophia Popoff", "Lyon", "head_of")]),
 # 21 UK: "who chairs" a committee, a bare secretary of state, "the Labour MP for Y"
 ("# Labour MPs rebel over welfare cuts\n\n"
  "LONDON (Reuters) - More than 40 Labour lawmakers voted against the government's welfare cuts on Tuesday. Work "
  "and Pensions Secretary Liz Kendall defended the cuts in the Commons. Meg Hillier, who chairs the Treasury "
  "Committee, said the savings had been overstated. Rachael Maskell, the Labour MP for York Central, led the "
  "rebels.",
  [("Liz Kendall", MIN, "United Kingdom|Britain", "fact"), ("Meg Hillier", CHAIR, "Treasury Committee", "fact"),
   ("Rachael Maskell", MEMBER, "Labour", "fact")],
  [("Rachael Maskell", "Labour", "head_of"), ("Meg Hillier", "Labour", "head_of")]),
 # 22 India/Myanmar: the last king of a former kingdom, an ambassador, a bare culture minister, a descendant (trap)
 ("# India restores tomb of Burma's last king\n\n"
  "RATNAGIRI, India (PTI) - India has restored the tomb of Thibaw Min, the last king of Burma, who died in exile in "
  "Ratnagiri in 1916. Myanmar's ambassador to India, Zaw Oo, attended the ceremony on Sunday. Culture Minister "
  "Gajendra Singh Shekhawat said the site would open to visitors in March. Thibaw's great-grandson, Soe Win, said "
  "the family wanted his remains returned to Mandalay.",
  [("Thibaw Min", KING, "Burma|Myanmar", "*"), ("Zaw Oo", ENVOY, "Myanmar", "fact"),
   ("Gajendra Singh Shekhawat", MIN, "India", "fact")],
  [("Zaw Oo", "India", None), ("Thibaw Min", "India", None), ("Soe Win", "Burma", None),
   ("Soe Win", "Myanmar", None)]),
 # 23 Australia: a party's leader, a former minister "for", a party's treasurer (not a minister of the country)
 ("# Australia's Liberals elect first woman leader\n\n"
  "By Mia Rossi in Sydney\n\n"
  "Sussan Ley became the first woman to lead Australia's Liberal Party on Tuesday. Ley, a "
  "former minister for the environment, beat Angus Taylor by four votes. Andrew Burnes, the party's treasurer, said "
  "donations had fallen since the election.",
  [("Sussan Ley", HEAD, "Liberal", "fact"), ("Sussan Ley", MIN, "Australia", "former"),
   ("Andrew Burnes", WORK, "Liberal|party", "fact")],
  [("Andrew Burnes", "Australia", None), ("Sussan Ley", "Australia", "head_of"), ("Angus Taylor", "Liberal",
                                                                                  "head_of")]),
 # 24 US tech: a chief by title, "Y's X" without a title, "who runs" a firm's business, "an analyst at Y"
 ("# OpenAI's Altman says new model due next year\n\n"
  "SAN FRANCISCO (Reuters) - OpenAI chief executive Sam Altman said on Thursday that its next model would be "
  "released early next year. Microsoft's Satya Nadella, whose company owns about a quarter of OpenAI, said the two "
  "firms would keep working together. Fidji Simo, who runs OpenAI's applications business, said ChatGPT had 800 "
  "million weekly users. Gil Luria, an analyst at D.A. Davidson, said the valuation was stretched.",
  [("Sam Altman", CEO, "OpenAI", "fact"), ("Satya Nadella", WORK | CEO, "Microsoft", "fact"),
   ("Fidji Simo", HEAD | WORK, "OpenAI|applications", "fact"), ("Gil Luria", WORK, "Davidson", "fact")],
  [("Satya Nadella", "OpenAI", None), ("Gil Luria", "OpenAI", None), ("Fidji Simo", "Microsoft", None)]),
 # 25 Peru: an interim president sworn in, the head of a congress, a leader's former prime minister, a nationality
 ("# Peru swears in interim president after Boluarte ousted\n\n"
  "LIMA (Reuters) - Jose Jeri, the head of Congress, was sworn in as Peru's interim president on Friday after "
  "lawmakers removed Dina Boluarte. Jeri, a 38-year-old lawyer, will serve until elections in April. Boluarte's "
  "former prime minister, Eduardo Arana, said the removal was illegal. Peruvian Foreign Minister Elmer Schialer "
  "said Peru's foreign policy would not change.",
  [("Jose Jeri", HEAD, "Peru", "fact"), ("Jose Jeri", HEAD | CHAIR, "Congress", "*"),
   ("Eduardo Arana", HEAD | MIN | WORK, "Peru|Boluarte", "former"), ("Elmer Schialer", MIN, "Peru", "fact")],
  [("Eduardo Arana", "Peru", "head_of"), ("Eduardo Arana", "Boluarte", "head_of")]),
 # 26 India: a state's chief minister by title, a deputy, "who leads" a party, a municipal commissioner
 ("# Heavy rain shuts schools in Mumbai\n\n"
  "MUMBAI (PTI) - Schools and colleges in Mumbai were shut on Tuesday after 300 mm of rain fell overnight. "
  "Maharashtra Chief Minister Devendra Fadnavis said the army was on standby. Deputy Chief Minister Eknath Shinde, "
  "who leads the Shiv Sena, visited flooded areas. Bhushan Gagrani, commissioner of the Brihanmumbai Municipal "
  "Corporation, said pumps were working at full capacity.",
  [("Devendra Fadnavis", HEAD | GOV, "Maharashtra", "fact"), ("Eknath Shinde", HEAD, "Shiv Sena", "fact"),
   ("Bhushan Gagrani", HEAD | WORK, "Brihanmumbai", "fact")],
  [("Devendra Fadnavis", "India", "head_of"), ("Eknath Shinde", "India", "head_of"),
   ("Eknath Shinde", "Maharashtra", "head_of")]),
 # 27 Bangladesh: "who heads" an interim government, a leader's press secretary, a foreign premier, an adviser
 ("# Bangladesh's interim leader to visit China\n\n"
  "DHAKA (Reuters) - Muhammad Yunus, the Nobel laureate who heads Bangladesh's interim government, will visit "
  "China next week, his press secretary, Shafiqul Alam, said on Sunday. Yunus will meet Chinese Premier Li Qiang in "
  "Beijing. Touhid Hossain, the interim government's foreign affairs adviser, said Dhaka would seek loans for a "
  "river project.",
  [("Muhammad Yunus", HEAD, "Bangladesh|government", "fact"), ("Shafiqul Alam", SPOKES | STAFF, "Yunus", "fact"),
   ("Li Qiang", HEAD, "China", "fact"), ("Touhid Hossain", MIN | WORK, "Bangladesh|government", "fact")],
  [("Li Qiang", "Bangladesh", None), ("Shafiqul Alam", "China", None), ("Touhid Hossain", "China", None)]),
 # 28 US: "part of" an agency, a centre's director by possessor, a state governor by title, "who heads"
 ("# Hurricane Erin strengthens to Category 4\n\n"
  "MIAMI (AP) — Hurricane Erin strengthened to a Category 4 storm on Saturday. The National Hurricane Center, part "
  "of the National Weather Service, warned of dangerous surf along the East Coast. Michael Brennan, the center's "
  "director, said Erin could double in size. Florida Governor Ron DeSantis declared an emergency in 12 counties. "
  "Ken Graham, who heads the weather service, said more forecasters had been sent to Miami.",
  [("National Hurricane Center", PART, "National Weather Service", "fact"),
   ("Michael Brennan", HEAD, "Hurricane Center|center", "fact"), ("Ron DeSantis", GOV, "Florida", "fact"),
   ("Ken Graham", HEAD, "Weather Service|weather service", "fact")],
  [("Michael Brennan", "Weather Service", "head_of"), ("Ken Graham", "Hurricane", None)]),
 # 29 UK airlines: a country inside a firm's name (trap), "who runs" a parent, a former employer
 ("# British Airways owner IAG posts record profit\n\n"
  "LONDON (Reuters) - IAG, the owner of British Airways and Iberia, posted a record profit on Friday. British "
  "Airways chief executive Sean Doyle said transatlantic demand was strong. Luis Gallego, who runs IAG, said the "
  "group would buy back more shares. Marco Sansavini, a former Qatar Airways executive who now heads Iberia, said "
  "Latin American routes were full.",
  [("Sean Doyle", CEO, "British Airways", "fact"), ("Luis Gallego", HEAD, "IAG|International Airlines", "fact"),
   ("Marco Sansavini", WORK, "Qatar Airways", "former"), ("Marco Sansavini", HEAD, "Iberia", "fact")],
  [("Sean Doyle", "United Kingdom", None), ("Sean Doyle", "IAG|International Airlines", None), ("Luis Gallego", "British Airways", None),
   ("Marco Sansavini", "Qatar", None)]),
 # 30 Brazil: a leader's spokesman, a former aide to a leader, a bare minister, an interim head of a central bank
 ("# Brazil's Lula to skip climate talks in Bonn\n\n"
  "BRASILIA (Reuters) - President Luiz Inacio Lula da Silva will not travel to Bonn for the climate talks, his "
  "spokesman, Laercio Portela, said on Monday. Environment Minister Marina Silva will lead the delegation. Celso "
  "Amorim, a special adviser to Lula, said Brazil would press rich countries for money. Andre Correa do Lago, a "
  "veteran diplomat who heads the talks for Brazil, said a deal was possible.",
  [("Laercio Portela", SPOKES | STAFF, "Lula", "fact"), ("Marina Silva", MIN, "Brazil", "fact"),
   ("Celso Amorim", STAFF, "Lula", "fact"), ("Lula", HEAD, "Brazil", "fact")],
  [("Laercio Portela", "Brazil", "head_of"), ("Celso Amorim", "Brazil", "head_of"),
   ("Marina Silva", "Bonn", None), ("Marina Silva", "Brazil", "head_of")]),
]
