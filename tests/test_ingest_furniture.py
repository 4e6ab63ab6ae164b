"""Page furniture among a story's paragraphs (kg/ingest/furniture.py), on pages and lines written here."""
from __future__ import annotations

from kg.ingest.furniture import strip_furniture
from kg.ingest.html import extract

STORY = ["The council approved the new bridge on Tuesday.", "Work will start in March, the mayor said."]


def test_bylines_and_time_stamps_above_the_story_go():
    for line in ("By Tomasz Wilk in Gdansk", "Posted 3 March 2021, 9:15 am", "Updated: 03/03/2021 - 09:15",
                 "Wednesday 3 March 2021 10.40pm GMT", "Additional reporting by Ines Sousa; Editing by Li Wei"):
        assert strip_furniture([line, *STORY]) == STORY, line
    # a sentence that starts like a byline is the story's
    assert strip_furniture(["By contrast, the old bridge will close.", *STORY])[0].startswith("By contrast")


def test_pointers_slots_and_paywalls_go_wherever_they_stand():
    for line in ("Read also: Bridge costs double", "» Bridge costs double » Ferry fares rise", "ADVERTISEMENT",
                 "Your browser does not support the video tag.", "Story continues below advertisement",
                 "Already a subscriber? Log in to read the rest of this article.",
                 "The Harbour Post covers the coast. Start your free 14-day trial to read the rest of this story."):
        assert strip_furniture([STORY[0], line, STORY[1]]) == STORY, line


def test_a_section_of_the_page_goes_with_the_headlines_under_it():
    paras = [STORY[0], "More from our network", "Ten bridges to see this summer", "Ferry fares rise again",
             STORY[1]]
    assert strip_furniture(paras) == STORY
    # readers' comments: everything below the heading is theirs, sentences too
    paras = [*STORY, "Reader comments (2)", "Dan from Leeds: About time. Well done to the council.",
             "Local mum: What about the buses?"]
    assert strip_furniture(paras) == STORY


def test_label_lines_and_figures_close_no_story():
    paras = [*STORY, "Case title: In re: Harbour Bridge Co.", "Case number: 21-bk-0042 Court: the District Court for the Eastern District of Gdansk Judge: A. Moreno",
             "1 EUR = 4.52 PLN 1 USD = 3.81 PLN"]
    assert strip_furniture(paras) == STORY
    # a last paragraph that is a quote introduced by its speaker is the story's
    last = 'Moreno said: "The bridge will be finished on time."'
    assert strip_furniture([*STORY, last])[-1] == last
    assert strip_furniture([*STORY, "Work was due to start in May"])[-1] == "Work was due to start in May"
    # a subheading inside the story stays, and so does text in a script that ends no sentence with a stop
    assert strip_furniture([STORY[0], "Costs and delays", STORY[1]]) == [STORY[0], "Costs and delays", STORY[1]]
    thai = ["สะพานใหม่จะเปิดในเดือนมีนาคม", "สภาเมืองอนุมัติโครงการแล้ว"]
    assert strip_furniture(thai) == thai


def test_a_table_layout_page_keeps_only_its_story():
    page = ("<html lang='en'><head><title>Council backs bridge - Coast Times</title></head><body><table><tr><td>"
            "<h1>Council backs bridge</h1><p><i>By Ana Ruiz in Sopot</i></p><p>Posted 3 March 2021, 9:15 am</p>"
            "<p>The Sopot council approved a new bridge over the river on Tuesday, ending a two-year dispute.</p>"
            "<p>Mayor Jan Nowak said work would start in March and cost 40 million zloty.</p>"
            "<p><b>&raquo; <a href='/a'>Bridge costs explained</a></b></p>"
            "<p>The opposition said the money should go to schools.</p><hr><p><b>Reader comments (2)</b></p>"
            "<p>Marta from Gdynia: Finally! Thank you to the mayor.</p><p>Reader: Waste of money.</p>"
            "</td></tr></table></body></html>")
    text = extract(page, "bridge.html").text
    assert text.startswith("The Sopot council approved") and text.endswith("should go to schools.")
    for leak in ("Ana Ruiz", "Posted", "explained", "comments", "Marta", "Waste"):
        assert leak not in text


