"""Which programme a Korean passage is about (helper passage2): loaders.passage picks it.

Each test reads an invented text through the whole loader and checks one general habit.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def korean_facts_without_places(loader: DocumentLoader, text: str) -> set[tuple[str, str, str]]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return {(names[r.subject], r.type, names[r.object]) for r in batch.relationships if r.type != "BASED_IN"}


def short_names(loader: DocumentLoader, text: str) -> dict[str, list[str]]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    return {a.name: a.aliases for a in batch.actors.values() if a.type == "Program"}


# -- a titled programme outlives a thing built for it, named in passing --

MESH = ("과학기술정보통신부는 '국가 연산 공유망(National Compute Mesh, 이하 NCM)' 사업을 시작한다고 밝혔다.\n\n"
        "네이버클라우드와 KT클라우드는 각각 대전과 광주에 GPU 클러스터를 꾸리고, 연산 자원을 선정 기업에 나눠준다. "
        "참여기관으로는 KAIST와 서울대가 참여한다.\n")


def test_an_unquoted_phrase_named_in_passing_does_not_replace_the_titled_programme(loader):
    found = korean_facts_without_places(loader, MESH)
    assert ("KAIST", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert ("Seoul National University", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert not any(o == "GPU 클러스터" for _, _, o in found)


def test_a_short_name_defined_inside_a_spelled_title_before_its_head(loader):
    assert "NCM" in short_names(loader, MESH)["국가 연산 공유망"]


def test_an_unquoted_phrase_made_the_topic_still_becomes_the_programme(loader):
    text = ("과학기술정보통신부는 '국가 연산 공유망' 사업을 시작한다고 밝혔다. 별도의 반도체 설계 지원 센터는 "
            "다른 부처가 맡는다. 참여기관으로는 KAIST와 서울대가 참여한다.\n")
    found = korean_facts_without_places(loader, text)
    assert ("KAIST", "PARTICIPATES_IN", "반도체 설계 지원 센터") in found
    assert ("KAIST", "PARTICIPATES_IN", "국가 연산 공유망") not in found


# -- a fund of funds paying into the call in play is its backer, not a new topic --

def test_a_fund_of_funds_paying_in_keeps_the_call_in_focus(loader):
    text = ("중기부는 '2027년 모태펀드 1차 정시 출자사업' 중 로봇 분야 운용사를 선정했다고 밝혔다. 모태펀드는 이 분야에 "
            "총 1,200억 원을 출자한다. 운용사로는 한국투자파트너스와 에이티넘인베스트먼트가 뽑혔다.\n")
    found = korean_facts_without_places(loader, text)
    assert ("Korea Investment Partners", "PARTICIPATES_IN", "2027년 모태펀드 1차 정시 출자사업") in found
    assert ("Atinum Investment", "PARTICIPATES_IN", "2027년 모태펀드 1차 정시 출자사업") in found
    assert ("Korea Investment Partners", "PARTICIPATES_IN", "Korea Fund of Funds") not in found


# -- suppliers and builders take part in the project; a fund beside it selects no members --

PROJECT_AND_FUND = (
    "과학기술정보통신부는 '국가 연산 공유망(이하 NCM)' 사업을 시작한다고 밝혔다. GPU는 엔비디아가 공급한다. "
    "데이터센터 구축은 삼성SDS와 LG CNS가 나눠 맡는다.\n\n"
    "민간 자본을 끌어들일 펀드도 만들었다. 과기정통부는 500억원 규모의 '연산 공유 펀드'를 결성했다. "
    "펀드는 첫 투자처로 퓨리오사AI를 택했다. 서버 공급은 KT클라우드가 맡는다. 선정 기업은 ▲리벨리온 ▲업스테이지다.\n")


def test_the_firm_supplying_a_resource_takes_part_in_the_programme(loader):
    found = korean_facts_without_places(loader, PROJECT_AND_FUND)
    assert ("NVIDIA", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert {("Samsung SDS", "PARTICIPATES_IN", "국가 연산 공유망"), ("LG CNS", "PARTICIPATES_IN", "국가 연산 공유망")} <= found


def test_suppliers_and_members_after_a_fund_are_the_projects(loader):
    found = korean_facts_without_places(loader, PROJECT_AND_FUND)
    assert ("KT Cloud", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert {("Rebellions", "PARTICIPATES_IN", "국가 연산 공유망"), ("Upstage", "PARTICIPATES_IN", "국가 연산 공유망")} <= found
    assert not any(o == "연산 공유 펀드" for _, t, o in found if t == "PARTICIPATES_IN")


def test_a_supplier_without_a_programme_in_play_takes_part_in_nothing(loader):
    assert korean_facts_without_places(loader, "엔비디아는 올해 매출이 크게 늘었다. GPU는 엔비디아가 공급한다.\n") == set()
