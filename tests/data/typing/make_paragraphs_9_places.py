"""Writes paragraphs-9-places.json (run once; the JSON is the data, this file the way it was written).

Places on unseen news, datelines first: more than half the paragraphs open with a dateline in the styles of wire
services and newspapers ("NAKURU, Kenya (Reuters) -", "PESHAWAR, Pakistan, May 3 (AP) --", "Lagos — ",
"BRUSSELS/KYIV, ...", "ULAANBAATAR (Xinhua) --", "By X, Reuters | KADUNA —", "Dateline: ...", "DERA ISMAIL KHAN,
Pakistan:", "Port Harcourt (Nigeria), June 5 (AFP) -", title case and capitals), naming less-famous towns,
districts, provinces, rivers, mountains, lakes, seas, straits, bays and islands of Kenya, Pakistan, Nigeria,
Ukraine, Mongolia, Norway, Afghanistan, Indonesia, the Philippines, Turkey, Thailand, Tajikistan, Kyrgyzstan,
Zimbabwe, Zambia, Ghana, Canada, Australia, Sri Lanka, Angola, the US, Tanzania, Myanmar, Yemen, Chile, India,
Congo, Mexico, Britain, Italy and Russia. Location (rivers, mountains, lakes, seas, islands, valleys, deserts) is
told from GeopoliticalEntity (towns, districts, provinces, regions, states). Traps: persons named like places
(Sydney Mwale, Adelaide Phiri, Chelsea Wanjiku, Saturday Nwibani, Lord Byron Torrecarion, Florencia Ríos) and firms
or bodies named after them (Mumias Sugar, Bamburi Cement, Mansa Mining Ltd, Sahel Capital, Lobito Atlantic
Railway, Eti Maden). Every answer was fixed before the builder ran.
"""
import json
from pathlib import Path

from make_paragraphs_7 import NOT, T, case  # the seventh batch's format

TRAP = {"Person": ["Organization", "GeopoliticalEntity", "Location"],
        "Organization": ["Person", "GeopoliticalEntity", "Location"]}
# A place's name must not be typed a person or a body; a Location must not be a GPE and the reverse
PLACE_NOT = {"GeopoliticalEntity": ["Person", "Organization", "Location"],
             "Location": ["Person", "Organization", "GeopoliticalEntity"]}


def e(label, t, *mentions, trap=False):
    typ = T[t]
    d = {"label": label, "type": typ,
         "not_types": TRAP[typ] if trap else PLACE_NOT.get(typ) or NOT[typ]}
    if mentions:
        d["mentions"] = list(mentions)
    return d


