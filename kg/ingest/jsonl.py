"""JSON Lines: one article a line, ``{"title", "text", "date", "url", "author"}``."""
from __future__ import annotations

import json

from kg.errors import InputError
from kg.ingest.dates import parse_date
from kg.types import Article

__all__ = ["parse"]


def parse(text: str, source: str, skip=None) -> list[Article]:
    """Every article of a JSON Lines text; a bad line raises InputError naming the line."""
    return _parse_jsonl(text, source)

def _parse_jsonl(text: str, source: str) -> list[Article]:
    articles = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: is not valid JSON ({err.msg}); give one JSON object a line") from None
        except RecursionError:
            raise InputError(f"{where}: is JSON nested too deeply to read; give one flat JSON object a line") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: is not a JSON object; give one object a line with a \"text\" key")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{where}: lacks \"text\"; give each line the article's body as \"text\"")
        fields = {}
        for key in ("title", "date", "url", "author"):
            value = record.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(f"{where}: \"{key}\" is not a string")
            fields[key] = " ".join(value.split()) if value and value.strip() else None
        iso = parse_date(fields["date"]) if fields["date"] else None
        if fields["date"] and iso is None:
            raise InputError(f"{where}: \"date\" {fields['date']!r} is not a date; use YYYY-MM-DD")
        body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
        articles.append(Article(text=body, headline=fields["title"], date=iso, author=fields["author"],
                                url=fields["url"], source=f"{source}:{number}"))
    if not articles:
        raise InputError(f"{source}: is empty; give it one JSON object a line")
    return articles