def test_a_bracketed_wire_sign_off_and_currency_note_go_however_long():
    for line in ("(Reporting by Ana Ruiz, Tomasz Wilk and Li Wei in Gdansk; Additional reporting by Ines Sousa in "
                 "Lisbon; Writing by Jan Nowak; Editing by Mark Heinrich and Susan Fenton)",
                 "[Compiled by Harbour Post staff]", "($1 = 0.9312 euros)", "(£1 = 1,402.50 won)"):
        assert strip_furniture([STORY[0], line, STORY[1]]) == STORY, line
    # a bracketed sentence of the story stays
    aside = "(The bridge was first proposed by the harbour board in 1998.)"
    assert strip_furniture([STORY[0], aside, STORY[1]]) == [STORY[0], aside, STORY[1]]


def test_a_list_of_names_is_no_sentence():
    for line in ("Gdansk Lions: Kowalski; Nowak, Wisniewski, De Souza, van Dijk; Lewandowski (capt), Zielinski.",
                 "Cast: Maria Lind, Tom O'Hara, Ji-woo Park, Ana de la Cruz and Ben Cole",
                 "Substitutes: J Smith, T Brown, A N Other, Mo'ala, St John."):
        assert strip_furniture([STORY[0], line, STORY[1]]) == STORY, line
    # sentences that list names keep their verb, or have too few items to be a roster
    for line in ("Attending were Kowalski, Nowak, Wisniewski, Zielinski and Lewandowski.",
                 "Poland, Germany, France and Spain voted against.",
                 "Kowalski, Nowak and Zielinski scored."):
        assert strip_furniture([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]], line


def test_a_standfirst_in_headline_case_goes_but_a_sentence_case_subheading_stays():
    teaser = "Harbour Board Approves Bridge; Ferry Operators Warn of Job Losses"
    assert strip_furniture([STORY[0], teaser, STORY[1]]) == STORY
    for line in ("Costs and delays", "The Road Ahead", "Ferry operators warn of job losses along the coast",
                 "Marta Lind Said The Bridge Will Open In May."):
        assert line in strip_furniture([STORY[0], line, STORY[1]]), line


def test_a_meta_line_with_a_byline_among_its_parts_goes():
    # parts set apart by bars, dots or slashes: a dateline, a date, a byline or a wire's credits
    for line in ("GDANSK | 3 March 2021 | Reporting by Tomasz Wilk; editing by Ines Sousa",
                 "Por / By Lucía Ferrer Gil · Valparaíso · 3 de marzo de 2021",
                 "Opinion • By Ama Owusu • 6 min read"):
        assert strip_furniture([line, *STORY]) == STORY, line
    # bars in a line with no byline, and a byline's words inside a sentence, stay
    kept = "Ports | Shipping | Trade"
    assert strip_furniture([STORY[0], kept, STORY[1]]) == [STORY[0], kept, STORY[1]]
    line = "The bridge / tunnel plan was drawn up by Halvorsen Partners in 2019."
    assert strip_furniture([STORY[0], line]) == [STORY[0], line]


def test_a_press_releases_contacts_and_notes_to_editors_end_the_story():
    for tail in (["For more information, contact:", "Dr Ines Sousa", "Harbour Institute of Marine Studies",
                  "Email press@harbour.example"],
                 ["Media enquiries", "Tomasz Wilk, Communications Adviser, +48 58 000 0000"],
                 ["Notes to editors", "The Harbour Institute was founded in 1961. It employs 300 scientists."],
                 ["Note to editors: Photographs of the bridge are available from the council's press office."]):
        assert strip_furniture([*STORY, *tail]) == STORY, tail[0]
    # a sentence that mentions contacts is the story's
    line = "Contacts between the two ministries resumed in May."
    assert strip_furniture([*STORY, line]) == [*STORY, line]
