"""Person mentions and document-local clusters: names, name parts, handles, birth names."""
from __future__ import annotations

from .analysis_helpers import analyse_text, cluster_names, key_of


def test_mentions_surname_and_first_name_join_the_full_name():
    a = analyse_text("Chef Opens Bistro\n\nMarisol Quenby opened a bistro. Quenby said the menu "
                     "changes weekly, and Marisol tastes every sauce herself.")
    assert cluster_names(a)[key_of(a, "Marisol Quenby")] >= {"Marisol Quenby", "Quenby", "Marisol"}


def test_mentions_surname_tagged_as_organization_is_the_person():
    a = analyse_text("Visit\n\nDorian Kessel toured the plant on Monday. Kessel later met the "
                     "workers, and Kessel thanked them.")
    assert "Kessel" in cluster_names(a)[key_of(a, "Dorian Kessel")]


def test_mentions_two_people_with_one_surname_keep_the_surname_ambiguous():
    a = analyse_text("Family Firm\n\nJohn Smith and Jane Smith run the shop. Smith said sales "
                     "rose last year.")
    names = cluster_names(a)
    assert key_of(a, "John Smith") != key_of(a, "Jane Smith")
    assert all("Smith" not in n for n in names.values())  # nobody owns the bare surname


def test_mentions_short_form_of_first_name_is_the_same_person():
    a = analyse_text("Profile\n\nSamantha Ortiz grew up in Tucson. Sam Ortiz now runs a bakery "
                     "and Sam still bakes at dawn.")
    assert key_of(a, "Samantha Ortiz") == key_of(a, "Sam Ortiz")


def test_mentions_birth_name_after_actually_named():
    a = analyse_text("Stage Name\n\nThe singer Rio Vance, actually named Roberto Ivan Vasquez, "
                     "chose his stage name at sixteen.")
    births = [m for m in a.mentions if m.kind == "birth_name"]
    assert [m.text for m in births] == ["Roberto Ivan Vasquez"]
    assert births[0].entity == key_of(a, "Rio Vance")


def test_mentions_birth_name_of_a_pronoun_owner():
    a = analyse_text("Stage Name\n\nRio Vance played the hall on Friday. He was born Roberto "
                     "Ivan Vasquez in Tucson.")
    births = [m for m in a.mentions if m.kind == "birth_name"]
    assert births and births[0].entity == key_of(a, "Rio Vance")


def test_mentions_handle_next_to_name_in_a_removed_embed_line():
    text = ("Tour News\n\nRio Vance announced a tour.\n\nView this post on Instagram\n\n"
            "Tour time!\n\nA post shared by Rio Vance (@riovance) on\n\nThe tour starts in May.\n")
    a = analyse_text(text)
    handles = [m for m in a.mentions if m.kind == "handle"]
    assert [h.text for h in handles] == ["@riovance"]
    assert handles[0].entity == key_of(a, "Rio Vance")


def test_mentions_teaser_headline_yields_no_entity():
    text = ("Tour News\n\nRio Vance announced a tour on Monday.\n\n"
            "RELATED: Petra Lindahl Buys A Castle In Scotland\n\nThe tour starts in May.\n")
    a = analyse_text(text)
    assert not any("Lindahl" in m.text for m in a.mentions)


def test_mentions_possessive_and_title_are_cleaned():
    a = analyse_text("Hearing\n\nDr. Ines Falk spoke first. Falk's testimony lasted an hour.")
    names = cluster_names(a)[key_of(a, "Ines Falk")]
    assert "Falk" in names and not any("'s" in n or n.startswith("Dr") for n in names)


def test_mentions_name_after_a_group_noun_is_the_group():
    from storyweave.model import Document
    from storyweave.understand import understand
    text = "Report\n\nThe song is a cover by Kiril Marek of the Bulgarian rock band Brenna Holt.\n"
    analysis = understand([Document(id="d1", path="d1.txt", title="Report", text=text)])[0]
    labels = {m.text: m.label for m in analysis.mentions if m.kind == "name"}
    assert labels.get("Brenna Holt") == "organization"


def test_mentions_name_spelled_by_its_acronym_is_one_organization():
    a = analyse_text("Report\n\nTova Lind, director of Parents Against Speeding Trucks (PAST), "
                     "spoke on Monday. PAST has 300 members.")
    keys = {m.text: m.entity for m in a.mentions if m.label == "organization"}
    assert keys["Parents Against Speeding Trucks"] == keys["PAST"]
    assert keys["PAST"].startswith("organization:")


def test_mentions_parenthesis_that_spells_nothing_is_no_acronym():
    a = analyse_text("Report\n\nTova Lind joined Harbor Shipping Lines (HQ) on Monday.")
    assert not [m for m in a.mentions if m.text == "HQ" and m.label == "organization"
                and m.entity == "organization:harbor shipping lines"]


