"""Takeovers and ownership (ACQUIRED, SUBSIDIARY_OF) in Korean and English, and the possessives,
glosses and purchases that name no owner. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import facts, facts_by_latin_spelling, korean_facts, relationships


def test_a_subsidiary_without_owner_belongs_to_the_clause_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 클라우드 자회사 카카오엔터프라이즈를 앞세워 판교에 데이터센터를 짓고 있다.\n")
    assert {("Kakao Enterprise", "SUBSIDIARY_OF", "Kakao"), ("카카오엔터프라이즈", "SUBSIDIARY_OF", "Kakao")} & got


def test_a_subsidiary_without_owner_in_a_bullet_belongs_to_the_heading_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 카카오: 투자 확대\n- 자회사 카카오벤처스를 통해 스타트업 투자 확대\n")
    assert ("Kakao Ventures", "SUBSIDIARY_OF", "Kakao") in got


def test_a_possessor_before_the_subsidiary_is_its_owner_not_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 KT의 클라우드 자회사 KT클라우드와 협약을 맺었다.\n")
    assert ("KT Cloud", "SUBSIDIARY_OF", "Naver") not in got


def test_a_headline_comma_marks_the_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "6월 ▲ 카카오, 데이터 분석 기업 다솜데이터 인수 … 약 200억원\n")
    assert ("Kakao", "ACQUIRED", "다솜데이터") in got


def test_a_quoted_name_after_its_descriptor_takes_its_particle_after_the_quote(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 번역 스타트업 '말빛'을 약 200억 원에 인수했다고 밝혔습니다.\n")
    assert ("Kakao", "ACQUIRED", "말빛") in got


def test_a_quoted_verb_takes_no_object_after_the_quote(loader, tmp_path):
    text = ("Wendy Arkwright, an analyst at Telford Research, said Brisco was \"buying a seat at the table\" "
            "as Halvard Semiconductor's customers look elsewhere.\n")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "ACQUIRED"]


_DEAL_TABLE = ("Quarterly M&A review\n\nThe buyers kept coming this quarter.\n\n"
               "Recent deals\nAcquirer | Target (HQ) | Value | Status\n"
               "Ostrava Systems | Brindlewood AI (Lisbon) | ~$300m | Closed\n"
               "Pellmark | Corvane Labs (Oslo) | undisclosed | Agreed\n\nSources: filings.\n")


def test_a_column_of_acquirers_makes_each_row_a_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, _DEAL_TABLE)
    assert ("Ostrava Systems", "ACQUIRED", "Brindlewood AI") in got
    assert ("Pellmark", "ACQUIRED", "Corvane Labs") in got
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_venture_fund_after_a_possessive_and_the_companys_arm_are_units(loader, tmp_path):
    text = ("Corvane agreed to buy Tillwater, a Leeds startup. Corvane Ventures, the company's corporate venture arm, "
            "had backed Tillwater since 2023. Tillwater also raised money from Q7 Capital, Pellmark's venture fund.\n")
    got = facts(loader, tmp_path, text)
    assert ("Corvane Ventures", "SUBSIDIARY_OF", "Corvane") in got
    assert ("Q7 Capital", "SUBSIDIARY_OF", "Pellmark") in got


def test_a_dash_headed_item_bought_or_backed_alone(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 이번 주 짧은 딜\n\n"
                "· 소담보이스 — 음성 합성 스타트업. 카카오에 인수됐다. 인수가는 비공개.\n"
                "· 큐브레인 — 추론 최적화 SW. 시리즈A 60억원. 한솔파트너스가 단독으로 투자.\n")
    assert ("Kakao", "ACQUIRED", "소담보이스") in got
    assert ("한솔파트너스", "INVESTED_IN", "큐브레인") in got
    assert not any(subject == "Kakao" and obj == "큐브레인" for subject, _, obj in got)


def test_an_owner_named_before_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI builds grid software for data centres. "
                "Velmora AI is a wholly owned Harrowgate Capital subsidiary.\n")
    assert ("Velmora AI", "SUBSIDIARY_OF", "Harrowgate Capital") in got


def test_a_buyer_that_is_buying_is_no_target(loader, tmp_path):
    got = facts(loader, tmp_path, "- Pennwhistle is buying Tarrow AI, a Leeds search start-up, for roughly $40M.\n")
    assert ("Pennwhistle", "ACQUIRED", "Tarrow AI") in got
    assert ("Tarrow AI", "ACQUIRED", "Pennwhistle") not in got


def test_a_groups_corporate_venture_capital_arm(loader, tmp_path):
    for unit in ("기업형벤처캐피탈(CVC)", "기업형 벤처캐피털"):
        got = facts(loader, tmp_path, f"미국에 본사를 둔 한빛그룹의 {unit} 한빛테크벤처스와 가람은행이 신규 투자자로 이름을 올렸다.\n")
        assert ("한빛테크벤처스", "SUBSIDIARY_OF", "한빛그룹") in got
        assert not [f for f in got if f[0].startswith("기업형")]


def test_a_gloss_naming_the_group_a_unit_belongs_to(loader, tmp_path):
    got = facts(loader, tmp_path, "참여: 노을벤처스(한빛전자 CVC), 다온캐피탈(로뎀그룹 계열)\n")
    assert ("노을벤처스", "SUBSIDIARY_OF", "한빛전자") in got
    assert ("다온캐피탈", "SUBSIDIARY_OF", "로뎀그룹") in got


def test_a_gloss_naming_where_a_person_came_from_is_no_ownership(loader, tmp_path):
    got = facts(loader, tmp_path, "참여: 노을벤처스(한빛전자 CVC 출신 대표), 다온캐피탈(로뎀그룹 계열사 투자)\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_a_known_groups_possessive_on_an_investment_firm(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Robotics raised $40 million from BlackRock's Fenwick Harbour Partners.\n")
    assert ("Fenwick Harbour Partners", "SUBSIDIARY_OF", "BlackRock") in got


def test_a_places_possessive_on_an_investment_firm_is_no_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Robotics raised $40 million from Singapore's Fenwick Harbour Partners.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_a_unit_named_after_its_owner_and_a_few_words_of_what_it_does(loader, tmp_path):
    got = facts(loader, tmp_path, "로뎀전자의 기술 스타트업 투자 조직 로뎀벤처스는 모레아랩스에 후속 투자했다.\n")
    assert ("로뎀벤처스", "SUBSIDIARY_OF", "로뎀전자") in got
    got = facts(loader, tmp_path, "로뎀전자의 AI 싱크탱크인 로뎀연구소는 모레아랩스와 협약을 맺었다.\n")
    assert ("로뎀연구소", "SUBSIDIARY_OF", "로뎀전자") in got
    got = facts(loader, tmp_path, "Morea Labs invests through its venture arm, Morea Ventures.\n")
    assert ("Morea Ventures", "SUBSIDIARY_OF", "Morea Labs") in got


def test_a_country_before_a_unit_noun_owns_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "미국의 대표 AI 싱크탱크인 로뎀연구소는 모레아랩스와 협약을 맺었다.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]
    got = facts(loader, tmp_path, "Morea Labs sold its robotics arm to Hanbit Robotics.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_a_takeover_under_consideration_keeps_its_qualifier(loader: DocumentLoader, tmp_path: Path):
    found = relationships(loader, tmp_path, "알파캐피탈은 베타랩스 인수를 검토하고 있다.")
    assert found[("알파캐피탈", "ACQUIRED", "베타랩스")]["qualifier"] == "under consideration"


def test_a_unit_named_after_san_ha_is_not_the_topic(loader: DocumentLoader, tmp_path: Path):
    text = "물류 스타트업 누리로지스는 한빛그룹 산하 성장펀드 3호(Hanbit Growth Fund III)로부터 300억원을 단독 유치했다."
    assert not {f for f in facts(loader, tmp_path, text) if f[0] == "누리로지스" and f[1] == "SUBSIDIARY_OF"}


@pytest.mark.parametrize("text", [
    "한빛캐피탈은 한빛그룹 산하 벤처캐피털로 2019년 설립됐다.",
    "한빛캐피탈은 한빛그룹 산하 투자사로 누리로지스에 50억원을 투자했다.",
])
def test_the_topic_said_to_be_under_an_owner_is_still_its_unit(loader: DocumentLoader, tmp_path: Path, text: str):
    assert ("한빛캐피탈", "SUBSIDIARY_OF", "한빛그룹") in facts(loader, tmp_path, text)


def test_buying_a_companys_product_is_no_takeover(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs plans to buy Nvidia's newest Orion Vale racks next year."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "ACQUIRED"]


def test_buying_a_company_is_a_takeover(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs agreed to buy Tarnwell Robotics for $300 million."
    assert ("Halveric Labs", "ACQUIRED", "Tarnwell Robotics") in facts(loader, tmp_path, text)


def test_buying_a_companys_unit_takes_over_the_unit(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs agreed to buy Tarnwell Dynamics's drone unit Skyvane for $90 million."
    found = facts(loader, tmp_path, text)
    assert ("Halveric Labs", "ACQUIRED", "Tarnwell Dynamics") not in found
    assert ("Halveric Labs", "ACQUIRED", "Skyvane") in found


def test_an_investor_also_taking_part_does_not_change_the_story(loader: DocumentLoader, tmp_path: Path):
    text = ("Velkor Systems raised $30m in a round led by Halden Capital. Velkor Systems builds inference chips. "
            "Velkor Systems hired 40 engineers.\n\nBrisa Ventures also took part. It also acquired Mossline, "
            "a Leeds start-up.\n")
    found = facts(loader, tmp_path, text)
    assert ("Velkor Systems", "ACQUIRED", "Mossline") in found
    assert ("Brisa Ventures", "ACQUIRED", "Mossline") not in found


def test_a_wire_storys_ticker_is_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "Japan's Kuroshio Ltd (6789.T) has agreed to buy Munich-based robotics "
                                  "maker Feldmark GmbH for about 300 million euros, two people said.\n")
    assert not any(s == "6789.T" for s, _, _ in got)
    assert ("Kuroshio", "ACQUIRED", "Feldmark") in got


def test_a_glossed_kind_of_unit_before_the_affiliate_noun(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛금융그룹의 벤처캐피털(VC) 계열사인 한빛인베스트먼트는 누리랩에 30억원을 투자했다.\n")
    assert ("한빛인베스트먼트", "SUBSIDIARY_OF", "한빛금융그룹") in got


def test_a_unit_glossed_as_its_arm_belongs_to_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Kuroshio Holdings makes rail equipment. Last year it launched the Kuroshio Robotics Fund, "
                                  "managed by Kuroshio Capital Partners, its Berlin-based corporate venture arm.\n")
    assert ("Kuroshio Capital Partners", "SUBSIDIARY_OF", "Kuroshio Holdings") in got


def test_the_owner_in_a_clause_describing_a_partner_sets_up_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "클라우드 기업 한결클라우드는 투자사 가람홀딩스가 100% 지분을 보유한 AI 기업 누리온랩스와 "
                "합작법인(JV) '누리 컴퓨트(Nuri Compute)'를 설립하기로 하고 주주간 계약을 체결했다.\n")
    assert ("누리온랩스", "SUBSIDIARY_OF", "가람홀딩스") in got
    assert {("한결클라우드", "FOUNDED", "누리 컴퓨트"), ("누리온랩스", "FOUNDED", "누리 컴퓨트")} <= got
    assert not any("가람홀딩스" in (subject, obj) and rel in ("FOUNDED", "PARTNERS_WITH") for subject, rel, obj in got)


def test_a_country_between_a_parent_and_its_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 스타트업 메디누리가 시리즈A를 마쳤다. 투자사 가람캐피털의 한국 투자 자회사인 "
                "가람벤처스코리아가 리드했다.\n")
    assert ("가람벤처스코리아", "SUBSIDIARY_OF", "가람캐피털") in got


def test_a_deal_named_as_a_noun_belongs_to_its_possessive(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator cleared Orlin Systems' £90m acquisition of Pellucid Labs, "
                "a Leeds-based developer of compilers, on Tuesday.\n")
    assert ("Orlin Systems", "ACQUIRED", "Pellucid Labs") in got


def test_part_of_a_holders_stake_is_no_ownership(loader, tmp_path):
    got = facts(loader, tmp_path, "Analysts said Quarry Ventures and Brightmoor Capital were likely to take "
                "part of Tallis Holdings' stake.\n")
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in got)


def test_a_comma_and_after_an_asides_one_name_closes_the_aside(loader, tmp_path):
    got = facts(loader, tmp_path, "Pellwick raised $5 million from Fernway Capital, the venture arm of Corvexa, "
                "and Mistel Ventures, as well as several angels.\n")
    assert ("Fernway Capital", "SUBSIDIARY_OF", "Corvexa") in got
    assert ("Fernway Capital", "SUBSIDIARY_OF", "Mistel Ventures") not in got


def test_the_arm_of_a_giant_described_before_its_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Brackwell Capital, the venture arm of food-delivery giant Tenmoor, invested in "
                "Corvane Robotics in May.\n")
    assert ("Brackwell Capital", "SUBSIDIARY_OF", "Tenmoor") in got


def test_a_local_unit_also_set_up_by_the_company_in_play(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 올해 200억 원을 유치했다. 해외 진출을 위해 베트남 하노이에 현지 법인 "
                "'가람로직 비나'도 세웠다.\n")
    assert ("가람로직 비나", "SUBSIDIARY_OF", "Garam Logic") in got


def test_the_unit_the_passage_is_about_held_by_its_owner(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "솔바람랩스(Solbaram Labs)는 음성 합성 모델을 만든다. 2023년 한결전자(Hangyeol Electronics)의 연구소에서 분사했지만, "
                "지금도 한결전자가 지분 100%를 보유한 자회사다.\n")
    assert ({("Solbaram Labs", "SUBSIDIARY_OF", "한결전자"), ("솔바람랩스", "SUBSIDIARY_OF", "한결전자")} & got)


def test_a_unit_named_after_the_holding_clause_is_not_the_topic(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "솔바람랩스(Solbaram Labs)는 한결전자가 지분을 보유한 자회사 새솔데이터를 통해 데이터를 모은다.\n")
    assert not {f for f in got if f[0] in ("Solbaram Labs", "솔바람랩스") and f[1] == "SUBSIDIARY_OF"}


def test_acqui_hire_of_people_and_technology(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 지난달 5억 달러를 들여 "
                        "음성 AI 스타트업 ‘솔바람랩스(Solbaram Labs)’의 핵심 인력과 기술 라이선스를 확보했다.\n")
    assert got[("한빛전자", "ACQUIRED", "솔바람랩스")]["amount_usd"] == 500_000_000


def test_hiring_people_alone_is_no_acquisition(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "한빛전자(Hanbit Electronics)는 솔바람랩스(Solbaram Labs)의 핵심 인력을 영입했다.\n")
    assert not any(t == "ACQUIRED" for _, t, _ in got)


def test_named_pots_of_a_fund_belong_to_it(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "정부가 조성하는 ‘미래산업펀드’는 ‘소재혁신기금’(2조 원)에 더해 민간 자금(3조 원)을 포함한다.\n")
    assert ("소재혁신기금", "SUBSIDIARY_OF", "미래산업펀드") in got


def test_contents_of_a_plan_are_no_parts(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘디지털 전환 전략’은 ‘스마트 항만 사업’과 ‘농촌 원격의료 사업’을 포함한다.\n")
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in got)


def test_a_gloss_without_an_ownership_noun_keeps_one_actor(loader, tmp_path):
    text = "알파벳(구글)은 새 텐서 칩을 공개했다.\n"
    got = facts(loader, tmp_path, text)
    assert not any("Alphabet" in (s, o) for s, _, o in got)


def test_two_unknown_names_in_a_subsidiary_predicate_are_companies(loader, tmp_path):
    text = "올해 보조금을 받은 누리클라우드센터는 다솜전자의 자회사로, 남부 지역에 시설을 짓고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리클라우드센터", "SUBSIDIARY_OF", "다솜전자") in got
    assert not any(rel == "LAUNCHED" for _, rel, _ in got)


def test_an_owner_left_unnamed_is_no_actor(loader, tmp_path):
    text = "누리클라우드센터는 대기업의 자회사로, 남부 지역에 시설을 짓고 있다.\n"
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in facts(loader, tmp_path, text))


def test_a_unit_said_to_be_an_owners_kind_of_subsidiary_belongs_to_it(loader, tmp_path):
    text = ("누리랩은 지난해 카카오의 AI 연구 자회사로 편입됐다.\n\n"
            "카카오는 올해 네이버의 클라우드 자회사 다솜랩을 인수했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("누리랩", "SUBSIDIARY_OF", "Kakao") in got
    assert ("Kakao", "SUBSIDIARY_OF", "Naver") not in got


def test_an_owner_holding_a_unit_as_its_subsidiary_owns_it(loader, tmp_path):
    text = ("카카오는 카카오브레인을 자회사로 두고 있다.\n\n"
            "누리전자는 지난달 다솜칩을 완전 자회사로 편입했다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Kakao Brain", "SUBSIDIARY_OF", "Kakao"), ("다솜칩", "SUBSIDIARY_OF", "누리전자")} <= got


def test_public_body_part_of_a_government_body(loader, tmp_path):
    got = facts(loader, tmp_path, "The Northland Compute Office, part of the Ministry of Digital Affairs, opened a "
                                  "second site in May.\n")
    assert ("Northland Compute Office", "SUBSIDIARY_OF", "Ministry of Digital Affairs") in got


def test_state_fund_controlled_by_an_agency(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvest Capital is managed and controlled by the National Debt Agency.\n")
    assert ("Norvest Capital", "SUBSIDIARY_OF", "National Debt Agency") in got


def test_body_that_sits_inside_a_ministry(loader, tmp_path):
    got = facts(loader, tmp_path, "We worked directly with the Frontier Safety Office, which sits inside the "
                                  "Ministry of Digital Affairs.\n")
    assert ("Frontier Safety Office", "SUBSIDIARY_OF", "Ministry of Digital Affairs") in got


def test_a_product_sitting_inside_pipelines_belongs_to_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Vessel 2 now sits inside a surprising number of pipelines at Helix Bank.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_becoming_part_of_a_body_only_considered_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs is considering whether the Northland Compute "
                                  "Office could become part of the Northland Development Agency.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_a_possible_purchase_or_investment_is_none(loader, tmp_path):
    for tail in ("It could buy Tessar Labs.", "It would buy Tessar Labs.", "It is considering buying Tessar Labs.",
                 "It is in talks to buy Tessar Labs.", "It denied it would buy Tessar Labs.", "It may invest in Tessar Labs."):
        got = facts(loader, tmp_path, "Velmora signed a deal with Kestrel Systems. " + tail + "\n")
        assert not [f for f in got if f[1] in ("ACQUIRED", "INVESTED_IN")], tail
    got = facts(loader, tmp_path, "Velmora said it would buy Tessar Labs.\n")
    assert ("Velmora", "ACQUIRED", "Tessar Labs") in got


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
