"""Who develops a model or product (DEVELOPS), in Korean and English, and the users, owners and
makers of other things that do not. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader
from tests.reading import (
    facts,
    facts_by_latin_spelling,
    korean_facts,
)


def test_a_quoted_product_of_a_roundup_items_company(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "검수 모델 '누비 아이(Nuvi Eye)'를 공장 30여 곳에 공급하고 있다. "
            "다온전자의 검사 솔루션 '다온 체크'와 경쟁한다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Nuvitec", "DEVELOPS", "누비 아이") in got
    # Another company's product, named with its owner, is not the item's company's.
    assert not any(f[0] == "Nuvitec" and f[2] == "다온 체크" for f in got)


def test_a_flagship_product_is_the_companys_own(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 시리즈B 500억원\n- 추론용 NPU 설계사.\n"
                "주력 칩 'DX-100'은 엣지 추론에 특화\n")
    assert {(s, r, o) for s, r, o in got if r == "DEVELOPS" and s in ("다온칩스", "Daon Chips") and "DX-100" in o}


def test_a_flagship_product_of_a_named_owner_is_not_the_subjects(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 엔비디아의 주력 칩 'H200'을 대량 구매했다.\n")
    assert not [f for f in got if f[0] == "Kakao" and f[1] == "DEVELOPS"]


def test_an_arrow_line_naming_a_product_gives_the_cards_company_its_product(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n① 이번 주 딜\n누리랩스\n→ 시리즈A 200억 유치\n"
                "→ 대표 제품 '누리튠' = 모델 경량화 툴\n\n[3/3]\n끝\n")
    assert ("누리랩스", "DEVELOPS", "누리튠") in got


def test_the_joiners_of_a_team_do_not_develop_its_model(loader, tmp_path):
    text = ("누리브레인 컨소시엄은 스타트업이 이끄는 팀이다. 한솔정밀과 가온은행, 미래대학교가 참여하며, "
            "물류 특화 모델 'Nuri-Log 30B'를 개발한다.\n")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "DEVELOPS" and f[0] in ("한솔정밀", "가온은행", "미래대학교")]


def test_a_consortium_as_the_topic_stands_for_its_lead(loader, tmp_path):
    text = ("과기정통부는 'AI 물류 고도화 사업'의 수행 컨소시엄 2곳을 선정했다.\n\n"
            "LG CNS 컨소시엄은 대기업이 주관하는 유일한 팀이다. 한솔정밀과 가온은행이 참여하며, "
            "물류 특화 모델 'Nuri-Log 30B'를 개발한다.\n")
    got = facts(loader, tmp_path, text)
    assert ("LG CNS", "DEVELOPS", "Nuri-Log 30B") in got
    assert ("가온은행", "DEVELOPS", "Nuri-Log 30B") not in got


def test_the_company_means_the_topic_of_the_sentence_just_before(loader, tmp_path):
    got = facts(loader, tmp_path, "루미엔로보틱스가 시리즈B 투자를 유치했다. 루미엔로보틱스는 2022년 설립됐다.\n\n"
                "한편 미국에선 아마존이 벨로라랩스에 20억 달러를 투자했다. 벨로라랩스는 장문 추론 모델 '노바(Nova)' 시리즈를 개발했다. "
                "회사는 또 '국방 AI 파일럿' 사업에도 참여하고 있다.\n")
    assert ("벨로라랩스", "DEVELOPS", "노바") in got
    assert any(s == "벨로라랩스" and r == "PARTICIPATES_IN" for s, r, _ in got)
    assert not any(s == "루미엔로보틱스" and r == "PARTICIPATES_IN" for s, r, _ in got)


def test_a_possessed_model_is_not_the_product_it_is_put_into(loader, tmp_path):
    got = facts(loader, tmp_path, "텐센트는 벨로라의 모델을 자사 메신저 '위톡'에 탑재하는 협약을 맺었다.\n")
    assert ("벨로라", "DEVELOPS", "위톡") not in got


def test_a_presented_company_acts_in_the_next_sentences(loader, tmp_path):
    got = facts(loader, tmp_path, "경기도 성남의 한 사무실.\n"
                "AI 반도체 스타트업 '누리온칩스'입니다.\n"
                "지난해 추론 칩 '누리온 X1'을 내놨습니다.\n"
                "지난달에는 컴파일러를 만드는 스타트업 '가온코드'를 사들이기도 했습니다.\n")
    assert ("누리온칩스", "DEVELOPS", "누리온 X1") in got
    assert ("누리온칩스", "ACQUIRED", "가온코드") in got


def test_putting_out_a_model_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "LAUNCHES\n\n- Orvane AI (see above) put out Orvane-7, a 7B open-weight model.\n")
    assert ("Orvane AI", "DEVELOPS", "Orvane-7") in got
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_the_startup_behind_a_product_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group closed its acquisition of Tarnwick, the 40-person startup behind the "
                                  "Quillo code-review agent.\n")
    assert ("Tarnwick", "DEVELOPS", "Quillo") in got
    assert ("Halvorsen Group", "ACQUIRED", "Tarnwick") in got


def test_an_owners_model_family_named_after_a_describing_compound(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwave's Arabic-first model family Koto now runs on Azure.\n")
    assert ("Brightwave", "DEVELOPS", "Koto") in got
    assert not [f for f in got if f[2] == "Arabic-first"]


def test_its_family_of_models(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2021, Brightwave sells its Koto family of models to insurers.\n")
    assert ("Brightwave", "DEVELOPS", "Koto") in got


def test_the_particle_after_a_describing_gloss_marks_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 분야는 카카오브레인(카카오 AI 연구 계열)이 주관하며, 자사 언어 모델 '코랄-7' 위에 "
                                  "정비 에이전트를 얹는다.\n")
    assert ("Kakao Brain", "DEVELOPS", "코랄-7") in got


def test_a_gloss_closing_a_list_item_lends_no_particle(loader, tmp_path):
    got = facts(loader, tmp_path, "제조 분야는 카카오브레인(카카오 AI 연구 계열), 네이버가 주관하며, 자사 언어 모델 '코랄-7' 위에 "
                                  "정비 에이전트를 얹는다.\n")
    assert ("Kakao Brain", "DEVELOPS", "코랄-7") not in got


def test_the_said_company_after_an_investors_deal_is_the_company_invested_in(loader: DocumentLoader,
                                                                              tmp_path: Path):
    text = ("○ (라일락 AI) 소프트뱅크그룹 산하 비전펀드2(SoftBank Vision Fund 2)는 영국 런던의 추론 스타트업 "
            "라일락 AI(Lilac AI)에 2억 달러를 단독 투자. 동사는 경량 언어모델 '라일-2(Lyle-2)'를 개발해 유럽 은행에 공급 중")
    found = facts(loader, tmp_path, text)
    assert ("라일락 AI", "DEVELOPS", "라일-2") in found
    assert ("SoftBank Vision Fund", "DEVELOPS", "라일-2") not in found


def test_the_said_company_after_a_companys_deal_is_still_the_company(loader: DocumentLoader, tmp_path: Path):
    text = "반도체 기업 누리칩은 AI 스타트업 라일락 AI에 200억원을 투자했다. 동사는 차세대 NPU '누리-3'를 개발하고 있다."
    assert ("누리칩", "DEVELOPS", "누리-3") in facts(loader, tmp_path, text)


def test_a_maker_of_the_things_a_product_is_used_in_does_not_develop_it(loader: DocumentLoader, tmp_path: Path):
    text = ("The company's Vela-Drive assistant is installed in cars made by Geely, with which Vela signed a "
            "supply agreement in 2024.")
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "DEVELOPS" and f[0] == "Geely"]


def test_a_product_developed_by_its_maker_in_an_appositive_is_still_read(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "Vela-Drive, an assistant developed by Vela AI, runs in many cars.")
    assert ("Vela AI", "DEVELOPS", "Vela-Drive") in found


def test_a_model_adopted_for_its_own_business_is_not_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "네오칩은 NPU 'VX-90'을 개발했다. 카카오는 자사 클라우드 사업에 VX-90 도입을 검토하고 있다."
    assert ("Kakao", "DEVELOPS", "VX-90") not in facts(loader, tmp_path, text)


def test_a_model_called_its_own_is_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "카카오는 자사 AI 모델 '코랄린'의 성능을 공개했다."
    assert ("Kakao", "DEVELOPS", "코랄린") in facts(loader, tmp_path, text)


def test_the_user_of_a_released_model_is_not_its_maker(loader: DocumentLoader, tmp_path: Path):
    text = "Its newest model, Brisa-2, was released in May and is used by Halveric Labs to screen contracts."
    assert not [f for f in facts(loader, tmp_path, text) if f[0] == "Halveric Labs"]


def test_a_model_released_by_its_maker(loader: DocumentLoader, tmp_path: Path):
    text = "Brisa-2 was released in May by Halveric Labs."
    assert ("Halveric Labs", "DEVELOPS", "Brisa-2") in facts(loader, tmp_path, text)


def test_its_core_product_named_by_a_copula_is_the_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark raised $20 million last week. Its core product is Vanta-2, "
                                  "a model that plans warehouse picking.\n")
    assert ("Feldmark", "DEVELOPS", "Vanta-2") in got


def test_anothers_own_chip_is_not_the_users(loader, tmp_path):
    got = facts(loader, tmp_path, "추론 스타트업 카르디안랩스는 이 돈으로 엔비디아의 자체 AI 칩 'H300'을 쓰는 학습 클러스터를 늘린다.\n")
    assert ("카르디안랩스", "DEVELOPS", "H300") not in got


def test_what_partners_build_on_is_not_what_they_make(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 가람로직은 통신사 한빛텔레콤(Hanbit Telecom)과 물류 특화 모델 개발을 위한 업무협약을 맺었다. 양사는 "
                "가람로직의 경량 모델 '가람-3'를 토대로 배차 분석에 쓰이는 '한빛-가람' 모델을 공동 개발하고 있다.\n")
    assert ("Hanbit Telecom", "DEVELOPS", "가람-3") not in got
    assert ("Hanbit Telecom", "DEVELOPS", "한빛-가람") in got


def test_a_product_named_after_its_maker_is_developed_by_it(loader, tmp_path):
    found = facts(loader, tmp_path, "지난해 텐센트 위안바오의 이용자 수가 크게 늘어 업계의 주목을 받았다.\n")
    assert ("Tencent", "DEVELOPS", "Yuanbao") in found


def test_a_product_without_its_maker_in_the_name_names_no_maker(loader, tmp_path):
    found = facts(loader, tmp_path, "지난해 위안바오의 이용자 수가 크게 늘어 업계의 주목을 받았다.\n")
    assert not any(rel == "DEVELOPS" for _, rel, _ in found)


def test_the_company_s_named_assistant_or_its_named_model_is_what_the_story_s_company_develops(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs raised a seed round from Kestrel Partners. The company's Norva-Chat "
                                  "assistant runs on phones. Its Qilin Vision model is open.\n")
    assert {("Norvale Labs", "DEVELOPS", "Norva-Chat"), ("Norvale Labs", "DEVELOPS", "Qilin Vision")} <= got
    # the product is no company: "it" never means it
    assert not [f for f in got if f[0] in ("Norva-Chat", "Qilin Vision")]


def test_a_product_named_after_a_known_maker_or_model_is_a_model_and_the_maker_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Anthropic shipped a public beta of Claude for Chrome in May. Humain, a Riyadh "
                                  "company, launched its Arabic chat assistant Humain Chat 2 last week.\n")
    assert ("Anthropic", "DEVELOPS", "Claude for Chrome") in got
    assert ("HUMAIN", "DEVELOPS", "Humain Chat 2") in got
    assert not [f for f in got if f[2] == "Claude"]


def test_a_product_named_after_the_company_in_the_sentence_is_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs filed for a listing. Tervo Systems and Brask Labs are the "
                                  "sponsors of the deal. The Norvale-Drive assistant is installed in cars made by Kestrel "
                                  "Motors, with which Norvale signed a supply deal.\n")
    assert ("Norvale Labs", "DEVELOPS", "Norvale-Drive") in got
    assert not [f for f in got if f[1] == "DEVELOPS" and f[0] in ("Tervo Systems", "Brask Labs")]


def test_a_maker_s_possessive_before_a_model_is_its_developer(loader, tmp_path):
    got = facts(loader, tmp_path, "Its Quill-3 model competes with Moonshot AI's Kimi and Google's new Gemini.\n")
    assert {("Moonshot AI", "DEVELOPS", "Kimi"), ("Google", "DEVELOPS", "Gemini")} <= got


def test_a_release_s_capitalised_company_owns_the_product_it_glosses(loader, tmp_path):
    got = facts(loader, tmp_path, "Cobalt Reach Labs raised a seed round. Its engineers built Atlas 2, the Company's new "
                                  "reasoning engine.\n")
    assert ("Cobalt Reach Labs", "DEVELOPS", "Atlas 2") in got


def test_a_quoted_name_the_clause_calls_a_model(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "같은 달 공개된 가람로직(Garam Logic)의 ‘가온-2’는 12개 언어를 지원하는 모델로, 은행 상담에 쓰인다.\n")
    assert ("Garam Logic", "DEVELOPS", "가온-2") in got


def test_a_business_model_makes_no_model(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)의 ‘가온 플러스’는 구독형 모델로 운영되며, 은행 상담에 쓰인다.\n")
    assert not {f for f in got if f[1] == "DEVELOPS"}


def test_a_new_product_a_company_supplies_is_its_own(loader, tmp_path):
    text = "보안 스타트업 누리보안은 딥페이크 음성을 걸러내는 'VoiceShield'를 국내 은행 10여 곳에 공급하고 있다.\n"
    assert ("누리보안", "DEVELOPS", "VoiceShield") in facts(loader, tmp_path, text)


def test_a_known_chip_a_reseller_supplies_is_not_its_own(loader, tmp_path):
    text = "스타트업 누리시스템은 엔비디아의 H100을 국내 연구소 10여 곳에 공급하고 있다.\n"
    assert not any(rel == "DEVELOPS" and s == "누리시스템" for s, rel, _ in facts(loader, tmp_path, text))


def test_a_possessive_names_what_the_company_makes(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora said demand was strong. The chipmaker's new Tessar processor ships in May.\n")
    assert ("Velmora", "DEVELOPS", "Tessar") in got
    got = facts(loader, tmp_path, "Orrery signed a deal with Velmora covering the chipmaker's Tessar accelerators.\n")
    assert ("Velmora", "DEVELOPS", "Tessar") in got
    assert ("Orrery", "DEVELOPS", "Tessar") not in got
    got = facts(loader, tmp_path, "Norvale is a Paris startup. Its model family, called Sur, is open weights.\n")
    assert ("Norvale", "DEVELOPS", "Sur") in got
    got = facts(loader, tmp_path, "Norvale is a Paris startup. Its flagship model is Sur-2.\n")
    assert ("Norvale", "DEVELOPS", "Sur-2") in got


def test_a_possessive_of_a_plant_an_investor_or_a_hedge_is_no_product(loader, tmp_path):
    for text in ("Halvorsen Group said demand was strong. The carmaker's Tessar plant in Lyon opens next year.",
                 "Norvale is a Paris startup. Its largest investor is Kestrel Ventures.",
                 "Norvale is a Paris startup. Its model could be Sur-2."):
        got = facts(loader, tmp_path, text + "\n")
        assert not [f for f in got if f[1] == "DEVELOPS"], text


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


def test_a_makers_platform_and_quoted_model(loader, tmp_path):
    got = facts(loader, tmp_path, "Dravix's Tesslo assistant will be folded into Quenmark's Orbitas platform.\n")
    assert ("Quenmark", "DEVELOPS", "Orbitas") in got
    got = facts(loader, tmp_path, "Halvern Robotics said on Monday its revenue doubled. "
                                  "Halvern's \"Halvern-4\" model passed the regulator's filing process.\n")
    assert ("Halvern Robotics", "DEVELOPS", "Halvern-4") in got


def test_the_next_generation_of_an_owners_models(loader, tmp_path):
    got = facts(loader, tmp_path, "Pelloran will train its next generation of Gryphix models on leased chips.\n")
    assert ("Pelloran", "DEVELOPS", "Gryphix") in got


def test_a_described_maker_is_no_versioned_product(loader, tmp_path):
    got = facts(loader, tmp_path, "Drummle also works with Intel, training KORA-2 in the chipmaker's "
                                  "Vellum Sim simulation platform before deployment.\n")
    assert not [f for f in got if f[0] == "KORA-2" and f[1] == "DEVELOPS"]
