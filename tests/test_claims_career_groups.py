"""Career claims on small invented texts: groups beside their nouns, fronted appositions,
jobs dated by their start and jobs with their field (fictional people and organizations)."""
from __future__ import annotations

from .analysis_helpers import analyse_text, key_of
from .test_claims_career_life import _predicates


def test_claims_a_fronted_apposition_describes_the_name_after_it():
    text = ("Profile\n\nA fellow of the Arland Academy of Family Physicians, Anna Price chaired "
            "its task force. A native of Pelican Reach, Tom Reed earned a degree from Lisle "
            "College.")
    assert _predicates(text, "member_of") == {("Anna Price", "Arland Academy of Family Physicians")}
    assert _predicates(text, "place_of_birth") == {("Tom Reed", "Pelican Reach")}
    assert not _predicates("Report\n\nA friend of Tom Reed, Anna Price said it.", "member_of")


def test_claims_a_party_named_before_the_word_party():
    text = ("Report\n\nSen. Harriet Vance, a member of the president's Liberal Union party, "
            "spoke. Anna Price joined the Green party in 1990.")
    assert _predicates(text, "member_of") == {("Harriet Vance", "Liberal Union"),
                                              ("Anna Price", "Green")}


def test_claims_a_band_is_known_by_the_group_noun_beside_it():
    text = ("Profile\n\nFrom 1985 Tom Reed played bass guitar in The Marram Grass, a four-piece "
            "band. Anna Price quit after her band, The Velvet Hours, fizzled out.")
    assert _predicates(text, "member_of") == {("Tom Reed", "The Marram Grass"),
                                              ("Anna Price", "Velvet Hours")}
    assert _predicates("Report\n\nAnna Price left Acme Corp in 2010.", "employer") == \
        {("Anna Price", "Acme Corp")}


def test_claims_a_birth_name_opening_the_sentence():
    a = analyse_text("Profile\n\nBorn Euan Lachlan Carrickmore in the fishing town of "
                     "Ardlossie, the former musician Euan Carrickmore swapped his bass for the "
                     "stage.")
    assert [(c.subject, c.value) for c in a.claims if c.predicate == "birth_name"] == \
        [(key_of(a, "Euan Carrickmore"), "Euan Lachlan Carrickmore")]


def test_claims_a_job_is_dated_by_its_start_only():
    a = analyse_text("Career\n\nAnna Price joined Tessaro Medical in 2016. Tom Reed has taught at "
                     "Lisle College since 2011. Ross Halloran worked at Acme Corp in 2019. Brenn "
                     "Labs hired Maren Holloway in the spring of 2017.")
    times = {(c.object.split(":")[1], c.time.text if c.time else None)
             for c in a.claims if c.predicate == "employer"}
    assert times == {("tessaro medical", "2016"), ("lisle college", "2011"),
                     ("acme corp", None), ("brenn labs", "the spring of 2017")}
    assert not _predicates("Report\n\n\"Acme Corp hired people who had made mistakes,\" said "
                           "Dorothea Quill.", "employer")  # the hired, not the speaker


def test_claims_an_organization_named_once_is_one_wherever_it_stands():
    a = analyse_text("Move\n\nCassandra Hollowell left Ardent Biologics for Tessaro Medical. "
                     "Tessaro hired her in the spring of 2017, and Tessaro said she had "
                     "transformed its plants.\n\nShe joined Tessaro in 2016 to run a division "
                     "and toured a single plant that set a record quarter.")
    hires = {(c.object, c.time.text) for c in a.claims if c.predicate == "employer" and c.time}
    assert hires == {("organization:tessaro", "the spring of 2017"),
                     ("organization:tessaro", "2016")}  # business words are no band talk
    assert not _predicates("Obituary\n\nAnna Price taught generations of Lisle College "
                           "students.", "educated_at")


def test_claims_a_job_keeps_its_field_but_not_a_name_or_a_state():
    text = ("Report\n\nHealth minister Anna Price resigned. Judith Okonedo, the integrity "
            "commissioner, opened an inquiry. Gwen Tarrant, a piano teacher, spoke. Former Tresk "
            "Colliery FC secretary Norman Quayle, 88, spoke. Dana Reyhart, an emergency room "
            "nurse, spoke. Lorraine Asher, a widowed teacher, spoke.")
    assert _predicates(text, "occupation") == {
        ("Anna Price", "health minister"), ("Judith Okonedo", "integrity commissioner"),
        ("Gwen Tarrant", "piano teacher"), ("Norman Quayle", "secretary"),
        ("Dana Reyhart", "nurse"), ("Lorraine Asher", "teacher")}