def test_mentions_organization_tagged_name_that_dies_or_marries_is_a_person():
    for text in ("Ade Okafor died on Monday in Lagos.", "Ade Okafor's wife, Ngozi, spoke.",
                 "Born in Lagos in 1975, Ade Okafor moved to London in 1990."):
        a = analyse_text("Report\n\n" + text)
        assert "Ade Okafor" in {m.text for m in a.mentions if m.label == "person"}, text


def test_mentions_organization_that_announces_stays_an_organization():
    a = analyse_text("Report\n\nAcme Corp announced a merger on Monday.")
    assert {m.text for m in a.mentions if m.label == "organization"} == {"Acme Corp"}


def test_mentions_name_after_a_role_noun_is_a_person_but_not_after_a_verb():
    a = analyse_text("Report\n\nChargers quarterback Philip Rivers threw two touchdowns.")
    assert "Philip Rivers" in {m.text for m in a.mentions if m.label == "person"}
    show = analyse_text("Report\n\nGreta Lindqvist hosts The Long Table on Sundays.")
    assert "The Long Table" not in {m.text for m in show.mentions if m.label == "person"}


def test_mentions_buildings_and_streets_tagged_as_people_are_not_people():
    a = analyse_text("Report\n\nTom Baye walked to Foley Point and down Cutter Lane. The couple "
                     "married at the Eldermoor Congregational Church. Miriam Kosgei taught "
                     "chemistry at Tollbridge High for two years.")
    assert {m.text for m in a.mentions if m.label == "person" and m.kind == "name"} == {"Tom Baye",
                                                                              "Miriam Kosgei"}


def test_mentions_a_lone_name_after_a_kin_noun_is_a_person():
    a = analyse_text("Report\n\nAugustin Tillerman died Tuesday. He is survived by his wife of "
                     "50 years, Margit, and a sister.")
    assert "Margit" in {m.text for m in a.mentions if m.label == "person"}


def test_mentions_headline_words_before_a_name_are_cut():
    a = analyse_text("Ashcombe Remembers Augustin Tillerman\n\nAugustin Tillerman died on "
                     "Tuesday, his family said.")
    assert "Ashcombe Remembers Augustin Tillerman" not in {m.text for m in a.mentions}


def test_mentions_shared_surname_goes_to_the_one_not_introduced_as_kin():
    a = analyse_text("Report\n\nState Sen. Owen Reyhart entered the race on Monday. His wife, "
                     "Dana Reyhart, spoke first. Reyhart thanked the crowd.")
    surname = [m for m in a.mentions if m.text == "Reyhart"]
    assert surname and {m.entity for m in surname} == {key_of(a, "Owen Reyhart")}


def test_mentions_an_upper_case_dateline_is_no_person():
    a = analyse_text("Report\n\nCARVER FALLS - State Sen. Owen Reyhart announced Monday that he "
                     "will run for governor.")
    assert {m.text for m in a.mentions if m.label == "person" and m.kind == "name"} == \
        {"Owen Reyhart"}


def test_mentions_nickname_in_quotes_is_one_person_with_both_first_names():
    a = analyse_text("Harbor mourns\n\nBartholomew \u201cBart\u201d Okonjo died Tuesday. Bart "
                     "Okonjo had taught for decades, and Okonjo never retired.")
    key = key_of(a, "Bart Okonjo")
    assert cluster_names(a)[key] >= {"Bartholomew \u201cBart\u201d Okonjo", "Okonjo"}


def test_mentions_maiden_and_married_name_are_one_woman():
    a = analyse_text("Obituary\n\nPeter Varga met Lena Holt at a dance in 1962. The couple "
                     "married in 1964. Lena Varga, 78, said he never stopped working.")
    assert key_of(a, "Lena Holt") == key_of(a, "Lena Varga") != key_of(a, "Peter Varga")
    assert "Varga" not in cluster_names(a)[key_of(a, "Lena Varga")]


def test_mentions_headline_name_stops_at_the_possessive():
    a = analyse_text("Owen Caskey's Long Road From the Mill Town to the Governor's Race\n\n"
                     "Owen Caskey still keeps his father's electrician's pliers in his desk.")
    assert cluster_names(a)[key_of(a, "Owen Caskey")] == {"Owen Caskey"}


def test_mentions_organization_named_as_a_birthplace_is_a_place():
    a = analyse_text("Profile\n\nOwen Caskey was born in Carver Falls in 1972. He still lives "
                     "near Carver Falls.")
    labels = {m.label for m in a.mentions if m.text == "Carver Falls"}
    assert labels == {"place"}


def test_mentions_parent_named_after_child_of_does_not_own_the_surname():
    a = analyse_text("Report\n\nTheodora Vantreese was nominated. Vantreese, 51, was born in "
                     "1961, the first child of Gaston and Odette Vantreese.")
    assert "Vantreese" in cluster_names(a)[key_of(a, "Theodora Vantreese")]


