"""Referring phrases resolved by what the article is about: "the government", descriptions, sets."""
from __future__ import annotations

import pytest

from kg.extract.entities import resolve

pytestmark = pytest.mark.model


def resolved(nlp, gazetteer, text, word, nth=0):
    """The names of the cluster the ``nth`` ``word`` of ``text`` is resolved to (None when it is not)."""
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    tok = [t for t in doc if t.text == word][nth]
    cid = r.cluster_of_token(tok)
    return None if cid is None else set(r.clusters[cid].names)


def test_the_government_is_the_state_the_story_is_about_not_the_latest_country(nlp, gazetteer):
    text = ("Heavy rain flooded villages across Portugal on Monday, and Portuguese officials said 12 people had "
            "died. Spain sent two rescue teams to Portugal, and Morocco offered a plane, which the government "
            "accepted.")
    assert resolved(nlp, gazetteer, text, "government") == {"Portugal"}
    text = "Floods hit towns across Portugal, and Lisbon declared an emergency. Spain sent rescue teams. " \
           "Morocco offered a plane, which the government accepted."
    assert resolved(nlp, gazetteer, text, "government") == {"Portugal"}     # its capital counts for it


def test_the_government_is_the_state_of_a_body_named_in_its_sentence(nlp, gazetteer):
    text = ("Chile hosted the fisheries talks in Santiago, and Chilean officials praised the pact with Peru. "
            "Peru's main opposition party accused the government of giving away too much.")
    assert resolved(nlp, gazetteer, text, "government") == {"Peru"}


@pytest.mark.parametrize("text, want", [
    ("Serbia accused the Montenegrin government of backing Kosovo.", None),
    ("Serbia accused the government in Podgorica of backing Kosovo.", None),
    ("Montenegro's president spoke. Serbia accused the government in Podgorica of backing Kosovo.",
     {"Montenegro"}),
])
def test_a_government_its_own_words_place_is_that_states_never_the_storys(nlp, gazetteer, text, want):
    got = resolved(nlp, gazetteer, text, "government")
    assert got == want or want is not None and want <= got


def test_a_regional_government_is_not_the_state(nlp, gazetteer):
    text = "Flooding hit Italy on Sunday. The regional government asked for help."
    assert resolved(nlp, gazetteer, text, "government") is None


def test_the_government_is_no_plural_name_with_the_same_head(nlp, gazetteer):
    text = ("Kenya said it would help African governments buy vaccines. Uganda's health minister said the "
            "government had acted quickly.")
    assert resolved(nlp, gazetteer, text, "government") == {"Uganda"}


def test_an_object_government_is_a_concept_that_involves_its_state(run):
    ex = run("Wildfires burned across Portugal on Tuesday. The mayor of Braga, Ana Reis, accused the government "
             "of cutting the budget of the fire service.")
    accused = [s for s in ex.statements if s.predicate == "accuse"]
    assert accused and all(s.object.entity is None for s in accused)
    assert any("government" in s.object.text and "portugal" in s.object.involves for s in accused)


@pytest.mark.parametrize("text, names", [
    ("Marco Silva was convicted of fraud on Friday. His lawyer, Ana Gomes, said her client would appeal.",
     {"Marco Silva"}),
    ("A lawyer for Jan Novak said his client denied the charges.", {"Jan Novak"}),
    ("Jan Novak's attorney said his client had left the country.", {"Jan Novak"}),
])
def test_his_client_is_the_one_the_reporting_lawyer_acts_for(nlp, gazetteer, text, names):
    assert resolved(nlp, gazetteer, text, "client") == names


def test_his_party_and_her_country_are_those_of_the_persons_title(nlp, gazetteer):
    assert resolved(nlp, gazetteer, "Green Party leader Tom Hale said his party would vote against the bill.",
                    "party") == {"Green Party"}
    assert resolved(nlp, gazetteer, "Chile's foreign minister, Rosa Vidal, said her country would host the talks.",
                    "country") == {"Chile"}
    # no party in his title: left unresolved, not guessed
    assert resolved(nlp, gazetteer, "Tom Hale said his party would vote against the bill.", "party") is None


