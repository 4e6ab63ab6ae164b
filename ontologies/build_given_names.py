"""Build ontologies/given_names.tsv: words that begin personal names, for telling a person's name from a firm's.

    pip install faker     # only to rebuild; kg-builder does not import it
    python ontologies/build_given_names.py [OUTPUT]

The list joins the first names of the person providers of Faker (MIT licence, Copyright (c) 2012 Daniele
Faraglia; the notice is kept in the output's header) for every locale written in Latin script, the Cyrillic
and Greek locales transliterated (Russian, Ukrainian, Bulgarian, Macedonian and Greek names as English news
writes them: "Volodymyr", "Dmitry", "Kyriakos"), and short lists written here from general knowledge: East Asian family names,
which stand first in names as news writes them ("Xi Jinping", "Park Min-seo", "Nguyen Van An"), Arabic and
Persian given names in their common English spellings, Ukrainian and Belarusian romanisations, and Japanese,
Indian, British and African given names that are common in the news and missing from Faker's lists. The output is sorted and deterministic.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "given_names.tsv"
LICENCE = """# Words that begin personal names (kg.extract.givennames). Built by ontologies/build_given_names.py from
# the first names of Faker's person providers and lists of its own (East Asian family names, Arabic and
# Persian, Japanese, Indian and other given names of the news). Faker's notice, as its licence asks:
#   Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any person obtaining a
#   copy of this software and associated documentation files (the "Software"), to deal in the Software without
#   restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
#   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do
#   so, subject to the following conditions: The above copyright notice and this permission notice shall be
#   included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
#   WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""
CYRILLIC = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюяёєіїґў",
                    "a b v g d e z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya yo ye i yi g u".split()))
UKRAINIAN = {**CYRILLIC, "г": "h", "и": "y", "е": "e"}
EAST_ASIAN = """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song
Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Lu
Jin Fu Qin Qian Shi Tan Kong Mao Bai Hou Lai Wen Yi Xing Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Oh Seo
Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Nam Noh Ha Heo Kwak Sung Chung Nguyen Tran Le Pham Hoang Huynh
Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Chan Wong Leung Cheung Lau Ng Tse Chow Tsang
Yeung Chiu Kwok Fung Lai""".split()
ARABIC_PERSIAN = """Mohammed Muhammad Mohamed Mohammad Mohamad Ahmed Ahmad Ali Hassan Hasan Hussein Husain Omar Umar Abdel
Abdul Abdullah Abdallah Abdelaziz Abdelfattah Abdulaziz Abdulrahman Abbas Khalid Khaled Youssef Yousef Yusuf Ibrahim
Mahmoud Mahmud Mustafa Mostafa Saeed Said Salman Faisal Fahd Hamad Hamdan Tamim Bashar Hafez Walid Waleed Tariq Tarek
Nabil Nabih Samir Sami Ziad Fouad Riyad Riad Jamal Kamal Karim Kareem Nasser Naser Rashid Rached Majid Hamid Hamed
Javad Mohsen Hossein Masoud Massoud Mahmood Ebrahim Esmaeil Ismail Ismael Abbas Ayatollah Ruhollah Hassan Qassem Qasem
Yahya Yahia Zakaria Idris Anwar Haider Nouri Nuri Fuad Adel Amir Emir Aziz Jawad Moqtada Nechirvan Masrour Recep
Mevlut Binali Ekrem Kemal Selahattin Aisha Ayesha Fatima Fatma Maryam Mariam Zainab Leila Layla Rania Hala Huda Noor
Nour Samira Yasmin Yasmine Amina Aminata Khadija Salma Hanan Reem Rima Dalia Shirin Narges Ghazal Mahsa""".split()
JAPANESE_INDIAN = """Shigeru Fumio Shinzo Yoshihide Taro Kenji Koichi Yoshimasa Toshimitsu Katsunobu Haruhiko Kazuo Masato
Hiroshi Takeshi Satoshi Yuki Yoko Yuriko Sanae Seiko Shinjiro Kentaro Naoki Tadashi Yasuhiro Makoto Minoru Osamu
Narendra Rahul Amit Arvind Nirmala Rajnath Subrahmanyam Piyush Ajit Uddhav Mamata Sonia Priyanka Manmohan Atal Yogi
Shashi Jaishankar Gautam Mukesh Ratan Nandan Sundar Satya Shaktikanta Sanjay Sanjiv Raghuram Urjit Indira Jawaharlal
Keir Rishi Liz Boris Theresa Kemi Yvette Rachel Shabana Wes Bola Goodluck Muhammadu Cyril Jacob Thabo Uhuru William
Paul Yoweri Abiy Hakainde Emmerson Nana Macky Bassirou Ousmane Alassane Faure Ibrahim Assimi Mahamat Felix Denis""".split()


GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk",
               "μπ": "mp", "ντ": "nt", "θ": "th", "χ": "ch", "ψ": "ps", "ξ": "x"}
