"""Speaker and cue attribution on small invented news snippets (fictional people)."""
import pytest

from storyweave.understand.nlp import load_nlp
from storyweave.understand.quotes import QuoteFinding, find_quotes

from .analysis_helpers import analyse_text


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _find(nlp, text: str) -> list[QuoteFinding]:
    return find_quotes(nlp(text), "doc-1")


def test_quotes_speaker_after_name(nlp):
    [q] = _find(nlp, "“We are building something that lasts,” Dana Whitfield said on Monday.")
    assert (q.text, q.speaker, q.speaker_kind) == ("We are building something that lasts",
                                                   "Dana Whitfield", "name")
    assert q.document == "doc-1" and q.cue_start is not None


def test_quotes_speaker_after_inverted_descriptor(nlp):
    [q] = _find(nlp, "“The road was long and cold for all of us,” said the All Night singer.")
    assert (q.speaker, q.speaker_kind) == ("the All Night singer", "descriptor")


def test_quotes_speaker_descriptor_with_age_apposition(nlp):
    [q] = _find(nlp, "“Parenthood changes how you see your partner,” the actor, 41, explained.")
    assert q.speaker == "the actor"


def test_quotes_speaker_before_comma_and_colon(nlp):
    a, b = _find(nlp, 'Marcus Hale said, "The plan is ready for the council." '
                      "Later he added: “We will vote on it next week.”")
    assert a.speaker == "Marcus Hale" and b.speaker == "he" and b.speaker_kind == "pronoun"


def test_quotes_speaker_in_the_middle_splits_and_inherits(nlp):
    a, b = _find(nlp, "“I was nervous before the show,” she said. “Then the crowd sang along.”")
    assert a.speaker == b.speaker == "she"
    assert not a.inherited and b.inherited and a.cue_start == b.cue_start


def test_quotes_continued_cue(nlp):
    qs = _find(nlp, "“The first year was hard for the whole family,” she continued. "
                    "“But we learned to laugh about it.”")
    assert qs[0].speaker == "she" and qs[0].text.startswith("The first year")


def test_quotes_multi_paragraph_inherits_speaker(nlp):
    text = ("“We started the band in a garage,” Tomas Reyes recalled.\n\n"
            "“Nobody came to our first shows, but we kept playing every weekend.”")
    a, b = _find(nlp, text)
    assert b.inherited and b.speaker == "Tomas Reyes" and b.speaker_start == a.speaker_start


def test_quotes_unclosed_paragraph_quote_continues(nlp):
    text = ("Lena Ortiz said, “The harvest came early this year and we were not ready.\n\n"
            "“So the whole village helped us bring it in before the rain.”")
    a, b = _find(nlp, text)
    assert a.speaker == "Lena Ortiz" and b.inherited and b.speaker == "Lena Ortiz"


def test_quotes_nested_quote_kept_inside(nlp):
    [q] = _find(nlp, "“We live by ‘one more song’ every single night,” the drummer joked.")
    assert "‘one more song’" in q.text and q.speaker == "the drummer"


def test_quotes_according_to_person(nlp):
    [q] = _find(nlp, "“The deal will close by spring at the latest,” according to Priya Nand.")
    assert q.speaker == "Priya Nand" and q.outlet is None


def test_quotes_recalled_with_according_to_outlet(nlp):
    [q] = _find(nlp, "“We almost cancelled the whole tour that winter,” recalled Ivo Brandt, "
                     "according to Meridian Post.")
    assert (q.speaker, q.outlet) == ("Ivo Brandt", "Meridian Post")


def test_quotes_period_ends_sentence_before_next_clause(nlp):
    [q] = _find(nlp, 'Nora Lind wrote on Instagram, "We are heartbroken and grateful for you." '
                     "She also posted a photo of the two of them.")
    assert q.speaker == "Nora Lind"


def test_quotes_embedded_quote_uses_sentence_subject(nlp):
    [q] = _find(nlp, "Senator Ruth Caldera said the budget was “a betrayal of every family "
                     "in this state.”")
    assert q.speaker == "Senator Ruth Caldera"


