"""Characters actors play are no people of the story (fictional actors and shows)."""
from __future__ import annotations

from .analysis_helpers import analyse_text


def _labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in analyse_text(text).mentions if m.kind in ("name", "surname")}


def test_roles_object_of_play_in_a_screen_sentence_is_a_character():
    labels = _labels("Casting News\n\nIona Brack, 44, will play detective Rab Kinnear when the "
                     "police drama returns next year. Kinnear is a loner.")
    assert labels["Rab Kinnear"] == "other" and labels["Iona Brack"] == "person"
    assert labels.get("Kinnear") == "other"


def test_roles_starred_as_a_named_role_is_a_character():
    labels = _labels("Profile\n\nIona Brack spent four series as the warlord Fergus Dunlie in "
                     "the saga Stormhold.")
    assert labels["Fergus Dunlie"] == "other"


def test_roles_a_player_beaten_in_a_match_is_a_person():
    labels = _labels("Tennis\n\nIona Brack played Mara Quist in the final on Sunday and won "
                     "in three sets.")
    assert labels["Mara Quist"] == "person"


def test_roles_known_as_names_a_person():
    labels = _labels("Profile\n\nThe singer, known as Lulu Brack to her fans, played the "
                     "festival on Sunday.")
    assert labels.get("Lulu Brack", "person") == "person"


def test_roles_character_gets_no_claims():
    a = analyse_text("Casting News\n\nIona Brack, 44, will play detective Rab Kinnear in the "
                     "new series. Kinnear is a widower whose daughter, Effie, is a nurse.")
    people = {m.entity for m in a.mentions if m.label == "person"}
    assert all(c.subject in people for c in a.claims)
    assert not [c for c in a.claims if c.predicate == "child"]
