"""Batch 11 (session 12), written before the builder ran on it: 62 short wire paragraphs and articles (a "# "
headline with a dateline, or a bare paragraph) in many beats and countries, leaning on the classes batch 10 left:
back-references to a described person ("a department spokesman, X", "a ministry spokeswoman, Y", "a spokesman for
the army, Z", "X, who has run the oil major since", "the carmaker's chief executive, X", "its chief executive, Y"),
names the tagger cuts or mistypes after a title ("Defence Minister Gen Nakatani", "National Security Adviser X",
short Asian names), ownership and its direction ("X, a unit of Y", "Y-owned X", "X's parent Y", "X parent Y", "Y,
which owns X", "X, owned by Y"), US federal titles under a WASHINGTON dateline with no country named ("Treasury
Secretary X", "Defense Secretary Y"), a president's name before a title ("Trump Energy Secretary X"), a state's
senate that is no US Senate, and forces or spokesmen of a state's army by a nationality adjective. Traps: the owner
and the owned swapped, a foreign minister's host, a counterpart, a parent's chief taken for the unit's.

A body may list alternatives separated by "|" (any one matches).
"""
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases8 import ENVOY, FOUNDER, GOV, MAYOR
from cases9 import COACH, KING, PART, STAFF

US = "United States|U.S."

