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


def closing(*lines: str) -> str:
    """An article whose page ends with `lines` (footers sit after the last paragraph)."""
    return "\n\n".join([TITLE, PARA, PARA2, *lines]) + "\n"


def test_boilerplate_share_rows_with_x_network():
    rows = ["Share this story: Facebook | WhatsApp | X | Email", "Share on Facebook | Share on X | Email",
            "Share via Telegram | Copy link"]
    kept = ["X marks the spot, she said of the new map.", "Share prices in the town rose."]
    assert removed(article(*rows, *kept)) == [("share_buttons", row) for row in rows]


def test_boilerplate_comment_counters_and_notices():
    lines = ["Comments (58)", "Comments are closed on this article.", "312 comments", "View all comments"]
    kept = ["He said the comments were closed to debate.",
            "Comments are closed to debate, the mayor said."]
    assert removed(article(*lines, *kept)) == [("comments", line) for line in lines]


def test_boilerplate_footer_heading_with_site_or_place():
    heads = ["Most Popular on Harbourline", "Most read on harbourgazette.co.uk",
             "Most Read on Gazette.com", "Trending in Port Ellis"]
    kept = ["Trending in the harbour town are oyster pies.", "Most read the letter twice."]
    assert removed(article(*heads, *kept)) == [("more_footer", head) for head in heads]


def test_boilerplate_topics_row():
    rows = ["Explore more on these topics: Baking | Port Ellis | Small business", "Tags: bakery, harbour"]
    kept = ["Topics: the council discussed parking and rents."]
    assert removed(article(*rows, *kept)) == [("more_footer", row) for row in rows]


def test_boilerplate_sentence_case_list_after_footer_heading():
    items = ["Harbour master rescues seal trapped in lobster pot",
             "Council approves plans for new Quay Street car park", "Letters: The ferry timetable is a mess"]
    assert removed(closing("Most read", *items)) == (
        [("more_footer", "Most read")] + [("teaser_headline", item) for item in items])
    assert removed(closing("She opens at seven every day", "The queue starts at six")) == []


def test_boilerplate_list_after_heading_stops_at_next_paragraph():
    text = article("Trending in Port Ellis", "Fishmonger wins county award after record season",
                   "Pier reopens after storm repairs")
    assert removed_texts(text) == ["Trending in Port Ellis",
                                   "Fishmonger wins county award after record season",
                                   "Pier reopens after storm repairs"]


def test_boilerplate_numbered_list_closing_the_page():
    items = ["1. Ferry fares to rise for third year running",
             "2. Ratings: how every Port Ellis rower fared at the regatta",
             "3. Opinion: the harbour needs a new pier?"]
    assert removed(closing(*items)) == [("teaser_headline", item) for item in items]
    assert removed(closing("1. Preheat the oven.", "2. Knead the dough.", "3. Bake for an hour.")) == []
    assert removed(closing("1. Rye for the regulars", "2. Spelt for the tourists")) == []
    assert removed(closing("2. Rye for the regulars", "3. Spelt for the tourists", "4. Oat for the kids")) == []


def test_boilerplate_wire_and_copyright_lines():
    lines = ["(Reporting by Lena Ortiz; Editing by Tomas Quill)",
             "© 2021 Harbour News Agency. All rights reserved.",
             "Copyright 2022 Gazette Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed."]
    kept = ["The copyright dispute dragged on for years.", "Copyright law changed in 2019, she said.",
            "Reporting by the Gazette found the pier unsafe."]
    assert removed(article(*lines, *kept)) == [
        ("wire_credit", lines[0]), ("copyright", lines[1]), ("copyright", lines[2])]


def test_boilerplate_shoot_file_photo_and_caption_credits():
    credits = ["Photography: Lena Ortiz for Harbour Life", "Styling: Ana Brook. Hair and make-up: Jo Penn",
               "(Gazette file photo by Lena Ortiz)",
               "Mara Quill at her counter on Main Street. Photograph: Lena Ortiz/Harbour Agency",
               "Photograph: Lena Ortiz/Harbour Agency"]
    kept = ["Photography was her first love before baking.",
            "Styled by her sister, she walked onto the stage."]
    assert removed(article(*credits, *kept)) == [("photo_credit", c) for c in credits]


