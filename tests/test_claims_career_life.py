"""Career and life claim rules on small hand-written sentences about fictional people."""
from __future__ import annotations

from storyweave.model import Document
from storyweave.understand import understand


def _claims(text: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or value) for every claim of one document."""
    doc = Document(id="d1", path="d1.txt", title=text.split("\n")[0], text=text)
    analysis = understand([doc])[0]
    names: dict[str, str] = {}
    for m in analysis.mentions:
        if m.entity and m.kind in ("name", "birth_name"):
            names.setdefault(m.entity, m.text)
    name = lambda key: names.get(key, key)  # noqa: E731
    return {(name(c.subject), c.predicate, name(c.object) if c.object else (c.value or ""))
            for c in analysis.claims}


def _predicates(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _claims(text) if p == predicate}


def test_claims_employer_title_before_name():
    text = "Report\n\nAcme Corporation chief executive Marta Quill said the plant would reopen."
    assert ("Marta Quill", "Acme Corporation") in _predicates(text, "employer")


def test_claims_employer_works_for():
    text = "Report\n\nDaniel Ostrow works for Brightwater Industries in Ohio."
    assert ("Daniel Ostrow", "Brightwater Industries") in _predicates(text, "employer")


def test_claims_employer_appositive_role_with_org():
    text = "Report\n\nTeodor Brask, a detective with the Kessel Police Department, was asked about it."
    pairs = _predicates(text, "employer")
    assert any(s == "Teodor Brask" and "Kessel Police Department" in o for s, o in pairs)


def test_claims_no_employer_for_unrelated_org():
    text = "Report\n\nDaniel Ostrow met a lawyer from Brightwater Industries on Monday."
    assert not _predicates(text, "employer")


def test_claims_educated_at_graduated_from():
    text = "Report\n\nLiora Santangelo graduated from Westmere University in 2004."
    assert ("Liora Santangelo", "Westmere University") in _predicates(text, "educated_at")


def test_claims_educated_at_degree_from():
    text = "Report\n\nLiora Santangelo received a degree from Westmere University in 2004."
    assert ("Liora Santangelo", "Westmere University") in _predicates(text, "educated_at")


def test_claims_place_of_birth_born_in():
    text = "Report\n\nHollis Marburg was born in Chicago in 1950."
    assert ("Hollis Marburg", "Chicago") in _predicates(text, "place_of_birth")


def test_claims_born_in_a_taxi_has_no_place():
    text = "Report\n\nHollis Marburg was born in a taxi in 1950."
    assert not _predicates(text, "place_of_birth")


def test_claims_date_of_death_died_on():
    claims = _claims("Report\n\nHollis Marburg died on March 3, 2011, in Chicago.")
    assert any(p == "date_of_death" and s == "Hollis Marburg" for s, p, _ in claims)


def test_claims_no_death_from_nearly_died():
    claims = _claims("Report\n\nHollis Marburg nearly died on March 3, 2011, in Chicago.")
    assert not any(p == "date_of_death" for _, p, _ in claims)


def test_claims_sibling_possessive_with_name():
    text = "Report\n\nHollis Marburg and his sister Juna Marburg opened a bakery."
    pairs = _predicates(text, "sibling")
    assert ("Hollis Marburg", "Juna Marburg") in pairs or ("Juna Marburg", "Hollis Marburg") in pairs


def test_claims_wifes_sister_is_not_a_wife():
    text = "Report\n\nHollis Marburg greeted his wife's sister, Juna Castell, at the door."
    assert ("Hollis Marburg", "Juna Castell") not in _predicates(text, "spouse")


def test_claims_partner_girlfriend():
    text = "Report\n\nHollis Marburg arrived with his girlfriend, Juna Castell, on Friday."
    assert ("Hollis Marburg", "Juna Castell") in _predicates(text, "partner")


def test_claims_business_partner_is_no_couple():
    text = "Report\n\nHollis Marburg arrived with his business partner, Juna Castell, on Friday."
    assert not _predicates(text, "partner")


def test_claims_divorce_lawyer_is_no_divorce():
    text = "Report\n\nHollis Marburg hired a divorce lawyer, Juna Castell, in 2010."
    assert not _predicates(text, "divorce")


def test_claims_spouse_possessive_husband():
    text = "Report\n\nJuna Castell's husband, Hollis Marburg, was not at the event."
    pairs = _predicates(text, "spouse")
    assert ("Juna Castell", "Hollis Marburg") in pairs or ("Hollis Marburg", "Juna Castell") in pairs


def test_claims_marriage_noun_with_possessor():
    text = "Report\n\nJuna Castell's marriage to Hollis Marburg in 1980 ended in divorce."
    pairs = _predicates(text, "marriage")
    assert ("Juna Castell", "Hollis Marburg") in pairs


def test_claims_member_of_joined_party():
    text = "Report\n\nJuna Castell joined the Green Harbor Party in 1998."
    assert any(s == "Juna Castell" and "Green Harbor Party" in o
               for s, o in _predicates(text, "member_of"))


def test_claims_place_born_compound():
    text = "Report\n\nThe Chicago-born painter Hollis Marburg opened a show on Friday."
    assert ("Hollis Marburg", "Chicago") in _predicates(text, "place_of_birth")


def test_claims_employer_name_of_organization():
    text = "Report\n\nAna Kestrel of Brightwater Corporation said prices would rise.\n"
    assert ("Ana Kestrel", "Brightwater Corporation") in _predicates(text, "employer")


def test_claims_employer_signed_for():
    text = "Report\n\nIn 2005, Martin Olsen signed for Red Bull Salzburg.\n"
    assert ("Martin Olsen", "Red Bull Salzburg") in _predicates(text, "employer")


def test_claims_no_employer_for_a_place_after_of():
    text = "Report\n\nAna Kestrel of Portland said prices would rise.\n"
    assert not _predicates(text, "employer")


def test_claims_member_of_a_team_noun_after_a_copula():
    text = "Report\n\nThe Chargers were the first NFL team to hire a nutritionist."
    assert ("Chargers", "NFL") in _predicates(text, "member_of")


def test_claims_member_of_needs_the_team_noun():
    text = "Report\n\nThe Chargers were the first NFL sponsor of the event."
    assert not _predicates(text, "member_of")


def test_claims_award_to_an_organization_subject():
    passive = "Report\n\nThe Seattle Seahawks were awarded the Kestrel Community Award in 2007."
    assert ("Seattle Seahawks", "Kestrel Community Award") in _predicates(passive, "award_received")


def test_claims_award_title_given_by_crowning_or_naming():
    crowned = "Report\n\nIlona Marsh trained hard. The magazine crowned her Player of the Year."
    assert ("Ilona Marsh", "Player of the Year") in _predicates(crowned, "award_received")
    named = "Report\n\nIlona Marsh was named Coach of the Year after the season."
    assert ("Ilona Marsh", "Coach of the Year") in _predicates(named, "award_received")
    job = "Report\n\nIlona Marsh was named chief executive after the season."
    assert not _predicates(job, "award_received")


def test_claims_institution_of_the_world_is_no_award():
    text = "Report\n\nIlona Marsh was named director of the Museum of the World in 1990."
    assert not _predicates(text, "award_received")


def test_claims_employer_a_persons_ministry():
    text = "Report\n\nInstead, Nora Quist worked full-time for evangelist Billy Graham's ministry."
    assert ("Nora Quist", "Billy Graham's ministry") in _predicates(text, "employer")


def test_claims_life_span_in_parentheses_gives_birth_and_death():
    text = "Report\n\nRamon Idelle (11 September 1911 – 5 February 1971) was a songwriter."
    assert ("Ramon Idelle", "1911-09-11") in {(s, o) for s, p, o in _claims_with_time(text)
                                               if p == "date_of_birth"}
    assert ("Ramon Idelle", "1971-02-05") in {(s, o) for s, p, o in _claims_with_time(text)
                                               if p == "date_of_death"}
    years = "Report\n\nJuna Hale (1931–2008) was a painter."
    assert {(p, o) for s, p, o in _claims_with_time(years) if s == "Juna Hale"} >= \
        {("date_of_birth", "1931-01-01"), ("date_of_death", "2008-01-01")}


def test_claims_other_parentheses_are_no_life_span():
    for aside in ("(Labour)", "(pictured, 2008)", "(2008-2012 mayor)", "(1946 - 1950)"):
        text = f"Report\n\nJuna Hale {aside} won the seat."
        assert not {p for s, p, o in _claims_with_time(text)} & {"date_of_birth", "date_of_death"}


def test_claims_occupation_predicated_by_a_copula_or_work_as():
    text = ("Report\n\nRamon Idelle was an American songwriter, author and composer. "
            "Juna Hale works as a nurse in Leeds. Tova Lind is not a lawyer.")
    jobs = _predicates(text, "occupation")
    assert {("Ramon Idelle", "songwriter"), ("Ramon Idelle", "author"),
            ("Ramon Idelle", "composer"), ("Juna Hale", "nurse")} <= jobs
    assert not {j for j in jobs if j[0] == "Tova Lind"}


def _claims_with_time(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="d1", path="d1.txt", title=text.split("\n")[0], text=text)
    analysis = understand([doc])[0]
    names = {m.entity: m.text for m in analysis.mentions if m.kind == "name" and m.entity}
    return {(names.get(c.subject, c.subject), c.predicate,
             c.time.earliest.isoformat() if c.time and c.time.earliest else "")
            for c in analysis.claims}


def test_claims_death_noun_takes_only_its_own_date():
    text = "Report\n\nJuna Hale returned in 1867 and she remained president until her death."
    assert not {p for s, p, o in _claims_with_time(text)} & {"date_of_death"}
    dated = "Report\n\nJuna Hale's death on 3 May 1990 shocked the town."
    assert ("Juna Hale", "date_of_death", "1990-05-03") in _claims_with_time(dated)


def test_claims_party_is_membership_not_employment():
    text = "Report\n\nEivar Bolstad was a Norwegian politician for the Labour Party."
    assert ("Eivar Bolstad", "Labour Party") in _predicates(text, "member_of")
    assert not _predicates(text, "employer")
    shop = "Report\n\nJuna Hale works for the Party Supply Company in Leeds."
    assert ("Juna Hale", "Party Supply Company") in _predicates(shop, "employer")


def test_claims_fronted_born_phrase_describes_the_subject():
    text = "Report\n\nBorn in Lagos in 1975, Maria Lopez moved to London in 1990."
    found = _claims_with_time(text)
    assert ("Maria Lopez", "date_of_birth", "1975-01-01") in found
    assert ("Maria Lopez", "Lagos") in _predicates(text, "place_of_birth")
    family = "Report\n\nBorn into a poor family, Maria Lopez moved to London in 1990."
    assert not {p for s, p, o in _claims_with_time(family)} & {"date_of_birth"}


def test_claims_pregnancy_loss_of_the_one_subject():
    text = "Report\n\nMaria Lopez suffered a miscarriage in 2020."
    assert ("Maria Lopez", "pregnancy_loss", "2020-01-01") in _claims_with_time(text)
    sorry = "Report\n\nTomas Weil said he was sorry about the miscarriage."
    assert not {p for s, p, o in _claims_with_time(sorry)} & {"pregnancy_loss"}


def test_claims_education_compound_and_honorary_degrees():
    assert ("Tomas Weil", "Harvard") in _predicates(
        "Report\n\nTomas Weil, a Harvard graduate, spoke.", "educated_at")
    assert not _predicates("Report\n\nTomas Weil received an honorary doctorate from Oxford "
                           "University.", "educated_at")


def test_claims_employer_left_and_possessive_role():
    assert ("Maria Lopez", "Google") in _predicates(
        "Report\n\nMaria Lopez left Google in 2019 to found a bakery.", "employer")
    assert ("Maria Lopez", "Ford") in _predicates(
        "Report\n\nMaria Lopez, Ford's chief executive, said sales rose.", "employer")
    assert not _predicates("Report\n\nMaria Lopez left the stage in 2019.", "employer")


def test_claims_title_after_a_surname_is_not_part_of_the_name():
    text = ("Report\n\nIlona Marsh posed for the magazine. The editor crowned Marsh Playmate of "
            "the Month in January of 1955.")
    assert ("Ilona Marsh", "Playmate of the Month") in _predicates(text, "award_received")


def test_claims_no_employer_under_a_negation():
    assert not _predicates("Report\n\nLarry Kingsley is not an employee of Acme Corp.", "employer")
    assert ("Larry Kingsley", "Acme Corp") in _predicates(
        "Report\n\nLarry Kingsley is an employee of Acme Corp.", "employer")


def test_claims_an_office_run_for_is_no_employer():
    text = ("Report\n\nOwen Caskey announced that he will run for governor of New Albion next year. "
            "Marta Quill is the treasurer of Acme Corporation.")
    assert _predicates(text, "employer") == {("Marta Quill", "Acme Corporation")}


def test_claims_short_form_of_a_named_party_is_membership():
    text = ("Report\n\nOwen Caskey, the Civic League lawmaker, spoke first. The Civic League "
            "Party holds the majority.")
    assert ("Owen Caskey", "Civic League") in _predicates(text, "member_of")
    assert not _predicates(text, "employer")


def test_claims_occupations_held_not_wished_or_future():
    text = ("Report\n\nHis brother, Gavin Caskey, a Carver Falls contractor, will serve as "
            "chairman. Owen Caskey spent eleven years as a trial lawyer. Lena Holt wanted to "
            "serve as a missionary.")
    assert _predicates(text, "occupation") == {("Gavin Caskey", "contractor"),
                                                ("Owen Caskey", "lawyer")}


def test_claims_awards_named_by_their_shape():
    text = ("Report\n\nTheodora Vantreese was honoured with the Amara Prize for Humanitarian "
            "Service in 2000. Venn's government awarded her the Order of the Heron. Euan "
            "Carrickmore won the Kestrel award for best actor.")
    assert _predicates(text, "award_received") == {
        ("Theodora Vantreese", "Amara Prize for Humanitarian Service"),
        ("Theodora Vantreese", "Order of the Heron"), ("Euan Carrickmore", "Kestrel award")}


def test_claims_job_noun_must_hold_the_organization_itself():
    text = ("Casting\n\nIona Brack is to become the new lead of Harbour Lane, Lochside "
            "Television's long-running police drama.")
    assert not _predicates(text, "member_of") | _predicates(text, "employer")


def test_claims_executive_titles_keep_their_rank_words():
    text = ("Boardroom\n\nBrennock Tools named chief operating officer Ilse Marrow as its new "
            "boss. Joost Fenby, the company's chief executive, will retire. Piet Quill, "
            "managing director of Fenby Advisors, praised the choice. She is married to "
            "producer Greet Dunlie.")
    jobs = _predicates(text, "occupation")
    assert {("Ilse Marrow", "chief operating officer"), ("Joost Fenby", "chief executive"),
            ("Piet Quill", "managing director")} <= jobs
    assert not {j for _, j in jobs if j.split()[0] in ("to", "'s", "officer")}


def test_claims_employer_from_years_spent_at_and_an_institution_run():
    text = ("Family\n\nRay Quill spent 38 years as a machinist at Fenby Steel before it "
            "closed. His son, Tom Quill, who runs the Riverside Animal Hospital, is a vet. "
            "Tom Quill ran the Fenby Marathon in 2010.")
    jobs = _predicates(text, "employer")
    assert ("Tom Quill", "Riverside Animal Hospital") in jobs
    assert not [o for _, o in jobs if "Marathon" in o]


def test_claims_job_at_an_organization_apposed_to_a_common_noun():
    text = ("Markets\n\n\"It is a clear signal,\" said Dana Whitlaw, a managing director at the "
            "consultancy Bridgeline Health Advisors.")
    assert ("Dana Whitlaw", "Bridgeline Health Advisors") in _predicates(text, "employer")


def test_claims_a_plural_job_noun_is_other_people():
    text = ("Race\n\nAttorney General Simone Achter, a Heartland Party member, may run, and two "
            "other Civic Union legislators are considering it.")
    assert not [o for _, o in _predicates(text, "member_of") if "Civic" in o]


def test_claims_appointed_to_a_post_holds_it():
    text = ("Boardroom\n\nFenby Instruments has named Ilse Quill as its next president and chief "
            "executive. Four years earlier Tom Reed was named chief operating officer.")
    jobs = _predicates(text, "occupation")
    assert {("Ilse Quill", "chief executive"), ("Ilse Quill", "president"),
            ("Tom Reed", "chief operating officer")} <= jobs
    assert not [j for p, j in jobs if p == "Fenby Instruments"]


def test_claims_a_club_the_tagger_took_for_its_town_employs():
    text = ("Obituary\n\nSeven years later Tom Reed joined Calverley City, where he spent the rest "
            "of his career. He later moved to Kansas City and worked in Mexico City.")
    assert _predicates(text, "employer") == {("Tom Reed", "Calverley City")}


def test_claims_hall_of_fame_induction_is_an_award():
    text = "Honours\n\nIn 2004 Tom Reed was inducted into the Morland Football Hall of Fame."
    assert ("Tom Reed", "Morland Football Hall of Fame") in _predicates(text, "award_received")
    assert not _predicates(text, "member_of")


def test_claims_a_job_coordinated_after_another_noun_is_held():
    text = "Obituary\n\nFred Marlow was a longtime friend and aide to the governor."
    assert ("Fred Marlow", "aide") in _predicates(text, "occupation")


def test_claims_confirmed_or_sworn_in_as_an_office():
    text = ("Health\n\nDr. Ana Cole, a family physician, was confirmed as surgeon general in "
            "2009. Tom Reed is a surgeon at the county hospital.")
    jobs = _predicates(text, "occupation")
    assert {("Ana Cole", "surgeon general"), ("Ana Cole", "physician"),
            ("Tom Reed", "surgeon")} <= jobs
    assert ("Ana Cole", "surgeon") not in jobs


def test_claims_a_recipient_of_an_award_received_it():
    text = "Honours\n\nAna Cole is a recipient of the Harbour Prize for Public Health."
    assert ("Ana Cole", "Harbour Prize for Public Health") in _predicates(text, "award_received")


def test_claims_playing_in_a_band_is_membership_not_in_a_final():
    text = ("Music\n\nBefore acting, Ross Halloran played guitar in the punk band Dreamboys with "
            "Craig Ferris. Tom Reed played in the Harbour Cup final in 2010.")
    assert _predicates(text, "member_of") == {("Ross Halloran", "Dreamboys")}


def test_claims_the_one_appointed_holds_the_post_not_the_appointer():
    text = ("Courts\n\nIn 1874, President Ulysses Grant appointed William Wallace as a judge of "
            "the United States District Court.")
    assert _predicates(text, "employer") == {("William Wallace", "United States District Court")}


def test_claims_a_job_of_the_name_apposed_to_the_subject_not_of_a_possessor():
    text = ("Family\n\nAnna Price's younger sister, Jo Price, is a nurse. Her brother, Tom Price, "
            "has been appointed the baby's official music teacher.")
    jobs = _predicates(text, "occupation")
    assert ("Jo Price", "nurse") in jobs
    assert not [j for _, j in jobs if j == "teacher"]
