"""A grant, loan or tranche settled by a body and given "to"/"for" an organisation, on invented text."""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_finalised_grant_to_a_company(loader, tmp_path):
    got = relationships(loader, tmp_path, "In May the Ministry of Science and ICT finalised a $40 million grant to Tarnby AI.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "Tarnby AI") in got
    assert got[("Ministry of Science and ICT", "FUNDS", "Tarnby AI")]["amount_usd"] == 40_000_000


def test_an_approved_tranche_for_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Separately, the Ministry of Science and ICT approved a further 20 billion won tranche for Tarnby AI.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "Tarnby AI") in got


def test_a_grant_from_one_company_to_another_is_no_state_grant(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvex Labs announced a $2 million grant to Tarnby AI.\n")
    assert ("Corvex Labs", "FUNDS", "Tarnby AI") not in got
