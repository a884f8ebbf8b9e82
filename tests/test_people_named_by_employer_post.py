"""People named with a post at an employer ("former Tindal executive P", "Corvix co-founder P",
"P, former COO of C"): they are people, they can be members of a list of backers, and the
employer is no backer. Each case is an invented text.
"""

from __future__ import annotations

from loaders.person_names import find_english_people
from tests.reading import actor_types, facts


def _people(text: str) -> list[str]:
    return [p.name for p in find_english_people(text, [])]


def test_a_post_at_an_employer_before_a_name_makes_a_person():
    assert _people("Angels including former Tindal executive Mira Castell joined.") == ["Mira Castell"]
    assert _people("It was backed by Orbein board member Tobias Lerche.") == ["Tobias Lerche"]
    assert _people("The cheque came from ex-Quorra AI lead Dev Anand.") == ["Dev Anand"]


def test_a_past_post_after_a_name_makes_a_person():
    assert _people("Thanks to Lotte Brun, former COO of Havel Freight, for her help.") == ["Lotte Brun"]
    assert _people("Thanks to Lotte Brun, a former board member of Havel Freight.") == ["Lotte Brun"]


def test_lead_or_head_before_a_name_is_a_person_only_as_a_past_post():
    """"the round's lead Northwind Capital" names a firm; "lead" is a person's post only after
    "former" or "ex-"."""
    assert _people("The Series A lead Northwind Capital returned.") == []


def test_people_with_employer_posts_are_a_list_of_angels(loader, tmp_path):
    text = ("Perlwise AI raised $6 million in a seed round led by Harrow Peak Capital. A group of angel investors, "
            "including former Tindal executive Mira Castell and ex-Quorra AI lead Dev Anand, also chipped in.\n")
    got = facts(loader, tmp_path, text)
    assert ("Mira Castell", "INVESTED_IN", "Perlwise AI") in got
    assert ("Dev Anand", "INVESTED_IN", "Perlwise AI") in got
    assert not any(f[0] in ("Tindal", "Quorra AI") and f[1] == "INVESTED_IN" for f in got)
    types = actor_types(loader, tmp_path, text)
    assert types["Mira Castell"] == types["Dev Anand"] == "Person"


def test_a_person_after_a_firm_and_the_person_s_employer_is_one_more_backer(loader, tmp_path):
    text = "Perlwise AI raised its first round from Harrow Peak Capital and Corvix co-founder Ilse Marten, who invested personally.\n"
    got = facts(loader, tmp_path, text)
    assert ("Harrow Peak Capital", "INVESTED_IN", "Perlwise AI") in got
    assert ("Ilse Marten", "INVESTED_IN", "Perlwise AI") in got
    assert ("Corvix", "INVESTED_IN", "Perlwise AI") not in got


def test_as_did_a_person_described_by_a_past_post(loader, tmp_path):
    text = ("Perlwise AI raised $9 million in a Series A led by Harrow Peak Capital. Existing backer Solace Partners "
            "also participated, as did angel investor and former Orbein board member Tobias Lerche.\n")
    got = facts(loader, tmp_path, text)
    assert ("Tobias Lerche", "INVESTED_IN", "Perlwise AI") in got
    assert ("Orbein", "INVESTED_IN", "Perlwise AI") not in got


def test_our_angel_investors_including_people_with_asides(loader, tmp_path):
    text = ("Perlwise AI — Company Blog\nOur seed round\n\nToday we're happy to share that we raised a $6M seed round "
            "led by Harrow Peak Capital.\n\n"
            "A special thanks to our angel investors, including Lotte Brun, who founded the logistics company "
            "Havel Freight, and Jonas Welt, former COO of Brask Foods.\n")
    got = facts(loader, tmp_path, text)
    assert ("Lotte Brun", "INVESTED_IN", "Perlwise AI") in got
    assert ("Jonas Welt", "INVESTED_IN", "Perlwise AI") in got
    assert not any(f[0] in ("Havel Freight", "Brask Foods") and f[1] == "INVESTED_IN" for f in got)
