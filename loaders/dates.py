"""Dates as precise as the text: ``2025년 3월`` -> 2025-03, ``'24.3`` -> 2024-03,
``’25년 7월`` -> 2025-07, ``2021~2023`` -> 2021~2023, ``2023년 기준`` -> 2023. "최근" (recently) gives no date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from loaders.spans import leftmost_longest

_FULL = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-./](\d{1,2})(?:[-./](\d{1,2}))?(?!\d)")
_SHORT = re.compile(r"[‘'’](\d{2})\.(\d{1,2})(?!\d)|\((\d{2})\.(\d{1,2})\)|[‘'’](\d{2})\s*년\s*(\d{1,2})\s*월")
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:년)?\s*[~∼\-–]\s*((?:19|20)?\d{2})(?:\s*년)?(?!\d)")
_SHORT_YEAR = re.compile(r"\([‘'’](\d{2})\)|[‘'’](\d{2})(?![\d.])")
# A year ends at a comma before a space ("in 2025, the fund"), never in a thousands comma ("2,025,000").
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?:\s*년|(?=\s*[)）])|(?=\s*[,.]?\s)|$)(?!\d|,\d)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
# "December 2025", "9 January 2026", "January 9, 2026", "Sept. 2025".
_ENGLISH = re.compile(
    r"\b(?:(?P<day>\d{1,2})\s+)?(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+(?P<day2>\d{1,2}),?)?\s+(?P<year>(?:19|20)\d{2})(?!\d)"
)
# Every pattern above needs a digit; most sentences have none and need not be scanned six times.
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: ``date`` as a string (YYYY, YYYY-MM, YYYY-MM-DD or a range)
    and the ``year`` it falls in (the last year of a range)."""

    date: str
    year: int
    start: int
    end: int


def _year2(two: str) -> int:
    return 2000 + int(two)


def _english_date(m: re.Match[str]) -> list[DateMention]:
    """The date of an English month match, if its month word is a month's name or abbreviation."""
    word = m.group(0)[m.start("month") - m.start():].split()[0].rstrip(".")
    month = next((k for k, name in enumerate(_MONTHS, 1) if name.startswith(word)), None)
    if month is None:
        return []  # "Marching 2025", "Junior 2025": not a month
    y, day = int(m.group("year")), m.group("day") or m.group("day2")
    date = f"{y:04d}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")
    return [DateMention(date, y, m.start(), m.end())]


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, most precise reading first where they overlap, in order."""
    found: list[DateMention] = []
    if not _DIGIT.search(text):
        return found
    for m in chain(_FULL.finditer(text), _ISO.finditer(text)):  # year, month and maybe day, either way
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= mo <= 12:
            date = f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d and 1 <= int(d) <= 31 else "")
            found.append(DateMention(date, y, m.start(), m.end()))
    for m in _SHORT.finditer(text):
        yy, mo = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        if 1 <= int(mo) <= 12:
            found.append(DateMention(f"{_year2(yy)}-{int(mo):02d}", _year2(yy), m.start(), m.end()))
    for m in _ENGLISH.finditer(text):
        found += _english_date(m)
    for m in _RANGE.finditer(text):
        start, end = int(m.group(1)), m.group(2)
        end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
        if start < end_year <= start + 30:
            found.append(DateMention(f"{start}~{end_year}", end_year, m.start(), m.end()))
    for m in _SHORT_YEAR.finditer(text):
        yy = m.group(1) or m.group(2)
        found.append(DateMention(str(_year2(yy)), _year2(yy), m.start(), m.end()))
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        if 1990 <= y <= 2100:
            found.append(DateMention(str(y), y, m.start(), m.end()))
    return leftmost_longest(found)
