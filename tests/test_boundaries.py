"""Korean cue words inside a longer word that names no act are no cues (loaders/relations/cue_boundaries.py).

Invented sentences: an agent noun ("투자자", "개발사", "조달청", "인수위"), a negated act ("비공개"),
a compound of 세우다 ("내세운") states nothing; a longer noun that keeps the act ("투자자금", "개발사업")
and a compound whose head is the act ("공동투자", "지분투자") and the agent noun naming a role taken
("출자자로 참여") still do.
"""

from __future__ import annotations

import pytest

from loaders.relations.frames import load_cues
from tests.reading import facts


def _cue_starts(text: str) -> set[int]:
    return {c.start for c in load_cues().find(text, "ko")}


@pytest.mark.parametrize("text, word", [
    ("기존 투자자들이 모였다", "투자"),
    ("신규 투자사인 누리파트너스", "투자"),
    ("게임 개발사가 늘었다", "개발"),
    ("모델 개발자와 만났다", "개발"),
    ("조달청은 입찰을 열었다", "조달"),
    ("인근 유치원에 다닌다", "유치"),
    ("인수위원회가 구성됐다", "인수"),
    ("인수위는 출범 전이다", "인수"),
    ("투자업계에 따르면", "투자"),
    ("글로벌 투자은행들이 분석했다", "투자"),
    ("출자자 모임", "출자"),
    ("금액은 비공개로 했다", "공개"),
    ("프로젝트에 미참여한 기업", "참여"),
    ("친환경을 내세운 공약", "세운"),
    ("기술력을 앞세워 진출했다", "세워"),
])
def test_cue_inside_a_word_naming_no_act_is_no_cue(text, word):
    assert text.index(word) not in _cue_starts(text)


@pytest.mark.parametrize("text, word", [
    ("두 회사는 공동투자에 나섰다", "투자"),
    ("누리랩스는 지분투자를 받았다", "지분투자"),
    ("투자자금을 마련했다", "투자"),
    ("정부는 개발사업을 시작했다", "개발"),
    ("투자원금을 돌려받았다", "투자"),
    ("가람은 회사를 세운 뒤 떠났다", "세운"),
    ("누리랩스는 새 모델을 개발했다", "개발"),
    ("결과를 공개했다", "공개"),
    ("가람펀드가 앵커 출자자로 참여했다", "출자"),
    ("누리랩스는 투자사로 나섰다", "투자"),
])
def test_cue_that_still_names_the_act_is_kept(text, word):
    assert text.index(word) in _cue_starts(text)


def test_slogan_put_forward_founds_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "하늘소프트는 누리엔진을 앞세운 전략으로 시장을 넓혔다.\n")
    assert not any(r == "FOUNDED" for _, r, _ in got)


def test_investors_named_as_a_group_invest_in_nothing_by_the_noun(loader, tmp_path):
    got = facts(loader, tmp_path, "가람벤처스는 투자업계에서 누리랩스와 함께 자주 언급된다.\n")
    assert ("가람벤처스", "INVESTED_IN", "누리랩스") not in got


def test_investment_still_read_through_a_joint_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "가람벤처스는 누리랩스에 공동투자했다.\n")
    assert ("가람벤처스", "INVESTED_IN", "누리랩스") in got
