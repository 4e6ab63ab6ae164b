"""One node per real-world entity on short news paragraphs written for these tests (tests/merging_paragraphs.py:
not taken from any evaluation case; what each must give was written down before the builder was run on them):
mentions that must be one node, mentions that must be two, and what each referring phrase stands for."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve
from merging_paragraphs import PARAS

pytestmark = pytest.mark.model

# What the resolver does not yet do (strict: each fails the suite the day it starts to work, to be moved up)
OPEN = {
    (4, "distinct", 0), (4, "distinct", 1),     # the finder takes "Michael Dell" for the gazetteer's firm Dell
    (30, "distinct", 1),        # "his brother Neil Porter ... Porter": the one named first, as for an obituary's son
    (32, "same", 0),            # the finder takes "Henry Ford" for the gazetteer's firm Ford; "Ford Motor Company
                                # plant" is one name
    (29, "ref", "Bank"),    # a capitalised "the Bank" is read as the "Bank of ..." (tests/test_typing.py wants so)
    (17, "ref", "Frenchman"),
    (35, "ref", "player"),      # the NER takes "Goalkeeper Marta Ruiz" for one name and the finder drops it
    (36, "ref", "leader"),      # "opposition leader Dora Kiss": a prime minister leads too (as before these rules)
    (37, "ref", "old"),         # "The 38-year-old plans to appeal": parsed as a noun phrase "old plans"
    (46, "ref", "its"),     # "It said the iPhone maker had copied its chip design": its own, by the grammar
    (2, "ref", "club"), (12, "ref", "player"), (13, "ref", "champion"), (18, "ref", "carmaker"), (24, "ref", "chain"),
}


def _marks(key):
    return [pytest.mark.xfail(strict=True, reason="not resolved yet")] if key in OPEN else []


def _cases():
    for n, (text, same, distinct, refs) in enumerate(PARAS):
        for k, group in enumerate(same):
            yield pytest.param(text, "same", group, id=f"{n}-same-{k}", marks=_marks((n, "same", k)))
        for k, pair in enumerate(distinct):
            yield pytest.param(text, "distinct", pair, id=f"{n}-distinct-{k}", marks=_marks((n, "distinct", k)))
        for word, nth, expected in refs:
            yield pytest.param(text, "ref", (word, nth, expected), id=f"{n}-{word}-{nth}",
                               marks=_marks((n, "ref", word)))


def node(r, doc, text: str, nth: int):
    """The cluster of the nth occurrence of ``text``: None where it is no node, a tuple where its words are two."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.find(text, start + 1)
        assert start >= 0, text
    ids = {r.cluster_of_token(t) for t in doc.char_span(start, start + len(text), alignment_mode="expand")} - {None}
    return ids.pop() if len(ids) == 1 else tuple(sorted(ids)) or None


def referent(r, tok) -> list[set[str]]:
    """The names of what ``tok`` stands for: one set for an entity, one per member for a set."""
    cid = r.cluster_of_token(tok)
    if cid is not None:
        return [set(r.clusters[cid].names)]
    return [set(r.clusters[c].names) for c in r.set_members(tok)]


@pytest.mark.parametrize("text, kind, check", list(_cases()))
def test_one_node_per_entity_on_unseen_paragraph(nlp, gazetteer, text, kind, check):
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    if kind == "same":
        ids = [node(r, doc, t, k) for t, k in check]
        assert ids[0] is not None and len(set(ids)) == 1, ids
    elif kind == "distinct":
        a, b = node(r, doc, *check[0]), node(r, doc, *check[1])
        assert a is None or b is None or a != b
    else:
        word, nth, expected = check
        groups = referent(r, [t for t in doc if t.text == word][nth])
        if expected is None:
            assert groups == []
        elif isinstance(expected, tuple):
            assert not any(g & expected[1] for g in groups)
        elif isinstance(expected, list):
            assert len(groups) == len(expected) and all(any(e in g for g in groups) for e in expected)
        else:
            assert len(groups) == 1 and groups[0] & expected, groups


