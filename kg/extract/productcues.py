"""What a name's contexts say it is: a product (an app, a platform, a plugin) or a body that acts.

The NER calls the names of apps, platforms and services organisations ("shared on Facebook and WhatsApp",
"uploaded to YouTube", "the messaging app BiP", "YouTube Music users"). A name is a product where one of its
mentions is written as one and none of the article's mentions of it shows a body at work: a body speaks and deals
("X said", "X signed"), has officers and shareholders ("X's chief executive", "shares of X"). Words in a heading
written in capitals are no names at all ("WHO WON AND WHO LOST?", "WHAT IS BEING BUILT?").
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from kg.extract import lexicon as lx
from kg.extract.docarrays import arrays

# Nouns a product's name modifies ("YouTube Music users", "the InVID plugin", "an M-Pesa wallet") or stands in
# apposition to ("the messaging app BiP"). Not "service", "platform", "brand" or "network": "the streaming service
# Netflix", "the ride-hailing platform Grab" and "the luxury brand Versace" are firms as much as products.
PRODUCT_NOUNS = frozenset("""user subscriber listener app application plugin extension browser wallet chatbot
smartphone handset console tier""".split())
# Verbs of putting something on a platform: "shared on WhatsApp", "uploaded to YouTube", "posted on Telegram".
PLATFORM_VERBS = frozenset("share post upload stream tweet repost publish circulate download livestream".split())
PLATFORM_PREPS = frozenset("on to via onto".split())
# Acts only a body does, as the verb of which the name is the subject: speaking, dealing, owning, employing.
BODY_VERBS = frozenset("""say tell announce confirm deny decline comment report sign agree buy acquire sell sue hire
invest own employ appoint fine pay plan reach warn accuse criticise criticize welcome reject expect estimate
file""".split())
# What a body has, as the noun its possessive or "of" phrase goes with: "Spotify's co-president", "shares of X".
BODY_PARTS = frozenset("""shareholder share stock investor owner parent unit subsidiary division board staff
employee worker revenue profit loss earnings founder spokesman spokeswoman spokesperson headquarters""".split())


def shouted(doc: Doc, i: int) -> bool:
    """Whether the sentence of token ``i`` is a heading written in capitals (at least two words, every word of two
    letters or more in upper case): "WHO WON AND WHO LOST?", "THE DISPUTE".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("THE DISPUTE")
    >>> doc[0].is_sent_start, doc[1].is_sent_start = True, False
    >>> shouted(doc, 1)
    True
    """
    cols = arrays(doc)      # asked of every mention of some names: the sentence's words by position (Token.sent
    starts, text, alpha = cols.sent_starts, cols.text, cols.is_alpha     # makes a Span, and a Token of each word)
    k = bisect.bisect_right(starts, i)
    start, end = (starts[k - 1] if k else 0), (starts[k] if k < len(starts) else cols.n)
    words = [text[j] for j in range(start, end) if alpha[j] and len(text[j]) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)


def _root(doc: Doc, start: int, end: int) -> Token:
    return doc[start:end].root


def _up_conjuncts(t: Token) -> Token:
    """The first conjunct of a coordination ("on X, Facebook and WhatsApp": WhatsApp -> X)."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def product_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` is written as a product's name: it modifies a product noun ("YouTube
    Music users", "the InVID-WeVerify plugin"), follows one in apposition ("the messaging app BiP"), or is where
    something is shared or uploaded ("shared on X, Facebook and WhatsApp", "uploaded to YouTube")."""
    h = _root(doc, start, end)
    k = h
    while k.dep_ == "compound" and k.head.i > k.i and k.head.pos_ == "PROPN" and k.head.text[:1].isupper():
        k = k.head      # "Tunelo" + "Plus users": the rest of the name the NER cut
    if k.dep_ in ("compound", "nmod", "amod") and k.head.i >= end and k.head.pos_ == "NOUN" \
            and k.head.lemma_.lower() in PRODUCT_NOUNS:
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in PRODUCT_NOUNS \
            and before.tag_ in ("NN", "NNS") and (h.dep_ == "appos" and h.head.i == before.i
                                                 or before.head.i in range(start, end)):
        return True     # "the messaging app BiP" (parsed either way round)
    t = _up_conjuncts(h)
    if t.dep_ == "pobj" and t.head.lower_ in PLATFORM_PREPS:
        verb = t.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in PLATFORM_VERBS
    return False


def body_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` shows a body at work: the subject of a body's act ("X said", "X
    signed", "X, which ..., declined to comment"), the owner of an officer or of shares ("X's chief executive",
    "shares of X", "X shares"), or a name with a legal form before a product noun is impossible to tell."""
    h = _root(doc, start, end)
    t = _up_conjuncts(h)
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in BODY_VERBS:
        return True
    if h.dep_ == "poss" or any(c.tag_ == "POS" for c in h.children):
        return h.head.lemma_.lower() in BODY_PARTS | lx.TITLE_NOUNS or h.head.lower_ in lx.TITLE_NOUNS
    if h.dep_ in ("compound", "nmod") and h.head.i >= end and h.head.lemma_.lower() in BODY_PARTS | lx.TITLE_NOUNS:
        return True     # "Turkcell shares", "Spotify chief executive Daniel Ek"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in BODY_PARTS | lx.TITLE_NOUNS:
        return True     # "shares of Spotify", "the chief executive of Spotify"
    return False
