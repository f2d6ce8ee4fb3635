"""Boilerplate rules on small invented articles (fictional people, invented outlets)."""
from __future__ import annotations

from storyweave.clean.boilerplate import find_boilerplate

TITLE = "Mara Quill Opens Her Bakery In Port Ellis"
PARA = ("Mara Quill, the pastry chef from Port Ellis, opened her first bakery on Main Street "
        "last week after years of selling bread at the farmers market.")
PARA2 = "Her brother Tomas Quill said the line stretched around the block on the first morning."


def article(*lines: str, title: str = TITLE) -> str:
    return "\n\n".join([title, PARA, *lines, PARA2]) + "\n"


def removed(text: str, title: str | None = TITLE) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in find_boilerplate(text, title)]


def removed_texts(text: str, title: str | None = TITLE) -> list[str]:
    return [t for _, t in removed(text, title)]


def test_clean_plain_article_removes_nothing():
    assert removed(article("She plans to add a second oven next spring.")) == []


def test_clean_offsets_slice_text_and_are_sorted():
    text = article("  Advertisement  ", "RELATED: Port Ellis Bakers Win Award", "Share on Facebook")
    spans = find_boilerplate(text, TITLE)
    assert [text[r.start:r.end] for r in spans] == [r.text for r in spans]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert spans[0].text == "Advertisement"


def test_clean_instagram_embed_and_caption_between_markers():
    text = article("View this post on Instagram", "first loaf of the day",
                   "A post shared by Mara Quill (@maraquill) on")
    assert removed(text) == [("social_embed", "View this post on Instagram"),
                             ("embed_caption", "first loaf of the day"),
                             ("social_embed", "A post shared by Mara Quill (@maraquill) on")]


def test_clean_caption_before_shared_by_without_view_marker():
    text = article("Crumbs everywhere! #bakerylife", "A photo posted by Tomas (@tq) on")
    assert removed_texts(text) == ["Crumbs everywhere! #bakerylife", "A photo posted by Tomas (@tq) on"]


def test_clean_caption_rule_keeps_long_paragraph_before_credit():
    long_para = ("The bakery, which employs six people from the neighbourhood, will also sell coffee "
                 "roasted in the next town, the owner said, adding that prices would stay low for "
                 "the first year while the business finds its customers in the quiet harbour town.")
    text = article(long_para, "A post shared by Mara Quill (@maraquill) on")
    assert removed_texts(text) == ["A post shared by Mara Quill (@maraquill) on"]


def test_clean_view_marker_without_credit_keeps_next_real_paragraph():
    text = article("View this post on Instagram", PARA2.replace("Her", "The"))
    assert removed_texts(text) == ["View this post on Instagram"]


def test_clean_tweet_embed_lines():
    tweet = "Opening day went great pic.twitter.com/AbC123 — Mara Quill (@maraquill) May 2, 2021"
    assert removed(article(tweet)) == [("social_embed", tweet)]


def test_clean_embed_markup_lines():
    lines = ['<tweet tweet-id="123456"><tweet/>.', "Great day at the pier — Tomas (@tq) May 2, 2021</tweet>."]
    assert [r for r, _ in removed(article(*lines))] == ["social_embed", "social_embed"]


def test_clean_tweet_credit_alone_takes_the_tweet_text_above():
    text = article("So proud of my sister today!", "— Tomas Quill (@tq) May 2, 2021")
    assert removed(text) == [("embed_caption", "So proud of my sister today!"),
                             ("social_embed", "— Tomas Quill (@tq) May 2, 2021")]


def test_clean_scroll_and_ad_prompts():
    prompts = ["Continue scrolling to keep reading", "Click the button below to start this article.",
               "Advertisement", "Story continues below", "Skip Ad"]
    assert removed_texts(article(*prompts)) == prompts


def test_clean_ad_label_glued_to_paragraph_removes_only_the_label():
    text = article("Advertisement The oven was built by a local mason in one week.")
    assert removed_texts(text) == ["Advertisement "]


