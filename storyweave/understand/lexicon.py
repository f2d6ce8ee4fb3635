"""Small closed word lists the rules share: pronouns, titles, gendered nouns, award names.

These are facts about English and about widely known prizes, never about particular articles.
"""
from __future__ import annotations

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})

TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord",
                    "sen", "senator", "rep", "gov", "governor", "president", "judge", "rev",
                    "coach", "officer", "sgt", "capt", "gen", "lt", "col"})

# Capitalized words glued before a name that are not part of it ("Baby Ada", "Little Sam").
NAME_PREFIXES = frozenset({"baby", "little", "big", "young", "old", "uncle", "aunt", "auntie",
                           "grandma", "grandpa", "granny", "cousin", "mama", "papa", "saint"})

FEMALE_NOUNS = frozenset({"wife", "mother", "mom", "mum", "daughter", "sister", "actress",
                          "girlfriend", "fiancee", "fiancée", "bride", "widow", "woman",
                          "grandmother", "aunt", "niece", "mother-of-one", "mother-of-two",
                          "mother-of-three", "mother-of-four", "queen", "princess", "lady"})
MALE_NOUNS = frozenset({"husband", "father", "dad", "son", "brother", "boyfriend", "fiance",
                        "groom", "widower", "man", "grandfather", "uncle", "nephew",
                        "father-of-one", "father-of-two", "father-of-three", "father-of-four",
                        "king", "prince"})
GROUP_NOUNS = frozenset({"couple", "pair", "duo", "family", "parents", "twins"})

# Well-known prizes: canonical name -> short forms used in news text.
AWARDS: dict[str, tuple[str, ...]] = {
    "Academy Award": ("Oscar", "Oscars", "Academy Awards"),
    "Grammy Award": ("Grammy", "Grammys", "Grammy Awards"),
    "Tony Award": ("Tony", "Tonys", "Tony Awards"),
    "Emmy Award": ("Emmy", "Emmys", "Emmy Awards"),
    "Golden Globe Award": ("Golden Globe", "Golden Globes", "Golden Globe Awards"),
    "BAFTA Award": ("BAFTA", "BAFTAs", "BAFTA Awards"),
    "Pulitzer Prize": ("Pulitzer", "Pulitzers", "Pulitzer Prizes"),
    "Nobel Prize": ("Nobel", "Nobel Prizes"),
    "Brit Award": ("Brit", "Brits", "Brit Awards"),
    "Pro Bowl": ("Pro Bowls",),
    "Heisman Trophy": ("Heisman",),
    "Olympic gold medal": ("Olympic gold",),
}

# the head noun of a name says what it names, whatever the tagger thought
# ("the State Highway Patrol" is no place)
INSTITUTION_HEADS = frozenset("""
patrol department office police agency association committee council board commission
bureau service corps court ministry university college school institute foundation company
corporation party union club army navy church hospital museum network bank hall house
""".split())
