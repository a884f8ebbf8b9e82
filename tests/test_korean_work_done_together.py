"""Korean "A가 B와 함께 V": work two organisations do together (developing, running, building)
makes them partners; being listed "B와 함께" beside another in a selection or a round does not.
Each case is an invented sentence.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_developing_a_model_together_makes_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "SK하이닉스는 퓨리오사AI와 함께 수율 예측 모델을 개발한다.\n")
    assert _partners(got, "SK hynix", "FuriosaAI")


def test_running_a_site_together_in_a_relative_clause_makes_partners(loader, tmp_path):
    text = "그 회사는 SK텔레콤이 퓨리오사AI와 함께 운영하는 판교 데이터센터의 관리를 맡고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert _partners(got, "SK Telecom", "FuriosaAI")


def test_being_selected_together_makes_no_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "SK하이닉스는 퓨리오사AI와 함께 올해 지원 대상으로 선정됐다.\n")
    assert not _partners(got, "SK hynix", "FuriosaAI")
