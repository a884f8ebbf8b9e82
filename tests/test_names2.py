"""Names the pipeline never found: a coined one-word brand glossed in Latin ("로브큐(RoveQ)"), a
company set up under a quoted, glossed title, people glossed with their characters before their
role, a given name ending in 운, rounds that are no names ("Series B", "시리즈B"), and cities
that stand for their governments ("베이징시는")."""

from __future__ import annotations

import pytest

from loaders.deal_parties import deal_parties
from loaders.discovery import find_candidates
from loaders.model_codes import hangul_model_codes
from loaders.person_names import find_korean_people
from tests.reading import facts


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_candidates(text, [])]


def test_a_coined_latin_word_vouches_for_its_hangul_spelling(loader, tmp_path):
    """"모브웍스(MobWorks)": one Latin word with a capital inside is a brand, so the Hangul
    spelling is its name, found again bare later in the document."""
    text = "모브웍스(MobWorks)는 물류 로봇을 만든다.\n한빛벤처스는 모브웍스에 50억원을 투자했다.\n"
    assert ("한빛벤처스", "INVESTED_IN", "모브웍스") in facts(loader, tmp_path, text)


def test_a_plain_latin_word_glosses_a_loanword_not_a_name(loader, tmp_path):
    """"파운데이션(Foundation)": one plain Latin word may be a loanword's source."""
    text = "파운데이션(Foundation)은 기초를 뜻한다.\n"
    assert not any("파운데이션" in (f[0], f[2]) for f in facts(loader, tmp_path, text))


def test_a_quoted_glossed_company_title_is_named_by_its_hangul_and_latin():
    mentions = find_candidates("누리소프트, AI 자회사 '다온랩(Daon Lab)' 분사", [])
    unit = next(m for m in mentions if "다온랩" in m.surface)
    assert unit.actor.name == "다온랩" and "Daon Lab" in unit.actor.aliases


@pytest.mark.parametrize(("text", "name"), [
    ("칭화대 출신 천밍위(陈明宇) 최고경영자(CEO)가 2021년 창업한 이 회사는 로봇을 만든다.", "천밍위"),
    ("연구원 출신 야마다 하루(山田 春) 대표가 2024년 세운 곳이다.", "야마다 하루"),
    ("베이징대 교수 출신 저우린하오(周林浩)가 세운 회사다.", "저우린하오"),
    ("공장 자동화 기업 출신 박지운 대표가 2023년 설립했다.", "박지운"),
])
def test_people_glossed_or_named_like_adjectives_before_their_role(text, name):
    assert name in [p.name for p in find_korean_people(text, [])]


@pytest.mark.parametrize("text", [
    "어려운 대표가 많다.",
    "상하이 소재 바이란즈넝(白岚智能) 대표 장웨이는 말했다.",
])
def test_adjectives_and_companies_before_a_role_are_no_people(text):
    assert all(p.name not in ("어려운", "바이란즈넝") for p in find_korean_people(text, []))


@pytest.mark.parametrize(("text", "round_name"), [
    ("The Series B was led by Harbor Lane Capital.", "Series B"),
    ("스타트업 시리즈B 라운드에 한빛벤처스가 참여했다.", "시리즈B"),
])
def test_a_funding_round_is_never_a_name(text, round_name):
    assert round_name not in _surfaces(text)


def test_a_chinese_city_stands_for_its_government(loader, tmp_path):
    text = "상하이시는 AI 스타트업 모브웍스에 50억원을 투자했다.\n"
    assert ("Shanghai Municipal Government", "FUNDS", "모브웍스") in facts(loader, tmp_path, text)


def test_a_quoted_coined_word_after_a_programme_head_stays_the_programme():
    """"지원사업 '로보코어(RoboCore)'": a quoted coined word titles the programme before it."""
    mentions = find_candidates("로봇 모델 개발 지원사업 '누바코어(NuvaCore)' 개시", [])
    assert all(m.actor.type == "Program" for m in mentions if "누바코어" in m.surface)


def test_a_recurring_word_in_a_deal_place_is_a_name(loader, tmp_path):
    """"한솔벤처스는 ... 무드랩스에 ... 넣었다. 무드랩스는 ...": no descriptor says what 무드랩스 is;
    receiving the money, and coming back, does."""
    text = "한솔벤처스는 지난달 무드랩스에 120억원을 넣었습니다.\n무드랩스는 이 돈으로 연구소를 세웁니다.\n"
    assert any(f[1] == "INVESTED_IN" and f[2] == "무드랩스" for f in facts(loader, tmp_path, text))


@pytest.mark.parametrize("text", [
    "스타트업은 투자를 유치했다. 스타트업이 늘었다.",
    "모델을 개발하는 회사가 투자를 유치했다. 모델을 개발하는 곳이 많다.",
    "이 회사는 투자를 유치했다. 이 회사는 크다.",
])
def test_common_nouns_and_verb_stems_in_a_deal_place_are_no_names(text):

    assert deal_parties(text, lambda word: False) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("'미르-3'은 수학 추론에서 좋은 평가를 받는다. 작년에 공개한 바다-7B가 뒤를 이었다.", ["미르-3", "바다-7B"]),
    ("→ 모델명 '솔빛-K'", ["솔빛-K"]),
    ("코로나-19 이후 탄소중립-2050 계획과 일본-EU 협정, 축적-AI 논의.", []),
])
def test_a_hangul_word_with_a_version_code_is_a_model(text, codes):
    mentions = hangul_model_codes(text, lambda word: False)
    assert [m.surface for m in mentions] == codes and all(m.actor.type == "Model" for m in mentions)


@pytest.mark.parametrize(("text", "names"), [
    ("마루파트너스는 2020년 윤하솔 파트너와 최도겸 대표가 공동 설립한 벤처캐피털이다.", ["윤하솔", "최도겸"]),
    ("전략적 파트너로 삼았다. 현지 파트너와 협력하고 파트너 국가들이 참여했다.", []),
])
def test_a_venture_firms_partner_is_a_post_people_hold(text, names):
    assert [p.name for p in find_korean_people(text, [])] == names


@pytest.mark.parametrize(("text", "names"), [
    ("[인터뷰] 오세린 / 누리로봇 대표", ["오세린"]),
    ("수출 / 수입 대표 품목", []),
])
def test_a_broadcast_caption_names_a_person_before_a_slash(text, names):
    assert [p.name for p in find_korean_people(text, [])] == names
