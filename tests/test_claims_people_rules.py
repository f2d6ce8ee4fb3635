"""Claim rules about people: ages that date an article, occupations, organizations, awards,
and descriptors that name one of several people. Small hand-written texts, fictional people."""
from __future__ import annotations

import datetime as dt

from storyweave.model import Article
from storyweave.prepare import prepare
from storyweave.understand import understand

from .analysis_helpers import claims_as_text


def _analysis(text: str):
    return understand([prepare(Article(text=text, path="t.txt", title=text.split("\n")[0]))])[0]


def _facts(text: str, predicate: str) -> set[tuple]:
    return {(s, o) for s, p, o, _ in claims_as_text(_analysis(text)) if p == predicate}


OBITUARY = ("Marian Holt dies at 77\n\n"
            "Marian Holt, the stage designer whose sets toured Europe, died Tuesday, "
            "March 10, at the age of 77, her family said. Her sets were first shown in 1986.\n\n"
            "Holt was born in Truro on June 2, 1931.\n")


def test_claims_dating_age_and_birth_date_date_an_undated_article():
    analysis = _analysis(OBITUARY)
    published = analysis.document.published
    # 77 years old, born 2 June 1931: written between 2 June 2008 and 1 June 2009; in that
    # window only 10 March 2009 is a Tuesday, and a weekday names a day within a month
    assert (published.earliest, published.latest, published.source) == \
        (dt.date(2009, 2, 7), dt.date(2009, 4, 10), "ages")
    [death] = [c for c in analysis.claims if c.predicate == "date_of_death"]
    assert (death.time.earliest, death.time.latest) == (dt.date(2009, 3, 10), dt.date(2009, 3, 10))


def test_claims_dating_keeps_a_date_line():
    text = OBITUARY.replace("\n\n", "\n\nPublished July 1, 2030\n\n", 1)
    assert _analysis(text).document.published.source == "dateline"


def test_claims_dating_an_age_without_birth_date_leaves_no_birth_claim():
    text = "Obituary\n\nBram Tolliver died on Monday in Leeds, aged 81.\n"
    analysis = _analysis(text)
    assert analysis.document.published.source == "unknown"
    assert not [c for c in analysis.claims if c.predicate == "date_of_birth"]


def test_claims_age_at_the_age_of_belongs_to_the_subject():
    text = ("Obituary\n\nPublished May 4, 2015\n\n"
            "Bram Tolliver, a retired pilot, died on Monday in Leeds at the age of 81.\n")
    [birth] = [c for c in _analysis(text).claims if c.predicate == "date_of_birth"]
    assert (birth.time.earliest, birth.time.latest) == (dt.date(1933, 5, 5), dt.date(1934, 5, 4))


def test_claims_age_at_a_stated_year_is_the_age_then():
    text = ("Profile\n\nPublished May 4, 2015\n\n"
            "Bram Tolliver retired from flying in 1990 at the age of 60.\n")
    [birth] = [c for c in _analysis(text).claims if c.predicate == "date_of_birth"]
    assert (birth.time.earliest, birth.time.latest) == (dt.date(1929, 1, 2), dt.date(1930, 12, 31))


def test_claims_age_at_a_dated_death_is_read_from_the_death():
    text = ("Obituary\n\nPublished May 4, 2015\n\n"
            "Marian Holt, the stage designer, died on March 3, 2015, aged 77.\n")
    [birth] = [c for c in _analysis(text).claims if c.predicate == "date_of_birth"]
    assert (birth.time.earliest, birth.time.latest) == (dt.date(1937, 3, 4), dt.date(1938, 3, 3))


def test_claims_occupation_from_apposition_and_title():
    text = ("Report\n\nIt prompted Teodor Brask, a detective with the harbour police, to act. "
            "Longtime agent Wilma Ostrand said nothing. "
            "Ruth Kaye, local executive director of the Tidewater Fund, declined to comment.\n")
    found = _facts(text, "occupation")
    assert {("Teodor Brask", "detective"), ("Wilma Ostrand", "agent"),
            ("Ruth Kaye", "executive director")} <= found  # the kind of director is kept


def test_claims_evaluative_nouns_are_no_occupation():
    text = ("Profile\n\nThe world-famous performer Lio Marchetti is a singer. "
            "The star Ana Velde smiled.\n")
    found = _facts(text, "occupation")
    assert ("Lio Marchetti", "performer") not in found and ("Ana Velde", "star") not in found


def test_claims_employer_unit_is_named_by_its_organization():
    text = ("Report\n\nTeodor Brask, a detective with the Northern Division of the Kessel "
            "Police Department, spoke on Monday.\n")
    assert ("Teodor Brask", "Kessel Police Department") in _facts(text, "employer")


def test_claims_organization_without_leading_the():
    text = "Report\n\nMira Lund has worked for the Hearthstone Network since 2013.\n"
    assert ("Mira Lund", "Hearthstone Network") in _facts(text, "employer")


def test_claims_award_given_to_someone():
    text = "Report\n\nThe series won Mira Lund a Daytime Emmy Award in 2020.\n"
    assert ("Mira Lund", "Daytime Emmy Award") in _facts(text, "award_received")


def test_claims_award_shared_with_someone():
    text = ("Report\n\nBo Kessler, an 11-year veteran, shared the team's Most Valuable Player "
            "Award with quarterback Dan Ames this season.\n")
    found = _facts(text, "award_received")
    assert {("Bo Kessler", "Most Valuable Player Award"),
            ("Dan Ames", "Most Valuable Player Award")} <= found


