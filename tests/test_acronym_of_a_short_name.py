"""An acronym glossed on a short name follows that name when the text later extends it to the
full one: both stand for the full name then."""

from tests.reading import facts


def test_an_acronym_of_a_short_name_stands_for_the_full_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Brannock Data (BD) eyes robotics deals\n\n"
                "Brannock Data Holdings, a regional technology vehicle, was set up in 2024. "
                "BD took a 5 per cent stake in Lisbon-based Tervane Labs in March.\n")
    assert ("Brannock Data Holdings", "INVESTED_IN", "Tervane Labs") in got
    assert ("Brannock Data", "INVESTED_IN", "Tervane Labs") not in got
