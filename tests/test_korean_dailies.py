"""Habits of Korean economic dailies and international pages, each on an invented sentence.

A daily covering a business group names the group ("한빛그룹"), its flagship maker ("한빛전자")
and affiliates glued to a Latin acronym ("한빛DX"); an international page glosses Chinese and
Japanese names with their own characters and a Latin spelling.
"""

from __future__ import annotations

from tests.reading import facts


def test_group_flagship_and_acronym_affiliate_are_names(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자는 지난해 독일의 비전 AI 기업 모라텍(Moratek)을 500억원에 사들였다. "
                "한빛DX는 미국 보안 스타트업 로웰시큐어(Rowell Secure)를 인수했다.\n")
    assert ("한빛전자", "ACQUIRED", "모라텍") in got
    assert ("한빛DX", "ACQUIRED", "로웰시큐어") in got
