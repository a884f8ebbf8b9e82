"""Korean LAUNCHED, DEVELOPS and SUBSIDIARY_OF stated in relative clauses, possessives and glosses
(helper kolaunch).

Each test uses an invented sentence about invented actors (gazetteer ministries where a state is
needed) and checks one general habit through the whole loader.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from tests.reading import korean_facts

# -- LAUNCHED: the owner in a relative clause of setting up, or prefixed to a quoted name --

def test_a_programme_a_ministry_set_up_in_a_relative_clause(loader):
    text = "과학기술정보통신부가 올해 처음 만든 '온빛 AI 실증 지원사업'에 12개사가 지원했다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 AI 실증 지원사업") in korean_facts(loader, text)


def test_a_fund_an_investor_formed_in_a_relative_clause(loader):
    text = "이번 라운드에는 누리솔벤처스가 지난해 결성한 '누리솔 AI 스케일업 펀드'도 참여했다.\n"
    assert ("누리솔벤처스", "LAUNCHED", "누리솔 AI 스케일업 펀드") in korean_facts(loader, text)


def test_a_programme_a_ministry_pushes_in_a_relative_clause(loader):
    text = "모래솔랩은 산업통상자원부가 추진하는 '제조 AI 팩토리 실증사업'에 참여한다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "제조 AI 팩토리 실증사업") in got
    assert ("모래솔랩", "LAUNCHED", "제조 AI 팩토리 실증사업") not in got  # it only joins


def test_a_company_that_only_runs_a_programme_in_a_relative_clause_is_no_launcher(loader):
    text = "모래솔캐피탈이 운영하는 '모래솔 그로스 펀드'는 3곳에 투자했다.\n"
    assert not {f for f in korean_facts(loader, text) if f[1] == "LAUNCHED"}


def test_a_ministry_prefixed_to_a_quoted_programme_owns_it(loader):
    text = "온결팜은 지난 3월 농림축산식품부 '스마트 온실 AI 실증사업' 공모에 선정됐다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of Agriculture, Food and Rural Affairs", "LAUNCHED", "스마트 온실 AI 실증사업") in got
    assert ("온결팜", "LAUNCHED", "스마트 온실 AI 실증사업") not in got


def test_a_quoted_programme_inside_a_quoted_speech(loader):
    text = "\"과학기술정보통신부가 올해 새로 만든 '온빛 데이터센터 바우처 사업'이 있습니다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 데이터센터 바우처 사업") in korean_facts(loader, text)


# -- DEVELOPS: a new product the clause's topic runs, services, upgrades, or calls its flagship --

def test_a_product_the_company_runs_as_a_service(loader):
    text = "솔뫼랩스는 2022년 김도현 대표가 세운 회사로, 문서 자동화 에이전트 '솔뫼 워커'를 서비스하고 있다.\n"
    got = korean_facts(loader, text)
    assert ("솔뫼랩스", "DEVELOPS", "솔뫼 워커") in got
    assert ("김도현", "DEVELOPS", "솔뫼 워커") not in got


def test_a_quoted_platform_is_a_product_not_a_startup(loader):
    text = "가람바이오는 자체 플랫폼 '가람스크린(GaramScreen)'을 운영하고 있다.\n"
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    types = {a.name: a.type for a in batch.actors.values()}
    assert types.get("가람스크린") == "Model"
    assert "Startup" not in {types.get(n) for n in ("가람스크린", "GaramScreen")}
    assert ("가람바이오", "DEVELOPS", "가람스크린") in korean_facts(loader, text)


def test_a_product_the_company_upgrades(loader):
    text = "- 누리모아AI는 이 자금으로 합성데이터 플랫폼 '누리모아 싱크(Nurimoa Sync)'를 고도화한다.\n"
    assert ("누리모아AI", "DEVELOPS", "누리모아 싱크") in korean_facts(loader, text)


def test_a_product_that_is_the_companys_mainstay(loader):
    text = "산업용 AI 스타트업 벼리로직은 2021년 세워졌다. 검사 모델 '벼리아이(ByeoriEye)'가 주력이다.\n"
    assert ("벼리로직", "DEVELOPS", "벼리아이") in korean_facts(loader, text)


# -- SUBSIDIARY_OF: a company's unit abroad, named by its country and 법인 --

def test_the_owners_unit_abroad_after_a_possessive(loader):
    text = "현지 영업은 카카오의 일본 법인인 카카오누리재팬이 맡는다.\n"
    got = korean_facts(loader, text)
    assert ("카카오누리재팬", "SUBSIDIARY_OF", "Kakao") in got
    assert ("카카오누리재팬", "BASED_IN", "Japan") in got


def test_a_unit_the_topic_set_up(loader):
    text = "외국계 기업 라온데이터는 지난달 한국법인 라온데이터코리아를 오창에 세웠다.\n"
    assert ("라온데이터코리아", "SUBSIDIARY_OF", "라온데이터") in korean_facts(loader, text)


def test_the_topic_said_to_be_a_units_abroad(loader):
    text = "㈜바다스캔코리아는 베트남 물류 AI 기업 바다스캔이 지난해 부산에 세운 한국법인으로, 랩에 입주한다.\n"
    got = korean_facts(loader, text)
    assert ("바다스캔코리아", "SUBSIDIARY_OF", "바다스캔") in got
    assert ("바다스캔코리아", "BASED_IN", "South Korea") in got


def test_setting_up_a_unit_abroad_names_no_unit(loader):
    text = "누리결은 올해 2022년 설립됐다. 회사는 이번 자금으로 일본 법인 설립을 추진한다.\n"
    assert not {f for f in korean_facts(loader, text) if f[1] == "SUBSIDIARY_OF"}


def test_a_corporate_venture_arm_needs_no_possessive(loader):
    for text in ("삼성전자 CVC인 누리테크벤처스는 미국 로봇 스타트업에 투자했다.\n",
                 "삼성전자 기업형 벤처캐피털 누리테크벤처스는 미국 로봇 스타트업에 투자했다.\n"):
        assert ("누리테크벤처스", "SUBSIDIARY_OF", "Samsung Electronics") in korean_facts(loader, text)


def test_a_headline_comma_stands_for_the_owners_particle(loader):
    text = "6월 ▲ 카카오, AI 자회사 '누리빛랩(Nuribit Lab)' 분사 … 모델 사업 이관\n"
    assert ("누리빛랩", "SUBSIDIARY_OF", "Kakao") in korean_facts(loader, text)


# -- LAUNCHED in a main clause: a programme made, a programme a state runs --

def test_a_programme_a_ministry_newly_makes(loader):
    text = "과학기술정보통신부는 데이터센터 구축 비용을 지원하는 '온빛 실증 바우처' 사업을 새로 만들고 총 420억원을 투입한다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 실증 바우처") in korean_facts(loader, text)


def test_a_programme_a_state_runs(loader):
    text = "경제산업성은 2024년부터 생성형 AI 개발 지원 사업 '누리온'을 운영하며 자국 기업을 돕고 있다.\n"
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "누리온") in korean_facts(loader, text)


def test_a_fund_a_firm_runs_is_not_launched_by_the_verb(loader):
    text = "누리솔파트너스는 '누리솔 그로스 펀드'를 운영하며 AI 스타트업 3곳에 투자했다.\n"
    assert ("누리솔파트너스", "LAUNCHED", "누리솔 그로스 펀드") not in korean_facts(loader, text)
