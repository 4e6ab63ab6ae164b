"""Writes paragraphs-7.json (run once; the JSON is the data, this file the way it was written).

Beats and styles the earlier batches lack: farming, shipping, schools, housing, mining, aviation safety, religion,
the arts, retail, telecoms, migration, water, railways, local government and science funding; wire copy, long
features, briefing transcripts, regional papers and translated foreign press, with names from Madagascar, Mongolia,
Central Asia, the Caucasus, the Baltics, the Balkans, Wales, the Pacific, the Caribbean, the Horn of Africa, southern
Africa, the Andes and Paraguay. Traps: firms named after people (Morgan Stanley, Marks and Spencer, Johnson Matthey,
Rolls-Royce, Goldman Sachs, Ernst & Young), persons with no cue but a verb of saying or a title word, places named
as attributes, demonyms, works, ships, laws, programmes and products. Every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

NOT = {"Person": ["Organization", "GeopoliticalEntity"], "Organization": ["Person"],
       "GeopoliticalEntity": ["Person", "Organization"], "Location": ["Person", "Organization"],
       "Group": ["Person", "Organization"], "Event": ["Person", "Organization"]}
T = {"P": "Person", "O": "Organization", "G": "GeopoliticalEntity", "L": "Location", "Gr": "Group", "E": "Event"}


def e(label, t, *mentions):
    typ = T[t]
    d = {"label": label, "type": typ, "not_types": NOT[typ]}
    if mentions:
        d["mentions"] = list(mentions)
    return d


def case(id_, text, ents, ignore=(), products=(), banned=None):
    d = {"id": id_, "text": " ".join(text.split()), "entities": ents}
    if ignore:
        d["ignore"] = list(ignore)
    if products:
        d["products"] = list(products)
    if banned:
        d["not_entities"] = banned
    return d


CASES = [
    case("madagascar-vanilla-wire",
         "ANTANANARIVO, March 4 (Reuters) - Vanilla growers in Madagascar's Sava region say export prices have "
         "halved since the government scrapped its minimum price, Farmers' union head Hery Rakotoarisoa told "
         "reporters on Tuesday. \"We are selling below cost,\" Rakotoarisoa said.",
         [e("Antananarivo", "G"), e("Madagascar", "G"), e("Sava", "G"), e("Hery Rakotoarisoa", "P", "Rakotoarisoa"),
          e("Reuters", "O")], ignore=["Farmers"]),
    case("mongolia-herders-dzud",
         "Mongolia's herders lost more than four million animals in this winter's dzud, the National Emergency "
         "Management Agency said, and Prime Minister Luvsannamsrai Oyun-Erdene flew to Bayankhongor province to "
         "meet families who had lost their herds.",
         [e("Mongolia", "G"), e("National Emergency Management Agency", "O"),
          e("Luvsannamsrai Oyun-Erdene", "P", "Oyun-Erdene"), e("Bayankhongor", "G", "Bayankhongor province")]),
    case("paraguay-soy-river",
         "Low water on the Paraguay River has stranded barges carrying soybeans from Asunción to Rosario, and the "
         "Cámara Paraguaya de Exportadores y Comercializadores de Cereales y Oleaginosas (Capeco) estimates losses "
         "of $200 million. Sonia Tomassone, Capeco's trade adviser, said dredging must start before May.",
         [e("Paraguay River", "L"), e("Asunción", "G"), e("Rosario", "G"),
          e("Cámara Paraguaya de Exportadores y Comercializadores de Cereales y Oleaginosas", "O", "Capeco"),
          e("Sonia Tomassone", "P", "Tomassone")], banned={"Paraguay": []}),
    case("welsh-dairy-feature",
         "On a wet hillside above Llandeilo, Gwenllian Prys milks 180 cows before dawn. The farm has been in her "
         "family since 1921, she says, but the new Sustainable Farming Scheme asks her to plant trees on a tenth "
         "of it. Farmers' Union of Wales president Ian Rickman called the rule \"unworkable\" at a meeting in "
         "Carmarthen last week.",
         [e("Llandeilo", "G"), e("Gwenllian Prys", "P"), e("Farmers' Union of Wales", "O"),
          e("Ian Rickman", "P"), e("Carmarthen", "G")],
         banned={"Sustainable Farming Scheme": []}, ignore=["Wales"]),
    case("bulk-carrier-grounding",
         "The Maltese-flagged bulk carrier Aurora Spirit ran aground off Saldanha Bay early on Sunday, the South "
         "African Maritime Safety Authority said. Its operator, the Piraeus-based Kallisti Shipping, said none of "
         "the 21 crew were hurt.",
         [e("South African Maritime Safety Authority", "O"), e("Kallisti Shipping", "O")],
         ignore=["Piraeus", "Maltese", "Saldanha Bay"], products=["Aurora Spirit"]),
    case("rotterdam-tug-strike-translated",
         "Translated from De Telegraaf. The tug crews of Boluda Towage walked out in Rotterdam on Monday morning, "
         "the union FNV Havens said. Spokesman Niek Stam: \"The company has refused every offer.\" Boluda, a "
         "Spanish group, said it regretted the strike.",
         [e("De Telegraaf", "O"), e("Boluda Towage", "O", "Boluda"), e("Rotterdam", "G"), e("FNV Havens", "O"),
          e("Niek Stam", "P")], banned={"Spanish": ["GeopoliticalEntity", "Person", "Organization"]}),
    case("estonia-school-reform",
         "Estonia will move all Russian-language schools to Estonian-language teaching by 2030, Education Minister "
         "Kristina Kallas said in Tallinn. Head teachers in Narva, where most pupils speak Russian at home, say they "
         "cannot find enough teachers.",
         [e("Estonia", "G"), e("Kristina Kallas", "P"), e("Tallinn", "G"), e("Narva", "G")],
         banned={"Estonian": ["GeopoliticalEntity", "Person", "Organization"],
                 "Russian": ["GeopoliticalEntity", "Person", "Organization"]}),
    case("exam-board-results",
         "Pearson Edexcel and the AQA exam board both reported fewer top grades in physics this summer. Dr Saima "
         "Rana, who chairs the Association of School and College Leaders' curriculum panel, said the fall was "
         "\"no surprise\" after two years of teacher shortages.",
         [e("Pearson Edexcel", "O"), e("AQA", "O"), e("Saima Rana", "P"),
          e("Association of School and College Leaders", "O")]),
    case("university-funding-cut",
         "The University of Tartu and Vilnius University will lose part of their research budgets after Horizon "
         "Europe grants were cut, said Rūta Petrauskaitė, vice-rector of Vytautas Magnus University in Kaunas.",
         [e("University of Tartu", "O"), e("Vilnius University", "O"), e("Rūta Petrauskaitė", "P"),
          e("Vytautas Magnus University", "O"), e("Kaunas", "G")],
         banned={"Horizon Europe": [], "Europe": [], "Tartu": [], "Vilnius": []}),
    case("housing-association-damp",
         "Clarion Housing Group has agreed to pay £1.2 million to tenants of a Croydon estate after the Housing "
         "Ombudsman found damp and mould in 300 flats. Chief executive Clare Miller said the landlord \"fell short\".",
         [e("Clarion Housing Group", "O"), e("Croydon", "G"), e("Housing Ombudsman", "O"), e("Clare Miller", "P")]),
    case("berlin-rent-referendum-translated",
         "The initiative Deutsche Wohnen & Co enteignen collected 350,000 signatures, Der Tagesspiegel reported. "
         "Senator Christian Gaebler said the Berlin senate would examine the law, and Vonovia, the country's "
         "largest landlord, said expropriation would cost the city billions.",
         [e("Deutsche Wohnen & Co enteignen", "O"), e("Der Tagesspiegel", "O"), e("Christian Gaebler", "P"),
          e("Vonovia", "O")], ignore=["Berlin", "Deutsche Wohnen"]),
    case("kyrgyz-gold-mine",
         "Kyrgyzstan's state miner Kyrgyzaltyn said output at the Kumtor mine rose 12 percent last year. Its "
         "chairman, Almazbek Djakypov, told the Kabar news agency that Kumtor would pay a special dividend to the "
         "budget in Bishkek.",
         [e("Kyrgyzstan", "G"), e("Kyrgyzaltyn", "O"), e("Almazbek Djakypov", "P"),
          e("Kabar", "O"), e("Bishkek", "G")], ignore=["Kumtor"]),
    case("platinum-refiner-johnson-matthey",
         "Johnson Matthey cut its profit forecast on Thursday as demand for the platinum catalysts it makes for "
         "diesel engines fell. Anglo American Platinum, which supplies much of its metal from mines near "
         "Rustenburg, said prices had fallen 20 percent.",
         [e("Johnson Matthey", "O"), e("Anglo American Platinum", "O"), e("Rustenburg", "G")],
         banned={"American": ["GeopoliticalEntity"]}),
    case("zambia-copperbelt-regional",
         "KITWE (Times of Zambia) - Mopani Copper Mines will hire 1,500 workers at its Mufulira smelter, Mines "
         "Minister Paul Kabuswe announced at a rally in Kitwe. Under Natasha Mulenga, the firm's new managing "
         "director, Mopani has paid off its debts to Glencore.",
         [e("Kitwe", "G"), e("Times of Zambia", "O"), e("Mopani Copper Mines", "O", "Mopani"), e("Mufulira", "G"),
          e("Paul Kabuswe", "P"), e("Natasha Mulenga", "P"), e("Glencore", "O")], ignore=["Zambia"]),
    case("aviation-safety-briefing",
         "Transcript of the briefing. Q: Was the engine at fault? JENNIFER HOMENDY: We have recovered both "
         "recorders from the Boeing 737-800 and sent them to our lab in Washington. The engine, a CFM56 built by "
         "CFM International, will be examined in Cincinnati. Q: Has Southwest grounded its fleet? HOMENDY: You will "
         "have to ask Southwest Airlines.",
         [e("Jennifer Homendy", "P", "HOMENDY", "JENNIFER HOMENDY"), e("Washington", "G"),
          e("CFM International", "O"), e("Cincinnati", "G"), e("Southwest Airlines", "O", "Southwest")],
         products=["Boeing 737-800", "CFM56"], ignore=["Boeing", "Transcript", "Q"]),
    case("rolls-royce-engine-blades",
         "Rolls-Royce said cracked turbine blades found in Trent 1000 engines would keep some Dreamliners on the "
         "ground until June. The European Union Aviation Safety Agency ordered inspections, and Air New Zealand "
         "said it would lease two aircraft from Hi Fly.",
         [e("Rolls-Royce", "O"), e("European Union Aviation Safety Agency", "O"), e("Air New Zealand", "O"),
          e("Hi Fly", "O")], products=["Trent 1000", "Dreamliners"],
         banned={"New Zealand": [], "European Union": []}),
    case("helicopter-crash-report",
         "The Australian Transport Safety Bureau found that the pilot of the Robinson R44 that crashed near "
         "Broome had flown for eleven hours without rest. Angus Mitchell, the bureau's chief commissioner, said "
         "the operator, Kimberley Air Tours, had ignored its own fatigue rules.",
         [e("Australian Transport Safety Bureau", "O"), e("Broome", "G"), e("Angus Mitchell", "P"),
          e("Kimberley Air Tours", "O")], products=["Robinson R44"], ignore=["Robinson"],
         banned={"Australian": ["GeopoliticalEntity"], "Kimberley": []}),
    case("synod-bishops-women",
         "Bishop Helen-Ann Hartley of Newcastle told the General Synod in York that the Church of England must "
         "apologise to survivors. Archbishop Stephen Cottrell, who chaired the session, said a vote would follow "
         "in February.",
         [e("Helen-Ann Hartley", "P"), e("Newcastle", "G"), e("General Synod", "O"), e("York", "G"),
          e("Church of England", "O"), e("Stephen Cottrell", "P")], banned={"England": []}),
    case("ethiopian-orthodox-timket",
         "Hundreds of thousands of pilgrims gathered in Gondar for Timket, the Ethiopian Orthodox Tewahedo Church's "
         "feast of the Epiphany. Abune Mathias, the church's patriarch, blessed the waters of Fasilides' Bath.",
         [e("Gondar", "G"), e("Timket", "E"), e("Ethiopian Orthodox Tewahedo Church", "O"), e("Abune Mathias", "P"),
          e("Fasilides' Bath", "L")], ignore=["Epiphany", "Fasilides"],
         banned={"Ethiopian": ["GeopoliticalEntity", "Person", "Organization"]}),
    case("mosque-council-imam",
         "Imam Qari Asim, who chairs the Mosques and Imams National Advisory Board, said the Makkah Mosque in "
         "Leeds would open its doors to neighbours during Ramadan. West Yorkshire Police said patrols would be "
         "stepped up.",
         [e("Qari Asim", "P"), e("Mosques and Imams National Advisory Board", "O"), e("Makkah Mosque", "L"),
          e("Leeds", "G"), e("West Yorkshire Police", "O")], ignore=["Ramadan", "West Yorkshire"],
         banned={"Makkah": ["Person", "Organization"]}),
    case("opera-premiere-review",
         "Kaija Saariaho's last opera, Innocence, opened at the Royal Opera House on Tuesday under Susanna Mälkki. "
         "The Finnish conductor drew a standing ovation; The Guardian called the production \"overwhelming\".",
         [e("Kaija Saariaho", "P", "Saariaho"), e("Royal Opera House", "O"), e("Susanna Mälkki", "P"),
          e("The Guardian", "O", "Guardian")], banned={"Innocence": [], "Finnish": ["GeopoliticalEntity", "Person"]}),
    case("painting-restitution",
         "The Rijksmuseum will return Portrait of a Young Woman, a painting looted in 1941, to the heirs of Jacob "
         "Goudstikker, director Taco Dibbits said. The Restitutions Committee in The Hague had ruled in their "
         "favour.",
         [e("Rijksmuseum", "O"), e("Jacob Goudstikker", "P"), e("Taco Dibbits", "P"),
          e("Restitutions Committee", "O"), e("The Hague", "G", "Hague")],
         banned={"Portrait of a Young Woman": [], "Young Woman": []}),
    case("film-festival-prize",
         "The Kyrgyz director Aktan Arym Kubat won the Golden Leopard in Locarno for Centaur's Return, a film "
         "shot around Lake Issyk-Kul. Giona Nazzaro, the festival's artistic director, praised its \"quiet "
         "anger\".",
         [e("Aktan Arym Kubat", "P"), e("Locarno", "G"), e("Lake Issyk-Kul", "L", "Issyk-Kul"),
          e("Giona Nazzaro", "P")], ignore=["Golden Leopard"],
         banned={"Centaur's Return": [], "Centaur": [], "Kyrgyz": ["Person", "Organization"]}),
    case("retail-marks-and-spencer",
         "Marks and Spencer reported a 22 percent rise in half-year profit, beating Tesco and Sainsbury's, and said "
         "it would open 12 food halls. Analysts at Goldman Sachs and Morgan Stanley raised their targets for the "
         "shares.",
         [e("Marks and Spencer", "O"), e("Tesco", "O"), e("Sainsbury's", "O"), e("Goldman Sachs", "O"),
          e("Morgan Stanley", "O")]),
    case("retail-john-lewis-audit",
         "The John Lewis Partnership posted its first profit in three years. Its auditor, Ernst & Young, signed off "
         "the accounts, and chairman Jason Tarry said Waitrose, the partnership's grocer, had won back shoppers "
         "from Aldi and Lidl.",
         [e("John Lewis Partnership", "O"), e("Ernst & Young", "O"), e("Jason Tarry", "P"), e("Waitrose", "O"),
          e("Aldi", "O"), e("Lidl", "O")], ignore=["John Lewis"]),
    case("shop-chain-administration",
         "Poundland's owner Pepco Group said it would close 68 stores in the Midlands and the north of England. "
         "Barry Williams, Poundland's managing director, said the brand Dealz would be dropped in Ireland.",
         [e("Poundland", "O"), e("Pepco Group", "O"), e("Barry Williams", "P"), e("Ireland", "G")],
         ignore=["Midlands", "England"], banned={"Dealz": ["Person", "GeopoliticalEntity"]}),
    case("telecoms-spectrum-auction",
         "Ofcom will auction millimetre-wave spectrum in the autumn, and Vodafone, Three and BT's EE unit have "
         "registered to bid. Natalie Black, Ofcom's group director for networks, said the sale would speed up 5G "
         "in stadiums.",
         [e("Ofcom", "O"), e("Vodafone", "O"), e("Three", "O"), e("BT", "O"), e("EE", "O"), e("Natalie Black", "P")],
         ignore=["5G"]),
    case("telecoms-africa-mobile-money",
         "Safaricom's M-Pesa now handles more payments in Ethiopia than Telebirr, the rival run by Ethio Telecom, "
         "said Wim Vanhelleputte, head of Safaricom Ethiopia, at a conference in Addis Ababa.",
         [e("Safaricom", "O"), e("Ethiopia", "G"), e("Ethio Telecom", "O"), e("Wim Vanhelleputte", "P"),
          e("Safaricom Ethiopia", "O"), e("Addis Ababa", "G")], products=["M-Pesa", "Telebirr"]),
    case("migrants-lampedusa-translated",
         "Translated from Corriere della Sera. Some 1,300 migrants reached Lampedusa in 24 hours, the Italian coast "
         "guard said. Mayor Filippo Mannino asked Rome for help, and the charity Sea-Watch said its ship Sea-Watch 5 "
         "had been held in Trapani.",
         [e("Corriere della Sera", "O"), e("Lampedusa", "G"), e("Filippo Mannino", "P"), e("Rome", "G"),
          e("Sea-Watch", "O"), e("Trapani", "G")], products=["Sea-Watch 5"],
         banned={"Italian": ["GeopoliticalEntity", "Person", "Organization"]}),
    case("darien-gap-crossings",
         "Fewer migrants crossed the Darién Gap this year, Panama's National Migration Service said, after "
         "Colombia's Clan del Golfo began charging $500 a head. Roger Mojica, the service's director, spoke in "
         "Metetí.",
         [e("Darién Gap", "L"), e("Panama", "G"), e("National Migration Service", "O"), e("Colombia", "G"),
          e("Clan del Golfo", "O"), e("Roger Mojica", "P"), e("Metetí", "G")]),
    case("tajik-remittances",
         "Remittances from Russia fell by a third, the National Bank of Tajikistan said, as labourers from "
         "Khatlon returned home from Moscow and Yekaterinburg. Economist Parviz Mullojanov told Asia-Plus that "
         "Dushanbe should court Gulf investors.",
         [e("Russia", "G"), e("National Bank of Tajikistan", "O"), e("Khatlon", "G"), e("Moscow", "G"),
          e("Yekaterinburg", "G"), e("Parviz Mullojanov", "P"), e("Asia-Plus", "O"), e("Dushanbe", "G")],
         ignore=["Gulf"], banned={"Tajikistan": ["Person", "Organization"]}),
    case("water-company-fine",
         "Thames Water was fined £123 million by Ofwat for sewage spills into the River Thames and the River "
         "Kennet. Chris Weston, Thames Water's chief executive, said the company would appeal to the Competition "
         "and Markets Authority.",
         [e("Thames Water", "O"), e("Ofwat", "O"), e("River Thames", "L"), e("River Kennet", "L"),
          e("Chris Weston", "P"), e("Competition and Markets Authority", "O")], banned={"Thames": ["Person"]}),
    case("water-dam-mekong-laos",
         "The Xayaburi dam on the Mekong has cut the sediment reaching Cambodia's Tonlé Sap by half, a study by "
         "the Mekong River Commission found. Anoulak Kittikhoun, the commission's chief executive, presented it "
         "in Vientiane.",
         [e("Xayaburi dam", "L"), e("Mekong", "L"), e("Cambodia", "G"), e("Tonlé Sap", "L"),
          e("Mekong River Commission", "O"), e("Anoulak Kittikhoun", "P"), e("Vientiane", "G")],
         ignore=["Xayaburi"]),
    case("rail-sleeper-train",
         "The Nightjet from Vienna to Paris was cancelled for three weeks after ÖBB, the Austrian state railway, "
         "ran short of carriages. SNCF said it would add seats on its TGV Lyria services via Zurich.",
         [e("Vienna", "G"), e("Paris", "G"), e("ÖBB", "O"), e("SNCF", "O"), e("Zurich", "G")],
         products=["Nightjet", "TGV Lyria"], banned={"Austrian": ["GeopoliticalEntity", "Person"]}),
    case("rail-derailment-georgia",
         "A freight train of Georgian Railway derailed near Khashuri, spilling diesel into the Mtkvari river, the "
         "Ministry of Environmental Protection said. David Peradze, Georgian Railway's chief, blamed a worn rail.",
         [e("Georgian Railway", "O"), e("Khashuri", "G"), e("Mtkvari", "L", "Mtkvari river"),
          e("Ministry of Environmental Protection", "O"), e("David Peradze", "P")],
         banned={"Georgian": ["GeopoliticalEntity", "Person"]}),
    case("high-speed-rail-morocco",
         "Morocco's Al Boraq high-speed line will be extended from Kenitra to Marrakesh before the 2030 World Cup, "
         "ONCF chief Mohamed Rabie Khlie said. Alstom and Hyundai Rotem are building the trains.",
         [e("Morocco", "G"), e("Kenitra", "G"), e("Marrakesh", "G"), e("2030 World Cup", "E", "World Cup"),
          e("ONCF", "O"), e("Mohamed Rabie Khlie", "P"), e("Alstom", "O"), e("Hyundai Rotem", "O")],
         products=["Al Boraq"]),
    case("council-budget-regional",
         "From the Yorkshire Post: Bradford Council will raise council tax by nearly 10 percent after a loan from "
         "the government. Council leader Susan Hinchcliffe said the city had \"no other choice\", and Jamie Hinton, "
         "a Conservative councillor for Bingley, called the rise \"a disgrace\".",
         [e("Yorkshire Post", "O"), e("Bradford Council", "O"), e("Susan Hinchcliffe", "P"), e("Jamie Hinton", "P"),
          e("Bingley", "G")], ignore=["Conservative", "Bradford"]),
    case("mayor-recall-philippines-no",
         "Mayor Maria Isabelle Climaco of Zamboanga City said the council would vote on the bus terminal plan, "
         "which the Department of Transportation has approved. Vice Mayor Rommel Agan disagreed.",
         [e("Maria Isabelle Climaco", "P"), e("Zamboanga City", "G"), e("Department of Transportation", "O"),
          e("Rommel Agan", "P")]),
    case("local-government-fiji",
         "The Suva City Council has been dissolved and a special administrator, Bijay Prasad, appointed, Local "
         "Government Minister Maciu Nalumisa told parliament. Lautoka and Nadi will follow in June.",
         [e("Suva City Council", "O"), e("Bijay Prasad", "P"), e("Maciu Nalumisa", "P"), e("Lautoka", "G"),
          e("Nadi", "G")], ignore=["Suva"]),
    case("science-funding-erc",
         "The European Research Council awarded 57 Advanced Grants to scientists in Germany, and a further 30 to "
         "researchers in the Netherlands. Maria Leptin, the council's president, said applications from Poland had "
         "doubled.",
         [e("European Research Council", "O"), e("Germany", "G"), e("Netherlands", "G"), e("Maria Leptin", "P"),
          e("Poland", "G")], ignore=["Advanced Grants"]),
    case("telescope-funding-chile",
         "Construction of the Extremely Large Telescope on Cerro Armazones is 60 percent done, the European "
         "Southern Observatory said. Xavier Barcons, its director general, thanked Chile's science ministry.",
         [e("Cerro Armazones", "L"), e("European Southern Observatory", "O"), e("Xavier Barcons", "P"),
          e("Chile", "G")], banned={"Extremely Large Telescope": ["Person", "Organization", "GeopoliticalEntity"]}),
    case("persons-no-cue-said",
         "Novak Djokovic said he was tired after the match in Monte Carlo. Casper Ruud said he felt fine. Under "
         "Ines Duarte, the club has doubled its junior teams, and Tomasz Wierzbicki told Przegląd Sportowy that he "
         "would stay another season.",
         [e("Novak Djokovic", "P"), e("Monte Carlo", "G"), e("Casper Ruud", "P"), e("Ines Duarte", "P"),
          e("Tomasz Wierzbicki", "P"), e("Przegląd Sportowy", "O")]),
    case("persons-title-words",
         "Taoiseach Micheál Martin met Ceann Comhairle Verona Murphy in Dublin, while Tánaiste Simon Harris flew to "
         "Brussels. Archdeacon Luke Miller and Rabbi Jonathan Wittenberg wrote to both.",
         [e("Micheál Martin", "P"), e("Verona Murphy", "P"), e("Dublin", "G"), e("Simon Harris", "P"),
          e("Brussels", "G"), e("Luke Miller", "P"), e("Jonathan Wittenberg", "P")]),
    case("firms-like-persons-deal",
         "Goldman Sachs and Morgan Stanley advised on the sale of Johnson Matthey's battery unit to EV Metals, "
         "while Ernst & Young audited the books. Procter & Gamble and Rolls-Royce also hired the banks this year.",
         [e("Goldman Sachs", "O"), e("Morgan Stanley", "O"), e("Johnson Matthey", "O"), e("EV Metals", "O"),
          e("Ernst & Young", "O"), e("Procter & Gamble", "O"), e("Rolls-Royce", "O")]),
    case("somali-drought-aid-long",
         "In Baidoa, where the Somali government and the World Food Programme run the largest camp in the Bay "
         "region, Fadumo Abdi Hassan, 34, who walked for nine days from Dinsoor with her five children, says the "
         "rations stopped in January, when the United States cut its funding.",
         [e("Baidoa", "G"), e("World Food Programme", "O"), e("Bay", "G", "Bay region"),
          e("Fadumo Abdi Hassan", "P"), e("Dinsoor", "G"), e("United States", "G")],
         banned={"Somali": ["Person", "Organization"]}),
    case("caribbean-fishing-sargassum",
         "Fishermen in Barbados and Saint Lucia say sargassum seaweed has kept their boats in port for a month. "
         "The Caribbean Regional Fisheries Mechanism, based in Belize City, asked for help from the Inter-American "
         "Development Bank, its director Milton Haughton said.",
         [e("Barbados", "G"), e("Saint Lucia", "G"), e("Caribbean Regional Fisheries Mechanism", "O"),
          e("Belize City", "G"), e("Inter-American Development Bank", "O"), e("Milton Haughton", "P")],
         ignore=["Caribbean"]),
    case("albania-tourism-housing",
         "Rents in Tirana have doubled since 2019, the Albanian Institute of Statistics said, as foreign buyers "
         "snapped up flats near Skanderbeg Square. Mayor Erion Veliaj, since arrested, had blamed Airbnb.",
         [e("Tirana", "G"), e("Albanian Institute of Statistics", "O"), e("Skanderbeg Square", "L"),
          e("Erion Veliaj", "P"), e("Airbnb", "O")], banned={"Albanian": ["GeopoliticalEntity", "Person"],
                                                          "Skanderbeg": []}),
    case("namibia-hydrogen-feature",
         "Near Lüderitz, on Namibia's windswept coast, Hyphen Hydrogen Energy wants to make ammonia for export to "
         "Rotterdam. James Mnyupe, the president's economic adviser, says the project will employ 15,000 people; "
         "the Nama Traditional Leaders Association says it was never consulted.",
         [e("Lüderitz", "G"), e("Namibia", "G"), e("Hyphen Hydrogen Energy", "O"), e("Rotterdam", "G"),
          e("James Mnyupe", "P"), e("Nama Traditional Leaders Association", "O")], ignore=["Nama"]),
    case("newspapers-as-sources",
         "According to Le Monde, the French government will delay the pension reform; the Süddeutsche Zeitung "
         "reported that Berlin was surprised, and El País quoted Carlos Cuerpo, Spain's economy minister, as "
         "saying Madrid had not been told.",
         [e("Le Monde", "O"), e("Süddeutsche Zeitung", "O"), e("Berlin", "G"), e("El País", "O"),
          e("Carlos Cuerpo", "P"), e("Spain", "G"), e("Madrid", "G")],
         banned={"French": ["GeopoliticalEntity", "Person", "Organization"]}),
    case("uzbek-cotton-labour",
         "The Cotton Campaign, a coalition of rights groups, ended its boycott of Uzbek cotton after the "
         "International Labour Organization found no forced labour in the Fergana Valley. Umida Niyazova of the "
         "Uzbek Forum for Human Rights said monitoring must go on.",
         [e("Cotton Campaign", "O"), e("International Labour Organization", "O"), e("Fergana Valley", "L"),
          e("Umida Niyazova", "P"), e("Uzbek Forum for Human Rights", "O")],
         banned={"Uzbek": ["GeopoliticalEntity", "Person", "Organization"]}),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-7.json")
    out.write_text(json.dumps(CASES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
