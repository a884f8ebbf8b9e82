"""Korean clauses opened by a contrastive topic that names no actor: a side or segment of the
business ("철강 쪽은"), a phase ("1단계 60MW는"), a sum ("투자금은"). The company the passage is
about stays the unsaid subject (loaders.relations.sentences._FIELD_AS_TOPIC, read by
_agent_words); a clause that marks a real subject of its own keeps it. Each case is an invented
text run through the whole loader."""

from __future__ import annotations

from pathlib import Path

from tests.reading import facts

_COMPANY = "리벨리온은 추론용 AI 반도체를 만드는 스타트업이다."


def partners(got: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    """The partnerships found, either way round (the store orders a symmetric pair itself)."""
    return {frozenset((subj, obj)) for subj, rel, obj in got if rel == "PARTNERS_WITH"}


def test_a_segment_as_topic_lets_the_company_partner(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 통신 쪽은 KT와 공급 계약을 맺었다.\n")
    assert frozenset(("Rebellions", "KT")) in partners(got)


def test_a_business_area_as_topic_lets_the_company_partner(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 해외 사업은 네이버클라우드와 손잡았다.\n")
    assert frozenset(("Rebellions", "Naver Cloud")) in partners(got)


def test_a_phase_as_topic_lets_the_company_partner(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 2단계 40MW는 마이크로소프트와 임차 계약을 체결했다.\n")
    assert frozenset(("Rebellions", "Microsoft")) in partners(got)


def test_a_segment_topic_with_a_real_subject_keeps_that_subject(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 통신 쪽은 삼성전자가 KT와 공급 계약을 맺었다.\n")
    assert frozenset(("Rebellions", "KT")) not in partners(got)
    assert frozenset(("Samsung Electronics", "KT")) in partners(got)


def test_an_actor_as_topic_still_blocks_the_carried_subject(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 삼성전자는 KT와 공급 계약을 맺었다.\n")
    assert frozenset(("Rebellions", "KT")) not in partners(got)


def test_a_product_as_topic_lets_its_maker_partner(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 신형 칩 '아톰맥스'는 KT와 공급 계약을 맺었다.\n")
    assert frozenset(("Rebellions", "KT")) in partners(got)
    assert not any("아톰맥스" in (subj, obj) for subj, rel, obj in got if rel == "PARTNERS_WITH")


def test_a_phase_as_topic_lets_the_company_supply(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 2차 물량은 KT에 공급한다.\n")
    assert frozenset(("Rebellions", "KT")) in partners(got)


def test_a_market_as_topic_lets_the_company_set_up_a_venture(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 해외는 지난해 KT와 합작법인을 세웠다.\n")
    assert frozenset(("Rebellions", "KT")) in partners(got)


def test_a_topic_after_an_earlier_clauses_subject_opens_a_clause_of_the_company(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} 국내 사업은 KT가 맡고 해외 판매는 삼성전자와 손잡았다.\n")
    assert frozenset(("KT", "Samsung Electronics")) not in partners(got)
    assert frozenset(("Rebellions", "Samsung Electronics")) in partners(got)


def test_a_subject_with_no_topic_after_it_keeps_its_partner(loader, tmp_path: Path):
    got = facts(loader, tmp_path, f"{_COMPANY} KT가 국내 판매를 맡고 삼성전자와 손잡았다.\n")
    assert frozenset(("KT", "Samsung Electronics")) in partners(got)