def test_mentions_broadcaster_and_town_words_are_not_people():
    a = analyse_text("Report\n\nEuan Carrickmore joins Brightwater Television's drama. He has "
                     "lived in Strathlorne for years. Brightwater said filming starts in June, "
                     "and Strathlorne welcomed the news.")
    assert set(cluster_names(a)) == {key_of(a, "Euan Carrickmore")}


def test_mentions_relative_introduced_as_a_child_does_not_own_the_surname():
    a = analyse_text("Report\n\nLuca Brenholt signed on Friday. The Brenholts' younger child, "
                     "Bella Brenholt, 24, is a teacher. \u201cI gave this club everything,\u201d "
                     "Brenholt told reporters.")
    assert "Brenholt" in cluster_names(a)[key_of(a, "Luca Brenholt")]


def test_mentions_irregular_familiar_form_is_the_same_person():
    a = analyse_text("Profile\n\nWilliam Achterberg grew up in Tucson. Bill Achterberg now runs "
                     "a bakery there.")
    assert key_of(a, "William Achterberg") == key_of(a, "Bill Achterberg")


def test_mentions_surname_is_not_the_parent_named_after_child_of():
    a = analyse_text("Doctor Picked\n\nThe mayor picked Dr. Ilse Marrow to run the clinic. "
                     "Marrow, 51, was born in Fenby, the first child of Piet and Greet Marrow. "
                     "Joost Marrow, 48, who runs a ferry, is her younger brother. \"She was "
                     "always bossy,\" Greet Marrow said. Ilse Marrow laughed.")
    surname = [m for m in a.mentions if m.text == "Marrow" and m.kind == "surname"]
    assert surname and {m.entity for m in surname} == {key_of(a, "Ilse Marrow")}



def test_mentions_company_words_name_an_organization():
    from storyweave.understand.people import names_an_organization
    assert names_an_organization("Brennock Instruments") and names_an_organization("Fenby Biologics")
    assert not names_an_organization("Ilse Marrow")


def test_mentions_titles_and_the_bands_name_no_person():
    a = analyse_text("Profile\n\nRoss Halloran played in a punk band, The Dreamboys, before "
                     "acting. He won an award for his short film Frank's Wonderful Life. He is "
                     "married to Elaine Carter.")
    people = {m.text for m in a.mentions if m.label == "person" and m.kind == "name"}
    assert people == {"Ross Halloran", "Elaine Carter"}


def test_mentions_a_nationality_after_son_of_is_no_parent():
    a = analyse_text("Profile\n\nRoss Halloran grew up in Glasgow, the son of Italian immigrants "
                     "who ran an ice cream shop.")
    assert {m.text for m in a.mentions if m.label == "person" and m.kind == "name"} == \
        {"Ross Halloran"}


def test_mentions_a_nickname_a_clause_gives_joins_the_person():
    a = analyse_text("Reed Dies\n\nTom Reed, the fixer the papers nicknamed Suitcase Tom after "
                     "the trial, has died. Ross Halloran, known to fans as Razor Ross, spoke.")
    assert key_of(a, "Tom Reed") == key_of(a, "Suitcase Tom")
    assert key_of(a, "Ross Halloran") == key_of(a, "Razor Ross")


def test_mentions_a_name_given_to_someone_else_stays_apart():
    a = analyse_text("Boxing\n\nAnna Price met the boxer known as Iron Mike in 1990. Tom Reed, "
                     "who named his son Leo Reed, spoke.")
    assert key_of(a, "Anna Price") != key_of(a, "Iron Mike")
    assert key_of(a, "Tom Reed") != key_of(a, "Leo Reed")


def test_mentions_a_shared_surname_is_the_one_introduced_or_in_the_headline():
    a = analyse_text("How Anna Price Broke the Bond\n\nAnna Price, born Anna Rose Hale, was "
                     "awake at dawn. “I was working,” Price says.\n\nTom Price is a senior "
                     "scientist. “It was lovely,” Price says.")
    speakers = [q.speaker for q in a.quotes]
    assert speakers == [key_of(a, "Anna Price")] * 2
    b = analyse_text("Shop Report\n\nJohn Smith and Jane Smith run the shop. Smith said sales "
                     "rose last year.")
    assert all("Smith" not in n for n in cluster_names(b).values())


def test_mentions_a_surname_someone_only_had_before_is_her_mothers():
    a = analyse_text("Baby Joy for Anna\n\nSinger Anna Price, still Anna Holloway to half the "
                     "town, is to become a mother. For her mother, Maren Holloway, the news "
                     "was a long time coming. “I cried,” Mrs Holloway said.")
    assert [q.speaker for q in a.quotes] == [key_of(a, "Maren Holloway")]