GREEK = dict(zip("αβγδεζηικλμνοπρσςτυφω", "a v g d e z i i k l m n o p r s s t y f o".split()))
JAPANESE = """Akihiro Akio Akiko Atsuko Ayako Ayumi Chie Chihiro Daiki Daisuke Emi Eri Fumiko Hanako Haruka Haruki
Hideaki Hideki Hidetoshi Hiroki Hiroko Hiromi Hironori Hiroyuki Hisashi Ichiro Isamu Jun Junichi Junko Kaori Katsuya
Kazuhiro Kazuki Kazumi Kazuya Keiko Keisuke Kenichi Kenta Kiyoshi Koji Kumiko Kyoko Mai Mami Mariko Masaaki Masahiro
Masako Masami Masanori Masashi Masayoshi Masayuki Michiko Mika Miki Minako Misaki Mitsuo Miyuki Naoko Naomi Noboru
Nobuo Nobuyuki Noriko Ryo Ryoji Ryota Ryuichi Sachiko Sayaka Seiji Shingo Shinichi Shinji Shota Shun Shunichi Sho
Sota Sumiko Takahiro Takako Takashi Takayuki Takuya Tatsuya Tetsuya Tomoko Tomohiro Toru Toshiaki Toshihiro Toshiko
Tsuyoshi Wataru Yasuo Yasushi Yoichi Yoshiaki Yoshiko Yoshinori Yoshio Yosuke Yuichi Yuji Yukiko Yumi Yusuke
Yutaka""".split()
EAST_SLAVIC = """Aryna Iryna Mykola Mykhailo Oleksiy Oleksii Dmytro Serhiy Serhii Vasyl Bohdan Yevhen Kateryna Olha
Svitlana Tetiana Maryna Halyna Yuliia Andriy Andrii Aliaksandr Alyaksandr Siarhei Sviatlana Viktar Yury Yuri""".split()
# African, South and Southeast Asian, Caucasian, Central Asian, Eastern European and Latin American given names
# common in the news that the lists above lack (general knowledge)
NEWS_MORE = """Adebayo Adewale Ayodele Babajide Bola Bolanle Chidi Chidinma Chika Chinedu Chinonso Chioma Chukwuemeka Emeka
Funmilayo Femi Folake Ifeanyi Ikenna Kayode Kunle Ngozi Nnamdi Obinna Oluwaseun Olusegun Segun Tolu Uche Yemi
Yewande Babatunde Bukola Kehinde Taiwo Adaeze Amaka Nkechi Hadiza Aminu Abubakar Usman Kwabena Kwaku Kwesi Kofi
Kojo Yaw Akosua Abena Efua Adjoa Esi Yaa Nasir Nuhu Atiku Godswill Nyesom Babagana Kashim Seyi Bankole Wanjiru
Wambui Njeri Wanjiku Achieng Akinyi Atieno Auma Wafula Kiprono Jepkosgei Baraka Juma Rehema Zawadi Tumaini
Faraja Abdi Abdirahman Abdullahi Hodan Halima Fadumo Mulugeta Tesfaye Abebe Alemayehu Girma Kebede Tadesse
Berhanu Dawit Yohannes Mekonnen Selam Meseret Tirunesh Almaz Genzebe Letesenbet Yonas Tewodros Debretsion Redwan
Demeke Hailemariam Sahle-Work Taye Gedion Hassan Samia Jakaya Tundu Kizza Bobi Anita Raila Rigathi Kithure
Martha Kalonzo Musalia Uhuru Thabo Sipho Themba Mandla Nomvula Nomsa Thandiwe Thandi Lindiwe Zanele Bongani
Sibusiso Siyabonga Mpho Lerato Palesa Tshepo Refilwe Tendai Tatenda Farai Chipo Rutendo Nyasha Mwila
Chanda Mulenga Bwalya Lazarus Saulos Filipe Netumbo Duma Mokgweetsi Cyril Julius Gwede Fikile Abdelmadjid
Abdelaziz Abdelkader Mustapha Rachid Nabil Youssef Tarek Walid Hicham Driss Aziz Lotfi Slim Habib Kais Rached
Mansour Saud Faisal Turki Nayef Khalid Shehbaz Nawaz Bilawal Asif Maryam Babar Shoaib Rizwan Fakhar Shadab
Mushfiqur Shakib Mahmudullah Litton Mominul Taskin Mustafizur Khaleda Tarique Obaidul Fakhrul Ranil Mahinda
Gotabaya Sajith Namal Dinesh Harini Pushpa Kamal Gagan Rabi Balen Bidya Madhav Nirmala Rajnath Arvind Mamata
Nitish Tejashwi Akhilesh Devendra Eknath Uddhav Revanth Chandrababu Jagan Piyush Smriti Hardeep Ashwini
Jyotiraditya Mukesh Gautam Ratan Sunil Suresh Ramesh Rajesh Sanjay Vijay Ajay Rahul Priyanka Sonia Shashi
Mallikarjun Pinarayi Bhagwant Rohit Jasprit Shubman Hardik Rishabh Ravindra Joko Gibran Anies Ganjar Megawati
Puan Retno Luhut Airlangga Bahlil Susilo Wiranto Bongbong Rodrigo Leni Risa Imee Gilberto Anwar Mahathir Najib
Muhyiddin Zahid Hun Manet Prayut Paetongtarn Srettha Thaksin Yingluck Pita Anutin Thein Tharman Halimah Irakli
Mikheil Giorgi Levan Nika Serzh Ararat Anahit Mehriban Heydar Nursultan Shavkat Emomali Sadyr Serdar Gurbanguly
Almazbek Rustam Nicușor Ilie Traian Viorica Dacian Mircea Crin Gheorghe Vasile Dorin Zoran Milorad Miloš Dušan
Nebojša Vojislav Albin Hashim Vjosa Milo Zdravko Andrej Janez Zuzana Boyko Rumen Kiril Krasimir Rosen Andrzej
Mateusz Jarosław Szymon Władysław Radosław Petr Péter Katalin Balázs Judit Krisztina Kaja Alar Edgars Krišjānis
Evika Gitanas Ingrida Valdas Ihor Vitali Vitaliy Arseniy Dilma Jair Fernando Geraldo Flávio Tarcísio Eduardo
Ciro Cristina Sergio Mauricio Patricia Axel Horacio Gabriel Michelle Evelyn Jeannette Iván Francia Andrés
Claudia Xóchitl Marcelo Adán Ovidio Pedro Keiko Ollanta Alan Guillermo Rafael Lenín Nayib Bernardo Xiomara
Rosario Nicolás Diosdado Delcy Edmundo María Juan Evo Yamandú Yamandu Nasry Sandra""".split()
WEST_AFRICAN = "Mamadou Moussa Cheikh Abdoulaye Boubacar Souleymane Seydou Amadou Oumar Modibo Aliou Adama".split()


