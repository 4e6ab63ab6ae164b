"""Precision on unseen saved pages (issue 9; bench/pages-judged-2026.tsv): the classes of wrong statements between two
entities found there, each on sentences written here, not the pages' own."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def facts(ex) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of the statements whose both ends are entities."""
    label = {e.key: e.label for e in ex.entities}
    return {(label[s.subject.entity], s.predicate, label[s.object.entity]) for s in ex.statements
            if s.subject.entity in label and s.object.entity in label}


def test_a_persons_name_beside_a_body_noun_is_not_that_body(run):
    # the name is the head's, whatever the parse attaches it to; and a later "the commission" is no person
    got = facts(run("The minister praised the head of the water commission, Maria Lopes, for a fair process. "
                    "The deputy head of the commission, Tomas Reis, disagreed with her."))
    assert not [f for f in got if f[1].endswith("_of") and f[2] in ("Maria Lopes", "Tomas Reis")]
    got = facts(run("A spokeswoman for the regulator, Ilse Berg, said the rules would stay. "
                    "Dagny Holm, who chairs the Harbour Authority, agreed."))
    assert not [f for f in got if f[1].endswith("_of") and f[2] == "Ilse Berg"]


def test_the_company_that_reports_a_clause_is_that_clauses_subject(run):
    text = ("Brightwell, a Lisbon startup that makes solar inverters, has raised $40 million in a round led by "
            "Atomico, the company told reporters. The company was founded in 2019 by Rui Costa, a former engineer "
            "at Siemens.")
    got = facts(run(text))
    assert ("Rui Costa", "founder_of", "Brightwell") in got
    assert not [f for f in got if f[0] == "Atomico" and f[1] == "tell" or f[2] == "Atomico" and f[1] == "founder_of"]


def test_the_company_after_a_one_word_name_that_acts(run):
    text = ("Early backers Northwind Partners and Baltic Seed also joined the round, which values Quillo at $300 "
            "million. Quillo declined to comment on the valuation. The company was founded in 2021 by Sara Lind.")
    got = facts(run(text))
    assert ("Sara Lind", "founder_of", "Quillo") in got
    assert not [f for f in got if f[1] == "founder_of" and f[2] != "Quillo"]


def test_a_states_outpost_in_a_city_does_not_put_the_state_there(run):
    got = facts(run("The United States embassy in Lima warned citizens to avoid the port. The Canada office in "
                    "Geneva closed on Friday, and the Bonn office in Berlin reopened."))
    assert not [f for f in got if f[1] == "located_in"]


def test_a_regions_director_is_no_head_of_the_body(run):
    got = facts(run('"Prices will rise for everyone," said Anna Berg, Africa director at Oxfam. Tom Lee, the '
                    "Europe director of Amnesty International, and Eva Holm, Oxfam's Asia chief, met in Oslo."))
    assert {("Anna Berg", "employee_of", "Oxfam"), ("Tom Lee", "employee_of", "Amnesty International"),
            ("Eva Holm", "employee_of", "Oxfam")} <= got
    assert not [f for f in got if f[1] == "head_of" or f[2] in ("Africa", "Asia", "Europe")]
    # the body's own head keeps the role
    assert ("Ana Ruiz", "head_of", "Amnesty International") in facts(run(
        "Prices will rise, said Amnesty International director Ana Ruiz."))
    assert ("Ana Ruiz", "head_of", "Oxfam") in facts(run("Prices will rise, said Oxfam's director, Ana Ruiz."))


def test_a_premier_with_no_state_named_beside_a_country_and_its_states_holds_neither(run):
    got = facts(run("Australia will fund two new power lines in Tasmania and Victoria. Premier Jane Hollis said "
                    "the lines would cut bills in Tasmania."))
    assert not [f for f in got if f[0] == "Jane Hollis" and f[1] == "head_of"]
    # one kind of seat named: the premier's
    assert ("Doug Ford", "head_of", "Ontario") in facts(run("Heavy rain hit Ontario on Monday. Premier Doug Ford "
                                                            "said help was on the way."))


