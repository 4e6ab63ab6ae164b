"""Page furniture left among a story's paragraphs: bylines and time stamps above it, player and advertising
fallback lines, "Read also" links, paywall notices, a wire's bracketed sign-off, line-ups and other lists of names,
standfirsts in headline case, and the teasers, comments and fact boxes below it.

Trafilatura leaves these in when a site's template does not mark them (a table layout, a comments list with no
class, a "More from our brands" box inside the article element). Each rule is about the shape of page
furniture, never about a site: a line that names a section of the page ("Related stories", "Reader comments
(3)") and the headlines or comments under it; a line that is only a link marker or a label; a run of lines with
only labels and figures at the end of the text. A story's own paragraphs are sentences, so they are kept.
"""
from __future__ import annotations

import re

__all__ = ["strip_furniture", "sign_off"]

_ENDS = ".!?\u2026\u3002\uff01\uff1f\uff0e\u061f\u06d4\u0964\u0965\u104b\u1362"
_SENTENCE_END_RE = re.compile(rf"[{_ENDS}][\"'\u201d\u2019)\]\u300d\u300f]*$")

# A heading that names a section of the page, not of the story (short, no sentence end).
_SECTION_RE = re.compile(r"""^(?:
    (?:related|more|latest|top|recommended|popular|trending|featured)(?:\s+(?:articles?|stories|coverage|content|
        links|news|reading|videos?|topics|headlines|posts))?
  | more\s+(?:from|on|in|about|stories|news|like\s+this)\b.{0,40}
  | most\s+(?:read|popular|viewed|shared|commented|watched)(?:\s+\w+){0,2}
  | (?:you|we\s+think\s+you)\s+(?:may|might|could|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
  | (?:also|read|see|watch)\s+(?:also|more|next|this)
  | keep\s+reading | recommended\s+for\s+you | around\s+the\s+web | in\s+other\s+news | don't\s+miss
  | share\s+(?:this(?:\s+(?:article|story))?|on) | tags?|topics|filed\s+under|categories
  | newsletters? | sign\s+up.{0,40} | follow\s+us.{0,30}
)\s*:?$""", re.IGNORECASE | re.VERBOSE)
# A heading over readers' comments: everything below it is theirs.
_COMMENTS_RE = re.compile(r"""^(?:
    (?:reader|readers'?|user|your|latest|top)?\s*comments?(?:\s*\(\d+\))?
  | \d+\s+(?:comments?|responses?|replies|thoughts\s+on\b.*)
  | leave\s+a\s+(?:reply|comment) | join\s+the\s+(?:conversation|discussion|debate)
  | (?:post|add|write)\s+(?:a|your)\s+comment | what\s+(?:readers|you)\s+(?:say|think)
  | discussion | conversation
)\s*:?$""", re.IGNORECASE | re.VERBOSE)
# A line that only points elsewhere: "Read also: ...", "» Measles: what you need to know", "WATCH: ..."
_POINTER_RE = re.compile(r"""^(?:
    (?:read|see|watch|listen|also\s+read|also\s+see|read\s+more|more|related|click\s+here|recommended|
       see\s+also|must\s+read|in\s+pictures)\s*(?:also)?\s*[:|>\u00bb\u2192]
  | [\u00bb\u203a\u25ba\u25b6\u2192>]
)""", re.IGNORECASE | re.VERBOSE)
# The fallback text of a player or an advertising slot.
_SLOT_RE = re.compile(r"""^(?:
    advertisements?|sponsored(?:\s+content)?|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?
        (?:advertisement|ad))? | skip\s+(?:ad|advertisement)
  | your\s+browser\s+does\s+not\s+support\b.{0,60} | (?:please\s+)?enable\s+javascript\b.{0,80}
  | this\s+(?:video|content|embed)\s+(?:is\s+not\s+available|cannot\s+be\s+(?:played|displayed)|requires)\b.{0,80}
)$""", re.IGNORECASE | re.VERBOSE)
# A byline, sign-off or time stamp standing alone: "By Ana Ruiz in Lima", "Posted 4 May 2019, 6:30 am".
_BYLINE_RE = re.compile(r"""^(?:
    (?i:by)\s+[A-Z\u00c0-\u024f][^.!?]{0,80}
  | (?i:posted|published|updated|last\s+updated|first\s+published|modified)\b\s*:?.{0,60}
  | (?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by)\b.*
)$""", re.VERBOSE)
# A wire story's sign-off in brackets, however long: "(Reporting by A and B; Additional reporting by C; Editing by
# D)", and its currency note: "($1 = 15,580.0000 rupiah)".
_SIGNOFF_RE = re.compile(r"""^[(\[]\s*(?:
    (?:additional\s+)?(?:reporting|writing|editing|compiled|translated|produced|graphics|research)\s+by\b[^()]*
  | [$\u20ac\u00a3\u00a5]?\s?1\s+=\s+[^()]{1,40}
)[)\]]$""", re.IGNORECASE | re.VERBOSE)
# Lowercase particles of a name ("van Dijk", "de la Cruz") that a list of names may hold.
_NAME_PARTICLES = frozenset("de da das do dos di del della der den van von le la du ten ter al el bin ibn y".split())
# The words of a time stamp: "Tuesday 8 April 2025 10.10pm BST", "27/08/2019 - 09:05 CET".
_STAMP_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
sun am pm a.m p.m gmt bst utc cet cest est edt pst pdt ist jst kst aest et pt""".split())


def _time_stamp(text: str) -> bool:
    """Whether a line is only a date and a time (digits, month and day names, am/pm, a time zone)."""
    words = re.findall(r"[^\W\d_]+|\d+", text)
    letters = [w for w in words if not w.isdigit()]
    return any(w.isdigit() for w in words) and len(words) <= 10 and all(
        w.lower() in _STAMP_WORDS or w.lower()[:3] in _STAMP_WORDS and len(w) > 3 or w.lower() in ("st", "nd", "rd", "th")
        for w in letters)
# A paywall or subscription notice.
_PAYWALL_RE = re.compile(r"""(?:to\s+(?:read|continue\s+reading)\s+the\s+rest\s+of\s+(?:this|the)\s+(?:story|article)
  | free\s+(?:\d+-day\s+)?trial | already\s+a\s+subscriber | subscribe\s+(?:now|today)\s+(?:to|for)\b
  | this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to|reserved\s+for)\s+(?:subscribers|members)
  | support\s+us\s+from\s+as\s+little\s+as)""", re.IGNORECASE | re.VERBOSE)
# "Case number: 7:19-bk-23649", "Funeral notices: see page 12": a label and its value, no clause of its own.
_LABEL_RE = re.compile(r"^(?!(?:he|she|it|they|we|i|you)\b)[A-Z][\w'&-]*(?:\s+(?!(?:said|says|added|adds|told|tells|"
                       r"wrote|writes|warned|warns|asked|asks|explained|explains)\b)[\w'&-]+){0,3}:\s+"
                       r"(?![\"'\u201c\u2018])")


def _labels(text: str) -> int:
    """How many "Label: value" pairs a line holds ("Case number: 7:19-bk-2 Court: ... Judge: ...")."""
    return len(re.findall(r"(?:^|\s)[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,2}:\s", text))


def _name_list(text: str) -> bool:
    """Whether a line is a list of five or more names and nothing else, as a team's line-up, a cast or a squad is
    ("South Africa: Willemse; Arendse, Kriel, De Allende, Kolbe; Pollard ..."): every word of every item is
    capitalised (or an initial, a name's particle, a bracketed note), and no item holds a verb of its own."""
    body = re.sub(r"\([^()]{0,20}\)", " ", text)               # "Kolisi (capt)", "Cane (c)"
    body = re.sub(r"^[^:;,]{1,40}:\s+", "", body).rstrip(" .")    # "South Africa: ", "Referee: "
    items = [i.strip() for i in re.split(r"[;,]|\s+(?:and|&)\s+", body) if i.strip()]
    if len(items) < 5:
        return False
    for item in items:
        words = item.split()
        if len(words) > 4 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
            return False
    return True


def _headline_case(text: str) -> bool:
    """Whether a line with no sentence end is written in headline case, every word of four letters or more
    capitalised ("Junta Attacks Amount to War Crimes; UN Should Impose Arms Embargo"): a standfirst or a teaser,
    not a sentence of the story."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 5 and len(long) >= 4 and all(w[:1].isupper() for w in long)


def _latin(text: str) -> bool:
    """Whether a line is written mostly in Latin letters: a script with no full stop (Thai) ends no sentence
    with one, so the absence of one says nothing there."""
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 >= len(letters)


# A wire story's credits without brackets, each part a credit and names: "Reporting by Ana Ruiz in Lima; Editing by
# Mark Heinrich". Only capitalised words, "and", "in", particles and commas may follow "by", so that a sentence
# ("Reporting by the BBC revealed ...") is never taken for one.
_CREDIT_NAMES = r"[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:(?:\s+|,\s*)(?:and|in|&|de|da|do|dos|van|von|der|al|el|bin|" \
                r"[A-Z\u00c0-\u024f][\w'\u2019.-]*))*"
# A reporter's line for a colleague's help: "Staff writer Ben Kowalczyk contributed to this report.", "Ana Ruiz
# contributed reporting from Lima." Only names and a job may come before "contributed", so that "Vale contributed $1
# million to this fund." is a sentence.
_CONTRIBUTED_RE = re.compile(rf"""^(?:(?:[A-Z][\w'\u2019.-]*|and|&|of|the|staff|writers?|reporters?|correspondents?|editors?|
    photographers?|intern)\s+){{1,9}}contributed\s+(?:
    (?:to\s+this\s+(?:report|story|article|coverage)) | (?:additional\s+)?(?:reporting|research)\b[^.!?]{{0,60}}
)\.?$""", re.VERBOSE)
# The mark that ends a press release (what follows is the issuer's boilerplate and contacts): "###", "# # #", "-ends-",
# "-30-".
_END_MARK_RE = re.compile(r"^(?:#\s*){3}$|^-+\s*(?:ends|30)\s*-+$|^(?:ends|end\s+of\s+(?:release|statement))\.?$",
                          re.IGNORECASE)
# A reporter's contact line, the story's last: "Contact Darrell Voss at dvoss@courier.example or 620-555-0148."
_CONTACT_RE = re.compile(r"^(?:contact|reach|email|e-mail)\s+(?:the\s+)?[A-Z][^.!?@]{0,60}?\s+at\s+[\w.+-]+@[\w-]+\.",
                         re.IGNORECASE)
# A heading over a press release's contacts or its notes to editors: what follows is the issuer's, not the story's
# ("For more information, contact:", "Media enquiries", "Notes to editors").
_CONTACTS_RE = re.compile(r"""^(?:
    for\s+(?:more|further)\s+(?:information|details)(?:,?\s+(?:please\s+)?(?:contact|call|email|e-mail))?
  | (?:media|press)\s+(?:contacts?|enquiries|inquiries|office) | contacts?(?:\s+for\s+(?:media|journalists|editors))?
  | notes?\s+(?:to|for)\s+editors
)\s*:?$""", re.IGNORECASE | re.VERBOSE)
# "Note to editors: Images are available on request.": a release's notes, however long.
_NOTES_RE = re.compile(r"^notes?\s+(?:to|for)\s+editors\s*:", re.IGNORECASE)
# The separators of a line of page meta: "DOHA | 21 November 2022 | Reporting by ...", "By Ana Ruiz · Lima · 4 May".
_META_SPLIT_RE = re.compile(r"\s+[|\u00b7\u2022/]\s+")
# A line of the page's tags or topics: "Topics: Red Sea · Maersk · Suez Canal", "Tags: ports, Karnataka".
_TAGS_RE = re.compile(r"^(?:tags?|topics?|related\s+topics|filed\s+under|categories|keywords)\s*:\s*\S", re.IGNORECASE)
_CREDITS_RE = re.compile(rf"""^(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|produced|research)
    \s+by)\s+{_CREDIT_NAMES}\s*(?:;\s*|\.?$))+$""", re.VERBOSE)


def sign_off(text: str) -> bool:
    """Whether a paragraph is a wire story's credits or currency note rather than its text.

    Examples
    --------
    >>> sign_off("(Reporting by Ana Ruiz in Lima; Editing by Mark Heinrich)")
    True
    >>> sign_off("Reporting by Ana Ruiz and Li Wei; Editing by Susan Fenton")
    True
    >>> sign_off("($1 = 0.9312 euros)")
    True
    >>> sign_off("Reporting by the BBC revealed that the minister had lied.")
    False
    >>> sign_off("Staff writer Ben Kowalczyk contributed to this report."), sign_off("Vale contributed $1 million to the fund.")
    (True, False)
    """
    text = text.strip()
    return bool(_SIGNOFF_RE.match(text) or _CREDITS_RE.match(text) or _CONTRIBUTED_RE.match(text))


def _meta_line(text: str) -> bool:
    """Whether a line with no sentence is a page's meta line: parts set apart by bars, dots or slashes, one of them a
    byline or a wire's credits ("DOHA | 21 November 2022 | Reporting by Yusuf Haddad; editing by Clare Montague",
    "Por / By Valentina Ospina · Bogotá · 14 de agosto de 2024")."""
    parts = _META_SPLIT_RE.split(text.strip())
    return len(parts) >= 2 and len(text.split()) <= 30 and any(
        _BYLINE_RE.match(p.strip()) or _CREDITS_RE.match(p.strip()) for p in parts)


def strip_furniture(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs without the page furniture around and among them.

    Parameters
    ----------
    paragraphs : list of str
        The paragraphs a reader found, in order, each on one line.

    Returns
    -------
    list of str
        The same paragraphs, less: bylines and time stamps before the first sentence; lines that only point
        elsewhere, player and advertising fallback text, paywall notices, a bracketed sign-off or currency note,
        a list of five or more names (a line-up), a line in headline case with no sentence end, a colleague's "contributed to
        this report", a line of tags; a heading naming a section of the page and the headlines under it (readers'
        comments, a press release's end mark "###", its contacts or notes to editors, a reporter's contact line: all that
        follows); a line of page meta with a byline among its parts; and, at the end, lines that
        are only a label and its value, or figures and names with no sentence.

    Examples
    --------
    >>> strip_furniture(["By Ana Ruiz in Lima", "Updated: 27/08/2019 - 09:05",
    ...                  "The port reopened on Tuesday.", "Read also: Storm hits coast",
    ...                  "Officials said damage was light.", "Related stories",
    ...                  "Storm hits coast", "Ferry resumes"])
    ['The port reopened on Tuesday.', 'Officials said damage was light.']
    """
    out: list[str] = []
    started = False     # a sentence of the story has been seen
    skipping = False    # under a heading of page furniture, until a sentence
    for i, para in enumerate(paragraphs):
        text = para.strip()
        sentence = bool(_SENTENCE_END_RE.search(text))
        short = len(text.split()) <= 8
        if started and (short and not sentence and (_COMMENTS_RE.match(text) or _CONTACTS_RE.match(text))
                        or _END_MARK_RE.match(text) or _CONTACT_RE.match(text) or _NOTES_RE.match(text)):
            break       # readers' comments; a release's end mark, a reporter's contact line: the story is over
        if started and short and not sentence and _SECTION_RE.match(text):
            skipping = True
            continue
        if skipping and not sentence and _latin(text):
            continue
        skipping = False
        if _SLOT_RE.match(text) or _POINTER_RE.match(text) or _PAYWALL_RE.search(text) or sign_off(text) or (
                not sentence and _TAGS_RE.match(text)):
            continue
        if _latin(text) and (_name_list(text) or not sentence and _headline_case(text)):
            continue    # a line-up, a cast; a standfirst in headline case
        if not sentence and (_BYLINE_RE.match(text) and len(text.split()) <= 14 or _time_stamp(text)
                             or _meta_line(text)):
            continue
        started = started or sentence
        out.append(para)
    while len(out) > 1 and (_LABEL_RE.match(out[-1]) and (len(out[-1].split()) <= 12 or _labels(out[-1]) > 1)
                            or not re.search(
            r"\b[a-z]{3,}\b", out[-1]) and not _SENTENCE_END_RE.search(out[-1].strip()) and _latin(out[-1])):
        out.pop()       # "Case number: 7:19-bk-23649", "1 NZD = 1.76 WST": a fact box or a table's figures
    return out
