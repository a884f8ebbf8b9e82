"""The wider cue vocabulary: everyday wordings of each relation in Korean and English business
and policy writing (journalese, synonyms, nominal forms), each on an invented sentence.

The existing frames read the new words; the cases below check each word lands in the frame with
the right direction, and that the ambiguous ones ("넣었다", "취득", "poured", "customer of") need
the money, stake or name context their frame checks.
"""

from __future__ import annotations

import pytest

from tests.reading import facts

KOREAN = [
    # investing: journalese verbs read only with an amount, nominal forms, money received
    ("마이크로소프트는 지난해 G42에 15억 달러를 넣었다.\n", ("Microsoft", "INVESTED_IN", "G42")),
    ("삼성전자는 업스테이지에 300억 원을 태웠다.\n", ("Samsung Electronics", "INVESTED_IN", "Upstage")),
    ("마이크로소프트는 G42에 10억 달러를 쏟아부었다.\n", ("Microsoft", "INVESTED_IN", "G42")),
    ("삼성전자는 업스테이지 지분을 확보했다.\n", ("Samsung Electronics", "INVESTED_IN", "Upstage")),
    ("업스테이지는 소프트뱅크로부터 500억 원의 자금을 확보했다.\n", ("SoftBank", "INVESTED_IN", "Upstage")),
    ("업스테이지는 소프트뱅크로부터 투자금을 받았다.\n", ("SoftBank", "INVESTED_IN", "Upstage")),
    # funding: a contribution paid by a public body
    ("과학기술정보통신부는 업스테이지에 50억 원을 출연했다.\n", ("Ministry of Science and ICT", "FUNDS", "Upstage")),
    # taking over: "품었다", sold to, control taken
    ("카카오는 업스테이지를 품었다.\n", ("Kakao", "ACQUIRED", "Upstage")),
    ("업스테이지는 카카오에 매각됐다.\n", ("Kakao", "ACQUIRED", "Upstage")),
    ("업스테이지는 카카오의 품에 안겼다.\n", ("Kakao", "ACQUIRED", "Upstage")),
    ("카카오는 업스테이지의 경영권을 취득했다.\n", ("Kakao", "ACQUIRED", "Upstage")),
    # partners
    ("네이버, 업스테이지와 맞손\n", ("Naver", "PARTNERS_WITH", "Upstage")),
    ("네이버와 업스테이지는 의기투합했다.\n", ("Naver", "PARTNERS_WITH", "Upstage")),
    ("네이버는 업스테이지와 컨소시엄을 구성했다.\n", ("Naver", "PARTNERS_WITH", "Upstage")),
    # products and founding
    ("네이버는 하이퍼클로바X를 론칭했다.\n", ("Naver", "DEVELOPS", "HyperCLOVA X")),
    ("업스테이지가 만든 솔라는 인기다.\n", ("Upstage", "DEVELOPS", "Solar")),
    ("김성훈 대표는 2020년 업스테이지를 차렸다.\n", ("김성훈", "FOUNDED", "Upstage")),
    # a regulator's penalty
    ("공정거래위원회는 구글에 과징금을 부과했다.\n", ("Korea Fair Trade Commission", "REGULATES", "Google")),
]

