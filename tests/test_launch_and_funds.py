"""Launches and funding of programmes stated by constructions the cue frames do not link,
each on an invented sentence read through the whole document loader."""

from __future__ import annotations

from loaders.document import read_document
from loaders.normalise import split_blocks
from tests.reading import facts, relationships


def test_a_state_funds_the_programme_it_acts_through(loader, tmp_path):
    got = relationships(loader, tmp_path, "캐나다는 ‘북방 AI 이니셔티브’를 통해 농업과 광업 분야의 AI 응용을 지원하고 있으며, "
                                          "대학과 연계하여 약 4억 달러의 투자를 추진하고 있다.\n")
    props = got[("Canadian government", "FUNDS", "북방 AI 이니셔티브")]
    assert props["amount_usd"] == 4e8


def test_money_sent_to_a_named_recipient_is_not_the_channels(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다는 ‘북방 AI 이니셔티브’를 통해 네이버에 약 4억 달러의 투자를 추진하고 있다.\n")
    assert ("Canadian government", "FUNDS", "북방 AI 이니셔티브") not in got


def test_the_backers_of_the_fund_a_sentence_is_about(loader, tmp_path):
    text = ("정부는 올해 50조 원 규모의 미래기술 펀드 조성을 추진한다. "
            "이 펀드는 정부와 민간이 공동으로 출자하는 구조로 운영될 예정이다.\n")
    got = facts(loader, tmp_path, text)
    assert any(s == "Government of Korea" and t == "FUNDS" and o.endswith("미래기술 펀드") for s, t, o in got)


def test_a_fund_backed_in_another_clause_is_not_paid_in(loader, tmp_path):
    text = ("정부는 올해 50조 원 규모의 미래기술 펀드 조성을 추진한다. "
            "이 펀드는 대형 모델에 집중하며, 정부와 민간이 출자한 기업은 제외된다.\n")
    got = facts(loader, tmp_path, text)
    assert not any(t == "FUNDS" and o.endswith("미래기술 펀드") for s, t, o in got)


def test_a_state_sets_out_or_adopts_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Canadian government set out the Northern AI Strategy in March.\n")
    assert ("Canadian government", "LAUNCHED", "Northern AI Strategy") in got
    got = facts(loader, tmp_path, "Canada adopted the Northern AI Strategy in 2031.\n")
    assert ("Canadian government", "LAUNCHED", "Northern AI Strategy") in got


def test_a_company_adopting_a_strategy_launches_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "Moxa adopted the Northern AI Strategy in March.\n")
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_a_glossed_phrase_takes_in_the_known_programme_it_is_named_after(loader, tmp_path):
    text = ("캐나다는 2031년 「북방데이터법」을 제정하였다. 캐나다는 북방데이터법 상담 데스크(Northern Data Act Help Desk)를 "
            "통해 기업의 법 준수를 돕고 있다.\n")
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    desk = next(a for a in batch.actors.values() if a.name_ko == "북방데이터법 상담 데스크" or a.name == "북방데이터법 상담 데스크")
    assert "Northern Data Act Help Desk" in [desk.name, *desk.aliases]
    got = facts(loader, tmp_path, text)
    assert ("Canadian government", "LAUNCHED", desk.name) in got


def test_the_leaders_named_before_juddo_launch_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다 혁신과학경제개발부 주도로 ‘북방 AI 프로젝트’가 출범하였다.\n")
    assert ("Innovation, Science and Economic Development Canada", "LAUNCHED", "북방 AI 프로젝트") in got
    got = facts(loader, tmp_path, "정부 주도로 추진된 ‘AI 바우처 사업’은 올해 300개 기업을 선정했다.\n")
    assert ("Government of Korea", "LAUNCHED", "AI 바우처 사업") in got


def test_a_programme_joined_under_a_lead_is_not_launched_by_the_leader(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다 주도로 ‘북방 AI 프로젝트’에 일본이 참여하였다.\n")
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_a_state_funds_the_programme_its_money_goes_through(loader, tmp_path):
    got = relationships(loader, tmp_path, "The Canadian government will invest C$2 billion through the Northern AI Fund.\n")
    assert got[("Canadian government", "FUNDS", "Northern AI Fund")]["amount"] == 2.0
    got = facts(loader, tmp_path, "Moxa will invest $2 billion through the Northern AI Fund.\n")
    assert not [f for f in got if f[1] == "FUNDS"]
    got = facts(loader, tmp_path, "Under the Northern AI Strategy, Canada will spend $2 billion on computing.\n")
    assert ("Canadian government", "FUNDS", "Northern AI Strategy") in got
    got = facts(loader, tmp_path, "Under the Northern AI Strategy, Canada will train 5,000 researchers.\n")
    assert not [f for f in got if f[1] == "FUNDS"]


def test_money_allocated_or_earmarked_for_a_programme_funds_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Canadian government earmarked $300 million for the Northern Compute Programme.\n")
    assert ("Canadian government", "FUNDS", "Northern Compute Programme") in got


def test_a_subject_joined_to_a_common_noun_launches(loader, tmp_path):
    text = "2031년 APEC 정상회의에서 정부와 산업계는 약 30만 개의 GPU를 도입한다는 북방 AI 인프라 구축 계획을 발표하였다.\n"
    assert ("Government of Korea", "LAUNCHED", "북방 AI 인프라 구축 계획") in facts(loader, tmp_path, text)
    got = facts(loader, tmp_path, "정부와 기업은 ‘북방 AI 프로젝트’에 참여하였다.\n")
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_bare_government_after_another_country_is_not_koreas(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다 혁신과학경제개발부가 예산을 늘린 가운데 정부와 산업계는 북방 AI 인프라 구축 계획을 발표하였다.\n")
    assert ("Government of Korea", "LAUNCHED", "북방 AI 인프라 구축 계획") not in got


def test_a_paragraph_opening_with_its_heading_label_is_not_the_headings_tail(loader, tmp_path):
    text = ("캐나다는 북방 지역의 데이터 인프라와 인재 기반을 넓히기 위해 여러 정책을 \n\n"
            "동시에 추진하고 있으며 관련 예산도 해마다 늘어나는 추세에 있다고 평가된 \n\n"
            "다. 연방 정부는 주정부와 함께 지역 대학의 연구 역량을 키우는 데에도 힘을 \n\n"
            "쏟고 있다.\n\n"
            "3) 캐나다: 북방 지역 중심 AI 생태계에 대한 접근권 강화와 인재육성\n\n"
            "캐나다는 「북방 데이터 전략(Northern Data Strategy)」을 통해 AI를 활용한 \n\n"
            "경제성장과 공공서비스 혁신, 데이터 주권 확보를 국가전략의 핵심 기조로 설\n\n"
            "정하고 있다.\n")
    heading = next(b for b in split_blocks(text) if b.text.startswith("3)"))
    assert heading.text.endswith("인재육성")
    assert ("Canadian government", "LAUNCHED", "북방 데이터 전략") in facts(loader, tmp_path, text)


def test_a_glossed_title_naming_a_known_plan_after_a_qualifier_is_a_new_plan(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다는 2031년 「북방 AI 행동계획(Northern AI Action Plan)」을 발표하였다.\n")
    assert ("Canadian government", "LAUNCHED", "북방 AI 행동계획") in got
    assert ("Canadian government", "LAUNCHED", "AI Action Plan") not in got
    got = facts(loader, tmp_path, "영국 정부는 2031년 「국가 AI 전략(UK National AI Strategy)」을 발표하였다.\n")
    assert ("UK government", "LAUNCHED", "UK National AI Strategy") in got
