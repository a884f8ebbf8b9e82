"""Amounts and dates as written in Korean and English reports."""

import pytest

from loaders.amounts import find_amounts, parse_korean_number, table_unit
from loaders.dates import find_dates


@pytest.mark.parametrize(("text", "usd", "qualifier"), [
    ("100억 달러", 1.0e10, None),
    ("2.65억 달러", 2.65e8, None),
    ("3억 달러+", 3.0e8, "at least"),
    ("OpenAI에 100억 달러 이상", 1.0e10, "at least"),
    ("5,000억 달러", 5.0e11, None),
    ("12억 9천 6백만 달러", 1.296e9, None),
    ("7500만 달러", 7.5e7, None),
    ("$10 billion", 1.0e10, None),
    ("USD 75 million", 7.5e7, None),
    ("about $2.5bn", 2.5e9, "about"),
])
def test_usd_amounts(text, usd, qualifier):
    (amount,) = find_amounts(text)
    assert amount.currency == "USD"
    assert amount.amount_usd == pytest.approx(usd)
    assert amount.qualifier == qualifier


def test_other_currencies_keep_the_rate_and_its_source():
    (amount,) = find_amounts("3,800억 위안", year=2024)
    assert (amount.amount, amount.unit, amount.currency) == (3800.0, "억", "CNY")
    assert amount.amount_usd == pytest.approx(3.8e11 / amount.rate)
    assert "Federal Reserve" in amount.rate_source and "2024" in amount.rate_source
    props = amount.properties()
    assert props["rate"] == amount.rate and props["rate_source"]


@pytest.mark.parametrize(("text", "currency", "value"), [
    ("1,850억 루피를 배정", "INR", 1.85e11),
    ("20억 캐나다달러를 투입", "CAD", 2e9),
    ("3억 캐나다 달러", "CAD", 3e8),
    ("150억 사우디 리얄", "SAR", 1.5e10),
    ("40억 카타르리얄", "QAR", 4e9),
    ("50억 리얄", "SAR", 5e9),
    ("12억 홍콩달러", "HKD", 1.2e9),
    ("C$2.4 billion", "CAD", 2.4e9),
    ("HK$500 million", "HKD", 5e8),
    ("A$90m", "AUD", 9e7),
    ("AED 3 billion", "AED", 3e9),
    ("INR 800 million", "INR", 8e8),
    ("SEK 20 million", "SEK", 2e7),
    ("3억 스웨덴 크로나", "SEK", 3e8),
    ("NT$1.2 billion", "TWD", 1.2e9),
    ("50억 대만달러", "TWD", 5e9),
])
def test_currencies_of_the_gulf_india_and_the_dollar_zones(text, currency, value):
    (amount,) = find_amounts(text, year=2024)
    assert (amount.currency, amount.value) == (currency, value)
    assert amount.amount_usd == pytest.approx(value / amount.rate)


def test_pegged_currencies_name_their_peg_and_codes_need_a_word_boundary():
    (riyal,) = find_amounts("SAR 1.5 billion", year=2023)
    assert riyal.amount_usd == pytest.approx(4e8) and "peg" in riyal.rate_source
    assert find_amounts("its partners 20 million users") == []


def test_korean_won_with_about():
    (amount,) = find_amounts("약 3조 원 규모의 펀드")
    assert (amount.amount, amount.unit, amount.currency, amount.qualifier) == (3.0, "조", "KRW", "about")


def test_a_word_starting_like_a_currency_is_not_money():
    assert find_amounts("100억 엔비디아") == []


def test_korean_numbers():
    assert parse_korean_number("1조 350억") == 1.035e12
    assert parse_korean_number("3천억") == 3.0e11
    assert parse_korean_number("1천 5백만") == 1.5e7


def test_table_unit():
    assert table_unit("(단위: 백만 달러)") == (1e6, "백만", "USD")
    assert table_unit("no unit here") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2025년 3월 발표", [("2025-03", 2025)]),
    ("'24.3 출시", [("2024-03", 2024)]),
    ("’24년 11월 투자 유치", [("2024-11", 2024)]),
    ("전략적 협력(25.5)", [("2025-05", 2025)]),
    ("2023년 기준", [("2023", 2023)]),
    ("2021~2023년", [("2021~2023", 2023)]),
    ("12억 달러('22)", [("2022", 2022)]),
    ("2025-01-15", [("2025-01-15", 2025)]),
    ("최근 발표", []),
    ("총 2,442억 달러", []),
])
def test_dates(text, expected):
    assert [(d.date, d.year) for d in find_dates(text)] == expected
