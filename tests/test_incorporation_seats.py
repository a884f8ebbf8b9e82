"""A filing's "X is a company incorporated in Y": the country X is registered in is where it is based."""

from __future__ import annotations

from tests.reading import facts


def test_a_company_incorporated_in_a_country_is_based_there(loader, tmp_path):
    text = "Brightwater Investment Limited is a company incorporated in the British Virgin Islands and holds investments.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Brightwater Investment Limited", "BASED_IN", "British Virgin Islands") in got


def test_incorporated_in_a_year_places_nothing(loader, tmp_path):
    text = "Brightwater Investment Limited was incorporated in 2019 and holds investments.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert not any(f[1] == "BASED_IN" for f in got)
