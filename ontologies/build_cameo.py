"""Build the shipped CAMEO files from the PETRARCH / Phoenix dictionaries.

    python ontologies/build_cameo.py [CAMEO_DIR]

CAMEO_DIR (default ../shared/data/cameo relative to the repository) holds ``goldstein.tsv`` (code, root,
Goldstein weight, quad class), ``CAMEO.2.0.txt`` (the PETRARCH verb-pattern dictionary) and the Phoenix actor
dictionaries. Three files are written beside this script:

- ``cameo.ttl``: every code of goldstein.tsv as a SKOS concept of ``cameo:scheme`` (notation, label from
  ``cameo_labels.tsv``, ``skos:broader`` up to its root, ``kg:goldstein``, ``kg:quadClass``);
- ``cameo_verbs.tsv``: the verb dictionary as rows of verb, preposition, object, context and code
  (format: docs/events.md);
- ``cameo_actors.tsv``: names of states, international bodies and the gazetteer's people, with CAMEO actor codes;
- ``cameo_agents.tsv``: agent nouns ("resident", "troops") with their CAMEO agent codes.

The output is sorted and deterministic.
"""
from __future__ import annotations

import csv
import os
import re
import sys
import tempfile
from pathlib import Path

from kg.events import norm_word   # one rule for the dictionary files and the coder that reads them

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "data" / "cameo"
LICENSE_NOTICE = """\
# Derived from {source} of the Open Event Data Alliance (PETRARCH / Phoenix), under the MIT License:
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

PREPOSITIONS = frozenset("""about above across after against along among around as at before behind below beneath
beside between beyond by during for from in inside into near of off on onto out outside over through
throughout to toward towards under until upon with within without""".split())
PARTICLES = frozenset("up down out off on in over away back aside forward ahead along around through".split())
ACTOR_MARKS = frozenset("$+^%")


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        if raw.lstrip().startswith("#"):
            continue    # a comment inside a set ("&CURRENCY" opens with one) does not end it; a blank line does
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0], [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].split()[0].replace("_", " ").strip())
        elif not line:
            current = None
    return sets


def _code(text: str) -> str | None:
    """ "[163]" -> 163, "[042:043]" -> 042, "[:173]" -> 173, "[---]" -> None."""
    inner = text.strip("[] ")
    for part in inner.split(":"):
        if re.fullmatch(r"\d{2,4}", part):
            return part
    return None


def _items(text: str) -> list[str]:
    """A pattern's words, with {phrases} and (groups) kept whole."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", text)


def _words(item: str) -> list[str]:
    """An item's words: {A B} a phrase, &SET the set's name (kept, lower case), an actor mark none."""
    parts = [p for p in item.strip("{}").replace("_", " ").split()
             if p not in ACTOR_MARKS and p.lower() not in ("the", "a", "an")]
    return [p.lower() if p.startswith("&") else norm_word(p) for p in parts]


def parse_pattern(text: str) -> list[tuple[str, str, str, str]] | None:
    """One pattern line's (particle, prep, object, context) readings, None when it constrains the subject."""
    items = _items(text)
    if "*" not in items:
        return None
    star = items.index("*")
    if [i for i in items[:star] if i not in ACTOR_MARKS]:
        return None
    rest = [i for i in items[star + 1:] if i not in ACTOR_MARKS]
    particle = ""
    if rest and not rest[0].startswith(("(", "{", "&")) and rest[0].lower() in PARTICLES:
        particle = rest.pop(0).lower()
    obj_items, groups = [], []
    for item in rest:
        (groups if item.startswith("(") or groups else obj_items).append(item)
    preps = [""]
    context_items: list[str] = []
    for g in groups:
        inner = _items(g.strip("()"))
        first = inner[0].lower().split("/") if inner else []
        if not obj_items and preps == [""] and first and all(w in PREPOSITIONS for w in first):
            preps = first           # "(BY/WITH X)": either preposition
            obj_items = inner[1:]
        else:
            context_items += inner
    obj = " ".join(w for i in obj_items for w in _words(i))
    ctx = " ".join(w for i in context_items if not set(i.lower().split("/")) <= PREPOSITIONS for w in _words(i))
    return [(particle, prep, obj, ctx) for prep in preps]


