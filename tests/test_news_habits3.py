"""News habits of round s13a (tune23): how Korean IT news reports who took part in a government
programme once it has named it, and how English funding and wire stories list backers.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from loaders.document import read_document
from tests.reading import facts

# A programme named with the short name the article uses from then on.
_PROGRAMME = ("정보통신부(이하 정통부)가 물류 현장에 로봇을 투입하는 '스마트 물류로봇 개발·실증사업'(이하 로봇 챌린지)을 "
              "수행할 컨소시엄 3곳을 확정했다.")
_NAME = "스마트 물류로봇 개발·실증사업"


def test_a_short_name_defined_for_a_new_programme_is_its_alias(loader, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(_PROGRAMME + "\n\n창고 분야는 한빛로보틱스가 주관한다.\n", encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    programme = next(a for a in batch.actors.values() if a.name.endswith("실증사업"))
    assert "로봇 챌린지" in programme.aliases


def test_a_bare_lead_verb_takes_part_in_the_programme_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 창고 분야는 한빛로보틱스가 주관한다. "
                                  "누리대학교와 서해대학교가 참여한다.\n")
    assert ("한빛로보틱스", "PARTICIPATES_IN", _NAME) in got
    assert ("누리대학교", "PARTICIPATES_IN", _NAME) in got


def test_a_sentence_about_its_consortia_keeps_the_programme_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 경쟁률은 5대 1이었다. "
                                  "심사는 두 달 걸렸다. 발표는 오후에 있었다. 항만 분야는 삼성SDS 컨소시엄에 돌아갔다. "
                                  "결과는 다음 달 공개된다. 공항 분야는 KT 컨소시엄이 따냈다. 연구기관 누리랩이 참여한다.\n")
    assert ("Samsung SDS", "PARTICIPATES_IN", _NAME) in got
    assert ("KT", "PARTICIPATES_IN", _NAME) in got
    assert ("누리랩", "PARTICIPATES_IN", _NAME) in got


def test_joining_in_a_role_and_the_gapped_first_conjunct_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "서해은행이 수요기관으로, 물류 스타트업 누리로지스가 참여기관으로 합류했다.\n")
    assert ("누리로지스", "PARTICIPATES_IN", _NAME) in got
    assert ("서해은행", "PARTICIPATES_IN", _NAME) in got
    assert not any(s.startswith("합류") for s, _, _ in got)  # the verb is no name


def test_a_bare_join_verb_in_a_sentence_about_investing_is_no_programme_role(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "이 회사의 시리즈A 투자에는 누리벤처스가 참여했다.\n")
    assert ("누리벤처스", "PARTICIPATES_IN", _NAME) not in got


def test_the_ones_passively_selected_for_a_programme_did_not_set_it_up(loader, tmp_path):
    got = facts(loader, tmp_path, "정보통신부가 올해 신설한 '로봇 수출 지원 프로그램'에는 한빛로보틱스와 "
                                  "누리로지스가 1호 참여 기업으로 선정됐다.\n")
    assert ("한빛로보틱스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got
    assert ("누리로지스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got


def test_a_wire_storys_ticker_is_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "Japan's Kuroshio Ltd (6789.T) has agreed to buy Munich-based robotics "
                                  "maker Feldmark GmbH for about 300 million euros, two people said.\n")
    assert not any(s == "6789.T" for s, _, _ in got)
    assert ("Kuroshio", "ACQUIRED", "Feldmark") in got


def test_the_backers_a_story_lists_invested_and_a_gloss_backer_only_in_the_last(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark raised money last year. The startup's backers include Moorfield Capital, "
                                  "which led its 30 million euro Series A in 2024, as well as Alder Ventures and Brightpeak, "
                                  "the venture fund backed by Siemens.\n")
    for investor in ("Moorfield Capital", "Alder Ventures", "Brightpeak"):
        assert (investor, "INVESTED_IN", "Feldmark") in got
    assert ("Siemens", "INVESTED_IN", "Alder Ventures") not in got
    assert ("Siemens", "INVESTED_IN", "Feldmark") not in got


def test_a_list_with_an_appositive_joined_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark said it has raised a $40 million Series B led by Moorfield Capital. "
                                  "Kestrel Labs, Nvidia's venture arm, and the Amazon Robotics Growth Fund joined the round.\n")
    assert ("Kestrel Labs", "INVESTED_IN", "Feldmark") in got
    assert ("Amazon Robotics Growth Fund", "INVESTED_IN", "Feldmark") in got
