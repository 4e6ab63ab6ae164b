#!/usr/bin/env python3
"""Role statements on news sentences written for the roles work (bench/roles_unseen/cases.py), each with its
expected roles and their factuality written before the builder ever ran on it.

    python bench/roles_unseen.py [-v | -vv] [N ...]    # -vv: every role statement under its sentence; N: batches

An expected role is right when one statement has a subject whose label contains the holder's last word (names
compared without diacritics, as kg-builder compares them: a gazetteer's "Stefan Löfven" is the case's "Lofven"), a
predicate (or a label) among the accepted ones, an object whose label contains the body, and the expected
factuality: "fact" (Positive, Asserted, not former), "former" (kg:qualifier "former") or "hyp" (Hypothetical). A
forbidden pair is spurious when a role statement between them is a fact. Figures at the time of writing: batch 1
31/35 right (unseen baseline 18), batch 2 17/19 (unseen baseline 11), no wrong factuality, no spurious role.
Batch 3 (session 5; a forbidden holder also matches on the first word of its name): unseen baseline on main 05c5f8f
31/54 right, 2 wrong factuality, 4 spurious. Batch 4 (written after the batch 3 fixes): unseen 19/24 right, 2 spurious, one of them a
right nationality a forbidden pair caught (forbidden pairs now leave citizen_of and located_in alone).
Batch 5 (session 6: paragraphs, participial and relative clauses of appointment, house styles of the Indian business
press, press releases and US wire labels, ranks, clergy, academics, judges, unions, sport, offices lost or passed
over): unseen baseline on main c790103 23/44 right, 1 wrong factuality, 1 spurious (a forbidden pair whose body,
"Kenya", is a word of the right body, "Kenya Medical Association": removed); read by hand, three wrong edges the
forbidden pairs did not name: member_of(Tom Kessler's label "Ohio", committee), member_of(Chris Donahue, "Major"),
representative_of(Kalinda Okoro, her own law firm). After the session's fixes 31/44 right, 0 wrong factuality, 1
spurious (member_of(Olivia Grant, "the U.S. embassy in Nairobi"), a concept right in substance that the forbidden
place's word matches); the wrong edges to "Ohio" and "Major" are gone.
Batch 6 (session 7, bench/roles_unseen/cases6.py: bodies fixed only by context, with traps where two countries
compete; possessor appositions; team and national-side modifiers; counterparts; rulers): unseen baseline on main
b5a2810 21/52 right, 0 wrong factuality, 2 spurious (chief_executive_of(Sunil Mathur, India) for "Siemens' India
chief executive", head_of(Marcel de Groot, Germany) for "Vodafone's German head"); read by hand, one more wrong
edge: head_of(Nzinga, Portugal) for "Queen Nzinga of Ndongo resisted Portuguese expansion". After the first fixes
(home state from a wire dateline or the one country named; EU commissioners; a former mayor of the one city; rulers'
realms; a place inside a firm's title; national sides, teammates and what a player did for a side) 38/52 right, 0
wrong factuality, 0 spurious, no wrong edge read by hand; batches 1-5 unchanged. After the counterparts (nationalities
distributed over a list of names; the other country a counterpart's nationality leaves) and "principal": 43/52,
0 wrong factuality, 0 spurious; batch 3 39 -> 41.
Batch 7 (session 8, bench/roles_unseen/cases7.py: beats and outlets the dev cases lack, farming to science funding,
wire copy, briefing transcripts, translated press; titles after the name, organisation modifiers, relative clauses,
employment verbs, units of a body, parties, hypotheticals): unseen baseline on main f88b6e0 51/80 right, 0 wrong
factuality, 2 spurious (deputy_of(Geraldine Slattery, Mike Henry) for "Mike Henry's deputy", a right edge the trap
was written too broadly to spare; be_employee_of(Lukas Meyer, "a former employee of Deutsche Post") asserted beside
the right former employee_of). One miss is a slip in the answers: head_of(Chris Rocheleau, "Federal Aviation
Administration") is right, but the body was written "FAA" only (now "FAA|Federal Aviation"). Read by hand, 7 wrong
role edges: employee_of("a Ciencia e" and "a Tecnologia", "the Fundacao para") from a Portuguese name cut in three,
head_of(Angela Eagle, Home Office) for "Home Office minister", member_of(Filippo Grandi, "Refugees"),
chief_executive_of(Chris Weston, "Water") and head_of(Tristram Hunt, "Albert Museum") from cut names,
lead("the first woman", Monetary Authority of Singapore) asserted in a hypothetical. After the session's first fixes
("whose" titles read as appositions, a title conjunct before an apposed name, leaving a body after a tenure, seats in a
legislature and on boards, a minister named after a department, titles of schools, churches and charities, trades
plied "at" a body, units "at" a body) 61/80 right, 0 wrong factuality, 2 spurious (the same two), 6 wrong role edges
(head_of(Angela Eagle, Home Office) is member_of now); batch 5 32 -> 34, batches 1-4 and 6 unchanged.
Batch 8 (session 9, bench/roles_unseen/cases8.py: 31 whole short articles, each with a "# " headline and a byline
or wire dateline, read as a build reads a Markdown file: bare titles whose state or city is the article's,
spokespeople of ministries and governments, governors of regions, staff of agencies, former employers, acting,
then, outgoing, interim, designate; traps: foreign officials quoted with bare titles, an ambassador's host country).
Unseen baseline on main f5d793a 60/83 right, 0 wrong factuality, 0 spurious; read by hand, two wrong role edges:
member_of(Buenos Aires, Reuters) from a dateline, head_of(Sanjay Malhotra, Kotak Mahindra Bank) for "Reserve Bank of
India Governor". Two misses are right in substance (Citibank linked as Citigroup; the Colombian minister Pedro Sanchez
linked to Spain's Pedro Sánchez, a wrong link). After the session's fixes 70/83, 0 wrong factuality, 0 spurious, no
wrong role edge read by hand; batch 3 41 -> 42; batch 7 spurious 2 -> 3 (head_of the Kenya Airways pilots' union,
right, which a forbidden pair on "Kenya Airways" catches by its words).
Batch 10 (session 11, bench/roles_unseen/cases10.py: 26 whole short articles leaning on classes earlier batches found
weak: dated datelines, kings and queens whose names have two words, organisations part of others ("a unit of Y",
"Y-owned X", "owned by Y"), back-references to a body named before, counterparts, "Attorney/Solicitor/Inspector
General", "Lt. Gov.", nationality adjectives that are no office, consorts). Unseen baseline on main 713dc74 63/102
right, 0 wrong factuality, 5 spurious (member_of(D. John Sauer, "Solicitor") for "Solicitor General", head_of(Rachel
Reeves, "Exchequer") for "Chancellor of the Exchequer"; three are slips of the answers, forbidden countries whose name
is a word of the right body: "Royal Australian Navy", "Australian Federation of Air Pilots", "Kenya Medical
Practitioners ... Union"); read by hand, four more wrong role edges: employee_of(Deco, Associated Press) for "the
club's sporting director" under an AP dateline, member_of(Sid Miller, United States Senate) for "the state's
agriculture commissioner", chair_of(Monika Schnitzer, Germany) for "who chairs the government's council of economic
advisers", head_of(Camilla, France) for "Queen Camilla".
Batch 11 (session 12, bench/roles_unseen/cases11.py: 62 short wire paragraphs and articles leaning on what batch 10
left: back-references to a described person or body ("a department spokesman, X", "the lender's chief executive",
"who has run the oil major"), names cut or mistyped after a title, ownership and its direction ("Y-owned X", "X's
parent Y", "Y, which owns X", "X, owned by Y"), US federal titles under a WASHINGTON dateline, a president's name
before a title, state senates, spokesmen of armies and forces). Unseen baseline on main 94148df 116/176 right, 0 wrong
factuality, 4 spurious (head_of(Chris Wright, "Trump Energy"), head_of(Christopher Waller, Federal Reserve) for "Fed
Governor"; two slips of the answers whose forbidden country is a word of the right body: "the Brazilian football
confederation", "Banque de France", since removed); read by hand, more wrong role edges: head_of(Per Mathis Kongsrud, Nordvik Bank)
for "who heads the watchdog", chair_of(Daniel Perez, "House Speaker"), head_of(John Thune, "Majority"),
employee_of(Brooke Rollins, Donald Trump) for "Trump's agriculture secretary". After the session's fixes (a bare kind
of body before a spokesman, part_of for ownership and "parent", kinds of business as possessors, descriptions that
introduce a body of their own, a leader's portfolio secretary, "Sen.", titles of several words read as a body, a
state's own senate, a premier under a region's dateline) 130/176 right on main 5c6d71f with the branch, 0 wrong
factuality, 1 spurious (the Fed governor); the wrong edges to Nordvik Bank, "Trump Energy" and Donald Trump are gone.
Left by class: US federal and state titles and houses 12, bare titles whose body only the context gives (a club's
manager, an army or police chief, a central bank's governor, a captain) 11, relative clauses and verbs of office
("who sits on", "is run by", "named X as", "who served as") 6, names and labels 6, back-references to bodies never
named ("the oil major", "the bloc's") 5, ownership 4, a former coach 1, and one loss from another landing
(minister_of(Ram Mohan Naidu, India)).
Batch 12 (session 13, bench/roles_unseen/cases12.py: 44 wire paragraphs and articles on the classes issue 9 names
for roles and implicit relations: titles of several words before a name ("Chief Executive Officer X of Y", "Mayor of
London X"), a place's office by a possessive ("Berlin's mayor X"), capitals ("the Malian capital, Bamako"), origins
from descriptions ("the Japanese carmaker", "the Paris-based group", "headquartered in"), appositions of
spokespeople, lawyers, editors and board members, leaders by nationality adjectives, coaches and players, ministers
with their ministry, former offices shared by a coordination). Unseen baseline on main 352b56f 66/90 right, 1 wrong
factuality, 1 spurious (head_of(Mario Draghi, European Central Bank) asserted for "the former prime minister of
Italy and president of the ECB"); read by hand, two more wrong role edges: member_of(Jessica Alupo, Tanzania) for
"Ugandan President Museveni sent his vice president, Jessica Alupo" ("Ugandan" tagged an organisation, so the
paragraph's one country was Tanzania), employee_of(Raj Patel, "Financial") for "Chief Financial Officer Raj Patel".
One miss was a slip of the answers: head_of(Rafael Grossi, "International Atomic Energy Agency") is right, the body
was written "IAEA" only (now "IAEA|Atomic Energy"). After the session's fixes (a country's adjective the NER calls a
body, a former title shared by "and", a chief officer's field, capitals after a country's adjective or possessor, a
name before a board's noun, "Chair" run into a name, a bare "Minister" after a ministry, nationalities of two words,
an organ's name before "Commissioner", a seat "on its board") 73/90, 0 wrong factuality, 0 spurious, no wrong role
edge read by hand; batches 1-11 unchanged. Left by class: NER and parse misses of names (clubs named "<town>
<nickname>", "Mayor of London Sadiq Khan", "Real Madrid defender X and Arsenal midfielder Y", "Corvan" read as a
place) 6, "his vice president" beside two other presidents 1, bare titles whose body is two sentences back or one of
two bodies (a governor, an executive chair, a vice chair, a mayor) 4, verbs of office with a body after "on" or hung
elsewhere ("represents Ward 7 on Toronto City Council", "who leads the opposition AIADMK") 2, a capital of a region
cut by the parser 1, a state's armed forces' commander (left out on purpose) 1, a board seat "on its board" whose
holder and body the NER typed the wrong way round 1 (the rule itself landed), the parser hanging SK Hynix on Nestle
(its origin; its act is SK Hynix's now) 1. Found beside the batch and fixed: "chairman and chief executive of X"
gave the first title only.
Batch 13 (session 14, bench/roles_unseen/cases13.py: 44 news paragraphs on shapes the earlier batches under-cover:
titles after a name with "of", roles in the predicate ("serves as", "was named", "took over as", "stepped down as",
"who heads"), possessive bodies, sport, courts, universities, unions, NGOs, central banks, non-Western names, a
pronoun after a role, hypotheticals; traps: a person beside a body they hold nothing in, a former role beside a
current one, a nationality or birthplace beside an employer). Unseen baseline on main 73cc4e8 42/61 right, 3 wrong
factuality, 3 spurious (the first run gave 41/61 and 6 spurious: three forbidden pairs whose word is in the right body,
"Reserve Bank of Australia", "People's Bank of China", "Volkswagen's plant in Wolfsburg", and Twitter's label "X
Corp." were slips of the answers, fixed); read by hand, two more wrong role edges: member_of(Babajide Sanwo-Olu, "the
ruling") and member_of(All Progressives Congress, "the ruling") for "a member of the ruling All Progressives
Congress". After the session's fixes (a past perfect of holding and a past copula's own statement are former; an
office to come stays hypothetical when someone reports it; a side the parser made the subject of a title; a participle
the parser made the noun before a party's name; a name before "press secretary"; "the charity" after a named charity,
never a firm or a court; leading a unit or business of a body is working for it) 49/61, 0 wrong factuality, 0
spurious, no wrong role edge read by hand; batch 9 85 -> 87, batch 11 130 -> 131, batches 1-8, 10 and 12 unchanged.
Left by class: bodies only the context gives ("had been named chief executive" under "Unilever said", "the board
named X as interim chief executive" a sentence after the firm, "captain X" in a club's story) 4, a former coach by
"previously managed" 1, a central bank with no name ("Turkey's central bank governor") 1, NER misses (an Indonesian
name of three words, a fashion house "Castellani" read as a person) 2, "a Democratic congresswoman" 1, a mine's place
after its description ("an iron ore mine in southeastern Guinea") 1, a chief justice read as a justice (head_of for
"Chief Justice" would make "Kenya's Chief Justice X" the head of Kenya) 1, a nationality before a coach's title
("Liverpool's Dutch head coach", citizen_of) 1.
Batch 14 (session 15, bench/roles_unseen/cases14.py: 48 news paragraphs on the implicit relations and roles the
held-out set misses most: capitals ("X, Y's capital", "the Ethiopian capital", "in the capital, Hanoi"), origins and
nationalities from modifiers, possessives, appositions, "-based" places, titles before names across beats (coaches,
judges, bishops, union leaders, police chiefs, NGO heads, governors, ministers with a portfolio), relative clauses,
former, acting and interim roles, fictional firms). Unseen baseline on main 84bdfcc 48/64 right, 1 wrong factuality,
1 spurious (two misses were slips of the answers, bodies the gazetteer links under another label: Bundeskartellamt,
General Confederation of Labour; 50/64 with them fixed); the spurious pair and the wrong factuality were wrong
edges: spokesperson_of(Tomas Reyes, Chile) for "a spokesman for the Chilean mining company Andesur",
employee_of(Craig Berube, Toronto Maple Leafs) labelled "general manager of" for "general manager X fired head coach
Craig Berube"; read by hand, two more: Chimamanda Ngozi Adichie an organisation located_in Nigeria ("Nigerian
novelist X"), head_of(Kathy Hochul, New York City) for "Governor Kathy Hochul of New York" (counted right by the
body's words). After the session's fixes (a country's adjective made a compound of a body's noun is no body; no title
across a finite verb the parser demoted in a verbless sentence; artists', writers', scientists' and sportspeople's
trades are person cues; a city called "the capital" with no state beside it is the capital of the state the
gazetteer gives it; a firm's description as the subject of a verb of appointing; a firm officer's title taken with
no body is held in the body of the holder's apposed title; a state office before a name makes its of-phrase the
state of a federation) 56/64, 0 wrong factuality, 0 spurious; batches 1-13 unchanged. Left by class: players whose
club only the context gives ("striker X" in a club coach's quote, "England captain X scored as Bayern beat ...") 2,
a one-word name after "counterpart" (Sugiono) 1, "Bishop X of the Diocese of Y" with the diocese untagged 1, a firm
the NER calls a facility after "start-up" 1, a former coach by "fired head coach X" in a sentence the parser found no
verb in 1, a capital by a back-reference ("Seoul Mayor ... the South Korean capital") 1, a bare former minister whose
state the paragraph names only in another minister's title (left on purpose: "Germany's foreign minister met Defence
Minister X" names a host's minister as often) 1. Wrong edge seen and left: employee_of(Shabana Mahmood, "British
Home") for "British Home Secretary" beside the right minister_of(United Kingdom).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "roles_unseen"))

from cases import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5  # noqa: E402
from cases6 import BATCH6  # noqa: E402
from cases7 import BATCH7  # noqa: E402
from cases8 import BATCH8  # noqa: E402
from cases9 import BATCH9  # noqa: E402
from cases10 import BATCH10  # noqa: E402
from cases11 import BATCH11  # noqa: E402
from cases12 import BATCH12  # noqa: E402
from cases13 import BATCH13  # noqa: E402
from cases14 import BATCH14  # noqa: E402


def factuality(st) -> str:
    from kg.types import Modality, Polarity
    if any(a.datatype == "former" for a in st.extra):
        return "former"
    if st.modality is not Modality.ASSERTED:
        return "hyp" if st.modality is Modality.HYPOTHETICAL else st.modality.value
    return "fact" if st.polarity is Polarity.POSITIVE else "neg"


def in_label(body: str, label: str) -> bool:
    """Whether one of the body's "|"-separated alternatives is in the label (case-insensitive)."""
    return any(b.lower() in label.lower() for b in body.split("|"))