ENGLISH = [
    ("Microsoft poured $1.5 billion into G42 last year.\n", ("Microsoft", "INVESTED_IN", "G42")),
    ("Microsoft injected $2 billion into OpenAI.\n", ("Microsoft", "INVESTED_IN", "OpenAI")),
    ("Cohere received an investment from Nvidia.\n", ("NVIDIA", "INVESTED_IN", "Cohere")),
    ("Cohere, with backing from Nvidia, raised more money.\n", ("NVIDIA", "INVESTED_IN", "Cohere")),
    ("Samsung Electronics won funding from SoftBank.\n", ("SoftBank", "INVESTED_IN", "Samsung Electronics")),
    ("The IndiaAI Mission awarded 240 crore rupees to Sarvam AI.\n", ("IndiaAI Mission", "FUNDS", "Sarvam AI")),
    ("Google purchased Character.AI for $2.7 billion.\n", ("Google", "ACQUIRED", "Character.AI")),
    ("Mistral AI was sold to Microsoft.\n", ("Microsoft", "ACQUIRED", "Mistral AI")),
    ("Intel will work with Microsoft on custom chips.\n", ("Intel", "PARTNERS_WITH", "Microsoft")),
    ("ByteDance has agreed to form a joint research lab with Tsinghua University.\n",
     ("ByteDance", "PARTNERS_WITH", "Tsinghua University")),
    ("Anthropic is a customer of Microsoft.\n", ("Anthropic", "PARTNERS_WITH", "Microsoft")),
    ("Mistral AI is managed and controlled by Microsoft.\n", ("Mistral AI", "SUBSIDIARY_OF", "Microsoft")),
    ("OpenAI open-sourced gpt-oss.\n", ("OpenAI", "DEVELOPS", "gpt-oss")),
    ("Mistral AI, the company behind Le Chat, raised more money.\n", ("Mistral AI", "DEVELOPS", "Le Chat")),
    ("Mistral AI took part in the IndiaAI Mission.\n", ("Mistral AI", "PARTICIPATES_IN", "IndiaAI Mission")),
    ("The European Commission fined Google €2.4 billion.\n", ("European Commission", "REGULATES", "Google")),
    ("The European Commission imposed sanctions on Huawei.\n", ("European Commission", "REGULATES", "Huawei")),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN + ENGLISH)
def test_a_plain_wording_states_the_relation(loader, tmp_path, text, expected):
    assert expected in facts(loader, tmp_path, text)


@pytest.mark.parametrize("text", [
    "마이크로소프트는 G42에 인력을 넣었다.\n",        # people put in, no money
    "업스테이지는 ISO 인증을 취득했다.\n",            # a certificate, no stake
    "업스테이지 대표는 방송에 출연했다.\n",            # 출연 = appearing on air
    "Microsoft put pressure on OpenAI.\n",          # no sum after the verb
    "Nvidia shares sank 5% after OpenAI said so.\n",
])
def test_an_ambiguous_word_without_its_context_states_no_money_or_takeover(loader, tmp_path, text):
    assert not [f for f in facts(loader, tmp_path, text) if f[1] in ("INVESTED_IN", "FUNDS", "ACQUIRED")]


def test_a_seller_is_not_taken_over(loader, tmp_path):
    """"A sold B to C": only "B was sold to C" is read; the active seller is no bought company."""
    got = facts(loader, tmp_path, "Nvidia sold Mistral AI to Microsoft.\n")
    assert ("Microsoft", "ACQUIRED", "NVIDIA") not in got


def test_a_customer_of_a_place_s_facility_is_no_partner(loader, tmp_path):
    got = facts(loader, tmp_path, "Cohere signed up as a launch customer of the Paris cluster.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_programme_financed_by_a_fund_is_funded_not_owned(loader, tmp_path):
    got = facts(loader, tmp_path, "The ministry unveiled the IndiaAI Mission, financed by SoftBank with $2 billion.\n")
    assert ("SoftBank", "FUNDS", "IndiaAI Mission") in got
    assert ("SoftBank", "INVESTED_IN", "IndiaAI Mission") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft took a 4.9% stake in Mistral AI.\n", ("Microsoft", "INVESTED_IN", "Mistral AI")),
    ("Nvidia, an early backer of Mistral AI, declined to comment.\n", ("NVIDIA", "INVESTED_IN", "Mistral AI")),
    ("Nvidia became an investor in Mistral AI.\n", ("NVIDIA", "INVESTED_IN", "Mistral AI")),
])
def test_holding_a_stake_or_being_an_investor_in_a_company(loader, tmp_path, text, expected):
    assert expected in facts(loader, tmp_path, text)


