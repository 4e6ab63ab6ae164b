"""Batch 12 (session 13), written before the builder ran on it: 44 short wire paragraphs and articles (a "# "
headline with a dateline, or a bare paragraph) on the classes issue 9 names for roles and implicit relations: titles
of several words before a name ("Foreign Minister X", "Attorney General X", "Chief Executive Officer X of Y", "Mayor
of London X", "Secretary-General X"), a place's office by a possessive ("Berlin's mayor X", "Hamburg's first mayor,
Y"), the capital of a state ("Tbilisi, Georgia's capital", "the Malian capital, Bamako", "Bamako, the capital of
Mali"), the origin a description gives ("the Japanese carmaker Toyota", "the Paris-based group", "Oslo-based
shipping firm X", "X, which is headquartered in Y", "a plant in southern Ukraine"), appositions of spokespeople,
lawyers, editors and board members ("X, a spokeswoman for the agriculture ministry,", "Y, a member of the bank's
monetary policy committee"), leaders of states by a nationality adjective, lowercase ("the Brazilian president, X")
and with counterparts, coaches and players of clubs and national sides, ministers named with their ministry
("Mexico's Minister of Finance, X"), heads of central banks, police forces, unions and universities, former offices
shared by a coordination ("the former prime minister of Italy and president of the ECB"). Traps: a head of a body
inside a state taken for the state's head, a city in a firm's description taken for the firm's office, a
counterpart's country, a committee's chair taken for the board's.

A body may list alternatives separated by "|" (any one matches). LOC, CAP and NAT expect the implicit relations
(located_in, capital_of, citizen_of), which the forbidden pairs never count.
"""
from cases6 import PLAYER
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases8 import ENVOY, MAYOR
from cases9 import COACH, KING

LOC = {"located_in"}
CAP = {"capital_of"}
NAT = {"citizen_of"}
LAWYER = {"lawyer_of", "representative_of"}

