"""Partnerships (PARTNERS_WITH) in Korean and English: agreements, joint work, suppliers and customers,
agreement tables, and the lists, directions and contracts that tie no one. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import (
    english_facts,
    facts,
    facts_by_latin_spelling,
    relationships,
)


def test_a_broker_reports_company_heading_is_the_subject_of_its_bullets(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 수주 모멘텀 유효\n"
                "- 이와 별도로 퀄컴과 온디바이스 AI 공동 개발 협력을 이어가는 중\n")
    assert {("LG Uplus", "PARTNERS_WITH", "Qualcomm"), ("Qualcomm", "PARTNERS_WITH", "LG Uplus")} & got


def test_supply_bound_for_a_customer_ties_supplier_and_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 엔비디아향 HBM3E 공급을 늘리고 있다.\n")
    assert {("Samsung Electronics", "PARTNERS_WITH", "NVIDIA"), ("NVIDIA", "PARTNERS_WITH", "Samsung Electronics")} & got


def test_supply_bound_for_a_customer_in_a_bullet_is_the_heading_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 실적 개선\n- 구글향 HBM3E 12단 공급 개시(2Q26)\n")
    assert {("SK hynix", "PARTNERS_WITH", "Google"), ("Google", "PARTNERS_WITH", "SK hynix")} & got


def test_a_direction_without_supply_ties_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 구글향 인증 절차를 진행 중이다.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_goods_as_topic_name_the_suppliers_of_the_carried_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 증설 본격화\n- 청주 신공장 착공.\n"
                "장비는 ASML이, 전력 설비는 LS일렉트릭이 공급\n")
    for supplier in ("ASML", "LS Electric"):
        assert {(supplier, "PARTNERS_WITH", "SK hynix"), ("SK hynix", "PARTNERS_WITH", supplier)} & got


def test_a_supplier_with_its_own_customer_named_is_not_the_carried_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 증설 본격화\n- 장비는 ASML이 삼성전자에 공급\n")
    assert ("ASML", "PARTNERS_WITH", "SK hynix") not in got


def test_a_comma_between_two_names_stays_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오, 네이버가 'AI 공동 연구 사업'에 참여한다.\n")
    assert not [f for f in got if f[0] == "Kakao" and f[2] == "Naver"]


_AGREEMENTS = ("<표 2> 협약 체결 현황\n\n연번\n협약기관(甲)\n협약기관(乙)\n주요 협력 내용\n"
               "1\n대전광역시\n누리소프트\n(Nuri Soft, 미국)\n로봇 실증 공동 추진 및 지역 \n인재 양성\n"
               "2\n한빛대학교\n가온브릿지인베\n스트먼트\n지역 스타트업 공동 발굴\n"
               "3\n카카오\n다온랩스\n데이터 공유\n\n※ 기관 명칭은 협약서 기준\n")


def test_a_numbered_agreement_tables_parties_partner_whatever_lines_their_cells_took(loader, tmp_path):
    got = facts(loader, tmp_path, _AGREEMENTS)
    pairs = {frozenset((f[0], f[2])) for f in got if f[1] == "PARTNERS_WITH"}
    assert frozenset(("Daejeon", "누리소프트")) in pairs
    assert frozenset(("한빛대학교", "가온브릿지인베스트먼트")) in pairs
    assert frozenset(("Kakao", "다온랩스")) in pairs
    assert not [p for p in pairs if any("협력" in name or "양성" in name or "공유" in name for name in p)]


def test_a_numbered_table_without_two_party_columns_gives_no_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "<표 3> 참가 현황\n\n연번\n기관명\n분야\n1\n대전광역시\n로봇\n2\n카카오\n플랫폼\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_speaker_caption_keeps_the_speakers_company_as_what_the_story_is_about(loader, tmp_path):
    text = ("[리포트]\n스타트업 누리웍스가 만든 회계용 AI 비서, '누리원'입니다.\n"
            "직원이 화면에 질문을 입력합니다.\n몇 초 만에 표가 나옵니다.\n답도 나옵니다.\n메일도 나옵니다.\n"
            "보고서도 나옵니다.\n\n[인터뷰] 홍다은 / 누리웍스 대표\n"
            "\"올해 안에 미국 시장에도 나갑니다. 준비는 끝났습니다.\"\n\n"
            "올해 초엔 LG CNS와 손잡고 공공기관에 에이전트를 공급하기 시작했습니다.\n")
    got = facts(loader, tmp_path, text)
    assert {("누리웍스", "PARTNERS_WITH", "LG CNS"), ("LG CNS", "PARTNERS_WITH", "누리웍스")} & got
    without_caption = facts(loader, tmp_path, text.replace("[인터뷰] 홍다은 / 누리웍스 대표\n", ""))
    assert not {("누리웍스", "PARTNERS_WITH", "LG CNS"), ("LG CNS", "PARTNERS_WITH", "누리웍스")} & without_caption


def test_a_news_lists_dated_headline_reads_as_a_headline(loader, tmp_path):
    text = "뉴스 NEWS\n2025.04.11  누리솔벤처스, 엔비디아와 스타트업 GPU 지원 업무협약(MOU)\n"
    got = facts(loader, tmp_path, text)
    assert {("누리솔벤처스", "PARTNERS_WITH", "NVIDIA"), ("NVIDIA", "PARTNERS_WITH", "누리솔벤처스")} & got


def test_a_clipped_sentence_without_subject_continues_the_subject_before(loader, tmp_path):
    text = "4. 업스테이지, 새 모델 공개\n업스테이지가 신규 LLM 솔라 미니 9 공개. 동시에 오라클과 전략적 협업 계약 맺음.\n"
    got = facts(loader, tmp_path, text)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"Upstage", "Oracle"} for f in got)


def test_a_supply_agreement_names_its_customer_after_to(loader, tmp_path):
    text = "Samsung Electronics has signed a multi-year supply agreement to provide HBM4 stacks to Microsoft, the report said.\n"
    got = facts(loader, tmp_path, text)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"Samsung Electronics", "Microsoft"} for f in got)


def test_buying_capacity_from_a_supplier_is_no_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, "Quarrel Labs signed an agreement to buy $2 billion of computing capacity from Halvard Cloud.\n")
    assert ("Quarrel Labs", "ACQUIRED", "Halvard Cloud") not in got
    assert {("Quarrel Labs", "PARTNERS_WITH", "Halvard Cloud"), ("Halvard Cloud", "PARTNERS_WITH", "Quarrel Labs")} & got
    # a company bought from its owner is still bought
    got = facts(loader, tmp_path, "Quarrel Labs acquired Brisco Robotics from Tamberlane Capital for $80 million.\n")
    assert ("Quarrel Labs", "ACQUIRED", "Brisco Robotics") in got


def test_this_company_s_after_a_partner_is_the_partner_s(loader, tmp_path):
    text = ("AI 반도체 스타트업 루미바톤은 데이터센터용 칩을 만든다. "
            "지난달에는 한빛테크놀로지와 손잡고 이 회사의 AI 모델 '한빛GPT'에 칩을 공급하기로 계약했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("루미바톤", "DEVELOPS", "한빛GPT") not in got
    assert {("루미바톤", "PARTNERS_WITH", "한빛테크놀로지"), ("한빛테크놀로지", "PARTNERS_WITH", "루미바톤")} & got
    # the topic's own, when no partner stands before
    got = facts(loader, tmp_path, "AI 스타트업 루미바톤은 이 회사의 AI 모델 '루미GPT'를 공개했다.\n")
    assert ("루미바톤", "DEVELOPS", "루미GPT") in got or ("루미바톤", "LAUNCHED", "루미GPT") in got


def test_a_quoted_agreement_signed_is_a_partnership_not_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부와 싱가포르 정보통신미디어개발청(IMDA)이 "
                                  "'디지털 혁신 협력 양해각서'에 서명했다.\n")
    assert ("Infocomm Media Development Authority", "PARTNERS_WITH", "Ministry of SMEs and Startups") in got
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_a_pair_named_as_the_subject_partner_whatever_else_is_joined_by_wa(loader, tmp_path):
    got = facts(loader, tmp_path, "한국과 베트남이 자국 언어와 문화로 AI 모델을 키우는 분야에서 손을 잡았다.\n")
    assert ("South Korea", "PARTNERS_WITH", "Vietnam") in got or ("Vietnam", "PARTNERS_WITH", "South Korea") in got


_PROFILE = ("물류 AI '라온로직', 120억 원 시리즈A 유치\n\n"
            "창고 자동화 에이전트를 개발하는 라온로직(Raonlogic, 대표 하도윤)이 120억 원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다.\n\n"
            "2023년 설립된 라온로직은 이듬해 시드 투자를 유치했다.\n\n"
            "◇ 대형 물류사와 협업\n\n"
            "중견 물류업체 한결운송과는 20억 원 규모의 공급 계약을 체결했다. "
            "클라우드 인프라는 네이버클라우드와 손잡았다. 양사는 지난 5월 전략적 파트너십을 체결했다.\n")


def test_a_news_lead_introduces_the_story_company_by_what_it_does(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    # after the subheading, sentences without a subject are still the company's
    assert ("라온로직", "PARTNERS_WITH", "한결운송") in got or ("한결운송", "PARTNERS_WITH", "라온로직") in got


def test_a_field_set_up_as_the_topic_leaves_the_company_as_the_agent(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    assert ("Naver Cloud", "PARTNERS_WITH", "라온로직") in got or ("라온로직", "PARTNERS_WITH", "Naver Cloud") in got


def test_both_companies_after_a_partner_only_sentence_are_the_topic_and_the_partner(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    assert not [f for f in got if f[1] == "PARTNERS_WITH" and {f[0], f[2]} == {"한결운송", "Naver Cloud"}]


def test_a_partner_marked_gwa_neun_is_named_without_its_particle(loader, tmp_path):
    got = facts(loader, tmp_path, _PROFILE)
    names = {n for f in got for n in (f[0], f[2])}
    assert "한결운송" in names and "한결운송과" not in names


def test_a_placed_startup_is_not_the_investor_beside_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI raises $30 Mn led by Peak XV Partners\n"
                "The Bengaluru-based startup has also tied up with Google Cloud\n\n"
                "Velmora AI builds speech models.\n")
    assert ("Peak XV Partners", "PARTNERS_WITH", "Google Cloud") not in got
    assert not any("Peak XV Partners" in (s, o) and r == "BASED_IN" for s, r, o in got)


def test_a_country_as_an_adjective_is_no_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell Holdings unveiled a joint venture with a U.S. model developer on Monday.\n")
    assert not any(o == "United States" and r == "PARTNERS_WITH" for _, r, o in got)


def test_the_two_companies_are_the_two_the_report_names(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital bought Skelda Networks in March. "
                "Harrowgate Capital said Skelda Networks would supply power to Velmora AI; "
                "the two companies signed a supply agreement last week.\n")
    assert ("Skelda Networks", "PARTNERS_WITH", "Velmora AI") in got or ("Velmora AI", "PARTNERS_WITH", "Skelda Networks") in got
    assert not any(rel == "PARTNERS_WITH" and "Harrowgate Capital" in (s, o) for s, rel, o in got)


def test_the_startup_after_its_ceo_spoke_is_the_ceos_company(loader):
    text = ("Harbor Minds, a Seoul startup that builds robot vision software, raised $40 million on Monday. "
            "Harbor Minds also signed a deal with Samsung Electronics last year. "
            "Harbor Minds was founded in 2021 by two former Naver engineers.\n\n"
            "Busan-based Qellio Systems, which builds sensors for wind turbines, raised $12 million in a seed round.\n\n"
            "Qellio Systems CEO Han Da-eun said the company plans to hire 30 engineers. "
            "The startup already supplies its sensors to SK hynix under a two-year contract.\n")
    got = english_facts(loader, text)
    assert ("Qellio Systems", "PARTNERS_WITH", "SK hynix") in got
    assert ("Harbor Minds", "PARTNERS_WITH", "SK hynix") not in got


def test_working_with_and_a_joint_lab_are_partnerships(loader, tmp_path):
    got = facts(loader, tmp_path, "Halcyon Compute will work with Brightmoor Systems on inference research.\n"
                                  "Dorval Systems has agreed to form a joint research lab with Ostend University.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Halcyon Compute", "Brightmoor Systems")) in partners
    assert frozenset(("Dorval Systems", "Ostend University")) in partners


def test_a_documents_own_acronym_wins_over_a_known_one(loader, tmp_path):
    got = facts(loader, tmp_path, "The Irish Institute for Trustworthy AI (IITAI) was incorporated today.\n\n"
                                  "Halvorsen Group has signed a five-year partnership with IITAI covering researcher "
                                  "exchanges.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Halvorsen Group", "Irish Institute for Trustworthy AI")) in partners
    assert not [f for f in got if "Indian Institute of Technology" in f]


def test_a_sentence_opening_with_its_stays_about_the_same_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Lyon-based model developer Orvane Labs has raised 90 million euros, the company said.\n\n"
                                  "Its Orvane-3 model family competes with Halvorsen Group and Pellow Systems in "
                                  "benchmarks.\n\nThe startup said it had signed a multi-year agreement with Tarnwick "
                                  "Compute.\n")
    partners = {frozenset((a, b)) for a, kind, b in got if kind == "PARTNERS_WITH"}
    assert frozenset(("Orvane Labs", "Tarnwick Compute")) in partners
    assert not [p for p in partners if "Tarnwick Compute" in p and ("Halvorsen Group" in p or "Pellow Systems" in p)]


def test_a_contract_whose_counterparty_is_named_in_the_clause_describing_it(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 지분 투자와 별도로 AI 스타트업 모레아랩스에 추론 서버를 3년간 공급하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") in got
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스의 검증 도구를 자사 공정에 쓰기로 하는 라이선스 계약도 함께 맺었다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") in got


def test_a_contract_to_buy_or_one_signed_by_another_subject_is_no_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스를 인수하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") not in got
    got = facts(loader, tmp_path, "반도체 기업 다온테크는 AI 스타트업 모레아랩스의 지분을 늘렸고 로뎀전자가 서버를 공급하는 계약을 체결했다.\n")
    assert ("다온테크", "PARTNERS_WITH", "모레아랩스") not in got


def test_a_products_users_work_with_its_maker(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth builds inspection software for rail operators. "
                                  "Its flagship product, Brambleworth Lens, is used by Corvale Rail and steelmaker Tidemark Steel, "
                                  "among others.\n")
    assert ("Brambleworth", "PARTNERS_WITH", "Corvale Rail") in got
    assert ("Brambleworth", "PARTNERS_WITH", "Tidemark Steel") in got


def test_a_model_licensed_by_customers_including(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth Labs designs protein models. Its flagship model family, Fernmark, predicts "
                                  "binding, and is licensed by drugmakers including Corvale Pharma AG and Tidemark Bio.\n")
    assert ("Brambleworth Labs", "PARTNERS_WITH", "Corvale Pharma") in got
    assert ("Brambleworth Labs", "PARTNERS_WITH", "Tidemark Bio") in got


def test_a_product_used_by_nobody_named_ties_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth builds inspection software. "
                                  "Its flagship product, Brambleworth Lens, is used by rail operators across Europe.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_joining_an_alliance_together_still_makes_partners(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "네이버와 카카오가 함께 참여한 AI 연합이 출범했다.")
    assert ("Kakao", "PARTNERS_WITH", "Naver") in found or ("Naver", "PARTNERS_WITH", "Kakao") in found


def test_a_second_verb_after_the_objects_description_shares_the_first_subject(loader: DocumentLoader,
                                                                               tmp_path: Path):
    text = ("G42 acquired Fenwick Labs, a Lisbon speech start-up, for an undisclosed sum, and formed a "
            "partnership with Microsoft.")
    found = facts(loader, tmp_path, text)
    assert ("G42", "PARTNERS_WITH", "Microsoft") in found
    assert ("Fenwick Labs", "PARTNERS_WITH", "Microsoft") not in found


def test_a_joint_venture_is_not_its_owners_partner(loader: DocumentLoader, tmp_path: Path):
    text = "Nimbus Edge, a 50/50 joint venture with Oracle announced in March, will sell cloud capacity to Kenyan ministries."
    assert not {f for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH"}


def test_firms_forming_a_joint_venture_are_still_partners(loader: DocumentLoader, tmp_path: Path):
    text = "Kestrel Grid and Oracle formed a joint venture to run data centres in Nairobi."
    assert ("Kestrel Grid", "PARTNERS_WITH", "Oracle") in facts(loader, tmp_path, text)


def test_a_quoted_name_after_a_chip_glossed_npu_is_a_product(loader: DocumentLoader, tmp_path: Path):
    text = "특히 AI 반도체 스타트업 리벨리온이 신경망처리장치(NPU) '루나(LUNA)'를 공급하기로 해, 국산 칩 실증이라는 의미도 있다."
    found = facts(loader, tmp_path, text)
    assert not any(r == "PARTNERS_WITH" for _, r, _ in found)


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


def test_a_ministry_no_list_knows_named_after_its_country(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 지난달 베트남 보건부와 의료 상담 챗봇 공급 계약을 체결했다.\n")
    assert {("Garam Logic", "PARTNERS_WITH", "베트남 보건부"), ("베트남 보건부", "PARTNERS_WITH", "Garam Logic")} & got


def partners(loader, tmp_path, text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, r, o in facts(loader, tmp_path, text) if r == "PARTNERS_WITH"}


def test_fronted_deal_with_its_subject_after_the_comma(loader, tmp_path):
    got = partners(loader, tmp_path, "Under a five-year agreement with Halvorsen Systems, Brindle AI will train its "
                                     "models on Halvorsen chips.")
    assert frozenset(("Brindle AI", "Halvorsen Systems")) in got


def test_fronted_deal_whose_subject_is_a_pronoun(loader, tmp_path):
    got = partners(loader, tmp_path, "Corvel Labs makes speech models. Under a supply deal with Ostrander "
                                     "Semiconductor, it will train them on Ostrander chips.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got


def test_pact_possessive_and_between(loader, tmp_path):
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "Corvel Labs struck a multiyear pact with Ostrander Semiconductor to secure accelerators.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "Corvel Labs's partnership with Ostrander Semiconductor began in 2023.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "The tie-up between Corvel Labs and Ostrander Semiconductor was announced in May.")


def test_relative_with_which_and_agreed_pair(loader, tmp_path):
    got = relationships(loader, tmp_path, "The assistant is installed in cars made by Veltra Motors, with which Corvel "
                                          "Labs signed a five-year supply agreement in 2024.")
    assert got[("Corvel Labs", "PARTNERS_WITH", "Veltra Motors")]["year"] == 2024
    got = partners(loader, tmp_path, "Corvel Labs and Ostrander Semiconductor said on Tuesday they had agreed to "
                                     "build a data centre in Ohio.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got


def test_the_two_signed_means_the_subject_and_the_name_before_under(loader, tmp_path):
    got = partners(loader, tmp_path, "Corvel Labs, owned by the Tarn Investment Fund, makes speech models and says it "
                                     "now runs on Ostrander Semiconductor hardware under a supply deal the two signed "
                                     "last year.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got
    # "the next version of B": what the deal serves, not its other side
    got = partners(loader, tmp_path, "Veltra Motors will supply chips for the next version of Corvel Labs under a "
                                     "three-year agreement the two companies signed in October.")
    assert frozenset(("Veltra Motors", "Corvel Labs")) not in got


def test_deals_in_talks_weighed_or_to_merge_are_none(loader, tmp_path):
    assert not partners(loader, tmp_path, "Corvel Labs is in talks with Ostrander Semiconductor over a supply agreement.")
    assert not partners(loader, tmp_path, "Corvel Labs is weighing a tie-up between Veltra Motors and Ostrander Semiconductor.")
    assert not partners(loader, tmp_path, "Corvel Labs and Ostrander Semiconductor have agreed to merge.")


def test_a_product_or_a_place_is_no_party(loader, tmp_path):
    assert not partners(loader, tmp_path, "Under a licensing deal with ChatGPT, Corvel Labs will sell to schools.")
    assert not partners(loader, tmp_path, "Corvel Labs makes speech models. Under a licensing deal with Ohio, "
                                          "Corvel Labs will sell to schools.")


def test_the_pair_after_between_are_the_parties_not_the_subject(loader, tmp_path):
    got = partners(loader, tmp_path, "The European Commission approved the tie-up between Veltra Motors and "
                                     "Ostrander Semiconductor.")
    assert got == {frozenset(("Veltra Motors", "Ostrander Semiconductor"))}


def test_the_firm_a_supply_was_agreed_with_supplies_it(loader, tmp_path):
    got = facts(loader, tmp_path, "지난 정상회의에서는 엔비디아와의 협의를 통해 네이버, 카카오 등에 GPU 1만 장을 "
                                  "공급하기로 결정하였다.\n")
    assert {("NVIDIA", "PARTNERS_WITH", "Naver"), ("NVIDIA", "PARTNERS_WITH", "Kakao")} <= {
        (s, t, o) if s == "NVIDIA" else (o, t, s) for s, t, o in got}


def test_a_named_supplier_keeps_the_supply(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 엔비디아와의 협의를 통해 네이버에 데이터센터 전력을 공급하기로 했다.\n")
    assert not any("NVIDIA" in (s, o) and "Naver" in (s, o) for s, _, o in got)


COOPERATION_TABLE = ("표 4-1. 일본의 해외 AI 협력 사업 현황\n\n사업 내용\n\n"
                     "반도체 인재 교류\n⦁베트남과는 공동 연구소를 세워 설계 인력을 양성\n\n"
                     "남미 파트너십\n⦁칠레, 페루 등과 농업 AI 도입 방안을 협의\n\n"
                     "비교\n⦁인도와는 달리 자체 칩 생산 계획은 없음\n\n자료: 저자 정리.\n")


def test_rows_of_a_countrys_cooperation_table_name_its_partners(loader, tmp_path):
    got = facts(loader, tmp_path, COOPERATION_TABLE)
    pairs = {frozenset({a, b}) for a, rel, b in got if rel == "PARTNERS_WITH"}
    assert {frozenset({"Japan", "Vietnam"}), frozenset({"Japan", "Chile"}), frozenset({"Japan", "Peru"})} <= pairs
    assert not any("India" in pair for pair in pairs)


def test_the_same_rows_under_a_caption_about_something_else_name_no_partner(loader, tmp_path):
    text = COOPERATION_TABLE.replace("해외 AI 협력 사업 현황", "AI 반도체 수출 현황")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in facts(loader, tmp_path, text))


def test_the_pair_owning_a_joint_venture_are_partners_not_the_passages_topic(loader, tmp_path):
    text = ("SK텔레콤은 글로벌 기업과 협력 관계를 넓히고 있다.\n\n"
            "한편 KT와 마이크로소프트의 합작법인은 올해 서울에서 문을 열었다.\n")
    pairs = {frozenset({a, b}) for a, rel, b in facts(loader, tmp_path, text) if rel == "PARTNERS_WITH"}
    assert frozenset({"KT", "Microsoft"}) in pairs
    assert frozenset({"KT", "SK Telecom"}) not in pairs


def test_supplier_whose_customers_include_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Helix Robotics, whose customers include Orbit Motors, Tessary AI and Marrow Labs, "
                                  "raised money in May.\n")
    pairs = {frozenset((s, o)) for s, rel, o in got if rel == "PARTNERS_WITH"}
    assert {frozenset(("Helix Robotics", "Orbit Motors")), frozenset(("Helix Robotics", "Tessary AI")),
            frozenset(("Helix Robotics", "Marrow Labs"))} <= pairs


def test_customers_that_could_be_are_none(loader, tmp_path):
    got = facts(loader, tmp_path, "Helix Robotics, whose customers could include Orbit Motors, raised money.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_investor_who_also_signed_on_as_a_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvest Capital also put money in and signed on as Quillon Labs's first "
                                  "enterprise customer.\n")
    assert any(rel == "PARTNERS_WITH" and {s, o} == {"Norvest Capital", "Quillon Labs"} for s, rel, o in got)


def test_customer_only_in_talks_is_none(loader, tmp_path):
    got = facts(loader, tmp_path, "Orbit Motors is in talks to become Helix Robotics's first customer.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)
