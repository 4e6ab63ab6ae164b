"""Batch 8 (session 9), written before the builder ran on it: whole short news articles (a "# " headline, a byline or
a wire dateline, three to six sentences) in many countries and beats, read as a build reads a Markdown file. Roles
as news writes them: bare cabinet titles and "Mayor X" whose state or city is the article's (its dateline, its
headline), "X's interior minister Y", "Y, who heads X", "Y, spokesman for X", spokespeople of a ministry or a
country, "Y, a former Goldman Sachs banker", "the governor of X region, Y", "Y, X's ambassador to Z", staff of
agencies ("a flight director at the agency"), former employers, "acting", "then", "outgoing", "interim",
"designate". Traps: a foreign official quoted with a bare title in a story datelined elsewhere, an ambassador's
host country, a nominee not yet in office, titles of a third person.

A body may list alternatives separated by "|" (any one matches).
"""
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK

GOV = HEAD | {"governor_of", "premier_of", "president_of"}
MAYOR = HEAD | {"mayor_of"}
ENVOY = {"representative_of", "ambassador_of"}
FOUNDER = {"founder_of", "co_founder_of"}
BATCH8 = [
 # 1 Germany: bare cabinet titles under a wire dateline, a party, a ministry's spokesman
 ("# Germany to ban knives at festivals after Solingen attack\n\n"
  "BERLIN (Reuters) - Germany will ban knives at festivals and on long-distance trains, Interior Minister Nancy "
  "Faeser said on Thursday. Justice Minister Marco Buschmann, a member of the Free Democrats, said the courts "
  "would get more staff to enforce the ban. Friedrich Merz, who leads the opposition Christian Democrats, called "
  "the measures too timid. A spokesman for the interior ministry, Maximilian Kall, said the rules would take "
  "effect in October.",
  [("Nancy Faeser", MIN, "Germany", "fact"), ("Marco Buschmann", MIN, "Germany", "fact"),
   ("Marco Buschmann", MEMBER, "Free Democrat", "fact"), ("Friedrich Merz", HEAD, "Christian Democrat", "fact"),
   ("Maximilian Kall", SPOKES, "interior ministry|Interior Ministry", "fact")],
  [("Friedrich Merz", "Germany", "head_of"), ("Maximilian Kall", "Germany", "head_of")]),
 # 2 Pakistan: a bare foreign minister, a foreign government's spokesman, an ambassador's host country
 ("# Pakistan summons Afghan envoy over border clashes\n\n"
  "ISLAMABAD (AP) — Pakistan summoned Afghanistan's top diplomat in Islamabad on Monday after two days of fighting "
  "along the border. Foreign Minister Ishaq Dar told parliament that the Taliban had sheltered militants who "
  "attacked a checkpoint in Kurram. Zabihullah Mujahid, the chief spokesman of the Taliban government, denied the "
  "charge. Afghanistan's ambassador to Qatar, Suhail Shaheen, said Kabul wanted talks in Doha.",
  [("Ishaq Dar", MIN, "Pakistan", "fact"), ("Zabihullah Mujahid", SPOKES, "Taliban|Afghanistan", "fact"),
   ("Suhail Shaheen", ENVOY, "Afghanistan", "fact")],
  [("Zabihullah Mujahid", "Pakistan", None), ("Suhail Shaheen", "Qatar", None), ("Ishaq Dar", "Afghanistan", None)]),
 # 3 Kenya: a county governor, a bare cabinet secretary, a secretary-general
 ("# Floods kill 12 in Nakuru as lake bursts its banks\n\n"
  "NAKURU, Kenya (Reuters) - At least 12 people died when Lake Nakuru burst its banks overnight, the governor of "
  "Nakuru county, Susan Kihika, said on Sunday. Interior Cabinet Secretary Kipchumba Murkomen said the army had "
  "been sent to help. Ahmed Idris, secretary-general of the Kenya Red Cross Society, said 3,000 families had lost "
  "their homes.",
  [("Susan Kihika", GOV, "Nakuru", "fact"), ("Kipchumba Murkomen", MIN, "Kenya", "fact"),
   ("Ahmed Idris", HEAD, "Red Cross", "fact")],
  []),
 # 4 Brazil: a bare mayor in a story about his city, a state governor
 ("# Rio orders evacuation of hillside favelas as rain continues\n\n"
  "RIO DE JANEIRO (Reuters) - Mayor Eduardo Paes ordered residents of six hillside favelas to leave their homes on "
  "Tuesday as heavy rain hit Rio de Janeiro for a fourth day. Claudio Castro, the governor of Rio de Janeiro "
  "state, declared an emergency. Meteorologists at the National Institute of Meteorology, including forecaster "
  "Marcelo Seluchi, said more rain was due on Thursday.",
  [("Eduardo Paes", MAYOR, "Rio de Janeiro|Rio", "fact"), ("Claudio Castro", GOV, "Rio de Janeiro", "fact"),
   ("Marcelo Seluchi", WORK, "National Institute of Meteorology|Meteorology", "fact")],
  [("Marcelo Seluchi", "National Institute", "head_of")]),
 # 5 Indonesia: "X's energy minister, Y", a state firm's chief, a former chief
 ("# Indonesia to cut fuel subsidies in 2026\n\n"
  "JAKARTA (Reuters) - Indonesia's energy minister, Bahlil Lahadalia, said on Wednesday that fuel subsidies would "
  "be cut next year. Simon Aloysius Mantiri, who heads the state oil company Pertamina, said its refineries were "
  "ready. Nicke Widyawati, a former Pertamina chief executive, warned that prices at the pump could rise by a "
  "fifth.",
  [("Bahlil Lahadalia", MIN, "Indonesia", "fact"), ("Simon Aloysius Mantiri", HEAD, "Pertamina", "fact"),
   ("Nicke Widyawati", CEO, "Pertamina", "former")],
  [("Nicke Widyawati", "Pertamina", None)]),
 # 6 Poland: a visiting foreign minister and his host counterpart
 ("# Ukraine and Poland agree to exhume wartime victims\n\n"
  "WARSAW (Reuters) - Ukrainian Foreign Minister Andrii Sybiha and his Polish counterpart, Radoslaw Sikorski, "
  "agreed on Friday to allow the exhumation of Poles killed in Volhynia in 1943. Sikorski called it a "
  "breakthrough. Deputy Prime Minister Wladyslaw Kosiniak-Kamysz, who leads the Polish People's Party, said the "
  "first graves would be opened in April.",
  [("Andrii Sybiha", MIN, "Ukraine", "fact"), ("Radoslaw Sikorski", MIN, "Poland", "fact"),
   ("Wladyslaw Kosiniak-Kamysz", HEAD, "People's Party|People", "fact")],
  [("Andrii Sybiha", "Poland", None), ("Radoslaw Sikorski", "Ukraine", None)]),
 # 7 Nigeria: "the finance minister" after a dateline, a central bank governor, a former employer
 ("# Nigeria's inflation slows for third month\n\n"
  "ABUJA (Reuters) - Nigeria's annual inflation slowed for a third month in March, the statistics office said. "
  "Wale Edun, the finance minister, said the central bank would not need to raise rates again. Bismarck Rewane, "
  "a former Citibank executive who now heads the Lagos consultancy Financial Derivatives Company, said food prices "
  "were still rising.",
  [("Wale Edun", MIN, "Nigeria", "fact"), ("Bismarck Rewane", WORK, "Citibank", "former"),
   ("Bismarck Rewane", HEAD, "Financial Derivatives", "fact")],
  [("Bismarck Rewane", "Citibank", None), ("Bismarck Rewane", "Lagos", None)]),
 # 8 Japan: a chief cabinet secretary under a Tokyo dateline, a firm's president, a federation's chairman
 ("# Japan urges wage rises as inflation bites\n\n"
  "TOKYO (Kyodo) - Chief Cabinet Secretary Yoshimasa Hayashi urged companies on Monday to raise wages by at least "
  "5%. Koji Sato, president of Toyota Motor, said the carmaker would meet its union's demands in full. Keidanren "
  "chairman Masakazu Tokura said smaller firms could not afford it.",
  [("Yoshimasa Hayashi", MIN | HEAD, "Japan", "fact"), ("Koji Sato", HEAD, "Toyota", "fact"),
   ("Masakazu Tokura", CHAIR, "Keidanren", "fact")],
  []),
 # 9 Mexico: a foreign secretary and a security secretary under a Mexico City dateline; a visiting US official
 ("# Mexico and US agree new security pact\n\n"
  "MEXICO CITY (AP) — Mexico and the United States agreed on Thursday to share more intelligence on fentanyl "
  "trafficking. U.S. Secretary of State Marco Rubio signed the pact at the National Palace. Foreign Secretary "
  "Juan Ramon de la Fuente said Mexico would not allow U.S. troops on its soil. Security Secretary Omar Garcia "
  "Harfuch said 3,000 officers would be sent to the border.",
  [("Marco Rubio", MIN, "United States", "fact"), ("Juan Ramon de la Fuente", MIN, "Mexico", "fact"),
   ("Omar Garcia Harfuch", MIN, "Mexico", "fact")],
  [("Marco Rubio", "Mexico", None)]),
 # 10 France: a prefect of police, a bare interior minister, "the mayor of Paris"
 ("# Paris police to ban protest near National Assembly\n\n"
  "By Claire Dubois in Paris\n\n"
  "The prefect of police, Laurent Nunez, banned a protest planned outside the National Assembly on Saturday. "
  "Interior Minister Bruno Retailleau said the organisers had called for violence. Anne Hidalgo, the mayor of "
  "Paris, said the ban went too far.",
  [("Bruno Retailleau", MIN, "France", "fact"), ("Anne Hidalgo", MAYOR, "Paris", "fact")],
  [("Laurent Nunez", "National Assembly", None)]),
 # 11 India: a central bank governor by title, a bare finance minister, a founder
 ("# India's central bank holds rates, sees faster growth\n\n"
  "MUMBAI (Reuters) - Reserve Bank of India Governor Sanjay Malhotra kept the repo rate at 5.5% on Friday. Finance "
  "Minister Nirmala Sitharaman welcomed the decision. Uday Kotak, the founder of Kotak Mahindra Bank, said lenders "
  "would pass the earlier cuts on to borrowers.",
  [("Sanjay Malhotra", HEAD, "Reserve Bank", "fact"), ("Nirmala Sitharaman", MIN, "India", "fact"),
   ("Uday Kotak", FOUNDER, "Kotak Mahindra", "fact")],
  []),
 # 12 South Africa: a utility chief by title, a bare minister, a former employer
 ("# South Africa's Eskom says power cuts are over for winter\n\n"
  "JOHANNESBURG (Reuters) - Eskom chief executive Dan Marokane said on Tuesday there would be no power cuts this "
  "winter. Electricity Minister Kgosientsho Ramokgopa said six units had returned to service. Chris Yelland, an "
  "energy analyst and former Eskom engineer, said the grid was still fragile.",
  [("Dan Marokane", CEO, "Eskom", "fact"), ("Kgosientsho Ramokgopa", MIN, "South Africa", "fact"),
   ("Chris Yelland", WORK, "Eskom", "former")],
  [("Chris Yelland", "Eskom", None)]),
 # 13 Philippines: a coast guard spokesman, a foreign ministry's spokeswoman, a bare defence secretary
 ("# China and Philippines trade blame over collision\n\n"
  "MANILA (Reuters) - A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal on "
  "Saturday, said Jay Tarriela, a spokesman for the Philippine coast guard. Defence Secretary Gilberto Teodoro "
  "called the attack reckless. In Beijing, Chinese foreign ministry spokeswoman Mao Ning said the Philippine boat "
  "had entered Chinese waters.",
  [("Jay Tarriela", SPOKES, "coast guard|Coast Guard", "fact"), ("Gilberto Teodoro", MIN, "Philippines", "fact"),
   ("Mao Ning", SPOKES, "foreign ministry|Foreign Ministry|China", "fact")],
  [("Mao Ning", "Philippines", None), ("Gilberto Teodoro", "China", None), ("Jay Tarriela", "China", None)]),
 # 14 Turkey: "who heads" a central bank, a former governor, a bare finance minister
 ("# Turkey's central bank cuts rates again\n\n"
  "ANKARA (Reuters) - Turkey's central bank cut its main rate by 250 basis points on Thursday. Fatih Karahan, who "
  "heads the bank, said inflation was on course to fall below 30%. Finance Minister Mehmet Simsek said the budget "
  "deficit would narrow. Naci Agbal, a former central bank governor, said the cut came too early.",
  [("Fatih Karahan", HEAD, "central bank|Central Bank", "fact"), ("Mehmet Simsek", MIN, "Turkey", "fact"),
   ("Naci Agbal", HEAD, "central bank|Central Bank", "former")],
  [("Naci Agbal", "central bank|Central Bank", None)]),
 # 15 Canada: a former Goldman Sachs banker, a bare finance minister, a premier
 ("# Canada's Carney names new cabinet\n\n"
  "OTTAWA (Reuters) - Prime Minister Mark Carney, a former Goldman Sachs banker, named a smaller cabinet on "
  "Wednesday. Finance Minister Francois-Philippe Champagne kept his post. Doug Ford, the premier of Ontario, said "
  "the province wanted a seat at the trade talks with Washington.",
  [("Mark Carney", HEAD, "Canada", "fact"), ("Mark Carney", WORK, "Goldman Sachs", "former"),
   ("Francois-Philippe Champagne", MIN, "Canada", "fact"), ("Doug Ford", GOV, "Ontario", "fact")],
  [("Mark Carney", "Goldman Sachs", None), ("Doug Ford", "Canada", None)]),
 # 16 Australia: a state premier, an airline's chief, a bare treasurer
 ("# Qantas to buy 20 more jets for regional routes\n\n"
  "SYDNEY (Reuters) - Qantas chief executive Vanessa Hudson said on Monday the airline would buy 20 more regional "
  "jets. The premier of New South Wales, Chris Minns, said the order would keep 500 jobs in the state. Treasurer "
  "Jim Chalmers said Canberra would not help pay for them.",
  [("Vanessa Hudson", CEO, "Qantas", "fact"), ("Chris Minns", GOV, "New South Wales", "fact"),
   ("Jim Chalmers", MIN, "Australia", "fact")],
  [("Chris Minns", "Qantas", None)]),
 # 17 Egypt: "X's ambassador to Washington", a bare foreign minister, a militant group's official
 ("# Egypt says Gaza truce talks to resume in Cairo\n\n"
  "CAIRO (Reuters) - Gaza ceasefire talks will resume in Cairo next week, Foreign Minister Badr Abdelatty said on "
  "Sunday. Egypt's ambassador to Washington, Motaz Zahran, said the United States had backed the plan. Osama "
  "Hamdan, a senior Hamas official, said the group would send a delegation.",
  [("Badr Abdelatty", MIN, "Egypt", "fact"), ("Motaz Zahran", ENVOY, "Egypt", "fact"),
   ("Osama Hamdan", WORK, "Hamas", "fact")],
  [("Motaz Zahran", "United States", None), ("Motaz Zahran", "Washington", None), ("Osama Hamdan", "Egypt", None),
   ("Osama Hamdan", "Hamas", "head_of")]),
 # 18 Colombia: an acting minister, a department's governor
 ("# Colombia sends troops to Catatumbo after rebel attacks\n\n"
  "BOGOTA (Reuters) - Colombia's acting defence minister, Pedro Sanchez, said on Saturday that 5,000 troops had "
  "been sent to the Catatumbo region. The governor of Norte de Santander department, William Villamizar, said "
  "20,000 people had fled the fighting. Villamizar asked Bogota for food and tents.",
  [("Pedro Sanchez", MIN, "Colombia", "fact"), ("William Villamizar", GOV, "Norte de Santander|Santander", "fact")],
  [("William Villamizar", "Colombia", "head_of")]),
 # 19 Russia: regional governors, a foreign ministry's spokeswoman
 ("# Drones hit Russian border regions, governors say\n\n"
  "MOSCOW (Reuters) - Ukrainian drones struck an oil depot in the Bryansk region overnight, the region's governor, "
  "Alexander Bogomaz, said on Tuesday. Belgorod region governor Vyacheslav Gladkov said two people were hurt in "
  "Shebekino. Maria Zakharova, the foreign ministry's spokeswoman, called the attacks terrorism.",
  [("Alexander Bogomaz", GOV, "Bryansk", "fact"), ("Vyacheslav Gladkov", GOV, "Belgorod", "fact"),
   ("Maria Zakharova", SPOKES, "foreign ministry|Foreign Ministry|Russia", "fact")],
  [("Alexander Bogomaz", "Russia", "head_of"), ("Vyacheslav Gladkov", "Shebekino", None)]),
 # 20 Ukraine: "then", "outgoing", "who heads"
 ("# Ukraine names new energy regulator chief\n\n"
  "KYIV (Reuters) - Ukraine's cabinet appointed Yurii Vlasenko to run the national energy regulator on Wednesday. "
  "The outgoing head of the regulator, Kostiantyn Ushchapovskyi, said he would stay until the handover. Andriy "
  "Yermak, who heads the presidential office, praised the choice. Herman Halushchenko, then the energy minister, "
  "had signed the regulator's first gas contracts in 2022.",
  [("Kostiantyn Ushchapovskyi", HEAD, "regulator", "fact"), ("Andriy Yermak", HEAD, "presidential office|office",
                                                              "fact"),
   ("Herman Halushchenko", MIN, "Ukraine", "former")],
  [("Herman Halushchenko", "Ukraine", None), ("Andriy Yermak", "Ukraine", "head_of")]),
 # 21 US: staff of an agency, a nominee not yet in office
 ("# NASA delays crewed moon flight to 2026\n\n"
  "WASHINGTON (AP) — NASA said on Thursday that the first crewed flight around the moon would slip to April 2026. "
  "Zebulon Scoville, a flight director at the agency, said engineers were still studying the heat shield. Jared "
  "Isaacman, the administrator-designate, said he would review the program if the Senate confirmed him.",
  [("Zebulon Scoville", WORK, "NASA", "fact")],
  [("Zebulon Scoville", "NASA", "head_of"), ("Jared Isaacman", "NASA", "head_of")]),
 # 22 Spain: a regional president, a bare agriculture minister
 ("# Spain approves flood aid for Valencia\n\n"
  "MADRID (Reuters) - Spain's cabinet approved 10 billion euros of aid for towns hit by the floods on Tuesday. "
  "Agriculture Minister Luis Planas said farmers would be paid within a month. The president of the Valencia "
  "region, Carlos Mazon, said the money was not enough.",
  [("Luis Planas", MIN, "Spain", "fact"), ("Carlos Mazon", GOV, "Valencia", "fact")],
  [("Carlos Mazon", "Spain", None)]),
 # 23 Italy: a bare interior minister, a visiting prime minister
 ("# Italy and Albania open migrant centres\n\n"
  "ROME (Reuters) - Italy opened two migrant centres in Albania on Friday. Interior Minister Matteo Piantedosi said "
  "the first 16 men had been taken there by ship. Albanian Prime Minister Edi Rama said his country was repaying "
  "a debt to Italy.",
  [("Matteo Piantedosi", MIN, "Italy", "fact"), ("Edi Rama", HEAD, "Albania", "fact")],
  [("Edi Rama", "Italy", None), ("Matteo Piantedosi", "Albania", None)]),
 # 24 Vietnam: a conglomerate's chairman by title, "X's governor, Y"
 ("# Vietnam's VinFast to build plant in India\n\n"
  "HANOI (Reuters) - VinFast will build a second plant in India, Vingroup chairman Pham Nhat Vuong said on "
  "Monday. The State Bank of Vietnam's governor, Nguyen Thi Hong, said lenders would be allowed to fund the "
  "project.",
  [("Pham Nhat Vuong", CHAIR, "Vingroup", "fact"), ("Nguyen Thi Hong", HEAD, "State Bank", "fact")],
  [("Pham Nhat Vuong", "VinFast", "chair_of")]),
 # 25 Argentina: a bare economy minister with former employers, the government's spokesman
 ("# Argentina lifts currency controls\n\n"
  "BUENOS AIRES (Reuters) - Argentina lifted most of its currency controls on Monday. Economy Minister Luis "
  "Caputo, a former JPMorgan trader, said the peso would float within a band. Manuel Adorni, the government's "
  "spokesman, said the central bank had enough reserves.",
  [("Luis Caputo", MIN, "Argentina", "fact"), ("Luis Caputo", WORK, "JPMorgan", "former"),
   ("Manuel Adorni", SPOKES, "Argentina|government", "fact")],
  [("Luis Caputo", "JPMorgan", None)]),
 # 26 Ghana: "the mayor of Accra", a former finance minister
 ("# Ghana's ex-finance minister declared wanted\n\n"
  "ACCRA (Reuters) - Ghana's special prosecutor declared former finance minister Ken Ofori-Atta wanted on "
  "Wednesday over a contract for oil revenue audits. Ofori-Atta, who is abroad for medical treatment, denies "
  "wrongdoing. Elizabeth Sackey, the mayor of Accra, said the city had lost millions in the deal.",
  [("Ken Ofori-Atta", MIN, "Ghana", "former"), ("Elizabeth Sackey", MAYOR, "Accra", "fact")],
  [("Ken Ofori-Atta", "Ghana", None)]),
 # 27 Sweden: an interim chief executive, a former head "who ran"
 ("# Volvo Cars chief Rowan to step down\n\n"
  "STOCKHOLM (Reuters) - Volvo Cars said on Tuesday that its chief executive, Jim Rowan, would leave in April. "
  "Hakan Samuelsson, who ran the company from 2012 to 2022, will return as interim chief executive. Eric Li, the "
  "founder of Geely, which owns most of Volvo Cars, backed the change.",
  [("Jim Rowan", CEO, "Volvo", "fact"), ("Hakan Samuelsson", CEO, "Volvo", "*"),
   ("Eric Li", FOUNDER, "Geely", "fact")],
  [("Eric Li", "Volvo", None)]),
 # 28 Kenya: a visiting foreign minister with a bare title (trap), a bare cabinet secretary
 ("# China and Kenya sign railway loan deal\n\n"
  "NAIROBI (Reuters) - China agreed on Thursday to lend Kenya $1 billion to extend its railway to Uganda. "
  "Foreign Minister Wang Yi, on a two-day visit to Nairobi, said China would also buy more Kenyan tea. Treasury "
  "Cabinet Secretary John Mbadi said the loan would be repaid over 20 years.",
  [("John Mbadi", MIN, "Kenya", "fact")],
  [("Wang Yi", "Kenya", None), ("Wang Yi", "Uganda", None)]),
 # 29 Pakistan: a foreign minister quoted from abroad (trap)
 ("# Pakistan rejects Indian claim over dam\n\n"
  "ISLAMABAD (Reuters) - Pakistan rejected on Friday India's claim that it could stop the flow of the Chenab. "
  "External Affairs Minister Subrahmanyam Jaishankar had told reporters in New Delhi that the treaty was in "
  "abeyance. Pakistan's foreign office spokesman, Shafqat Ali Khan, said any such move would be an act of war.",
  [("Shafqat Ali Khan", SPOKES, "foreign office|Foreign Office|Pakistan", "fact")],
  [("Subrahmanyam Jaishankar", "Pakistan", None)]),
 # 30 Denmark/UN agencies: staff of agencies
 ("# Greenland ice melt hit record in July, scientists say\n\n"
  "COPENHAGEN (Reuters) - Greenland lost more ice in July than in any month on record, the Danish Meteorological "
  "Institute said on Monday. Ruth Mottram, a climate scientist at the institute, said rain had fallen on the "
  "summit for the third year running. Maria Neira, who heads the World Health Organization's environment "
  "department, said heat waves were killing more people in Europe.",
  [("Ruth Mottram", WORK, "Danish Meteorological|institute", "fact"),
   ("Maria Neira", WORK | HEAD, "World Health|department", "fact")],
  [("Maria Neira", "World Health", "head_of"), ("Ruth Mottram", "Greenland", None)]),
 # 31 UK: "who chairs", a mayor by title, a city's former mayor
 ("# Manchester bid for 2036 Olympics backed by mayor\n\n"
  "MANCHESTER, England (Reuters) - Mayor Andy Burnham backed a bid for the 2036 Olympic Games on Wednesday. Bev "
  "Craig, who leads Manchester City Council, said the city already had most of the venues. Richard Leese, the "
  "council's former leader, said the 2002 Commonwealth Games had left debts.",
  [("Andy Burnham", MAYOR, "Manchester", "fact"), ("Bev Craig", HEAD, "Manchester City Council", "fact"),
   ("Richard Leese", HEAD, "council|Council", "former")],
  [("Richard Leese", "council", None), ("Bev Craig", "Olympic", None)]),
]
