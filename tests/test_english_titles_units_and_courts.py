"""English habits on invented text: a title inside a by-phrase, a research lab as a unit, a round named
again ("that round"), a court that is no actor, a deal a body sues to block."""

from __future__ import annotations

from tests.reading import facts


def test_a_title_before_the_founder_does_not_end_the_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI, a start-up founded in 2023 by Dr. Ana Ferreira, closed a round.\n")
    assert ("Ana Ferreira", "FOUNDED", "Tarnby AI") in got


def test_a_research_lab_is_a_unit_of_its_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Ana Roe left Halden Vision, Corvex's AI research lab, in 2023.\n")
    assert ("Halden Vision", "SUBSIDIARY_OF", "Corvex") in got


def test_investors_of_that_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Halden Ventures led Tarnby AI's $20 million Series B. "
                                  "Oskarvik Partners and Corvex Capital also invested in that round.\n")
    assert ("Oskarvik Partners", "INVESTED_IN", "Tarnby AI") in got
    assert ("Corvex Capital", "INVESTED_IN", "Tarnby AI") in got


def test_a_court_is_no_actor(loader, tmp_path):
    text = "The regulator filed a suit in the U.S. District Court for the Northern District of California.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert not any("District" in name for f in got for name in (f[0], f[2]))


def test_a_deal_sued_to_block_is_not_done(loader, tmp_path):
    text = ("The Federal Trade Commission sued to block Halden Cloud Inc.'s proposed $2.7 billion acquisition "
            "of Tarnby AI Inc.\n")
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "ACQUIRED" for f in got)