BATCH12 = [
 # 1 "Foreign Minister X" under a Moscow dateline, a counterpart by a nationality adjective, a deputy minister
 ("# Lavrov to visit Pyongyang next week\n\n"
  "MOSCOW (Reuters) - Foreign Minister Sergei Lavrov will travel to Pyongyang next week for talks with his North "
  "Korean counterpart Choe Son Hui, the foreign ministry said on Wednesday. Deputy Foreign Minister Andrei Rudenko "
  "will join him.",
  [("Sergei Lavrov", MIN, "Russia", "fact"), ("Choe Son Hui", MIN, "North Korea|Korea", "fact"),
   ("Andrei Rudenko", MEMBER | MIN | WORK, "Russia|ministry|Ministry", "fact")],
  [("Sergei Lavrov", "North Korea", None), ("Choe Son Hui", "Russia", None), ("Andrei Rudenko", "Russia", "head_of")]),
 # 2 A state's attorney general; "the Danish drugmaker" after the name
 ("# California sues Novo Nordisk over insulin prices\n\n"
  "SACRAMENTO, Calif. (AP) — California Attorney General Rob Bonta sued Novo Nordisk on Tuesday, accusing the "
  "company of inflating insulin prices. Novo Nordisk, the Danish drugmaker, said it would fight the lawsuit.",
  [("Rob Bonta", MIN | HEAD | WORK | MEMBER, "California", "fact"), ("Novo Nordisk", LOC, "Denmark", "fact")],
  [("Rob Bonta", "Novo Nordisk", None), ("Rob Bonta", "United States", "head_of")]),
 # 3 "Chief Executive Officer X of Y", "Chief Financial Officer Z of Y"
 ("Chief Executive Officer Lena Marsh of Corvan Foods told analysts on Thursday that sales in Asia had slowed. Chief "
  "Financial Officer Raj Patel of Corvan said the company would cut 400 jobs.",
  [("Lena Marsh", CEO, "Corvan", "fact"), ("Raj Patel", WORK | {"cfo_of", "chief_financial_officer_of"}, "Corvan",
                                                                 "fact")],
  [("Raj Patel", "Corvan", "chief_executive_of"), ("Lena Marsh", "Asia", None)]),
 # 4 "X, Y's capital", a prime minister under no dateline
 ("Protesters marched through Tbilisi, Georgia's capital, on Saturday for the 300th night in a row. Prime Minister "
  "Irakli Kobakhidze said the rallies were paid for from abroad.",
  [("Tbilisi", CAP, "Georgia", "fact"), ("Irakli Kobakhidze", HEAD, "Georgia", "fact")],
  [("Irakli Kobakhidze", "Tbilisi", None)]),
 # 5 "Berlin's mayor X", "Hamburg's first mayor, Y"
 ("Berlin's mayor Kai Wegner said on Monday the city would ban private fireworks in three more districts. Hamburg's "
  "first mayor, Peter Tschentscher, said his city would not follow.",
  [("Kai Wegner", MAYOR, "Berlin", "fact"), ("Peter Tschentscher", MAYOR, "Hamburg", "fact")],
  [("Kai Wegner", "Hamburg", None), ("Peter Tschentscher", "Berlin", None)]),
 # 6 "The Japanese carmaker Toyota", its chief executive by a possessive; a plant's state is no office
 ("The Japanese carmaker Toyota will build a battery plant in North Carolina, the company said on Tuesday. Koji "
  "Sato, Toyota's chief executive, said the plant would employ 2,000 people.",
  [("Toyota", LOC, "Japan", "fact"), ("Koji Sato", CEO, "Toyota", "fact")],
  [("Koji Sato", "North Carolina", None), ("Koji Sato", "Japan", "head_of")]),
 # 7 "X, a spokeswoman for the agriculture ministry," under a Lima dateline; a minister who visits a region
 ("# Peru declares emergency in drought-hit south\n\n"
  "LIMA (Reuters) - Peru declared a state of emergency in six southern regions on Friday because of a drought. "
  "Carmen Quispe, a spokeswoman for the agriculture ministry, said farmers had lost half their potato crop. "
  "Agriculture Minister Angel Manero visited Puno on Saturday.",
  [("Carmen Quispe", SPOKES, "agriculture ministry|Agriculture Ministry|ministry|Peru", "fact"),
   ("Angel Manero", MIN, "Peru", "fact")],
  [("Carmen Quispe", "Puno", None), ("Angel Manero", "Puno", None), ("Carmen Quispe", "Peru", "head_of")]),
 # 8 "the Paris-based press freedom group", its director general by "the group's"
 ("Reporters Without Borders, the Paris-based press freedom group, said on Thursday that 54 journalists had been "
  "killed this year. Thibaut Bruttin, the group's director general, called the figure a disgrace.",
  [("Reporters Without Borders", LOC, "Paris", "fact"), ("Thibaut Bruttin", HEAD, "Reporters Without Borders|Borders",
                                                         "fact")],
  [("Thibaut Bruttin", "Paris", None)]),
 # 9 "Oslo-based shipping firm X", a bare chief executive of the firm, a shipyard's country
 ("Oslo-based shipping firm Havfrakt said on Monday it had ordered four ammonia-powered vessels from a shipyard in "
  "South Korea. Chief executive Ingrid Solberg said the ships would cut the firm's emissions by 70%.",
  [("Havfrakt", LOC, "Oslo", "fact"), ("Ingrid Solberg", CEO, "Havfrakt", "fact")],
  [("Ingrid Solberg", "South Korea", None), ("Ingrid Solberg", "Oslo", None)]),
 # 10 Presidents by nationality adjectives, a counterpart, a vice president sent by a president
 ("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan opened a new border post at "
  "Namanga on Wednesday. Ugandan President Yoweri Museveni sent his vice president, Jessica Alupo.",
  [("William Ruto", HEAD, "Kenya", "fact"), ("Samia Suluhu Hassan", HEAD, "Tanzania", "fact"),
   ("Yoweri Museveni", HEAD, "Uganda", "fact"), ("Jessica Alupo", MEMBER | WORK, "Uganda|Museveni", "fact")],
  [("William Ruto", "Tanzania", None), ("Samia Suluhu Hassan", "Kenya", None), ("Jessica Alupo", "Uganda", "head_of"),
   ("Yoweri Museveni", "Kenya", None)]),
 # 11 A board seat taken, a former employer, a committee chaired that is no board
 ("Swiss drugmaker Novaris appointed Helena Fischer to its board of directors on Tuesday. Fischer, a former Roche "
  "executive, will chair the board's audit committee.",
  [("Helena Fischer", MEMBER, "Novaris", "fact"), ("Helena Fischer", WORK, "Roche", "former"),
   ("Novaris", LOC, "Switzerland", "fact")],
  [("Helena Fischer", "Novaris", "chair_of"), ("Helena Fischer", "Roche", None)]),
 # 12 "X, a member of the central bank's monetary policy committee"
 ("# Nigeria's central bank holds rate at 27.5%\n\n"
  "ABUJA (Reuters) - The Central Bank of Nigeria kept its main interest rate at 27.5% on Tuesday. Aloysius Uche, a "
  "member of the bank's monetary policy committee, said inflation was still too high. Governor Olayemi Cardoso "
  "said the naira had stabilised.",
  [("Aloysius Uche", MEMBER, "committee|Committee|Central Bank", "fact"),
   ("Olayemi Cardoso", HEAD, "Central Bank|central bank", "fact")],
  [("Aloysius Uche", "Nigeria", "head_of"), ("Olayemi Cardoso", "Nigeria", "head_of"),
   ("Aloysius Uche", "Central Bank", "head_of")]),
 # 13 A club's striker and a rival club's coach
 ("Ajax striker Wout Weghorst scored twice as the Amsterdam club beat PSV 3-1 on Sunday. PSV coach Peter Bosz said "
  "his side had been too slow.",
  [("Wout Weghorst", PLAYER, "Ajax", "fact"), ("Peter Bosz", COACH, "PSV", "fact")],
  [("Wout Weghorst", "PSV", None), ("Peter Bosz", "Ajax", None)]),
 # 14 A coach named "as head coach", a former club he "coached"
 ("Leeds Rhinos named Brad Arthur as head coach on Thursday. Arthur, who coached the Parramatta Eels for ten years, "
  "signed a three-year contract.",
  [("Brad Arthur", COACH, "Leeds Rhinos|Rhinos", "fact"), ("Brad Arthur", COACH, "Parramatta|Eels", "former")],
  [("Brad Arthur", "Parramatta", "head_of"), ("Brad Arthur", "Parramatta", "coach_of")]),
 # 15 "Mexico's Minister of Finance, X", a bare economy minister travelling abroad
 ("Mexico's Minister of Finance, Edgar Amador, said on Tuesday that the peso would recover. Economy Minister Marcelo "
  "Ebrard travelled to Washington for tariff talks.",
  [("Edgar Amador", MIN, "Mexico", "fact"), ("Marcelo Ebrard", MIN, "Mexico", "fact")],
  [("Marcelo Ebrard", "Washington", None), ("Marcelo Ebrard", "United States", None)]),
 # 16 A ministry named in full, its bare "Minister X", a neighbouring state's dam
 ("# Egypt warns Ethiopia over Nile dam\n\n"
  "CAIRO (Reuters) - Egypt's Ministry of Water Resources and Irrigation said on Sunday that Ethiopia's dam had "
  "flooded Sudanese farms. Minister Hani Sewilam said Cairo would defend its share of the Nile.",
  [("Hani Sewilam", MIN, "Egypt|Ministry of Water", "fact")],
  [("Hani Sewilam", "Ethiopia", None), ("Hani Sewilam", "Sudan", None)]),
 # 17 "Mayor of London X", "London's deputy mayor for transport, Y"
 ("Mayor of London Sadiq Khan said on Friday that fares on the Tube would be frozen for a year. Seb Dance, London's "
  "deputy mayor for transport, said the freeze would cost 120 million pounds.",
  [("Sadiq Khan", MAYOR, "London", "fact"), ("Seb Dance", MEMBER | WORK, "London", "fact")],
  [("Seb Dance", "London", "head_of"), ("Seb Dance", "London", "mayor_of")]),
 # 18 "a spokesman for the opposition ANO party", a prime minister
 ("# Czech government survives confidence vote\n\n"
  "PRAGUE (Reuters) - The Czech government of Prime Minister Petr Fiala survived a confidence vote on Wednesday. "
  "Ondrej Novak, a spokesman for the opposition ANO party, said the vote changed nothing.",
  [("Petr Fiala", HEAD, "Czech", "fact"), ("Ondrej Novak", SPOKES | MEMBER, "ANO", "fact")],
  [("Ondrej Novak", "ANO", "head_of"), ("Ondrej Novak", "Czech", "head_of")]),
 # 19 "the Brazilian president, X,", lowercase, between commas; a foreign leader he met
 ("The Brazilian president, Luiz Inacio Lula da Silva, met Chinese leader Xi Jinping in Beijing on Tuesday to sign "
  "20 trade deals.",
  [("Lula da Silva", HEAD, "Brazil", "fact"), ("Xi Jinping", HEAD, "China", "fact")],
  [("Lula da Silva", "China", None), ("Xi Jinping", "Brazil", None)]),
 # 20 A former office shared by a coordination of two titles
 ("Mario Draghi, the former prime minister of Italy and president of the European Central Bank, urged the EU on "
  "Monday to borrow jointly for defence.",
  [("Mario Draghi", HEAD, "Italy", "former"), ("Mario Draghi", HEAD, "European Central Bank", "former")],
  [("Mario Draghi", "European Central Bank", "head_of"), ("Mario Draghi", "Italy", "head_of")]),
 # 21 A central bank's president by a state's possessive: the bank's head, not the state's
 ("Germany's Bundesbank President Joachim Nagel warned on Thursday that U.S. tariffs could push the German economy "
  "into recession.",
  [("Joachim Nagel", HEAD, "Bundesbank", "fact")],
  [("Joachim Nagel", "Germany", "head_of"), ("Joachim Nagel", "United States", None)]),
 # 22 A group's chairman by a state's possessive, a company's origin by "Lagos-based"
 ("Nigeria's Dangote Group chairman Aliko Dangote said on Friday his refinery would start exporting petrol to Ghana. "
  "Lagos-based Seplat Energy said it would supply the refinery with crude.",
  [("Aliko Dangote", CHAIR | HEAD, "Dangote Group", "fact"), ("Seplat", LOC, "Lagos", "fact")],
  [("Aliko Dangote", "Nigeria", "head_of"), ("Aliko Dangote", "Ghana", None), ("Aliko Dangote", "Seplat", None)]),
 # 23 Firms' origins by nationality adjectives of several words
 ("The Swiss food giant Nestle and the South Korean chipmaker SK Hynix both reported higher quarterly profits on "
  "Thursday, while Dutch chip equipment maker ASML cut its forecast.",
  [("Nestle", LOC, "Switzerland", "fact"), ("SK Hynix", LOC, "South Korea|Korea", "fact"),
   ("ASML", LOC, "Netherlands", "fact")],
  []),
 # 24 "X, which is headquartered in Y"; a chief executive by "its"
 ("Zalando, which is headquartered in Berlin, said on Wednesday it would close its warehouse in Erfurt. Its chief "
  "executive, Robert Gentz, said demand had shifted online to Poland.",
  [("Zalando", LOC, "Berlin", "fact"), ("Robert Gentz", CEO, "Zalando", "fact")],
  [("Robert Gentz", "Erfurt", None), ("Robert Gentz", "Poland", None), ("Robert Gentz", "Berlin", None)]),
 # 25 "the Malian capital, Bamako", a junta's leader
 ("Gunmen attacked a military police school in the Malian capital, Bamako, on Tuesday. Mali's junta leader, "
  "General Assimi Goita, said the attackers had been killed.",
  [("Bamako", CAP, "Mali", "fact"), ("Assimi Goita", HEAD, "Mali|junta", "fact")],
  []),
 # 26 "Y, the capital of X", a governor of a region
 ("Floods killed 12 people in Porto Alegre, the capital of Rio Grande do Sul, on Friday. Governor Eduardo Leite "
  "said the state would ask Brasilia for emergency funds.",
  [("Porto Alegre", CAP, "Rio Grande do Sul", "fact"), ("Eduardo Leite", HEAD | {"governor_of"}, "Rio Grande do Sul",
                                                                            "fact")],
  [("Eduardo Leite", "Porto Alegre", None), ("Eduardo Leite", "Brasilia", None)]),
 # 27 A named plant "in southern Ukraine", the IAEA's chief
 ("The Zaporizhzhia nuclear plant in southern Ukraine lost outside power for the tenth time on Saturday, IAEA "
  "Director General Rafael Grossi said.",
  [("Zaporizhzhia", LOC, "Ukraine", "fact"), ("Rafael Grossi", HEAD, "IAEA|Atomic Energy", "fact")],
  [("Rafael Grossi", "Ukraine", None)]),
 # 28 Players of a club and a national side's coach by a nationality of another country (trap)
 ("Real Madrid defender Dean Huijsen and Arsenal midfielder Declan Rice were named in the team of the week. England "
  "manager Thomas Tuchel, a German, praised Rice.",
  [("Dean Huijsen", PLAYER, "Real Madrid", "fact"), ("Declan Rice", PLAYER, "Arsenal", "fact"),
   ("Thomas Tuchel", COACH | {"manager_of"}, "England", "fact")],
  [("Dean Huijsen", "Arsenal", None), ("Declan Rice", "Real Madrid", None), ("Thomas Tuchel", "Germany", None)]),
 # 29 A board member by "a X board member", a brother who is no role
 ("Kimbal Musk, a Tesla board member and the brother of Elon Musk, sold 30,000 Tesla shares on Monday, a filing "
  "showed.",
  [("Kimbal Musk", MEMBER, "Tesla", "fact")],
  [("Kimbal Musk", "Tesla", "head_of"), ("Kimbal Musk", "Tesla", "chair_of")]),
 # 30 "Downing Street spokesman", a Cabinet Office minister
 ("# UK to publish China embassy decision next month\n\n"
  "LONDON (Reuters) - Britain will decide on China's new embassy in London next month, a Downing Street spokesman "
  "said on Tuesday. Cabinet Office minister Nick Thomas-Symonds told parliament the security review was complete.",
  [("Nick Thomas-Symonds", MIN | MEMBER, "Cabinet Office|Britain", "fact")],
  [("Nick Thomas-Symonds", "China", None), ("Nick Thomas-Symonds", "Cabinet Office", "head_of")]),
 # 31 An ambassador to the United Nations by a state's possessive, the Secretary-General
 ("# Israel's U.N. envoy rejects Gaza report\n\n"
  "UNITED NATIONS (AP) — Israel's ambassador to the United Nations, Danny Danon, rejected a report on Gaza on "
  "Thursday. U.N. Secretary-General Antonio Guterres said the report's findings were alarming.",
  [("Danny Danon", ENVOY | WORK, "Israel", "fact"), ("Antonio Guterres", HEAD, "United Nations|U.N.", "fact")],
  [("Danny Danon", "United Nations", "head_of"), ("Antonio Guterres", "Israel", None), ("Danny Danon", "Gaza", None)]),
 # 32 "NATO Secretary General X", a former office of a state (trap: the state held before)
 ("NATO Secretary General Mark Rutte, a former Dutch prime minister, said on Wednesday that allies must spend more "
  "on air defence.",
  [("Mark Rutte", HEAD, "NATO", "fact"), ("Mark Rutte", HEAD, "Netherlands|Dutch", "former")],
  [("Mark Rutte", "Netherlands", "head_of")]),
 # 33 "who represents Ward 7 on Toronto City Council"
 ("Priya Shah, who represents Ward 7 on Toronto City Council, called on Monday for a freeze on property taxes. Mayor "
  "Olivia Chow said the city could not afford one.",
  [("Priya Shah", MEMBER | {"representative_of"}, "City Council|Council", "fact"), ("Olivia Chow", MAYOR, "Toronto",
                                                                                  "fact")],
  [("Priya Shah", "Toronto City Council", "head_of"), ("Priya Shah", "Toronto", "head_of")]),
 # 34 A central bank's governor by its full name, a trade union's general secretary
 ("Bank of England Governor Andrew Bailey said on Tuesday that rates would fall gradually. Sharon Graham, general "
  "secretary of the Unite union, said workers needed a pay rise, not lectures.",
  [("Andrew Bailey", HEAD, "Bank of England", "fact"), ("Sharon Graham", HEAD, "Unite", "fact")],
  [("Andrew Bailey", "United Kingdom", "head_of"), ("Sharon Graham", "Bank of England", None)]),
 # 35 A university's president by its name before the title, an editor of a newspaper
 ("Stanford University President Jonathan Levin said on Friday the school would freeze hiring. Roula Khalaf, editor "
  "of the Financial Times, spoke at the same conference.",
  [("Jonathan Levin", HEAD, "Stanford", "fact"), ("Roula Khalaf", WORK | HEAD | {"editor_of"}, "Financial Times", "fact")],
  [("Roula Khalaf", "Stanford", None), ("Jonathan Levin", "Financial Times", None)]),
 # 36 A commander-in-chief of a state's armed forces (trap: no head of the state)
 ("# Ukraine says it repelled assault near Pokrovsk\n\n"
  "KYIV (Reuters) - Ukrainian troops repelled a large Russian assault near Pokrovsk on Sunday, Gen. Oleksandr "
  "Syrskyi, the commander-in-chief of Ukraine's armed forces, said.",
  [("Oleksandr Syrskyi", HEAD, "armed forces|Armed Forces", "fact")],
  [("Oleksandr Syrskyi", "Russia", None)]),
 # 37 A police force's commissioner, a mayor of the city by "the capital's"
 ("Metropolitan Police Commissioner Mark Rowley said on Thursday that knife crime in London had fallen by a fifth. "
  "The capital's mayor has promised 1,300 more officers.",
  [("Mark Rowley", HEAD | MEMBER, "Metropolitan Police", "fact")],
  [("Mark Rowley", "London", None)]),
 # 38 "X, a lawyer for Y," a person's lawyer; the person's office
 ("Abbe Lowell, a lawyer for New York Attorney General Letitia James, said on Monday the charges against his client "
  "were political.",
  [("Abbe Lowell", LAWYER, "Letitia James|James", "fact"), ("Letitia James", MIN | HEAD | WORK | MEMBER, "New York",
                                                            "fact")],
  [("Abbe Lowell", "New York", None)]),
 # 39 The chief executive of an "Accra-based" firm; a cocoa board's chief
 ("Nana Ama Mensah, the chief executive of Accra-based Asante Cocoa Holdings, said on Wednesday the firm would "
  "double its purchases. Ghana Cocoa Board chief executive Randy Abbey said prices would stay high.",
  [("Nana Ama Mensah", CEO, "Asante Cocoa", "fact"), ("Asante Cocoa", LOC, "Accra", "fact"),
   ("Randy Abbey", CEO, "Cocoa Board", "fact")],
  [("Nana Ama Mensah", "Ghana Cocoa Board", None), ("Randy Abbey", "Asante Cocoa", None)]),
 # 40 "the Qatari emir, X", a prime minister who is also foreign minister
 ("The Qatari emir, Sheikh Tamim bin Hamad Al Thani, received U.S. envoy Steve Witkoff in Doha on Sunday. Prime "
  "Minister Sheikh Mohammed bin Abdulrahman Al Thani, who is also foreign minister, joined the talks.",
  [("Tamim bin Hamad Al Thani", KING, "Qatar", "fact"), ("Steve Witkoff", ENVOY | WORK, "United States|U.S.", "fact"),
   ("Mohammed bin Abdulrahman Al Thani", HEAD | MIN, "Qatar", "fact")],
  [("Steve Witkoff", "Qatar", None), ("Tamim bin Hamad Al Thani", "United States", None)]),
 # 41 A French economist (a nationality, no office), a professor at a school
 ("The French economist Thomas Piketty, a professor at the Paris School of Economics, called on Tuesday for a "
  "global tax on billionaires.",
  [("Thomas Piketty", NAT, "France", "fact"), ("Thomas Piketty", WORK, "Paris School of Economics", "fact")],
  [("Thomas Piketty", "France", "head_of"), ("Thomas Piketty", "France", "employee_of")]),
 # 42 A state's chief minister by a possessive lowercase title, an opposition leader of a party
 ("# Tamil Nadu to challenge language policy in court\n\n"
  "CHENNAI, India (Reuters) - Tamil Nadu's chief minister, M.K. Stalin, said on Monday his state would challenge "
  "the federal language policy in the Supreme Court. Edappadi K. Palaniswami, who leads the opposition AIADMK, "
  "backed the move.",
  [("Stalin", HEAD | {"chief_minister_of"}, "Tamil Nadu", "fact"), ("Palaniswami", HEAD, "AIADMK", "fact")],
  [("Stalin", "India", "head_of"), ("Palaniswami", "Tamil Nadu", "head_of"), ("Stalin", "Supreme Court", None)]),
 # 43 A fictional regulator's chair by a title of several words, its "vice chair"
 ("# Regulator fines Baltic lender over money laundering\n\n"
  "RIGA (Reuters) - Latvia's Financial and Capital Market Commission fined Daugava Bank 2 million euros on Friday. "
  "Commission Chair Ilze Berzina said the bank had ignored warnings. Vice Chair Martins Ozols said the bank could "
  "appeal.",
  [("Ilze Berzina", CHAIR, "Commission", "fact"), ("Martins Ozols", MEMBER | WORK, "Commission", "fact")],
  [("Ilze Berzina", "Daugava", None), ("Martins Ozols", "Commission", "chair_of"), ("Ilze Berzina", "Latvia", "head_of")]),
 # 44 "the Madrid-based lender", its chairman by a title before the name; a lender's origin by nationality
 ("Santander, the Madrid-based lender, agreed on Tuesday to buy Britain's TSB for 2.65 billion pounds. Executive "
  "Chair Ana Botin said the deal would make Santander the third-largest bank in Britain.",
  [("Santander", LOC, "Madrid", "fact"), ("Ana Botin", CHAIR, "Santander", "fact")],
  [("Ana Botin", "TSB", None), ("Ana Botin", "Britain", None)]),
]
