"""Family and person claims on small hand-written articles (positive and negative cases)."""
from __future__ import annotations

import datetime as dt

from .analysis_helpers import analyse_text, claims_as_text


def _claims(text: str, published: dt.date = dt.date(2019, 6, 15)) -> set[tuple]:
    return claims_as_text(analyse_text(text, published))


def test_claims_marriage_with_year_and_spouse():
    found = _claims("Wedding\n\nOmar Reyes married Lena Vidal in 2014 in Porto.")
    assert ("Omar Reyes", "marriage", "Lena Vidal", "2014") in found
    assert ("Omar Reyes", "spouse", "Lena Vidal", None) in found


def test_claims_married_since_and_met_years_prior_anchor_on_the_wedding():
    found = _claims("Couple\n\nThe actress Lena Vidal has been married to Omar Reyes since 2014, "
                    "having met him on a film set four years prior.")
    assert ("Lena Vidal", "marriage", "Omar Reyes", "2014") in found
    assert ("Lena Vidal", "first_met", "Omar Reyes", "four years prior") in found


def test_claims_children_of_the_couple_and_their_births():
    found = _claims("Family\n\nOmar Reyes and Lena Vidal live in Porto. Their daughter Ines was "
                    "born in 2016, while son Tiago was welcomed in 2018.")
    for parent in ("Omar Reyes", "Lena Vidal"):
        assert (parent, "child", "Ines", None) in found
        assert (parent, "child", "Tiago", None) in found
    assert ("Ines", "date_of_birth", None, "2016") in found
    assert ("Tiago", "date_of_birth", None, "2018") in found


def test_claims_age_descriptor_gives_a_birth_interval():
    a = analyse_text("Race\n\nPia Kunz won the marathon in Berlin. The 31-year-old ran alone.",
                     dt.date(2019, 6, 15))
    [claim] = [c for c in a.claims if c.predicate == "date_of_birth"]
    assert (claim.time.earliest, claim.time.latest) == (dt.date(1987, 6, 16), dt.date(1988, 6, 15))


def test_claims_engagement_with_place():
    found = _claims("Proposal\n\nOmar Reyes proposed to Lena Vidal in Lisbon last winter.")
    assert any(c[1] == "engagement" and c[0] == "Omar Reyes" and c[2] == "Lena Vidal"
               for c in found)


def test_claims_birth_name_and_occupation():
    found = _claims("Profile\n\nThe singer Rio Vance, actually named Roberto Ivan Vasquez, grew up "
                    "in Tucson. The singer tours every summer.")
    assert ("Rio Vance", "birth_name", "Roberto Ivan Vasquez", None) in found
    assert ("Rio Vance", "occupation", "singer", None) in found


def test_claims_award_won():
    found = _claims("Awards\n\nRio Vance won a Grammy Award in 2012 for his second album.")
    assert ("Rio Vance", "award_received", "Grammy Award", None) in found


def test_claims_nomination_is_not_an_award():
    found = _claims("Awards\n\nRio Vance was nominated for a Grammy Award in 2012.")
    assert not any(c[1] == "award_received" for c in found)


def test_claims_his_wifes_sister_is_not_his_wife():
    found = _claims("Visit\n\nOmar Reyes visited his wife's sister Ana Costa in Porto.")
    assert not any(c[1] == "spouse" and "Ana Costa" in c for c in found)


def test_claims_divorce_lawyer_is_no_divorce():
    found = _claims("Court\n\nOmar Reyes hired a divorce lawyer, Ana Costa, for a client.")
    assert not any(c[1] == "divorce" for c in found)


def test_claims_pregnancy_announcement_goes_to_the_mother():
    found = _claims("News\n\nOmar Reyes and his wife, Lena Vidal, announced in May 2019 that "
                    "she is pregnant with their second child.")
    assert ("Lena Vidal", "pregnancy_announcement", None, "May 2019") in found
    assert not any(c[0] == "Omar Reyes" and c[1] == "pregnancy_announcement" for c in found)