CASES = [
    case("nakuru-flowers-wire",
         "NAKURU, Kenya (Reuters) - Flower farms around Lake Naivasha laid off 3,000 workers after a fungal outbreak, "
         "the Kenya Flower Council said on Thursday. Growers in Nakuru county and in Njoro said exports to the "
         "Netherlands had fallen by a third.",
         [e("Nakuru", "G", "Nakuru county"), e("Kenya", "G"), e("Reuters", "O"), e("Lake Naivasha", "L"),
          e("Kenya Flower Council", "O"), e("Njoro", "G"), e("Netherlands", "G")]),
    case("peshawar-vaccinators-ap",
         "PESHAWAR, Pakistan, May 3 (AP) -- Gunmen on motorcycles killed two polio vaccinators in the Bannu district "
         "of Khyber Pakhtunkhwa province on Saturday, police said. District police chief Ziaullah Khan said the "
         "attackers fled towards the mountains near the Afghan border.",
         [e("Peshawar", "G"), e("Pakistan", "G"), e("AP", "O"), e("Bannu", "G", "Bannu district"),
          e("Khyber Pakhtunkhwa", "G", "Khyber Pakhtunkhwa province"), e("Ziaullah Khan", "P")],
         ignore=["Afghan"]),
    case("lagos-floods-dash",
         "Lagos — Residents of Ikorodu and Epe spent the night on rooftops after the Ogun River burst its banks, the "
         "Lagos State Emergency Management Agency said. Its head, Olufemi Oke-Osanyintolu, said 14 people had been "
         "rescued by boat.",
         [e("Lagos", "G"), e("Ikorodu", "G"), e("Epe", "G"), e("Ogun River", "L"),
          e("Lagos State Emergency Management Agency", "O"), e("Olufemi Oke-Osanyintolu", "P")]),
    case("brussels-kyiv-dams",
         "BRUSSELS/KYIV, March 2 (Reuters) - European Union ministers agreed to fund repairs in towns below the "
         "ruined dam, including Beryslav and Nova Kakhovka, an EU official said, while the governor of Ukraine's "
         "Kherson region, Oleksandr Prokudin, said shelling across the Dnipro River had not stopped.",
         [e("Brussels", "G"), e("Kyiv", "G"), e("Reuters", "O"), e("European Union", "O", "EU"),
          e("Beryslav", "G"), e("Nova Kakhovka", "G"), e("Ukraine", "G"), e("Kherson", "G", "Kherson region"),
          e("Oleksandr Prokudin", "P"), e("Dnipro River", "L")]),
    case("ulaanbaatar-snow-xinhua",
         "ULAANBAATAR (Xinhua) -- Heavy snow has cut roads across Mongolia's Khovd and Bayan-Ulgii provinces, the "
         "country's emergency agency said Monday. Herders near the Altai Mountains were reported to have lost 60,000 "
         "animals, and a convoy left Erdenet with hay.",
         [e("Ulaanbaatar", "G"), e("Xinhua", "O"), e("Mongolia", "G"), e("Khovd", "G"), e("Bayan-Ulgii", "G"),
          e("Altai Mountains", "L"), e("Erdenet", "G")]),
    case("kaduna-byline-pipe",
         "By Amina Yusuf, Reuters | KADUNA — Gunmen abducted 31 worshippers from a church in Kajuru, a district "
         "south of the city of Kaduna, residents said on Sunday. Kaduna state police spokesman Mansir Hassan "
         "confirmed the attack.",
         [e("Amina Yusuf", "P"), e("Reuters", "O"), e("Kaduna", "G", "Kaduna state"), e("Kajuru", "G"),
          e("Mansir Hassan", "P")]),
    case("tromso-dateline-word",
         "Dateline: Tromsø, Norway — Fishermen from the Lofoten islands protested outside the offices of the "
         "Norwegian Directorate of Fisheries on Tuesday over cuts to the cod quota in the Barents Sea. Harald "
         "Sandnes, a skipper from Svolvær, said boats would stay in port.",
         [e("Tromsø", "G"), e("Norway", "G"), e("Lofoten", "L", "Lofoten islands"),
          e("Norwegian Directorate of Fisheries", "O"), e("Barents Sea", "L"), e("Harald Sandnes", "P"),
          e("Svolvær", "G")]),
    case("kisumu-hyacinth",
         "KISUMU, Kenya — Water hyacinth has choked the Winam Gulf of Lake Victoria for a second month, stranding "
         "ferries bound for Homa Bay and Mbita. Governor Anyang' Nyong'o said the county would hire boats from "
         "Uganda.",
         [e("Kisumu", "G"), e("Kenya", "G"), e("Winam Gulf", "L"), e("Lake Victoria", "L"), e("Homa Bay", "G"),
          e("Mbita", "G"), e("Anyang' Nyong'o", "P"), e("Uganda", "G")]),
    case("mazar-quake-afp",
         "MAZAR-I-SHARIF, Afghanistan (AFP) – An earthquake of magnitude 6.3 struck near Kholm in Samangan province "
         "early on Monday, the Taliban's disaster ministry said. Its spokesman, Janan Saiq, said villages in the "
         "Hindu Kush foothills had been flattened.",
         [e("Mazar-i-Sharif", "G"), e("Afghanistan", "G"), e("AFP", "O"), e("Kholm", "G"),
          e("Samangan", "G", "Samangan province"), e("Taliban", "O"), e("Janan Saiq", "P"), e("Hindu Kush", "L")]),
    case("garissa-tana-floods",
         "GARISSA, Kenya, Jan 14 (Reuters) - Floodwater from the Tana River has cut the road between Garissa and "
         "Hola, and aid agencies said 20,000 people in Ijara were cut off. The Kenya Red Cross said it had flown "
         "food to Bura.",
         [e("Garissa", "G"), e("Kenya", "G"), e("Reuters", "O"), e("Tana River", "L"), e("Hola", "G"),
          e("Ijara", "G"), e("Kenya Red Cross", "O"), e("Bura", "G")]),
    case("south-tangerang-fire-ap",
         "SOUTH TANGERANG, Indonesia (AP) — A fire at a fireworks warehouse killed nine people on the outskirts of "
         "this satellite city of Jakarta, police said. Banten province police spokesman Ade Ary Syam said the "
         "owner, a firm from Bekasi, had no permit.",
         [e("South Tangerang", "G"), e("Indonesia", "G"), e("AP", "O"), e("Jakarta", "G"),
          e("Banten", "G", "Banten province"), e("Ade Ary Syam", "P"), e("Bekasi", "G")]),
    case("port-harcourt-pipeline-afp",
         "Port Harcourt (Nigeria), June 5 (AFP) - Militants blew up a crude pipeline near Bodo, Shell's Nigerian "
         "unit said on Thursday, the third attack in the Niger Delta this month. Community leader Saturday Nwibani "
         "said oil had spilled into creeks used by fishermen from Bonny.",
         [e("Port Harcourt", "G"), e("Nigeria", "G"), e("AFP", "O"), e("Bodo", "G"), e("Shell", "O"),
          e("Niger Delta", "L"), e("Saturday Nwibani", "P", trap=True), e("Bonny", "G")], ignore=["Nigerian"]),
    case("tacloban-typhoon",
         "TACLOBAN CITY, Philippines — Storm surges swept into coastal villages of Samar island and the town of "
         "Guiuan, the Office of Civil Defense said, as ferries across the San Juanico Strait were halted. Eastern "
         "Visayas regional director Lord Byron Torrecarion said 12,000 families were in evacuation centres.",
         [e("Tacloban", "G", "Tacloban City"), e("Philippines", "G"), e("Samar", "L", "Samar island"),
          e("Guiuan", "G"), e("Office of Civil Defense", "O"), e("San Juanico Strait", "L"),
          e("Eastern Visayas", "G"), e("Lord Byron Torrecarion", "P", "Byron Torrecarion", trap=True)]),
    case("eskisehir-leak-wire",
         "ESKISEHIR, Türkiye, Oct 2 (Reuters) - A chemical leak at a plant in the Odunpazari district forced 2,000 "
         "people from their homes, the governor's office said, and fumes drifted towards Kütahya. The plant's owner, "
         "the state boron miner Eti Maden, said the leak was contained.",
         [e("Eskisehir", "G"), e("Türkiye", "G", "Turkey"), e("Reuters", "O"),
          e("Odunpazari", "G", "Odunpazari district"), e("Kütahya", "G"), e("Eti Maden", "O", trap=True)]),
    case("hat-yai-floods",
         "HAT YAI, Thailand (Reuters) - Floods in Songkhla province have killed 13 people, and the army sent boats to "
         "Hat Yai's inner districts as canals overflowed. Provincial governor Chotnarin Kerdsom said rain would ease "
         "by Friday.",
         [e("Hat Yai", "G"), e("Thailand", "G"), e("Reuters", "O"), e("Songkhla", "G", "Songkhla province"),
          e("Chotnarin Kerdsom", "P")]),
    case("khujand-water-deal",
         "KHUJAND, Tajikistan — Water from the Syr Darya will be shared under a new deal between Tajikistan, "
         "Kyrgyzstan and Uzbekistan, officials said after talks in the Fergana Valley town of Isfara. Sughd region "
         "governor Rajabboy Ahmadzoda called the deal historic.",
         [e("Khujand", "G"), e("Tajikistan", "G"), e("Syr Darya", "L"), e("Kyrgyzstan", "G"), e("Uzbekistan", "G"),
          e("Fergana Valley", "L"), e("Isfara", "G"), e("Sughd", "G", "Sughd region"),
          e("Rajabboy Ahmadzoda", "P")]),
    case("bulawayo-water-endash",
         "BULAWAYO – The city council has rationed water to three days a week as its dams fell below 20% of "
         "capacity, town clerk Christopher Dube said. Residents of nearby Gwanda queued at boreholes.",
         [e("Bulawayo", "G"), e("Christopher Dube", "P"), e("Gwanda", "G")]),
    case("mansa-cholera-wire",
         "MANSA, Zambia, Feb 9 (Reuters) - A cholera outbreak in Luapula province has spread to fishing camps on "
         "Lake Bangweulu, Health Minister Elijah Muchima said. Mansa Mining Ltd, which runs a copper pit outside the "
         "town, suspended shifts.",
         [e("Mansa", "G"), e("Zambia", "G"), e("Reuters", "O"), e("Luapula", "G", "Luapula province"),
          e("Lake Bangweulu", "L"), e("Elijah Muchima", "P"), e("Mansa Mining Ltd", "O", "Mansa Mining", trap=True)]),
    case("tamale-volta-pipe",
         "Tamale, Ghana | Farmers in the Savannah region say spillage from a dam upstream has flooded rice fields "
         "along the White Volta, and the Northern Development Authority has promised seed for the next season. Its "
         "chief executive, Ibrahim Baba, said payments would start in March.",
         [e("Tamale", "G"), e("Ghana", "G"), e("Savannah", "G", "Savannah region"), e("White Volta", "L"),
          e("Northern Development Authority", "O"), e("Ibrahim Baba", "P")]),
    case("iqaluit-sea-ice-cp",
         "IQALUIT, Nunavut (CP) — Sea ice in Frobisher Bay broke up three weeks early this year, hunters from "
         "Pangnirtung told a hearing of the Nunavut Impact Review Board on Wednesday. Board chair Kaviq Kaluraq "
         "said the findings would go to Ottawa.",
         [e("Iqaluit", "G"), e("Nunavut", "G"), e("CP", "O"), e("Frobisher Bay", "L"), e("Pangnirtung", "G"),
          e("Nunavut Impact Review Board", "O"), e("Kaviq Kaluraq", "P"), e("Ottawa", "G")]),
    case("osh-border-clash",
         "OSH, Kyrgyzstan — Border guards of Kyrgyzstan and Tajikistan exchanged fire near the village of Kok-Tash "
         "in the Batken region on Friday, the Kyrgyz border service said. Two guards were wounded and taken to "
         "hospital in Isfana.",
         [e("Osh", "G"), e("Kyrgyzstan", "G"), e("Tajikistan", "G"), e("Kok-Tash", "G"),
          e("Batken", "G", "Batken region"), e("Isfana", "G")], ignore=["Kyrgyz"]),
    case("dera-ismail-khan-colon",
         "DERA ISMAIL KHAN, Pakistan: Police in the Tank district said a roadside bomb killed four soldiers on the "
         "road to South Waziristan on Tuesday.",
         [e("Dera Ismail Khan", "G"), e("Pakistan", "G"), e("Tank", "G", "Tank district"),
          e("South Waziristan", "G")]),
    case("whyalla-steelworks",
         "WHYALLA, South Australia — The state government has put the town's steelworks into administration, "
         "Premier Peter Malinauskas said, promising workers in Whyalla and Port Augusta that wages would be paid. "
         "The plant's owner, GFG Alliance, is controlled by Sanjeev Gupta.",
         [e("Whyalla", "G"), e("South Australia", "G"), e("Peter Malinauskas", "P"), e("Port Augusta", "G"),
          e("GFG Alliance", "O"), e("Sanjeev Gupta", "P")]),
    case("kandy-landslides-ians",
         "Kandy, Sri Lanka, April 8 (IANS) — Landslides in the Nuwara Eliya district buried two tea estates after "
         "four days of rain, the Disaster Management Centre said. Villagers near Mount Pedro were moved to schools "
         "in Hatton.",
         [e("Kandy", "G"), e("Sri Lanka", "G"), e("IANS", "O"), e("Nuwara Eliya", "G", "Nuwara Eliya district"),
          e("Disaster Management Centre", "O"), e("Mount Pedro", "L"), e("Hatton", "G")]),
    case("benguela-lobito-lusa",
         "BENGUELA, Angola (Lusa) - The port of Lobito will handle copper from Zambia and Congo on the new rail "
         "line, Lobito Atlantic Railway chief executive Francisco França said. Trains from Kolwezi reached the coast "
         "in eight days.",
         [e("Benguela", "G"), e("Angola", "G"), e("Lusa", "O"), e("Lobito", "G"), e("Zambia", "G"),
          e("Congo", "G"), e("Lobito Atlantic Railway", "O", trap=True), e("Francisco França", "P"),
          e("Kolwezi", "G")]),
    case("st-george-wildfire-ap",
         "ST. GEORGE, Utah (AP) — A wildfire in the Pine Valley Mountains forced the evacuation of two towns, "
         "Washington County officials said Sunday. Sheriff Nate Brooksby said crews from Cedar City were on the way.",
         [e("St. George", "G", "St George"), e("Utah", "G"), e("AP", "O"), e("Pine Valley Mountains", "L"),
          e("Washington County", "G"), e("Nate Brooksby", "P"), e("Cedar City", "G")]),
    case("marsabit-clashes-wire",
         "MARSABIT, Kenya (Reuters) - Herders from Marsabit and Moyale clashed over water at Forole, near the "
         "Ethiopian border, leaving seven dead, county commissioner Paul Rotich said.",
         [e("Marsabit", "G"), e("Kenya", "G"), e("Reuters", "O"), e("Moyale", "G"), e("Forole", "G"),
          e("Paul Rotich", "P")], ignore=["Ethiopian"]),
    case("goma-fighting-afp",
         "GOMA, Congo (AFP) - Fighting between the army and M23 rebels reached Sake, 25 km west of Goma on the shore "
         "of Lake Kivu, the UN mission Monusco said.",
         [e("Goma", "G"), e("Congo", "G"), e("AFP", "O"), e("M23", "O"), e("Sake", "G"), e("Lake Kivu", "L"),
          e("Monusco", "O")], ignore=["UN"]),
    # no dateline
    case("ukerewe-ferry",
         "A ferry carrying 120 passengers capsized off Ukerewe island in Lake Victoria, Tanzanian officials said, "
         "and rescuers from Mwanza pulled 40 people from the water.",
         [e("Ukerewe", "L", "Ukerewe island"), e("Lake Victoria", "L"), e("Mwanza", "G")], ignore=["Tanzanian"]),
    case("kabwe-lead-mayor",
         "Sydney Mwale, the mayor of Kabwe, said the lead clean-up had reached the town's poorest townships. His "
         "deputy, Adelaide Phiri, blamed the old mine's owner, Zambia Consolidated Copper Mines.",
         [e("Sydney Mwale", "P", trap=True), e("Kabwe", "G"), e("Adelaide Phiri", "P", trap=True),
          e("Zambia Consolidated Copper Mines", "O", trap=True)],
         banned={"Sydney": [], "Adelaide": [], "Zambia": []}),
    case("mumias-bamburi-shares",
         "Shares in Mumias Sugar rose 8% after the firm said it would reopen its mill, while Bamburi Cement fell on "
         "weaker demand in Mombasa.",
         [e("Mumias Sugar", "O", trap=True), e("Bamburi Cement", "O", trap=True), e("Mombasa", "G")],
         banned={"Mumias": [], "Bamburi": []}),
    case("rakhine-fighting",
         "Heavy fighting was reported in northern Rakhine state, around the town of Buthidaung, where the Arakan Army "
         "says it has taken a border post near the Naf River.",
         [e("Rakhine", "G", "Rakhine state"), e("Buthidaung", "G"), e("Arakan Army", "O"), e("Naf River", "L")]),
    case("mokha-tanker",
         "Drones struck a tanker in the Red Sea off the port of Mokha, the UK Maritime Trade Operations agency said, "
         "the second attack near the Bab el-Mandeb strait this week.",
         [e("Red Sea", "L"), e("Mokha", "G"), e("UK Maritime Trade Operations", "O"), e("Bab el-Mandeb", "L")]),
    case("nuble-wildfires",
         "Wildfires have burned 40,000 hectares in the Ñuble region and in Biobío, Chile's forestry agency Conaf "
         "said. The town of Quillón was evacuated overnight.",
         [e("Ñuble", "G", "Ñuble region"), e("Biobío", "G"), e("Chile", "G"), e("Conaf", "O"), e("Quillón", "G")]),
    case("flores-savu-sea",
         "Search teams found the wreck of a fishing boat near Flores in the Savu Sea, and three survivors were taken "
         "to Maumere. The boat had left Kupang on Sunday.",
         [e("Flores", "L"), e("Savu Sea", "L"), e("Maumere", "G"), e("Kupang", "G")]),
    case("teesta-glacial-flood",
         "A glacial lake burst above the Teesta river in Sikkim, sweeping away a dam at Chungthang and flooding towns "
         "downstream as far as Rangpo, the Indian Army said.",
         [e("Teesta", "L", "Teesta river"), e("Sikkim", "G"), e("Chungthang", "G"), e("Rangpo", "G"),
          e("Indian Army", "O")]),
    case("kinshasa-kigali-rubaya",
         "Kinshasa accused Kigali of arming the M23 rebels who took Rubaya, a mining town in North Kivu, last week.",
         [e("Kinshasa", "G"), e("Kigali", "G"), e("M23", "O"), e("Rubaya", "G"), e("North Kivu", "G")]),
    case("sahel-capital-fund",
         "Sahel Capital, a Lagos-based fund, has invested $5 million in Kano dairy firm Sebore Farms.",
         [e("Sahel Capital", "O", trap=True), e("Lagos", "G"), e("Kano", "G"), e("Sebore Farms", "O", trap=True)],
         banned={"Sahel": []}),
    case("eldoret-nurse",
         "Chelsea Wanjiku, a nurse in Eldoret, said the Moi Teaching and Referral Hospital had run out of insulin.",
         [e("Chelsea Wanjiku", "P", trap=True), e("Eldoret", "G"), e("Moi Teaching and Referral Hospital", "O")],
         banned={"Chelsea": []}),
    case("clarksville-cumberland",
         "Floodwaters from the Cumberland River reached downtown Clarksville, and Montgomery County schools closed on "
         "Monday, Mayor Joe Pitts said.",
         [e("Cumberland River", "L"), e("Clarksville", "G"), e("Montgomery County", "G"), e("Joe Pitts", "P")]),
    case("humberside-cannabis",
         "Police in Grimsby and Scunthorpe arrested five men, Humberside Police said, after cannabis worth "
         "£2 million was found at a farm near Brigg.",
         [e("Grimsby", "G"), e("Scunthorpe", "G"), e("Humberside Police", "O"), e("Brigg", "G")]),
    case("apennines-snow",
         "Snow closed the A1 motorway in the Apennines between Bologna and Florence, and the town of Barberino di "
         "Mugello ran out of salt, the road agency ANAS said.",
         [e("Apennines", "L"), e("Bologna", "G"), e("Florence", "G"), e("Barberino di Mugello", "G"),
          e("ANAS", "O")], ignore=["A1"]),
    case("koh-lipe-andaman",
         "Tourists were evacuated from Koh Lipe and other islands of the Andaman Sea after the storm, Satun province "
         "officials said.",
         [e("Koh Lipe", "L"), e("Andaman Sea", "L"), e("Satun", "G", "Satun province")]),
    case("tikhoretsk-drones",
         "Drones hit an oil depot in Tikhoretsk, in southern Russia's Krasnodar region, Governor Veniamin Kondratyev "
         "said, and flights at Sochi airport were halted.",
         [e("Tikhoretsk", "G"), e("Russia", "G"), e("Krasnodar", "G", "Krasnodar region"),
          e("Veniamin Kondratyev", "P"), e("Sochi", "G")]),
    case("jaisalmer-heat",
         "The Thar Desert town of Jaisalmer recorded 49C on Friday, the India Meteorological Department said, and "
         "Rajasthan's power utility cut supply to Barmer.",
         [e("Thar Desert", "L"), e("Jaisalmer", "G"), e("India Meteorological Department", "O"),
          e("Rajasthan", "G"), e("Barmer", "G")]),
    case("guerrero-candidate",
         "Gunmen killed a mayoral candidate in Coyuca de Benítez, in the Mexican state of Guerrero, the state "
         "prosecutor's office said. The candidate, Florencia Ríos, had campaigned in Acapulco the day before.",
         [e("Coyuca de Benítez", "G"), e("Guerrero", "G"), e("Florencia Ríos", "P", trap=True),
          e("Acapulco", "G")], ignore=["Mexican"], banned={"Florencia": []}),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("paragraphs-9-places.json")
    out.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CASES), "paragraphs,", sum(len(c["entities"]) for c in CASES), "entities")