def score(cases, nlp, gaz, verbose: bool) -> tuple[int, int, int, int]:
    from kg.extract.core import extract
    from kg.extract.mentions import fold
    from kg.extract.roles import ROLES
    from kg.types import Article
    total = right = wrong = spurious = 0
    from kg.ingest.markdown import parse
    for text, expected, forbidden in cases:
        art = parse(text, "<case>")[0] if text.startswith("# ") else Article(text=text)    # a whole article
        ex = extract(nlp(art.text), art, gaz)
        names = {e.key: e.label for e in ex.entities}
        sts = [(fold(names.get(s.subject.entity, s.subject.text)), s.predicate, s.predicate_label,
                names.get(s.object.entity, s.object.text), factuality(s)) for s in ex.statements]
        marks = []
        for holder, preds, body, fact in expected:
            total += 1
            holder = fold(holder)
            hits = [x for x in sts if holder.split()[-1] in x[0] and in_label(body, x[3])
                    and (x[1] in preds or x[2].replace(" ", "_") in preds)]
            if any(h[4] == fact or fact == "*" for h in hits):
                right += 1
                marks.append("OK")
            elif hits:
                wrong += 1
                marks.append(f"WRONG FACTUALITY {[h[4] for h in hits]}")
            else:
                marks.append("MISS")
        for holder, body, pred in forbidden:
            holder = fold(holder)
            if [x for x in sts if holder.split()[-1] in x[0] and (holder.split()[0] in x[0] or " " not in x[0])
                    and in_label(body, x[3]) and x[4] == "fact"
                    and (pred is None or x[1] == pred) and (x[1] in ROLES or x[2].endswith(" of"))
                    and x[1] not in ("citizen_of", "located_in")]:     # a nationality or a place is no office
                spurious += 1
                marks.append("SPURIOUS")
        if verbose:
            print("  ".join(marks) or "-", "|", text)
            if verbose > 1:
                for x in sts:
                    if x[1] in ROLES and x[1] not in ("citizen_of", "located_in", "capital_of"):
                        print("      ", x)
    return total, right, wrong, spurious


def main() -> int:
    from kg.nlp import gazetteer_of, load_pipeline
    nlp = load_pipeline()
    gaz = gazetteer_of(nlp)
    verbose = 2 if "-vv" in sys.argv else int("-v" in sys.argv)
    only = {f"batch {a}" for a in sys.argv[1:] if a.isdigit()}
    for name, cases in (("batch 1", BATCH1), ("batch 2", BATCH2), ("batch 3", BATCH3), ("batch 4", BATCH4),
                          ("batch 5", BATCH5), ("batch 6", BATCH6), ("batch 7", BATCH7),
                          ("batch 8", BATCH8), ("batch 9", BATCH9), ("batch 10", BATCH10),
                          ("batch 11", BATCH11), ("batch 12", BATCH12), ("batch 13", BATCH13),
                          ("batch 14", BATCH14)):
        if only and name not in only:
            continue
        total, right, wrong, spurious = score(cases, nlp, gaz, verbose)
        print(f"{name}: {right}/{total} right, {wrong} wrong factuality, {total - right - wrong} missed, "
              f"{spurious} spurious")
    return 0


if __name__ == "__main__":
    sys.exit(main())