def verb_rows(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(verb, prep, object, context, code) rows of a PETRARCH verb dictionary.

    A synonym set that the patterns use (``&currency``) is written as rows of the set's name (in the verb
    column) and one member each (in the object column), with no code.
    """
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    synsets = read_synsets(lines[:start])
    rows: dict[tuple[str, str, str, str], str] = {}     # the first code a pattern gets in the file is kept
    block_code: str | None = None
    verbs: list[str] = []
    for raw in lines[start + 1:end]:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", line)
            block_code = _code(m.group(2)) if m else None
            verbs = []
            continue
        if line.startswith("-"):
            m = re.match(r"-(.*?)(\[[^\]]*\])", line)
            if not m:
                continue
            code = _code(m.group(2))
            readings = parse_pattern(m.group(1))
            if not code or not readings:
                continue
            for verb in verbs:
                for particle, prep, obj, ctx in readings:
                    v = f"{verb}_{particle}" if particle else verb
                    if obj or prep or ctx:
                        rows.setdefault((v, prep, obj, ctx), code)
            continue
        # a verb line: WORD {FORMS} [code], or +MULTI_WORD {...} [code]
        m = re.match(r"\+?([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        verb = m.group(1).lower().replace("+", "").strip("_")
        if not re.fullmatch(r"[a-z][a-z'\-]*(_[a-z][a-z'\-]*)*", verb):
            continue
        verbs.append(verb)
        code = _code(m.group(3)) if m.group(3) else block_code
        if code:
            rows.setdefault((verb, "", "", ""), code)
    used = {w for key in rows for w in f"{key[2]} {key[3]}".split() if w.startswith("&")}
    for name in used:
        for member in synsets.get(name.upper(), []):
            rows.setdefault((name, "", " ".join(norm_word(w) for w in member.split()), ""), "")
    return sorted((*key, code) for key, code in rows.items())


def write_verbs(cameo_dir: Path, out: Path) -> int:
    rows = verb_rows(cameo_dir / "CAMEO.2.0.txt")
    head = ("# kg-builder CAMEO verb dictionary: verb, prep, object, context, code (see docs/events.md).\n"
            "# Generated by ontologies/build_cameo.py from CAMEO.2.0.txt; do not edit by hand.\n#\n"
            + LICENSE_NOTICE.format(source="the CAMEO verb pattern dictionary CAMEO.2.0.txt"))
    body = "verb\tprep\tobject\tcontext\tcode\n" + "".join("\t".join(r) + "\n" for r in rows)
    _write(out, head + body)
    return len(rows)


# -- the concept scheme ------------------------------------------------------------------------

def _ttl_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_scheme(cameo_dir: Path, labels_path: Path, out: Path) -> int:
    with open(cameo_dir / "goldstein.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    labels = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            code, label = line.rstrip("\n").split("\t", 1)
            labels[code] = label
    codes = {r["cameo_code"] for r in rows}
    parts = ["# The CAMEO event codes as a SKOS concept scheme. Generated by ontologies/build_cameo.py from",
             "# goldstein.tsv (Goldstein weights and Phoenix quad classes) and cameo_labels.tsv; do not edit by hand.",
             "@prefix cameo: <https://w3id.org/kg-builder/cameo/> .",
             "@prefix kg: <https://w3id.org/kg-builder/ontology#> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "",
             "cameo:scheme a skos:ConceptScheme ;",
             '    skos:prefLabel "CAMEO event codes"@en ;',
             '    rdfs:comment "Conflict and Mediation Event Observations (CAMEO) event categories with their '
             'Goldstein weights and quad classes (0 neutral, 1 verbal cooperation, 2 material cooperation, '
             '3 verbal conflict, 4 material conflict)."@en .', ""]
    for r in sorted(rows, key=lambda r: r["cameo_code"]):
        code, root = r["cameo_code"], r["root"]
        label = labels.get(code)
        parent = _parent(code, codes)
        if label is None:
            base = labels.get(parent or root, "CAMEO event")
            label = f"{base.split(',')[0]} (code {code})"
        lines = [f"cameo:{code} a skos:Concept ;", "    skos:inScheme cameo:scheme ;",
                 f"    skos:notation {_ttl_string(code)} ;", f"    skos:prefLabel {_ttl_string(label)}@en ;"]
        if parent:
            lines.append(f"    skos:broader cameo:{parent} ;")
        else:
            lines.append("    skos:topConceptOf cameo:scheme ;")
        lines.append(f"    kg:goldstein {_ttl_string(_decimal(r['goldstein']))}^^xsd:decimal ;")
        lines.append(f"    kg:quadClass {int(r['phoenix_quad_class'])} .")
        parts.extend(lines + [""])
    _write(out, "\n".join(parts))
    return len(rows)


def _decimal(text: str) -> str:
    value = f"{float(text):.1f}"
    return value


def _parent(code: str, codes: set[str]) -> str | None:
    """The nearest shorter code: 1121 -> 112, 112 -> 11, 0110 -> 011, 11 -> None."""
    if len(code) <= 2:
        return None
    for n in range(len(code) - 1, 1, -1):
        if code[:n] in codes:
            return code[:n]
    return code[:2]


# -- actor codes -------------------------------------------------------------------------------

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def read_actors(path: Path) -> dict[str, str]:
    """name -> CAMEO actor code of a TABARI actor dictionary: each entry's names (its first line and its
    ``+`` aliases) take the entry's code, the latest of its dated codes where it has several."""
    names: dict[str, str] = {}
    entry: list[str] = []
    codes: list[str] = []

    def close() -> None:
        if entry and codes:
            for name in entry:
                _add_actor(names, name, codes[-1])

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        found = re.findall(r"\[([A-Z0-9]{3,15})(?:\s[^\]]*)?\]", stripped)
        if stripped.startswith("["):
            codes += found
        elif stripped.startswith("+"):
            entry.append(stripped[1:].split("[")[0])
            codes += found
        else:
            close()
            entry, codes = [stripped.split("[")[0]], list(found)
    close()
    return names


