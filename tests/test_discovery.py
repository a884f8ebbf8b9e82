"""Discovery of names the gazetteer lacks: programmes, organisation units and people.

Every sentence here is invented; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from loaders.discovery import find_candidates
from loaders.noun_phrases import is_bare_noun, particle_ending
from loaders.programme_names import find_programme_phrases
from tests.reading import facts


def names(text: str) -> list[str]:
    return [p.name for p in find_programme_phrases(text, [])]


# -- where a noun phrase begins --------------------------------------------------------------

@pytest.mark.parametrize(("word", "particle"), [
    ("규모의", "의"), ("강화를", "를"), ("정부가", "가"), ("정책이", "이"), ("국가", ""), ("평가", ""),
    ("하이웨이", ""), ("선도", ""), ("제도", ""), ("기업도", "도"), ("인프라", ""),
])
def test_particles_are_told_from_nouns_by_the_final_sound(word, particle):
    assert particle_ending(word) == particle


@pytest.mark.parametrize(("word", "bare"), [
    ("AI", True), ("15대", True), ("3개년", True), ("국가", True), ("도입한다는", False), ("포함한", False),
    ("위한", False), ("1조", False), ("2026년", False), ("따라", False), ("등", False), ("디자인", True),
])
def test_bare_nouns(word, bare):
    assert is_bare_noun(word) is bare


# -- unquoted programme phrases --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("정부는 드론 배송을 허용한다는 스마트 물류 실증 계획을 발표했다.", ["스마트 물류 실증 계획"]),
    ("해양수산부는 300억 원 규모의 해양 AI 연구기금을 조성한다.", ["해양 AI 연구기금"]),
    ("시는 세 곳을 로봇 특구로 지정했다.", ["로봇 특구"]),
    ("이에 따라 국가 양자 컴퓨팅센터와 두 기업이 참여한다.", ["국가 양자 컴퓨팅센터"]),
    ("정부는 12대 국가 로봇 선도 프로젝트를 선정했다.", ["12대 국가 로봇 선도 프로젝트"]),
    ("위원회는 교사 연수를 포함한 통합형 디지털 교육 지침을 내놓았다.", ["통합형 디지털 교육 지침"]),
    ("부처는 Nordlys 이니셔티브를 출범했다.", ["Nordlys 이니셔티브"]),
])
def test_programme_phrase_runs_from_its_head_to_the_first_word_that_is_not_a_bare_noun(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "정부는 AI 정책을 발표했다.",  # a topic, not a name
    "이 펀드에는 두 은행이 출자한다.",
    "두 회사는 공장을 설립할 계획이다.",
    "연구진은 새로운 학습 기법을 개발했다.",  # 기법 is not a law
    "회사는 AI 프로젝트에 참여했다.",
    "사모 운용사가 벤처 펀드를 만들었다.",
    "그 계획은 정부가 추진하는 국가급 인재 양성 프로그램으로, 올해 시작된다.",  # describes, does not name
    "인재 양성 지원 프로그램인 Solstice Fellowship에 선정됐다.",
    "중동에 새 AI 데이터센터를 짓는다.",
])
def test_topics_descriptions_and_buildings_are_not_programmes(text):
    assert names(text) == []


# -- quoted titles, glosses, Latin and English names ------------------------------------------

def test_quoted_title_followed_by_its_head_is_one_programme_known_three_ways():
    text = "부처는 ‘바다 X’ 5개년 행동계획(2026~2030년)을 발표했다."
    [m] = [m for m in find_candidates(text, []) if m.actor.type == "Program"]
    assert m.actor.name == "바다 X 5개년 행동계획"
    assert {"‘바다 X’ 5개년 행동계획", "바다 X"} <= set(m.actor.aliases)
    assert m.particle == "을"


def test_a_gloss_inside_the_quotes_is_an_alias():
    text = "의회는 「로봇기본법(Robot Basic Act)」을 제정했다."
    [m] = find_candidates(text, [])
    assert m.actor.name == "로봇기본법"
    assert m.actor.kind == "law"
    assert {"Robot Basic Act", "로봇기본법(Robot Basic Act)"} <= set(m.actor.aliases)


def test_english_head_word_is_part_of_the_name():
    text = "The government of Freedonia launched the Aurelia AI programme last week."
    programmes = [m.actor for m in find_candidates(text, []) if m.actor.type == "Program"]
    assert [(a.name, a.aliases) for a in programmes] == [("Aurelia AI programme", ["Aurelia AI"])]


# -- through the pipeline --------------------------------------------------------------------

def test_a_ministry_launches_an_unquoted_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 500억 원 규모의 해양 AI 연구기금을 조성한다고 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 AI 연구기금") in got


def test_a_quoted_programme_takes_in_the_known_names_inside_it(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 ‘대한민국 로봇 액션플랜’을 공개했다.\n")
    assert got == {("Ministry of Science and ICT", "LAUNCHED", "대한민국 로봇 액션플랜")}


# -- people ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("루미봇은 2020년 한서진 대표가 설립한 회사다.", [("한서진", "가")]),
    ("Nimbus Forge 창업자 엘레나 보리소바는 말했다.", [("엘레나 보리소바", "는")]),
    ("최고경영자 오태윤 대표는 밝혔다.", [("오태윤", "는")]),
    ("국내 스타트업 대표가 말했다.", []),  # two words before 대표 are not a foreign name
    ("창업자 출신 연구자들이 세웠다.", []),
    ("교수진이 설립했다.", []),
    ("한 대학 박사후 연구원이 참여했다.", []),  # "박사후" starts with a role, it is not a name
])
def test_korean_people_are_found_next_to_a_role(text, expected):
    people = [(m.actor.name, m.particle) for m in find_candidates(text, []) if m.actor.type == "Person"]
    assert people == expected


def test_english_founders_after_founded_by(loader, tmp_path):
    got = facts(loader, tmp_path, "Lumen Forge, founded by Priya Natarajan and Tomas Berglund, raised $5 million.\n")
    assert {("Priya Natarajan", "FOUNDED", "Lumen Forge"), ("Tomas Berglund", "FOUNDED", "Lumen Forge")} <= got
    assert not any(s == "Lumen Forge" and t == "FOUNDED" for s, t, _ in got)


def test_english_founder_after_a_descriptor():
    text = "The start-up, founded by former NASA engineer Kofi Mensah in 2021, builds sensors."
    assert [m.actor.name for m in find_candidates(text, []) if m.actor.type == "Person"] == ["Kofi Mensah"]


@pytest.mark.parametrize("text", [
    "위원회는 체계적 지침을 마련했다.",  # a "-적" word describes, it does not name
    "기업 수요에 맞춘 규제 정책을 추진했다.",
    "정부가 추진해야 할 디지털 전략을 논의했다.",
    "부처는 하반기 데이터 전략을 발표했다.",
])
def test_verb_forms_and_time_words_do_not_start_a_programme(text):
    assert not [n for n in names(text) if not n.startswith(("규제", "디지털", "데이터"))]


def test_a_kind_of_fund_is_not_a_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛은행 산하 벤처펀드 노을캐피탈은 사내 벤처펀드를 조성했다.\n")
    assert not any("벤처펀드" in (s, o) for s, _, o in got)


def test_a_name_discovered_once_is_known_for_the_rest_of_the_document(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 루미봇은 한빛벤처스로부터 투자를 유치했다.\n\n"
                                  "루미봇은 2020년 한서진 대표가 설립한 회사다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "루미봇") in got
    assert ("한서진", "FOUNDED", "루미봇") in got
