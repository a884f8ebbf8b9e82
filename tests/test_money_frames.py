"""Money, ownership, founding and restriction patterns, each on an invented sentence.

Like tests/test_sentence_frames.py, every case runs the whole document loader.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from tests.test_sentence_frames import facts


@pytest.fixture(scope="module")
def loader() -> DocumentLoader:
    return DocumentLoader()


def test_a_country_prefix_names_the_target_of_export_controls(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다와 영국의 대러 반도체 장비 수출 통제 강화(2031.4)\n")
    assert ("Canadian government", "REGULATES", "Russia") in got
    assert ("UK government", "REGULATES", "Russia") in got


def test_holding_in_check_needs_the_target_prefix(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다의 대중 견제가 거세지는 가운데 캐나다는 새로운 기술 동맹을 모색했다.\n")
    assert ("Canadian government", "REGULATES", "China") in got
    got = facts(loader, tmp_path, "캐나다는 경쟁국을 견제하기 위해 새로운 기술 동맹을 모색했다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_companies_added_to_a_sanctions_list_are_regulated(loader, tmp_path):
    got = facts(loader, tmp_path, "미국 상무부는 2031년 제재 대상 명단에 37개 러시아 기업을 추가했다.\n")
    assert ("US Department of Commerce", "REGULATES", "Russia") in got
