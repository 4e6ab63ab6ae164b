"""HTML through trafilatura: the real-world shapes that the hand-written reader got wrong, on pages written here."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles, parse_text, read_article
from kg.ingest.html import extract

PAGES = Path(__file__).parent / "data" / "html"


def test_endif_comment_idiom_does_not_swallow_the_page():
    article = read_article(PAGES / "endif-idiom.html")
    assert (article.headline, article.author, article.date, article.url, article.language) == (
        "Harbour Authority Approves Dredging Plan", "Priya Natarajan", "2023-06-12",
        "https://coastal-times.example/2023/06/12/harbour-dredging", "en")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5 and paragraphs[0].startswith("The harbour authority approved a plan on Monday")
    assert "outdated browser" not in article.text and "About us" not in article.text


def test_div_with_br_body_without_p():
    article = read_article(PAGES / "div-br-body.html")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The town library will open on Sundays")
    assert paragraphs[-1].endswith("when the grant runs out.")
    assert (article.headline, article.date) == ("Library Extends Opening Hours", "2021-11-03")
    assert "Valley Gazette" not in article.text and "Home" not in article.text


def test_related_posts_bigger_than_the_story_are_left_out():
    article = read_article(PAGES / "related-posts.html")
    assert article.text.startswith("The regional rail operator has ordered forty new electric trains")
    assert article.text.count("\n\n") == 2
    for teaser in ("Bus drivers", "legal challenge", "cycle lanes", "ferry company"):
        assert teaser not in article.text


def test_reader_comment_is_not_the_story():
    article = read_article(PAGES / "reader-comment.html")
    assert article.text.split("\n\n") == [
        "The city council postponed a vote on higher parking fees on Thursday after shop owners complained "
        "that the increase would drive customers away.",
        "The proposal would double the hourly rate in the town centre and extend paid parking into the evening.",
        "Council members said they would meet business groups before bringing the plan back next month."]
    assert article.author == "Ruth Okafor"


def test_lists_and_subheadings_are_kept_as_paragraphs():
    article = read_article(PAGES / "lists-subheadings.html")
    paragraphs = article.text.split("\n\n")
    assert "Income tax" in paragraphs and "Energy" in paragraphs
    assert "The top rate stays at 42 percent." in paragraphs
    assert "Heating oil is taxed at the same rate as gas from January." in paragraphs
    assert paragraphs.index("Energy") < paragraphs.index("Household electricity tax falls by a third.")
    assert paragraphs[0].startswith("The finance minister") and paragraphs[-1].startswith("Parliament will")
    assert "What the New Budget Means" not in article.text    # the <h1> is the headline, not a paragraph


def test_json_ld_date_author_and_url():
    article = read_article(PAGES / "json-ld.html")
    # 22:45 at UTC-7 is the next day in UTC: the publisher's own date is the one kept
    assert article.date == "2021-08-14"
    assert article.author == "Daniel Ortega Ruiz"
    assert article.url == "https://pacific-herald.example/news/wildfire-evacuation"
    assert article.headline == "Wildfire Forces Evacuation of Mountain Towns"
    assert article.text.count("\n\n") == 4


@pytest.mark.parametrize("stamp, day", [
    ("2021-08-14T22:45:00-07:00", "2021-08-14"), ("2021-08-15T00:30:00+09:00", "2021-08-15"),
    ("2021-08-14T23:59:59Z", "2021-08-14")], ids=["west-of-utc", "east-of-utc", "utc"])
def test_meta_timestamp_keeps_the_local_day(stamp, day):
    page = (f"<html><head><meta property='article:published_time' content='{stamp}'></head><body><article>"
            "<p>The committee met late in the evening and agreed on a new timetable for the works.</p>"
            "<p>It will publish the timetable next week, a spokeswoman said.</p></article></body></html>")
    assert parse_text(page)[0].date == day


def test_date_from_the_url_when_the_page_has_none():
    page = ("<html><body><article><p>The committee met late in the evening and agreed on a new timetable.</p>"
            "<p>It will publish the timetable next week, a spokeswoman said.</p></article></body></html>")
    article = extract(page, "record", url="https://news.example/2019/05/17/timetable")
    assert (article.date, article.url) == ("2019-05-17", "https://news.example/2019/05/17/timetable")
    assert extract(page, "record", date="2019-06-01").date == "2019-06-01"


def test_a_less_than_sign_in_an_attribute_or_a_script_is_no_text():
    # data-* attributes holding markup ('data-config="<p>..."') and scripts ("i < n") are common on news
    # sites: the escaping of a stray "<" must leave whole tags and scripts alone, or their insides become text
    article = read_article(PAGES / "attribute-markup.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The city council approved plans for a new pedestrian bridge")
    assert len(paragraphs) == 4 and "Construction will start in March" in paragraphs[2]
    for leak in ("Watch the full council session", "Video", "Engineers inspect", "readyState", "pad("):
        assert leak not in article.text
    # a "<" that starts no tag is still text
    [article] = parse_text("<p>If a < b and c <d then</p><div data-x='<i>'><p>Next.</p></div>")
    assert article.text == "If a < b and c <d then\n\nNext."


def test_a_story_in_a_script_with_its_own_full_stop_is_a_story():
    # Chinese and Japanese end sentences with "。", Hindi with "।" after a vowel sign, Burmese with "။":
    # such a page is a story (left out by its language, with the reason), not a page without one
    article = read_article(PAGES / "chinese-story.html")
    assert article.text.split("\n\n")[0] == "市政府周三宣布，将在河东区新建一座公共图书馆，预计明年春天动工。"
    assert (article.headline, article.date) == ("市政府宣布新建图书馆", "2023-04-12")
    reasons: list[str] = []
    assert list(iter_articles([str(PAGES / "chinese-story.html")], on_skip=reasons.append, languages={"en"})) == []
    assert reasons == ["language zh"]
    hindi = ("<html><body><article><p>नगर परिषद ने बुधवार को नदी पर नए पुल की योजना को मंज़ूरी दी।</p>"
             "<p>पुल अगले साल खुलेगा।</p></article></body></html>")
    assert parse_text(hindi)[0].text == "नगर परिषद ने बुधवार को नदी पर नए पुल की योजना को मंज़ूरी दी।\n\nपुल अगले साल खुलेगा।"


def test_headline_is_the_h1_not_the_title_with_site_name_or_label():
    # <title>/og:title "Analysis: <h1> | Site": the h1 is the headline; the kicker above it is no paragraph
    article = read_article(PAGES / "headline-site-name.html")
    assert article.headline == "Why the Ferry Strike Ended So Quickly"
    assert article.text.startswith("The ferry workers' union called off its strike")
    # without an h1, the site name the page declares (og:site_name) is cut from the title
    assert read_article(PAGES / "title-site-suffix.html").headline == "Orchard Growers Expect a Record Apple Harvest"


def test_author_is_the_json_ld_byline_not_the_publisher():
    # <meta name="author"> names the publisher; the JSON-LD article names its two reporters as Persons
    article = read_article(PAGES / "headline-site-name.html")
    assert (article.author, article.date) == ("Lena Fischer, Tomas Berg", "2024-03-08")


def test_a_quote_of_plain_text_with_a_break_is_kept_and_the_copyright_line_is_not():
    # <blockquote>"quote"<br>— name</blockquote> holds no <p>: it was dropped whole
    paragraphs = read_article(PAGES / "headline-site-name.html").text.split("\n\n")
    assert "\u201cWe did not want to strand the islanders for a week,\u201d the union's chair said." in paragraphs
    assert "\u2014 Marit Olsen, union chair" in paragraphs
    assert paragraphs[-1] == "The operator said ferries would run to the normal timetable from Friday morning."


def test_page_without_a_story_is_one_line(tmp_path):
    with pytest.raises(InputError, match="no-story.html: has no article text after parsing") as info:
        read_article(PAGES / "no-story.html")
    assert "\n" not in str(info.value)


def test_folder_goes_on_past_a_page_without_a_story():
    errors: list[InputError] = []
    articles = list(iter_articles([str(PAGES)], on_error=errors.append))
    assert len(articles) == 11 and len(errors) == 1 and "no-story.html" in str(errors[0])


def test_bytes_are_decoded_by_their_declared_charset():
    page = ("<html><head><meta charset='iso-8859-1'><title>Caf\u00e9</title></head><body><article>"
            "<p>The caf\u00e9 on the square reopened on Monday after a year of repairs.</p>"
            "<p>Its owner said business was already back to normal.</p></article></body></html>")
    article = extract(page.encode("iso-8859-1"), "page")
    assert "caf\u00e9 on the square" in article.text


def test_a_page_saved_in_the_legacy_charset_it_declares_is_read(tmp_path):
    # declared ISO-8859-1, written in windows-1252 (curly quotes, a dash), as browsers read such pages
    article = read_article(PAGES / "legacy-charset.html")
    assert article.headline == "Caf\u00e9 Owners Win Fight Over Terrace Fees"
    assert "dropped a plan to double them \u2014 a plan" in article.text
    assert "\u201cWe are relieved,\u201d said Ren\u00e9e Dubois" in article.text
    # a page that declares a legacy charset but is UTF-8 is UTF-8; one that declares nothing must be UTF-8
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes((PAGES / "legacy-charset.html").read_bytes().decode("cp1252").encode("utf-8"))
    assert read_article(utf8).text == article.text
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes((PAGES / "legacy-charset.html").read_bytes().replace(b"charset=iso-8859-1", b""))
    with pytest.raises(InputError, match=r"undeclared.html: is not valid UTF-8 \(bad byte at offset \d+\)"):
        read_article(undeclared)


def test_reading_html_never_touches_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for path in sorted(PAGES.glob("*.html")):
        try:
            read_article(path)
        except InputError:
            pass
