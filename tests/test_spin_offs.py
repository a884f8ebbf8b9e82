"""A spin-off and the body it came out of, as English news glosses it, each habit on an invented text.

"X, a 2022 spinout from A", "X, a spin-off from A": the preposition may be "from" as well as "of";
"X, the A spin-off", "X, a 2019 A spinout": the origin named before the word. The body a company
is spun out of founded it.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_spinout_from_a_university(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI, a 2022 spinout from Halden University, raised $5 million.\n")
    assert ("Halden University", "FOUNDED", "Tarnby AI") in got


def test_a_spin_off_from_a_group(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI, a spin-off from Halden Group, raised $5 million.\n")
    assert ("Halden Group", "FOUNDED", "Tarnby AI") in got


def test_the_university_spin_off_named_before_the_word(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI, the Halden University spin-off, raised $5 million.\n")
    assert ("Halden University", "FOUNDED", "Tarnby AI") in got


def test_a_dated_spinout_named_before_the_word(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI, a 2019 Halden Group spinout, raised $5 million.\n")
    assert ("Halden Group", "FOUNDED", "Tarnby AI") in got


def test_a_list_member_before_a_spin_off_is_not_its_origin(loader, tmp_path):
    got = facts(loader, tmp_path, "Oskarvik Partners backed Tarnby AI and Corvex Labs, a Halden Group spin-off.\n")
    assert ("Tarnby AI", "FOUNDED", "Corvex Labs") not in got
    assert ("Oskarvik Partners", "FOUNDED", "Corvex Labs") not in got