def test_a_statement_of_his_client_has_the_client_as_subject(run):
    ex = run("A lawyer for Jan Novak said his client denied the charges.")
    denied = [s for s in ex.statements if s.predicate == "deny"]
    assert denied and denied[0].subject.entity == "jan-novak"


@pytest.mark.parametrize("name", ["Kraftnett", "Fjordlink"])
def test_it_after_a_one_word_name_the_ner_calls_a_person_is_that_name(nlp, gazetteer, name):
    text = (f"Nordvik Energi, the industry lobby, urged Oslo to act. {name}, the state-owned grid operator, said it "
            "had not cancelled the cable link.")
    assert resolved(nlp, gazetteer, text, "it") == {name}
    assert resolved(nlp, gazetteer, text, "operator") == {name}     # the description in apposition is that name


@pytest.mark.parametrize("text", [
    "Aer Lingus, Dublin's largest carrier, welcomed the decision, but its owner IAG said it would not fund the work.",
    "Aer Lingus welcomed the decision, but its parent IAG said it would not fund the work.",
])
def test_it_is_the_speaker_named_in_apposition_to_the_subject(nlp, gazetteer, text):
    assert resolved(nlp, gazetteer, text, "it") == {"IAG"}


def test_it_is_the_state_whose_ministry_spoke_not_a_place_named_in_passing(nlp, gazetteer):
    text = ("Turkey's defence ministry said its jets had struck 40 targets overnight, including 12 over the Hakkari "
            "region. It did not mention casualties.")
    assert resolved(nlp, gazetteer, text, "It") == {"Turkey"}


def test_a_description_is_the_name_the_article_introduced_with_that_noun(nlp, gazetteer):
    text = ("Scandinavian airline Nordfly ordered 30 jets from Airbus on Tuesday. Airbus chief executive Guillaume "
            "Faury said the jets would be delivered in 2028. The airline also signed a maintenance deal.")
    assert resolved(nlp, gazetteer, text, "airline", nth=1) == {"Nordfly"}
    text = "Brazilian midfielder Rafael Costa joined Porto from Santos on Monday. Porto coach Luis Alves praised the " \
           "midfielder."
    assert resolved(nlp, gazetteer, text, "midfielder", nth=1) == {"Rafael Costa"}


def test_the_bloc_and_the_alliance_are_named_unions_and_alliances_not_a_speakers_council(nlp, gazetteer):
    text = ("European Union leaders met Chinese officials on Monday. European Council President Ana Lopes said the "
            "bloc would not lift its tariffs.")
    assert resolved(nlp, gazetteer, text, "bloc") == {"European Union"}
    text = ("NATO said it would send two frigates to the Baltic Sea. Anna Berg, the alliance's deputy secretary "
            "general, said allies would patrol the area.")
    assert resolved(nlp, gazetteer, text, "alliance") == {"NATO"}


def test_the_gang_is_the_name_that_modified_gang(nlp, gazetteer):
    text = "Police arrested four members of the RedFox ransomware gang in Spain on Monday. The gang did not reply."
    assert resolved(nlp, gazetteer, text, "gang", nth=1) == {"RedFox"}
    # a place that modifies a noun says where, not what: "the London club" does not make London "the club"
    text = "The London club rejected the offer on Monday. The club said talks were over."
    assert resolved(nlp, gazetteer, text, "club", nth=1) != {"London"}


def members(nlp, gazetteer, text, word, nth=0):
    """The names of the clusters the ``nth`` plural ``word`` of ``text`` stands for."""
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    tok = [t for t in doc if t.text == word][nth]
    return {r.clusters[c].names[0] for c in r.set_members(tok)}


def test_both_ministers_are_the_two_ministers_of_an_earlier_sentence(nlp, gazetteer):
    text = ("Foreign Minister Kenji Sato met his Korean counterpart Lee Jun-ho in Tokyo on Monday. The two ministers "
            "signed a data-sharing pact. Analysts said the pact was overdue. The talks were cordial, officials said. "
            "US Secretary of State Mary Holt praised both ministers.")
    assert members(nlp, gazetteer, text, "ministers", nth=1) == {"Kenji Sato", "Lee Jun-ho"}


