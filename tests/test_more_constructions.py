"""More Korean constructions, each on an invented sentence (not from any document).

Relative clauses whose head stands a few words after the verb, causative "출범시킨" for setting
up a company, and a partner named after the partnership word, just before the verb that seals it.
"""

from __future__ import annotations

from tests.reading import facts_by_latin_spelling


def test_founder_in_a_relative_clause_with_a_long_head(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 2020년 한도윤(Han Doyun)이 창업한 물류 경로 예측 AI 기업으로, 올해 흑자를 냈다.\n")
    assert ("Han Doyun", "FOUNDED", "Garam Logic") in got


def test_a_company_set_up_by_causative_launch(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "국부펀드 누리캐피털(Nuri Capital)이 지난해 출범시킨 AI 기업 솔바람랩스(Solbaram Labs)가 "
                "주목받고 있다.\n")
    assert ("누리캐피털", "FOUNDED", "솔바람랩스") in got


def test_the_body_a_programme_is_run_by_is_not_set_up_with_it(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "나라 정부는 미래부(Mirae Ministry)를 주관 부처로 하는 「새빛 AI 챌린지」를 출범시키고 예산을 배정했다.\n")
    assert not {f for f in got if f[1] == "FOUNDED"}


def test_a_partner_named_after_the_contract(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "푸른은행(Pureun Bank)은 상담 시스템에 이 모델을 쓰는 공급 계약을 가람로직(Garam Logic)과 체결했다.\n")
    assert {("푸른은행", "PARTNERS_WITH", "Garam Logic"), ("Garam Logic", "PARTNERS_WITH", "푸른은행")} & got


def test_a_partner_named_before_the_agreement(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "한결반도체(Hangyeol Semi)는 새 서버용 칩을 공동 개발하기로 솔바람랩스(Solbaram Labs)와 합의했다.\n")
    assert ({("한결반도체", "PARTNERS_WITH", "솔바람랩스"), ("솔바람랩스", "PARTNERS_WITH", "한결반도체")} & got)


def test_a_with_name_followed_by_another_verb_is_no_late_partner(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "한결반도체(Hangyeol Semi)는 공급 계약을 맺은 뒤 솔바람랩스(Solbaram Labs)와 경쟁하고 있다.\n")
    assert not {f for f in got if f[1] == "PARTNERS_WITH"}


def test_joining_in_a_role_joins_the_programme_in_play(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "과기정통부는 올해 「새빛 AI 실증사업」을 새로 시작했다. 사업에는 3년간 500억 원이 들어간다. "
                "한빛전자통신연구원이 기술 자문기관으로 참여한다.\n")
    assert ("한빛전자통신연구원", "PARTICIPATES_IN", "새빛 AI 실증사업") in got


def test_running_the_fund_just_announced(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "정부는 1조 원 규모의 ‘새빛 AI 동반성장 펀드’ 조성 계획을 발표하였다. 펀드 운용은 한국산업은행이 맡는다.\n")
    assert any(s == "Korea Development Bank" and r == "PARTICIPATES_IN" and "새빛 AI 동반성장 펀드" in o
               for s, r, o in got)


def test_a_local_unit_also_set_up_by_the_company_in_play(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 올해 200억 원을 유치했다. 해외 진출을 위해 베트남 하노이에 현지 법인 "
                "'가람로직 비나'도 세웠다.\n")
    assert ("가람로직 비나", "SUBSIDIARY_OF", "Garam Logic") in got


def test_a_state_blocking_a_stake_purchase_regulates_the_bidder(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "호주 정부는 지난해 싱가포르계 투자사 누리캐피털(Nuri Capital)이 추진한 솔바람랩스(Solbaram Labs) "
                "지분 취득에 대해 국가안보 심사를 벌인 끝에 이를 불허했다.\n")
    assert ("Australian government", "REGULATES", "누리캐피털") in got
    assert not {f for f in got if f[1] == "INVESTED_IN"}


def test_a_deal_approved_regulates_nobody(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "호주 정부는 누리캐피털(Nuri Capital)의 솔바람랩스(Solbaram Labs) 인수를 승인했다.\n")
    assert not {f for f in got if f[1] == "REGULATES"}


def test_the_unit_the_passage_is_about_held_by_its_owner(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "솔바람랩스(Solbaram Labs)는 음성 합성 모델을 만든다. 2023년 한결전자(Hangyeol Electronics)의 연구소에서 분사했지만, "
                "지금도 한결전자가 지분 100%를 보유한 자회사다.\n")
    assert ({("Solbaram Labs", "SUBSIDIARY_OF", "한결전자"), ("솔바람랩스", "SUBSIDIARY_OF", "한결전자")} & got)


def test_a_unit_named_after_the_holding_clause_is_not_the_topic(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "솔바람랩스(Solbaram Labs)는 한결전자가 지분을 보유한 자회사 새솔데이터를 통해 데이터를 모은다.\n")
    assert not {f for f in got if f[0] in ("Solbaram Labs", "솔바람랩스") and f[1] == "SUBSIDIARY_OF"}


def test_a_list_joining_in_a_role(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "경제부는 올해 「새빛 계산기반 프로젝트」를 출범시켰다. 사업에는 3년간 900억 엔이 들어간다. "
                "네이버클라우드와 KT클라우드가 공급 사업자로 참여한다.\n")
    assert {("Naver Cloud", "PARTICIPATES_IN", "새빛 계산기반 프로젝트"),
            ("KT Cloud", "PARTICIPATES_IN", "새빛 계산기반 프로젝트")} <= got


def test_a_state_restricting_a_product_export_regulates_its_maker(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "미국 상무부가 지난달 AMD 'MI-77'의 대중국 수출에 허가 요건을 부과하면서 "
                "회사의 매출 전망이 낮아졌다.\n")
    assert ("US Department of Commerce", "REGULATES", "AMD") in got


def test_a_company_growing_its_exports_is_not_regulated(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "미국 상무부에 따르면 AMD의 대중국 수출은 지난해 크게 늘었다.\n")
    assert not {f for f in got if f[1] == "REGULATES"}


def test_a_titled_founder_is_never_what_was_founded(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 2020년 한도윤(Han Doyun) 교수가 창업한 물류 기업으로, 올해 흑자를 냈다.\n")
    assert not {f for f in got if f[0] == "Garam Logic" and f[1] == "FOUNDED"}


def test_a_quoted_name_the_clause_calls_a_model(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "같은 달 공개된 가람로직(Garam Logic)의 ‘가온-2’는 12개 언어를 지원하는 모델로, 은행 상담에 쓰인다.\n")
    assert ("Garam Logic", "DEVELOPS", "가온-2") in got


def test_a_business_model_makes_no_model(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)의 ‘가온 플러스’는 구독형 모델로 운영되며, 은행 상담에 쓰인다.\n")
    assert not {f for f in got if f[1] == "DEVELOPS"}


def test_a_ministry_no_list_knows_named_after_its_country(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 지난달 베트남 보건부와 의료 상담 챗봇 공급 계약을 체결했다.\n")
    assert {("Garam Logic", "PARTNERS_WITH", "베트남 보건부"), ("베트남 보건부", "PARTNERS_WITH", "Garam Logic")} & got


def test_a_ministry_word_inside_a_longer_noun_is_no_ministry(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 지난달 베트남 전자부품 업체와 공급 계약을 체결했다.\n")
    assert not {f for f in got if "전자부" in f[0] or "전자부" in f[2]}
