"""Writes paragraphs-9.json (run once; the JSON is the data, this file the way it was written).

Organisation precision on unseen news (issue 9): what is not a body must not become an Organization node, and the
short forms of a body must join it. Traps: products, apps, models and drugs written where a firm could stand
("bought a Kindle", "Ozempic sales", "the Model Y", "streams on Spotify"); persons and places in subject or object
position with no cue ("Okonjo-Iweala warned", "Rotterdam handled"); foreign words and fragments of sentences in
capitals or quotes; titles run into names ("Fed Chair Jerome Powell", "CFO Jane Doe"); short forms of banks and
firms ("the Bank" after the Bank of England, "VW" after Volkswagen, "the Fed", "the Commission", "the Fund");
and well-known bodies the small model often misses or mistypes (Interpol, Frontex, Unicef, Nasa, Opec+, Fifa).
Real and invented names; every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import e, case  # the seventh batch's format

CASES = [
    case("boe-the-bank",
         "The Bank of England held rates at 5.25% on Thursday. The Bank said inflation would fall faster than "
         "expected, and Governor Andrew Bailey told reporters it was too early to talk about cuts.",
         [e("Bank of England", "O", "The Bank", "the Bank"), e("Andrew Bailey", "P")],
         banned={"Governor Andrew Bailey": []}),
    case("vw-short-form",
         "Volkswagen will build its new electric SUV in Zwickau, VW said on Monday. The carmaker's works council "
         "chief Daniela Cavallo said the decision secured 9,000 jobs.",
         [e("Volkswagen", "O", "VW"), e("Zwickau", "G"), e("Daniela Cavallo", "P")]),
    case("fed-short",
         "Federal Reserve Chair Jerome Powell said the Fed would not rush to cut rates, after data showed US "
         "consumer prices rose 0.4% in March.",
         [e("Federal Reserve", "O", "Fed"), e("Jerome Powell", "P"), e("US", "G")],
         banned={"Chair Jerome Powell": [], "Federal Reserve Chair Jerome Powell": []}),
    case("kindle-product",
         "Amazon cut the price of the Kindle Paperwhite to $129 for Prime Day, and said sales of Echo speakers "
         "had doubled in India.",
         [e("Amazon", "O"), e("India", "G")], products=["Kindle Paperwhite", "Kindle", "Echo"],
         ignore=["Prime Day"]),
    case("ozempic-drug",
         "Novo Nordisk raised its sales forecast again as demand for Ozempic and Wegovy outstripped supply. Lars "
         "Fruergaard Jorgensen, the Danish drugmaker's chief executive, said a new plant in Kalundborg would open "
         "next year.",
         [e("Novo Nordisk", "O"), e("Lars Fruergaard Jorgensen", "P"), e("Kalundborg", "G")],
         products=["Ozempic", "Wegovy"], ignore=["Danish"]),
    case("tesla-model-y",
         "Tesla delivered 387,000 cars in the first quarter, fewer than analysts expected, as sales of the Model Y "
         "slowed in China and Germany. BYD sold more battery cars than Tesla for the second quarter running.",
         [e("Tesla", "O"), e("China", "G"), e("Germany", "G"), e("BYD", "O")], products=["Model Y"]),
    case("spotify-streams",
         "The album was streamed 90 million times on Spotify in its first week, Universal Music Group said, and "
         "topped the charts in Britain and Brazil.",
         [e("Universal Music Group", "O"), e("Britain", "G"), e("Brazil", "G")],
         ignore=["Spotify"]),
    case("okonjo-iweala-subject",
         "Okonjo-Iweala warned that the tariffs could cut world trade by 1.5% this year. The World Trade "
         "Organization's director-general spoke in Geneva after talks with Chinese and American officials.",
         [e("Okonjo-Iweala", "P"), e("World Trade Organization", "O"), e("Geneva", "G")],
         ignore=["Chinese", "American"]),
    case("rotterdam-port-subject",
         "Rotterdam handled 436 million tonnes of cargo last year, 6% less than in 2022, as coal imports fell. "
         "Antwerp-Bruges, its Belgian rival, said container volumes grew.",
         [e("Rotterdam", "G"), e("Antwerp-Bruges", "O")], ignore=["Belgian"]),
    case("hamburg-city-object",
         "MSC agreed to buy almost half of HHLA, the operator of Hamburg's container terminals, and the city of "
         "Hamburg will keep a 50.1% stake.",
         [e("MSC", "O"), e("HHLA", "O"), e("Hamburg", "G")]),
    case("cfo-title",
         "Shell's CFO Sinead Gorman said the company would buy back $3.5 billion of shares this quarter. Chief "
         "executive Wael Sawan said the LNG business had a record year.",
         [e("Shell", "O"), e("Sinead Gorman", "P"), e("Wael Sawan", "P")],
         banned={"CFO Sinead Gorman": [], "LNG": ["Organization"]}),
    case("imf-the-fund",
         "The International Monetary Fund approved a $7 billion loan for Pakistan. The Fund said the government "
         "must widen the tax base, and Finance Minister Muhammad Aurangzeb said the first tranche would arrive this "
         "month.",
         [e("International Monetary Fund", "O", "Fund"), e("Pakistan", "G"), e("Muhammad Aurangzeb", "P")]),
    case("commission-short",
         "The European Commission fined Apple 1.8 billion euros over music streaming. The Commission said Apple had "
         "stopped app developers from telling users about cheaper offers outside the App Store.",
         [e("European Commission", "O", "Commission"), e("Apple", "O")], products=["App Store"]),
    case("interpol-gap",
         "Interpol issued a red notice for the fugitive banker, and Europol said it had frozen accounts in Cyprus "
         "and Malta.",
         [e("Interpol", "O"), e("Europol", "O"), e("Cyprus", "G"), e("Malta", "G")]),
    case("frontex-unicef",
         "Frontex said irregular crossings into the EU fell by a third, while Unicef warned that more children were "
         "making the journey alone across the central Mediterranean.",
         [e("Frontex", "O"), e("EU", "O"), e("Unicef", "O"), e("Mediterranean", "L")]),
    case("nasa-spacex",
         "Nasa delayed the return of two astronauts from the International Space Station after problems with "
         "Boeing's Starliner capsule, and said SpaceX would bring them home in February.",
         [e("Nasa", "O", "NASA"), e("Boeing", "O"), e("SpaceX", "O")],
         ignore=["International Space Station"], products=["Starliner"]),
    case("opec-plus",
         "Opec+ agreed to delay its planned output increase by three months, Saudi Energy Minister Prince Abdulaziz "
         "bin Salman said after the meeting in Riyadh.",
         [e("Opec+", "O", "OPEC+"), e("Abdulaziz bin Salman", "P", "Prince Abdulaziz bin Salman"),
          e("Riyadh", "G")], ignore=["Saudi"]),
    case("fifa-club-world-cup",
         "Fifa sold the broadcast rights for the Club World Cup to DAZN for $1 billion. Real Madrid and Manchester "
         "City are among the 32 clubs taking part in the United States.",
         [e("Fifa", "O", "FIFA"), e("Club World Cup", "E"), e("DAZN", "O"), e("Real Madrid", "O"),
          e("Manchester City", "O"), e("United States", "G")]),
    case("foreign-words-quote",
         "\"Basta ya,\" shouted the crowd outside the Congress in Buenos Aires as senators debated Milei's reform "
         "bill. The CGT union called a general strike for Friday.",
         [e("Congress", "O"), e("Buenos Aires", "G"), e("Milei", "P"), e("CGT", "O")],
         banned={"Basta": [], "Basta ya": []}),
    case("german-words",
         "The Ampel coalition collapsed after Chancellor Olaf Scholz fired his finance minister, Christian Lindner. "
         "The Bundestag will hold a confidence vote, and the CDU leads the polls.",
         [e("Olaf Scholz", "P"), e("Christian Lindner", "P"), e("Bundestag", "O"), e("CDU", "O")],
         banned={"Ampel": []}),
    case("headline-fragment",
         "WHAT HAPPENS NEXT? The Senate must pass the bill by Friday or the government will shut down, Senate "
         "Majority Leader Chuck Schumer said.",
         [e("Senate", "O"), e("Chuck Schumer", "P")],
         banned={"WHAT HAPPENS NEXT": [], "Majority Leader Chuck Schumer": []}),
    case("person-firm-homonym",
         "Dyson will cut 1,000 jobs in Britain, the vacuum maker said. Founder James Dyson moved its headquarters "
         "to Singapore in 2019.",
         [e("Dyson", "O"), e("Britain", "G"), e("James Dyson", "P"), e("Singapore", "G")]),
    case("ikea-products",
         "Ikea cut prices on the Billy bookcase and the Poäng armchair in Sweden, Ingka Group said, as furniture "
         "demand recovered.",
         [e("Ikea", "O", "IKEA"), e("Sweden", "G"), e("Ingka Group", "O")], products=["Billy", "Poäng"]),
    case("app-chatgpt",
         "OpenAI said ChatGPT now has 400 million weekly users, and Microsoft will build the model into Word and "
         "Excel.",
         [e("OpenAI", "O"), e("Microsoft", "O")], products=["ChatGPT", "Word", "Excel"]),
    case("bundesbank-short",
         "Germany's central bank, the Bundesbank, said the economy would shrink again. Bundesbank president Joachim "
         "Nagel said the Bank expected a weak recovery in 2025.",
         [e("Germany", "G"), e("Bundesbank", "O"), e("Joachim Nagel", "P")]),
    case("rbi-short",
         "The Reserve Bank of India kept its repo rate at 6.5%. RBI Governor Shaktikanta Das said food inflation "
         "remained a worry.",
         [e("Reserve Bank of India", "O", "RBI"), e("Shaktikanta Das", "P")],
         banned={"RBI Governor Shaktikanta Das": []}),
    case("invented-firm-object",
         "Kestrel Freight bought Marlowe Logistics, a Leeds trucking firm, for £45 million. Marlowe's founder, Ada "
         "Pryce, will join the board.",
         [e("Kestrel Freight", "O"), e("Marlowe Logistics", "O", "Marlowe"), e("Leeds", "G"), e("Ada Pryce", "P")]),
    case("city-as-subject-sport",
         "Liverpool beat Brentford 2-0 at Anfield, and Arsenal drew at Villa Park. Arne Slot said his side had "
         "been patient.",
         [e("Liverpool", "O"), e("Brentford", "O"), e("Anfield", "L"), e("Arsenal", "O"), e("Villa Park", "L"),
          e("Arne Slot", "P")]),
    case("iphone-product",
         "Apple sold fewer iPhones in China in the last quarter, while Huawei's Mate 60 sold out in hours. Tim Cook "
         "said he was confident about the iPhone 16.",
         [e("Apple", "O"), e("China", "G"), e("Huawei", "O"), e("Tim Cook", "P")],
         products=["iPhones", "Mate 60", "iPhone 16"]),
    case("ministry-short",
         "Japan's Ministry of Finance spent 9.8 trillion yen propping up the yen, the ministry said. Vice Finance "
         "Minister Masato Kanda said Tokyo would act again if needed.",
         [e("Japan", "G"), e("Ministry of Finance", "O"), e("Masato Kanda", "P"), e("Tokyo", "G")],
         banned={"Vice Finance Minister Masato Kanda": []}),
    case("hospital-person-object",
         "Doctors at Aga Khan University Hospital operated on Wafula for nine hours, the hospital said. Wafula, 34, "
         "had been hit by a bus in Mombasa.",
         [e("Aga Khan University Hospital", "O"), e("Wafula", "P"), e("Mombasa", "G")]),
    case("who-ghebreyesus",
         "The World Health Organization declared mpox a global emergency again. WHO chief Tedros Adhanom "
         "Ghebreyesus said cases in Congo had risen sharply.",
         [e("World Health Organization", "O", "WHO"), e("Tedros Adhanom Ghebreyesus", "P"), e("Congo", "G")],
         banned={"WHO chief Tedros Adhanom Ghebreyesus": []}),
    case("bank-product-account",
         "Monzo said customers had opened 200,000 Instant Access Savings accounts in a month, and Revolut received "
         "a UK banking licence from the Prudential Regulation Authority.",
         [e("Monzo", "O"), e("Revolut", "O"), e("UK", "G"), e("Prudential Regulation Authority", "O")],
         banned={"Instant Access Savings": []}),
    case("union-strike",
         "The RMT union called off a strike on the London Underground after Transport for London improved its "
         "pay offer, general secretary Mick Lynch said.",
         [e("RMT", "O"), e("Transport for London", "O"), e("Mick Lynch", "P")], ignore=["London Underground"]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-9.json")
    out.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