def test_claims_evidence_is_the_sentence():
    a = analyse_text("Wedding\n\nThe weather was fine. Omar Reyes married Lena Vidal in 2014.")
    [claim] = [c for c in a.claims if c.predicate == "marriage"]
    assert a.document.text[claim.evidence.start:claim.evidence.end] == \
        "Omar Reyes married Lena Vidal in 2014."


def test_claims_they_after_a_first_husband_is_not_the_two_named_people():
    text = ("Obituary\n\nNora Quist, the painter, moved to Oslo with her first husband. Her "
            "gallerist Per Ambrose said she worked daily. Quist painted until 2001, Ambrose "
            "said. They divorced in 1957.")
    assert not {c for c in _claims(text) if c[1] == "divorce"}
    plain = text.replace("her first husband", "friends")  # the fallback couple, as before
    assert {c[1] for c in _claims(plain)} >= {"divorce"}


def test_claims_first_and_second_marriage_of_whoever_married():
    text = ("Obituary\n\nNora Quist was born in 1921 in Bergen. Quist married twice; the first "
            "marriage to Navy man Tom Baye lasted from 1943 to 1947, and her second to Ivo Renn "
            "in 1958 to 1963.")
    found = _claims(text)
    assert ("Nora Quist", "marriage", "Tom Baye", "1943") in found
    assert ("Nora Quist", "marriage", "Ivo Renn", "1958") in found


def test_claims_a_marriage_without_owner_or_marrying_subject_is_nobodys():
    found = _claims("Report\n\nNora Quist met Ivo Renn; the marriage to Tom Baye had ended.")
    assert not {c for c in found if c[1] == "marriage"}


def test_claims_wedding_idioms_are_marriages():
    found = _claims("Report\n\nOmar Reyes and Lena Vidal tied the knot in 2015 in Porto. "
                    "Ines Duarte and Rui Sol exchanged vows in June 2012.")
    assert ("Omar Reyes", "marriage", "Lena Vidal", "2015") in found
    assert ("Ines Duarte", "marriage", "Rui Sol", "June 2012") in found
    shoes = _claims("Report\n\nOmar Reyes tied his shoes in 2015. Lena Vidal laughed.")
    assert not {c for c in shoes if c[1] == "marriage"}


def test_claims_filed_for_divorce_is_a_divorce_without_the_filing_date():
    found = _claims("Report\n\nLena Vidal filed for divorce from Omar Reyes in March.")
    assert ("Lena Vidal", "divorce", "Omar Reyes", None) in found


def test_claims_wife_of_twenty_years_and_survivors():
    found = _claims("Report\n\nOmar Reyes, 45, and his wife of 20 years, Lena, live in Porto.")
    assert ("Omar Reyes", "spouse", "Lena", None) in found
    obit = _claims("Report\n\nOmar Reyes is survived by his wife, Lena, and two sons, Tiago and "
                   "Rui.")
    assert {("Omar Reyes", "child", "Tiago", None), ("Omar Reyes", "child", "Rui", None),
            ("Omar Reyes", "spouse", "Lena", None)} <= obit


def test_claims_widow_ex_wife_and_fiance():
    found = _claims("Report\n\nLena Vidal, the widow of actor Omar Reyes, spoke.")
    assert ("Omar Reyes", "spouse", "Lena Vidal", None) in found
    ex = _claims("Report\n\nOmar Reyes's ex-wife, Lena Vidal, declined to comment.")
    assert ("Omar Reyes", "spouse", "Lena Vidal", None) in ex
    engaged = _claims("Report\n\nLena Vidal and her fiancé, Omar Reyes, plan a June wedding.")
    assert {("Lena Vidal", "engagement", "Omar Reyes", None),
            ("Lena Vidal", "partner", "Omar Reyes", None)} <= engaged


def test_claims_parents_named_and_mother_of_children():
    parents = _claims("Report\n\nOmar Reyes's parents, Rui and Ines Reyes, attended.")
    assert {("Rui", "child", "Omar Reyes", None), ("Ines Reyes", "child", "Omar Reyes", None)} \
        <= parents
    mother = _claims("Report\n\nLena Vidal is the mother of two daughters, Ana and Eva.")
    assert {("Lena Vidal", "child", "Ana", None), ("Lena Vidal", "child", "Eva", None)} <= mother