BATCH11 = [
 # 1 US federal titles under a WASHINGTON dateline, a foreign vice premier
 ("# U.S., China extend tariff truce by 90 days\n\n"
  "WASHINGTON (Reuters) - Treasury Secretary Scott Bessent said on Monday that Washington and Beijing had agreed to "
  "extend their tariff truce by 90 days. Commerce Secretary Howard Lutnick said export controls on chips were not "
  "part of the deal. Chinese Vice Premier He Lifeng led Beijing's delegation at the talks in Stockholm.",
  [("Scott Bessent", MIN, US, "fact"), ("Howard Lutnick", MIN, US, "fact"),
   ("He Lifeng", MEMBER | MIN | HEAD | WORK, "China", "fact")],
  [("Scott Bessent", "China", None), ("Howard Lutnick", "China", None), ("He Lifeng", "United States", None),
   ("He Lifeng", "China", "head_of")]),
 # 2 Pentagon: a defense secretary, a chairman of the Joint Chiefs, a press secretary of a department
 ("# Pentagon sends more air defences to Gulf\n\n"
  "WASHINGTON (AP) — Defense Secretary Pete Hegseth ordered two more Patriot batteries to the Gulf on Friday. Gen. "
  "Dan Caine, the chairman of the Joint Chiefs of Staff, said the deployment would take three weeks. Pentagon press "
  "secretary Kingsley Wilson said no troops would be sent to Iran.",
  [("Pete Hegseth", MIN, US, "fact"), ("Dan Caine", CHAIR, "Joint Chiefs", "fact"),
   ("Kingsley Wilson", SPOKES, "Pentagon|Defense", "fact")],
  [("Dan Caine", "United States", "head_of"), ("Pete Hegseth", "Joint Chiefs", None), ("Kingsley Wilson", "Iran", None),
   ("Pete Hegseth", "Iran", None)]),
 # 3 A president's name before a title; an agriculture secretary by a possessive
 ("Trump Energy Secretary Chris Wright told oil executives in Houston on Tuesday that the administration would speed "
  "up permits for pipelines. President Donald Trump's agriculture secretary, Brooke Rollins, said farmers would get "
  "$10 billion in aid.",
  [("Chris Wright", MIN, US, "fact"), ("Brooke Rollins", MIN, US, "fact")],
  [("Chris Wright", "Trump", None), ("Brooke Rollins", "Trump", "head_of"), ("Chris Wright", "Houston", None)]),
 # 4 A state senate (no US Senate), a state senator, a lieutenant governor presiding over it
 ("# Georgia Senate passes school voucher expansion\n\n"
  "ATLANTA (AP) — The Georgia state Senate voted 33-23 on Thursday to expand a school voucher program. State Sen. "
  "Greg Dolezal, a Republican from Cumming, sponsored the bill. Lt. Gov. Burt Jones, who presides over the Senate, "
  "called it a win for parents. Gov. Brian Kemp is expected to sign it.",
  [("Greg Dolezal", MEMBER, "Senate|Georgia", "fact"), ("Burt Jones", CHAIR | WORK | MEMBER, "Senate|Georgia", "fact"),
   ("Brian Kemp", GOV, "Georgia", "fact")],
  [("Greg Dolezal", "United States", None), ("Burt Jones", "United States", None), ("Burt Jones", "Georgia", "head_of"),
   ("Greg Dolezal", "Cumming", None)]),
 # 5 A department spokesman by apposition, a secretary of state under a dateline
 ("# U.S. approves missile sale to Taiwan\n\n"
  "WASHINGTON (Reuters) - The State Department approved the possible sale of $2 billion in missiles to Taiwan on "
  "Wednesday. Secretary of State Marco Rubio said the sale would help keep peace in the region. A department "
  "spokesman, Tommy Pigott, said the weapons were defensive.",
  [("Marco Rubio", MIN, US, "fact"), ("Tommy Pigott", SPOKES, "State Department|department|Department of State", "fact")],
  [("Tommy Pigott", "Taiwan", None), ("Marco Rubio", "Taiwan", None), ("Tommy Pigott", "State Department", "head_of")]),
 # 6 "A ministry spokesman, X" for China's commerce ministry, a commerce minister
 ("# China says it will retaliate against EU duties\n\n"
  "BEIJING (Reuters) - China's commerce ministry said on Thursday it would take steps to defend its companies after "
  "the European Union raised duties on Chinese steel. A ministry spokesman, He Yadong, told reporters that the "
  "duties broke trade rules. Commerce Minister Wang Wentao will meet EU trade chief Maros Sefcovic next month.",
  [("He Yadong", SPOKES, "ministry|Ministry|China", "fact"), ("Wang Wentao", MIN, "China", "fact"),
   ("Maros Sefcovic", MEMBER | WORK | HEAD | {"commissioner_of"}, "European Union|EU|Commission", "fact")],
  [("He Yadong", "European Union", None), ("Wang Wentao", "European Union", None), ("Maros Sefcovic", "China", None),
   ("He Yadong", "ministry", "head_of")]),
 # 7 Sudan: "a spokesman for the army, X", a paramilitary commander, the army's chief
 ("# Sudan's army says it retook El Fasher airport\n\n"
  "PORT SUDAN (Reuters) - Sudan's army said on Sunday it had retaken the airport in El Fasher from the Rapid Support "
  "Forces. A spokesman for the army, Nabil Abdallah, said dozens of fighters had been killed. RSF commander Mohamed "
  "Hamdan Dagalo denied losing the airport. Army chief Abdel Fattah al-Burhan visited troops in Omdurman.",
  [("Nabil Abdallah", SPOKES, "army|Army|Sudan", "fact"), ("Mohamed Hamdan Dagalo", HEAD, "RSF|Rapid Support", "fact"),
   ("Abdel Fattah al-Burhan", HEAD, "army|Army|Sudan", "fact")],
  [("Nabil Abdallah", "Rapid Support", None), ("Nabil Abdallah", "RSF", None), ("Mohamed Hamdan Dagalo", "Sudan", "head_of")]),
 # 8 "Who has run the oil major since", "the company's chairman"
 ("# Shell to cut 1,000 chemicals jobs\n\n"
  "LONDON (Reuters) - Shell will cut 1,000 jobs at its chemicals business in Europe, the company said on Tuesday. "
  "Wael Sawan, who has run the oil major since 2023, said the plants had lost money for three years. Andrew "
  "Mackenzie, the company's chairman, said the board supported the cuts.",
  [("Wael Sawan", HEAD | CEO, "Shell", "fact"), ("Andrew Mackenzie", CHAIR, "Shell", "fact")],
  [("Wael Sawan", "Europe", None), ("Andrew Mackenzie", "Shell", "chief_executive_of")]),
 # 9 "The carmaker's chief executive, X", a works council's head, a union negotiator
 ("# Volkswagen and union agree to cut 35,000 jobs\n\n"
  "BERLIN (Reuters) - Volkswagen and the IG Metall union agreed on Friday to cut 35,000 jobs in Germany by 2030 "
  "without closing plants. Oliver Blume, the carmaker's chief executive, called the deal a milestone. Daniela "
  "Cavallo, who heads the works council at Volkswagen, said no worker would be laid off. IG Metall negotiator "
  "Thorsten Groeger said the union had saved every plant.",
  [("Oliver Blume", CEO, "Volkswagen", "fact"), ("Daniela Cavallo", HEAD, "works council|Volkswagen", "fact"),
   ("Thorsten Groeger", WORK | SPOKES | MEMBER | {"negotiator_of"}, "IG Metall", "fact")],
  [("Oliver Blume", "IG Metall", None), ("Thorsten Groeger", "Volkswagen", None), ("Oliver Blume", "Germany", None)]),
 # 10 Japan: "Defence Minister Gen Nakatani", a chief cabinet secretary, a US counterpart
 ("# Japan, U.S. agree to co-produce missiles\n\n"
  "TOKYO (Reuters) - Japanese Defence Minister Gen Nakatani and his U.S. counterpart agreed on Sunday to produce "
  "more air-to-air missiles together. Chief Cabinet Secretary Yoshimasa Hayashi said the deal would strengthen "
  "deterrence. Nakatani said the first missiles would be made in Nagoya.",
  [("Gen Nakatani", MIN, "Japan", "fact"), ("Yoshimasa Hayashi", MIN | SPOKES | WORK | HEAD, "Japan", "fact")],
  [("Gen Nakatani", "United States", None), ("Yoshimasa Hayashi", "United States", None), ("Gen Nakatani", "Nagoya", None)]),
 # 11 Pakistan: a national security adviser, an army chief with a rank, a foreign office spokeswoman
 ("# Pakistan says talks with India possible\n\n"
  "ISLAMABAD (Reuters) - Pakistan's National Security Adviser Asim Malik said on Saturday that Islamabad was open to "
  "talks with India. Field Marshal Asim Munir, the army chief, met troops near the border. Foreign Office spokeswoman "
  "Mumtaz Zahra Baloch said no date had been set.",
  [("Asim Malik", STAFF | SPOKES | {"adviser_of"}, "Pakistan", "fact"), ("Asim Munir", HEAD, "army|Army|Pakistan", "fact"),
   ("Mumtaz Zahra Baloch", SPOKES, "Foreign Office|Pakistan", "fact")],
  [("Asim Malik", "India", None), ("Asim Munir", "India", None), ("Mumtaz Zahra Baloch", "India", None),
   ("Asim Munir", "Pakistan", "head_of")]),
 # 12 "X, the self-driving unit of Y", a unit's co-CEO
 ("Waymo, the self-driving unit of Alphabet, said on Wednesday it would start robotaxi service in Miami next year. "
  "Tekedra Mawakana, Waymo's co-chief executive, said the cars had driven 100 million miles without a driver.",
  [("Waymo", PART, "Alphabet", "fact"), ("Tekedra Mawakana", CEO, "Waymo", "fact")],
  [("Alphabet", "Waymo", None), ("Tekedra Mawakana", "Alphabet", None), ("Waymo", "Miami", None)]),
 # 13 "Y-owned X", a unit's chairman, a minister of civil aviation
 ("# Air India orders 100 more Airbus jets\n\n"
  "MUMBAI (Reuters) - Tata-owned Air India ordered 100 more Airbus jets on Monday. N. Chandrasekaran, chairman of "
  "Tata Sons, said the airline needed the planes to win back passengers. Campbell Wilson, Air India's chief "
  "executive, said the first jets would arrive in 2027. Civil Aviation Minister Ram Mohan Naidu welcomed the order.",
  [("Air India", PART, "Tata", "fact"), ("Chandrasekaran", CHAIR, "Tata Sons", "fact"),
   ("Campbell Wilson", CEO, "Air India", "fact"), ("Ram Mohan Naidu", MIN, "India", "fact")],
  [("Tata", "Air India", None), ("Campbell Wilson", "Tata", None), ("Chandrasekaran", "Air India", "chair_of"),
   ("Ram Mohan Naidu", "Airbus", None)]),
 # 14 "X's parent Y", "X parent Y"
 ("TikTok's parent ByteDance is valued at more than $300 billion in a share buyback, people familiar with the matter "
  "said. Instagram parent Meta Platforms was valued at about $1.8 trillion on Friday. Shou Zi Chew, TikTok's chief "
  "executive, declined to comment.",
  [("TikTok", PART, "ByteDance", "fact"), ("Instagram", PART, "Meta", "fact"), ("Shou Zi Chew", CEO, "TikTok", "fact")],
  [("ByteDance", "TikTok", None), ("Meta", "Instagram", None), ("Shou Zi Chew", "ByteDance", "chief_executive_of")]),
 # 15 "Y, which owns X"; a unit's head named by "who runs"
 ("# Reliance to list Jio in India's biggest IPO\n\n"
  "MUMBAI (Reuters) - Reliance Industries, which owns Jio Platforms, plans to list the telecom unit in the first half "
  "of next year, chairman Mukesh Ambani told shareholders on Friday. Akash Ambani, who runs Jio, said the unit had "
  "500 million users.",
  [("Jio", PART, "Reliance", "fact"), ("Mukesh Ambani", CHAIR, "Reliance", "fact"), ("Akash Ambani", HEAD, "Jio", "fact")],
  [("Reliance", "Jio", None), ("Akash Ambani", "Reliance", "head_of"), ("Mukesh Ambani", "Jio", "chair_of")]),
 # 16 "X, owned by Y", a parent's founder, a unit's chief
 ("Arm Holdings, owned by SoftBank Group, will start making its own chips, the company said on Thursday. SoftBank "
  "founder Masayoshi Son has pushed Arm to take a larger share of the chip market. Rene Haas, Arm's chief executive, "
  "said the first chip would go to Meta.",
  [("Arm", PART, "SoftBank", "fact"), ("Masayoshi Son", FOUNDER | HEAD, "SoftBank", "fact"),
   ("Rene Haas", CEO, "Arm", "fact")],
  [("SoftBank", "Arm", None), ("Rene Haas", "SoftBank", None), ("Masayoshi Son", "Arm", "founder_of"), ("Rene Haas", "Meta", None)]),
 # 17 Israel: a military spokesman by a nationality adjective, a defence minister, a chief of staff
 ("# Israel says it struck militants in southern Lebanon\n\n"
  "JERUSALEM (Reuters) - Israeli forces struck Hezbollah targets in southern Lebanon overnight, the military said "
  "on Monday. Israeli military spokesman Effie Defrin said the strikes hit weapons depots. Defence Minister Israel "
  "Katz said Israel would not allow Hezbollah to rearm. Lebanese Prime Minister Nawaf Salam condemned the strikes.",
  [("Effie Defrin", SPOKES, "military|Israel", "fact"), ("Israel Katz", MIN, "Israel", "fact"),
   ("Nawaf Salam", HEAD, "Lebanon", "fact")],
  [("Effie Defrin", "Hezbollah", None), ("Israel Katz", "Lebanon", None), ("Nawaf Salam", "Israel", None),
   ("Effie Defrin", "Lebanon", None)]),
 # 18 Russia: a foreign ministry spokeswoman, a Kremlin spokesman, a foreign minister's host
 ("# Russia says it is ready for talks in Istanbul\n\n"
  "MOSCOW (Reuters) - Russia is ready to send a delegation to Istanbul for new talks with Ukraine, Kremlin spokesman "
  "Dmitry Peskov said on Tuesday. Maria Zakharova, a spokeswoman for the foreign ministry, said Moscow had not received "
  "Kyiv's proposals. Turkish Foreign Minister Hakan Fidan said his country was ready to host the talks.",
  [("Dmitry Peskov", SPOKES, "Kremlin|Russia", "fact"), ("Maria Zakharova", SPOKES, "foreign ministry|Foreign Ministry|Russia", "fact"),
   ("Hakan Fidan", MIN, "Turkey|Turkiye", "fact")],
  [("Dmitry Peskov", "Ukraine", None), ("Maria Zakharova", "Ukraine", None), ("Hakan Fidan", "Russia", None),
   ("Maria Zakharova", "Turkey", None)]),
 # 19 Brazil: a central bank's governor by "the bank's", a finance minister, a former governor
 ("# Brazil's central bank holds rate at 15%\n\n"
  "BRASILIA (Reuters) - Brazil's central bank kept its benchmark interest rate at 15% on Wednesday. Gabriel Galipolo, "
  "the bank's governor, said rates would stay high for a long time. Finance Minister Fernando Haddad said inflation "
  "was falling. Roberto Campos Neto, a former central bank chief, now works for Nubank.",
  [("Gabriel Galipolo", HEAD, "central bank|Central Bank", "fact"), ("Fernando Haddad", MIN, "Brazil", "fact"),
   ("Roberto Campos Neto", HEAD, "central bank|Central Bank", "former"), ("Roberto Campos Neto", WORK, "Nubank", "fact")],
  [("Gabriel Galipolo", "Brazil", "head_of"), ("Fernando Haddad", "central bank", None), ("Gabriel Galipolo", "Nubank", None)]),
 # 20 Courts: a chief justice, a judge of a district court, a prosecutor's office
 ("# South Africa's top court rules on land law\n\n"
  "JOHANNESBURG (Reuters) - South Africa's Constitutional Court upheld the country's land expropriation law on "
  "Thursday. Chief Justice Mandisa Maya wrote the judgment for a unanimous court. Justice Minister Mmamoloko Kubayi "
  "said the ruling brought certainty. AfriForum, a lobby group, said it would take the case to the United Nations.",
  [("Mandisa Maya", HEAD | MEMBER, "Constitutional Court|South Africa", "fact"), ("Mmamoloko Kubayi", MIN, "South Africa", "fact")],
  [("Mmamoloko Kubayi", "Constitutional Court", None), ("Mandisa Maya", "United Nations", None),
   ("Mandisa Maya", "South Africa", "head_of")]),
 # 21 US courts: a federal judge in a district, a DOJ spokeswoman, an attorney for a plaintiff
 ("A federal judge in Boston blocked the administration's cuts to research grants on Monday. U.S. District Judge "
  "Allison Burroughs said the cuts were arbitrary. Harvard University President Alan Garber said the ruling "
  "protected science. A Justice Department spokeswoman said the government would appeal.",
  [("Allison Burroughs", MEMBER | WORK, "District|Court", "fact"), ("Alan Garber", HEAD, "Harvard", "fact")],
  [("Allison Burroughs", "Harvard", None), ("Alan Garber", "Justice Department", None), ("Alan Garber", "United States", None)]),
 # 22 Sport: a club's owner, its manager, a league's chief executive, "the club's captain"
 ("# Manchester United cut 200 more jobs\n\n"
  "MANCHESTER, England (Reuters) - Manchester United will cut up to 200 more jobs, the club said on Monday. Jim "
  "Ratcliffe, the club's co-owner, said United had been losing money for five years. Manager Ruben Amorim said the "
  "cuts would not affect the team. Richard Masters, chief executive of the Premier League, declined to comment.",
  [("Ruben Amorim", COACH | HEAD, "Manchester United|United", "fact"), ("Richard Masters", CEO, "Premier League", "fact")],
  [("Richard Masters", "Manchester United", None), ("Ruben Amorim", "Premier League", None),
   ("Jim Ratcliffe", "Premier League", None), ("Jim Ratcliffe", "Manchester United", "head_of")]),
 # 23 Sport: a national coach by a nationality adjective of another country (trap), a federation's president
 ("Brazil's Italian coach Carlo Ancelotti named his squad for the World Cup qualifiers on Friday. Ednaldo Rodrigues, "
  "the president of the Brazilian football confederation, said Ancelotti had the full support of the body. Former "
  "Brazil striker Ronaldo said he would run for the confederation's presidency.",
  [("Carlo Ancelotti", COACH, "Brazil", "fact"), ("Ednaldo Rodrigues", HEAD, "confederation|Confederation", "fact"),
   ("Ronaldo", MEMBER, "Brazil", "former")],
  [("Carlo Ancelotti", "Italy", None), ("Ronaldo", "Brazil", "head_of")]),
 # 24 Health: a ministry's director general by "the ministry's", a WHO regional director
 ("# Indonesia reports first polio case in a decade\n\n"
  "JAKARTA (Reuters) - Indonesia reported its first polio case in a decade on Tuesday. Health Minister Budi Gunadi "
  "Sadikin said a vaccination drive would start next week in West Java. Maxi Rein Rondonuwu, the ministry's director "
  "general for disease control, said the child had not been vaccinated. Saima Wazed, the WHO's regional director for "
  "South-East Asia, praised the quick response.",
  [("Budi Gunadi Sadikin", MIN, "Indonesia", "fact"), ("Maxi Rein Rondonuwu", WORK | HEAD, "ministry|Ministry|Indonesia", "fact"),
   ("Saima Wazed", WORK | HEAD, "WHO|World Health", "fact")],
  [("Saima Wazed", "Indonesia", None), ("Budi Gunadi Sadikin", "WHO", None), ("Maxi Rein Rondonuwu", "Indonesia", "head_of")]),
 # 25 Science: an agency's administrator by "the agency's", an acting administrator, a space agency's director general
 ("# NASA delays moon landing to 2027\n\n"
  "WASHINGTON (Reuters) - NASA pushed back its plan to land astronauts on the moon to 2027. Sean Duffy, the agency's "
  "acting administrator, said the Starship lander was not ready. Josef Aschbacher, director general of the European "
  "Space Agency, said Europe would still send its module on time.",
  [("Sean Duffy", HEAD, "NASA", "fact"), ("Josef Aschbacher", HEAD, "European Space Agency|ESA", "fact")],
  [("Sean Duffy", "European Space", None), ("Josef Aschbacher", "NASA", None), ("Sean Duffy", "United States", "head_of")]),
 # 26 Disasters: a disaster agency's head, a governor of a province, a spokesman for the agency
 ("# Floods kill 40 in Philippines\n\n"
  "MANILA (Reuters) - Floods killed at least 40 people in the central Philippines on Saturday. Ariel Nepomuceno, "
  "who heads the Office of Civil Defense, said 200,000 people had fled their homes. Cebu Governor Pamela Baricuatro "
  "declared a state of calamity. A spokesman for the agency, Diego Mariano, said rescuers had reached most villages.",
  [("Ariel Nepomuceno", HEAD, "Civil Defense", "fact"), ("Pamela Baricuatro", GOV, "Cebu", "fact"),
   ("Diego Mariano", SPOKES, "Civil Defense|agency", "fact")],
  [("Pamela Baricuatro", "Philippines", "head_of"), ("Diego Mariano", "Cebu", None), ("Ariel Nepomuceno", "Cebu", None)]),
 # 27 Crime: a police commissioner, a prosecutor's spokeswoman, an inspector by rank
 ("# Police arrest 12 over Stockholm shootings\n\n"
  "STOCKHOLM (Reuters) - Swedish police arrested 12 people on Wednesday over a wave of shootings in Stockholm. "
  "National Police Commissioner Petra Lundh said the gang had recruited teenagers. Inspector Erik Holm, a police "
  "spokesman, said more arrests were likely. Justice Minister Gunnar Strommer said the government would tighten "
  "the law.",
  [("Petra Lundh", HEAD, "police|Police", "fact"), ("Erik Holm", SPOKES, "police|Police", "fact"),
   ("Gunnar Strommer", MIN, "Sweden", "fact")],
  [("Erik Holm", "Stockholm", "head_of"), ("Petra Lundh", "Sweden", "head_of"), ("Gunnar Strommer", "police", None)]),
 # 28 Tech: "its chief executive, X", a regulator's chair
 ("Nvidia said on Wednesday its quarterly revenue rose 56%. Its chief executive, Jensen Huang, said demand for its "
  "chips was still growing. Federal Trade Commission Chairman Andrew Ferguson said the agency was watching the market "
  "for artificial intelligence chips.",
  [("Jensen Huang", CEO, "Nvidia", "fact"), ("Andrew Ferguson", CHAIR, "Federal Trade|FTC", "fact")],
  [("Jensen Huang", "Federal Trade", None), ("Andrew Ferguson", "Nvidia", None)]),
 # 29 Labour: a union's general secretary, a union's back-reference, a firm's chief people officer
 ("# Royal Mail workers vote to accept pay deal\n\n"
  "LONDON (Reuters) - Royal Mail workers voted to accept a pay deal on Thursday, ending a dispute of four years. "
  "Dave Ward, the union's general secretary, said members had won a 10% rise. The Communication Workers Union "
  "represents 110,000 staff at the postal firm. Royal Mail chief executive Emma Gilthorpe said the deal gave the "
  "company a future.",
  [("Dave Ward", HEAD, "Communication Workers|union", "fact"), ("Emma Gilthorpe", CEO, "Royal Mail", "fact")],
  [("Dave Ward", "Royal Mail", None), ("Emma Gilthorpe", "Communication Workers", None)]),
 # 30 Elections: a party's leader, a candidate, an election commission's chair
 ("# Chile goes to the polls in presidential run-off\n\n"
  "SANTIAGO (Reuters) - Chileans vote on Sunday in a run-off between Jeannette Jara, a Communist Party member who "
  "served as labour minister, and Jose Antonio Kast, the leader of the Republican Party. Andres Tagle, who chairs "
  "the electoral service, said results would come within three hours.",
  [("Jeannette Jara", MEMBER, "Communist", "fact"), ("Jeannette Jara", MIN, "Chile", "former"),
   ("Jose Antonio Kast", HEAD, "Republican", "fact"), ("Andres Tagle", CHAIR, "electoral service|Electoral Service", "fact")],
  [("Jose Antonio Kast", "Chile", "head_of"), ("Jeannette Jara", "Chile", "head_of"), ("Jeannette Jara", "Republican", None),
   ("Jose Antonio Kast", "Communist", None)]),
 # 31 Religion: a pope, an archbishop of a see, a Vatican spokesman
 ("VATICAN CITY (Reuters) - Pope Leo XIV received Ukrainian President Volodymyr Zelenskiy at his summer residence "
  "on Tuesday. Vatican spokesman Matteo Bruni said the two discussed the return of Ukrainian children. Archbishop "
  "Paolo Pezzi of Moscow attended an earlier meeting.",
  [("Leo XIV", HEAD | KING, "Vatican|Holy See|Catholic", "fact"), ("Volodymyr Zelenskiy", HEAD, "Ukraine", "fact"),
   ("Matteo Bruni", SPOKES, "Vatican|Holy See", "fact"), ("Paolo Pezzi", HEAD, "Moscow", "fact")],
  [("Volodymyr Zelenskiy", "Vatican", None), ("Matteo Bruni", "Ukraine", None), ("Paolo Pezzi", "Vatican", "head_of")]),
 # 32 Education: a university's vice-chancellor by "the university's", a minister for universities
 ("# Australian universities cut 3,000 jobs\n\n"
  "SYDNEY (Reuters) - Australian universities will cut about 3,000 jobs this year after the government capped "
  "foreign student numbers. Mark Scott, the vice-chancellor of the University of Sydney, said the cap had cost the "
  "university 200 million dollars. Education Minister Jason Clare said the cap would stay.",
  [("Mark Scott", HEAD, "University of Sydney|Sydney", "fact"), ("Jason Clare", MIN, "Australia", "fact")],
  [("Mark Scott", "Australia", "head_of"), ("Jason Clare", "University", None)]),
 # 33 Local government: a mayor, a city council member, a police chief
 ("# Chicago mayor proposes head tax\n\n"
  "CHICAGO (AP) — Mayor Brandon Johnson proposed a tax on large employers on Tuesday to close a $1.2 billion budget "
  "gap. Alderman Bill Conway, who chairs the City Council's finance committee, said the tax would drive firms away. "
  "Police Superintendent Larry Snelling said his budget should not be cut.",
  [("Brandon Johnson", MAYOR, "Chicago", "fact"), ("Bill Conway", CHAIR, "finance committee|Finance Committee", "fact"),
   ("Larry Snelling", HEAD, "Police|police|Chicago", "fact")],
  [("Bill Conway", "Chicago", "head_of"), ("Larry Snelling", "City Council", None), ("Brandon Johnson", "United States", None)]),
 # 34 Central banks: an ECB board member, a national central bank's governor sitting on the council
 ("# ECB's Schnabel says rates are in a good place\n\n"
  "FRANKFURT (Reuters) - European Central Bank board member Isabel Schnabel said on Monday interest rates were in a "
  "good place. Bank of France Governor Francois Villeroy de Galhau, who sits on the ECB's Governing Council, said "
  "the bank could still cut. ECB President Christine Lagarde will speak on Thursday.",
  [("Isabel Schnabel", MEMBER | WORK, "European Central Bank|ECB", "fact"),
   ("Francois Villeroy de Galhau", HEAD, "Bank of France", "fact"),
   ("Villeroy de Galhau", MEMBER, "Governing Council|ECB", "fact"), ("Christine Lagarde", HEAD, "ECB|European Central", "fact")],
  [("Isabel Schnabel", "European Central Bank", "head_of"), ("Francois Villeroy de Galhau", "ECB", "head_of"),
   ("Christine Lagarde", "Bank of France", None)]),
 # 35 Fictional: "the lender's chief executive", "a bank spokeswoman, X", a regulator's head
 ("# Nordvik Bank fined over money laundering\n\n"
  "OSLO (Reuters) - Norway's financial watchdog fined Nordvik Bank 400 million crowns on Friday for failing to stop "
  "money laundering. Kari Bjerke, the lender's chief executive, apologised to customers. A bank spokeswoman, Silje "
  "Moen, said two managers had left. Per Mathis Kongsrud, who heads the watchdog, said the failures were serious.",
  [("Kari Bjerke", CEO, "Nordvik", "fact"), ("Silje Moen", SPOKES, "Nordvik|bank", "fact"),
   ("Per Mathis Kongsrud", HEAD, "watchdog|Finanstilsynet", "fact")],
  [("Kari Bjerke", "Norway", None), ("Per Mathis Kongsrud", "Nordvik", None), ("Silje Moen", "Norway", None)]),
 # 36 Fictional: "X, a subsidiary of Y" where Y comes first in the sentence; "the group's chairman"
 ("# Halvard Group to sell Pinecrest ferries\n\n"
  "By Tomas Eng\n\n"
  "Halvard Group agreed on Monday to sell Pinecrest Ferries, its Scottish subsidiary, to a rival for 90 million "
  "pounds. Alma Rydberg, the group's chairman, said ferries were no longer central to its plans. Pinecrest is run by "
  "Duncan Reid, who joined from Caledonian MacBrayne in 2021.",
  [("Pinecrest", PART, "Halvard", "fact"), ("Alma Rydberg", CHAIR, "Halvard", "fact"), ("Duncan Reid", HEAD, "Pinecrest", "fact")],
  [("Halvard", "Pinecrest", None), ("Alma Rydberg", "Pinecrest", None), ("Duncan Reid", "Halvard", "head_of"),
   ("Duncan Reid", "Caledonian", "head_of"), ("Tomas Eng", "Halvard", None)]),
 # 37 Fictional state: a president, a foreign minister who visits (host trap), an envoy
 ("# Velmoran president hosts Kestan foreign minister\n\n"
  "PORT ALDER (Reuters) - Velmora's President Ines Carvalhal hosted Kestan Foreign Minister Dariusz Orlik on Tuesday "
  "for talks on a fishing dispute. Orlik said Kestan would withdraw two patrol boats. Velmora's ambassador to Kestan, "
  "Rui Tavares, said the talks were friendly.",
  [("Ines Carvalhal", HEAD, "Velmora", "fact"), ("Dariusz Orlik", MIN, "Kestan", "fact"),
   ("Rui Tavares", ENVOY, "Velmora", "fact")],
  [("Dariusz Orlik", "Velmora", None), ("Ines Carvalhal", "Kestan", None), ("Rui Tavares", "Kestan", None)]),
 # 38 A former minister now chairing a firm; "who chairs"; a current minister
 ("Former British finance minister George Osborne, who chairs the British Museum, said on Wednesday the museum would "
  "raise 1 billion pounds for a new building. Culture Secretary Lisa Nandy said the government would not pay for it.",
  [("George Osborne", MIN, "Britain|United Kingdom", "former"), ("George Osborne", CHAIR, "British Museum", "fact"),
   ("Lisa Nandy", MIN, "Britain|United Kingdom", "fact")],
  [("George Osborne", "Britain", "minister_of"), ("Lisa Nandy", "British Museum", None)]),
 # 39 EU: an EU foreign policy chief by "the bloc's", a Commission president
 ("# EU proposes new sanctions on Russia\n\n"
  "BRUSSELS (Reuters) - The European Commission proposed a 19th package of sanctions on Russia on Friday. Commission "
  "President Ursula von der Leyen said the package targeted Russian oil sales to China and India. Kaja Kallas, the "
  "bloc's foreign policy chief, said Moscow had to pay for the war.",
  [("Ursula von der Leyen", HEAD, "Commission", "fact"), ("Kaja Kallas", HEAD | WORK | MIN | MEMBER, "EU|European Union", "fact")],
  [("Ursula von der Leyen", "Russia", None), ("Kaja Kallas", "Russia", None), ("Kaja Kallas", "China", None)]),
 # 40 NATO: a spokeswoman for NATO; a member state's defence minister
 ("NATO spokeswoman Allison Hart said on Thursday that Russian drones had entered Polish airspace overnight. Polish "
  "Defence Minister Wladyslaw Kosiniak-Kamysz said four drones had been shot down. Polish President Karol Nawrocki "
  "called an emergency meeting.",
  [("Allison Hart", SPOKES, "NATO", "fact"), ("Wladyslaw Kosiniak-Kamysz", MIN, "Poland", "fact"),
   ("Karol Nawrocki", HEAD, "Poland", "fact")],
  [("Allison Hart", "Poland", None), ("Karol Nawrocki", "Russia", None), ("Wladyslaw Kosiniak-Kamysz", "NATO", None)]),
 # 41 Mining: "the miner's chief executive", "X, a unit of Y" listed in London
 ("# Rio Tinto names new chief executive\n\n"
  "MELBOURNE (Reuters) - Rio Tinto named Simon Trott, head of its iron ore business, as chief executive on Tuesday. "
  "Dominic Barton, the miner's chairman, said Trott knew the business well. Trott replaces Jakob Stausholm, who "
  "led the company for four years.",
  [("Simon Trott", CEO, "Rio Tinto", "fact"), ("Dominic Barton", CHAIR, "Rio Tinto", "fact"),
   ("Jakob Stausholm", HEAD | CEO, "Rio Tinto", "former")],
  [("Dominic Barton", "Rio Tinto", "chief_executive_of"), ("Jakob Stausholm", "Rio Tinto", "chief_executive_of")]),
 # 42 Insurers: "the insurer's boss", "X, the Swiss-owned insurer" (no ownership edge to Switzerland)
 ("Zurich Insurance, the Swiss insurer, agreed to buy Beazley for 8 billion pounds on Monday. Mario Greco, the insurer's "
  "chief executive, said the deal would make Zurich a leader in cyber insurance. Adrian Cox, Beazley's chief executive, "
  "would join Zurich's board.",
  [("Mario Greco", CEO, "Zurich", "fact"), ("Adrian Cox", CEO, "Beazley", "fact"), ("Adrian Cox", MEMBER, "Zurich", "hyp")],
  [("Mario Greco", "Beazley", None), ("Adrian Cox", "Zurich", "chief_executive_of"), ("Mario Greco", "Switzerland", None)]),
 # 43 Gulf: a crown prince who is prime minister, a state oil firm's chief, an energy minister
 ("# Saudi Aramco to raise $5 billion in bonds\n\n"
  "RIYADH (Reuters) - Saudi Aramco plans to raise about $5 billion from a bond sale, the state oil company said on "
  "Monday. Aramco chief executive Amin Nasser said the money would fund gas projects. Energy Minister Prince Abdulaziz "
  "bin Salman said oil output would rise in October.",
  [("Amin Nasser", CEO, "Aramco", "fact"), ("Abdulaziz bin Salman", MIN, "Saudi", "fact")],
  [("Amin Nasser", "Saudi Arabia", "head_of"), ("Abdulaziz bin Salman", "Aramco", None)]),
 # 44 Korea: a president, a chaebol's chairman "Samsung Electronics Chairman", a vice chairman
 ("SEOUL (Reuters) - South Korean President Lee Jae-myung met Samsung Electronics Chairman Lee Jae-yong and "
  "Hyundai Motor Group Chairman Chung Eui-sun on Friday to discuss U.S. tariffs. Lee Jae-myung said the government "
  "would back companies that invest at home.",
  [("Lee Jae-myung", HEAD, "South Korea|Korea", "fact"), ("Lee Jae-yong", CHAIR, "Samsung", "fact"),
   ("Chung Eui-sun", CHAIR, "Hyundai", "fact")],
  [("Lee Jae-yong", "Korea", "head_of"), ("Chung Eui-sun", "Samsung", None), ("Lee Jae-myung", "Samsung", None)]),
 # 45 Vietnam: short names, a party general secretary, a prime minister
 ("# Vietnam's party chief visits North Korea\n\n"
  "HANOI (Reuters) - To Lam, the general secretary of Vietnam's Communist Party, began a visit to North Korea on "
  "Thursday. Prime Minister Pham Minh Chinh said the trip would deepen trade ties. North Korean leader Kim Jong Un "
  "greeted Lam at the airport in Pyongyang.",
  [("To Lam", HEAD, "Communist Party", "fact"), ("Pham Minh Chinh", HEAD, "Vietnam", "fact"),
   ("Kim Jong Un", HEAD, "North Korea", "fact")],
  [("Pham Minh Chinh", "North Korea", None), ("Kim Jong Un", "Vietnam", None), ("Lam", "North Korea", None)]),
 # 46 Africa: a president, an AU commission chairperson, a rebel spokesman
 ("# Congo, M23 rebels sign truce in Doha\n\n"
  "KINSHASA (Reuters) - Congo's government and M23 rebels signed a truce in Doha on Saturday. Lawrence Kanyuka, a "
  "spokesman for the rebels, said fighters would stay in Goma. President Felix Tshisekedi said the deal opened the "
  "way to peace. Mahmoud Ali Youssouf, chairperson of the African Union Commission, welcomed the deal.",
  [("Lawrence Kanyuka", SPOKES, "M23|rebels", "fact"), ("Felix Tshisekedi", HEAD, "Congo", "fact"),
   ("Mahmoud Ali Youssouf", CHAIR | HEAD, "African Union", "fact")],
  [("Lawrence Kanyuka", "Congo", None), ("Felix Tshisekedi", "M23", None), ("Mahmoud Ali Youssouf", "Congo", None)]),
 # 47 Mexico: a president, a security minister, a cartel's leader (no office)
 ("MEXICO CITY (Reuters) - Mexican authorities sent 29 cartel members to the United States on Tuesday, Security "
  "Minister Omar Garcia Harfuch said. President Claudia Sheinbaum said the transfer was a sovereign decision. U.S. "
  "Attorney General Pam Bondi thanked Mexico.",
  [("Omar Garcia Harfuch", MIN, "Mexico", "fact"), ("Claudia Sheinbaum", HEAD, "Mexico", "fact"),
   ("Pam Bondi", MIN | HEAD, US, "fact")],
  [("Omar Garcia Harfuch", "United States", None), ("Pam Bondi", "Mexico", None), ("Claudia Sheinbaum", "United States", None)]),
 # 48 Canada: a premier, "a spokesperson for the premier, X", a minister of a province
 ("# Alberta to hold referendum on separation\n\n"
  "EDMONTON, Alberta (Reuters) - Alberta will hold a referendum on leaving Canada next year, Premier Danielle Smith "
  "said on Thursday. Sam Blackett, a spokesperson for the premier, said the question would be set by the "
  "legislature. Prime Minister Mark Carney said Canada was stronger united.",
  [("Danielle Smith", GOV, "Alberta", "fact"), ("Sam Blackett", SPOKES, "Smith|premier", "fact"),
   ("Mark Carney", HEAD, "Canada", "fact")],
  [("Danielle Smith", "Canada", "head_of"), ("Sam Blackett", "Canada", None), ("Mark Carney", "Alberta", None)]),
 # 49 US states: a state attorney general, a state's health department spokesman, a state House speaker
 ("# Florida ends school vaccine mandates\n\n"
  "TALLAHASSEE, Fla. (AP) — Florida will end all vaccine mandates for schoolchildren, state Surgeon General Joseph "
  "Ladapo said on Wednesday. Gov. Ron DeSantis backed the plan. House Speaker Daniel Perez said the Florida House "
  "would review it. Attorney General James Uthmeier said the state would defend the rule in court.",
  [("Joseph Ladapo", WORK | HEAD | MIN, "Florida", "fact"), ("Ron DeSantis", GOV, "Florida", "fact"),
   ("Daniel Perez", CHAIR, "House|Florida", "fact"), ("James Uthmeier", MIN | WORK, "Florida", "fact")],
  [("Daniel Perez", "United States", None), ("James Uthmeier", "United States", None), ("Joseph Ladapo", "United States", None)]),
 # 50 WASHINGTON dateline: a Fed chair, a Fed governor, a labour secretary
 ("# Fed holds rates steady; two governors dissent\n\n"
  "WASHINGTON (Reuters) - The Federal Reserve kept interest rates unchanged on Wednesday. Fed Chair Jerome Powell said "
  "tariffs were pushing prices up. Fed Governor Christopher Waller voted for a cut. Labor Secretary Lori "
  "Chavez-DeRemer said the job market was strong.",
  [("Jerome Powell", CHAIR | HEAD, "Federal Reserve|Fed", "fact"), ("Christopher Waller", MEMBER | WORK, "Federal Reserve|Fed", "fact"),
   ("Lori Chavez-DeRemer", MIN, US, "fact")],
  [("Christopher Waller", "Federal Reserve", "head_of"), ("Lori Chavez-DeRemer", "Federal Reserve", None),
   ("Jerome Powell", "United States", "head_of")]),
 # 51 WASHINGTON dateline: an interior secretary, a homeland security secretary, an EPA administrator
 ("# U.S. opens Alaska refuge to drilling\n\n"
  "WASHINGTON (AP) — Interior Secretary Doug Burgum said on Thursday the government would open part of an Arctic "
  "refuge in Alaska to oil drilling. Environmental Protection Agency Administrator Lee Zeldin said rules on power "
  "plants would be eased. Homeland Security Secretary Kristi Noem was in Alaska for the announcement.",
  [("Doug Burgum", MIN, US, "fact"), ("Lee Zeldin", HEAD, "Environmental Protection|EPA", "fact"),
   ("Kristi Noem", MIN, US, "fact")],
  [("Doug Burgum", "Alaska", None), ("Kristi Noem", "Alaska", None), ("Lee Zeldin", "United States", "head_of")]),
 # 52 A White House spokeswoman, a spokesman "for the White House", a senator of a state
 ("A White House spokeswoman, Karoline Leavitt, said on Monday that the president would sign the bill on Friday. Sen. "
  "Lisa Murkowski, a Republican from Alaska, said she had not decided how to vote. Senate Majority Leader John "
  "Thune said the vote would be held on Thursday.",
  [("Karoline Leavitt", SPOKES, "White House", "fact"), ("Lisa Murkowski", MEMBER, "Senate|Alaska", "fact"),
   ("John Thune", HEAD | MEMBER | CHAIR, "Senate|Republican", "fact")],
  [("Lisa Murkowski", "Alaska", "head_of"), ("Karoline Leavitt", "Senate", None), ("John Thune", "White House", None)]),
 # 53 A state senate in Texas; a US senator from the state (both senates)
 ("# Texas Senate passes new congressional map\n\n"
  "AUSTIN, Texas (AP) — The Texas Senate approved a new congressional map on Friday. State Sen. Phil King, who wrote "
  "the map, said it followed the law. U.S. Sen. Ted Cruz praised the vote. Democratic state Rep. Gene Wu, who leads "
  "his party's caucus in the Texas House, said Democrats would sue.",
  [("Phil King", MEMBER, "Texas Senate|Senate|Texas", "fact"), ("Ted Cruz", MEMBER, "Senate|United States|U.S.|Texas", "fact"),
   ("Gene Wu", HEAD | MEMBER, "caucus|Texas House|Democrat", "fact")],
  [("Phil King", "United States", None), ("Gene Wu", "United States", None), ("Ted Cruz", "Texas Senate", None)]),
 # 54 Ownership: "X, which is controlled by Y", "Y's X arm", the arm's chief
 ("# Adani Ports to buy Australian terminal\n\n"
  "AHMEDABAD (Reuters) - Adani Ports, which is controlled by the Adani Group, agreed to buy a coal terminal in "
  "Australia for $2.4 billion. Karan Adani, the company's managing director, said the deal would add 50 million tonnes "
  "of capacity. Adani Green, the group's renewable energy arm, was not part of the deal.",
  [("Adani Ports", PART, "Adani Group", "fact"), ("Karan Adani", CEO | HEAD, "Adani Ports|Ports", "fact"),
   ("Adani Green", PART, "Adani Group", "fact")],
  [("Adani Group", "Adani Ports", None), ("Karan Adani", "Australia", None), ("Adani Group", "Adani Green", None)]),
 # 55 Ownership trap: a firm that owns a stake is no parent; "Y, the parent of X"
 ("Alphabet, the parent of Google, owns a 14% stake in SpaceX. Sundar Pichai, Alphabet's chief executive, said "
  "the company would keep its stake. SpaceX President Gwynne Shotwell declined to comment.",
  [("Google", PART, "Alphabet", "fact"), ("Sundar Pichai", CEO, "Alphabet", "fact"), ("Gwynne Shotwell", HEAD, "SpaceX", "fact")],
  [("Alphabet", "Google", None), ("SpaceX", "Alphabet", None), ("Sundar Pichai", "SpaceX", None), ("Gwynne Shotwell", "Alphabet", None)]),
 # 56 A state firm owned by a government; "the state-owned" (no part_of the state by a bare adjective)
 ("# Pemex posts loss as output falls\n\n"
  "MEXICO CITY (Reuters) - State-owned oil company Pemex posted a loss of $2 billion in the second quarter on Monday. "
  "Victor Rodriguez Padilla, who heads the company, said output would rise next year. Energy Minister Luz Elena "
  "Gonzalez said the government would pay some of Pemex's debt.",
  [("Victor Rodriguez Padilla", HEAD | CEO, "Pemex", "fact"), ("Luz Elena Gonzalez", MIN, "Mexico", "fact")],
  [("Luz Elena Gonzalez", "Pemex", None), ("Victor Rodriguez Padilla", "Mexico", "head_of")]),
 # 57 UN: a UN special envoy, a secretary-general's spokesman
 ("# UN envoy says Syria talks to resume\n\n"
  "GENEVA (Reuters) - The United Nations envoy for Syria, Geir Pedersen, said on Wednesday talks on a new "
  "constitution would resume next month. Stephane Dujarric, spokesman for U.N. Secretary-General Antonio Guterres, "
  "said the secretary-general backed the talks.",
  [("Geir Pedersen", ENVOY | WORK, "United Nations|UN|U.N.", "fact"), ("Stephane Dujarric", SPOKES, "Guterres|United Nations|U.N.", "fact"),
   ("Antonio Guterres", HEAD, "United Nations|U.N.|UN", "fact")],
  [("Geir Pedersen", "Syria", None), ("Stephane Dujarric", "Syria", None), ("Geir Pedersen", "Norway", None)]),
 # 58 Iran: a foreign ministry spokesman by apposition, a nuclear agency's chief, an IAEA director general
 ("# Iran says it will keep enriching uranium\n\n"
  "DUBAI (Reuters) - Iran will not give up enriching uranium, foreign ministry spokesman Esmaeil Baghaei said on "
  "Monday. Mohammad Eslami, the head of the Atomic Energy Organization of Iran, said inspectors would return only "
  "under a new deal. IAEA chief Rafael Grossi said his agency needed access.",
  [("Esmaeil Baghaei", SPOKES, "foreign ministry|Foreign Ministry|Iran", "fact"),
   ("Mohammad Eslami", HEAD, "Atomic Energy Organization", "fact"), ("Rafael Grossi", HEAD, "IAEA|International Atomic", "fact")],
  [("Rafael Grossi", "Iran", None), ("Esmaeil Baghaei", "Dubai", None), ("Mohammad Eslami", "IAEA", None),
   ("Esmaeil Baghaei", "United Arab Emirates", None)]),
 # 59 Turkey: a central bank governor, "the bank's deputy", a finance minister
 ("ANKARA (Reuters) - Turkey's central bank cut its main interest rate by 250 basis points on Thursday. Governor "
  "Fatih Karahan said inflation would fall to 25% by the end of the year. Finance Minister Mehmet Simsek said the "
  "government would cut spending.",
  [("Fatih Karahan", HEAD, "central bank|Central Bank", "fact"), ("Mehmet Simsek", MIN, "Turkey|Turkiye", "fact")],
  [("Fatih Karahan", "Turkey", "head_of"), ("Mehmet Simsek", "central bank", None)]),
 # 60 Football in Africa: a federation's president, a national team's coach, a club captain
 ("# Nigeria fires coach after World Cup exit\n\n"
  "LAGOS (Reuters) - Nigeria's football federation fired national team coach Eric Chelle on Monday after the Super "
  "Eagles failed to qualify for the World Cup. Ibrahim Gusau, the federation's president, said a new coach would be "
  "named within a month. Captain William Troost-Ekong said the players were sorry.",
  [("Eric Chelle", COACH, "Nigeria|Super Eagles|national team", "former"), ("Ibrahim Gusau", HEAD, "federation|Federation", "fact"),
   ("William Troost-Ekong", MEMBER | HEAD, "Nigeria|Super Eagles|team", "fact")],
  [("Ibrahim Gusau", "Nigeria", "head_of"), ("Eric Chelle", "Nigeria", "head_of")]),
 # 61 Fictional: "a company spokesman, X", "a spokesman for the company", "the chipmaker's founder"
 ("# Qelvion recalls 200,000 chargers\n\n"
  "SAN JOSE, Calif. (Reuters) - Qelvion Inc recalled 200,000 phone chargers on Thursday after reports of fires. A "
  "company spokesman, Arjun Mehta, said no one had been hurt. Lydia Fenwick, the chipmaker's founder, said the "
  "firm would pay for replacements. Consumer Product Safety Commission Chairman Peter Feldman said the agency was "
  "investigating.",
  [("Arjun Mehta", SPOKES, "Qelvion|company", "fact"), ("Lydia Fenwick", FOUNDER | HEAD, "Qelvion", "fact"),
   ("Peter Feldman", CHAIR, "Consumer Product Safety", "fact")],
  [("Arjun Mehta", "Consumer Product", None), ("Peter Feldman", "Qelvion", None), ("Lydia Fenwick", "Consumer Product", None)]),
 # 62 Ukraine: a military spokesman by "X, a spokesman for the ... forces", a commander in chief, a defence minister
 ("# Ukraine says it hit Russian refinery\n\n"
  "KYIV (Reuters) - Ukraine's drones hit an oil refinery in Russia's Samara region overnight, a military source said "
  "on Saturday. Dmytro Lykhovyi, a spokesman for Ukraine's armed forces, said the refinery had been burning for hours. "
  "Commander-in-chief Oleksandr Syrskyi said the strikes would continue. Defence Minister Denys Shmyhal visited the "
  "front.",
  [("Dmytro Lykhovyi", SPOKES, "armed forces|Ukraine", "fact"), ("Oleksandr Syrskyi", HEAD, "Ukraine|armed forces", "fact"),
   ("Denys Shmyhal", MIN, "Ukraine", "fact")],
  [("Dmytro Lykhovyi", "Russia", None), ("Oleksandr Syrskyi", "Russia", None), ("Denys Shmyhal", "Russia", None),
   ("Dmytro Lykhovyi", "Samara", None)]),
]
