"""Batch 14 (session 15), written before the builder ran on it: 48 news paragraphs on the implicit relations and roles
the held-out set misses most: capitals ("X, Y's capital", "the Ethiopian capital", "the capital, X" after the country),
origins and nationalities from modifiers ("the Japanese carmaker X", "Brazilian President X", "the Swiss drugmaker
X", "Nigerian novelist X"), possessives ("Berlin's mayor X", "Siemens Energy's chief executive, X", "France's finance
minister, X"), appositions ("X, a spokeswoman for the Norwegian health ministry", "X, an analyst at Y", "X, director
of Z at Y"), places from "-based" modifiers, titles before names across beats (club coaches and captains, judges and
justices, bishops, union leaders, police chiefs, NGO heads, central bank governors, ministers with a portfolio,
"Attorney General", "Home Secretary"), roles in relative clauses ("who heads the WHO", "who leads the CGT union",
"who runs X", "who became governor of X"), former, acting and interim roles ("Former Italian Prime Minister",
"Boeing's former chief executive", "fired head coach", "a former president of"), roles to come ("will take over as"),
and fictional firms (Nordanker, Veldtronics, Frachtwerk, Corvell, Andesur, Crestline, Rullmark, Harrow Bank). Traps:
a country or city beside a holder who heads nothing there, a firm an analyst comments on, an opposing club, a
counterpart's country, a former or future role taken as current.

A body may list alternatives separated by "|" (any one matches). LOC, CAP and NAT expect the implicit relations
(located_in, capital_of, citizen_of), which the forbidden pairs never count.
"""
from cases6 import PLAYER
from cases7 import CEO, CHAIR, HEAD, MEMBER, MIN, SPOKES, WORK
from cases8 import GOV, MAYOR
from cases9 import COACH
from cases12 import CAP, LOC, NAT
from cases13 import JUDGE

CLERGY = HEAD | WORK | {"bishop_of"}
UNION = HEAD | {"general_secretary_of", "secretary_general_of"}