def test_clean_sentence_about_advertising_is_kept():
    assert removed(article("Advertisement spending in the town rose last year.")) == []


def test_clean_teaser_prefixes_any_case():
    teasers = ["RELATED: Ten Breads To Bake This Winter", "Next: Port Ellis Gets A New Pier",
               "PREVIOUSLY: Chef Quits Hotel Kitchen", "Read More: The Best Rye In Town",
               "MORE: Harbour Festival Returns", "See also: Flour Prices Climb",
               "WATCH: A Day In The Bakery"]
    assert [r for r, _ in removed(article(*teasers))] == ["teaser"] * len(teasers)


def test_clean_sentence_with_colon_later_is_not_a_teaser():
    assert removed(article("Next week she will add cakes: chocolate, lemon and plum.")) == []


def test_clean_trailing_headlines_with_footer():
    text = "\n\n".join([TITLE, PARA, PARA2, "NEXT: Harbour Town Votes On Parking",
                        "Local Fisherman Wins Big At County Fair", "More in Food"]) + "\n"
    assert removed(text) == [("teaser", "NEXT: Harbour Town Votes On Parking"),
                             ("teaser_headline", "Local Fisherman Wins Big At County Fair"),
                             ("more_footer", "More in Food")]


def test_clean_single_title_case_closing_line_is_kept():
    text = "\n\n".join([TITLE, PARA, PARA2, "Tomas Quill Contributed Reporting From Port Ellis"])
    assert removed(text) == []


def test_clean_headline_in_the_middle_is_kept():
    text = article("Why The Harbour Town Loves Sourdough")
    assert removed(text) == []


def test_clean_more_from_footer_anywhere():
    assert removed_texts(article("More from The Harbour Gazette")) == ["More from The Harbour Gazette"]


def test_clean_more_sentence_is_not_footer():
    assert removed(article("More in the town are now baking at home.")) == []


def test_clean_photo_credit_lines():
    credits = ["Photo: Tomas Quill", "Image credit: Harbour Gazette", "Credit: Lena Ortiz",
               "(Photo by Lena Ortiz/Getty Images)", "Lena Ortiz/Reuters."]
    assert [r for r, _ in removed(article(*credits))] == ["photo_credit"] * len(credits)


def test_clean_inline_photo_credit_removes_only_parenthesis():
    line = "Mara Quill at her counter. (Photo by Lena Ortiz/Getty Images)"
    assert removed_texts(article(line)) == ["(Photo by Lena Ortiz/Getty Images)"]


def test_clean_sentence_about_photos_is_kept():
    assert removed(article("Photos by Lena Ortiz were shown at the opening.")) == []


def test_clean_newsletter_prompts():
    lines = ["Sign up for our free daily newsletter", "Subscribe to the Harbour Gazette"]
    assert [r for r, _ in removed(article(*lines))] == ["newsletter", "newsletter"]


def test_clean_sign_up_sentence_without_newsletter_cue_is_kept():
    assert removed(article("Sign up sheets for the baking class filled within an hour.")) == []


def test_clean_share_button_rows():
    rows = ["Share on Facebook", "Tweet", "Email", "Share | Tweet | Email | Print"]
    assert [r for r, _ in removed(article(*rows))] == ["share_buttons"] * len(rows)


def test_clean_share_word_in_sentence_is_kept():
    assert removed(article("Email orders will open next month.")) == []


def test_clean_repeated_title_as_first_body_line():
    text = "\n\n".join([TITLE, TITLE.upper() + ".", PARA]) + "\n"
    assert removed(text) == [("repeated_title", TITLE.upper() + ".")]


def test_clean_title_line_itself_is_kept():
    assert removed(article()) == []
    assert removed(article(), title=None) == []


def test_clean_date_and_byline_lines_are_kept():
    text = article("By Lena Ortiz", "Published March 3, 2021", "Updated: 03/03/2021 11:20 AM")
    assert removed(text) == []
