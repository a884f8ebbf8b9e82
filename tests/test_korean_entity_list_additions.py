"""A state putting a company on the U.S. export blacklist ("A가 B를 엔티티 리스트에 추가했다")
regulates it, as "블랙리스트에 올렸다" does. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_adding_a_company_to_the_entity_list_regulates_it(loader, tmp_path):
    got = facts(loader, tmp_path, "미 상무부가 중국 AI칩 업체 룽샤반도체를 엔티티 리스트에 추가했다.\n")
    assert ("US Department of Commerce", "REGULATES", "룽샤반도체") in got


def test_a_company_investing_in_a_listed_one_regulates_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오벤처스는 엔티티 리스트에 오른 룽샤반도체에 투자했다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