def test_a_stake_sold_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "SoftBank sold its stake in Nvidia.\n")
    assert ("SoftBank", "INVESTED_IN", "NVIDIA") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Anthropic signed on as Microsoft's first enterprise customer.\n", {"Anthropic", "Microsoft"}),
    ("OpenAI is Microsoft's largest cloud customer.\n", {"OpenAI", "Microsoft"}),
])
def test_a_customer_named_with_its_supplier_s_possessive(loader, tmp_path, text, expected):
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} == expected for f in facts(loader, tmp_path, text))


def test_a_unit_named_between_its_owner_s_possessive_and_the_word_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "Alphabet's Waymo unit opened an office in Tokyo.\n")
    assert ("Waymo", "SUBSIDIARY_OF", "Google") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("업스테이지는 소프트뱅크 등으로부터 100억 원 펀딩에 성공했다.\n", ("SoftBank", "INVESTED_IN", "Upstage")),
    ("중소벤처기업부는 업스테이지에 30억 원을 융자했다.\n", ("Ministry of SMEs and Startups", "FUNDS", "Upstage")),
    ("카카오는 새 AI 모델 카나나를 론칭했다.\n", ("Kakao", "DEVELOPS", "Kanana")),
    ("업스테이지는 솔라를 고도화했다.\n", ("Upstage", "DEVELOPS", "Solar")),
    ("공정거래위원회는 구글에 대한 조사에 착수했다.\n", ("Korea Fair Trade Commission", "REGULATES", "Google")),
    ("Sarvam AI built its model with support from the IndiaAI Mission.\n", ("IndiaAI Mission", "FUNDS", "Sarvam AI")),
    ("Waymo belongs to Alphabet.\n", ("Waymo", "SUBSIDIARY_OF", "Google")),
    ("The FTC is investigating Microsoft.\n", ("Federal Trade Commission", "REGULATES", "Microsoft")),
    ("Anthropic acquihired Humanloop.\n", ("Anthropic", "ACQUIRED", "Humanloop")),
])
def test_more_everyday_wordings(loader, tmp_path, text, expected):
    assert expected in facts(loader, tmp_path, text)


def test_a_partner_chosen(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 네이버를 클라우드 파트너로 선정했다.\n")
    assert {("Naver", "PARTNERS_WITH", "Samsung Electronics"), ("Samsung Electronics", "PARTNERS_WITH", "Naver")} & got


def test_a_short_english_sentence_is_read_as_english(loader, tmp_path):
    """"Nvidia put in the rest.": under twenty Latin letters, but no Hangul, so its cues are read."""
    got = facts(loader, tmp_path, "Mistral AI raised 600 million euros in a round led by General Catalyst. "
                                  "Nvidia put in the rest.\n")
    assert ("NVIDIA", "INVESTED_IN", "Mistral AI") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("카카오의 투자를 받은 업스테이지는 빠르게 성장했다.\n", ("Kakao", "INVESTED_IN", "Upstage")),
    ("업스테이지는 카카오의 투자를 받았다.\n", ("Kakao", "INVESTED_IN", "Upstage")),
    ("소프트뱅크로부터 투자받은 업스테이지는 빠르게 성장했다.\n", ("SoftBank", "INVESTED_IN", "Upstage")),
    ("네이버클라우드는 업스테이지와 전략적 파트너 관계를 맺었다.\n", ("Naver Cloud", "PARTNERS_WITH", "Upstage")),
    ("Mistral AI, whose investors include Nvidia, raised more money.\n", ("NVIDIA", "INVESTED_IN", "Mistral AI")),
])
def test_money_received_from_a_named_giver(loader, tmp_path, text, expected):
    assert expected in facts(loader, tmp_path, text)


def test_money_returned_to_investors_names_none(loader, tmp_path):
    assert not [f for f in facts(loader, tmp_path, "Mistral AI returned money to its investors.\n")
                if f[1] == "INVESTED_IN"]
