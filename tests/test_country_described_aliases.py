"""A known organisation written by its Korean description, its country and what it is ("노르웨이
국부펀드", "프랑스 공공투자은행"): the text says where it is based, as "노르웨이의 국부펀드 X" would.

Every sentence here is invented; the funds are real, well-known actors the gazetteer knows.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import relationships


def test_an_alias_opening_with_a_country_places_the_fund(loader: DocumentLoader, tmp_path: Path) -> None:
    got = relationships(loader, tmp_path, "노르웨이 국부펀드는 지난해 가온랩의 시리즈A에 참여했다.\n", locations=True)
    assert any(r == "BASED_IN" and o == "Norway" for _, r, o in got)


def test_a_plain_alias_places_nothing(loader: DocumentLoader, tmp_path: Path) -> None:
    got = relationships(loader, tmp_path, "비피아이프랑스는 지난해 가온랩의 시리즈A에 참여했다.\n", locations=True)
    assert not any(r == "BASED_IN" and o == "France" and s != "가온랩" for s, r, o in got)