def test_quotes_dash_signature(nlp):
    [q] = _find(nlp, "“We deserve a candidate who listens to our town.” ― Pablo Estrada")
    assert q.speaker == "Pablo Estrada"


def test_quotes_negative_scare_quotes_and_titles(nlp):
    text = ("He called her his “rock” in a new interview. The band played the song "
            "“Night Drive” twice, and she will star in “The Girl With the Silver Kite” next year.")
    assert _find(nlp, text) == []


def test_quotes_negative_inches(nlp):
    assert _find(nlp, 'The 6\'2" guard bought a 12" vinyl of the album on Saturday.') == []


def test_quotes_short_quote_with_adjacent_cue_counts(nlp):
    [q] = _find(nlp, "“Absolutely not,” the coach said.")
    assert q.speaker == "the coach"


def test_quotes_no_cue_no_speaker(nlp):
    [q] = _find(nlp, "The sign on the door read “closed until further notice for repairs” "
                     "all week.")
    assert q.inherited is False


def test_quotes_as_quote_builds_model_type(nlp):
    [q] = _find(nlp, "“We are building something that lasts,” Dana Whitfield said.")
    model = q.as_quote("q1", "e-dana")
    assert (model.span.start, model.speaker, model.cue.document) == (q.start, "e-dana", "doc-1")


def test_quotes_bare_attribution_after_a_finished_sentence(nlp):
    [q] = _find(nlp, "“Her fame kept growing long after she left the stage.” Whitfield said.")
    assert q.speaker == "Whitfield"


def test_quotes_new_sentence_after_a_finished_quote_is_no_attribution(nlp):
    [q] = _find(nlp, "“Her fame kept growing long after she left the stage.” Whitfield then "
                     "moved to Ohio, where she opened a bakery.")
    assert q.speaker is None


def test_quotes_quoted_as_saying_names_the_subject(nlp):
    [q] = _find(nlp, "“I couldn't control my students, especially the boys,” Tova Lind is "
                     "quoted as saying.")
    assert q.speaker == "Tova Lind"


def test_quotes_paragraph_after_a_quote_led_paragraph_keeps_its_speaker(nlp):
    text = ("“These are just two more arrests,” said Tova Lind, director of the Harbor Safety "
            "League, noting that thousands of drivers are convicted every single year in the "
            "county and that most of them are repeat offenders.\n\n"
            "“However, these are public figures. Young people look up to them.”")
    first, second = _find(nlp, text)
    assert first.speaker == second.speaker == "Tova Lind"


def test_quotes_paragraph_after_a_long_narrative_does_not_inherit(nlp):
    text = ("Tova Lind, director of the Harbor Safety League, spoke for an hour about drivers "
            "who are convicted every single year in the county, saying “most are repeat "
            "offenders,” and then she left the hall long before the mayor arrived to speak "
            "about the new harbour wall, the ferry timetable and the budget of the port.\n\n"
            "“However, these are public figures. Young people look up to them.”")
    assert _find(nlp, text)[-1].speaker is None


def test_quotes_colon_after_a_clause_speaks_through_its_subject(nlp):
    [q] = _find(nlp, "Tova Lind was blunt: “We failed the children of this county.”")
    assert q.speaker == "Tova Lind"


def test_quotes_according_to_before_the_quote(nlp):
    [q] = _find(nlp, "According to Tova Lind, “the plan is ready for the whole county.”")
    assert q.speaker == "Tova Lind"


def test_quotes_colon_after_a_thing_gives_no_person_speaker():
    a = analyse_text("Report\n\nThe sign on the door had three words: “Closed for repairs "
                     "today.”")
    assert [q.speaker for q in a.quotes] == [None]


def test_quotes_someones_spokesman_is_not_that_someone():
    a = analyse_text("Report\n\nTova Lind spoke. “We are ready,” said Lind's spokesman, Tom "
                     "Baye. “We are not,” said Lind's spokesman.")
    names = {m.entity: m.text for m in a.mentions if m.kind == "name"}
    assert [names.get(q.speaker) for q in a.quotes] == ["Tom Baye", None]
    boss = analyse_text("Report\n\nTom Baye spoke. “We are ready,” said Tova Lind, Tom Baye's "
                        "boss.")
    boss_names = {m.entity: m.text for m in boss.mentions if m.kind == "name"}
    assert [boss_names.get(q.speaker) for q in boss.quotes] == ["Tova Lind"]


