"""Role shapes of session 8: a title after "whose" that the parser reads as an apposition ("X, whose chief financial
officer, Y, resigned"), a title that is the last conjunct before an apposed name ("A and the head of B, Y"),
leaving a body (quit, resigned from, left after a tenure), seats in a legislature ("Labour MP X", "the MP for
Bath") and a minister named after a department ("Home Office minister X", a post in it, not its head)."""
from __future__ import annotations

import pytest


def facts(ex) -> set[tuple]:
    names = {e.key: e.label for e in ex.entities}
    out = set()
    for s in ex.statements:
        was = any(a.datatype == "former" for a in s.extra)
        out.add((names.get(s.subject.entity, s.subject.text), s.predicate, names.get(s.object.entity, s.object.text),
                 "former" if was else "fact" if s.is_fact else s.modality.value))
    return out


def pairs(ex) -> set[tuple]:
    return {(s, o) for s, _, o, f in facts(ex) if f == "fact"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marlow Foods, whose chief executive, Nadia Kerr, resigned in May, reported a loss.",
     ("Nadia Kerr", "chief_executive_of", "Marlow Foods", "fact")),
    ("The board of Ostra Bank, whose former chairman, Lars Ek, faces trial, met on Monday.",
     ("Lars Ek", "chair_of", "Ostra Bank", "former")),
    ("Investors sued Brantley Mining, whose finance director, Joy Adeyemi, signed the accounts.",
     ("Joy Adeyemi", "employee_of", "Brantley Mining", "fact")),
])
def test_whose_title_read_as_an_apposition(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
def test_whose_title_is_no_identity_of_the_body(run):
    ex = run("Marlow Foods, whose chief executive, Nadia Kerr, resigned in May, reported a loss.")
    assert not any(s.predicate == "be" and "Marlow" in s.subject.text for s in ex.statements)


@pytest.mark.model
@pytest.mark.parametrize("text, expected, wrong", [
    ("Harbour Bank chairman Ian Reid and the chief executive of Castell Energy, Mair Owen, signed the deal.",
     ("Mair Owen", "chief_executive_of", "Castell Energy", "fact"), ("Ian Reid", "Mair Owen")),
    ("Unions met Transport Minister Lena Dahl and the chair of Nordbahn, Erik Sund, on Friday.",
     ("Erik Sund", "chair_of", "Nordbahn", "fact"), ("Lena Dahl", "Erik Sund")),
    ("Director General Tom Hart and the head of Radio Kestrel, Ann Pike, stepped down.",
     ("Ann Pike", "head_of", "Radio Kestrel", "fact"), ("Tom Hart", "Ann Pike")),
])
def test_title_conjunct_before_an_apposed_name(run, text, expected, wrong):
    ex = run(text)
    assert expected in facts(ex)
    assert wrong not in pairs(ex)       # the first name of the list is not the second person


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez quit the Socialist Party in protest at the amnesty.",
     ("Maria Lopez", "member_of_party", "Socialist Party", "former")),
    ("Ahmed Said resigned from Deutsche Bank in May.", ("Ahmed Said", "member_of", "Deutsche Bank", "former")),
    ("Ellen Ward left Shell after 20 years to join BP.", ("Ellen Ward", "member_of", "Shell", "former")),
    ("Britain left the European Union in 2020.", ("United Kingdom", "member_of", "European Union", "former")),
])
def test_leaving_a_body_is_a_former_membership(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text, person, body", [
    ("Friedrich Merz left the Bundestag after the vote.", "Friedrich Merz", "Bundestag"),    # the building
    ("Mark Rutte left the NATO summit on Wednesday.", "Mark Rutte", "NATO"),
    ("Olaf Berg will leave Siemens in June.", "Olaf Berg", "Siemens"),                      # still a member
    ("Anna Berg did not quit the Green Party.", "Anna Berg", "Green Party"),
    ("If Ruiz quit the Socialist Party, the government would fall.", "Ruiz", "Socialist Party"),
])
def test_no_former_membership_without_a_tenure_ended(run, text, person, body):
    assert not any(s == person and p.startswith("member_of") and body in o and f == "former"
                   for s, p, o, f in facts(run(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Labour MP Jess Phillips said the law had failed.", ("Jess Phillips", "member_of_party", "Labour Party", "fact")),
    ("SNP MP Stephen Flynn said the vote was rigged.",
     ("Stephen Flynn", "member_of_party", "Scottish National Party", "fact")),
    ("Green MEP Terry Reintke called for a recount.", ("Terry Reintke", "member_of", "Green", "fact")),
])
def test_party_before_a_legislators_title(run, text, expected):
    ex = run(text)
    assert expected in facts(ex)
    assert not any(s.predicate_label.startswith(("labour", "snp")) for s in ex.statements)


@pytest.mark.model
def test_the_seat_after_for_is_no_body(run):
    ex = run("Jess Phillips, the Labour MP for Birmingham Yardley, resigned as a minister.")
    assert ("Jess Phillips", "member_of_party", "Labour Party", "fact") in facts(ex)
    assert not any("Yardley" in o for s, p, o, f in facts(ex) if p.startswith("member_of"))


@pytest.mark.model
@pytest.mark.parametrize("text, expected, wrong", [
    ("Home Office minister Angela Eagle said 1,200 people had crossed the Channel in a week.",
     ("Angela Eagle", "member_of", "Home Office", "fact"), ("Angela Eagle", "head_of", "Home Office", "fact")),
    ("Foreign Office minister Stephen Doughty met the envoy. The Foreign Office said the talks went well.",
     ("Stephen Doughty", "member_of", "Foreign Office", "fact"),
     ("Stephen Doughty", "head_of", "Foreign Office", "fact")),
])
def test_minister_named_after_a_department_holds_a_post_in_it(run, text, expected, wrong):
    ex = run(text)
    assert expected in facts(ex) and wrong not in facts(ex)


@pytest.mark.model
def test_secretary_of_a_department_still_heads_it(run):
    ex = run("Home Secretary Yvette Cooper said the Home Office would publish the figures.")
    assert ("Yvette Cooper", "head_of", "Home Office", "fact") in facts(ex)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # titles of schools, universities, churches and charities
    ("Greystone College lost its licence. Greystone's rector, Ivo Marr, said the college would appeal.",
     ("Ivo Marr", "head_of", "Greystone College", "fact")),
    ("Amina Yusuf, headteacher of Kingsdale School, said the exams would go ahead.",
     ("Amina Yusuf", "head_of", "Kingsdale School", "fact")),
    ("Ofsted closed Brookfield Primary School on Friday. The school's head teacher, Jo Carr, said lessons would move "
     "online.", ("Jo Carr", "head_of", "Brookfield Primary School", "fact")),
    ("The painter Rosa Quint, a trustee of the Tate Foundation, opposed the sale.",
     ("Rosa Quint", "member_of", "Tate Foundation", "fact")),
    ("Ben Ode, a maths teacher at Ridgeway Academy, led the protest.", ("Ben Ode", "employee_of", "Ridgeway Academy",
                                                                        "fact")),
])
def test_titles_of_schools_churches_and_charities(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
def test_dean_of_a_faculty_is_a_member_not_the_universitys_head(run):
    ex = run("Professor Ada Nwosu, dean of the medical faculty at the University of Ibadan, resigned.")
    assert ("Ada Nwosu", "employee_of", "University of Ibadan", "fact") in facts(ex)
    assert not any(s == "Ada Nwosu" and p == "head_of" and "Ibadan" in o for s, p, o, f in facts(ex))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Grace Otieno, who teaches physics at Starehe Boys Centre, said the labs had no water.",
     ("Grace Otieno", "employee_of", "Starehe Boys Centre", "fact")),
    ("Maria Costa taught history at Eton College for 30 years.", ("Maria Costa", "employee_of", "Eton College",
                                                                   "former")),
    ("Lucia Prado spent four years as an engineer at Google.", ("Lucia Prado", "employee_of", "Google", "former")),
])
def test_trades_plied_at_a_body(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Students asked Ahmed Khan, who will teach physics at Lagos Business School next year.",
    "The two teams worked as partners on the bid.",
])
def test_no_employment_not_yet_held_or_without_a_title(run, text):
    assert not any(p == "employee_of" and f == "fact" for s, p, o, f in facts(run(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tom Reed served on the board of Vantor Holdings until 2019.", ("Tom Reed", "member_of", "Vantor Holdings",
                                                                     "former")),
    ("Tom Reed sits on the board of Vantor Holdings.", ("Tom Reed", "member_of", "Vantor Holdings", "fact")),
    ("Ali Khan resigned from the board of Qamar Telecom in May.", ("Ali Khan", "member_of", "Qamar Telecom",
                                                                  "former")),
])
def test_seats_on_a_board(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
def test_a_seat_to_be_left_is_still_held(run):
    ex = run("Ali Khan will step down from the board of Qamar Telecom in May.")
    assert not any(p == "member_of" and f == "former" for s, p, o, f in facts(ex))


@pytest.mark.model
def test_a_party_the_tagger_cut_short_gives_no_membership(run):
    ex = run("The amendment was drafted by Liberal Democrat MP Sarah Olney and backed by two Conservatives.")
    assert not any(s == "Sarah Olney" and o == "Democrat" for s, p, o, f in facts(ex))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Maria Berg quit Siemens to become chief financial officer of Bosch.",
     ("Maria Berg", "employee_of", "Bosch", "fact")),
    ("Lars Holm has left Volvo to become chief executive of Scania Group.",
     ("Lars Holm", "chief_executive_of", "Scania Group", "fact")),
    ("Tom Hale left Accenture to join Deloitte as a partner.", ("Tom Hale", "employee_of", "Deloitte", "fact")),
])
def test_a_post_taken_after_leaving_another(run, text, expected):
    assert expected in facts(run(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lars Holm will leave Volvo to become chief executive of Scania Group.",
    "Lars Holm did not leave Volvo to become chief executive of Scania Group.",
    "Lars Holm would have left Volvo to become chief executive of Scania Group.",
    "Lars Holm wants to become chief executive of Scania Group.",
])
def test_a_post_not_taken_stays_hypothetical(run, text):
    assert not any(p == "chief_executive_of" and f == "fact" for s, p, o, f in facts(run(text)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Karin Lund quit Twitter in protest at the new rules.",
    "Karin Lund left Facebook in 2019 after the data scandal.",
    "Karin Lund joined TikTok in 2020.",
])
def test_a_platforms_users_are_no_members(run, text):
    assert not any(p == "member_of" for s, p, o, f in facts(run(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz left Google last year to join Meta as head of research.",
     ("Ana Ruiz", "employee_of", "Meta Platforms", "fact")),
    ("Ivo Marr joined Leiden University as professor of economics.",
     ("Ivo Marr", "employee_of", "Leiden University", "fact")),
])
def test_a_field_title_taken_at_a_body_joined(run, text, expected):
    ex = run(text)
    assert expected in facts(ex)
    assert not any(p == "head_of" and o in ("research", "economics") for s, p, o, f in facts(ex))


@pytest.mark.model
def test_a_field_is_no_body(run):
    ex = run("Ana Ruiz, head of research, said rates would fall.")
    assert not any(p in ("head_of", "employee_of") for s, p, o, f in facts(ex))
