"""English by-phrases naming founders: a person is never the employer describing the next name
("founded by Professor P at the University of U": P founded it, not U), and a count with a word
for people before a comma ("by two lab members, Dr. A and B") announces the founders named after
it, while "started building" founds nothing. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_professor_at_a_university_is_the_founder(loader, tmp_path):
    text = "The Larchmont Lab for Robotics was founded in 2019 by Professor Nadia Ferris at the University of Glasgow.\n"
    got = facts(loader, tmp_path, text)
    assert ("Nadia Ferris", "FOUNDED", "Larchmont Lab for Robotics") in got
    assert not [f for f in got if f[0] == "University of Glasgow" and f[1] == "FOUNDED"]


def test_counted_people_before_a_comma_are_the_founders(loader, tmp_path):
    text = ("Our spin-out is Quillon Systems, a company founded in May 2025 by two lab members, "
            "Dr. Petra Lindqvist and Omar Haddad, to sell tooling.\n")
    got = facts(loader, tmp_path, text)
    assert ("Petra Lindqvist", "FOUNDED", "Quillon Systems") in got
    assert ("Omar Haddad", "FOUNDED", "Quillon Systems") in got


def test_starting_to_do_something_founds_nothing(loader, tmp_path):
    text = "Corrin Legal has since started building a review product on Halcyon Labs' platform.\n"
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "FOUNDED"]