BATCH14 = [
 # 1 "Kenyan President X"; "Y, the Ethiopian capital"
 ("Kenyan President William Ruto arrived in Addis Ababa, the Ethiopian capital, on Sunday for an African Union "
  "summit on the conflict in Sudan.",
  [("William Ruto", HEAD, "Kenya", "fact"), ("Addis Ababa", CAP, "Ethiopia", "fact")],
  [("William Ruto", "Ethiopia", None), ("William Ruto", "African Union", None), ("William Ruto", "Sudan", None)]),
 # 2 "Vietnamese Prime Minister X"; "in the capital, Hanoi" after the country's adjective
 ("Vietnamese Prime Minister Pham Minh Chinh told a business forum in the capital, Hanoi, on Saturday that economic "
  "growth would exceed 8 percent this year.",
  [("Pham Minh Chinh", HEAD | MIN, "Vietnam", "fact"), ("Hanoi", CAP, "Vietnam", "fact")],
  []),
 # 3 "X, Y's capital"
 ("Lisbon, Portugal's capital, will host the next round of talks in June, the organisers said on Monday.",
  [("Lisbon", CAP, "Portugal", "fact")],
  []),
 # 4 "the capital, X" after a country named as a body's possessor
 ("Kenya's parliament approved the finance bill on Tuesday as thousands of protesters gathered in the capital, "
  "Nairobi.",
  [("Nairobi", CAP, "Kenya", "fact")],
  []),
 # 5 "the Japanese carmaker X"
 ("The Japanese carmaker Mazda said on Tuesday it would cut output at two of its plants because of a shortage of "
  "chips.",
  [("Mazda", LOC, "Japan", "fact")],
  []),
 # 6 "the Rotterdam-based insurer X"; its chief executive by a lowercase title before the name
 ("Shares in the Rotterdam-based insurer Nordanker Verzekeringen fell 8 percent on Thursday after chief executive "
  "Pieter van Damme warned of heavy storm losses.",
  [("Nordanker Verzekeringen", LOC, "Rotterdam", "fact"), ("Pieter van Damme", CEO, "Nordanker", "fact")],
  [("Pieter van Damme", "Rotterdam", None)]),
 # 7 "Berlin's mayor X"
 ("Berlin's mayor Kai Wegner said on Monday the city would freeze rents in its public housing for another two years.",
  [("Kai Wegner", MAYOR, "Berlin", "fact")],
  []),
 # 8 "Y's chief executive, X" with a firm of two words
 ("Siemens Energy's chief executive, Christian Bruch, said on Wednesday the company's wind turbine business would "
  "break even next year.",
  [("Christian Bruch", CEO, "Siemens Energy", "fact")],
  []),
 # 9 "X, a spokeswoman for the Norwegian health ministry"
 ("Ingrid Solheim, a spokeswoman for the Norwegian health ministry, said the new vaccine would be offered to "
  "everyone over 65 from October.",
  [("Ingrid Solheim", SPOKES, "ministry|Ministry", "fact")],
  [("Ingrid Solheim", "Norway", "head_of")]),
 # 10 "Foreign Minister X of Y", her counterpart by a nationality adjective
 ("Foreign Minister Penny Wong of Australia met her Indonesian counterpart Sugiono in Jakarta on Friday to discuss "
  "a new maritime security pact.",
  [("Penny Wong", MIN, "Australia", "fact"), ("Sugiono", MIN, "Indonesia", "fact")],
  [("Penny Wong", "Indonesia", None), ("Sugiono", "Australia", None), ("Penny Wong", "Jakarta", None)]),
 # 11 A club's coach by a title before the name; a striker of the club; the opposing club
 ("Bayer Leverkusen coach Kasper Hjulmand said on Thursday that striker Patrik Schick would start against Bayern "
  "Munich on Saturday.",
  [("Kasper Hjulmand", COACH, "Leverkusen", "fact"), ("Patrik Schick", PLAYER, "Leverkusen", "fact")],
  [("Kasper Hjulmand", "Bayern", None), ("Patrik Schick", "Bayern", None)]),
 # 12 "Judge X of the Y District Court"
 ("Judge Beatrix Holm of the Stockholm District Court sentenced the former banker to four years in prison on "
  "Tuesday for insider trading.",
  [("Beatrix Holm", JUDGE | MEMBER, "District Court", "fact")],
  [("Beatrix Holm", "Stockholm", "head_of")]),
 # 13 "Bishop X of the Diocese of Y"
 ("Bishop Tomasz Kowalczyk of the Diocese of Gdansk apologised on Sunday to the victims of abuse by priests and "
  "promised an independent inquiry.",
  [("Tomasz Kowalczyk", CLERGY | MEMBER, "Diocese", "fact")],
  []),
 # 14 "X, the general secretary of the Unite union"; a refinery where members work
 ("Sharon Graham, the general secretary of the Unite union, said members at the Grangemouth refinery would strike "
  "next month over pay.",
  [("Sharon Graham", UNION, "Unite", "fact")],
  [("Sharon Graham", "Grangemouth", None)]),
 # 15 A union's president by a title before the name; the firm the union bargains with
 ("United Auto Workers President Shawn Fain called the latest offer from Stellantis an insult to workers on "
  "Wednesday.",
  [("Shawn Fain", HEAD, "United Auto Workers|UAW", "fact")],
  [("Shawn Fain", "Stellantis", None)]),
 # 16 "X, who heads the World Health Organization"
 ("Tedros Adhanom Ghebreyesus, who heads the World Health Organization, warned on Monday that cuts to funding would "
  "cost lives in Africa.",
  [("Tedros Adhanom Ghebreyesus", HEAD, "World Health Organization|WHO", "fact")],
  [("Tedros Adhanom Ghebreyesus", "Africa", None)]),
 # 17 "X, who runs the Hamburg logistics start-up Y"
 ("Leonie Brandt, who runs the Hamburg logistics start-up Frachtwerk, said on Tuesday the company had raised 40 "
  "million euros from investors.",
  [("Leonie Brandt", HEAD | CEO | {"founder_of"}, "Frachtwerk", "fact")],
  [("Leonie Brandt", "Hamburg", None)]),
 # 18 "Former Italian Prime Minister X"; a city where the body he will chair sits
 ("Former Italian Prime Minister Enrico Letta will chair a new think tank on European industry, which will be based "
  "in Brussels.",
  [("Enrico Letta", HEAD, "Italy", "former")],
  [("Enrico Letta", "Italy", "head_of"), ("Enrico Letta", "Brussels", None)]),
 # 19 "The acting chief executive of Y, X"
 ("The acting chief executive of Harrow Bank, Priya Nair, told analysts on Thursday that the lender would not pay a "
  "dividend this year.",
  [("Priya Nair", CEO, "Harrow Bank", "fact")],
  []),
 # 20 "The Dutch chip-equipment maker X named Y as interim chief executive, after Z resigned"
 ("The Dutch chip-equipment maker Veldtronics named Marieke Jansen as interim chief executive on Wednesday, two "
  "days after Joost Bakker resigned.",
  [("Veldtronics", LOC, "Netherlands", "fact"), ("Marieke Jansen", CEO, "Veldtronics", "fact")],
  [("Joost Bakker", "Veldtronics", "chief_executive_of"), ("Marieke Jansen", "Netherlands", None)]),
 # 21 "Brazilian President X" will meet "Chinese leader Y"
 ("Brazilian President Luiz Inacio Lula da Silva will meet Chinese leader Xi Jinping in Beijing next month to sign "
  "trade agreements.",
  [("Luiz Inacio Lula da Silva", HEAD, "Brazil", "fact"), ("Xi Jinping", HEAD, "China", "fact")],
  [("Luiz Inacio Lula da Silva", "China", None), ("Xi Jinping", "Brazil", None)]),
 # 22 "Indian Finance Minister X"
 ("Indian Finance Minister Nirmala Sitharaman presented the budget to parliament on Saturday, cutting income taxes "
  "for the middle class.",
  [("Nirmala Sitharaman", MIN, "India", "fact")],
  [("Nirmala Sitharaman", "India", "head_of")]),
 # 23 "British Home Secretary X"
 ("British Home Secretary Shabana Mahmood said on Monday that asylum seekers would have to wait 20 years before "
  "they could settle.",
  [("Shabana Mahmood", MIN | MEMBER | WORK, "Britain|United Kingdom|Home Office", "fact")],
  [("Shabana Mahmood", "Britain", "head_of"), ("Shabana Mahmood", "United Kingdom", "head_of")]),
 # 24 "France's finance minister, X"
 ("France's finance minister, Roland Lescure, said on Sunday the budget deficit would narrow to 5.4 percent of "
  "output next year.",
  [("Roland Lescure", MIN, "France", "fact")],
  [("Roland Lescure", "France", "head_of")]),
 # 25 A quote, then "said X, a spokesman for the Chilean mining company Y"
 ("\"We will appeal the decision,\" said Tomas Reyes, a spokesman for the Chilean mining company Andesur.",
  [("Tomas Reyes", SPOKES, "Andesur", "fact"), ("Andesur", LOC, "Chile", "fact")],
  [("Tomas Reyes", "Chile", None)]),
 # 26 "X, an analyst at Y in Lagos", and the firm she comments on
 ("Dangote Cement's margins will stay thin this year, said Hannah Oyelaran, an analyst at Crestline Securities in "
  "Lagos.",
  [("Hannah Oyelaran", WORK, "Crestline", "fact")],
  [("Hannah Oyelaran", "Dangote", None), ("Hannah Oyelaran", "Lagos", None)]),
 # 27 "X Governor Y" for a central bank; the country it serves
 ("Bank of Canada Governor Tiff Macklem said on Wednesday that interest rates were low enough to support the "
  "economy.",
  [("Tiff Macklem", HEAD | {"governor_of"}, "Bank of Canada", "fact")],
  []),
 # 28 A police force's commissioner by a title before the name
 ("Metropolitan Police Commissioner Mark Rowley said on Friday officers had arrested 14 people after the protest in "
  "central London.",
  [("Mark Rowley", HEAD | MEMBER | WORK, "Metropolitan Police", "fact")],
  [("Mark Rowley", "London", "head_of")]),
 # 29 A national side's captain who plays for a club; the club beaten
 ("England captain Harry Kane scored twice as Bayern Munich beat Hoffenheim 4-1 on Saturday.",
  [("Harry Kane", PLAYER, "England", "fact"), ("Harry Kane", PLAYER, "Bayern", "fact")],
  [("Harry Kane", "Hoffenheim", None)]),
 # 30 A club's general manager fires its head coach
 ("Toronto Maple Leafs general manager Brad Treliving fired head coach Craig Berube on Monday after a run of seven "
  "defeats.",
  [("Brad Treliving", HEAD | WORK, "Maple Leafs", "fact"), ("Craig Berube", COACH, "Maple Leafs", "former")],
  [("Craig Berube", "Maple Leafs", "coach_of")]),
 # 31 "X, the rector of the University of Y"
 ("Maria Kovacs, the rector of the University of Szeged, said on Tuesday the university would open a new medical "
  "faculty next year.",
  [("Maria Kovacs", HEAD, "University of Szeged", "fact")],
  []),
 # 32 An NGO's executive director by a title before the name
 ("Greenpeace International executive director Mads Christensen said on Sunday that the plastics treaty talks in "
  "Geneva had failed.",
  [("Mads Christensen", HEAD | WORK, "Greenpeace", "fact")],
  [("Mads Christensen", "Geneva", None)]),
 # 33 "Y Chief Executive X" for a fictional drugmaker
 ("Corvell Pharmaceuticals Chief Executive Dana Whitfield told investors on Tuesday that the company's obesity drug "
  "had met its main goal in a late-stage trial.",
  [("Dana Whitfield", CEO, "Corvell", "fact")],
  []),
 # 34 "Y's former chief executive X"
 ("Boeing's former chief executive Dennis Muilenburg has joined the board of a small drone maker, the company said "
  "on Monday.",
  [("Dennis Muilenburg", CEO, "Boeing", "former")],
  [("Dennis Muilenburg", "Boeing", "chief_executive_of"), ("Dennis Muilenburg", "Boeing", "head_of")]),
 # 35 "X, a former president of Y, now advises Z"
 ("Julia Hartmann, a former president of the Federal Cartel Office, now advises the Berlin law firm Kessler & Lind on "
  "merger cases.",
  [("Julia Hartmann", HEAD, "Cartel Office|Bundeskartellamt", "former")],
  [("Julia Hartmann", "Cartel Office|Bundeskartellamt", "head_of"), ("Julia Hartmann", "Berlin", None)]),
 # 36 "X, the South Korean chipmaker"
 ("Samsung Electronics, the South Korean chipmaker, said on Thursday its operating profit had tripled in the third "
  "quarter.",
  [("Samsung Electronics", LOC, "South Korea|Korea", "fact")],
  []),
 # 37 "The Swiss drugmaker X said its chief executive, Y"
 ("The Swiss drugmaker Roche said on Thursday that its chief executive, Thomas Schinecker, would present the trial "
  "results in person.",
  [("Roche", LOC, "Switzerland", "fact"), ("Thomas Schinecker", CEO, "Roche", "fact")],
  [("Thomas Schinecker", "Switzerland", None)]),
 # 38 "Nigerian novelist X"; a university she lectures at
 ("Nigerian novelist Chimamanda Ngozi Adichie will deliver the annual lecture at Harvard University in April.",
  [("Chimamanda Ngozi Adichie", NAT, "Nigeria", "fact")],
  [("Chimamanda Ngozi Adichie", "Harvard", None)]),
 # 39 "Seoul Mayor X said the South Korean capital"
 ("Seoul Mayor Oh Se-hoon said on Tuesday the South Korean capital would ban diesel buses from its centre by 2030.",
  [("Oh Se-hoon", MAYOR, "Seoul", "fact"), ("Seoul", CAP, "South Korea|Korea", "fact")],
  [("Oh Se-hoon", "South Korea", None)]),
 # 40 "Governor X of Y"
 ("Governor Kathy Hochul of New York signed a bill on Friday that caps the price of insulin for state residents.",
  [("Kathy Hochul", GOV, "New York", "fact")],
  []),
 # 41 "X, who leads the CGT union"
 ("Sophie Binet, who leads the CGT union, called on Wednesday for a national strike against the pension reform.",
  [("Sophie Binet", UNION, "CGT|Confederation of Labour", "fact")],
  []),
 # 42 "Ghana's Minister of Energy, X"
 ("Ghana's Minister of Energy, Kojo Asante-Mensah, said on Monday that power cuts would end by the close of the "
  "month.",
  [("Kojo Asante-Mensah", MIN, "Ghana", "fact")],
  [("Kojo Asante-Mensah", "Ghana", "head_of")]),
 # 43 "X, deputy chief executive of the Gothenburg-based bearing maker Y, will take over as chief executive"
 ("Lena Forsberg, deputy chief executive of the Gothenburg-based bearing maker Rullmark, will take over as chief "
  "executive in January.",
  [("Lena Forsberg", WORK | MEMBER, "Rullmark", "fact"), ("Lena Forsberg", CEO, "Rullmark", "hyp"),
   ("Rullmark", LOC, "Gothenburg", "fact")],
  [("Lena Forsberg", "Rullmark", "chief_executive_of"), ("Lena Forsberg", "Gothenburg", None)]),
 # 44 A national cricket side's captain; the opponent and the ground
 ("India captain Shubman Gill won the toss and chose to bat against England at Lord's on Thursday.",
  [("Shubman Gill", PLAYER, "India", "fact")],
  [("Shubman Gill", "England", None), ("Shubman Gill", "Lord", None)]),
 # 45 "X, a senior official at the Italian economy ministry"; "Brazil's Supreme Court Justice Y"
 ("Paolo Ricci, a senior official at the Italian economy ministry, said Rome would not sell its stake in the bank. "
  "Separately, Brazil's Supreme Court Justice Alexandre de Moraes ordered the suspension of a social media platform.",
  [("Paolo Ricci", WORK, "ministry|Ministry", "fact"), ("Alexandre de Moraes", JUDGE | MEMBER, "Supreme Court", "fact")],
  [("Paolo Ricci", "Italy", "head_of"), ("Paolo Ricci", "Rome", None), ("Alexandre de Moraes", "Brazil", "head_of")]),
 # 46 "X, who became governor of Y in March"
 ("Karim Souaid, who became governor of Banque du Liban in March, said on Thursday that the central bank would not "
  "lend to the government.",
  [("Karim Souaid", HEAD | {"governor_of"}, "Banque du Liban", "fact")],
  []),
 # 47 "X, director of global macro research at Y"
 ("Ben May, director of global macro research at Oxford Economics, said the tariffs would shave half a point off "
  "growth.",
  [("Ben May", WORK, "Oxford Economics", "fact")],
  [("Ben May", "Oxford Economics", "head_of"), ("Ben May", "Oxford Economics", "chief_executive_of")]),
 # 48 "South Africa's labour minister, X"; a former minister by "Former Defence Minister"
 ("South Africa's labour minister, Nomakhosazana Meth, said on Tuesday the minimum wage would rise by 4.4 percent. "
  "Former Defence Minister Thandi Modise criticised the decision.",
  [("Nomakhosazana Meth", MIN, "South Africa", "fact"), ("Thandi Modise", MIN, "South Africa", "former")],
  [("Thandi Modise", "South Africa", "minister_of")]),
]
