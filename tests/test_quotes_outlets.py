"""Outlet attribution: told X, interview with X, on Instagram, according to X, the publication."""
import pytest

from storyweave.understand.nlp import load_nlp
from storyweave.understand.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _outlets(nlp, text: str) -> list[str | None]:
    return [q.outlet for q in find_quotes(nlp(text))]


def test_quotes_outlet_told(nlp):
    assert _outlets(nlp, "“We never stopped writing songs,” Dana Whitfield told Harbor Weekly.") \
        == ["Harbor Weekly"]


def test_quotes_outlet_interview_with(nlp):
    text = "“It is really important to stay partners,” she said in an interview with Harbor Weekly."
    assert _outlets(nlp, text) == ["Harbor Weekly"]


def test_quotes_outlet_on_instagram(nlp):
    text = 'Kira Vance wrote on Instagram, "We are shocked and heartbroken by the news."'
    assert _outlets(nlp, text) == ["Instagram"]


def test_quotes_outlet_on_weekday_is_not_outlet(nlp):
    assert _outlets(nlp, "“The show goes on next month,” Kira Vance said on Tuesday.") == [None]


def test_quotes_outlet_according_to(nlp):
    text = "“The tour starts in May across the coast,” said Ivo Brandt, according to Meridian Post."
    assert _outlets(nlp, text) == ["Meridian Post"]


def test_quotes_outlet_told_person_is_not_outlet(nlp):
    assert _outlets(nlp, "“We will win this match,” Ivo Brandt told Dana Whitfield.") == [None]


def test_quotes_outlet_the_publication_resolves(nlp):
    text = ("Ivo Brandt sat down for an interview with Harbor Weekly this month.\n\n"
            "“Touring with my kids keeps me grounded,” he told the publication.")
    [q] = find_quotes(nlp(text))
    assert (q.outlet, q.outlet_ref) == ("Harbor Weekly", "the publication")
    assert text[q.outlet_start:q.outlet_end] == "Harbor Weekly"


def test_quotes_outlet_the_publication_unresolved(nlp):
    [q] = find_quotes(nlp("“We keep it simple at home,” he told the magazine."))
    assert (q.outlet, q.outlet_ref) == (None, "the magazine")


def test_quotes_outlet_interview_frames_later_quotes(nlp):
    text = ("Tomas Reyes recently sat down for an exclusive interview with Harbor Weekly.\n\n"
            "He spoke about his family.\n\n"
            "“My daughter is funnier than I am,” Reyes said.")
    assert _outlets(nlp, text) == ["Harbor Weekly"]


def test_quotes_outlet_speaking_to_carries_in_paragraph(nlp):
    text = ("Speaking of his wife to Meridian Post, Ivo Brandt said she was his anchor. "
            "He stated, “Being a good partner is about listening every day.”")
    assert _outlets(nlp, text) == ["Meridian Post"]


def test_quotes_outlet_inherited_with_continuation(nlp):
    text = ("“We started the band in a garage,” Tomas Reyes told Harbor Weekly.\n\n"
            "“Nobody came to our first shows, but we kept playing.”")
    assert _outlets(nlp, text) == ["Harbor Weekly", "Harbor Weekly"]


def test_quotes_outlet_told_the_wire_service(nlp):
    text = "Tova Lind told the AP on Thursday, “She was a remarkable neighbour to all of us.”"
    assert _outlets(nlp, text) == ["AP"]


def test_quotes_outlet_told_the_crowd_is_no_outlet(nlp):
    text = "“We will rebuild the harbour wall,” Tova Lind told the crowd on Friday."
    assert _outlets(nlp, text) == [None]


def test_quotes_outlet_posted_on_a_platform_after_other_words(nlp):
    text = "“Somewhere with cold water,” she wrote in a reply to a fan on Instagram."
    assert _outlets(nlp, text) == ["Instagram"]
    other = "“Somewhere with cold water,” she wrote in a note to the council on Harbor Day."
    assert _outlets(nlp, other) == [None]


def test_quotes_outlet_carried_by_a_continuing_cue(nlp):
    text = ("“I had a notebook and a coffee,” Tova Lind told Harbor Weekly.\n\n"
            "Advertisement\n\n“Watching her cook is a joy every single day,” she continued.")
    assert _outlets(nlp, text) == ["Harbor Weekly", "Harbor Weekly"]


def test_quotes_outlet_is_the_network_of_a_host_but_the_show_itself(nlp):
    assert _outlets(nlp, "“We are ready for it,” Tova Lind told KRTV's Anna Cole.") == ["KRTV"]
    assert _outlets(nlp, "“We are ready for it,” Tova Lind said on KRTV's Morning Show.") \
        == ["Morning Show"]
    assert _outlets(nlp, "Interviewed on Finwire TV's Street Signals, Tova Lind said the "
                         "move was “the hardest phone call of my career”.") == ["Street Signals"]
    assert _outlets(nlp, "“We are ready for it,” Tova Lind told Tom Baye's daughter.") == [None]


