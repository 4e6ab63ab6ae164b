"""Writes paragraphs-8-names.json (run once; the JSON is the data, this file the way it was written).

Persons as news introduces them, with names from African, South and East Asian, Arabic, Turkish, Slavic, Latin
American, Nordic and Low Countries traditions: title + name, name + apposition, quoted speaker, a later bare surname
(or, where the tradition does so, a later given name), "said he/she", "Mr/Ms", initials, ages ("X, 58,"), hyphenated
names and names with particles ("bin", "Abu", "Al-", "de la", "van", "De"). Around them firms and places of the same
shape: hyphenated firms (Sibanye-Stillwater, A.P. Moller-Maersk), firms named after families (Bajaj Auto, Ferrero,
Koç Holding, Van Oord, De Lijn, Al-Futtaim Group), persons named like places (Jordan Bardella, Chad Le Clos) and a
surname that is a pronoun (He Xiaopeng) or a month (Jun Young-hyun). Every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import case, e     # the same answer shapes as batch 7 (run from this folder)

DEMONYM = ["GeopoliticalEntity", "Person", "Organization"]


CASES = [
    case("nigeria-fuel-imports",
         "ABUJA, June 3 - Nigeria's fuel imports fell by a third in May, and Chinedu Okonkwo-Adeyemi, a director at "
         "the Nigerian Midstream and Downstream Petroleum Regulatory Authority, blamed a shortage of dollars. "
         "Okonkwo-Adeyemi said new refineries near Lekki would cover the gap by the end of the year.",
         [e("Abuja", "G"), e("Nigeria", "G"), e("Chinedu Okonkwo-Adeyemi", "P", "Okonkwo-Adeyemi"),
          e("Nigerian Midstream and Downstream Petroleum Regulatory Authority", "O"), e("Lekki", "G")]),
    case("kenya-tea-auction",
         "Tea prices at the Mombasa auction slipped for a third week, said Wanjiru Kamau, who chairs the East "
         "African Tea Trade Association. Ms Kamau said buyers from Pakistan and Egypt had held back.",
         [e("Mombasa", "G"), e("Wanjiru Kamau", "P", "Kamau", "Ms Kamau"),
          e("East African Tea Trade Association", "O"), e("Pakistan", "G"), e("Egypt", "G")]),
    case("ghana-cocoa-price",
         "ACCRA, May 2 - Ghana will raise the price it pays cocoa farmers, the head of the cocoa regulator, "
         "Kwabena Asante-Mensah, told lawmakers on Thursday. Asante-Mensah, 58, said smuggling to Ivory Coast and "
         "Togo had cost the country 150,000 tonnes last season.",
         [e("Accra", "G"), e("Ghana", "G"), e("Kwabena Asante-Mensah", "P", "Asante-Mensah"),
          e("Ivory Coast", "G"), e("Togo", "G")]),
    case("ethiopian-airlines-jets",
         "Ethiopian Airlines will take ten more Airbus jets, chief executive Mesfin Tasew said in Addis Ababa on "
         "Monday. Tasew said the carrier wanted to add three destinations in China next year.",
         [e("Ethiopian Airlines", "O"), e("Airbus", "O"), e("Mesfin Tasew", "P", "Tasew"), e("Addis Ababa", "G"),
          e("China", "G")]),
    case("sibanye-job-cuts",
         "Sibanye-Stillwater said on Friday it would cut 2,000 jobs at its platinum shafts near Rustenburg. "
         "Thandeka Mthembu, a spokeswoman for the National Union of Mineworkers, said the union would fight the "
         "cuts. \"We were not consulted,\" said Mthembu.",
         [e("Sibanye-Stillwater", "O"), e("Rustenburg", "G"), e("Thandeka Mthembu", "P", "Mthembu"),
          e("National Union of Mineworkers", "O")]),
    case("uganda-opposition-rally",
         "KAMPALA - Police fired tear gas at a rally of the National Unity Platform on Saturday. Its leader, "
         "Robert Kyagulanyi, the singer known as Bobi Wine, said 30 supporters had been arrested. Kyagulanyi "
         "told Reuters he would not call off the campaign.",
         [e("Kampala", "G"), e("National Unity Platform", "O"), e("Robert Kyagulanyi", "P", "Kyagulanyi", "Bobi Wine"),
          e("Reuters", "O")]),
    case("zimbabwe-currency",
         "HARARE - Zimbabwe's gold-backed currency will stay in use until at least 2030, Reserve Bank of Zimbabwe "
         "governor John Mushayavanhu said. Mushayavanhu, 68, said reserves had doubled since April.",
         [e("Harare", "G"), e("Zimbabwe", "G"), e("Reserve Bank of Zimbabwe", "O"),
          e("John Mushayavanhu", "P", "Mushayavanhu")]),
    case("senegal-hidden-debt",
         "DAKAR - Senegal's prime minister Ousmane Sonko accused the government of Macky Sall of hiding debt from "
         "the IMF. Sonko said the fund's mission would return to Dakar in March.",
         [e("Dakar", "G"), e("Senegal", "G"), e("Ousmane Sonko", "P", "Sonko"), e("Macky Sall", "P"),
          e("IMF", "O")]),
    case("nigeria-pharmacy-said-he",
         "Emeka Obi, who runs a pharmacy in Enugu, said he had stopped stocking insulin because few patients could "
         "pay. Tunde Bakare-Lawal, 47, a trader in Kano, said prices of imported drugs had tripled.",
         [e("Emeka Obi", "P"), e("Enugu", "G"), e("Tunde Bakare-Lawal", "P"), e("Kano", "G")]),
    case("zenith-cfo-resigns",
         "LAGOS - Shares of Zenith Bank fell 4 percent after Ms Adaeze Nwosu, its chief financial officer, "
         "resigned. Ms Nwosu gave no reason, and the bank said Obinna Eze would act in her place.",
         [e("Lagos", "G"), e("Zenith Bank", "O"), e("Adaeze Nwosu", "P", "Nwosu", "Ms Nwosu"), e("Obinna Eze", "P")]),
    case("initials-analyst",
         "Investors are returning to African debt, said J.K. Okafor, head of research at Renaissance Capital. "
         "Okafor said bonds issued by Kenya and Angola had gained the most since January.",
         [e("J.K. Okafor", "P", "Okafor"), e("Renaissance Capital", "O"), e("Kenya", "G"), e("Angola", "G")]),
    case("varanasi-election",
         "Voters in Varanasi queued from dawn, and Bharatiya Janata Party candidate Rajeshwar Prasad Tripathi said "
         "turnout would pass 60 percent. His rival, Nazia Siddiqui of the Samajwadi Party, told NDTV that Tripathi "
         "had skipped every debate.",
         [e("Varanasi", "G"), e("Bharatiya Janata Party", "O"), e("Rajeshwar Prasad Tripathi", "P", "Tripathi"),
          e("Nazia Siddiqui", "P"), e("Samajwadi Party", "O"), e("NDTV", "O")]),
    case("bajaj-auto-sales",
         "MUMBAI - Bajaj Auto said sales of its motorcycles rose 12 percent in October, and managing director "
         "Rajiv Bajaj said exports to Africa were recovering. Mr Bajaj warned that Tata Motors and Hero MotoCorp "
         "were cutting prices.",
         [e("Mumbai", "G"), e("Bajaj Auto", "O"), e("Rajiv Bajaj", "P", "Mr Bajaj"), e("Africa", "L"),
          e("Tata Motors", "O"), e("Hero MotoCorp", "O")]),
    case("pakistan-supreme-court",
         "ISLAMABAD - Pakistan's Supreme Court adjourned the case until Monday after the defence lawyer, Salman "
         "Akram Raja, asked for more time. Chief Justice Yahya Afridi said the bench would not wait again.",
         [e("Islamabad", "G"), e("Pakistan", "G"), e("Supreme Court", "O"), e("Salman Akram Raja", "P"),
          e("Yahya Afridi", "P")]),
    case("bangladesh-garments",
         "Garment exports from Bangladesh rose 9 percent in the quarter, said Nasreen Akter Chowdhury, a vice "
         "president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA). Factories around "
         "Gazipur and Savar were running full shifts, Chowdhury said.",
         [e("Bangladesh", "G"), e("Nasreen Akter Chowdhury", "P", "Chowdhury"),
          e("Bangladesh Garment Manufacturers and Exporters Association", "O", "BGMEA"), e("Gazipur", "G"),
          e("Savar", "G")]),
    case("sri-lanka-rates",
         "COLOMBO - Sri Lanka's central bank left rates unchanged, Governor Nandalal Weerasinghe said on Wednesday. "
         "Weerasinghe told reporters that inflation would stay below 5 percent this year.",
         [e("Colombo", "G"), e("Sri Lanka", "G"), e("Nandalal Weerasinghe", "P", "Weerasinghe")]),
    case("xpeng-deliveries",
         "Shares of Xpeng rose 6 percent in Hong Kong after its chairman, He Xiaopeng, said deliveries would double "
         "next year. The carmaker is building a second plant in Guangzhou.",
         [e("Xpeng", "O"), e("Hong Kong", "G"), e("He Xiaopeng", "P"), e("Guangzhou", "G")]),
    case("samsung-chip-unit",
         "SEOUL - Samsung Electronics vice chairman Jun Young-hyun told shareholders on Wednesday that the chip "
         "unit would recover this year. Jun said the company had fallen behind SK Hynix in memory for AI servers.",
         [e("Seoul", "G"), e("Samsung Electronics", "O"), e("Jun Young-hyun", "P", "Jun"), e("SK Hynix", "O")]),
    case("japan-ldp-race",
         "TOKYO - Former economic security minister Sanae Takaichi said on Tuesday she would run for the "
         "leadership of the Liberal Democratic Party. Takaichi, 63, told NHK she would raise defence spending.",
         [e("Sanae Takaichi", "P", "Takaichi"), e("Liberal Democratic Party", "O"), e("NHK", "O")],
         ignore=["Tokyo"]),
    case("vietnam-exports",
         "HANOI - Vietnam's exports to the United States rose 20 percent in the first half, deputy trade minister "
         "Nguyen Sinh Nhat Tan told a news conference. Tan said the ministry would help firms in Binh Duong find "
         "new buyers.",
         [e("Hanoi", "G"), e("Vietnam", "G"), e("United States", "G"), e("Nguyen Sinh Nhat Tan", "P", "Tan"),
          e("Binh Duong", "G")]),
    case("indonesia-nickel-permits",
         "JAKARTA - Indonesia's energy minister Bahlil Lahadalia said nickel smelters in Morowali would need new "
         "permits. Bahlil, who also chairs the Golkar party, said the rules would take effect in July.",
         [e("Jakarta", "G"), e("Indonesia", "G"), e("Bahlil Lahadalia", "P", "Bahlil"), e("Morowali", "G"),
          e("Golkar", "O")]),
    case("thailand-cabinet",
         "BANGKOK - Thai prime minister Anutin Charnvirakul named a new finance minister on Friday. Anutin, whose "
         "Bhumjaithai Party leads the coalition, said the baht was too strong.",
         [e("Bangkok", "G"), e("Anutin Charnvirakul", "P", "Anutin"), e("Bhumjaithai Party", "O")],
         banned={"Thai": DEMONYM}),
    case("philippines-senate-hearing",
         "MANILA - Senator Risa Hontiveros questioned executives of Jollibee Foods on Tuesday about contract "
         "workers. Hontiveros said the company had broken the labour code in Cebu and Davao.",
         [e("Manila", "G"), e("Risa Hontiveros", "P", "Hontiveros"), e("Jollibee Foods", "O"), e("Cebu", "G"),
          e("Davao", "G")]),
    case("kazakh-oil-output",
         "ALMATY - KazMunayGas will raise oil output by 5 percent, chairman Askhat Khassenov said on Monday. "
         "Khassenov said the Tengiz field would reach full capacity in the autumn.",
         [e("Almaty", "G"), e("KazMunayGas", "O"), e("Askhat Khassenov", "P", "Khassenov")],
         banned={"Tengiz": ["Person", "Organization"]}),
    case("saudi-opec-output",
         "RIYADH - Prince Abdulaziz bin Salman, Saudi Arabia's energy minister, told a conference that OPEC would "
         "not rush to raise output. Saudi Aramco chief executive Amin Nasser said demand in Asia was strong.",
         [e("Abdulaziz bin Salman", "P", "Prince Abdulaziz bin Salman"), e("Saudi Arabia", "G"), e("OPEC", "O"),
          e("Saudi Aramco", "O"), e("Amin Nasser", "P"), e("Asia", "L")], ignore=["Riyadh"]),
    case("dubai-holding-malls",
         "DUBAI - Dubai Holding will build two more malls, its chairman Mohammed Al-Gergawi said. Al-Gergawi said "
         "the retailer Al-Futtaim Group had signed as the anchor tenant.",
         [e("Dubai", "G"), e("Dubai Holding", "O"), e("Mohammed Al-Gergawi", "P", "Al-Gergawi"),
          e("Al-Futtaim Group", "O")]),
    case("suez-canal-revenue",
         "CAIRO - Egypt's prime minister Mostafa Madbouly said the country had lost $7 billion in canal revenue. "
         "Osama Rabie, who heads the Suez Canal Authority, said traffic had begun to return.",
         [e("Cairo", "G"), e("Egypt", "G"), e("Mostafa Madbouly", "P"), e("Osama Rabie", "P"),
          e("Suez Canal Authority", "O")]),
    case("jordan-potash",
         "AMMAN - Arab Potash Company will raise its dividend, chairman Shehadeh Abu Hdaib said on Sunday. "
         "Abu Hdaib said sales to India and China had reached a record.",
         [e("Amman", "G"), e("Arab Potash Company", "O"), e("Shehadeh Abu Hdaib", "P", "Abu Hdaib"), e("India", "G"),
          e("China", "G")]),
    case("morocco-phosphate",
         "RABAT - OCP Group will spend $13 billion on green ammonia, its chief executive Mostafa Terrab said. "
         "Terrab said the plants near Tarfaya would run on wind power.",
         [e("Rabat", "G"), e("OCP Group", "O"), e("Mostafa Terrab", "P", "Terrab"), e("Tarfaya", "G")]),
    case("turkey-rates-koc",
         "ANKARA - Turkey's central bank governor Fatih Karahan said rates would stay high. Koç Holding chief "
         "executive Levent Çakıroğlu said higher rates were hurting exporters. Çakıroğlu said the group "
         "would still invest in Izmir.",
         [e("Ankara", "G"), e("Turkey", "G"), e("Fatih Karahan", "P"), e("Koç Holding", "O"),
          e("Levent Çakıroğlu", "P", "Çakıroğlu"), e("Izmir", "G")]),
    case("istanbul-mayor-trial",
         "ISTANBUL - Istanbul mayor Ekrem İmamoğlu appeared in court on Monday. Özgür Özel, who leads the "
         "Republican People's Party (CHP), said İmamoğlu was being tried for winning elections.",
         [e("Istanbul", "G"), e("Ekrem İmamoğlu", "P", "İmamoğlu"), e("Özgür Özel", "P"),
          e("Republican People's Party", "O", "CHP")]),
    case("naftogaz-attacks",
         "KYIV - Naftogaz chief executive Oleksiy Chernyshov said drone attacks had halved gas output in the "
         "Kharkiv region. Chernyshov said the company would import gas from Poland and Slovakia.",
         [e("Kyiv", "G"), e("Naftogaz", "O"), e("Oleksiy Chernyshov", "P", "Chernyshov"), e("Kharkiv", "G"),
          e("Poland", "G"), e("Slovakia", "G")]),
    case("orlen-refinery",
         "WARSAW - Orlen will close a refinery unit in Plock, chief executive Ireneusz Fąfara said. Mr Fąfara told "
         "the daily Rzeczpospolita that 300 jobs would move to Gdansk.",
         [e("Warsaw", "G"), e("Orlen", "O"), e("Plock", "G"), e("Ireneusz Fąfara", "P", "Mr Fąfara"),
          e("Rzeczpospolita", "O"), e("Gdansk", "G")]),
    case("serbia-protests",
         "BELGRADE - President Aleksandar Vučić said the protests were paid for from abroad. Opposition lawmaker "
         "Marinika Tepić told N1 television that Vučić had run out of answers.",
         [e("Belgrade", "G"), e("Aleksandar Vučić", "P", "Vučić"), e("Marinika Tepić", "P"), e("N1", "O")]),
    case("cez-nuclear",
         "PRAGUE - CEZ chief executive Daniel Beneš said the group would pick a builder for two reactors at "
         "Dukovany by June. Beneš said Korea Hydro & Nuclear Power was the favourite.",
         [e("Prague", "G"), e("CEZ", "O"), e("Daniel Beneš", "P", "Beneš"), e("Korea Hydro & Nuclear Power", "O")],
         ignore=["Dukovany"]),
    case("equinor-field",
         "OSLO - Equinor chief executive Anders Opedal said output from the Johan Sverdrup field would begin to "
         "fall next year. Opedal said the company would drill more wells in the Barents Sea.",
         [e("Oslo", "G"), e("Equinor", "O"), e("Anders Opedal", "P", "Opedal"), e("Barents Sea", "L")],
         banned={"Johan Sverdrup": ["Person"]}),
    case("sweden-budget",
         "STOCKHOLM - Finance minister Elisabeth Svantesson will cut taxes on food, she said on Tuesday. "
         "Svantesson told Dagens Nyheter the cut would cost 8 billion crowns.",
         [e("Stockholm", "G"), e("Elisabeth Svantesson", "P", "Svantesson"), e("Dagens Nyheter", "O")]),
    case("maersk-red-sea",
         "COPENHAGEN - A.P. Moller-Maersk will keep its ships away from the Red Sea, chief executive Vincent Clerc "
         "said. Clerc said Maersk expected freight rates to fall by the summer.",
         [e("Copenhagen", "G"), e("A.P. Moller-Maersk", "O", "Maersk"), e("Red Sea", "L"),
          e("Vincent Clerc", "P", "Clerc")]),
    case("iceland-eu-vote",
         "REYKJAVIK - Prime Minister Kristrún Frostadóttir said Iceland would hold a vote on talks with the "
         "European Union. Frostadóttir told RUV the vote could come in 2027.",
         [e("Reykjavik", "G"), e("Kristrún Frostadóttir", "P", "Frostadóttir"), e("Iceland", "G"),
          e("European Union", "O"), e("RUV", "O")]),
    case("ing-van-oord",
         "AMSTERDAM - ING chief executive Steven van Rijswijk said the bank would lend more to dredging firms. "
         "Van Rijswijk said a loan to Van Oord for work in Rotterdam was signed last week.",
         [e("Amsterdam", "G"), e("ING", "O"), e("Steven van Rijswijk", "P", "Van Rijswijk"), e("Van Oord", "O"),
          e("Rotterdam", "G")]),
    case("belgium-de-lijn",
         "BRUSSELS - Prime Minister Bart De Wever said the government would not rescue bus operator De Lijn. "
         "De Wever's party, the N-VA, wants Flanders to run its own transport budget.",
         [e("Brussels", "G"), e("Bart De Wever", "P", "De Wever"), e("De Lijn", "O"), e("N-VA", "O"),
          e("Flanders", "G")]),
    case("pemex-debt",
         "MEXICO CITY - President Claudia Sheinbaum said the government would take on part of Pemex's debt. "
         "Pemex director Víctor Rodríguez Padilla told lawmakers that output would rise. Rodríguez Padilla gave "
         "no figure.",
         [e("Mexico City", "G"), e("Claudia Sheinbaum", "P"), e("Pemex", "O"),
          e("Víctor Rodríguez Padilla", "P", "Rodríguez Padilla")]),
    case("brazil-petrobras-dividends",
         "BRASILIA - Finance minister Fernando Haddad said Petrobras would pay lower dividends. Magda Chambriard, "
         "the oil company's chief executive, said her priority was new fields off Espirito Santo. "
         "Chambriard spoke in Rio de Janeiro.",
         [e("Brasilia", "G"), e("Fernando Haddad", "P"), e("Petrobras", "O"),
          e("Magda Chambriard", "P", "Chambriard"), e("Espirito Santo", "G"),
          e("Rio de Janeiro", "G")]),
    case("argentina-peso",
         "BUENOS AIRES - Argentina's economy minister Luis Caputo said the peso band would stay. Caputo told Radio "
         "Mitre that the central bank had bought $1 billion in a week.",
         [e("Buenos Aires", "G"), e("Argentina", "G"), e("Luis Caputo", "P", "Caputo"), e("Radio Mitre", "O")]),
    case("codelco-el-teniente",
         "SANTIAGO - Codelco chairman Máximo Pacheco said repairs at the El Teniente mine would take months. José "
         "Miguel de la Fuente, a union leader at the mine, said his members wanted a full inquiry. "
         "De la Fuente said 40 workers had been evacuated.",
         [e("Santiago", "G"), e("Codelco", "O"), e("Máximo Pacheco", "P"),
          e("José Miguel de la Fuente", "P", "De la Fuente")], ignore=["El Teniente"]),
    case("peru-congress",
         "LIMA - Peru's Congress voted to remove President Dina Boluarte on Friday. Lawmaker Ruth Luque said the "
         "vote was overdue; Luque said Boluarte had lost control of the police.",
         [e("Lima", "G"), e("Peru", "G"), e("Congress", "O"), e("Dina Boluarte", "P", "Boluarte"),
          e("Ruth Luque", "P", "Luque")]),
    case("ferrero-family",
         "MILAN - Ferrero bought the US cereal maker WK Kellogg, and executive chairman Giovanni Ferrero said the "
         "deal would double sales in North America. Mr Ferrero said the brands would keep their plants in Michigan.",
         [e("Ferrero", "O"), e("WK Kellogg", "O"), e("Giovanni Ferrero", "P", "Mr Ferrero"),
          e("North America", "L"), e("Michigan", "G")], ignore=["Milan", "US"]),
    case("place-like-given-names",
         "PARIS - Jordan Bardella, the president of the National Rally, said he would not back the budget. In "
         "Durban, Chad Le Clos, the swimmer, said he would retire after the Commonwealth Games.",
         [e("Paris", "G"), e("Jordan Bardella", "P", "Bardella"), e("National Rally", "O"), e("Durban", "G"),
          e("Chad Le Clos", "P", "Le Clos")], ignore=["Commonwealth Games"]),
    case("greece-budget",
         "ATHENS - Greece's finance minister Kyriakos Pierrakakis said the budget would cut taxes for families. "
         "Pierrakakis told Kathimerini that the surplus was larger than forecast.",
         [e("Athens", "G"), e("Greece", "G"), e("Kyriakos Pierrakakis", "P", "Pierrakakis"),
          e("Kathimerini", "O")]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-8-names.json")
    out.write_text(json.dumps(CASES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