def test_claims_dating_since_is_the_start_of_the_relationship():
    found = _claims("Report\n\nLena Vidal and Omar Reyes have been dating since 2018.")
    assert ("Lena Vidal", "relationship_start", "Omar Reyes", "2018") in found


def test_claims_survivors_list_and_the_couple_that_met():
    found = _claims("Report\n\nAugustin Tillerman died Tuesday. He is survived by a son, Anders "
                    "Tillerman, and a sister, Ruth Haskell.")
    assert {("Augustin Tillerman", "child", "Anders Tillerman", None),
            ("Augustin Tillerman", "sibling", "Ruth Haskell", None)} <= found
    met = _claims("Report\n\nTillerman met Margit Solberg at a dance in 1962. The couple married "
                  "in June 1964 and raised two children, Elise and Anders.")
    assert ("Margit Solberg", "marriage", "Tillerman", "June 1964") in met or \
        ("Tillerman", "marriage", "Margit Solberg", "June 1964") in met
    assert not {c for c in met if c[1] == "marriage" and {c[0], c[2]} == {"Elise", "Anders"}}


def test_claims_lone_proposer_of_the_couple_proposed_to_the_other():
    found = _claims("Report\n\nOwen Reyhart met Dana Whitlock in 1995. He proposed in 2000, in "
                    "a canoe on a lake.")
    assert ("Owen Reyhart", "engagement", "Dana Whitlock", "2000") in found
    plan = _claims("Report\n\nOwen Reyhart spoke at the rally. He proposed in 2000 a new tax "
                   "plan.")
    assert not {c for c in plan if c[1] == "engagement"}


def test_claims_lone_proposer_in_a_clause_about_another_event_gets_no_date():
    found = _claims("Report\n\nOwen Reyhart met Dana Whitlock in 1995. They married in the summer "
                    "of 2001 in Bergen, a year and a half after Reyhart proposed in Lisbon.")
    assert ("Owen Reyhart", "engagement", "Dana Whitlock", None) in found


def test_claims_children_listed_together_are_no_couple():
    found = _claims("Report\n\nThe couple married in June 1964 and raised two children, Elise "
                    "and Anders, by the sea.")
    assert not {c for c in found if c[1] in ("marriage", "spouse")}


def test_claims_parent_named_in_apposition_to_his_mother():
    got = _claims("Profile\n\nIvo Brandt grew up in Fenby. His late father, Piet, built boats "
                  "for forty years. His mother, Helen, 81, still lives in the house.")
    children = {(s, o) for s, p, o, _ in got if p == "child"}
    assert children == {("Piet", "Ivo Brandt"), ("Helen", "Ivo Brandt")}


def test_claims_possessive_parent_named_in_full():
    got = _claims("Match Report\n\nLuca Dorn scored twice. Dorn's father, Martin Dorn, a retired "
                  "postman, watched from the stand.")
    assert ("Martin Dorn", "child", "Luca Dorn") in {(s, p, o) for s, p, o, _ in got}


def test_claims_his_fathers_boatyard_names_no_parent():
    got = _claims("Profile\n\nIvo Brandt grew up above his father's boatyard in Fenby.")
    assert not [c for c in got if c[1] == "child"]


def test_claims_children_listed_after_with_whom_belong_to_both():
    got = _claims("Profile\n\nIlse Marrow was married to the sculptor Piers Fenn, with whom she "
                  "has two adult children, Rafe and Clara.")
    children = {(s, o) for s, p, o, _ in got if p == "child"}
    assert children == {(p, k) for p in ("Ilse Marrow", "Piers Fenn") for k in ("Rafe", "Clara")}


def test_claims_date_of_a_relative_clause_is_not_the_events():
    got = _claims("Books\n\nMaren Holloway, the novelist whose book The Glass Pier won the "
                  "Lantern Prize in 2011, has divorced her second husband, the director Tom Lyle.")
    divorces = [t for s, p, o, t in got if p == "divorce"]
    assert divorces == [None]


def test_claims_popped_the_question_is_the_couples_engagement():
    got = _claims("Engaged\n\nTom Reed and Anna Price have a son. Tom Reed popped the question "
                  "on Saturday, June 7, during a holiday.", dt.date(2025, 6, 14))
    assert ("Tom Reed", "engagement", "Anna Price", "Saturday, June 7") in got


