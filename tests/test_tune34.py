"""Habits of weekly deal newsletters and wire copy, each on an invented text (not from any document).

A short-deal list heads each bullet with the company and a dash, then notes its round without
verbs ("X 주도, Y 참여", "X가 단독으로 투자", "B에 인수됐다"); a lead clause shares the subject of the
clause before that put money in ("A와 B가 각각 N억원씩 넣으며 공동 리드를 맡았다"); "the two companies"
after a report ("M said B would ... C; the two companies signed") are the two it names, not the
speaker; "Southeast Asian AI" is a region's adjective, no company; "U is a wholly owned O
subsidiary" names O as the owner.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_dash_headed_item_names_its_investors_in_notes(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 이번 주 짧은 딜\n\n"
                "· 벨로닉스 — 공장용 비전 검사 솔루션. 시드 20억원. 한솔파트너스 주도, 마루벤처스 참여.\n"
                "· 테라뮤즈 — 디지털 휴먼 스타트업. 시리즈A 80억원(가람인베스트먼트·누리캐피탈 공동 주도, 솔빛벤처스 참여).\n")
    for investor in ("한솔파트너스", "마루벤처스"):
        assert (investor, "INVESTED_IN", "벨로닉스") in got
    for investor in ("가람인베스트먼트", "누리캐피탈", "솔빛벤처스"):
        assert (investor, "INVESTED_IN", "테라뮤즈") in got
    assert not any(obj == "벨로닉스" and subject in ("가람인베스트먼트", "누리캐피탈") for subject, _, obj in got)


def test_a_dash_headed_item_bought_or_backed_alone(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 이번 주 짧은 딜\n\n"
                "· 소담보이스 — 음성 합성 스타트업. 카카오에 인수됐다. 인수가는 비공개.\n"
                "· 큐브레인 — 추론 최적화 SW. 시리즈A 60억원. 한솔파트너스가 단독으로 투자.\n")
    assert ("Kakao", "ACQUIRED", "소담보이스") in got
    assert ("한솔파트너스", "INVESTED_IN", "큐브레인") in got
    assert not any(subject == "Kakao" and obj == "큐브레인" for subject, _, obj in got)


def test_a_lead_clause_shares_the_subject_that_put_money_in(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 로봇 스타트업 벨로닉스(Velonix)가 시리즈B 라운드로 200억원을 조달했다.\n"
                "한솔파트너스와 마루벤처스가 각각 80억원씩 넣으며 공동 리드를 맡았다.\n")
    assert ("한솔파트너스", "INVESTED_IN", "벨로닉스") in got
    assert ("마루벤처스", "INVESTED_IN", "벨로닉스") in got


def test_the_two_companies_are_the_two_the_report_names(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital bought Skelda Networks in March. "
                "Harrowgate Capital said Skelda Networks would supply power to Velmora AI; "
                "the two companies signed a supply agreement last week.\n")
    assert ("Skelda Networks", "PARTNERS_WITH", "Velmora AI") in got or ("Velmora AI", "PARTNERS_WITH", "Skelda Networks") in got
    assert not any(rel == "PARTNERS_WITH" and "Harrowgate Capital" in (s, o) for s, rel, o in got)


def test_a_compass_region_adjective_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital unveiled a $90 million fund of funds, Brightwater AI Fund, "
                "to invest in East African AI venture funds.\n")
    assert not any("African" in name for s, _, o in got for name in (s, o))


def test_an_owner_named_before_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI builds grid software for data centres. "
                "Velmora AI is a wholly owned Harrowgate Capital subsidiary.\n")
    assert ("Velmora AI", "SUBSIDIARY_OF", "Harrowgate Capital") in got
