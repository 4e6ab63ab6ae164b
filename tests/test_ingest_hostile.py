"""Hostile input to the readers: patterns that must stay linear, files that must not block, encodings by BOM."""
from __future__ import annotations

import os
import threading

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles, parse_text, read_article


# Sizes at which the old patterns took minutes (cubic or quadratic): a regression hangs these tests visibly.
@pytest.mark.parametrize("text, headline, body", [
    ("# a" + " " * 6_000 + "b\n\nThe body.", "a b", "The body."),
    ("# a" + " " * 6_000 + "#x\n\nThe body.", "a #x", "The body."),
    ("# " + "#" * 100_000 + "x\n\nThe body.", "#" * 100_000 + "x", "The body."),
    ("#" * 100_000 + "\n\nThe body.", None, "The body."),
    ("# Closed heading ##\n\nThe body.", "Closed heading", "The body."),
    ("# Why C#\n\nThe body.", "Why C#", "The body."),
], ids=["spaces-then-word", "spaces-then-hash", "hashes-in-headline", "hashes-only", "closing-hashes", "c-sharp"])
def test_markdown_headline_is_linear(text, headline, body):
    [article] = parse_text(text, fmt="markdown")
    assert (article.headline, article.text) == (headline, body)


def test_deep_blockquote_is_linear():
    [article] = parse_text(">" * 200_000 + " quoted text.\n\n> > Second.", fmt="markdown")
    assert article.text == "quoted text.\n\nSecond."


def test_many_broken_paragraphs_join_in_linear_time():
    # each paragraph continues the last (no sentence end, lower-case start): once a rescan of the whole joined text
    words = [f"w{i}" for i in range(150_000)]
    [article] = parse_text("start\n\n" + "\n\n".join(words) + "\n\nend.", fmt="markdown")
    assert article.text == " ".join(["start", *words, "end."])


def test_original_url_brackets_are_linear():
    [article] = parse_text("# H\n\nThe body.\n\nOriginal url: " + "[" * 200_000 + " https://e.org/x")
    assert article.url == "https://e.org/x" and article.text == "The body."


def test_jsonl_deep_nesting_is_one_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: .*nested too deeply") as info:
        list(iter_articles([str(path)]))
    assert "\n" not in str(info.value)


def _fifo(path) -> None:
    os.mkfifo(path)
    # if the reader ever opens it for reading and blocks, a writer after 20 s lets the test end (and fail)
    def unblock():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        except OSError:
            pass
    timer = threading.Timer(20, unblock)
    timer.daemon = True
    timer.start()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_named_directly_is_refused_at_once(tmp_path):
    _fifo(tmp_path / "pipe.md")
    with pytest.raises(InputError, match=r"pipe.md: is a FIFO, not a regular file"):
        iter_articles([str(tmp_path / "pipe.md")])
    with pytest.raises(InputError, match=r"is a FIFO"):
        read_article(tmp_path / "pipe.md")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_folder_is_skipped_with_a_note(tmp_path):
    (tmp_path / "a.md").write_text("Article A.", encoding="utf-8")
    _fifo(tmp_path / "b.md")
    (tmp_path / "c.md").write_text("Article C.", encoding="utf-8")
    notes: list[InputError] = []
    texts = [a.text for a in iter_articles([str(tmp_path)], on_error=notes.append)]
    assert texts == ["Article A.", "Article C."]
    assert [str(n).split(": ", 1)[1][:11] for n in notes] == ["is a FIFO, "]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_bom_says_the_encoding(tmp_path, encoding):
    text = "# Caf\u00e9 \u201cNews\u201d\r\n\r\nBy Ana\r\n\r\nThe caf\u00e9 opened. \u00a9 \U0001F600\r\n"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
           "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    path = tmp_path / "a.md"
    path.write_bytes(bom + text.encode(encoding))
    article = read_article(path)
    assert (article.headline, article.author, article.text) == ("Caf\u00e9 \u201cNews\u201d", "Ana",
                                                                "The caf\u00e9 opened. \u00a9 \U0001F600")


def test_utf16_without_bom_is_still_refused(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("Text.".encode("utf-16-le"))
    with pytest.raises(InputError, match="looks binary"):
        read_article(path)


def test_bad_utf16_after_bom_is_one_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"\xff\xfeA\x00\x00\xd8")    # a lone high surrogate
    with pytest.raises(InputError, match="not valid UTF-16 despite its byte-order mark"):
        read_article(path)
