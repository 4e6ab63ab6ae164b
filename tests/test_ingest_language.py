"""Language: articles in a language the pipeline does not parse are left out, with a count and the reason."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.ingest import iter_articles
from kg.ingest.language import detect_language, model_language

TEXTS = {
    "en": "The regional council approved the new budget on Tuesday after a long debate about school funding. "
          "Opposition members said the plan would leave rural districts without enough teachers.",
    "de": "Der Gemeinderat hat am Dienstag nach einer langen Debatte über die Finanzierung der Schulen den neuen "
          "Haushalt beschlossen. Die Opposition kritisierte, dass ländlichen Gemeinden Lehrer fehlen würden.",
    "ru": "Областной совет во вторник после долгих споров о финансировании школ утвердил новый бюджет. "
          "Представители оппозиции заявили, что сельским районам не хватит учителей.",
    "id": "Dewan daerah menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang tentang pendanaan "
          "sekolah. Anggota oposisi mengatakan rencana itu akan membuat daerah pedesaan kekurangan guru.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_detect_language(code):
    assert detect_language(TEXTS[code]) == code


def test_too_short_to_tell_is_kept():
    assert detect_language("Brexit: 52%") is None


def _folder(tmp_path):
    (tmp_path / "a-en.md").write_text(f"# Budget\n\n{TEXTS['en']}\n", encoding="utf-8")
    (tmp_path / "b-de.md").write_text(f"# Haushalt\n\n{TEXTS['de']}\n", encoding="utf-8")
    (tmp_path / "c-ru.html").write_text(f"<html lang='en'><body><article><p>{TEXTS['ru']}</p></article></body></html>",
                                        encoding="utf-8")
    lines = [json.dumps({"title": "Anggaran", "text": TEXTS["id"]}), json.dumps({"title": "Short", "text": "Yes."})]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_articles_in_other_languages_are_left_out_with_a_reason(tmp_path):
    skipped: Counter = Counter()
    articles = list(iter_articles([str(_folder(tmp_path))], on_skip=lambda r: skipped.update([r]),
                                  languages={"en"}))
    assert [a.headline for a in articles] == ["Budget", "Short"]
    assert articles[0].language == "en"
    # the page said lang="en" (a site template): the text decides
    assert skipped == {"language de": 1, "language ru": 1, "language id": 1}


def test_a_pipeline_for_another_language_keeps_its_articles(tmp_path):
    articles = list(iter_articles([str(_folder(tmp_path))], languages={"de"}))
    assert [(a.headline, a.language) for a in articles] == [("Haushalt", "de"), ("Short", None)]


def test_no_languages_keeps_everything(tmp_path):
    assert len(list(iter_articles([str(_folder(tmp_path))]))) == 5


def test_model_language_from_the_pipeline_meta(tmp_path):
    import spacy

    spacy.blank("de").to_disk(tmp_path / "de-pipeline")
    spacy.blank("xx").to_disk(tmp_path / "multi")
    assert model_language(str(tmp_path / "de-pipeline")) == "de"
    assert model_language(str(tmp_path / "multi")) is None
    assert model_language("fr_core_news_sm") == "fr"
    assert model_language("no-such-model") is None


@pytest.mark.model
def test_the_default_model_is_english_and_kg_build_reports_what_it_left_out(nlp, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.resources import DEFAULT_MODEL

    assert model_language(DEFAULT_MODEL) == "en"
    folder = _folder(tmp_path / "in") if (tmp_path / "in").mkdir() is None else None
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert "2 added articles; records left out: 1 language de, 1 language id, 1 language ru" in result.output
