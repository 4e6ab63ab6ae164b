"""The language an article is written in (py3langid), and the language a spaCy pipeline parses.

An article in a language the pipeline does not parse makes a graph of noise (German parsed as English), so
the build leaves it out with a count. py3langid is used because it is fast (several hundred articles a second
here, far above the parse rate) and small; the page's own ``lang`` attribute is often a site-wide template
value, so the text decides.
"""
from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Collection
from pathlib import Path

__all__ = ["detect_language", "foreign_paragraphs", "model_language"]

_SAMPLE_CHARS = 4000       # the start of the text is enough, and bounds the time on a long one
_MIN_CHARS = 40            # below this the guess is noise: an article this short is kept
_MIN_PROBABILITY = 0.5


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when it is too short or unclear.

    Examples
    --------
    >>> detect_language("The central bank raised interest rates by half a point on Thursday.")
    'en'
    >>> detect_language("Die Zentralbank hat am Donnerstag die Zinsen um einen halben Punkt erhöht.")
    'de'
    >>> detect_language("OK") is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < _MIN_CHARS:
        return None
    code, probability = _best(sample)
    return code if probability >= _MIN_PROBABILITY else None


_PARAGRAPH_MIN_LETTERS = 60    # a paragraph this long is told apart reliably; a shorter one is kept
_PARAGRAPH_MIN_PROBABILITY = 0.95


def _best(text: str) -> tuple[str, float]:
    """The likeliest language of ``text`` and its probability."""
    import numpy as np

    ident = _identifier()
    features = ident.instance2fv(text)
    present = features.nonzero()[0]
    # py3langid's classify() does this as one BLAS product over all 7,480 features, which OpenBLAS spreads over
    # threads: on a busy machine that made it 12 times slower. Only the features present count, single-threaded.
    scores = (features[present, None] * ident.nb_ptc[present]).sum(axis=0) + ident.nb_pc
    probabilities = ident.norm_probs(scores)
    best = int(np.argmax(probabilities))
    return str(ident.nb_classes[best]), float(probabilities[best])


def foreign_paragraphs(text: str, languages: Collection[str]) -> list[tuple[int, int]]:
    r"""The character spans of the paragraphs of ``text`` (blocks between blank lines) written, beyond doubt, in a
    language not in ``languages``: a quote in French in an English page ("« C'est une journée historique », a
    déclaré ..."), which the pipeline would parse as English and turn into names like "C'est". A short paragraph,
    or one the identifier is not sure of (a line of names), is kept.

    Examples
    --------
    >>> text = ("The minister met the unions on Monday and said a deal was close.\n\n"
    ...         "« Nous sommes très proches d'un accord avec les syndicats », a déclaré la ministre lundi soir.")
    >>> [text[a:b][:9] for a, b in foreign_paragraphs(text, {"en"})]
    ['« Nous so']
    """
    spans, start = [], 0
    for block in text.split("\n\n"):
        end = start + len(block)
        if sum(map(str.isalpha, block)) >= _PARAGRAPH_MIN_LETTERS:
            code, probability = _best(block[:_SAMPLE_CHARS])
            if code not in languages and probability >= _PARAGRAPH_MIN_PROBABILITY:
                spans.append((start, end))
        start = end + 2
    return spans


@functools.lru_cache(maxsize=32)
def model_language(model: str) -> str | None:
    """The language of an installed spaCy pipeline (package name or folder), read from its meta.json.

    None when it cannot be told, or for a multi-language pipeline (``xx``): every article is then kept.
    """
    candidates = [Path(model) / "meta.json"]
    try:
        spec = importlib.util.find_spec(model) if model.isidentifier() else None
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates.insert(0, Path(next(iter(spec.submodule_search_locations))) / "meta.json")
    for path in candidates:
        try:
            lang = json.loads(path.read_text(encoding="utf-8")).get("lang")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(lang, str) and lang:
            return None if lang == "xx" else lang
    prefix = model.split("_")[0]
    return prefix if len(prefix) == 2 and prefix.isalpha() and prefix.islower() and prefix != "xx" else None