def test_claims_they_have_a_daughter_names_both_parents():
    got = _claims("Profile\n\nRoss Halloran is married to the producer Elaine Carter, and they "
                  "have a daughter, Lucy, who is 21.")
    assert {(s, o) for s, p, o, _ in got if p == "child"} == \
        {("Ross Halloran", "Lucy"), ("Elaine Carter", "Lucy")}


def test_claims_survivors_include_lists_the_deceaseds_family():
    got = _claims("Obituary\n\nTom Marlow died Saturday. Survivors include his wife of 40 years, "
                  "Ann; sons Peter and David Marlow; a brother, Carl Marlow of Dallas; and six "
                  "grandchildren.")
    rel = {(s, p, o) for s, p, o, _ in got}
    assert {("Tom Marlow", "child", "Peter"), ("Tom Marlow", "child", "David Marlow"),
            ("Tom Marlow", "sibling", "Carl Marlow"), ("Tom Marlow", "spouse", "Ann")} <= rel


def test_claims_preceded_in_death_dates_the_relatives_death():
    got = _claims("Obituary\n\nFred Marlow died in 2004. He was preceded in death by his first "
                  "wife, Joyce Marlow, in 1972.")
    assert ("Joyce Marlow", "date_of_death", None, "1972") in got
    assert ("Fred Marlow", "date_of_death", None, "2004") in got


def test_claims_a_date_across_a_semicolon_is_the_other_clauses():
    got = _claims("Profile\n\nRoss Halloran has been married to producer Elaine Carter since "
                  "1991; they met while working on a film.")
    assert [t for s, p, o, t in got if p == "first_met"] == [None]


def test_claims_married_to_a_job_noun_and_name():
    got = _claims("Profile\n\nRoss Halloran has been married to producer Elaine Carter since "
                  "1991.")
    assert ("Ross Halloran", "spouse", "Elaine Carter", None) in got


def test_claims_split_from_names_the_former_partner():
    got = _claims("Profile\n\nAnna Price, who split from her husband Carl Dunn in 2019, lives in "
                  "Leeds.", dt.date(2020, 5, 1))
    assert ("Anna Price", "divorce", "Carl Dunn", "2019") in got


def test_claims_children_listed_with_their_ages():
    found = _claims("Family\n\nAnna Price and Tom Price live in Halston with their three "
                    "children: Freya, 17, who started school last month, Nils, 14, and Greta, 9.")
    for parent in ("Anna Price", "Tom Price"):
        assert {(parent, "child", kid, None) for kid in ("Freya", "Nils", "Greta")} <= found
    assert {("Freya", "date_of_birth", None, "17"), ("Nils", "date_of_birth", None, "14"),
            ("Greta", "date_of_birth", None, "9")} <= found
    assert not [c for c in _claims("Report\n\nThe deal, says Anna Price, 9, was signed.")
                if c[1] == "date_of_birth"]


def test_claims_a_divorce_finalised_is_the_couples_divorce_on_that_date():
    found = _claims("Split\n\nMaren Holloway married Tom Reed in 2008. Holloway said the "
                    "divorce was finalised last month.", dt.date(2025, 3, 3))
    assert ("Maren Holloway", "divorce", "Tom Reed", "last month") in found
    found = _claims("Split\n\nMaren Holloway married Tom Reed in 2008. Holloway said the "
                    "divorce was finalised last month, some seven months after the couple "
                    "separated.", dt.date(2025, 3, 3))
    assert {c for c in found if c[1] == "divorce"} == {  # not the separation's date
        ("Maren Holloway", "divorce", "Tom Reed", "last month")}


def test_claims_an_event_in_an_after_clause_does_not_take_the_main_clause_date():
    found = _claims("Career\n\nAnna Price retired in 1990, a year after she married Tom Reed.")
    assert ("Anna Price", "marriage", "Tom Reed", None) in found
    found = _claims("Move\n\nAfter Ross Halloran married Maren Holloway in 2010, they moved.")
    assert ("Ross Halloran", "marriage", "Maren Holloway", "2010") in found
