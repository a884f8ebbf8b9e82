"""English verb phrases coordinated after an object (each case on an invented sentence).

"A raised $5m from B, and in April signed a deal with C": the second verb's subject is the
sentence's subject A, not B, the name nearest before it. The opposite stays apart: a name with a
finite verb of its own after "and" is a new subject ("..., and C signed ..."), also after a list
"and" closed ("from B and D, and C signed"), and without a comma after an object ("invested in B
and C signed"). A round's givers stop where the second verb phrase begins ("from B and has
partnered with C": C gave nothing).
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """A partnership is one edge whichever party the reader names first."""
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_second_verb_after_a_time_phrase_keeps_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raised $20 million from Sorrel Peak Capital, and in April signed "
                                  "an agreement with Hanwick Systems.\n")
    assert ("Sorrel Peak Capital", "INVESTED_IN", "Velmora AI") in got
    assert _partners(got, "Velmora AI", "Hanwick Systems")
    assert not _partners(got, "Sorrel Peak Capital", "Hanwick Systems")


def test_three_verbs_share_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Industry launched the Brightline Compute Programme last "
                                  "year and has since funded Tovell Robotics and Quessa Labs.\n")
    assert ("Ministry of Digital Industry", "LAUNCHED", "Brightline Compute Programme") in got
    assert ("Ministry of Digital Industry", "FUNDS", "Tovell Robotics") in got
    assert ("Ministry of Digital Industry", "FUNDS", "Quessa Labs") in got


def test_a_second_verb_phrase_ends_the_givers_of_a_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI has raised $10 million from Sorrel Peak Capital and Arden Row "
                                  "Ventures and has partnered with Hanwick Systems.\n")
    assert ("Arden Row Ventures", "INVESTED_IN", "Velmora AI") in got
    assert ("Hanwick Systems", "INVESTED_IN", "Velmora AI") not in got
    assert _partners(got, "Velmora AI", "Hanwick Systems")


def test_a_list_closed_by_and_takes_no_member_after_a_comma(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raised $10 million from Sorrel Peak Capital and Arden Row Ventures, "
                                  "and Hanwick Systems signed a supply deal with Tovell Robotics.\n")
    assert ("Arden Row Ventures", "INVESTED_IN", "Velmora AI") in got
    assert ("Hanwick Systems", "INVESTED_IN", "Velmora AI") not in got
    assert not _partners(got, "Velmora AI", "Tovell Robotics")
    assert _partners(got, "Hanwick Systems", "Tovell Robotics")


def test_and_after_an_object_before_a_finite_verb_opens_a_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Sorrel Peak Capital invested in Velmora AI and Hanwick Systems signed a deal "
                                  "with Tovell Robotics.\n")
    assert ("Sorrel Peak Capital", "INVESTED_IN", "Velmora AI") in got
    assert ("Sorrel Peak Capital", "INVESTED_IN", "Hanwick Systems") not in got
    assert not _partners(got, "Sorrel Peak Capital", "Tovell Robotics")
    assert _partners(got, "Hanwick Systems", "Tovell Robotics")


def test_a_repeated_object_with_its_own_verb_is_the_new_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Hanwick Systems bought Velmora AI, and Velmora AI later signed a deal with "
                                  "Tovell Robotics.\n")
    assert ("Hanwick Systems", "ACQUIRED", "Velmora AI") in got
    assert _partners(got, "Velmora AI", "Tovell Robotics")
    assert not _partners(got, "Hanwick Systems", "Tovell Robotics")


def test_a_subject_list_keeps_its_shared_verb(loader, tmp_path):
    got = facts(loader, tmp_path, "Sorrel Peak Capital and Arden Row Ventures invested in Velmora AI.\n")
    assert ("Sorrel Peak Capital", "INVESTED_IN", "Velmora AI") in got
    assert ("Arden Row Ventures", "INVESTED_IN", "Velmora AI") in got


def test_a_fronted_preposition_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Outside Europe, Velmora AI runs a lab in Boston through its American subsidiary, "
                                  "Velmora Labs Inc., and in April signed an agreement with Hanwick Systems.\n")
    assert _partners(got, "Velmora AI", "Hanwick Systems")
    assert not _partners(got, "Velmora Labs", "Hanwick Systems")


def test_a_coordinated_founding_partner_takes_part(loader, tmp_path):
    got = facts(loader, tmp_path, "Arden Row Ventures has invested in Velmora AI, and is a founding partner in the "
                                  "Brightline Compute Programme.\n")
    assert ("Arden Row Ventures", "INVESTED_IN", "Velmora AI") in got
    assert ("Arden Row Ventures", "PARTICIPATES_IN", "Brightline Compute Programme") in got
    assert ("Velmora AI", "PARTICIPATES_IN", "Brightline Compute Programme") not in got


def test_a_place_possessive_before_the_partner_only_places_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raised $20 million from Sorrel Peak Capital, and in May signed an "
                                  "agreement with the U.K.'s Hanwick Systems.\n")
    assert _partners(got, "Velmora AI", "Hanwick Systems")
