"""The gender of persons and pronouns: "Reed said she ..." is not Reed where the article has called Reed "he"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.givennames import given_name_sex

if TYPE_CHECKING:
    from kg.extract.entities import Resolver

MASCULINE = frozenset("he him his himself".split())
FEMININE = frozenset("she her hers herself".split())
# Words before or in apposition to a name that give its bearer's gender
MASCULINE_TITLES = frozenset("""mr mr. sir lord king prince duke baron earl emperor sultan sheikh chairman
spokesman businessman congressman councilman father son husband brother uncle grandfather nephew boyfriend
actor""".split())
FEMININE_TITLES = frozenset("""mrs mrs. ms ms. miss dame lady queen princess duchess baroness countess empress
chairwoman spokeswoman businesswoman congresswoman councilwoman mother daughter wife sister aunt grandmother niece
girlfriend actress""".split())


def pronoun_gender(tok: Token) -> str | None:
    """ "m" for he/him/his, "f" for she/her, None for any other word."""
    low = tok.lower_
    return "m" if low in MASCULINE else "f" if low in FEMININE else None


def cluster_gender(r: Resolver, cid: int, before: int) -> str | None:
    """The gender the article gives a person before token ``before``: by a title or noun of their name ("Mr",
    "Dame", "spokeswoman") or by the pronouns already resolved to them, else by a given name of one sex only
    ("Maria Santos"); None when there is none, or both."""
    seen: set[str] = set()
    for m in r.clusters[cid].mentions:
        if m.start >= before:
            continue
        head = r.doc[m.end - 1]
        words = [r.doc[i] for i in range(max(0, m.start - 1), m.end)]     # "Mr Reed", "Dame Sarah Jones"
        words += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            words.append(head.head)
        for w in words:
            low = w.lower_
            if low in MASCULINE_TITLES:
                seen.add("m")
            elif low in FEMININE_TITLES:
                seen.add("f")
    for i, c in r.pronoun_cluster.items():
        if c == cid and i < before:
            g = pronoun_gender(r.doc[i])
            if g is not None:
                seen.add(g)
    if not seen:    # what the article says first; else the given name, where it is of one sex only
        sexes = {given_name_sex(n) for n in r.clusters[cid].names} - {None}
        seen = sexes
    return seen.pop() if len(seen) == 1 else None


def gender_fits(r: Resolver, tok: Token, cid: int) -> bool:
    """Whether a personal pronoun may stand for a cluster: no gender the article gave it contradicts the
    pronoun's."""
    want = pronoun_gender(tok)
    if want is None:
        return True
    have = cluster_gender(r, cid, tok.i)
    return have is None or have == want
