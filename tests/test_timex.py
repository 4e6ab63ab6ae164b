"""The temporal tagger (kg.timex) and `kg timex`: spans, TIMEX3 values against a date line, bad input."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.timex import calendar_date, find_timexes, text_tense

WED = "2022-02-23"      # a Wednesday in ISO week 2022-W08


def tags(text: str, ref=WED, **kw) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, ref, **kw)]


@pytest.mark.parametrize("text, expected", [
    ("The envoys met on Monday.", ("Monday", "DATE", "2022-02-21")),
    ("The envoys met on Wednesday.", ("Wednesday", "DATE", "2022-02-23")),
    ("The envoys will meet on Monday.", ("Monday", "DATE", "2022-02-28")),
    ("On Friday the court is due to rule.", ("Friday", "DATE", "2022-02-25")),
    ("Prices fell last week.", ("last week", "DATE", "2022-W07")),
    ("Talks resume next week.", ("next week", "DATE", "2022-W09")),
    ("The firm was sold in December.", ("December", "DATE", "2021-12")),
    ("The firm will be sold in December.", ("December", "DATE", "2022-12")),
    ("The deal was signed on 3 March 2019.", ("3 March 2019", "DATE", "2019-03-03")),
    ("The deal was signed on March 3, 2019.", ("March 3, 2019", "DATE", "2019-03-03")),
    ("The vote is set for March 3.", ("March 3", "DATE", "2022-03-03")),
    ("He joined the board in 2014.", ("2014", "DATE", "2014")),
    ("Sales rose last month.", ("last month", "DATE", "2022-01")),
    ("Sales will rise next year.", ("next year", "DATE", "2023")),
    ("Sales rose earlier this month.", ("earlier this month", "DATE", "2022-02")),
    ("She resigned two days ago.", ("two days ago", "DATE", "2022-02-21")),
    ("They spoke yesterday.", ("yesterday", "DATE", "2022-02-22")),
    ("Troops have held the city since February 2021.", ("February 2021", "DATE", "2021-02")),
    ("The plant ran for ten years.", ("ten years", "DURATION", "P10Y")),
    ("It signed a 10-year lease.", ("10-year", "DURATION", "P10Y")),
    ("The board meets twice a year.", ("twice a year", "SET", "P1Y")),
    ("Figures are published monthly.", ("monthly", "SET", "P1M")),
    ("Prices are now falling.", ("now", "DATE", "PRESENT_REF")),
    ("It landed at 6 p.m. on Tuesday.", ("6 p.m.", "TIME", "2022-02-22T18:00")),
    ("Output grew in the third quarter of 2021.", ("the third quarter of 2021", "DATE", "2021-Q3")),
    ("It was built in the 1990s.", ("the 1990s", "DATE", "199")),
    ("The accord expires in mid-May.", ("mid-May", "DATE", "2022-05")),
])
def test_values(text, expected):
    assert expected in tags(text)


def test_no_false_dates():
    assert tags("The bank may raise rates; inflation is 2.5 percent and 4,2020 units sold.") == []
    assert tags("Workers march on the capital; the company said 45 percent agreed.") == []


def test_offsets_are_exact():
    text = "By Reuters\r\n\r\nFebruary 21, 2022\r\n\r\nRussia said on Monday that talks will resume next week."
    found = find_timexes(text, "2022-02-21")
    assert [t.text for t in found] == ["February 21, 2022", "Monday", "next week"]
    assert all(text[t.start:t.end] == t.text for t in found)


def test_without_a_reference_date_values_are_underspecified():
    assert tags("They met on Monday and in May, and on 3 March.", ref=None) == [
        ("Monday", "DATE", "XXXX-WXX-1"), ("May", "DATE", "XXXX-05"), ("3 March", "DATE", "XXXX-03-03")]


def test_caller_decides_the_tense():
    assert tags("Monday", tense=lambda s, e: "future") == [("Monday", "DATE", "2022-02-28")]
    assert tags("Monday", tense=lambda s, e: "past") == [("Monday", "DATE", "2022-02-21")]


def test_text_tense():
    text = "The minister will travel to Kyiv on Friday. On Friday she spoke."
    assert text_tense(text, 35, 41) == "future"
    assert text_tense(text, 46, 52) == "past"


def test_calendar_date():
    assert calendar_date("2022-W07") == ("2022-02-14", "date", "week")
    assert calendar_date("2022-02-21TNI") == ("2022-02-21", "date", "day")
    assert calendar_date("2022-02") == ("2022-02", "gYearMonth", "month")
    assert calendar_date("PAST_REF") is None and calendar_date("2022-Q1") is None and calendar_date("P3D") is None


# --------------------------------------------------------------------------------------------------- kg timex

def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_cli_lines_point_into_the_file(tmp_path):
    text = "# Headline\n\nBy AP\n\nMarch 4, 2023\n\nThe talks began on Monday and lasted three days. They will resume in April."
    path = tmp_path / "a.md"
    path.write_bytes(text.encode("utf-8"))
    result = run("timex", str(path), "--date", "2023-03-04")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert [r[2:4] for r in rows] == [["DATE", "2023-03-04"], ["DATE", "2023-02-27"], ["DURATION", "P3D"],
                                      ["DATE", "2023-04"]]
    assert all(text[int(s):int(e)] == t for s, e, _, _, t in rows)
    # without --date the text's own date line is the reference
    assert run("timex", str(path)).output == result.output


def test_cli_reads_stdin():
    result = run("timex", "-", "--date", "2022-02-21", input="Putin spoke on Monday.\n")
    assert result.exit_code == 0 and result.output == "15\t21\tDATE\t2022-02-21\tMonday\n"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 on Monday", "UTF-8"),
    (b"They met on Monday. " * 250_001, "limit")])
def test_cli_bad_input_is_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("timex", str(path), "--date", "2022-02-21")
    assert result.exit_code != 0 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_long_text_without_sentence_ends_is_tagged_in_linear_time():
    text = "met at 6 p.m. on Monday and " * 5_000   # no full stop anywhere: sentence bounds are looked for nearby
    found = find_timexes(text, WED)
    assert len(found) == 10_000 and found[0].value == "2022-02-21T18:00"


def test_cli_bad_date_and_missing_file(tmp_path):
    bad = run("timex", "-", "--date", "2022-02-30", input="Monday")
    assert bad.exit_code != 0 and len(bad.output.strip().splitlines()) == 1 and "--date" in bad.output
    missing = run("timex", str(tmp_path / "nope.txt"))
    assert missing.exit_code != 0 and len(missing.output.strip().splitlines()) == 1
