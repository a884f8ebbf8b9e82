"""English names a unit between "through its" and the word for a unit, right after its owner: "the
lender Northbank through its Northbank Growth arm". Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_unit_named_after_through_its_belongs_to_the_name_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Kelvara Robotics raised $30 million in a round led by Brightmoor Partners, with "
                                  "participation from the regional lender Northbank through its Northbank Growth arm.\n")
    assert ("Northbank Growth", "SUBSIDIARY_OF", "Northbank") in got


def test_a_unit_named_after_via_its_belongs_to_the_name_before(loader, tmp_path):
    got = facts(loader, tmp_path, "The insurer Calloway Group invested via its Calloway Ventures unit, "
                                  "the company said on Monday.\n")
    assert ("Calloway Ventures", "SUBSIDIARY_OF", "Calloway Group") in got


def test_through_its_with_no_word_for_a_unit_after_the_name_is_no_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "Trellan Systems sells through its Orvane Logistics partner in Europe.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_a_unit_an_investor_backed_a_company_through_invested_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Harlow Robotics raised $12 million last year. The pension fund Aldmere "
                                  "backed Harlow Robotics through its early-stage arm, Aldmere Seed Partners.\n")
    assert ("Aldmere Seed Partners", "SUBSIDIARY_OF", "Aldmere") in got
    assert ("Aldmere Seed Partners", "INVESTED_IN", "Harlow Robotics") in got