def write_actors(cameo_dir: Path, out: Path, gazetteer: Path) -> int:
    """States and international bodies under every name, and people and groups the gazetteer knows."""
    known: set[str] = set()
    if gazetteer.is_file():
        import json
        with open(gazetteer, encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                known.update(n.lower() for n in [item.get("label", ""), *item.get("aliases", [])])
    names: dict[str, str] = {}
    for fname in ACTOR_FILES:
        for name, code in read_actors(cameo_dir / fname).items():
            if len(code) == 3 or code.startswith("IGO") or name in known:
                names.setdefault(name, code)
    head = ("# kg-builder CAMEO actor codes: name<TAB>code (lower-case names of states, international bodies and\n"
            "# the gazetteer's people and groups, with their CAMEO actor code).\n"
            "# Generated by ontologies/build_cameo.py from the Phoenix actor dictionaries; do not edit by hand.\n#\n"
            + LICENSE_NOTICE.format(source="the Phoenix actor dictionaries"))
    body = "name\tcode\n" + "".join(f"{n}\t{c}\n" for n, c in sorted(names.items()))
    _write(out, head + body)
    return len(names)


def write_agents(cameo_dir: Path, out: Path) -> int:
    """Agent nouns ("resident", "troops", "minister") with their CAMEO agent code: the nouns that name actors."""
    agents: dict[str, str] = {}
    for raw in (cameo_dir / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"([A-Z][A-Z_\-!']*)\s*\[~?([A-Z]{3,9})\]", line)
        if not m:
            continue
        words = [w for w in re.sub(r"!\w+!", "", m.group(1)).split("_") if w]
        if words:
            agents.setdefault(" ".join(norm_word(w) for w in words), m.group(2))
    head = ("# kg-builder CAMEO agent nouns: noun<TAB>code (singular, lower case; the nouns that name actors).\n"
            "# Generated by ontologies/build_cameo.py from Phoenix.agents.txt; do not edit by hand.\n#\n"
            + LICENSE_NOTICE.format(source="the Phoenix agents dictionary"))
    _write(out, head + "noun\tcode\n" + "".join(f"{n}\t{c}\n" for n, c in sorted(agents.items())))
    return len(agents)


def _add_actor(names: dict, name: str, code: str) -> None:
    name = re.sub(r"\s+", " ", name.replace("_", " ")).strip().lower()
    if name and len(name) > 2 and not name.isdigit():
        names.setdefault(name, code)


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    cameo_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    if not (cameo_dir / "goldstein.tsv").is_file():
        print(f"build_cameo: {cameo_dir}/goldstein.tsv not found", file=sys.stderr)
        return 2
    n = write_scheme(cameo_dir, HERE / "cameo_labels.tsv", HERE / "cameo.ttl")
    v = write_verbs(cameo_dir, HERE / "cameo_verbs.tsv")
    a = write_actors(cameo_dir, HERE / "cameo_actors.tsv", HERE / "gazetteer.jsonl")
    g = write_agents(cameo_dir, HERE / "cameo_agents.tsv")
    print(f"cameo.ttl: {n} concepts; cameo_verbs.tsv: {v} rows; cameo_actors.tsv: {a} names; "
          f"cameo_agents.tsv: {g} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