def test_the_two_companies_are_the_two_the_story_is_about(nlp, gazetteer):
    text = ("Halden Biotech sued Merrow Therapeutics in 2021. Merrow Therapeutics denied the claims. A jury sided with "
            "Halden Biotech on Friday. Halden Biotech said it was pleased, and Merrow Therapeutics said it would "
            "appeal. The judge praised the jurors. The two companies held settlement talks last year.")
    assert members(nlp, gazetteer, text, "companies") == {"Halden Biotech", "Merrow Therapeutics"}
    # three firms named as often: no two of them stand out, so no pair is guessed
    text = ("Halden Biotech, Merrow Therapeutics and Osric Labs bid for the licence. Halden Biotech raised its offer. "
            "Merrow Therapeutics matched it, and Osric Labs withdrew. The regulator will decide in May. Officials "
            "said the process was fair. The two companies must wait.")
    assert members(nlp, gazetteer, text, "companies") == set()


def test_a_states_government_named_by_its_adjective_is_that_state(run):
    ex = run("Ottawa ordered talks last month. The Canadian government on Thursday ordered binding arbitration. Unions "
             "accused the Canadian government of siding with the railways.")
    assert "Canadian government" not in {e.label for e in ex.entities}
    ordered = [s for s in ex.statements if s.predicate == "order" and "arbitration" in s.object.text]
    assert ordered and ordered[0].subject.entity == "canada"
    accused = [s for s in ex.statements if s.predicate == "accuse"]
    assert accused and all(s.object.entity is None for s in accused)    # a government accused is a concept
    assert any("canada" in s.object.involves for s in accused)


def test_the_junta_is_the_state_the_story_is_about(run):
    ex = run("Soldiers patrolled the capital of Mali on Monday, and Malian officials said the border was closed. "
             "Mali's neighbours urged calm. The junta suspended two French broadcasters.")
    suspended = [s for s in ex.statements if s.predicate == "suspend"]
    assert suspended and suspended[0].subject.entity == "mali"


def test_a_capitalised_title_in_apposition_to_a_name_is_that_person(run):
    ex = run("The Paris Mayor, Anne Marchal, has opposed the plan.")
    opposed = [s for s in ex.statements if s.predicate == "oppose"]
    assert opposed and opposed[0].subject.entity == "anne-marchal"


def test_they_after_people_from_two_named_bodies_is_each_body(run):
    ex = run("Monitors from the African Union and the United Nations said they had found no irregularities.")
    found = {s.subject.entity for s in ex.statements if s.predicate == "find"}
    assert {"african-union", "united-nations"} <= found


def test_a_name_before_a_kind_noun_is_what_the_noun_refers_to(nlp, gazetteer):
    assert resolved(nlp, gazetteer, "The Unite union had warned that 2,000 jobs could go.", "union") == {"Unite"}
    # a place before a kind noun is where the firm is, not its name
    assert resolved(nlp, gazetteer, "The Berlin company had warned that 2,000 jobs could go.", "company") is None


def test_a_states_air_defences_act_for_the_state(run):
    ex = run("Poland's defence ministry said its air defences had destroyed four drones near the border.")
    destroyed = [s for s in ex.statements if s.predicate == "destroy"]
    assert destroyed and destroyed[0].subject.entity == "poland"


def test_it_in_a_condition_after_an_object_thing_is_left_unresolved(nlp, gazetteer):
    text = "Italy said Rome would back the agreement only if it contained stronger safeguards."
    assert resolved(nlp, gazetteer, text, "it") is None     # the agreement, most likely: no name is guessed


def test_its_of_a_quantified_subject_is_no_name(nlp, gazetteer):
    text = "Saudi Arabia blocked the text. The Saudi delegation said every nation had the right to choose its own path."
    assert resolved(nlp, gazetteer, text, "its") is None


def test_his_rival_is_the_other_of_the_storys_two_people(nlp, gazetteer):
    text = ("Anna Berg of the Green Party won the mayoral election in Lund on Sunday. Berg took 54 percent of the vote, "
            "while the incumbent, Per Holm, received 41 percent. Holm conceded defeat and congratulated his rival.")
    assert resolved(nlp, gazetteer, text, "rival") == {"Anna Berg", "Berg"}
    # three people named as often: no rival is guessed
    text = "Anna Berg won the election. Per Holm and Lars Dahl lost. Holm congratulated his rival."
    assert resolved(nlp, gazetteer, text, "rival") is None


