"""Money amounts in Korean and English, normalised to US dollars.

``100억 달러`` -> 1.0e10 USD; ``12억 9천 6백만 달러``; ``3억 달러+`` (at least);
``3,800억 위안``; ``약 3조 원`` (about); ``$10 billion``; ``USD 75 million``. Each amount
keeps the number and unit as written, the currency, and the USD value with the rate used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from loaders.patterns import first_char_lookahead

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_KO_UNITS = {"조": 1e12, "억": 1e8, "만": 1e4, "천": 1e3, "백": 1e2, "십": 10}
_GROUP_UNITS = ("조", "억", "만")
_CURRENCY_WORDS = {
    "달러": "USD", "불": "USD", "usd": "USD", "us$": "USD", "$": "USD",
    "원": "KRW", "krw": "KRW", "₩": "KRW",
    "위안": "CNY", "cny": "CNY", "rmb": "CNY", "元": "CNY",
    "유로": "EUR", "eur": "EUR", "€": "EUR",
    "엔": "JPY", "jpy": "JPY", "¥": "JPY", "円": "JPY",
    "파운드": "GBP", "gbp": "GBP", "£": "GBP",
    "캐나다달러": "CAD", "cad": "CAD", "c$": "CAD", "ca$": "CAD",
    "호주달러": "AUD", "aud": "AUD", "a$": "AUD",
    "싱가포르달러": "SGD", "sgd": "SGD", "s$": "SGD",
    "홍콩달러": "HKD", "hkd": "HKD", "hk$": "HKD",
    "스위스프랑": "CHF", "chf": "CHF",
    "루피": "INR", "inr": "INR", "₹": "INR",
    "리얄": "SAR", "사우디리얄": "SAR", "sar": "SAR", "카타르리얄": "QAR", "qar": "QAR",
    "디르함": "AED", "aed": "AED",
    "스웨덴크로나": "SEK", "크로나": "SEK", "sek": "SEK",
    "노르웨이크로네": "NOK", "nok": "NOK", "덴마크크로네": "DKK", "dkk": "DKK",
    "대만달러": "TWD", "twd": "TWD", "nt$": "TWD",
    "rm": "MYR", "myr": "MYR", "rp": "IDR", "idr": "IDR", "₱": "PHP", "r$": "BRL", "brl": "BRL",
    "rs": "INR", "dh": "AED", "tk": "BDT", "bdt": "BDT", "vnd": "VND",
}
# Korean currency words, the longest first: "캐나다달러" before "달러". A bare 리얄 is the
# Saudi riyal, the one Korean reports on Gulf investment mostly mean.
KO_CURRENCIES = r"(?:캐나다|호주|싱가포르|홍콩|대만)\s?달러|(?:사우디|카타르)\s?리얄|스위스\s?프랑|스웨덴\s?크로나|크로나|(?:노르웨이|덴마크)\s?크로네|달러|위안|유로|파운드|루피|리얄|디르함|원|엔|불"
_EN_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "m": 1e6, "crore": 1e7, "cr": 1e7, "lakh": 1e5, "thousand": 1e3, "k": 1e3,
}
_EN_SCALE_NAMES = {1e12: "trillion", 1e9: "billion", 1e7: "crore", 1e6: "million", 1e5: "lakh", 1e3: "thousand", 1: ""}

_KO_QUALIFIERS = ("약", "최대", "최소", "총", "대략")
# The lookahead names what an amount can start with (a qualifier, a space, a digit): the
# optional groups are otherwise tried at every position of a sentence.
_KO_AMOUNT = re.compile(
    rf"(?=[\s\d{''.join(sorted({w[0] for w in _KO_QUALIFIERS}))}])"
    rf"(?P<pre>{'|'.join(_KO_QUALIFIERS)})?\s*(?P<num>(?:{_NUM}\s*[조억만천백십]+\s*)+)\s*"
    rf"(?P<cur>{KO_CURRENCIES})"
    r"(?P<post>\s*(?:\+|이상|이하|안팎|내외|가량|정도|규모\s*이상))?"
)
# Prefixed dollars ("C$", "HK$", "R$") before the bare "$", which would otherwise match inside them;
# the letters Asian and Gulf papers write before a figure ("RM200M", "Rp5tn", "Rs 60 Cr", "Dh2bn").
_EN_CURRENCY_WORDS = ("US$", "CA$", "C$", "A$", "S$", "HK$", "NT$", "R$", "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
                      "CNY", "RMB", "KRW", "₩", "CAD", "AUD", "SGD", "HKD", "CHF", "INR", "₹", "Rs", "SAR", "QAR", "AED",
                      "Dh", "SEK", "NOK", "DKK", "TWD", "RM", "MYR", "Rp", "IDR", "₱", "BRL", "Tk", "BDT", "VND")
_EN_CURRENCIES = "|".join(map(re.escape, _EN_CURRENCY_WORDS))
_EN_AMOUNT = re.compile(
    rf"(?P<pre>about|around|approximately|nearly|almost|over|more than|at least|up to|roughly)?\s*"
    rf"(?<![A-Za-z])(?P<cur>{_EN_CURRENCIES})\s?(?P<num>{_NUM})\s*"
    r"(?P<scale>trillion|billion|million|crore|lakh|thousand|tn|bn|mn|cr|[bmk])?\b(?P<post>\+)?",
    re.I,
)
# "150 million euros", "7 billion Canadian dollars", "a 300 million pound programme": the currency
# named in words after the figure, as wire copy writes it. A scale word is required ("3 pounds" of
# something is no money in these texts).
_EN_WORD_CURRENCIES = {
    "dollar": "USD", "u.s. dollar": "USD", "us dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "singapore dollar": "SGD", "hong kong dollar": "HKD", "euro": "EUR",
    "pound": "GBP", "pound sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
    "riyal": "SAR", "saudi riyal": "SAR", "qatari riyal": "QAR", "dirham": "AED", "swiss franc": "CHF",
}
_EN_WORD_AMOUNT = re.compile(
    r"(?P<pre>about|around|approximately|nearly|almost|over|more than|at least|up to|roughly)?\s*"
    rf"(?<![\w.,])(?P<num>{_NUM})\s*(?P<scale>trillion|billion|million|thousand|bn|mn)\s+"
    r"(?P<cur>(?:(?:u\.s\.|us|canadian|australian|singapore|hong kong|saudi|qatari|swiss)\s+)?"
    r"(?:dollar|euro|pound|yen|yuan|rupee|riyal|dirham|franc)(?:s\b|\s+sterling\b|\b))(?P<post>)",
    re.I,
)
_EN_WORD_CURRENCY = re.compile(r"(?i:(?=[depyrf])(?:dollar|euro|pound|yen|yuan|rupee|riyal|dirham|franc))")
# Both patterns above need a number, the English one also a currency sign or code: most
# sentences have no number, and Korean ones no currency code; these tests spare them the scans.
_DIGIT = re.compile(r"\d")
# A number and the Korean units after it ("12억", "9천 6백만"); spaces, and "규모" after an amount.
_NUMBER_AND_UNITS = re.compile(rf"({_NUM})\s*([조억만천백십]*)")
_SPACE = re.compile(r"\s")
_SPACE_OR_SIZE = re.compile(r"\s|규모")
_EN_CURRENCY = re.compile(first_char_lookahead(_EN_CURRENCY_WORDS) + f"(?:{_EN_CURRENCIES})", re.I)
# One-syllable currency words must be followed by a particle, not by more of a word.
_SHORT_CURRENCIES = ("원", "엔", "불")
_PARTICLE_STARTS = set("을를이가의은는에으로과와도씩만까대규화어")
_TABLE_UNIT = re.compile(rf"단위\s*[:：]\s*(?P<scale>[조억만천백십]*)\s*(?P<cur>{KO_CURRENCIES})")
_QUALIFIER = {
    "약": "about", "대략": "about", "가량": "about", "정도": "about", "안팎": "about", "내외": "about",
    "최대": "at most", "이하": "at most", "최소": "at least", "이상": "at least", "+": "at least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "nearly": "about", "almost": "about", "over": "at least", "more than": "at least",
    "at least": "at least", "up to": "at most",
}


@dataclass(frozen=True)
class Amount:
    """An amount as written and in US dollars."""

    amount: float
    unit: str
    currency: str
    value: float  # in the currency's units
    amount_usd: float | None
    rate: float | None
    rate_source: str | None
    qualifier: str | None
    start: int
    end: int

    def properties(self) -> dict:
        """Relationship properties for this amount."""
        props = {
            "amount": self.amount, "unit": self.unit, "currency": self.currency,
            "amount_usd": self.amount_usd, "qualifier": self.qualifier,
        }
        if self.currency != "USD" and self.rate is not None:
            props.update(rate=self.rate, rate_source=self.rate_source)
        return {k: v for k, v in props.items() if v is not None}


@cache
def _rates() -> tuple[dict[str, dict[int, float]], str, dict[str, str]]:
    data = yaml.safe_load(Path(__file__).with_name("rates.yaml").read_text(encoding="utf-8"))
    table = {k: {int(y): float(r) for y, r in v.items()} for k, v in data["currencies"].items()}
    return table, data["source"], data.get("sources") or {}


def to_usd(value: float, currency: str, year: int | None = None) -> tuple[float | None, float | None, str | None]:
    """(USD value, rate per USD, source) for ``value`` in ``currency`` in ``year``."""
    table, default_source, sources = _rates()
    source = sources.get(currency, default_source)
    per_year = table.get(currency)
    if not per_year:
        return None, None, None
    years = sorted(per_year)
    use = min(years, key=lambda y: (abs(y - year), -y)) if year else years[-1]
    rate = per_year[use]
    return round(value / rate, 2), rate, f"{source}, {use}"


def parse_korean_number(text: str) -> float:
    """``12억 9천 6백만`` -> 1_296_000_000.0; ``3,800억`` -> 380_000_000_000.0."""
    total, group = 0.0, 0.0
    for num, units in _NUMBER_AND_UNITS.findall(text):
        pending = float(num.replace(",", ""))
        for unit in units:
            if unit in _GROUP_UNITS:
                total += (group + pending) * _KO_UNITS[unit]
                group = pending = 0.0
            else:
                pending *= _KO_UNITS[unit]
        group += pending
    return total + group


_UNIT_SCALES = {"조": 1e12, "억": 1e8, "천만": 1e7, "백만": 1e6, "만": 1e4, "천": 1e3, "백": 1e2}


def _largest_unit(text: str) -> str:
    """The unit an amount is written in: its largest, as a reader would say it."""
    return next((unit for unit in _UNIT_SCALES if unit in text), "")


def find_amounts(text: str, year: int | None = None) -> list[Amount]:
    """Every money amount in ``text``, in order of appearance."""
    return list(_amounts_in(text, year))


@lru_cache(maxsize=256)
def _amounts_in(text: str, year: int | None) -> tuple[Amount, ...]:
    """The amounts of :func:`find_amounts`, kept for the sentence at hand: a dozen frames ask
    for the amounts of the same sentence (amounts are frozen, so they can be shared)."""
    found: list[Amount] = []
    if not _DIGIT.search(text):
        return ()
    for m in _KO_AMOUNT.finditer(text):
        nxt = text[m.end("cur"):m.end("cur") + 1]
        if m.group("cur") in _SHORT_CURRENCIES and "가" <= nxt <= "힣" and nxt not in _PARTICLE_STARTS:
            continue  # "엔비디아", "원장": a word, not a currency
        value = parse_korean_number(m.group("num"))
        unit = _largest_unit(m.group("num"))
        currency = _CURRENCY_WORDS[_SPACE.sub("", m.group("cur"))]
        found.append(_make(value, value / _UNIT_SCALES.get(unit, 1), unit, currency, m, year))
    english = _EN_AMOUNT.finditer(text) if _EN_CURRENCY.search(text) else ()
    for m in english:
        scale_word = (m.group("scale") or "").lower()
        scale = _EN_SCALES.get(scale_word, 1.0)
        number = float(m.group("num").replace(",", ""))
        currency = _CURRENCY_WORDS.get(m.group("cur").lower(), "USD")
        found.append(_make(number * scale, number, _EN_SCALE_NAMES.get(scale, scale_word), currency, m, year))
    for m in _EN_WORD_AMOUNT.finditer(text) if _EN_WORD_CURRENCY.search(text) else ():
        scale = _EN_SCALES[m.group("scale").lower()]
        number = float(m.group("num").replace(",", ""))
        word = re.sub(r"s$|\s+sterling$", "", re.sub(r"\s+", " ", m.group("cur").lower()))
        currency = _EN_WORD_CURRENCIES.get(word, "USD")
        found.append(_make(number * scale, number, _EN_SCALE_NAMES[scale], currency, m, year))
    found.sort(key=lambda a: a.start)
    return tuple(found)


def _make(value: float, amount: float, unit: str, currency: str, m: re.Match[str], year: int | None) -> Amount:
    usd, rate, source = to_usd(value, currency, year)
    words = [(m.group("pre") or "").strip().lower(), _SPACE_OR_SIZE.sub("", m.group("post") or "")]
    qualifier = next((_QUALIFIER[w] for w in words if w in _QUALIFIER), None)
    return Amount(round(amount, 4), unit, currency, value, usd, rate, source, qualifier, m.start(), m.end())


def unit_amount(value: float, unit: tuple[float, str, str], year: int | None = None) -> dict:
    """Relationship properties of ``value`` counted in a table's ``unit`` (scale, unit word,
    currency, as :func:`table_unit` gives it): a dollar figure needs no rate, another currency's
    is converted at ``year``'s rate where the rate is known."""
    scale, word, currency = unit
    props: dict = {"amount": value, "unit": word, "currency": currency}
    if currency == "USD":
        props["amount_usd"] = round(value * scale, 2)
    else:
        usd, rate, rate_source = to_usd(value * scale, currency, year)
        if usd is not None:
            props.update(amount_usd=usd, rate=rate, rate_source=rate_source)
    return props


