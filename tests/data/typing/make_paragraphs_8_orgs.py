"""Writes paragraphs-8-orgs.json (run once; the JSON is the data, this file the way it was written).

Organisations a small NER misses, cuts or mistypes in news: regulators and agencies known by a short coined name
(Ofwat, Ofgem, Eurocontrol, Bundesnetzagentur), utilities, rail and airport operators, exchanges, central banks,
courts, universities, hospitals, sports bodies and clubs, broadcasters and papers, unions, NGOs and firms known by
one word (Redrow, Alstom, Iberdrola), real and invented, from many countries, with the persons and places around
them. Cues a reader uses where the name is unknown: "X said it", "the water regulator X", "X, the rail operator",
"shares in X", "X's board", "X chief executive Y". Traps: persons with one-word surnames beside firms, places that
name a firm's seat. Every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import case
from make_paragraphs_7 import e as entity

# an organisation is wrongly a place too here: "Bundesnetzagentur" and "Feyenoord" typed as states
ORG_NOT = ["Person", "GeopoliticalEntity", "Location"]


def e(label, t, *mentions):
    d = entity(label, t, *mentions)
    if t == "O":
        d["not_types"] = ORG_NOT
    return d


CASES = [
    case("ofwat-thames-fine",
         "Ofwat fined Thames Water £104 million on Tuesday for failing to stop sewage spills into rivers. Chris Weston, "
         "the company's chief executive, said it would appeal, while Ofwat chief David Black said bills in London "
         "would not rise to pay the penalty.",
         [e("Ofwat", "O"), e("Thames Water", "O"), e("Chris Weston", "P", "Weston"), e("David Black", "P"),
          e("London", "G")]),
    case("eurocontrol-summer-delays",
         "Eurocontrol warned that air traffic delays across Europe could double this summer. The Brussels-based agency "
         "said controller shortages in France and Germany were the main cause, and its director general Raul Medina "
         "urged airlines to plan for longer routes around Ukrainian airspace.",
         [e("Eurocontrol", "O"), e("Brussels", "G"), e("France", "G"), e("Germany", "G"),
          e("Raul Medina", "P", "Medina")], ignore=["Europe", "Ukrainian"]),
    case("redrow-barratt-merger",
         "Shares in Redrow rose 6% after Barratt Developments agreed to buy the housebuilder for £2.5 billion. The "
         "Competition and Markets Authority will review the deal, and Redrow chairman Richard Akers said the board "
         "backed it unanimously.",
         [e("Redrow", "O"), e("Barratt Developments", "O", "Barratt"), e("Competition and Markets Authority", "O"),
          e("Richard Akers", "P", "Akers")]),
    case("alstom-network-rail-trains",
         "Alstom will build 54 new trains at its Derby factory after Network Rail and the Department for Transport "
         "approved the order. Nick Crossfield, Alstom's managing director for the UK, said the deal saved 1,300 jobs.",
         [e("Alstom", "O"), e("Derby", "G"), e("Network Rail", "O"), e("Department for Transport", "O"),
          e("Nick Crossfield", "P", "Crossfield"), e("UK", "G")]),
    case("ofgem-price-cap",
         "The energy regulator Ofgem raised its price cap by 10% from October, meaning a typical household in "
         "England, Wales and Scotland will pay £1,717 a year. Ofgem's chief executive Jonathan Brearley said "
         "suppliers such as Octopus Energy and Centrica must help customers in arrears.",
         [e("Ofgem", "O"), e("England", "G"), e("Wales", "G"), e("Scotland", "G"),
          e("Jonathan Brearley", "P", "Brearley"), e("Octopus Energy", "O"), e("Centrica", "O")]),
    case("bundesnetzagentur-gas",
         "Germany's network regulator, the Bundesnetzagentur, said gas storage sites were 90% full. Its president "
         "Klaus Müller told the broadcaster ZDF that Uniper and RWE had bought enough liquefied gas for the winter.",
         [e("Germany", "G"), e("Bundesnetzagentur", "O"), e("Klaus Müller", "P", "Müller"), e("ZDF", "O"),
          e("Uniper", "O"), e("RWE", "O")]),
    case("sncf-strike-paris",
         "Rail workers at SNCF walked out on Thursday, cancelling half of the high-speed trains out of Paris. The "
         "CGT union said the strike would last until Sunday; SNCF chief executive Jean-Pierre Farandou called it "
         "\"a hostage-taking of holidaymakers\".",
         [e("SNCF", "O"), e("Paris", "G"), e("CGT", "O"), e("Jean-Pierre Farandou", "P", "Farandou")]),
    case("deutsche-bahn-losses",
         "Deutsche Bahn lost €1.2 billion in the first half, the state-owned railway said in Berlin. Chief executive "
         "Richard Lutz blamed a strike by the train drivers' union GDL and said the group would sell its logistics "
         "arm Schenker.",
         [e("Deutsche Bahn", "O"), e("Berlin", "G"), e("Richard Lutz", "P", "Lutz"), e("GDL", "O"),
          e("Schenker", "O")]),
    case("heathrow-expansion",
         "Heathrow said it would submit plans for a third runway by the summer. Thomas Woldbye, the airport "
         "operator's chief executive, said the £14 billion project would be privately funded, and Transport "
         "Secretary Heidi Alexander welcomed it.",
         [e("Heathrow", "O"), e("Thomas Woldbye", "P", "Woldbye"), e("Heidi Alexander", "P")]),
    case("schiphol-flight-cap",
         "A Dutch court allowed Schiphol to cut the number of flights to 460,000 a year. KLM, the airport's largest "
         "customer, said it would appeal to the Supreme Court in The Hague; the airline's chief executive Marjan "
         "Rintel called the cap \"a blow to the Netherlands\".",
         [e("Schiphol", "O"), e("KLM", "O"), e("The Hague", "G"), e("Marjan Rintel", "P", "Rintel"),
          e("Netherlands", "G")], ignore=["Dutch", "Supreme Court"]),
    case("aena-spain-airports",
         "Aena, which runs 46 airports in Spain, reported record passenger numbers in August. Maurici Lucena, the "
         "operator's chairman, said Madrid-Barajas had handled 6 million travellers, and that Ryanair and Iberia "
         "had added routes to the Canary Islands.",
         [e("Aena", "O"), e("Spain", "G"), e("Maurici Lucena", "P", "Lucena"), e("Ryanair", "O"), e("Iberia", "O")],
         ignore=["Madrid-Barajas", "Canary Islands", "Madrid"]),
    case("euronext-listing",
         "The Dutch payments firm Adyen said it would stay listed on Euronext Amsterdam rather than move to the "
         "Nasdaq in New York. Chief financial officer Ethan Tandowsky said the exchange had the investors it needed.",
         [e("Adyen", "O"), e("Euronext Amsterdam", "O", "Euronext"), e("Nasdaq", "O"), e("New York", "G"),
          e("Ethan Tandowsky", "P", "Tandowsky")], ignore=["Dutch"]),
    case("jse-mining-shares",
         "Shares in Sibanye-Stillwater fell 8% on the Johannesburg Stock Exchange after the miner cut its output "
         "forecast. Neal Froneman, its chief executive, said floods at two shafts near Rustenburg had stopped work "
         "for a week.",
         [e("Sibanye-Stillwater", "O"), e("Johannesburg Stock Exchange", "O"), e("Neal Froneman", "P", "Froneman"),
          e("Rustenburg", "G")]),
    case("bank-of-thailand-rates",
         "The Bank of Thailand held its policy rate at 2.5% on Wednesday, defying calls from Prime Minister Srettha "
         "Thavisin for a cut. Governor Sethaput Suthiwartnarueput told reporters in Bangkok that inflation was "
         "still too low to judge.",
         [e("Bank of Thailand", "O"), e("Srettha Thavisin", "P", "Srettha"),
          e("Sethaput Suthiwartnarueput", "P", "Sethaput"), e("Bangkok", "G")]),
    case("banco-de-espana-housing",
         "The Banco de España warned that house prices in Madrid and Barcelona had risen faster than wages for "
         "three years. Its governor José Luis Escrivá said banks such as Santander and BBVA were lending prudently.",
         [e("Banco de España", "O"), e("Madrid", "G"), e("Barcelona", "G"), e("José Luis Escrivá", "P", "Escrivá"),
          e("Santander", "O"), e("BBVA", "O")]),
    case("bank-negara-ringgit",
         "Bank Negara Malaysia said it had sold dollars to support the ringgit, which fell to a 26-year low. "
         "Governor Abdul Rasheed Ghaffour said the central bank had enough reserves, and the Kuala Lumpur exchange "
         "operator Bursa Malaysia reported heavy foreign selling.",
         [e("Bank Negara Malaysia", "O"), e("Abdul Rasheed Ghaffour", "P", "Ghaffour"), e("Kuala Lumpur", "G"),
          e("Bursa Malaysia", "O")], products=["ringgit"]),
    case("cbn-naira",
         "The Central Bank of Nigeria raised its benchmark rate to 26.25%, its third increase this year. Governor "
         "Olayemi Cardoso said in Abuja that the naira had stabilised, and Dangote Cement said it would list its "
         "shares on the Nigerian Exchange again.",
         [e("Central Bank of Nigeria", "O"), e("Olayemi Cardoso", "P", "Cardoso"), e("Abuja", "G"),
          e("Dangote Cement", "O"), e("Nigerian Exchange", "O")], products=["naira"]),
    case("karlsruhe-court-budget",
         "Germany's Federal Constitutional Court ruled that the government's €60 billion climate fund breached the "
         "debt brake. Finance Minister Christian Lindner said in Berlin that the ruling from Karlsruhe left a hole "
         "in the budget.",
         [e("Germany", "G"), e("Federal Constitutional Court", "O"), e("Christian Lindner", "P", "Lindner"),
          e("Berlin", "G"), e("Karlsruhe", "G")]),
    case("conseil-detat-abaya",
         "France's Conseil d'État upheld a ban on the abaya in state schools. The Muslim rights group Action Droits "
         "des Musulmans had challenged it; its lawyer Vincent Brengarth said the ruling from the court in Paris "
         "would stigmatise girls.",
         [e("France", "G"), e("Conseil d'État", "O"), e("Action Droits des Musulmans", "O"),
          e("Vincent Brengarth", "P", "Brengarth"), e("Paris", "G")], products=["abaya"]),
    case("india-supreme-court-bonds",
         "The Supreme Court of India struck down the electoral bonds scheme, ordering the State Bank of India to "
         "publish who bought them. Chief Justice D.Y. Chandrachud said voters had a right to know, and the Election "
         "Commission of India put the data online in New Delhi.",
         [e("Supreme Court of India", "O"), e("State Bank of India", "O"), e("D.Y. Chandrachud", "P", "Chandrachud"),
          e("Election Commission of India", "O"), e("New Delhi", "G")]),
    case("sa-concourt-eskom",
         "South Africa's Constitutional Court ordered Eskom to keep power flowing to hospitals and schools during "
         "load-shedding. Eskom, the state utility, said it would comply; Electricity Minister Kgosientsho "
         "Ramokgopa said in Pretoria that the ruling was unworkable.",
         [e("South Africa", "G"), e("Constitutional Court", "O"), e("Eskom", "O"),
          e("Kgosientsho Ramokgopa", "P", "Ramokgopa"), e("Pretoria", "G")]),
    case("eth-zurich-ai",
         "ETH Zurich and EPFL will train a Swiss language model on the Alps supercomputer in Lugano. Professor "
         "Andreas Krause, who leads the ETH AI Center, said the model would be open, and the Swiss National "
         "Science Foundation will fund it for four years.",
         [e("ETH Zurich", "O"), e("EPFL", "O"), e("Lugano", "G"), e("Andreas Krause", "P", "Krause"),
          e("ETH AI Center", "O"), e("Swiss National Science Foundation", "O")], ignore=["Swiss", "Alps"]),
    case("makerere-strike",
         "Lecturers at Makerere University in Kampala went on strike over unpaid allowances. Deo Kamweya, who chairs "
         "the Makerere University Academic Staff Association, said Uganda's finance ministry had owed them for "
         "months.",
         [e("Makerere University", "O"), e("Kampala", "G"), e("Deo Kamweya", "P", "Kamweya"),
          e("Makerere University Academic Staff Association", "O"), e("Uganda", "G")]),
    case("charite-cyberattack",
         "Berlin's Charité hospital postponed 300 operations after a cyberattack, the hospital said. Its chief "
         "executive Heyo Kroemer said patient records were safe, and the Federal Office for Information Security "
         "sent a team.",
         [e("Berlin", "G"), e("Charité", "O"), e("Heyo Kroemer", "P", "Kroemer"),
          e("Federal Office for Information Security", "O")]),
    case("karolinska-waiting",
         "Waiting lists at Karolinska University Hospital in Stockholm have grown by a third, the Swedish "
         "Association of Health Professionals said. Region Stockholm's health director Björn Eriksson said nurses "
         "had left for Norway.",
         [e("Karolinska University Hospital", "O"), e("Stockholm", "G"), e("Swedish Association of Health Professionals", "O"),
          e("Björn Eriksson", "P", "Eriksson"), e("Norway", "G")], ignore=["Region Stockholm"]),
    case("premier-league-charges",
         "The Premier League charged Everton with breaching its spending rules for a second time. The club said it "
         "was disappointed, and chairman Bill Kenwright's successor, Marcel Brands, met league officials in London "
         "on Friday.",
         [e("Premier League", "O"), e("Everton", "O"), e("Bill Kenwright", "P"), e("Marcel Brands", "P", "Brands"),
          e("London", "G")]),
    case("ajax-coach-sacked",
         "Ajax sacked coach Maurice Steijn after a run of five defeats, the Amsterdam club said on Sunday. Director "
         "Sven Mislintat had backed Steijn in the summer; Feyenoord and PSV now lead the Eredivisie.",
         [e("Ajax", "O"), e("Maurice Steijn", "P", "Steijn"), e("Amsterdam", "G"), e("Sven Mislintat", "P"),
          e("Feyenoord", "O"), e("PSV", "O"), e("Eredivisie", "O")]),
    case("flamengo-boca-final",
         "Flamengo will meet Boca Juniors in the Copa Libertadores final in Montevideo, South American football's "
         "governing body CONMEBOL said. Flamengo president Rodolfo Landim said the Rio de Janeiro club would "
         "charter six planes for its fans.",
         [e("Flamengo", "O"), e("Boca Juniors", "O"), e("Montevideo", "G"), e("CONMEBOL", "O"),
          e("Rodolfo Landim", "P", "Landim"), e("Rio de Janeiro", "G")], ignore=["South American", "Copa Libertadores"]),
    case("bcci-ipl-rights",
         "The Board of Control for Cricket in India sold the broadcast rights of the Indian Premier League to "
         "Viacom18 and Disney Star for $6.2 billion. BCCI secretary Jay Shah said in Mumbai that the deal made the "
         "league the second richest in the world.",
         [e("Board of Control for Cricket in India", "O", "BCCI"), e("Indian Premier League", "O"),
          e("Viacom18", "O"), e("Disney Star", "O"), e("Jay Shah", "P", "Shah"), e("Mumbai", "G")]),
    case("world-rugby-tackle",
         "World Rugby will cut the legal tackle height in community games from July, the sport's governing body "
         "said in Dublin. Its chairman Bill Beaumont said the Rugby Football Union and the Irish Rugby Football "
         "Union had trialled the law.",
         [e("World Rugby", "O"), e("Dublin", "G"), e("Bill Beaumont", "P", "Beaumont"), e("Rugby Football Union", "O"),
          e("Irish Rugby Football Union", "O")]),
    case("nhk-fees",
         "Japan's public broadcaster NHK will cut its licence fee by 10%, its president Nobuo Inaba told a "
         "parliamentary committee in Tokyo. The Asahi Shimbun reported that the Ministry of Internal Affairs and "
         "Communications had pressed for the cut.",
         [e("Japan", "G"), e("NHK", "O"), e("Nobuo Inaba", "P", "Inaba"), e("Tokyo", "G"), e("Asahi Shimbun", "O"),
          e("Ministry of Internal Affairs and Communications", "O")]),
    case("rai-strike",
         "Journalists at RAI, Italy's state broadcaster, went on strike on Monday, accusing the government of Giorgia "
         "Meloni of turning the network into a mouthpiece. The Usigrai union said news bulletins would be cut, and "
         "Corriere della Sera called it the biggest walkout in years.",
         [e("RAI", "O"), e("Italy", "G"), e("Giorgia Meloni", "P", "Meloni"), e("Usigrai", "O"),
          e("Corriere della Sera", "O")]),
    case("unite-bin-strike",
         "Unite said its members would strike at Birmingham City Council's bin depots for a further eight weeks. "
         "Sharon Graham, the union's general secretary, said the council had cut drivers' pay, while council "
         "leader John Cotton said the offer was fair.",
         [e("Unite", "O"), e("Birmingham City Council", "O"), e("Sharon Graham", "P", "Graham"),
          e("John Cotton", "P", "Cotton")]),
    case("verdi-airport-strike",
         "The services union Verdi called a one-day strike at Frankfurt and Munich airports, grounding hundreds of "
         "Lufthansa flights. Verdi negotiator Christine Behle said ground staff earned too little, and the airport "
         "operator Fraport said 200,000 passengers were affected.",
         [e("Verdi", "O"), e("Frankfurt", "G"), e("Munich", "G"), e("Lufthansa", "O"),
          e("Christine Behle", "P", "Behle"), e("Fraport", "O")]),
    case("brac-bangladesh-floods",
         "BRAC, the Bangladeshi aid group, said it had reached 200,000 people cut off by floods in Sylhet. Its "
         "executive director Asif Saleh said the Bangladesh Water Development Board had warned of more rain.",
         [e("BRAC", "O"), e("Sylhet", "G"), e("Asif Saleh", "P", "Saleh"), e("Bangladesh Water Development Board", "O")],
         ignore=["Bangladeshi"]),
    case("iberdrola-offshore",
         "Iberdrola will build a 1.4 gigawatt wind farm off the coast of Suffolk through its British arm "
         "ScottishPower. Executive chairman Ignacio Galán said in Bilbao that the company would invest £24 billion "
         "in Britain by 2028.",
         [e("Iberdrola", "O"), e("Suffolk", "G"), e("ScottishPower", "O"), e("Ignacio Galán", "P", "Galán"),
          e("Bilbao", "G"), e("Britain", "G")], ignore=["British"]),
    case("enel-edf-nuclear",
         "Enel and EDF signed a deal in Rome to study small nuclear reactors for Italy. Enel chief executive Flavio "
         "Cattaneo said the first could run by 2035, and EDF's Luc Rémont said the French utility would bring its "
         "design.",
         [e("Enel", "O"), e("EDF", "O"), e("Rome", "G"), e("Italy", "G"), e("Flavio Cattaneo", "P", "Cattaneo"),
          e("Luc Rémont", "P", "Rémont")], ignore=["French"]),
    case("veolia-water-contract",
         "Veolia won a ten-year contract to run the water network of Santiago, Chile's capital, beating Suez and "
         "Aguas Andinas. Estelle Brachlianoff, Veolia's chief executive, said the group would cut leaks by a third.",
         [e("Veolia", "O"), e("Santiago", "G"), e("Chile", "G"), e("Suez", "O"), e("Aguas Andinas", "O"),
          e("Estelle Brachlianoff", "P", "Brachlianoff")]),
    case("vale-dam-settlement",
         "Vale and BHP agreed to pay 170 billion reais to settle claims over the 2015 collapse of the Fundão dam in "
         "Minas Gerais. Their joint venture Samarco will pay part of it, Vale chief executive Eduardo Bartolomeo "
         "said in Brasília.",
         [e("Vale", "O"), e("BHP", "O"), e("Minas Gerais", "G"), e("Samarco", "O"),
          e("Eduardo Bartolomeo", "P", "Bartolomeo"), e("Brasília", "G")], ignore=["Fundão"], products=["reais"]),
    case("invented-water-regulator",
         "Aquenta, the water regulator of the island state of Marevia, ordered the utility Calvane to cut bills by "
         "12%. Calvane said it would challenge the ruling, and its chairman Tomas Orrel said the regulator had "
         "ignored the cost of new pipes in Port Selden.",
         [e("Aquenta", "O"), e("Marevia", "G"), e("Calvane", "O"), e("Tomas Orrel", "P", "Orrel"),
          e("Port Selden", "G")]),
    case("invented-housebuilder-shares",
         "Shares in Brackwell fell 11% after the housebuilder warned on profits. Brackwell's board said it would cut "
         "400 jobs in Leeds and Sheffield, and chief executive Anna Lisgar blamed high mortgage rates.",
         [e("Brackwell", "O"), e("Leeds", "G"), e("Sheffield", "G"), e("Anna Lisgar", "P", "Lisgar")]),
    case("invented-rail-operator",
         "Norvika, the state rail operator, said it would cancel a third of its services between Tallinn and Tartu "
         "next month. Its spokeswoman Kadri Leps said new trains from Stadler had been delayed.",
         [e("Norvika", "O"), e("Tallinn", "G"), e("Tartu", "G"), e("Kadri Leps", "P", "Leps"), e("Stadler", "O")]),
    case("invented-telecoms-regulator",
         "The Kenyan telecoms regulator, the Communications Authority of Kenya, fined the operator Zaraka Mobile 40 "
         "million shillings over dropped calls. Zaraka said it had invested in new masts in Mombasa and Kisumu, "
         "its director Wanjiru Kariuki said.",
         [e("Communications Authority of Kenya", "O"), e("Zaraka Mobile", "O", "Zaraka"), e("Mombasa", "G"),
          e("Kisumu", "G"), e("Wanjiru Kariuki", "P", "Kariuki")], ignore=["Kenyan"], products=["shillings"]),
    case("invented-exchange-listing",
         "The Lagos fintech Paystrand will list on the Nigerian Exchange next month, raising $300 million. "
         "Paystrand founder Ifeoma Okafor said the money would pay for expansion into Ghana and Senegal.",
         [e("Lagos", "G"), e("Paystrand", "O"), e("Nigerian Exchange", "O"), e("Ifeoma Okafor", "P", "Okafor"),
          e("Ghana", "G"), e("Senegal", "G")]),
    case("invented-airline-one-word",
         "Skyvera, the low-cost airline, said it would open a base in Kraków and fly to 20 cities from April. "
         "Skyvera's chief executive Marek Zielonka said the Polish aviation authority had approved the licence.",
         [e("Skyvera", "O"), e("Kraków", "G"), e("Marek Zielonka", "P", "Zielonka")], ignore=["Polish"]),
    case("invented-ngo-rohingya",
         "The aid group Sahayata said it had been barred from the camps at Cox's Bazar. Its founder Rahima Begum "
         "said the UN refugee agency and Médecins Sans Frontières had also lost access.",
         [e("Sahayata", "O"), e("Cox's Bazar", "G"), e("Rahima Begum", "P", "Begum"), e("UNHCR", "O", "UN refugee agency"),
          e("Médecins Sans Frontières", "O")]),
    case("invented-hospital-trust",
         "St Aldric's Hospital in Bristol cancelled all planned surgery after a fire, the North Severn NHS Trust "
         "said. Its medical director Priya Raman said patients would be moved to Southmead Hospital.",
         [e("St Aldric's Hospital", "O"), e("Bristol", "G"), e("North Severn NHS Trust", "O"),
          e("Priya Raman", "P", "Raman"), e("Southmead Hospital", "O")]),
    case("tata-steel-port-talbot",
         "Tata Steel shut the last blast furnace at Port Talbot, ending iron making in Wales after more than a "
         "century. The Community union said 2,800 jobs would go; Tata Steel UK chief executive Rajesh Nair said "
         "an electric furnace would open in 2027.",
         [e("Tata Steel", "O"), e("Port Talbot", "G"), e("Wales", "G"), e("Community", "O"),
          e("Tata Steel UK", "O"), e("Rajesh Nair", "P", "Nair")]),
    case("jumia-naspers",
         "Jumia, the African online retailer, said it would leave South Africa and Tunisia to cut costs. Its chief "
         "executive Francis Dufay said in Lagos that the company would focus on Nigeria, Egypt and Kenya, where "
         "Naspers-backed rivals were weaker.",
         [e("Jumia", "O"), e("South Africa", "G"), e("Tunisia", "G"), e("Francis Dufay", "P", "Dufay"),
          e("Lagos", "G"), e("Nigeria", "G"), e("Egypt", "G"), e("Kenya", "G")], ignore=["African", "Naspers"]),
    case("grab-gojek-talks",
         "Grab and GoTo, the owner of Gojek, have restarted merger talks, according to people familiar with the "
         "matter. Grab chief executive Anthony Tan met GoTo's Patrick Walujo in Singapore, and Indonesia's "
         "competition watchdog KPPU said it would examine any deal.",
         [e("Grab", "O"), e("GoTo", "O"), e("Gojek", "O"), e("Anthony Tan", "P", "Tan"),
          e("Patrick Walujo", "P", "Walujo"), e("Singapore", "G"), e("Indonesia", "G"), e("KPPU", "O")]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-8-orgs.json")
    out.write_text(json.dumps(CASES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