def test_a_head_noun_short_form_with_two_bodies_of_that_head_names_neither(run):
    ex = run("The Morrison Government and the Tasmanian Government signed a deal on Monday. The Government had "
             "reached agreements with three states, Minister Pat Lee said.")
    names = {e.label: set(e.aliases) for e in ex.entities}
    assert not any("Government" in aliases for aliases in names.values()) and "Government" not in names
    ex = run("The European Commission fined Meta on Monday. The Commission said the fine was final.")
    assert ("European Commission", "say") in {(e.label, s.predicate) for e in ex.entities for s in ex.statements
                                              if s.subject.entity == e.key}


def test_a_lowercase_persons_title_before_a_name_makes_a_person(run):
    ex = run("Former state counsellor Daw Khin Nyunt remains in detention. The bank's chairman Ola Berg resigned.")
    types = {e.label: e.type.value for e in ex.entities}
    assert types.get("Daw Khin Nyunt") == "Person" and types.get("Ola Berg") == "Person"


def test_a_ministers_portfolio_is_no_organisation(run):
    ex = run("Federal Natural Resources Minister Jonathan Wilkinson met Coordinating Minister for Maritime Affairs "
             "and Investment Luhut Pandjaitan. NATO Secretary General Mark Rutte and Labour Minister Steven "
             "MacKinnon spoke.")
    labels = {e.label for e in ex.entities}
    assert not labels & {"Federal Natural Resources", "Natural Resources", "Maritime Affairs"}
    assert "NATO" in labels


def test_a_given_name_before_what_the_ner_called_a_firm_makes_a_person(run):
    ex = run('Ana Mamani has worked beside the ponds for years. "Nobody asks," she says. In the village, Mamani is '
             "unconvinced.")
    assert [(e.label, e.type.value) for e in ex.entities] == [("Ana Mamani", "Person")]
    ex = run("Analysts at Morgan Stanley said the deal would close.")
    assert ("Morgan Stanley", "Organization") in [(e.label, e.type.value) for e in ex.entities]


def test_the_state_of_a_name_is_a_place(run):
    ex = run("Carmaker Voltra confirmed plans for a factory in the state of Bahia, the governor's office said.")
    assert ("Bahia", "GeopoliticalEntity") in [(e.label, e.type.value) for e in ex.entities]


def test_a_regions_foreign_name_after_a_club_named_for_it_is_the_club(run):
    got = facts(run("Harry Kane joined Bayern Munich on Saturday after the striker passed a medical. Bayern paid "
                    "Tottenham £100m, and Bayern chief executive Jan Dreesen said the club had won the race."))
    assert ("Jan Dreesen", "chief_executive_of", "Bayern Munich") in got
    assert not [f for f in got if "Bavaria" in f]
    # the region itself stays the region, and a city's own name is not taken for its club
    ex = run("Floods hit Bavaria on Monday, and Bayern Munich postponed its match. Bavaria declared an emergency.")
    assert "Bavaria" in {e.label for e in ex.entities}
    got = facts(run("Manchester United sacked its manager on Monday. Thousands marched in Manchester, and "
                    "Manchester hosted the parade."))
    assert not [f for f in got if f[1] == "host" and f[0] == "Manchester United"]


def test_a_place_after_a_romance_particle_ends_a_longer_name(run):
    ex = run("The final was played at the Stade de France in Paris. Fans flew to Rio de Janeiro.")
    labels = {e.label for e in ex.entities}
    assert "France" not in labels and {"Paris", "Rio de Janeiro"} <= labels


