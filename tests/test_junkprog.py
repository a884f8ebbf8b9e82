"""Phrases that are not names must not become actors, each on an invented sentence.

Analysts read the node list: a discovered actor called "추가", "가운데" or "국가데이터센터 설치" is a
word or a description, not an organisation or a programme. Each rule has a near miss beside it
where a real name in the same place is still found.
"""

from __future__ import annotations

from tests.reading import facts, subjects_and_objects


def test_a_verbal_noun_after_a_kind_of_organisation_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "노르딕 상무청, 수출 금지 명단에 12개 중국 기업 추가(2031.4)\n", locations=True)
    assert "추가" not in subjects_and_objects(got)
    got = facts(loader, tmp_path, "노르딕 상무청은 중국 기업 벨카닉스를 수출 금지 명단에 올렸다.\n", locations=True)
    assert "벨카닉스" in subjects_and_objects(got)


def test_among_after_a_kind_of_organisation_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "업계에서는 올해 국내 AI 스타트업 가운데 시리즈B 이상 라운드를 마무리한 곳이 드물다는 평가가 나온다.\n", locations=True)
    assert "가운데" not in subjects_and_objects(got)


def test_a_small_country_strong_in_start_ups_is_no_start_up(loader, tmp_path):
    got = facts(loader, tmp_path, "이 펀드는 에스토니아, 몰타 등 테크 스타트업 강소국가와 중국에 투자하고 있다.\n", locations=True)
    assert not [n for n in subjects_and_objects(got) if n.startswith("강소국")]


def test_artificial_general_intelligence_is_a_concept_not_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 패권을 둘러싼 미국과 중국의 AGI·초지능 개발 경쟁이 격화되고 있다.\n", locations=True)
    assert not {"AGI", "초지능"} & subjects_and_objects(got)


def test_a_listed_policy_that_names_an_act_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "한국 정부가 지역 연산거점 구축, 바람길 전력망 등의 정책을 발표했다.\n")
    programmes = {o for _, rel, o in got if rel == "LAUNCHED"}
    assert "바람길 전력망" in programmes
    assert "지역 연산거점 구축" not in programmes
