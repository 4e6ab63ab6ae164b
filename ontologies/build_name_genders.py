"""Build ontologies/given_name_genders.tsv: given names that Faker's person providers list as only men's or
only women's names, for telling whom "he" and "she" may stand for.

    pip install faker     # only to rebuild; kg-builder does not import it
    python ontologies/build_name_genders.py [OUTPUT]

A name is kept with ``m`` or ``f`` only where the locales of Faker (MIT licence, Copyright (c) 2012 Daniele
Faraglia; the notice is kept in the output's header) written in Latin script list it for one sex at least ten
times as often as for the other ("Maria": 40 locales against Spanish "José María"), and it is not one of the names
written below that are a man's in one language and a woman's in another ("Andrea", "Simone", "Nicola"), so that a
pronoun is seldom kept from a person by a guess. The output is sorted and deterministic.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from build_given_names import latin_name   # this folder, where the script runs

from kg.extract.givennames import fold    # as the list is looked up: no diacritics, case-folded

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "given_name_genders.tsv"
LICENCE = """# Given names of one sex only (kg.extract.references), one "name<TAB>m|f" a line. Built by
# ontologies/build_name_genders.py from the first names of Faker's person providers (names that any locale lists for
# both sexes are left out). Faker's notice, as its licence asks:
#   Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any person obtaining a
#   copy of this software and associated documentation files (the "Software"), to deal in the Software without
#   restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
#   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do
#   so, subject to the following conditions: The above copyright notice and this permission notice shall be
#   included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
#   WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""
SEXES = {"m": ("first_names_male",), "f": ("first_names_female",)}
RATIO = 10
# A man's name in one language and a woman's in another, whatever Faker's counts say
BOTH = frozenset("""andrea nicola simone michele gabriele daniele emanuele raffaele jean kim sasha sacha alexis
dominique camille claude maxime mika robin toni noa yuki hikaru jun min eden ariel shay morgan taylor jordan
jamie casey riley alex sam charlie frankie jo lee chris pat terry leslie marion vivian evelyn carol""".split())


def sexes() -> dict[str, dict[str, set[str]]]:
    """Each folded given name to the sexes Faker's locales list it for, and the locales that do."""
    import faker.providers.person as person
    out: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None)
        for sex, attrs in SEXES.items():
            for attr in attrs:
                values = getattr(provider, attr, None)
                for name in (list(values) if isinstance(values, (list, tuple, dict)) else []):
                    if isinstance(name, str) and latin_name(name):
                        out.setdefault(fold(name), {"m": set(), "f": set()})[sex].add(module.name)
    return out


def build() -> list[str]:
    out = []
    for name, by in sexes().items():
        m, f = len(by["m"]), len(by["f"])
        if name not in BOTH and (m >= RATIO * f or f >= RATIO * m):
            out.append(f"{name}\t{'m' if m > f else 'f'}")
    return sorted(out)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUTPUT
    lines = build()
    out.write_text(LICENCE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
