"""Page furniture and bylines found on the twelve pages judged in bench/pages-judged-2027.tsv (a release's end mark
and contacts, a colleague's "contributed to this report", a reporter's contact line and the notices under it, a
line of topics, a date printed beside the byline), each on lines written here, not the pages' own."""
from __future__ import annotations

from kg.ingest.furniture import sign_off, strip_furniture
from kg.ingest.pagemeta import PageHints, choose_author

STORY = ["The harbour board approved the new ferry terminal on Monday.", "Building will start in June, its chair said."]


def test_a_press_releases_end_mark_ends_the_story():
    for mark in ("###", "# # #", "-ends-", "- 30 -", "ENDS"):
        tail = [mark, "About the Harbour Trust: the Trust runs four ports and employs 900 people.",
                "For more information contact Ola Brenn, Harbour Trust, +47 555 0101."]
        assert strip_furniture([*STORY, *tail]) == STORY, mark
    # a hashtag or a heading with a hash inside a story is no end mark
    assert strip_furniture([STORY[0], "#FerryNow trended all day.", STORY[1]]) == [STORY[0], "#FerryNow trended all day.", STORY[1]]


def test_a_colleagues_contribution_line_goes_but_a_contribution_in_the_story_stays():
    for line in ("Staff writer Ines Duarte contributed to this report.", "Tomas Reyes contributed reporting from Quito.",
                 "The Associated Press contributed to this story.", "Reporters Ana Lim and Joe Park contributed to this article."):
        assert sign_off(line), line
        assert strip_furniture([*STORY, line]) == STORY, line
    for line in ("Norvia contributed $2 million to this year's fund.", "Farmers contributed to this report on soil, "
                 "the ministry said.", "Ms Duarte contributed to this report, she said."):
        assert not sign_off(line), line


def test_a_reporters_contact_line_ends_the_story_with_what_follows():
    tail = ["Contact Maya Ortiz at mortiz@harbourpost.example or 555-0199.",
            "LEGAL NOTICE - In the Estate of Peter Lund, Deceased. Case No. 24-PR-7."]
    assert strip_furniture([*STORY, *tail]) == STORY
    # a sentence about contacting someone is the story's
    kept = [*STORY, "Residents can contact the board at its office on Quay Street."]
    assert strip_furniture(kept) == kept


def test_a_line_of_topics_goes():
    assert strip_furniture([*STORY, "Topics: Ferries · Harbour Board · Bergen"]) == STORY
    assert strip_furniture([STORY[0], "Tags: ports, shipping, Norway", STORY[1]]) == STORY


def test_a_date_printed_beside_the_byline_is_no_name():
    hints = PageHints()
    assert choose_author("Ines Duarte | Mar 4, 2024 9:10am", hints) == "Ines Duarte"
    assert choose_author("Ines Duarte, Oct", hints) == "Ines Duarte"
    assert choose_author("Tomas Reyes \u00b7 Jun 2, 2023 at 4:15 p.m. UTC", hints) == "Tomas Reyes"
    assert choose_author("Maya Ortiz Wed", hints) == "Maya Ortiz"
    # names that are date words too stay whole
    assert choose_author("Theresa May", hints) == "Theresa May"
    assert choose_author("Li Sun; Ana May", hints) == "Li Sun, Ana May"
