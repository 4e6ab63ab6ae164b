"""Writes paragraphs-8-places.json (run once; the JSON is the data, this file the way it was written).

Places the small NER misses or mistypes: less-famous cities, towns, villages, provinces, states, regions, counties,
districts, prefectures and oblasts in wire, local, business, disaster, election and sport copy from many countries
(India, Brazil, the US, Britain, Australia, Turkey, Ukraine, Russia, Nigeria, Pakistan, the Philippines, Indonesia,
China, Japan, Italy, Germany, Mexico, Colombia, Chile, Canada, Kenya, Sweden, Zimbabwe, Croatia, France, Sudan,
Gaza, Congo, Mozambique, South Africa, Poland, Spain, Peru, Kazakhstan) and a few invented towns with only a cue.
Traps: persons, firms and clubs named like places (Marcus Jackson, Orange, Reading, Wigan, Valencia, Villarreal,
Somerset, Essex, Zurich, Santander, Florence Mwangi, Victoria Lindqvist, Lincoln Moyo, Denver Ncube), and the same
names as places in other paragraphs (Jackson, Orange, Reading, Lincoln, Valencia). Every answer was fixed before the
builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import NOT, T, case  # the seventh batch's format

# A firm or club named like a place, a person named like one: the place's types are wrong too.
TRAP = {"Person": ["Organization", "GeopoliticalEntity", "Location"],
        "Organization": ["Person", "GeopoliticalEntity", "Location"]}


def e(label, t, *mentions, trap=False):
    typ = T[t]
    d = {"label": label, "type": typ, "not_types": TRAP[typ] if trap else NOT[typ]}
    if mentions:
        d["mentions"] = list(mentions)
    return d


CASES = [
    case("odisha-floods-wire",
         "BHUBANESWAR, Aug 12 (Reuters) - Floods in Odisha's Kendrapara district have displaced about 40,000 people, "
         "state officials said on Monday, as the Baitarani river rose above the danger mark near Jajpur. Revenue "
         "minister Suresh Pujari said boats had been sent from Cuttack.",
         [e("Bhubaneswar", "G"), e("Reuters", "O"), e("Odisha", "G"), e("Kendrapara", "G", "Kendrapara district"),
          e("Baitarani", "L", "Baitarani river"), e("Jajpur", "G"), e("Suresh Pujari", "P"), e("Cuttack", "G")]),
    case("petropolis-landslide",
         "At least 12 people died when hillsides collapsed in Petrópolis, a hill town in Rio de Janeiro state, after "
         "a night of record rain. Mayor Hingo Hammes said rescuers were still searching homes in the Alto da Serra "
         "neighbourhood, and Governor Cláudio Castro flew in from the state capital.",
         [e("Petrópolis", "G"), e("Rio de Janeiro", "G", "Rio de Janeiro state"), e("Hingo Hammes", "P"),
          e("Cláudio Castro", "P")], ignore=["Alto da Serra"]),
    case("jackson-water-city",
         "JACKSON, Miss. (AP) — Residents of Jackson were told to boil their tap water for a third week after pumps "
         "failed at the O.B. Curtis treatment plant. Hinds County supervisors met in Raymond on Tuesday to discuss "
         "emergency funding.",
         [e("Jackson", "G", "JACKSON"), e("AP", "O"), e("Hinds County", "G"), e("Raymond", "G")],
         ignore=["Miss.", "O.B. Curtis", "Mississippi"]),
    case("jackson-person-freight",
         "Marcus Jackson, the new chief executive of Tulsa-based Helmerich Freight, said the company would close its "
         "depot in Enid, Oklahoma. Jackson told analysts the cuts would save $14 million a year.",
         [e("Marcus Jackson", "P", "Jackson", trap=True), e("Tulsa", "G"), e("Helmerich Freight", "O"),
          e("Enid", "G"), e("Oklahoma", "G")]),
    case("reading-wigan-football",
         "Reading climbed out of the relegation zone with a 2-1 win at Wigan on Saturday, Harvey Knibbs scoring twice "
         "before the break. Wigan manager Shaun Maloney said his side had been \"too passive\".",
         [e("Reading", "O", "Reading FC", trap=True), e("Wigan", "O", "Wigan Athletic", trap=True),
          e("Harvey Knibbs", "P"), e("Shaun Maloney", "P")]),
    case("reading-sewage-town",
         "Thames Water has been fined £3.3 million after sewage flowed into a brook near Reading for eleven days, the "
         "Environment Agency said. The spill began at a pumping station in Tilehurst, on the western edge of the town.",
         [e("Thames Water", "O"), e("Reading", "G"), e("Environment Agency", "O"), e("Tilehurst", "G")]),
    case("orange-telecom-jobs",
         "Orange will cut 650 jobs at its French call centres, the telecoms group said on Thursday, and move some "
         "customer service to Rabat and Tunis. Orange shares rose 1.2 percent in Paris.",
         [e("Orange", "O", trap=True), e("Rabat", "G"), e("Tunis", "G"), e("Paris", "G")], ignore=["French"]),
    case("orange-nsw-bushfire",
         "Bushfire crews were sent from Orange and Bathurst on Sunday as a grass fire spread towards Molong, in New "
         "South Wales' Central West, the Rural Fire Service said.",
         [e("Orange", "G"), e("Bathurst", "G"), e("Molong", "G"), e("New South Wales", "G"),
          e("Rural Fire Service", "O")], ignore=["Central West"]),
    case("hatay-quake-rescue",
         "Rescue teams pulled a teenager alive from the rubble in Antakya, the capital of Hatay province, 90 hours "
         "after the earthquake, the disaster agency AFAD said. In neighbouring Kahramanmaras and Adiyaman, the death "
         "toll rose above 9,000.",
         [e("Antakya", "G"), e("Hatay", "G", "Hatay province"), e("AFAD", "O"), e("Kahramanmaras", "G"),
          e("Adiyaman", "G")]),
    case("sumy-chernihiv-drones",
         "Russian drones hit energy facilities in the Sumy and Chernihiv regions overnight, governor Volodymyr "
         "Artiukh said, leaving 40,000 homes in Shostka without power. Air defences downed 23 drones over the Poltava "
         "region, the Ukrainian air force said.",
         [e("Sumy", "G"), e("Chernihiv", "G"), e("Volodymyr Artiukh", "P"), e("Shostka", "G"), e("Poltava", "G")],
         ignore=["Russian", "Ukrainian", "Russia", "Ukraine", "Ukrainian air force", "air force"]),
    case("shebekino-shelling",
         "Two people were killed when shells struck a market in Shebekino, a town in Russia's Belgorod region near "
         "the Ukrainian border, regional governor Vyacheslav Gladkov wrote on Telegram.",
         [e("Shebekino", "G"), e("Russia", "G"), e("Belgorod", "G", "Belgorod region"), e("Vyacheslav Gladkov", "P")],
         ignore=["Telegram", "Ukrainian", "Ukraine"]),
    case("borno-farmers-killed",
         "Gunmen killed 17 farmers near Gwoza in Borno state on Friday, police spokesman Daso Nahum said in "
         "Maiduguri. Governor Babagana Zulum ordered more troops to the area along the border with Cameroon.",
         [e("Gwoza", "G"), e("Borno", "G", "Borno state"), e("Daso Nahum", "P"), e("Maiduguri", "G"),
          e("Babagana Zulum", "P"), e("Cameroon", "G")]),
    case("zamfara-ransom",
         "Kidnappers freed 64 villagers abducted in Zamfara's Maru district after a ransom was paid, a local "
         "councillor, Aminu Sani Jaji, told Reuters by phone from Gusau.",
         [e("Zamfara", "G"), e("Maru", "G", "Maru district"), e("Aminu Sani Jaji", "P"), e("Reuters", "O"),
          e("Gusau", "G")]),
    case("bannu-checkpoint",
         "PESHAWAR - A suicide bomber struck a police checkpoint in Bannu district of Khyber Pakhtunkhwa, killing "
         "five officers, provincial police chief Akhtar Hayat Gandapur said. Separately, two soldiers died in a "
         "gunfight near Turbat in Balochistan.",
         [e("Peshawar", "G"), e("Bannu", "G", "Bannu district"), e("Khyber Pakhtunkhwa", "G"),
          e("Akhtar Hayat Gandapur", "P"), e("Turbat", "G"), e("Balochistan", "G")]),
    case("cebu-typhoon",
         "Typhoon Kalmaegi tore through Cebu province on Tuesday, flooding the towns of Liloan and Compostela, and "
         "the coast guard suspended ferries from Ormoc and Tacloban, the Office of Civil Defense said.",
         [e("Cebu", "G", "Cebu province"), e("Liloan", "G"), e("Compostela", "G"), e("Ormoc", "G"),
          e("Tacloban", "G"), e("Office of Civil Defense", "O")], ignore=["Typhoon Kalmaegi", "Kalmaegi"]),
    case("cianjur-quake",
         "The earthquake that struck Cianjur in West Java killed at least 268 people, many of them children in "
         "schools, the National Disaster Mitigation Agency said. President Joko Widodo visited Cugenang, the "
         "worst-hit district, on Tuesday.",
         [e("Cianjur", "G"), e("West Java", "G"), e("National Disaster Mitigation Agency", "O"),
          e("Joko Widodo", "P"), e("Cugenang", "G")]),
    case("yutong-henan-filing",
         "Zhengzhou-based Yutong Bus said first-half profit doubled on electric bus exports to Chile and Kazakhstan, "
         "and it will build a second plant in Luoyang, the Henan company said in a filing to the Shanghai Stock "
         "Exchange.",
         [e("Zhengzhou", "G"), e("Yutong Bus", "O"), e("Chile", "G"), e("Kazakhstan", "G"), e("Luoyang", "G"),
          e("Henan", "G"), e("Shanghai Stock Exchange", "O")]),
    case("wajima-water",
         "Wajima, a fishing town on the Noto peninsula in Ishikawa prefecture, is still without running water three "
         "weeks after the earthquake, mayor Shigeru Sakaguchi told reporters. Some 3,000 residents remain in shelters "
         "in Kanazawa.",
         [e("Wajima", "G"), e("Noto Peninsula", "L", "Noto peninsula", "Noto"),
          e("Ishikawa", "G", "Ishikawa prefecture"), e("Shigeru Sakaguchi", "P"), e("Kanazawa", "G")]),
    case("emilia-romagna-floods",
         "Floods in Emilia-Romagna forced 36,000 people from their homes, with the towns of Faenza, Lugo and Cesena "
         "worst hit, regional president Stefano Bonaccini said. Bonaccini asked Rome for 9 billion euros.",
         [e("Emilia-Romagna", "G"), e("Faenza", "G"), e("Lugo", "G"), e("Cesena", "G"),
          e("Stefano Bonaccini", "P", "Bonaccini"), e("Rome", "G")]),
    case("saxony-election",
         "The far-right AfD won 31 percent in Saxony's state election, narrowly behind Michael Kretschmer's "
         "Christian Democrats, who held on in Dresden and Leipzig but lost every seat in the Görlitz district.",
         [e("AfD", "O"), e("Saxony", "G"), e("Michael Kretschmer", "P"), e("Christian Democrats", "O"),
          e("Dresden", "G"), e("Leipzig", "G"), e("Görlitz", "G", "Görlitz district")]),
    case("culiacan-schools",
         "Gunfights between rival factions of the cartel closed schools across Culiacán for a fourth day, Sinaloa "
         "governor Rubén Rocha Moya said, while troops were sent to Navolato and Elota.",
         [e("Culiacán", "G"), e("Sinaloa", "G"), e("Rubén Rocha Moya", "P"), e("Navolato", "G"), e("Elota", "G")]),
    case("choco-landslide",
         "A landslide buried part of the road between Medellín and Quibdó near the town of Carmen de Atrato, in "
         "Chocó department, killing at least 33 people, Colombia's disaster agency said.",
         [e("Medellín", "G"), e("Quibdó", "G"), e("Carmen de Atrato", "G"), e("Chocó", "G", "Chocó department"),
          e("Colombia", "G")]),
    case("valparaiso-fires",
         "Forest fires around Viña del Mar have killed 112 people, and the Valparaíso region remains under a curfew, "
         "Interior Minister Carolina Tohá said. In Quilpué, firefighters from Santiago joined local brigades.",
         [e("Viña del Mar", "G"), e("Valparaíso", "G", "Valparaíso region"), e("Carolina Tohá", "P"),
          e("Quilpué", "G"), e("Santiago", "G")]),
    case("lismore-flood",
         "The Wilsons River peaked at 14.4 metres in Lismore, flooding the town centre for the second time in a "
         "month, and the State Emergency Service ordered evacuations in Woodburn and Coraki, in the Northern Rivers "
         "region of New South Wales.",
         [e("Wilsons River", "L"), e("Lismore", "G"), e("State Emergency Service", "O"), e("Woodburn", "G"),
          e("Coraki", "G"), e("New South Wales", "G")], ignore=["Northern Rivers"]),
    case("lytton-rebuild",
         "Lytton, the British Columbia village destroyed by wildfire in 2021, reopened its first rebuilt homes on "
         "Friday, Mayor Denise O'Connor said, as crews fought a new blaze near Kamloops.",
         [e("Lytton", "G"), e("British Columbia", "G"), e("Denise O'Connor", "P"), e("Kamloops", "G")]),
    case("kisumu-fish",
         "KISUMU, Kenya - Fish traders in Kisumu county say catches from Lake Victoria have fallen by a third, and "
         "many have moved to Homa Bay and Migori, where water hyacinth is less dense, county fisheries officer Jane "
         "Akinyi said.",
         [e("Kisumu", "G", "KISUMU", "Kisumu county"), e("Kenya", "G"), e("Lake Victoria", "L"), e("Homa Bay", "G"),
          e("Migori", "G"), e("Jane Akinyi", "P")]),
    case("victoria-lindqvist-inquiry",
         "Victoria Lindqvist, a Stockholm lawyer, will chair the inquiry into the collapse of the Gävle port "
         "terminal, the justice ministry said. Lindqvist led the investigation into the Malmö tunnel fire.",
         [e("Victoria Lindqvist", "P", "Lindqvist", trap=True), e("Stockholm", "G"), e("Gävle", "G"),
          e("Malmö", "G")]),
    case("florence-mwangi-tea",
         "Florence Mwangi, who farms tea near Kericho, said buyers from Mombasa had cut prices twice this year. "
         "Mwangi, 54, is one of 3,000 growers supplying the Kapkatet factory.",
         [e("Florence Mwangi", "P", "Mwangi", trap=True), e("Kericho", "G"), e("Mombasa", "G")],
         ignore=["Kapkatet"]),
    case("lincoln-moyo-bulawayo",
         "Lincoln Moyo scored a late winner as Highlanders beat Dynamos 1-0 in Bulawayo, lifting the club to third "
         "in the Zimbabwe Premier Soccer League.",
         [e("Lincoln Moyo", "P", trap=True), e("Highlanders", "O"), e("Dynamos", "O"), e("Bulawayo", "G"),
          e("Zimbabwe Premier Soccer League", "O")]),
    case("lincoln-jewellery-robbery",
         "Police in Lincoln arrested three men after a jewellery shop was robbed on Saturday, and a fourth was "
         "detained in Grantham, Lincolnshire Police said.",
         [e("Lincoln", "G"), e("Grantham", "G"), e("Lincolnshire Police", "O")]),
    case("split-ferries",
         "Ferries from Split to the islands of Hvar and Brač were cancelled on Sunday as gusts of 120 km/h hit the "
         "Dalmatian coast, the port authority said. In Makarska, a pier was damaged.",
         [e("Split", "G"), e("Hvar", "L"), e("Brač", "L"), e("Makarska", "G")], ignore=["Dalmatian"]),
    case("nice-market-attack",
         "A man drove a van into the market in Nice's old town, injuring six people, before police arrested him, the "
         "prosecutor in Marseille said. The Alpes-Maritimes prefect ordered more patrols in Cannes and Antibes.",
         [e("Nice", "G"), e("Marseille", "G"), e("Alpes-Maritimes", "G"), e("Cannes", "G"), e("Antibes", "G")]),
    case("mobile-shipyard",
         "Austal USA will hire 1,200 workers at its Mobile shipyard after winning a Navy contract, the shipbuilder "
         "said, and expand training at a college in Pascagoula, Mississippi.",
         [e("Austal USA", "O"), e("Mobile", "G"), e("Pascagoula", "G"), e("Mississippi", "G")],
         ignore=["Navy"]),
    case("el-fasher-shelling",
         "The RSF shelled El Fasher, the last army-held city in Darfur, for a sixth day, doctors at the Saudi "
         "hospital said, as thousands fled towards Tawila. Aid groups in Omdurman said convoys could not get through "
         "from Chad.",
         [e("RSF", "O"), e("El Fasher", "G"), e("Darfur", "G"), e("Tawila", "G"), e("Omdurman", "G"), e("Chad", "G")],
         ignore=["Saudi", "Saudi Arabia"]),
    case("gaza-aid-north",
         "Aid trucks entered Gaza through the Kerem Shalom crossing for the first time in a week, the UN agency OCHA "
         "said, but none reached Beit Lahia or Jabalia in the north.",
         [e("Gaza", "G"), e("OCHA", "O"), e("Beit Lahia", "G"), e("Jabalia", "G")],
         ignore=["Kerem Shalom", "UN", "United Nations"]),
    case("sake-goma-m23",
         "M23 rebels took control of Sake, a town 25 km west of Goma, the capital of North Kivu province, local "
         "officials said, cutting the road to Minova.",
         [e("M23", "O"), e("Sake", "G"), e("Goma", "G"), e("North Kivu", "G", "North Kivu province"),
          e("Minova", "G")]),
    case("palma-lng-restart",
         "TotalEnergies said it would restart work on its gas project near Palma, in Mozambique's Cabo Delgado "
         "province, four years after insurgents attacked the town. Chief executive Patrick Pouyanné met President "
         "Daniel Chapo in Maputo.",
         [e("TotalEnergies", "O"), e("Palma", "G"), e("Mozambique", "G"), e("Cabo Delgado", "G", "Cabo Delgado province"),
          e("Patrick Pouyanné", "P"), e("Daniel Chapo", "P"), e("Maputo", "G")]),
    case("kwazulu-natal-floods",
         "Floods in KwaZulu-Natal washed away roads in Umlazi and Verulam, and the eThekwini municipality said water "
         "supply to Durban would be cut for two days. Premier Thami Ntuli declared a provincial disaster.",
         [e("KwaZulu-Natal", "G"), e("Umlazi", "G"), e("Verulam", "G"), e("Durban", "G"), e("Thami Ntuli", "P")],
         ignore=["eThekwini"]),
    case("arizona-county-count",
         "Maricopa County finished counting ballots on Friday, and Republicans flipped a state Senate seat in Yuma, "
         "Arizona Secretary of State Adrian Fontes said. Turnout in Pima County, which includes Tucson, was 71 "
         "percent.",
         [e("Maricopa County", "G"), e("Yuma", "G"), e("Arizona", "G"), e("Adrian Fontes", "P"),
          e("Pima County", "G"), e("Tucson", "G")], ignore=["Republicans", "Senate"]),
    case("caterpillar-peoria-move",
         "Caterpillar will move 700 jobs from Peoria to Irving, Texas, the company said, though its engine plant in "
         "Lafayette, Indiana, is not affected.",
         [e("Caterpillar", "O"), e("Peoria", "G"), e("Irving", "G"), e("Texas", "G"), e("Lafayette", "G"),
          e("Indiana", "G")]),
    case("stoke-libraries",
         "Stoke-on-Trent council will close four libraries, leader Jane Ashworth said, while neighbouring "
         "Newcastle-under-Lyme plans to sell its market hall to a developer from Crewe.",
         [e("Stoke-on-Trent", "G"), e("Jane Ashworth", "P"), e("Newcastle-under-Lyme", "G"), e("Crewe", "G")]),
    case("klodzko-flood",
         "The Nysa Kłodzka river burst its banks in Kłodzko, and residents of Nysa were told to leave as water rose "
         "behind the dam at Otmuchów, Polish Prime Minister Donald Tusk said in Wrocław.",
         [e("Nysa Kłodzka", "L"), e("Kłodzko", "G"), e("Nysa", "G"), e("Otmuchów", "G"), e("Donald Tusk", "P"),
          e("Wrocław", "G")], ignore=["Polish", "Poland"]),
    case("valencia-villarreal-football",
         "Valencia came from two goals down to beat Villarreal 3-2 at Mestalla, Hugo Duro heading the winner in "
         "stoppage time.",
         [e("Valencia", "O", "Valencia CF", trap=True), e("Villarreal", "O", "Villarreal CF", trap=True),
          e("Hugo Duro", "P")], ignore=["Mestalla"]),
    case("valencia-flash-floods",
         "Flash floods in Valencia province killed more than 200 people, most of them in Paiporta, Catarroja and "
         "Alfafar, regional leader Carlos Mazón said.",
         [e("Valencia", "G", "Valencia province"), e("Paiporta", "G"), e("Catarroja", "G"), e("Alfafar", "G"),
          e("Carlos Mazón", "P")]),
    case("tata-sanand-plant",
         "Tata Motors will build a battery plant in Sanand, Gujarat, and expand its Pune factory, the Mumbai-based "
         "carmaker said, creating 4,000 jobs. A second site near Hosur, in Tamil Nadu, is under review.",
         [e("Tata Motors", "O"), e("Sanand", "G"), e("Gujarat", "G"), e("Pune", "G"), e("Mumbai", "G"),
          e("Hosur", "G"), e("Tamil Nadu", "G")]),
    case("puno-protests",
         "Protesters blocked the Panamericana Sur near Arequipa and the airport in Juliaca, in the Puno region, "
         "demanding the release of detained leaders, Peru's ombudsman said.",
         [e("Arequipa", "G"), e("Juliaca", "G"), e("Puno", "G", "Puno region"), e("Peru", "G")],
         ignore=["Panamericana Sur"]),
    case("mangystau-gas-protest",
         "Hundreds of oil workers rallied in Zhanaozen and Aktau, in Kazakhstan's Mangystau region, after the price "
         "of car gas doubled, the regional akimat said.",
         [e("Zhanaozen", "G"), e("Aktau", "G"), e("Kazakhstan", "G"), e("Mangystau", "G", "Mangystau region")]),
    case("denver-ncube-nurse",
         "Denver Ncube, a nurse from Gweru, said she had not been paid for three months. Ncube is one of 400 health "
         "workers who walked out in the Midlands province on Monday.",
         [e("Denver Ncube", "P", "Ncube", trap=True), e("Gweru", "G"), e("Midlands", "G", "Midlands province")]),
    case("zurich-santander-chile",
         "Zurich Insurance Group agreed to buy a 51 percent stake in Santander's life insurance unit in Chile for "
         "$1.1 billion. Zurich said the deal would close by June.",
         [e("Zurich Insurance Group", "O", "Zurich", trap=True), e("Santander", "O", trap=True), e("Chile", "G")]),
    case("somerset-essex-cricket",
         "Somerset beat Essex by six wickets at Taunton on Friday, Tom Abell making an unbeaten 92 to keep his side "
         "top of the County Championship.",
         [e("Somerset", "O", trap=True), e("Essex", "O", trap=True), e("Taunton", "G"), e("Tom Abell", "P")],
         ignore=["County Championship"]),
    case("aldbury-cross-cutoff",
         "Flooding cut off Aldbury Cross, a village of 900 people in Northumberland, for three days, the county "
         "council said, and residents of Hethmoor were taken out by boat.",
         [e("Aldbury Cross", "G"), e("Northumberland", "G"), e("Hethmoor", "G")]),
    case("velmora-kestrel-jobs",
         "Velmora-based Kestrel Foods will cut 200 jobs at its bakery in the town of Carrowdale, the company said, "
         "blaming the cost of flour.",
         [e("Velmora", "G"), e("Kestrel Foods", "O"), e("Carrowdale", "G")]),
    case("marivka-shelling",
         "Shelling damaged a school in the village of Marivka, in Ukraine's Kirovohrad region, and two people were "
         "wounded in Oleksandriia, regional governor Andriy Raikovych said.",
         [e("Marivka", "G"), e("Ukraine", "G"), e("Kirovohrad", "G", "Kirovohrad region"), e("Oleksandriia", "G"),
          e("Andriy Raikovych", "P")]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-8-places.json")
    out.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CASES)} paragraphs, {sum(len(c['entities']) for c in CASES)} entities -> {out}")
