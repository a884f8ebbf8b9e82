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