def test_the_central_bank_is_the_states_bank_not_the_latest_bank(run):
    got = facts(run("The Central Bank of Kenya raised rates on Friday. Savers queued at branches of Equity Bank for "
                    "cash. The governor of the central bank, Kamau Njoroge, said inflation would fall."))
    assert ("Kamau Njoroge", "head_of", "Central Bank of Kenya") in got
    got = facts(run("The Bank of Ghana raised rates. Savers queued at Ecobank. The governor of the central bank, "
                    "Ama Owusu, said inflation would fall."))
    assert ("Ama Owusu", "head_of", "Bank of Ghana") in got and not [f for f in got if f[2] == "Ecobank"]


def test_a_plural_noun_before_a_clauses_subject_introduces_no_name(run):
    got = facts(run("The government will pay for the transmission lines Tasmania needs. Hydro Tasmania, the "
                    "state-owned company, will build and operate the line."))
    assert not [f for f in got if f[1] in ("build", "operate")]


def test_a_bodys_branch_in_a_place_is_no_employer(run):
    got = facts(run("Lithex, a US group, mines copper in Peru. Its Peru country manager, Jorge Salas, told reporters "
                    "the company would expand."))
    assert ("Jorge Salas", "employee_of", "Lithex") in got and ("Jorge Salas", "employee_of", "Peru") not in got


def test_a_place_and_title_the_ner_took_for_a_body_is_the_place(run):
    ex = run("The mayor said he had spoken with Ontario Premier Doug Ford about the plant.")
    labels = {e.label: e.type.value for e in ex.entities}
    assert "Ontario Premier" not in labels and labels.get("Ontario") == "GeopoliticalEntity"
    assert ("Doug Ford", "head_of", "Ontario") in facts(ex)


def test_a_generic_body_name_is_not_linked_to_another_states_body(run):
    ex = run("Nigeria's Supreme Court ruled on Friday that the old notes remain legal tender. The Supreme Court said "
             "Nigeria's central bank had acted without notice.")
    assert "Supreme Court of the United States" not in {e.label for e in ex.entities}
    ex = run("The Supreme Court ruled that the United States government had acted lawfully.")
    assert "Supreme Court of the United States" in {e.label for e in ex.entities}


def test_the_company_is_no_agency(run):
    got = facts(run("Orbitex launched its heavy rocket on Sunday. NASA Administrator Bill Nelson congratulated the "
                    "company on its success."))
    assert ("Bill Nelson", "congratulate", "Orbitex") in got
    ex = run("The European Commission fined Meta on Monday. The company said it would appeal.")
    said = {e.label for e in ex.entities for s in ex.statements if s.predicate == "say" and s.subject.entity == e.key}
    assert "European Commission" not in said


def test_a_name_ending_in_act_is_a_law(run):
    ex = run("The prosecutors said they would seek to recover the money under the Proceeds of Crime Act.")
    assert "Proceeds of Crime Act" not in {e.label for e in ex.entities}


def test_a_state_holds_no_office(run):
    got = facts(run("Chile has been Peru's largest trading partner since 2009. Ana Ruiz, a partner at Baker Lane, "
                    "spoke."))
    assert not [f for f in got if f[0] == "Chile" and f[1] == "employee_of"]


def test_the_company_is_not_a_programme_named_after_a_name(run):
    got = facts(run("The agency has paid Orbitex $2 billion to build a lander under its Selene programme. NASA "
                    "Administrator Bill Nelson congratulated the company on the flight."))
    assert not [f for f in got if f[1] == "congratulate" and f[2] in ("Selene", "NASA")]


def test_brands_listed_and_a_bodys_own_programme_are_no_organisations(run):
    ex = run("Unilever owns brands such as Lipton and PG Tips. Orbitex plans to land astronauts under its Selene "
             "programme, and Selene will fly in 2027. The Vantor project in Chile was approved, and Vantor said it "
             "would hire 300 people.")
    labels = {e.label for e in ex.entities}
    assert not labels & {"Lipton", "PG Tips", "Selene"}
    assert {"Unilever", "Vantor"} <= labels     # "the Vantor project" may be the firm's: it stays