def table_unit(text: str) -> tuple[float, str, str] | None:
    """``(단위: 백만 달러)`` -> (1e6, '백만', 'USD'), or ``None``."""
    return _unit_of(_TABLE_UNIT.search(text))


# "지원액(백만 유로)": a column's unit in brackets after its name.
_BRACKETED_UNIT = re.compile(rf"[(（]\s*(?P<scale>[조억만천백십]*)\s*(?P<cur>{KO_CURRENCIES})\s*[)）]")


def bracketed_unit(text: str) -> tuple[float, str, str] | None:
    """``지원액(백만 유로)`` -> (1e6, '백만', 'EUR'), or ``None``."""
    return _unit_of(_BRACKETED_UNIT.search(text))


def _unit_of(m: re.Match[str] | None) -> tuple[float, str, str] | None:
    if not m:
        return None
    scale_text = m.group("scale")
    scale = 1.0
    for ch in scale_text:
        scale *= _KO_UNITS[ch]
    return scale, scale_text, _CURRENCY_WORDS[_SPACE.sub("", m.group("cur"))]


# "A가 300억원, B가 200억원을" ("A가 300억원을, B가 ..."): amounts listed after their subjects, the
# next one after a comma, the last one marked as the object of the verb said once for all.
NEXT_IN_THE_LIST = re.compile(r"\s?(?:을|를)?\s*,\s*")
LAST_OF_THE_LIST = re.compile(r"\s?(?:을|를)(?=[\s,])")


def amounts_of_each(text: str, ends: Sequence[int], amounts: Sequence[Amount]) -> list[Amount]:
    """The amount right after each subject ending at ``ends`` ("KT가 300억원, B가 200억원을 각각
    투자했다": KT's is 300억원), when two or more subjects each take their own (else none): Korean
    says the verb once for a list of subject-amount pairs, each pair being one payer's share."""
    own = []
    for i, end in enumerate(ends):
        amount = next((a for a in amounts if a.start >= end and not text[end:a.start].strip()), None)
        closer = LAST_OF_THE_LIST if i == len(ends) - 1 else NEXT_IN_THE_LIST
        if amount is None or not closer.match(text, amount.end):
            return []
        own.append(amount)
    return own if len(own) > 1 else []
