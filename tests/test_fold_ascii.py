"""mentions.fold returns ASCII text as it is: the full folding (NFKD, combining marks dropped, letters NFKD does not
decompose replaced) leaves every ASCII character unchanged, so the shortcut changes no name."""
from __future__ import annotations

import unicodedata

from kg.extract.mentions import _UNDECOMPOSED, fold


def _full_fold(text: str) -> str:
    text = text.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_ascii_is_its_own_fold():
    every = "".join(chr(i) for i in range(128))
    assert _full_fold(every) == every == fold(every)


def test_other_text_is_folded_in_full():
    for name in ("Iga Świątek", "Łódź", "Bjørn Dæhlie", "Straße", "ﬁnance"):
        assert fold(name) == _full_fold(name) and fold(name).isascii()
