"""Korean news constructions, each on an invented sentence (not from any document).

Tech news reports a round in two steps ("B가 X 규모의 투자를 유치했다. 이번 라운드는 A가
주도했고 C와 D가 힘을 보탰다") and introduces new names with their Latin spelling.
"""

from __future__ import annotations

import pytest

from loaders.document import read_document
from loaders.normalise import split_blocks
from tests.reading import facts, relationships

ROUND = ("AI 스타트업 가람로직(Garam Logic)이 300억 원 규모의 시리즈A 투자를 유치했다. "
         "이번 라운드는 한결벤처스가 주도했고 푸른자산운용과 새솔파트너스가 힘을 보탰다.\n")


def test_the_investors_of_a_round_named_in_the_next_sentence(loader, tmp_path):
    got = relationships(loader, tmp_path, ROUND)
    lead = got[("한결벤처스", "INVESTED_IN", "가람로직")]
    assert lead["role"] == "lead"
    # The round's size is the round's, shared by its investors.
    assert lead["amount_usd"] == pytest.approx(3e10 / 1364, rel=0.05)
    assert lead["amount_scope"] == "shared"
    assert ("푸른자산운용", "INVESTED_IN", "가람로직") in got
    assert ("새솔파트너스", "INVESTED_IN", "가람로직") in got


def test_a_round_led_within_the_sentence_of_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path,
                "의료 AI 스타트업 가람로직은 이번 라운드를 한결벤처스가 주도했고 푸른자산운용, 싱가포르계 벤처캐피털 "
                "모래톱캐피털(Moraetop Capital)이 참여했다고 밝혔다.\n", locations=True)
    assert {("한결벤처스", "INVESTED_IN", "가람로직"), ("푸른자산운용", "INVESTED_IN", "가람로직"),
            ("모래톱캐피털", "INVESTED_IN", "가람로직")} <= got
    # "싱가포르계 벤처캐피털 X": where X is from, not a list member of its own
    assert ("모래톱캐피털", "BASED_IN", "Singapore") in got


def test_leading_something_else_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "한결벤처스가 지역 창업 생태계 사업을 주도했고 푸른자산운용이 힘을 보탰다.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_new_name_glossed_with_its_latin_spelling_is_one_actor(loader, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(ROUND, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    garam = [a for a in batch.actors.values() if a.name == "가람로직"]
    assert len(garam) == 1 and "Garam Logic" in garam[0].aliases
    assert not [a for a in batch.actors.values() if a.name == "Garam Logic"]


def test_a_line_opening_with_a_particle_continues_the_word_before():
    text = ("산업부는 올해 지역 거점 사업을 추진하면서 공모를 거쳐 지원 대상을 확정하였고 선정 기업\n"
            "은 가람로직, 누리온AI, 새벽 로보틱스, 바다시스템즈이며, 기업당 최대 10억 원이 지원된다.\n")
    assert "선정 기업은 가람로직" in split_blocks(text)[0].text


def test_members_listed_after_a_selection_are_organisations_whatever_their_names(loader, tmp_path):
    got = facts(loader, tmp_path,
                "과학기술정보통신부는 ‘새싹 AI 프로젝트’를 출범하였다. 선정 기업은 가람로직(Garam), 누리온AI, "
                "새벽 로보틱스, 바다시스템즈이며, 기업당 최대 10억 원이 지원된다.\n")
    members = {s for s, rel, o in got if rel == "PARTICIPATES_IN" and o == "새싹 AI 프로젝트"}
    assert members == {"가람로직", "누리온AI", "새벽 로보틱스", "바다시스템즈"}


@pytest.mark.parametrize("text", [
    "스타트업 가람로직은 경량 모델 ‘누리-2 미니’를 공개했다.\n",
    "스타트업 가람로직은 지난해 '누리-2 미니' 모델을 개발했다.\n",
])
def test_a_quoted_name_said_to_be_a_model(loader, tmp_path, text):
    assert ("가람로직", "DEVELOPS", "누리-2 미니") in facts(loader, tmp_path, text)


def test_a_kind_of_organisation_or_a_count_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "미국 정부는 벤처캐피털 투자를 늘리기 위해 스타트업 4개사를 선정하고 반도체 기업을 지원했다.\n")
    names = {n for s, _, o in got for n in (s, o)}
    assert not names & {"벤처캐피털", "4개사", "반도체"}


def test_the_round_is_the_topics_when_a_subject_inside_names_someone_else(loader, tmp_path):
    text = ("한빛로보틱스는 Émile Garnier가 이끄는 연구진과 함께 500억 원 규모의 시리즈B 투자를 유치했다. "
            "이번 라운드는 누리캐피털이 주도했다.\n")
    got = {f for f in facts(loader, tmp_path, text) if f[1] == "INVESTED_IN"}
    assert got == {("누리캐피털", "INVESTED_IN", "한빛로보틱스")}



def test_name_after_developer_noun_and_quoted_in_headline(loader, tmp_path):
    got = facts(loader, tmp_path, (
        "AI 에이전트 스타트업 '루미오크', 300억 시리즈B 유치\n\n"
        "기업용 AI 에이전트 개발사 루미오크가 300억 원 규모의 시리즈B 투자를 유치했다고 11일 밝혔다. "
        "이번 라운드는 한빛인베스트먼트가 주도했다.\n"))
    assert ("한빛인베스트먼트", "INVESTED_IN", "루미오크") in got


def test_selected_as_support_recipients_and_related_headlines_dropped(loader, tmp_path):
    got = facts(loader, tmp_path, (
        "중소벤처기업부는 '초격차 스타트업 800 프로젝트'의 올해 지원 대상으로 스타트업 바람솔 등 80개사를 선정했다고 발표했다.\n\n"
        "[관련기사]\n카카오, 오픈AI와 손잡고 새 서비스 출시\n"))
    assert ("바람솔", "PARTICIPATES_IN", "초격차 스타트업 800 프로젝트") in got
    assert not any("Kakao" in s or "Kakao" in o for s, _, o in got)


def test_second_descriptor_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "팹리스 스타트업 노을칩스가 시리즈A 투자를 유치했으며 이번 투자는 다솜벤처스가 주도했다.\n")
    assert not any(s == "스타트업" or o == "스타트업" for s, _, o in got)