def test_quotes_outlet_that_published_the_interview(nlp):
    text = ("Tova Lind said in an interview published Sunday by the Harbor Gazette that “we "
            "are ready for anything.”")
    assert _outlets(nlp, text) == ["Harbor Gazette"]


def test_quotes_outlet_told_a_one_word_title_no_person_has(nlp):
    assert _outlets(nlp, "“We looked at everybody,” executive producer Shona Lyall told "
                         "Screenline.") == ["Screenline"]
    assert _outlets(nlp, "“I am happy,” Ana Cole told Bradley Cooper.") == [None]


def test_quotes_outlet_told_a_paper_named_after_its_town(nlp):
    text = ("“He came here to be nobody,” his son Hugh Brannock, a boatbuilder, told the "
            "Wickham Shore Beacon on Wednesday.")
    assert _outlets(nlp, text) == ["Wickham Shore Beacon"]


def test_quotes_outlet_speaking_on_a_show(nlp):
    text = ("Speaking on Morning Brew earlier today, the actor admitted he could not believe "
            "it: “My daughter rang me at six in the morning.”")
    assert _outlets(nlp, text) == ["Morning Brew"]


def test_quotes_outlet_a_speaker_told_earlier_carries_to_her_later_quotes():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Tributes\n\nHis daughter, Carol Ashby, told the Valley Echo that her "
                     "father never lost his love of the valley.\n\nThe club's chairman, Tom "
                     "Reed, spoke at the ground.\n\n\"We knew people loved him,\" Carol Ashby "
                     "said. \"He was a hero,\" Reed said.")
    outlets = {(q.speaker, q.outlet) for q in a.quotes}
    assert outlets == {(key_of(a, "Carol Ashby"), "Valley Echo"), (key_of(a, "Tom Reed"), None)}


def test_quotes_outlet_posted_with_a_participle(nlp):
    text = ("On Tuesday he shared a picture in his new shirt, writing on Instagram: “New "
            "chapter, same kid.”\n\nHis sister Anna Price led the tributes, posting a photo "
            "of him on Facebook with the words: “Goodnight, brother.”")
    assert _outlets(nlp, text) == ["Instagram", "Facebook"]


def test_quotes_outlet_told_a_programme_by_its_name(nlp):
    text = ("Maren Holloway told the books programme Bookmarks on Radio Harlaw that the book "
            "was done. “I write next to my life,” she said.")
    assert _outlets(nlp, text) == ["Bookmarks"]
    text = ("Her lab has a rule she described in an interview with the podcast The Bond Angle: "
            "“Nobody gets shouted at for a failed reaction.”")
    assert _outlets(nlp, text) == ["The Bond Angle"]


def test_quotes_outlet_a_statement_released_through_a_body(nlp):
    text = ("His family said in a statement released through Calverley City that he had died "
            "peacefully.\n\n“He died holding Mum's hand,” his daughter, Carol Ashby, said in "
            "the statement.")
    assert _outlets(nlp, text) == ["Calverley City"]
    assert _outlets(nlp, "“We are sad,” Tom Reed told the Valley Echo. “He was kind,” Carol "
                         "Ashby said in the statement.") == ["Valley Echo", None]


def test_quotes_outlet_told_a_station_presenter(nlp):
    text = ("Anna Price has told Wave 104.2 breakfast presenter Tom Reed she was delighted. "
            "“I didn't dare believe it,” she said.")
    assert _outlets(nlp, text) == ["Wave 104.2"]
    assert _outlets(nlp, "“It went well,” Anna Price told Channel 4 anchor Tom Reed.") \
        == ["Channel 4"]


def test_quotes_outlet_a_written_quote_takes_the_platform_just_named(nlp):
    text = ("The singer broke the news to her 3 million Instagram followers with a photo.\n\n"
            "“Our little rainbow is on the way,” she wrote.\n\n“We are happy,” she said later "
            "at a concert.")
    assert _outlets(nlp, text) == ["Instagram", None]


def test_quotes_outlet_a_profile_present_tense_is_not_an_earlier_told_outlet():
    from tests.analysis_helpers import analyse_text, key_of
    a = analyse_text("Profile\n\n“I went to industry to see what chemistry costs,” Anna Price "
                     "told Northstar Wire on Wednesday.\n\nShe shrugs at the fuss.\n\n“The prize "
                     "is lovely,” Price says. “But the water doesn't know I won it.”")
    assert [q.outlet for q in a.quotes] == ["Northstar Wire", None, None]


def test_quotes_outlet_the_publication_itself_by_its_short_name_or_this_newspaper():
    from tests.analysis_helpers import analyse_text
    text = ("Local Lad Lands Lead\n\n“I picked up and she said don't tell Mom,” Tom Reed told "
            "this newspaper.\n\n“Tollbridge is where I learned it,” Anna Price told the "
            "Gazette by phone.\n\n(c) 2025 The Tollbridge Gazette. All rights reserved.\n")
    a = analyse_text(text)
    assert a.document.outlet == "The Tollbridge Gazette"
    assert [q.outlet for q in a.quotes] == ["The Tollbridge Gazette"] * 2