def test_a_founder_and_the_firm_of_his_name_are_two_nodes(nlp, gazetteer):
    """ "Karl Brenner founded Brenner": the object of the person's own verb is another entity (he would be
    "himself"); "Brenner said it" then is the firm."""
    doc = nlp("Karl Brenner founded Brenner in 1990. Brenner said on Monday it would hire 300 engineers.")
    r = resolve(doc, gazetteer)
    person, firm, speaker = (node(r, doc, "Brenner", k) for k in range(3))
    assert person is not None and firm is not None and person != firm and speaker == firm


def test_a_surname_two_unrelated_people_bear_is_no_node(nlp, gazetteer):
    doc = nlp("Labour MP Ruth Tanner and Conservative MP Owen Tanner both voted against the bill on Tuesday. "
              "Tanner said the vote had been rushed.")
    r = resolve(doc, gazetteer)
    assert node(r, doc, "Tanner", 2) is None
    assert node(r, doc, "Ruth Tanner", 0) != node(r, doc, "Owen Tanner", 0)


def test_short_names_a_release_defines_in_quotes_are_that_name(nlp, gazetteer):
    doc = nlp('Corvane Robotics Ltd ("Corvane" or "the Company"), a maker of warehouse robots, today announced a new '
              'plant in Brno. Corvane will hire 300 people. The Company said the plant would open in May.')
    r = resolve(doc, gazetteer)
    full = node(r, doc, "Corvane Robotics Ltd", 0)
    assert full is not None and node(r, doc, "Corvane", 2) == full and node(r, doc, "Company", 1) == full


def test_a_quote_in_brackets_that_defines_no_name_joins_nothing(nlp, gazetteer):
    doc = nlp('Lina Ostberg ("we were never told") said on Monday that Ostberg Foods would close. Ostberg Foods '
              'employs 200 people.')
    r = resolve(doc, gazetteer)
    assert node(r, doc, "Lina Ostberg", 0) != node(r, doc, "Ostberg Foods", 0)


def test_two_sides_of_a_named_union_and_a_firm(nlp, gazetteer):
    doc = nlp("Talks between the Kovo union and Halden Logistics broke down on Tuesday. The two sides will meet again "
              "in June.")
    r = resolve(doc, gazetteer)
    members = r.set_members([t for t in doc if t.text == "sides"][0])
    assert sorted(members) == sorted({node(r, doc, "Kovo", 0), node(r, doc, "Halden Logistics", 0)})


def names(r, doc, word: str, nth: int = 0) -> list[set[str]]:
    return referent(r, [t for t in doc if t.text == word][nth])


def test_a_name_in_apposition_to_a_subject_is_the_subject(nlp, gazetteer):
    """ "Chile's president Gabriel Boric met his Peruvian counterpart ...": Boric is the subject, whom "He" continues."""
    doc = nlp("Ghana's president John Mahama met his Togolese counterpart Faure Gnassingbe in Accra. He said the "
              "border would reopen in May.")
    r = resolve(doc, gazetteer)
    assert names(r, doc, "He") == [set(r.clusters[node(r, doc, "John Mahama", 0)].names)]


def test_the_two_countries_are_no_city(nlp, gazetteer):
    doc = nlp("Ghana's president John Mahama met his Togolese counterpart Faure Gnassingbe in Accra. The two "
              "countries will build a power plant.")
    r = resolve(doc, gazetteer)
    assert not any("Accra" in g for g in names(r, doc, "countries"))


def test_their_of_a_coordinated_subject_is_both(nlp, gazetteer):
    doc = nlp("Estonia and Latvia raised their defence budgets on Monday.")
    r = resolve(doc, gazetteer)
    got = names(r, doc, "their")
    assert len(got) == 2 and any("Estonia" in g for g in got) and any("Latvia" in g for g in got)