def greek_to_latin(word: str) -> str:
    """A Greek name as the news writes it: "Γιάννης" -> "Giannis", "Κυριάκος" -> "Kyriakos"."""
    word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out, i = "", 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in GREEK_PAIRS:
            out, i = out + GREEK_PAIRS[pair], i + 2
            continue
        out, i = out + GREEK_PAIRS.get(word[i], GREEK.get(word[i], word[i])), i + 1
    return out[:1].upper() + out[1:]


def russian_variants(name: str) -> set[str]:
    """The spellings English news gives a romanised Russian name: "Dmitriy" -> "Dmitry", "Dmitri"; "Sergey" ->
    "Sergei"."""
    forms = {name}
    if name.endswith("iy"):
        forms |= {name[:-2] + "y", name[:-2] + "i"}
    if name.endswith("ey"):
        forms.add(name[:-2] + "ei")
    if name.endswith("iya"):
        forms.add(name[:-3] + "ia")
    return forms


def transliterate(word: str, table: dict) -> str:
    out = "".join(table.get(ch, ch) for ch in word.lower()).replace("_", "")
    return out[:1].upper() + out[1:]


def faker_first_names() -> set[str]:
    import faker.providers.person as person
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None)
        table = UKRAINIAN if module.name == "uk_UA" else CYRILLIC
        for attr in dir(provider):
            if not (attr.startswith("first_name") and "romanized" not in attr) and attr != "first_romanized_names":
                continue
            values = getattr(provider, attr)
            for name in (list(values) if isinstance(values, (list, tuple, dict)) else []):
                if not isinstance(name, str):
                    continue
                forms = {name}
                if re.fullmatch(r"[а-яёєіїґўА-ЯЁЄІЇҐЎ\-]+", name):
                    # both romanisations: Russian "Arina", "Dmitry", Ukrainian and Belarusian "Hanna"
                    forms = russian_variants(transliterate(name, table)) | {transliterate(name, UKRAINIAN)}
                elif re.fullmatch(r"[\u0370-\u03ff\u1f00-\u1fff]+", name):
                    forms = {greek_to_latin(name)}
                names.update(form for form in forms if latin_name(form))
    return names


def latin_name(name: str) -> bool:
    """A name in Latin letters, two at least, one hyphen at most, not an acronym."""
    return bool(re.fullmatch(r"[A-Za-zÀ-ɏ'’]+(?:-[A-Za-zÀ-ɏ'’]+)?", name)) and len(name) > 1 and not name.isupper()


def build() -> list[str]:
    names = (faker_first_names() | set(EAST_ASIAN) | set(ARABIC_PERSIAN) | set(JAPANESE_INDIAN) | set(JAPANESE)
             | set(EAST_SLAVIC) | set(WEST_AFRICAN) | set(NEWS_MORE))
    return sorted({unicodedata.normalize("NFC", n) for n in names}, key=lambda n: (n.casefold(), n))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUTPUT
    names = build()
    out.write_text(LICENCE + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