def test_a_description_in_apposition_must_fit_the_names_type(nlp, gazetteer):
    text = "Rain hit Australia on Monday. Monash University, the country's biggest by enrolment, closed its campus."
    assert resolved(nlp, gazetteer, text, "country") == {"Australia"}   # the story's state, not the university
    text = "Sudan's army said it had repelled an assault on El Fasher, the last big city in Darfur."
    assert resolved(nlp, gazetteer, text, "city") == {"El Fasher"}


def test_the_city_is_no_country(nlp, gazetteer):
    text = "China's foreign ministry accused Western governments of meddling in the city's affairs."
    assert resolved(nlp, gazetteer, text, "city") is None


@pytest.mark.parametrize("text, names", [
    ("The Quebec government said Montreal must pay for the new bridge. The city said it would appeal.", {"Montreal"}),
    ("Lower Saxony told Hanover to close two schools. The city refused.", {"Hanover"}),
    ("Tasmania cut funding for the festival on Monday. The town said it would look for sponsors.", None),
])
def test_the_city_is_no_province_or_state(nlp, gazetteer, text, names):
    assert resolved(nlp, gazetteer, text, "city" if "city" in text else "town") == names


def test_a_pair_listed_just_before_blocks_the_storys_pair(nlp, gazetteer):
    text = ("Halden Biotech sued Merrow Therapeutics in 2021. Merrow Therapeutics denied the claims. A jury sided with "
            "Halden Biotech on Friday. Halden Biotech said it was pleased. The ruling follows a similar case at plants "
            "run by Ostrava Works and Velbrook, and both companies paid fines.")
    assert members(nlp, gazetteer, text, "companies") != {"Halden Biotech", "Merrow Therapeutics"}


@pytest.mark.parametrize("text, word, names", [
    ("Mr Okafor met Ruth Adeyemi in Lagos on Friday. She called the meeting useful. Adeyemi said he had promised "
     "nothing.", "he", {"Okafor"}),
    ("Paul Drew, the party's chairman, spoke after Helen Marsh. Drew said she was wrong.", "she", {"Helen Marsh"}),
])
def test_a_pronoun_is_no_person_of_the_other_gender(nlp, gazetteer, text, word, names):
    got = resolved(nlp, gazetteer, text, word)
    assert got is not None and got & names


def test_the_firm_is_no_union_the_article_named(nlp, gazetteer):
    text = ("The Verdal union called a strike at Osterby Freight on Monday. The union said talks had failed. "
            "The firm said it regretted the strike.")
    assert resolved(nlp, gazetteer, text, "firm") == {"Osterby Freight"}


def test_a_bare_surname_two_people_share_is_the_one_named_first(nlp, gazetteer):
    text = ("Nadia Rossi, a novelist, died on Sunday. Her daughter, Paola Rossi, said she had been ill for a year. "
            "Born in Turin in 1931, Rossi wrote ten novels.")
    doc = nlp(text)
    r = resolve(doc, gazetteer)
    tok = [t for t in doc if t.text == "Rossi"][2]
    assert "Nadia Rossi" in r.clusters[r.cluster_of_token(tok)].names


def test_she_takes_up_a_chain_of_pronouns_beyond_the_last_name(nlp, gazetteer):
    text = ("Greta Lind was elected mayor of Uppsala in 2014. She won again in 2018. In 2019 she opened a new "
            "library. A year later she closed two schools. Parents protested. Critics said the plan was rushed. "
            "Her budget was cut by the council.")
    assert resolved(nlp, gazetteer, text, "Her") == {"Greta Lind"}


@pytest.mark.parametrize("text", [
    "Halden Foods said on Monday that it was unfair.",
    "Halden Foods said it was too early to judge the deal.",
])
def test_it_that_a_judging_adjective_describes_is_the_matter(nlp, gazetteer, text):
    assert resolved(nlp, gazetteer, text, "it") is None


