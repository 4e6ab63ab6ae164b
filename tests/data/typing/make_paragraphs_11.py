"""Writes paragraphs-11.json (run once; the JSON is the data, this file the way it was written).

Short names and names in odd places on unseen news (issue 9: entities found and merged on the held-out set). Short
forms that must join the full name: an institution's or firm's short form ("the Bank" after the Bank of England, "VW"
after Volkswagen, "the Fed", "Goldman", "Deutsche", "Harlow & Finch"), an acronym introduced in brackets, after the
full name or never introduced, a surname after a full name with a title ("Sir Keir Starmer ... Starmer", "Mr
Mohamud"), a first name alone in a feature ("Maria says"), names with particles ("von der Leyen", "van der Berg",
"de Villiers", "bin Salman"), hyphens and apostrophes ("Schmidt-Hoffmann", "O'Sullivan", "D'Souza"), lower-case
brands (iRobot, eToro, bioMérieux), names in headlines, datelines, at a sentence's start and inside quotes. Traps
that must not become entities: descriptions ("the carmaker", "the company", "the bank", "the ministry"), titles run
into names, ships, military operations and laws. Real and invented names; every answer was fixed before the builder
ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import e, case  # the seventh batch's format

NOT_EVENT = ["Person", "Organization", "GeopoliticalEntity", "Location"]

CASES = [
    case("boe-the-bank",
         "The Bank of England held interest rates at 4% on Thursday. The Bank said inflation would peak at 3.8% in "
         "September, and Governor Andrew Bailey told reporters that cuts would come gradually. Bailey said the labour "
         "market was cooling.",
         [e("Bank of England", "O", "Bank"), e("Andrew Bailey", "P", "Bailey")],
         banned={"Governor Andrew Bailey": []}),
    case("vw-carmaker",
         "Volkswagen will cut 35,000 jobs in Germany by 2030, the carmaker said on Friday. VW's works council chief, "
         "Daniela Cavallo, said the deal avoided plant closures, and IG Metall called it painful.",
         [e("Volkswagen", "O", "VW"), e("Germany", "G"), e("Daniela Cavallo", "P"), e("IG Metall", "O")],
         banned={"the carmaker": [], "carmaker": []}),
    case("fed-powell",
         "The Federal Reserve kept its benchmark rate unchanged on Wednesday. Fed Chair Jerome Powell said officials "
         "wanted more evidence that inflation was easing, and the Fed's next meeting is in September. Powell declined "
         "to comment on President Donald Trump's criticism.",
         [e("Federal Reserve", "O", "Fed"), e("Jerome Powell", "P", "Powell"), e("Donald Trump", "P")],
         banned={"Fed Chair Jerome Powell": [], "Fed Chair": []}),
    case("meti-brackets",
         "Japan's Ministry of Economy, Trade and Industry (METI) will give Rapidus another 802.5 billion yen to build "
         "a chip plant in Hokkaido. The ministry said METI officials would review the project every year.",
         [e("Japan", "G"), e("Ministry of Economy, Trade and Industry", "O", "METI"), e("Rapidus", "O"),
          e("Hokkaido", "G")], banned={"the ministry": [], "ministry": []}),
    case("invented-acronym-brackets",
         "The Baltic Ferry Operators Association (BFOA) warned on Monday that new port fees in Klaipėda would push "
         "freight onto the roads. BFOA chairman Tomas Valiukas said members had not been consulted.",
         [e("Baltic Ferry Operators Association", "O", "BFOA"), e("Klaipėda", "G"), e("Tomas Valiukas", "P")],
         banned={"BFOA chairman Tomas Valiukas": []}),
    case("acronym-never-introduced",
         "Shares in ABF fell 5% after the Primark owner cut its profit forecast, and the FCA said it would look at "
         "how retailers price their goods.",
         [e("ABF", "O"), e("Primark", "O"), e("FCA", "O")]),
    case("ministry-of-defence",
         "Ukraine's Ministry of Defence said on Sunday that Russian drones had hit an energy plant in Kharkiv. The "
         "ministry added that air defences had shot down 42 of 58 drones.",
         [e("Ukraine", "G"), e("Ministry of Defence", "O"), e("Kharkiv", "G")], ignore=["Russian"],
         banned={"the ministry": [], "ministry": []}),
    case("sir-keir",
         "Sir Keir Starmer promised on Monday to cut net migration. Starmer told the Commons that the Home Office "
         "would publish its plans in May, and Home Secretary Yvette Cooper said hotels would no longer house asylum "
         "seekers.",
         [e("Keir Starmer", "P", "Sir Keir Starmer", "Starmer"), e("Home Office", "O"), e("Yvette Cooper", "P")],
         ignore=["Commons"], banned={"Home Secretary Yvette Cooper": []}),
    case("dr-surname",
         "Dr Amaka Obiora, a virologist at the University of Lagos, said the outbreak had peaked. Obiora's team "
         "sequenced 300 samples from Ogun State.",
         [e("Amaka Obiora", "P", "Obiora"), e("University of Lagos", "O"), e("Ogun State", "G", "Ogun")],
         banned={"Dr Amaka Obiora": []}),
    case("feature-first-name",
         "Maria Gonzalez, 42, has run a bakery in El Paso for ten years. Maria says the price of flour has doubled "
         "since 2020, and her husband, Luis, now drives for Uber at night.",
         [e("Maria Gonzalez", "P", "Maria"), e("El Paso", "G"), e("Uber", "O")], ignore=["Luis"]),
    case("feature-first-name-kazakh",
         "Every morning Aigerim Bekova walks her two children to school past the closed coal mine in Karaganda. "
         "Aigerim, who lost her job at ArcelorMittal Temirtau in 2023, now sells honey online.",
         [e("Aigerim Bekova", "P", "Aigerim"), e("Karaganda", "G"), e("ArcelorMittal Temirtau", "O")]),
    case("von-der-leyen",
         "Ursula von der Leyen said on Tuesday that the EU would answer US tariffs within days. Von der Leyen spoke "
         "after meeting Maroš Šefčovič, the trade commissioner.",
         [e("Ursula von der Leyen", "P", "Von der Leyen"), e("EU", "O"), e("US", "G"), e("Maroš Šefčovič", "P")]),
    case("van-der-berg",
         "Dutch judge Marieke van der Berg ruled that Shell must cut its emissions. Van der Berg said the company "
         "had known the risks since the 1980s, and lawyer Roger Cox of Milieudefensie welcomed the ruling.",
         [e("Marieke van der Berg", "P", "Van der Berg"), e("Shell", "O"), e("Roger Cox", "P"),
          e("Milieudefensie", "O")], ignore=["Dutch"], banned={"the company": [], "Van": [], "Berg": []}),
    case("de-villiers",
         "Bertrand de Villiers, the chief executive of Saint-Gobain's Brazilian unit, said the group would build a "
         "glass plant near Recife. De Villiers said it would employ 400 people.",
         [e("Bertrand de Villiers", "P", "De Villiers"), e("Saint-Gobain", "O"), e("Recife", "G")],
         ignore=["Brazilian"], banned={"Villiers": []}),
    case("bin-salman",
         "Saudi Arabia's crown prince, Mohammed bin Salman, met Indian Prime Minister Narendra Modi in Riyadh, and "
         "Prince Mohammed said the kingdom would invest $100 billion in India.",
         [e("Saudi Arabia", "G"), e("Mohammed bin Salman", "P", "Prince Mohammed", "Mohammed"),
          e("Narendra Modi", "P"), e("Riyadh", "G"), e("India", "G")], ignore=["Indian"],
         banned={"Salman": []}),
    case("bin-sheikh-invented",
         "Sheikh Khalid bin Rashid Al Nuaimi, chairman of Gulf Pearl Holdings, said the firm would list its shares "
         "in Abu Dhabi. Sheikh Khalid said the offering would raise $1.2 billion.",
         [e("Khalid bin Rashid Al Nuaimi", "P", "Sheikh Khalid bin Rashid Al Nuaimi", "Sheikh Khalid", "Khalid"),
          e("Gulf Pearl Holdings", "O"), e("Abu Dhabi", "G")], banned={"the firm": []}),
    case("apostrophe-osullivan",
         "Conor O'Sullivan, a fisherman from Castletownbere, said the new quota would ruin the port. O'Sullivan and "
         "other skippers will meet Marine Minister Timmy Dooley in Cork on Friday.",
         [e("Conor O'Sullivan", "P", "O'Sullivan"), e("Castletownbere", "G"), e("Timmy Dooley", "P"),
          e("Cork", "G")], banned={"Marine Minister Timmy Dooley": [], "Sullivan": []}),
    case("hyphen-melenchon",
         "Jean-Luc Mélenchon's party tabled a motion of no confidence, and Marine Le Pen said the National Rally "
         "would back it. Mélenchon said the government had lost its majority.",
         [e("Jean-Luc Mélenchon", "P", "Mélenchon"), e("Marine Le Pen", "P"), e("National Rally", "O")]),
    case("hyphen-double-surname",
         "Anna-Lena Schmidt-Hoffmann, who heads the Hamburg port authority, said container volumes fell 4% in the "
         "first half. Schmidt-Hoffmann blamed ships diverted from the Red Sea.",
         [e("Anna-Lena Schmidt-Hoffmann", "P", "Schmidt-Hoffmann"), e("Hamburg", "G"), e("Red Sea", "L")],
         ignore=["Hamburg port authority"]),
    case("lowercase-brands",
         "iRobot warned it might not survive another year after Amazon dropped its bid, and eToro, the trading app, "
         "said it had filed for a listing on Nasdaq.",
         [e("iRobot", "O"), e("Amazon", "O"), e("eToro", "O"), e("Nasdaq", "O")]),
    case("lowercase-brand-start",
         "bioMérieux bought a Danish diagnostics firm for 1 billion euros, and shares in the Lyon-based group rose "
         "2%.",
         [e("bioMérieux", "O"), e("Lyon", "G")], ignore=["Danish"]),
    case("headline-nissan",
         "Nissan to cut 20,000 jobs worldwide. YOKOHAMA (Reuters) - Nissan Motor said on Tuesday it would close "
         "seven plants, and chief executive Ivan Espinosa said the carmaker had to act quickly.",
         [e("Nissan", "O", "Nissan Motor"), e("Yokohama", "G", "YOKOHAMA"), e("Reuters", "O"),
          e("Ivan Espinosa", "P")], banned={"the carmaker": [], "carmaker": []}),
    case("dateline-nairobi",
         "NAIROBI, May 12 (Reuters) - Safaricom's M-Pesa suffered a four-hour outage on Monday, the company said, "
         "and Kenya's Communications Authority said it would investigate.",
         [e("Nairobi", "G", "NAIROBI"), e("Reuters", "O"), e("Safaricom", "O"), e("Kenya", "G"),
          e("Communications Authority", "O")], products=["M-Pesa"], banned={"the company": []}),
    case("sentence-start-person",
         "Ngozi Okonjo-Iweala warned that tariffs could shrink world trade by 1.5%. Okonjo-Iweala, who heads the "
         "WTO, said talks in Geneva had stalled.",
         [e("Ngozi Okonjo-Iweala", "P", "Okonjo-Iweala"), e("WTO", "O"), e("Geneva", "G")]),
    case("inside-quotes",
         "\"Meridia Foods will not be sold,\" said chairman Peter Lindqvist, rejecting a bid from Arla. \"We have "
         "talked to Arla twice and the answer is no.\"",
         [e("Meridia Foods", "O"), e("Peter Lindqvist", "P"), e("Arla", "O")]),
    case("sentence-start-firm",
         "Tellvanta, a Finnish telecoms firm, agreed to buy Norway's Fjordnett for 2 billion crowns. Tellvanta said "
         "the deal would close in June.",
         [e("Tellvanta", "O"), e("Norway", "G"), e("Fjordnett", "O")], ignore=["Finnish"]),
    case("ship-trap",
         "Houthi fighters seized the Galaxy Leader, a car carrier owned by Ray Car Carriers, in the Red Sea. The "
         "ship's 25 crew were freed in Oman a year later.",
         [e("Ray Car Carriers", "O"), e("Red Sea", "L"), e("Oman", "G")], ignore=["Houthi"],
         banned={"Galaxy Leader": []}),
    case("operation-trap",
         "Israel launched Operation Rising Lion against Iranian nuclear sites, and the IDF said it had struck "
         "Natanz.",
         [e("Israel", "G"), e("IDF", "O"), e("Natanz", "G")], ignore=["Iranian"],
         banned={"Operation Rising Lion": NOT_EVENT, "Rising Lion": NOT_EVENT}),
    case("law-trap-dma",
         "The Digital Markets Act forces Apple to open its App Store to rivals, the European Commission said, and "
         "Teresa Ribera, the commission's competition chief, said fines would follow.",
         [e("Apple", "O"), e("European Commission", "O"), e("Teresa Ribera", "P")], products=["App Store"],
         banned={"Digital Markets Act": []}),
    case("law-trap-invented",
         "Under the Clean Rivers Act, Severn Trent must halve its sewage spills by 2030, and Ofwat said it would "
         "check the figures. Severn Trent said it would spend £1 billion.",
         [e("Severn Trent", "O"), e("Ofwat", "O")], banned={"Clean Rivers Act": []}),
    case("acronym-first-ntsb",
         "The NTSB said on Friday that a loose bolt had caused the crash. The National Transportation Safety "
         "Board's chair, Jennifer Homendy, said Boeing had been told in March.",
         [e("National Transportation Safety Board", "O", "NTSB"), e("Jennifer Homendy", "P"), e("Boeing", "O")]),
    case("toyota-corp",
         "Toyota Motor Corp said its operating profit fell 20%, and Toyota's president, Koji Sato, blamed US "
         "tariffs.",
         [e("Toyota", "O", "Toyota Motor Corp"), e("Koji Sato", "P"), e("US", "G")]),
    case("firm-short-form-invented",
         "Harlow & Finch Engineering won a £40 million contract to repair a bridge in Newcastle. Harlow & Finch "
         "said work would start in April.",
         [e("Harlow & Finch Engineering", "O", "Harlow & Finch"), e("Newcastle", "G")],
         banned={"Harlow": [], "Finch": []}),
    case("deutsche-short",
         "Deutsche Bank posted its best quarter in years, and Deutsche's chief executive, Christian Sewing, said the "
         "bank would buy back more shares.",
         [e("Deutsche Bank", "O", "Deutsche"), e("Christian Sewing", "P")], banned={"the bank": []}),
    case("goldman-short",
         "Goldman Sachs cut its oil price forecast, and Goldman analysts said Brent would average $60 a barrel next "
         "year.",
         [e("Goldman Sachs", "O", "Goldman")], products=["Brent"]),
    case("chancellor-surname",
         "Chancellor Rachel Reeves will raise taxes in the budget, according to people familiar with her plans. "
         "Reeves has ruled out an increase in income tax.",
         [e("Rachel Reeves", "P", "Reeves")], banned={"Chancellor Rachel Reeves": []}),
    case("mr-surname",
         "Somalia's President Hassan Sheikh Mohamud flew to Ankara on Monday to meet Recep Tayyip Erdoğan. Mr "
         "Mohamud said Turkey would train 5,000 Somali soldiers, and Erdoğan promised drones.",
         [e("Somalia", "G"), e("Hassan Sheikh Mohamud", "P", "Mohamud"), e("Ankara", "G"),
          e("Recep Tayyip Erdoğan", "P", "Erdoğan"), e("Turkey", "G")], ignore=["Somali"]),
    case("party-acronym",
         "The Social Democratic Party (SPD) lost ground in Saxony, and SPD leader Lars Klingbeil said the party "
         "would stay in the coalition.",
         [e("Social Democratic Party", "O", "SPD"), e("Saxony", "G"), e("Lars Klingbeil", "P")],
         banned={"SPD leader Lars Klingbeil": []}),
    case("ecb-lagarde",
         "The European Central Bank cut its deposit rate to 2%. The ECB's president, Christine Lagarde, said the "
         "bank was in a good place, and Lagarde declined to say whether it would cut again in July.",
         [e("European Central Bank", "O", "ECB"), e("Christine Lagarde", "P", "Lagarde")],
         banned={"the bank": []}),
    case("mofcom",
         "China's Ministry of Commerce said on Thursday it would restrict exports of gallium to the United States. "
         "MOFCOM did not say when the rules would take effect.",
         [e("China", "G"), e("Ministry of Commerce", "O", "MOFCOM"), e("United States", "G")]),
    case("f1-surname",
         "Ferrari's Charles Leclerc won in Monaco on Sunday. Leclerc finished ahead of Lando Norris of McLaren, and "
         "Norris said his tyres had faded.",
         [e("Ferrari", "O"), e("Charles Leclerc", "P", "Leclerc"), e("Monaco", "G"),
          e("Lando Norris", "P", "Norris"), e("McLaren", "O")]),
    case("apostrophe-dsouza-quote",
         "\"D'Souza has done nothing wrong,\" said his lawyer, Priya Menon, after Mumbai police questioned Rohan "
         "D'Souza, the founder of PayNest.",
         [e("Rohan D'Souza", "P", "D'Souza"), e("Priya Menon", "P"), e("Mumbai", "G"), e("PayNest", "O")],
         ignore=["Mumbai police"], banned={"Souza": []}),
    case("iag-owner",
         "Shares in IAG, the owner of British Airways, rose 4% after the group said transatlantic bookings were "
         "strong.",
         [e("IAG", "O"), e("British Airways", "O")], banned={"the group": []}),
    case("imf-the-fund",
         "The International Monetary Fund approved a $7 billion loan for Pakistan. The Fund's mission chief, Nathan "
         "Porter, said Islamabad must widen its tax base.",
         [e("International Monetary Fund", "O", "Fund"), e("Pakistan", "G"), e("Nathan Porter", "P"),
          e("Islamabad", "G")]),
    case("anz-bank",
         "Australia and New Zealand Banking Group will cut 3,500 jobs, and ANZ chief executive Nuno Matos said the "
         "bank had too many managers.",
         [e("Australia and New Zealand Banking Group", "O", "ANZ"), e("Nuno Matos", "P")],
         banned={"Australia": [], "New Zealand": [], "the bank": []}),
    case("pentagon-lockheed",
         "The US Department of Defense awarded Lockheed Martin a $1 billion contract, and the Pentagon said the first "
         "missiles would arrive in 2027. Lockheed said it would hire 500 workers in Camden, Arkansas.",
         [e("US", "G"), e("Department of Defense", "O", "Pentagon"), e("Lockheed Martin", "O", "Lockheed"),
          e("Camden", "G"), e("Arkansas", "G")]),
    case("van-persie",
         "Ajax sacked coach Johnny Heitinga, and director Alex Kroes said talks with Robin van Persie had begun. Van "
         "Persie coaches Feyenoord.",
         [e("Ajax", "O"), e("Johnny Heitinga", "P"), e("Alex Kroes", "P"), e("Robin van Persie", "P", "Van Persie"),
          e("Feyenoord", "O")], banned={"Persie": []}),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-11.json")
    out.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
