"""Korean fund news: the province as "도" paying in, sums paid, added or matched into the fund
the passage is about, a manager glossed in brackets after the fund it runs, and whoever takes on
running the passage's fund or programme in a sentence that does not name it.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_FUND = "경상남도가 300억원 규모 '한빛 AI 펀드'를 결성했다고 5일 밝혔다. "


def test_sums_paid_added_and_matched_into_the_passage_fund(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _FUND + ("펀드 재원은 도가 100억원을 내고 모태펀드(운용 한국벤처투자)가 120억원을 매칭했다. "
                    "창원시도 20억원을 보태 펀드 규모를 키웠다.\n")
    got = facts(loader, tmp_path, text)
    assert any(s in ("경상남도", "Gyeongsangnam-do") and t == "FUNDS" and o == "한빛 AI 펀드" for s, t, o in got)
    assert any(s in ("창원시", "Changwon") and t == "FUNDS" and o == "한빛 AI 펀드" for s, t, o in got)
    assert not any(s in ("한국벤처투자", "Korea Venture Investment Corp.") and t == "FUNDS" for s, t, _ in got)


def test_running_the_fund_the_passage_is_about(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _FUND + "운용은 공모로 뽑힌 창원 소재 벤처캐피털 가람벤처스가 맡는다.\n"
    assert ("가람벤처스", "PARTICIPATES_IN", "한빛 AI 펀드") in facts(loader, tmp_path, text)


def test_running_a_programme_left_unsaid(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("도는 도비 10억원을 들여 '부산 AI 도약' 프로그램을 새로 시작한다. 부산테크노파크가 운영을 맡아 "
            "스타트업 10곳을 선발한다.\n")
    assert any(s == "Busan Technopark" and t == "PARTICIPATES_IN" and o.startswith("부산 AI 도약") for s, t, o in
               facts(loader, tmp_path, text))


def test_the_market_price_is_no_city(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "창원시가 지원하는 가람로보틱스는 상장 후 시가 1조원을 넘었다.\n"
    assert not any(t == "FUNDS" and "1조" in str(o) for _, t, o in facts(loader, tmp_path, text))


def test_a_round_backers_added_sum_is_no_fund_money(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _FUND + "큐브랩은 시리즈A에서 50억원을 유치했다. 가람벤처스가 30억원을 보탰다.\n"
    assert not any(s == "가람벤처스" and o == "한빛 AI 펀드" for s, _, o in facts(loader, tmp_path, text))