def test_boilerplate_contact_tip_and_submission_prompts():
    prompts = ["Got a story? Email news@harbourgazette.net or call 01234 567 890",
               "Do you have a story for the Gazette? Email tips@harbourgazette.net",
               "Obituaries and death notices may be submitted to obits@harbourgazette.net",
               "Follow Gazette obituaries at harbourgazette.net/obituaries",
               "Log in or register to save this article", "___"]
    kept = ["Do you have a story about the bakery? Tomas asked the crowd.",
            "Follow the harbour path at low tide.", "Sign in to read the new rules, officials urged."]
    assert removed(article(*prompts, *kept)) == [("ui_prompt", p) for p in prompts]


def test_boilerplate_sponsored_lines():
    lines = ["Sponsored: Is your bakery ready for the new card readers? Read the guide",
             "Promoted - Ten ovens compared"]
    kept = ["Sponsored by the council, the fair returns in May."]
    assert removed(article(*lines, *kept)) == [("sponsored", line) for line in lines]


def test_boilerplate_navigation_row():
    nav = "News | Obituaries | Classifieds | Tide Tables | e-Edition"
    kept = ["Published March 3, 2021 | Updated March 4, 2021",
            "By Lena Ortiz | Staff Writer | Harbour Gazette"]
    assert removed(article(nav, *kept)) == [("nav_menu", nav)]


def test_boilerplate_all_caps_kicker_label():
    kept = ["HARBOUR DAYS", "WATCH OUT FOR THE TIDE", "Exclusive deals await shoppers this week."]
    assert removed(article("EXCLUSIVE", "BREAKING NEWS", *kept)) == [
        ("kicker", "EXCLUSIVE"), ("kicker", "BREAKING NEWS")]


def test_boilerplate_instagram_caption_glued_to_handle_after_credit():
    caption = "maraquill First loaf out of the new oven. Here we go"
    text = article("View this post on Instagram", "A post shared by Mara Quill (@maraquill)", caption)
    assert removed(text) == [("social_embed", "View this post on Instagram"),
                             ("social_embed", "A post shared by Mara Quill (@maraquill)"),
                             ("embed_caption", caption)]
    text = article("View this post on Instagram", "A post shared by Mara Quill (@maraquill)",
                   "Mara Quill has since hired two more bakers.")
    assert removed_texts(text) == ["View this post on Instagram", "A post shared by Mara Quill (@maraquill)"]


def test_boilerplate_shopping_credits():
    lines = ["Shop Mara's cover look: Tidewell linen apron, Ortiz & Co earrings, Penn boots",
             "Shop the look: linen apron, wooden peel"]
    kept = ["Shop the look at the market, she said.", "Shop owners on Main Street welcomed the bakery."]
    assert removed(article(*lines, *kept)) == [("shopping", line) for line in lines]


def test_boilerplate_newsletter_call_to_action_at_line_end():
    line = "Harbour Morning: the news that matters to Port Ellis, every day. Sign up"
    kept = ["She decided to sign up.", "Half the town wanted to subscribe."]
    assert removed(article(line, *kept)) == [("newsletter", line)]


def test_boilerplate_page_furniture_lines():
    lines = ["Reuse this content", "Listen to this article (6 min)", "6 min read",
             "Posted in Local News, Business", "Home > News > Port Ellis",
             "Write to Lena Ortiz at lortiz@harbourgazette.com",
             "Corrections & Amplifications: An earlier version misspelled the bakery's name.",
             "The Gazette may earn a commission when you buy through links on our site.",
             "This article appears in the May issue of Harbourline with the headline \"Rise\".",
             "Share or comment on this article",
             "Ad: Port Ellis Savings - hometown rates, hometown service.",
             "For the latest breaking news, follow Harbour Sport on X and Instagram",
             "(c) Harbour Press Association 2022. All rights reserved.",
             "Do you have memories of the bakery? Email newsdesk@harbourgazette.com",
             "Get Harbour Daily, the essential briefing, free in your inbox",
             "Facebook | X | Pinterest | WhatsApp | Email | 112 shares"]
    kept = ["Posted in Port Ellis for two years, she learned to bake at dawn.",
            "Home is where the oven is, she said.",
            "She may earn a commission from the council for the mural."]
    assert [t for t in removed_texts(article(*lines, *kept))] == lines


def test_boilerplate_more_heading_in_capitals_heads_a_list():
    text = article("MORE HARBOUR FOOTBALL", "Hat-trick hero leaves Harwick fans stunned",
                   "Transfer gossip: Port Ellis eye shock swoop for a keeper")
    text = text.replace("\n\n" + PARA2, "")  # the list closes the page
    assert removed_texts(text) == ["MORE HARBOUR FOOTBALL",
                                   "Hat-trick hero leaves Harwick fans stunned",
                                   "Transfer gossip: Port Ellis eye shock swoop for a keeper"]
