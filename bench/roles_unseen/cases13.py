"""Batch 13 (session 14), written before the builder ran on it: 44 news paragraphs (a few whole short articles with a
"# " headline and a dateline) on shapes earlier batches under-cover: titles after a name with "of" between commas
("X, the chief financial officer of Y, said"), roles stated in the predicate ("X serves as", "X was named", "X took
over as", "X stepped down as", "X resigned as", "X was appointed", "X, who heads Y", "X has run Y since", "X now
chairs Y"), possessive bodies ("Y's chief executive, X", "Germany's foreign minister, X", "Amnesty International's
secretary general"), sport (a club's coach and captain, a national side's coach of another nationality), courts
(judges of a court, a lawyer for a firm, a chief justice), universities, unions, NGOs, central banks ("governor of
the Reserve Bank of Australia", "Turkey's central bank governor"), non-Western name shapes (Indonesian, Vietnamese,
Chinese, Arabic and Nigerian names), a role followed by a pronoun that carries a second one ("She was previously a
managing director at Y"), hypotheticals ("is expected to be named", "whether to appoint", "could become"). Traps:
a person beside a body they hold nothing in (a firm sued, a company an analyst comments on, a city, a court the
lawyer pleads before), a former role given in the past tense or with "ex-" beside a current one, a nationality or
birthplace beside an employer.

A body may list alternatives separated by "|" (any one matches). NAT and LOC expect the implicit relations
(citizen_of, located_in), which the forbidden pairs never count.
"""
from cases6 import PLAYER
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases9 import COACH
from cases12 import LAWYER, LOC, NAT

CFO = WORK | {"cfo_of", "chief_financial_officer_of"}
JUDGE = WORK | {"judge_of"}

