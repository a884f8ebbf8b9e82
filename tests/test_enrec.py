"""English constructions that recur across unseen samples by different writers (each case on an
invented passage, with a near miss that must not fire).
"""

from __future__ import annotations

from tests.reading import facts


def test_agency_running_a_programme_actively(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Harbour Compute Programme in May. "
                                  "The Northland Development Agency will run the €80 million Harbour Growth Fund "
                                  "under the programme.\n")
    assert ("Northland Development Agency", "PARTICIPATES_IN", "Harbour Growth Fund") in got


def test_running_a_product_is_no_programme_role(loader, tmp_path):
    got = facts(loader, tmp_path, "Quillon Labs runs Vessel 2, its largest model, for banks in Oslo.\n")
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


def test_running_a_programme_only_considered_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Harbour Compute Programme in May. "
                                  "The Northland Development Agency is considering whether it could run the "
                                  "Harbour Growth Fund.\n")
    assert ("Northland Development Agency", "PARTICIPATES_IN", "Harbour Growth Fund") not in got


def test_the_programme_points_back_past_a_programme_named_later(loader, tmp_path):
    got = facts(loader, tmp_path, "In Norway, the Ministry of Digital Affairs launched the Fjord Compute Programme "
                                  "in April. Northbank manages the programme; the rest of the money comes from the "
                                  "Horizon 2030 budget.\n")
    assert ("Northbank", "PARTICIPATES_IN", "Fjord Compute Programme") in got
    assert ("Northbank", "PARTICIPATES_IN", "Horizon 2030") not in got


def test_public_body_part_of_a_government_body(loader, tmp_path):
    got = facts(loader, tmp_path, "The Northland Compute Office, part of the Ministry of Digital Affairs, opened a "
                                  "second site in May.\n")
    assert ("Northland Compute Office", "SUBSIDIARY_OF", "Ministry of Digital Affairs") in got


def test_state_fund_controlled_by_an_agency(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvest Capital is managed and controlled by the National Debt Agency.\n")
    assert ("Norvest Capital", "SUBSIDIARY_OF", "National Debt Agency") in got


def test_body_that_sits_inside_a_ministry(loader, tmp_path):
    got = facts(loader, tmp_path, "We worked directly with the Frontier Safety Office, which sits inside the "
                                  "Ministry of Digital Affairs.\n")
    assert ("Frontier Safety Office", "SUBSIDIARY_OF", "Ministry of Digital Affairs") in got


def test_a_product_sitting_inside_pipelines_belongs_to_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Vessel 2 now sits inside a surprising number of pipelines at Helix Bank.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_becoming_part_of_a_body_only_considered_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs is considering whether the Northland Compute "
                                  "Office could become part of the Northland Development Agency.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_supplier_whose_customers_include_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Helix Robotics, whose customers include Orbit Motors, Tessary AI and Marrow Labs, "
                                  "raised money in May.\n")
    pairs = {frozenset((s, o)) for s, rel, o in got if rel == "PARTNERS_WITH"}
    assert {frozenset(("Helix Robotics", "Orbit Motors")), frozenset(("Helix Robotics", "Tessary AI")),
            frozenset(("Helix Robotics", "Marrow Labs"))} <= pairs


def test_customers_that_could_be_are_none(loader, tmp_path):
    got = facts(loader, tmp_path, "Helix Robotics, whose customers could include Orbit Motors, raised money.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_investor_who_also_signed_on_as_a_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvest Capital also put money in and signed on as Quillon Labs's first "
                                  "enterprise customer.\n")
    assert any(rel == "PARTNERS_WITH" and {s, o} == {"Norvest Capital", "Quillon Labs"} for s, rel, o in got)


def test_customer_only_in_talks_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "Orbit Motors is in talks to become Helix Robotics's first customer.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)