def test_the_firm_before_a_name_is_that_name_and_analysts_speak_of_another_company(nlp, gazetteer):
    text = "Nordea Retail said on Monday it had hired the consulting firm Keller Partners to review its costs."
    assert resolved(nlp, gazetteer, text, "firm") == {"Keller Partners"}
    text = ("Shares in Orvane Pharma fell 12 percent after a drug trial failed. Analysts at Belmont Securities said "
            "the company might have to cut jobs.")
    assert resolved(nlp, gazetteer, text, "company") == {"Orvane Pharma"}


@pytest.mark.parametrize("text, verb, name", [
    ("Coached by Ines Duarte, the Portuguese side beat Spain 3-1 on Sunday.", "beat", "Ines Duarte"),
    ("Led by Tomas Berger, the Austrian team won two league titles.", "win", "Tomas Berger"),
    ("Backed by Rwanda, the rebel group seized the town of Goma last week.", "seize", "Rwanda"),
])
def test_the_subject_after_a_fronted_phrase_is_no_apposition_of_its_name(run, text, verb, name):
    ex = run(text)
    keys = {e.key for e in ex.entities if e.label == name}
    assert keys and not [st for st in ex.statements if st.predicate == verb and st.subject.entity in keys]
    assert [st for st in ex.statements if st.predicate == verb]     # the description is still the subject


@pytest.mark.parametrize("text, word", [
    ("The EU and Mercosur signed the trade deal on Friday. It will remove tariffs on most goods.", "It"),
    ("Maersk and MSC diverted their ships on Monday. It said the route was unsafe.", "It"),
    ("Chile and Peru agreed a new border treaty. Its terms were not published.", "Its"),
])
def test_it_is_neither_of_a_coordinated_pair(nlp, gazetteer, text, word):
    assert resolved(nlp, gazetteer, text, word) is None


@pytest.mark.parametrize("text, verb, subject", [
    ("The two leaders prayed together by the ruins of an old church on the shore of Lake Ohrid.", "pray", "leaders"),
    ("Merkel and Macron stood by the river in Strasbourg for a photograph.", "stand", "Merkel|Macron"),
])
def test_by_after_an_active_verb_is_no_passive_agent(run, text, verb, subject):
    ex = run(text)
    label = {e.key: e.label for e in ex.entities}
    made = [st for st in ex.statements if st.predicate.startswith(verb)]
    assert made and all(any(s in label.get(st.subject.entity, st.subject.text) for s in subject.split("|"))
                        for st in made)


@pytest.mark.parametrize("text", [
    "Oscar Piastri apologised to Charles Leclerc after the race, and the Ferrari driver said he accepted the apology.",
    "Mia Lund thanked Sara Holm at the net, and the Danish player said she had never played better.",
])
def test_he_after_a_described_player_of_a_named_side_is_that_player(nlp, gazetteer, text):
    word = "he" if " he " in text else "she"
    assert resolved(nlp, gazetteer, text, word) is None


def test_he_after_an_undescribed_speaker_is_still_the_person_named(nlp, gazetteer):
    text = "Tom Hale left the club in May. The striker said he was happy."
    assert resolved(nlp, gazetteer, text, "he") == {"Tom Hale"}


@pytest.mark.parametrize("text", [
    "The Pension Fund Regulatory and Development Authority of India fined Star Pensions and Allied Trust on Monday "
    "and ordered it to refund customers.",
    "Norway's Consumer Authority fined Fjord Air and Nordlys Rail on Friday and told it to refund passengers.",
])
def test_an_object_pronoun_is_not_the_subject_its_verb_shares(nlp, gazetteer, text):
    # "fined X and Y and ordered it": the one who fined is the subject of "ordered" too, so never its object
    names = resolved(nlp, gazetteer, text, "it") or set()
    assert not any("Authority" in n for n in names)


def test_an_object_pronoun_after_a_first_object_no_name_holds_stays_open(nlp, gazetteer):
    # "received the envoy and thanked him": the envoy, whom no name holds; neither the host nor an earlier person
    text = ("Sergei Orlov said the church would not attend. President Ilham Karimov received the envoy in Baku on "
            "Thursday and thanked him for his appeals.")
    assert resolved(nlp, gazetteer, text, "him") is None
