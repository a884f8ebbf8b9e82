"""Edges a reader must not draw: generic words taken as names, a second verb's object taken as one
more partner, a proportion read as ownership, an owner and its own unit taken as two parties.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts, korean_facts, subjects_and_objects


@pytest.mark.parametrize(("text", "kind"), [
    ("한빛파트너스가 인공지능(AI) 전문 펀드를 800억원 규모로 결성했다.", "전문 펀드"),  # a specialist fund: a kind
    ("유럽 정부들은 정책금융기관을 통한 모펀드 방식을 선호한다.", "모펀드"),  # a fund of funds: a way of funding
])
def test_kinds_of_fund_are_no_programme(loader: DocumentLoader, text: str, kind: str) -> None:
    assert kind not in subjects_and_objects(korean_facts(loader, text))


def test_technology_acronym_is_no_product(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Brightquill said it has acquired Vellum Labs, which builds OCR and speech tools for invoices.")
    assert ("Brightquill", "ACQUIRED", "Vellum Labs") in got
    assert "OCR" not in subjects_and_objects(got)


def test_verb_after_and_ends_the_partner_list(loader: DocumentLoader) -> None:
    """"tied up with A and picked up startup B": B is bought, not a second partner."""
    got = english_facts(loader, "The Lagos-based startup Tessaro has tied up with Microsoft and picked up payments startup Quillpay.")
    assert ("Tessaro", "ACQUIRED", "Quillpay") in got
    assert not any(t == "PARTNERS_WITH" and "Quillpay" in (s, o) for s, t, o in got)


def test_a_large_part_of_is_no_ownership(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Kestrel Robotics said Mistral AI models power a large part of Brindle's warehouse fleet.")
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in got)


def test_both_companies_are_the_startup_and_the_owner_of_its_investor(loader: DocumentLoader) -> None:
    """"A는 B의 투자 조직인 C로부터 투자를 유치했으며, 양사는 ...": 양사 is A and B (C acts for B),
    not B and its own unit."""
    got = korean_facts(loader, "AI 반도체 스타트업 오로라칩은 LG전자의 전략투자 조직인 LG테크놀로지벤처스로부터도 투자를 "
                               "유치하였으며, 양사는 차세대 추론 칩 공동 설계 계약을 체결함.")
    assert ("LG Electronics", "PARTNERS_WITH", "오로라칩") in got
    assert not any(t == "PARTNERS_WITH" and {s, o} == {"LG Electronics", "LG Technology Ventures"} for s, t, o in got)


def test_a_site_is_built_not_developed(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Halcyon is the anchor tenant of Redmoor, a 500-megawatt data-center campus in Ohio "
                                "being built by Tallgrass Compute.")
    assert not any(t == "DEVELOPS" for _, t, _ in got)


def test_a_model_for_factories_is_no_site(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Kaito Lens develops Hoshi-3, a vision-language model for factory inspection.")
    assert ("Kaito Lens", "DEVELOPS", "Hoshi-3") in got


def test_a_founder_called_by_given_name_is_no_startup(loader: DocumentLoader) -> None:
    """A post names the founder in full, then by given name alone: "backed Maya" backs a person."""
    got = english_facts(loader, "Quorra has been acquired by Snowflake. Quorra's founder Maya Okonkwo and the whole team "
                                "are joining Snowflake. Brindlewood Ventures first backed Maya in 2022 with a $1.5M pre-seed.")
    assert ("Maya Okonkwo", "FOUNDED", "Quorra") in got
    assert "Maya" not in subjects_and_objects(got)


def test_a_fund_investing_jointly_is_set_up_not_invested_in(loader: DocumentLoader) -> None:
    """"스타트업에 공동 투자하는 ... 펀드를 조성": the relative clause says what the fund does."""
    got = korean_facts(loader, "카카오는 유망 스타트업에 공동 투자하는 1억달러(약 1400억원) 규모의 '카카오 벤처풀'을 조성했다.")
    assert ("Kakao", "LAUNCHED", "카카오 벤처풀") in got
    assert ("Kakao", "INVESTED_IN", "카카오 벤처풀") not in got


def test_commerce_alone_is_the_department(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Tessaro received a $12 million grant from Commerce's CHIPS for America program in 2024.")
    assert ("US Department of Commerce", "LAUNCHED", "CHIPS for America program") in got
