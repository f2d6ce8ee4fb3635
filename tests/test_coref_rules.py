"""Coreference by rules: pronouns, descriptors, quotes' speakers."""
from __future__ import annotations

from .analysis_helpers import analyse_text, claims_as_text, key_of


def _pairs(a, predicate: str) -> set[tuple]:
    return {(c.subject, c.object) for c in a.claims if c.predicate == predicate}


def _refs(a, text: str) -> list[str | None]:
    return [m.entity for m in a.mentions if m.kind in ("pronoun", "descriptor") and m.text == text]


def test_coref_pronoun_goes_to_the_previous_subject_of_its_gender():
    a = analyse_text("Award\n\nNadia Roth won the prize. Her brother Tomas Roth was there. "
                     "Nadia Roth thanked the jury and she said it was a surprise.")
    assert _refs(a, "she")[-1] == key_of(a, "Nadia Roth")


def test_coref_descriptor_noun_used_before_a_name():
    a = analyse_text("Concert\n\nThe singer Lio Marsh played Oslo. Later the crowd sang along "
                     "and the singer wept.")
    assert _refs(a, "the singer")[-1] == key_of(a, "Lio Marsh")


def test_coref_age_descriptor_follows_the_last_person():
    a = analyse_text("Race\n\nPia Kunz won the marathon in Berlin. The 31-year-old ran alone "
                     "for the last ten kilometres.")
    assert _refs(a, "The 31-year-old") == [key_of(a, "Pia Kunz")]


def test_coref_descriptor_is_not_its_own_clause_subject():
    a = analyse_text("Wedding\n\nOmar Reyes married the actress in June. Reyes met Lena Vidal "
                     "on a film set. The actress is 30.")
    refs = _refs(a, "the actress")
    assert refs and refs[0] != key_of(a, "Omar Reyes")


def test_coref_his_wife_is_the_other_member_of_the_couple():
    a = analyse_text("Couple\n\nOmar Reyes and Lena Vidal live in Lisbon. Reyes said his wife "
                     "cooks. Lena Vidal laughed. Reyes agreed.")
    assert _refs(a, "his wife") == [key_of(a, "Lena Vidal")]


def test_coref_quote_speaker_pronoun_skips_names_inside_the_quote():
    a = analyse_text("Interview\n\nMara Lind runs a farm.\n\n“Tom Reed taught me everything,” "
                     "she said.\n")
    [quote] = a.quotes
    assert quote.speaker == key_of(a, "Mara Lind")


def test_coref_possessed_descriptor_is_not_the_person():
    a = analyse_text("Visit\n\nOmar Reyes visited his wife's sister in Porto.")
    assert _refs(a, "his wife") == []


def test_coref_possessive_after_and_belongs_to_the_name_before():
    a = analyse_text("Report\n\nLena Strand was born in 1850, the third child of Anders Strand "
                     "(1801 - 1870) and his wife Sarah Holt (1803 - 1881).")
    spouses = _pairs(a, "spouse")
    assert spouses == {(key_of(a, "Anders Strand"), key_of(a, "Sarah Holt"))}


def test_coref_she_married_him_makes_them_the_couple_of_they():
    a = analyse_text("Report\n\nNora Quist runs a bakery in Bergen. She married Tom Baye in 2010 "
                     "and gave birth to the couple's first child, Ada, in April of 2014.")
    parents = {c.subject for c in a.claims if c.predicate == "child"}
    assert parents == {key_of(a, "Nora Quist"), key_of(a, "Tom Baye")}


def test_coref_gender_cue_after_a_name_counts_for_that_name():
    a = analyse_text("Report\n\nMaren Holt and her husband Ivo Renn opened a bakery. Ivo Renn "
                     "bakes. Maren Holt sells. The pair said they were happy.")
    wives = _pairs(a, "spouse")
    assert wives == {(key_of(a, "Maren Holt"), key_of(a, "Ivo Renn"))}


def test_coref_his_wife_is_never_guessed_among_rivals():
    a = analyse_text("Report\n\nDan Ross attacked Tom Weil on Monday. Tom Weil said he would "
                     "not answer. Dan Ross said he was not sorry. Weil was booed off the stage, "
                     "and his wife was filmed leaving early.")
    assert not [c for c in a.claims if c.predicate == "spouse"]


def test_coref_news_role_descriptor_names_the_speaker():
    a = analyse_text("Report\n\nDr. Ilona Marsh was named health commissioner on Monday. "
                     "Dr. Marsh said the plan was ready. The commissioner added that it was a "
                     "long road.")
    assert _refs(a, "The commissioner") == [key_of(a, "Ilona Marsh")]


def test_coref_role_words_of_an_office_name_are_not_the_persons_job():
    a = analyse_text("Report\n\nCity Attorney spokeswoman Gina Coburn said the case is open.")
    jobs = {c.value for c in a.claims if c.predicate == "occupation"}
    assert jobs == {"spokeswoman"}