def test_quotes_an_organization_speaks_in_its_statement():
    from tests.analysis_helpers import analyse_text
    a = analyse_text("Tributes\n\nFenby Instruments said in a statement: \"We are devastated by "
                     "the loss of our founder.\" A Fenby Instruments spokesman, Tom Reed, said: "
                     "\"He built this place.\"")
    speakers = [q.speaker for q in a.quotes]
    assert speakers[0] == "organization:fenby instruments"
    assert speakers[1] != "organization:fenby instruments"


def test_quotes_said_colon_closing_a_paragraph_attributes_the_next():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Local Lad\n\nBack home, his younger brother Douglas Reed, 52, who still runs "
                     "a boat, said:\n\n\"Our mum has been telling the whole street since Sunday.\"")
    assert [q.speaker for q in a.quotes] == [key_of(a, "Douglas Reed")]


def test_quotes_the_club_said_is_the_club_named_before_never_a_person():
    from tests.analysis_helpers import analyse_text
    club = analyse_text("Transfer\n\nTom Reed left Fenby United on Friday. \"He leaves as one of "
                        "the great servants of this club,\" the club said.")
    nobody = analyse_text("Transfer\n\nAnna Price praised Tom Reed, the company's longest-"
                          "serving engineer. \"We wish him well in everything he does next,\" "
                          "the company said.")
    assert [q.speaker for q in club.quotes] == ["place:fenby united"]
    assert [q.speaker for q in nobody.quotes] == [None]


def test_quotes_a_common_noun_subject_speaks_through_its_apposed_name():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Family\n\nThe couple's younger child, Bella Reed, 24, a nursery teacher, "
                     "described her brother as \"the soppiest man in professional football.\"")
    assert [q.speaker for q in a.quotes] == [key_of(a, "Bella Reed")]


def test_quotes_what_the_midfielder_called_is_his_words():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Transfer\n\nTom Reed signed a five-year deal on Friday to cap what the "
                     "midfielder called \"the best week of my whole life.\"")
    assert [q.speaker for q in a.quotes] == [key_of(a, "Tom Reed")]


def test_quotes_he_said_after_a_named_report_is_the_reporter():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Hometown hero\n\nLuca Reed scored twice on Saturday. Reed, 29, signed "
                     "for Northwold on Friday. He will move in July.\n\nReed's father, Martin "
                     "Reed, a retired postman, said his son had always been the same quiet boy."
                     "\n\n\"He used to do keepy-uppies against our back wall until it was too dark "
                     "to see,\" he said. \"The neighbours complained for ten years.\"")
    assert {q.speaker for q in a.quotes} == {key_of(a, "Martin Reed")}


QA = ("Profile\n\nMara Quill took over the bakery chain in May. She says the job is the hardest "
      "she has had.\n\nHarbourline: Why leave the old firm?\n\nQuill: Because the job I wanted "
      "was here.\n\nHarbourline: How did you tell your boss?\n\nQuill: In person, in his office."
      "\n\n\"I don't believe in speeches,\" she says.\n\nNote: prices vary by store.")


def test_quotes_interview_answers_are_the_interviewees_words():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text(QA)
    answers = [(q.text, q.speaker, q.outlet) for q in a.quotes]
    quill = key_of(a, "Mara Quill")
    assert answers == [("Because the job I wanted was here.", quill, "Harbourline"),
                       ("In person, in his office.", quill, "Harbourline"),
                       ("I don't believe in speeches", quill, "Harbourline")]


def test_quotes_label_lines_without_questions_are_no_interview():
    from tests.analysis_helpers import analyse_text
    a = analyse_text("Menu\n\nThe bakery opened on Monday.\n\nNote: prices vary by store.\n\n"
                     "Hours: daily from seven until six.")
    assert a.quotes == []