def test_claims_award_as_a_title():
    text = "Report\n\nBo Kessler, a three-time Pro Bowl nose tackle, was stopped on Sunday.\n"
    assert ("Bo Kessler", "Pro Bowl") in _facts(text, "award_received")


def test_claims_award_nomination_is_no_award():
    text = "Report\n\nMira Lund was nominated for a Daytime Emmy Award in 2020.\n"
    assert not _facts(text, "award_received")


def test_claims_first_husband_is_not_the_salient_man():
    text = ("Profile\n\nAgent Hal Brisco said Nell Tamsin died on Friday. "
            "She moved to Leeds with her first husband. They divorced in 1947.\n")
    analysis = _analysis(text)
    assert not [c for c in analysis.claims if c.predicate in ("spouse", "divorce")
                and "Hal Brisco" in {m.text for m in analysis.mentions if m.entity == c.object}]


def test_claims_descriptor_beside_a_name_is_that_person():
    text = ("Profile\n\nThe tour was pushed along by Dalia Marsh, Ben Ivers's younger sister "
            "and the band's bassist, who teaches music.\n")
    found = _facts(text, "occupation")
    assert ("Ben Ivers", "bassist") not in found


def test_claims_is_married_to():
    text = "Profile\n\nPaul Brenner is married to Alexa Colvin, a former councillor.\n"
    assert ("Paul Brenner", "Alexa Colvin") in _facts(text, "spouse")


def test_claims_married_a_role_noun_with_a_name():
    text = "Profile\n\nMarta Holm married the architect Jacques Belmont in 1952.\n"
    assert ("Marta Holm", "Jacques Belmont") in _facts(text, "spouse")


def test_claims_marriage_noun_gives_a_spouse():
    text = "Profile\n\nDavid Thorne was an actor best known for his marriage to Anita Berglund.\n"
    assert ("David Thorne", "Anita Berglund") in _facts(text, "spouse")


def test_claims_listed_children_are_children_and_siblings():
    text = ("Profile\n\nLuis Roldan married Beatrice Dumont, with whom he had three children, "
            "Carla Roldan, Marcel Roldan and Ines Roldan.\n")
    children = _facts(text, "child")
    siblings = {frozenset(p) for p in _facts(text, "sibling")}
    assert ("Beatrice Dumont", "Marcel Roldan") in children
    assert {frozenset({"Carla Roldan", "Ines Roldan"}),
            frozenset({"Marcel Roldan", "Ines Roldan"})} <= siblings


def test_claims_listed_children_never_parent_each_other():
    text = "Profile\n\nThey have three children: Paul, Nicolas and Charles.\n"
    assert not _facts(text, "child")


def test_claims_son_of():
    text = "Profile\n\nPeter Vance Jr. is a banker. He is the eldest son of Peter Vance Sr.\n"
    assert ("Peter Vance Sr", "Peter Vance Jr.") in _facts(text, "child")


def test_claims_occupation_from_a_career():
    text = ("Profile\n\nNora Quist moved to Bergen in 1950. Her teaching career was short. "
            "Her acting career stalled, and her career as a pilot began in 1960.")
    assert _facts(text, "occupation") == {("Nora Quist", "teacher"), ("Nora Quist", "actor"),
                                          ("Nora Quist", "pilot")}


def test_claims_career_without_a_job_word_is_no_occupation():
    text = "Profile\n\nNora Quist moved to Bergen in 1950. Her long career ended in 1990."
    assert not _facts(text, "occupation")


def test_claims_office_titles_before_a_name_are_occupations():
    text = ("Report\n\nGov. Patricia Alvord spoke on Monday. Attorney General Simone Achterberg "
            "replied. State Sen. Owen Reyhart smiled.")
    jobs = _facts(text, "occupation")
    assert {("Patricia Alvord", "governor"), ("Simone Achterberg", "attorney general"),
            ("Owen Reyhart", "senator")} <= jobs


def test_claims_field_of_a_science_is_part_of_the_job():
    text = ("Report\n\nAugustin Tillerman was a marine biologist. “That's it,” said Ingram "
            "Sowell, a political scientist at Marrowgate College. Ana Cole, a senior scientist "
            "at a lab, spoke too.")
    jobs = _facts(text, "occupation")
    assert {("Augustin Tillerman", "marine biologist"), ("Ingram Sowell", "political scientist"),
            ("Ana Cole", "scientist")} <= jobs


def test_claims_place_born_descriptor_names_the_birthplace():
    text = ("Profile\n\nIlse Marrow, the Ardnacross-born chef who won the prize, opened a "
            "restaurant. Her partner, the Jamaican-born painter Joost Fenby, designed it.")
    places = _facts(text, "place_of_birth")
    assert ("Ilse Marrow", "Ardnacross") in places
    assert not [o for s, o in places if "jamaica" in o.lower()]


def test_claims_descriptor_job_needs_the_writers_repeated_epithet():
    once = ("Profile\n\nIlse Marrow opened a bistro in Fenby. Joost Quill ate there on Monday. "
            "The chef said the menu would change.")
    twice = once + " Later the chef laughed."
    assert not _facts(once, "occupation")
    assert ("Ilse Marrow", "chef") in _facts(twice, "occupation") or \
        ("Joost Quill", "chef") in _facts(twice, "occupation")


def test_claims_age_beside_a_birth_date_in_one_sentence_dates_the_article():
    text = ("Hometown Doctor\n\nThe clinic opened in 2010. Ilse Quill, 51, was born Oct. 26, "
            "1961, in Fenby.\n")
    published = _analysis(text).document.published
    assert (published.earliest, published.latest, published.source) == \
        (dt.date(2012, 10, 26), dt.date(2013, 10, 25), "ages")
