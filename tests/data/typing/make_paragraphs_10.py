"""Writes paragraphs-10.json (run once; the JSON is the data, this file the way it was written).

Entity recall and typing on unseen news (issue 9): entity shapes the small NER misses or mistypes. Firm names in
lower case or capitals (easyJet, eBay, bp, adidas, ASML, KPMG, PwC), with "&", ".", digits or hyphens (Procter &
Gamble, AT&T, J.P. Morgan, Booking.com, 3M, 7-Eleven, Rolls-Royce, Warner Bros. Discovery), non-Western persons'
names (Vietnamese, Korean, Arab, Nigerian, Indian), organisations named by a common word (Apple, Shell, Meta,
Target, Next, Gap, Inter), agencies, regulators and ministries, names at a sentence's start, after a title and inside
quotes. Traps that must not become entities: products, laws, ships, works, missions, common nouns in title case at a
sentence's start, headline fragments, titles run into names; persons named like places (Florence, Sydney) and clubs
named like cities (Barcelona). Real and invented names; every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import e, case  # the seventh batch's format

CASES = [
    case("asml-caps",
         "ASML said on Wednesday that new Dutch export rules would cut its sales to China by about 10%. Chief "
         "executive Christophe Fouquet told analysts the curbs covered older DUV machines, and that TSMC, its "
         "biggest customer, was unaffected.",
         [e("ASML", "O"), e("China", "G"), e("Christophe Fouquet", "P"), e("TSMC", "O")],
         ignore=["Dutch"], banned={"DUV": [], "Chief executive Christophe Fouquet": []}),
    case("pg-ampersand",
         "Procter & Gamble raised its annual forecast as price rises offset weaker volumes, while rival Unilever "
         "said it would spin off its ice cream business by the end of the year. P&G shares rose 3% in New York.",
         [e("Procter & Gamble", "O", "P&G"), e("Unilever", "O"), e("New York", "G")],
         banned={"Procter": [], "Gamble": []}),
    case("att-verizon-fcc",
         "AT&T and Verizon agreed to pay $4 billion to settle claims over lead-sheathed cables, the Federal "
         "Communications Commission said. The FCC's chairman, Brendan Carr, called the deal fair to customers.",
         [e("AT&T", "O"), e("Verizon", "O"), e("Federal Communications Commission", "O", "FCC"),
          e("Brendan Carr", "P")]),
    case("jpmorgan-dots",
         "J.P. Morgan cut its forecast for U.S. growth to 1.3%, and economists at Bank of America said the Fed "
         "would wait until September before cutting rates.",
         [e("J.P. Morgan", "O"), e("U.S.", "G"), e("Bank of America", "O"), e("Fed", "O")],
         banned={"Morgan": [], "J.P.": []}),
    case("booking-dotcom",
         "Booking.com was fined 413 million euros by Spain's competition watchdog, the CNMC, for abusing its "
         "dominance over hotels. The Amsterdam-based firm said it would appeal.",
         [e("Booking.com", "O"), e("Spain", "G"), e("CNMC", "O"), e("Amsterdam", "G")]),
    case("digits-firms",
         "3M agreed to pay $10.3 billion to settle lawsuits over chemicals in drinking water, and 7-Eleven's "
         "Japanese owner, Seven & i Holdings, rejected a takeover offer from Alimentation Couche-Tard.",
         [e("3M", "O"), e("7-Eleven", "O"), e("Seven & i Holdings", "O"), e("Alimentation Couche-Tard", "O")],
         ignore=["Japanese"]),
    case("hyphen-firms",
         "Rolls-Royce will cut 2,500 jobs, chief executive Tufan Erginbilgic said on Tuesday. Coca-Cola Hellenic "
         "agreed to buy a majority stake in Coca-Cola Beverages Africa for $2.6 billion.",
         [e("Rolls-Royce", "O"), e("Tufan Erginbilgic", "P"), e("Coca-Cola Hellenic", "O"),
          e("Coca-Cola Beverages Africa", "O")], banned={"Africa": []}),
    case("apple-meta-common-word",
         "Apple will pay $490 million to settle a lawsuit claiming it hid falling demand for iPhones in China. "
         "Separately, Meta said it would stop fact-checking posts on Facebook and Instagram in the United States.",
         [e("Apple", "O"), e("China", "G"), e("Meta", "O"), e("United States", "G")],
         products=["iPhones", "Facebook", "Instagram"]),
    case("shell-bp-lowercase",
         "Shell reported a profit of $28 billion for last year, and bp said it would cut 4,700 jobs. Shell chief "
         "executive Wael Sawan said gas demand would keep growing until 2040.",
         [e("Shell", "O"), e("bp", "O"), e("Wael Sawan", "P")],
         banned={"Shell chief executive Wael Sawan": []}),
    case("retail-common-words",
         "Target cut its sales forecast after shoppers spent less on home goods, and Next raised its profit outlook "
         "for a third time. Gap said sales at its Old Navy chain fell 2%.",
         [e("Target", "O"), e("Next", "O"), e("Gap", "O")], ignore=["Old Navy"]),
    case("lowercase-firms",
         "easyJet flew a record 90 million passengers last year, and eBay agreed to buy Caramel, a car-sales "
         "platform. Chief executive Kenton Jarvis said easyJet would add routes from Birmingham.",
         [e("easyJet", "O"), e("eBay", "O"), e("Caramel", "O"), e("Kenton Jarvis", "P"), e("Birmingham", "G")]),
    case("mod-chinook",
         "The Ministry of Defence has ordered 14 more Chinook helicopters from Boeing, Defence Secretary John Healey "
         "told MPs. The Treasury approved the £1.1 billion deal last month.",
         [e("Ministry of Defence", "O"), e("Boeing", "O"), e("John Healey", "P"), e("Treasury", "O", "The Treasury")],
         products=["Chinook"], ignore=["MPs"], banned={"Defence Secretary John Healey": []}),
    case("epa-fda",
         "The Environmental Protection Agency withdrew a rule limiting power plant emissions, and the Food and "
         "Drug Administration approved Kisunla, an Alzheimer's drug made by Eli Lilly.",
         [e("Environmental Protection Agency", "O"), e("Food and Drug Administration", "O"), e("Eli Lilly", "O")],
         products=["Kisunla"], ignore=["Alzheimer's"]),
    case("interior-ministry",
         "Pakistan's Interior Ministry blocked access to X for a week, and Interior Minister Mohsin Naqvi said the "
         "platform had been used to spread unrest in Lahore.",
         [e("Pakistan", "G"), e("Interior Ministry", "O"), e("Mohsin Naqvi", "P"), e("Lahore", "G")],
         ignore=["X"], banned={"Interior Minister Mohsin Naqvi": []}),
    case("vietnam-names",
         "Vietnam's central bank governor Nguyen Thi Hong said the dong would stay stable, and Prime Minister Pham "
         "Minh Chinh urged banks in Ho Chi Minh City to lend more to small firms.",
         [e("Vietnam", "G"), e("Nguyen Thi Hong", "P"), e("Pham Minh Chinh", "P"), e("Ho Chi Minh City", "G")],
         banned={"Ho Chi Minh": []}),
    case("india-tycoons",
         "Reliance Industries chairman Mukesh Ambani said the group's retail arm would list within five years. "
         "Adani Group, controlled by Gautam Adani, won a contract to redevelop Dharavi in Mumbai.",
         [e("Reliance Industries", "O"), e("Mukesh Ambani", "P"), e("Adani Group", "O"), e("Gautam Adani", "P"),
          e("Mumbai", "G")], banned={"Dharavi": ["Person", "Organization"]}),
    case("nigeria-names",
         "Nigeria's President Bola Tinubu named Olayemi Cardoso to head the central bank, and Aliko Dangote said "
         "his refinery in Lekki would start selling petrol in July.",
         [e("Nigeria", "G"), e("Bola Tinubu", "P"), e("Olayemi Cardoso", "P"), e("Aliko Dangote", "P"),
          e("Lekki", "G")]),
    case("gulf-names",
         "Saudi Crown Prince Mohammed bin Salman met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Riyadh on "
         "Sunday, the Saudi Press Agency reported.",
         [e("Mohammed bin Salman", "P"), e("Qatar", "G"), e("Tamim bin Hamad Al Thani", "P"), e("Riyadh", "G"),
          e("Saudi Press Agency", "O")], ignore=["Saudi", "Sheikh Tamim bin Hamad Al Thani"],
         banned={"Saudi Crown Prince Mohammed bin Salman": [], "Emir Sheikh Tamim bin Hamad Al Thani": []}),
    case("korea-two-lees",
         "Xi Jinping met South Korea's President Lee Jae-myung in Gyeongju, and Samsung Electronics chairman Lee "
         "Jae-yong said the firm would invest more in Texas.",
         [e("Xi Jinping", "P"), e("South Korea", "G"), e("Lee Jae-myung", "P"), e("Gyeongju", "G"),
          e("Samsung Electronics", "O"), e("Lee Jae-yong", "P"), e("Texas", "G")]),
    case("surname-first",
         "Okafor, who joined Zenith Bank in 2019, will become its chief executive in May. Adaeze Okafor replaces "
         "Ebenezer Onyeagwu, the bank said.",
         [e("Adaeze Okafor", "P", "Okafor"), e("Zenith Bank", "O"), e("Ebenezer Onyeagwu", "P")]),
    case("firms-sentence-start",
         "Siemens Energy raised its outlook for the year. Nvidia, whose chips power most AI models, fell 4%, and "
         "Arm Holdings said licensing revenue had doubled.",
         [e("Siemens Energy", "O"), e("Nvidia", "O"), e("Arm Holdings", "O")], banned={"AI": []}),
    case("titles-before-names",
         "Chancellor Rachel Reeves, Energy Secretary Ed Miliband and Bank of England Governor Andrew Bailey met "
         "bankers at Mansion House on Tuesday evening.",
         [e("Rachel Reeves", "P"), e("Ed Miliband", "P"), e("Bank of England", "O"), e("Andrew Bailey", "P"),
          e("Mansion House", "L")],
         banned={"Chancellor Rachel Reeves": [], "Energy Secretary Ed Miliband": [], "Governor Andrew Bailey": [],
                 "Bank of England Governor Andrew Bailey": []}),
    case("names-in-quotes",
         "\"Toyota will not move production out of Japan,\" chairman Akio Toyoda said. \"We owe that to Aichi.\" "
         "\"The talks with Honda are over,\" a Nissan spokesman told reporters.",
         [e("Toyota", "O"), e("Japan", "G"), e("Akio Toyoda", "P"), e("Aichi", "G"), e("Honda", "O"),
          e("Nissan", "O")]),
    case("audit-caps",
         "KPMG and PwC were fined by the FRC over audits of a collapsed builder, while HSBC said it would close 40 "
         "branches in Scotland.",
         [e("KPMG", "O"), e("PwC", "O"), e("FRC", "O"), e("HSBC", "O"), e("Scotland", "G")]),
    case("imf-nasa",
         "The IMF cut its growth forecast for Argentina, and Nasa delayed the Artemis III mission to 2027, the "
         "agency's acting administrator Sean Duffy said.",
         [e("IMF", "O"), e("Argentina", "G"), e("Nasa", "O"), e("Sean Duffy", "P")],
         banned={"Artemis III": ["Person", "Organization", "GeopoliticalEntity", "Location"]}),
    case("headline-fragment",
         "UPDATE 2-Oil climbs as OPEC+ delays output rise. LONDON, June 3 (Reuters) - Oil prices rose on Tuesday "
         "after OPEC+ agreed to delay a planned increase in output, and Brent crude futures gained 1.2%.",
         [e("OPEC+", "O"), e("London", "G", "LONDON"), e("Reuters", "O")], products=["Brent"],
         banned={"UPDATE 2-Oil": [], "UPDATE": [], "Oil": []}),
    case("law-and-plant",
         "Hyundai opened its Metaplant in Georgia, helped by tax credits in the Inflation Reduction Act, and "
         "Governor Brian Kemp said the plant would employ 8,500 people by 2031.",
         [e("Hyundai", "O"), e("Georgia", "G"), e("Brian Kemp", "P")],
         banned={"Inflation Reduction Act": [], "Metaplant": [], "Governor Brian Kemp": []}),
    case("ship-name",
         "The tanker Eagle S, suspected of cutting a power cable between Finland and Estonia, was held by the "
         "Finnish coast guard. Its owner, Caravella LLC FZ of the United Arab Emirates, denied wrongdoing.",
         [e("Finland", "G"), e("Estonia", "G"), e("Caravella LLC FZ", "O"), e("United Arab Emirates", "G")],
         ignore=["Finnish"], banned={"Eagle S": []}),
    case("works-titles",
         "Netflix said Squid Game drew 60 million viewers in its first week, and Warner Bros. Discovery said the "
         "film Superman had made $220 million worldwide.",
         [e("Netflix", "O"), e("Warner Bros. Discovery", "O")], banned={"Squid Game": [], "Superman": []}),
    case("common-nouns-sentence-start",
         "Shares in Burberry jumped 12% after the luxury brand named Joshua Schulman chief executive. Analysts at "
         "Jefferies said the turnaround would take years. Profits fell by a third.",
         [e("Burberry", "O"), e("Joshua Schulman", "P"), e("Jefferies", "O")],
         banned={"Shares": [], "Analysts": [], "Profits": []}),
    case("headline-title-case",
         "Gold Hits Record as Investors Seek Safety. Gold rose above $3,000 an ounce for the first time, the World "
         "Gold Council said, as central banks led by the People's Bank of China kept buying.",
         [e("World Gold Council", "O"), e("People's Bank of China", "O")],
         banned={"Gold Hits Record": [], "Investors Seek Safety": [], "Gold": [], "China": []}),
    case("lagos-agency",
         "The Lagos State Waste Management Authority (LAWMA) fined three markets in Ikeja, and its managing "
         "director, Muyiwa Gbadegesin, said drains must be cleared before the rains.",
         [e("Lagos State Waste Management Authority", "O", "LAWMA"), e("Ikeja", "G"), e("Muyiwa Gbadegesin", "P")],
         banned={"Lagos State": []}),
    case("invented-hyphen-ampersand",
         "Kessler-Nyberg AB, a Swedish maker of heat pumps, agreed to buy Brandt & Oyelaran Ltd for 84 million "
         "euros. Its chief executive, Ingrid Kessler, said the deal would open the Nigerian market.",
         [e("Kessler-Nyberg AB", "O"), e("Brandt & Oyelaran Ltd", "O"), e("Ingrid Kessler", "P")],
         ignore=["Swedish", "Nigerian"]),
    case("persons-named-like-places",
         "Florence Eshalomi, the Labour MP for Vauxhall, asked Sydney Chandler of Kingspan whether the cladding "
         "had been tested.",
         [e("Florence Eshalomi", "P"), e("Labour", "O"), e("Vauxhall", "G"), e("Sydney Chandler", "P"),
          e("Kingspan", "O")], banned={"Florence": [], "Sydney": []}),
    case("clubs-named-like-cities",
         "Inter beat Barcelona 4-3 at San Siro, and coach Simone Inzaghi said his team had suffered. PSG face "
         "Arsenal in the other semi-final.",
         [e("Inter", "O"), e("Barcelona", "O"), e("San Siro", "L"), e("Simone Inzaghi", "P"), e("PSG", "O"),
          e("Arsenal", "O")]),
    case("lowercase-brand",
         "adidas and Puma both raised their forecasts, and Bjørn Gulden, adidas's chief executive, said demand for "
         "the Samba trainer was still strong.",
         [e("adidas", "O"), e("Puma", "O"), e("Bjørn Gulden", "P")], products=["Samba"]),
    case("uk-regulators",
         "Ofgem raised the energy price cap by 6.4%, and Ofwat let Thames Water raise bills by 35% over five "
         "years, the regulator said.",
         [e("Ofgem", "O"), e("Ofwat", "O"), e("Thames Water", "O")]),
    case("university-trust",
         "Researchers at Makerere University in Kampala and the Wellcome Trust found that a cheap malaria test "
         "missed one case in five.",
         [e("Makerere University", "O"), e("Kampala", "G"), e("Wellcome Trust", "O")]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-10.json")
    out.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