def test_coref_two_word_office_is_a_descriptor_but_the_general_public_is_not():
    a = analyse_text("Report\n\nDr. Ilona Marsh was sworn in on Monday. The surgeon general "
                     "spoke first. The general public cheered.")
    assert [(m.text, m.entity) for m in a.mentions if m.kind == "descriptor"] == \
        [("The surgeon general", key_of(a, "Ilona Marsh"))]


def test_coref_relational_descriptor_is_someone_else():
    a = analyse_text("Report\n\nTom Baye spoke at length. Nobody needed to mention the author "
                     "of that boast. The mother of two said she agreed. Ana Lund nodded.")
    assert _refs(a, "the author") == [None]
    assert not {c.value for c in a.claims if c.predicate == "occupation"} & {"author"}


def test_coref_descriptor_after_a_prepositional_phrase_starts_at_its_own_determiner():
    a = analyse_text("Rally\n\nOwen Caskey spoke. He was joined at the podium by his wife, "
                     "Lena, and their two children.")
    assert ("Owen Caskey", "spouse", "Lena", None) in claims_as_text(a)


def test_coref_said_after_a_quote_tells_the_speakers_gender():
    a = analyse_text("Report\n\nPeter Varga met Lena Holt in 1962. The couple raised two "
                     "children, Elise and Anders, by the water. Asked what she would miss, Lena "
                     "Holt, 78, did not hesitate. \u201cThe sand,\u201d she said. \u201cHe "
                     "tracked sand into this house every day.\u201d")
    he = next(m for m in a.mentions if m.text == "He" and m.kind == "pronoun")
    assert he.entity == key_of(a, "Peter Varga")


def test_coref_role_noun_shared_by_two_people_means_the_more_mentioned():
    a = analyse_text("Report\n\nEuan Carrickmore, the Ardlossie-born actor, is the new lead. "
                     "Carrickmore said he was pleased. He succeeds the actor Malcolm Renfrew. "
                     "Carrickmore starts in June, said the actor, smiling.")
    last = [m for m in a.mentions if m.kind == "descriptor" and m.text == "the actor"][-1]
    assert last.entity == key_of(a, "Euan Carrickmore")


def test_coref_spouse_apposition_after_a_duration():
    a = analyse_text("Report\n\nEuan Carrickmore spoke. His wife of more than three decades, "
                     "the film producer Morven Aitchison, could not hide her delight.")
    assert ("Euan Carrickmore", "spouse", "Morven Aitchison", None) in claims_as_text(a)


def test_coref_possessive_after_and_belongs_to_a_first_name_before():
    a = analyse_text("Family\n\nMarta Quill runs the bakery. Her mother, Ines Quill, 82, still "
                     "lives in the house where she raised Marta and her younger brother, Tomas.")
    siblings = _pairs(a, "sibling")
    assert siblings == {(key_of(a, "Marta Quill"), key_of(a, "Tomas"))}


def test_coref_married_to_makes_the_couple_of_the_couple():
    a = analyse_text("Profile\n\nThe actor Rab Kinnear praised Iona Brack on Monday. He has been "
                     "married to the film producer Effie Dunlie since 1991. The couple met in "
                     "1989 on a film set.")
    met = _pairs(a, "first_met")
    assert {tuple(sorted(p)) for p in met} == \
        {tuple(sorted((key_of(a, "Rab Kinnear"), key_of(a, "Effie Dunlie"))))}


def test_coref_compound_job_descriptor_is_apposed_to_the_name_before():
    a = analyse_text("Casting\n\nRab Kinnear got the part. Iona Brack, the show's executive "
                     "producer, said he was the first choice.")
    [desc] = [m for m in a.mentions if m.kind == "descriptor"]
    assert desc.text == "the show's executive producer" and desc.entity == key_of(a, "Iona Brack")


PROFILE = ("Profile\n\nAnna Price runs the lab. She is happiest at a fume hood.\n\nThe prize "
           "has been less comfortable for a chemist who describes herself as shy. On KRTV's The "
           "Early Edition on Thursday, host Tom Reed asked what she would spend the money on. "
           "“A new roof, probably,” she told him.\n\nRoss Halloran, whom she has met only "
           "twice, described her as “fearless” in an email. “She does the boring control "
           "experiment,” he wrote.")


def test_coref_she_the_window_already_means_beats_a_man_not_yet_shown_as_one():
    a = analyse_text(PROFILE)
    anna, tom, ross = (key_of(a, n) for n in ("Anna Price", "Tom Reed", "Ross Halloran"))
    assert [q.speaker for q in a.quotes] == [anna, ross]
    assert _refs(a, "she") == [anna] * 3 and _refs(a, "him") == [tom]


def test_coref_no_gender_from_the_one_asked_or_a_relative_clause_subject():
    a = analyse_text(PROFILE)
    assert _refs(a, "her") == [key_of(a, "Anna Price")]  # Ross is not shown as a woman


def test_coref_he_inside_a_quote_is_not_its_speaker():
    a = analyse_text("Tributes\n\nTom Reed, the footballer, died on Monday. He was 85.\n\n"
                     "“He used to practise heading against the wall,” said his brother, Ross "
                     "Reed, 81. “He never once stopped before the minister did.”")
    assert set(_refs(a, "He")) == {key_of(a, "Tom Reed")}