BATCH13 = [
 # 1 "X, the chief financial officer of Y, said"; a former employer she came from
 ("Maria Lindqvist, the chief financial officer of Nordhavn Shipping, said on Tuesday that freight rates had "
  "bottomed out. She joined the company from Maersk in 2021.",
  [("Maria Lindqvist", CFO, "Nordhavn", "fact")],
  [("Maria Lindqvist", "Nordhavn", "chief_executive_of"), ("Maria Lindqvist", "Maersk", None)]),
 # 2 "X, who serves as deputy governor of Y"
 ("Tomasz Wrona, who serves as deputy governor of the National Bank of Poland, said on Wednesday that interest rates "
  "would stay on hold until March.",
  [("Tomasz Wrona", MEMBER | WORK, "National Bank of Poland", "fact")],
  [("Tomasz Wrona", "National Bank of Poland", "head_of"), ("Tomasz Wrona", "Poland", "head_of")]),
 # 3 "X was named chief executive, replacing Y, who stepped down"
 ("Unilever said on Thursday that Fernando Fernandez had been named chief executive, replacing Hein Schumacher, who "
  "stepped down after less than two years in the job.",
  [("Fernando Fernandez", CEO, "Unilever", "fact"), ("Hein Schumacher", CEO, "Unilever", "former")],
  [("Hein Schumacher", "Unilever", None)]),
 # 4 "X took over as president of Y, succeeding Z"
 ("Kirsty Coventry took over as president of the International Olympic Committee on Monday, succeeding Thomas Bach, "
  "who had led the body for 12 years.",
  [("Kirsty Coventry", HEAD, "International Olympic Committee|Olympic Committee|IOC", "fact"),
   ("Thomas Bach", HEAD, "International Olympic Committee|Olympic Committee|IOC", "former")],
  [("Thomas Bach", "Olympic Committee", None)]),
 # 5 "X stepped down as chief executive of Y"; an interim chief executive named by the board
 ("Ngozi Adeyemi stepped down as chief executive of Lagos-based Harbourline Logistics on Friday after six years in "
  "the job. The board named finance director Kwame Boateng as interim chief executive.",
  [("Ngozi Adeyemi", CEO, "Harbourline", "former"), ("Kwame Boateng", CEO | WORK, "Harbourline", "fact")],
  [("Ngozi Adeyemi", "Harbourline", None), ("Ngozi Adeyemi", "Lagos", None)]),
 # 6 "X, who heads Y"
 ("Fatih Birol, who heads the International Energy Agency, said on Tuesday that global oil demand would peak before "
  "2030.",
  [("Fatih Birol", HEAD, "International Energy Agency|IEA", "fact")],
  []),
 # 7 "Y's chief executive, X"; a country where orders picked up
 ("Siemens' chief executive, Roland Busch, said on Thursday that orders from China had picked up in the third "
  "quarter.",
  [("Roland Busch", CEO, "Siemens", "fact")],
  [("Roland Busch", "China", None)]),
 # 8 "Germany's foreign minister, X", his Chinese counterpart
 ("Germany's foreign minister, Johann Wadephul, met his Chinese counterpart Wang Yi in Berlin on Friday to discuss "
  "export controls on rare earths.",
  [("Johann Wadephul", MIN, "Germany", "fact"), ("Wang Yi", MIN, "China", "fact")],
  [("Johann Wadephul", "China", None), ("Wang Yi", "Germany", None), ("Wang Yi", "Berlin", None)]),
 # 9 A club's head coach with a nationality adjective, its captain, the club they travel to
 ("Liverpool's Dutch head coach Arne Slot said on Friday that captain Virgil van Dijk would miss the trip to "
  "Newcastle with a hamstring injury.",
  [("Arne Slot", COACH, "Liverpool", "fact"), ("Arne Slot", NAT, "Netherlands", "fact"),
   ("Virgil van Dijk", PLAYER, "Liverpool", "fact")],
  [("Arne Slot", "Netherlands", None), ("Virgil van Dijk", "Newcastle", None), ("Arne Slot", "Newcastle", None)]),
 # 10 A national side's coach of another nationality, a club he managed before
 ("Brazil coach Carlo Ancelotti, an Italian, named his squad for the World Cup qualifiers on Monday. Ancelotti "
  "previously managed Real Madrid.",
  [("Carlo Ancelotti", COACH, "Brazil", "fact"), ("Carlo Ancelotti", COACH, "Real Madrid", "former")],
  [("Carlo Ancelotti", "Italy", None), ("Carlo Ancelotti", "Real Madrid", None)]),
 # 11 "Judge X of the U.S. District Court for Y"
 ("Judge Tanya Chutkan of the U.S. District Court for the District of Columbia ruled on Monday that the agency had "
  "acted unlawfully.",
  [("Tanya Chutkan", JUDGE, "District Court", "fact")],
  [("Tanya Chutkan", "District of Columbia", "head_of"), ("Tanya Chutkan", "District Court", "head_of")]),
 # 12 "X, a lawyer for Y", a judge of the court in which he pleads
 ("Dominic Lawson, a lawyer for Glencore, told the High Court in London on Tuesday that the company had not known of "
  "the bribes. Justice Amanda Tipples adjourned the hearing until May.",
  [("Dominic Lawson", LAWYER | WORK, "Glencore", "fact"), ("Amanda Tipples", JUDGE, "High Court", "fact")],
  [("Dominic Lawson", "High Court", None), ("Amanda Tipples", "Glencore", None), ("Amanda Tipples", "London", None)]),
 # 13 "X resigned as president of Y" (past), "Z now serves as acting president"
 ("Minouche Shafik resigned as president of Columbia University in August 2024 after months of protests on campus. "
  "Claire Shipman now serves as acting president of the university.",
  [("Minouche Shafik", HEAD, "Columbia", "former"), ("Claire Shipman", HEAD, "Columbia", "fact")],
  [("Minouche Shafik", "Columbia", None)]),
 # 14 "X, a professor of economics at Y"
 ("Ayesha Siddiqui, a professor of economics at the University of Karachi, said the budget would do little for "
  "Pakistan's poorest households.",
  [("Ayesha Siddiqui", WORK, "University of Karachi|Karachi", "fact")],
  [("Ayesha Siddiqui", "Karachi", "head_of"), ("Ayesha Siddiqui", "Pakistan", None)]),
 # 15 "X, the president of Y (a union)"; an employer he bargains with
 ("Sean O'Brien, the president of the International Brotherhood of Teamsters, said on Monday the union would strike "
  "at UPS if talks failed.",
  [("Sean O'Brien", HEAD, "Teamsters", "fact")],
  [("Sean O'Brien", "UPS", None)]),
 # 16 "X, who took over as general secretary of Y in 2022"
 ("Paul Nowak, who took over as general secretary of the Trades Union Congress in 2022, said the budget had let "
  "down public sector workers.",
  [("Paul Nowak", HEAD, "Trades Union Congress|TUC", "fact")],
  []),
 # 17 "Y's secretary general, X" (an NGO)
 ("Agnes Callamard, Amnesty International's secretary general, said on Wednesday that the report showed a pattern "
  "of abuse by Sudan's Rapid Support Forces.",
  [("Agnes Callamard", HEAD, "Amnesty", "fact")],
  [("Agnes Callamard", "Rapid Support Forces", None), ("Agnes Callamard", "Sudan", None)]),
 # 18 An NGO named, its head by "the charity's"; a place where a nurse was killed
 ("Doctors Without Borders said on Saturday that one of its nurses had been killed in Khan Younis. Christopher "
  "Lockyear, the charity's secretary general, called for an immediate ceasefire.",
  [("Christopher Lockyear", HEAD, "Doctors Without Borders|Borders", "fact")],
  [("Christopher Lockyear", "Khan Younis", None)]),
 # 19 "X, governor of the Reserve Bank of Australia"
 ("Michele Bullock, governor of the Reserve Bank of Australia, said on Tuesday that inflation was moving back into "
  "the target band.",
  [("Michele Bullock", HEAD, "Reserve Bank of Australia", "fact")],
  []),
 # 20 "Turkey's central bank governor, X"
 ("Turkey's central bank governor, Fatih Karahan, told lawmakers in Ankara on Thursday that the bank would keep "
  "policy tight.",
  [("Fatih Karahan", HEAD, "central bank|Central Bank", "fact")],
  [("Fatih Karahan", "Turkey", "head_of"), ("Fatih Karahan", "Ankara", None)]),
 # 21 An Indonesian name of three words after a nationality adjective and title
 ("Indonesian Finance Minister Sri Mulyani Indrawati said on Friday that the deficit would stay below 3% of GDP.",
  [("Sri Mulyani Indrawati", MIN, "Indonesia", "fact")],
  []),
 # 22 A Vietnamese name, "chairman of Hanoi-based Y"
 ("Nguyen Van Thanh, chairman of Hanoi-based Sao Mai Group, said on Monday the company would list its shares in "
  "Singapore next year.",
  [("Nguyen Van Thanh", CHAIR, "Sao Mai", "fact")],
  [("Nguyen Van Thanh", "Singapore", None), ("Nguyen Van Thanh", "Hanoi", None)]),
 # 23 An Arabic name with "bin", a minister of a state by its nationality adjective
 ("Saudi Energy Minister Prince Abdulaziz bin Salman said on Sunday that OPEC+ would keep raising output.",
  [("Abdulaziz bin Salman", MIN, "Saudi Arabia|Saudi", "fact")],
  [("Abdulaziz bin Salman", "OPEC", "head_of")]),
 # 24 A Chinese name, "governor of the People's Bank of China"
 ("Pan Gongsheng, governor of the People's Bank of China, said on Wednesday that the bank would cut reserve "
  "requirements.",
  [("Pan Gongsheng", HEAD, "People's Bank of China|People's Bank", "fact")],
  []),
 # 25 "X has run Y since"; "She was previously a managing director at Z" (a pronoun, a former employer)
 ("Ursula Moretti has run the Milan fashion house Castellani since 2019. She was previously a managing director at "
  "Goldman Sachs.",
  [("Ursula Moretti", HEAD, "Castellani", "fact"), ("Ursula Moretti", WORK, "Goldman Sachs", "former")],
  [("Ursula Moretti", "Goldman Sachs", None), ("Ursula Moretti", "Milan", None)]),
 # 26 "X joined Y in 1998. He now leads its semiconductor division."
 ("Kenji Watanabe joined Sony in 1998. He now leads the company's semiconductor division, which supplies image "
  "sensors to Apple.",
  [("Kenji Watanabe", WORK | HEAD, "Sony", "fact")],
  [("Kenji Watanabe", "Apple", None)]),
 # 27 A plaintiff beside the firm she sued (trap), a senator who chairs a committee
 ("Elena Petrova, who sued Meta last year over a data breach, told senators on Wednesday that the company had "
  "ignored her complaints. Senator Ted Cruz, who chairs the Senate Commerce Committee, said he would call Meta's "
  "executives to testify.",
  [("Ted Cruz", CHAIR, "Commerce Committee", "fact")],
  [("Elena Petrova", "Meta", None), ("Elena Petrova", "Senate", None), ("Ted Cruz", "Meta", None)]),
 # 28 An analyst at a bank commenting on another firm (trap)
 ("Shares in Rolls-Royce rose 4% after the engine maker raised its profit forecast, said Priya Nair, an analyst at "
  "Barclays.",
  [("Priya Nair", WORK, "Barclays", "fact")],
  [("Priya Nair", "Rolls-Royce", None)]),
 # 29 "Former Y executive X, who now runs Z"
 ("Former Apple executive Tony Fadell, who now runs the investment firm Build Collective, said on Tuesday that "
  "smartphones had stopped improving.",
  [("Tony Fadell", WORK, "Apple", "former"), ("Tony Fadell", HEAD, "Build Collective", "fact")],
  [("Tony Fadell", "Apple", None)]),
 # 30 "Ex-Y chief executive X launched a start-up, Z"
 ("Ex-Twitter chief executive Parag Agrawal launched an artificial intelligence start-up, Parallel Web Systems, on "
  "Tuesday.",
  [("Parag Agrawal", CEO, "Twitter|X Corp", "former")],
  [("Parag Agrawal", "Twitter|X Corp", None)]),
 # 31 A nationality beside an employer (trap): "a Czech engineer at Volkswagen's plant in Wolfsburg"
 ("Jan Novak, a Czech engineer at Volkswagen's plant in Wolfsburg, said on Monday that the night shift would be "
  "cut.",
  [("Jan Novak", WORK, "Volkswagen", "fact"), ("Jan Novak", NAT, "Czech", "fact")],
  [("Jan Novak", "Czech", None)]),
 # 32 "Y's Mexican-born chief executive, X" (a birthplace, no office); the firm's home country
 ("Nissan's Mexican-born chief executive, Ivan Espinosa, said on Thursday that the carmaker would close two plants "
  "in Japan.",
  [("Ivan Espinosa", CEO, "Nissan", "fact")],
  [("Ivan Espinosa", "Mexico", None), ("Ivan Espinosa", "Japan", None)]),
 # 33 "X is expected to be named chief executive of Y" (hypothetical)
 ("Rachel Chen is expected to be named chief executive of Harbour Bank next month, people familiar with the matter "
  "said.",
  [("Rachel Chen", CEO, "Harbour Bank", "hyp")],
  [("Rachel Chen", "Harbour Bank", None)]),
 # 34 "The board will vote on whether to appoint X as chairman of Y" (hypothetical)
 ("The board will vote on Friday on whether to appoint Olu Bankole as chairman of Lekki Ports, two directors said.",
  [("Olu Bankole", CHAIR, "Lekki Ports", "hyp")],
  [("Olu Bankole", "Lekki Ports", None)]),
 # 35 "X could become chair of Y if ..." (hypothetical) beside a held seat
 ("Senator Maria Cantwell could become chair of the Senate Commerce Committee if Democrats win back the Senate in "
  "November.",
  [("Maria Cantwell", CHAIR, "Commerce Committee", "hyp")],
  [("Maria Cantwell", "Commerce Committee", "chair_of"), ("Maria Cantwell", "Senate", "head_of")]),
 # 36 "X was appointed deputy governor of Y in 2023"
 ("Sarah Breeden was appointed deputy governor of the Bank of England in 2023 and sits on its Monetary Policy "
  "Committee.",
  [("Sarah Breeden", MEMBER | WORK, "Bank of England", "fact")],
  [("Sarah Breeden", "Bank of England", "head_of")]),
 # 37 "X, who heads Y's iron ore business"; a mine in a country
 ("Simandou, an iron ore mine in southeastern Guinea, shipped its first cargo on Saturday. Bold Baatar, who heads "
  "Rio Tinto's iron ore business, said the mine would reach full output in 2028.",
  [("Simandou", LOC, "Guinea", "fact"), ("Bold Baatar", HEAD | WORK, "Rio Tinto", "fact")],
  [("Bold Baatar", "Guinea", None), ("Bold Baatar", "Simandou", "head_of")]),
 # 38 "Y spokesman X" and "Y's spokeswoman, Z" for a government and a ministry
 ("# Kremlin says no date set for Putin-Trump summit\n\n"
  "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday that no date had been set for a summit. Maria "
  "Zakharova, the foreign ministry's spokeswoman, said Washington had not replied to Moscow's proposals.",
  [("Dmitry Peskov", SPOKES, "Kremlin|Russia", "fact"),
   ("Maria Zakharova", SPOKES, "foreign ministry|Foreign Ministry|Russia", "fact")],
  [("Maria Zakharova", "Washington", None), ("Dmitry Peskov", "Kremlin", "head_of")]),
 # 39 "X, the White House press secretary"
 ("Karoline Leavitt, the White House press secretary, told reporters on Monday that the president would sign the "
  "bill on Friday.",
  [("Karoline Leavitt", SPOKES | WORK, "White House", "fact")],
  [("Karoline Leavitt", "White House", "head_of")]),
 # 40 "a Democratic congresswoman from Massachusetts" (a party and a state, no head of the state)
 ("Ayanna Pressley, a Democratic congresswoman from Massachusetts, said on Friday that the cuts would hurt Boston's "
  "hospitals.",
  [("Ayanna Pressley", MEMBER, "Democratic|Democrat", "fact")],
  [("Ayanna Pressley", "Massachusetts", "head_of"), ("Ayanna Pressley", "Boston", None)]),
 # 41 "X, the president of the far-right Y" (a party)
 ("Jordan Bardella, the president of the far-right National Rally, said on Sunday that his party would back a vote "
  "of no confidence in the government.",
  [("Jordan Bardella", HEAD, "National Rally", "fact")],
  []),
 # 42 "X, who was chief executive of Y until 2020, now chairs the board of Z"
 ("Mette Kjaer, who was chief executive of Danske Fragt until 2020, now chairs the board of Copenhagen Airports.",
  [("Mette Kjaer", CEO, "Danske Fragt", "former"), ("Mette Kjaer", CHAIR, "Copenhagen Airports", "fact")],
  [("Mette Kjaer", "Danske Fragt", None), ("Mette Kjaer", "Copenhagen Airports", "chief_executive_of")]),
 # 43 The Supreme Court named, its chief justice and a justice by bare titles
 ("The Supreme Court ruled 6-3 on Friday that the tariffs were unlawful. Chief Justice John Roberts wrote for the "
  "majority, and Justice Sonia Sotomayor joined him.",
  [("John Roberts", HEAD, "Supreme Court", "fact"), ("Sonia Sotomayor", JUDGE, "Supreme Court", "fact")],
  [("Sonia Sotomayor", "Supreme Court", "head_of")]),
 # 44 A Nigerian name, "X, the governor of Y State", his party by "a member of the ruling Y"
 ("Babajide Sanwo-Olu, the governor of Lagos State, said on Wednesday that the new rail line would open in March. "
  "Sanwo-Olu, a member of the ruling All Progressives Congress, is serving his second term.",
  [("Babajide Sanwo-Olu", HEAD | {"governor_of"}, "Lagos", "fact"),
   ("Babajide Sanwo-Olu", MEMBER, "All Progressives Congress|Progressives Congress", "fact")],
  [("Babajide Sanwo-Olu", "All Progressives Congress", "head_of"), ("Babajide Sanwo-Olu", "Nigeria", "head_of")]),
]
