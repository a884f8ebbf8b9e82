"""The organisation a directory entry is about, from the entry's heading line.

Exhibitor guides, member directories and catalogues head each entry with a code and the
organisation's name, its legal form, glosses and country in brackets, then describe it in field
bullets that never name it again::

    ▶ C-318 | Tsubame Robotics (つばめロボティクス, 일본)
     - 전시품목: ...
     - 회사소개: 도쿄 소재 로보틱스 스타트업. 2025년 ... 시리즈A 유치.

The name after the code is the entry's organisation even when nothing knows it yet, and a
country closing its bracket says where it is based. :mod:`loaders.bullets` makes it the subject
of the bullets under the heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATIONS
from loaders.bullets import ENTRY_CODE
from loaders.discovery import discovered_actor
from loaders.mentions import Mention

# "▶ A-101 | ", "◆ B12 | ": the entry's marker and code, the pipe, then the name up to its
# bracketed glosses; a legal form may stand before the name ("(주)씽크팩토리").
_ENTRY_HEAD = re.compile(r"^\s*[▶►◆■□]\s*" + ENTRY_CODE + r"(?:\(주\)|㈜)?"
                         r"(?P<name>[가-힣A-Za-z][^()（）|]{0,50}?)\s*(?P<gloss>[(（][^()（）]{1,50}[)）])?\s*$")
# "(つばめロボティクス, 일본)", "(독일)": the country the gloss ends with.
_LAST_GLOSS_ITEM = re.compile(r"(?:^|,\s?)(?P<item>[^,]+)$")


def entry_organisation(text: str, mentions: list[Mention]) -> Mention | None:
    """The organisation the directory entry headed by ``text`` is about, none of ``mentions`` when
    nothing knew its name, with the country its gloss ends with as its ``country_hint``; None if
    ``text`` is no entry heading."""
    head = _ENTRY_HEAD.match(text)
    if head is None:
        return None
    start, end = head.span("name")
    named = next((m for m in mentions if m.start <= start < m.end or start <= m.start < end), None)
    if named is not None and named.actor.type not in ORGANISATIONS:
        return None
    country = _gloss_country(head, mentions)
    if named is None:
        named = Mention(start, end, discovered_actor(head.group("name"), "company"), head.group("name"), discovered=True)
    if country is not None and not named.country_hint and named.actor.country is None:
        named = replace(named, country_hint=country)  # a copy: the caller's mention stays as read
    return named


def _gloss_country(head: re.Match[str], mentions: list[Mention]) -> str | None:
    """The country a Country mention closing the heading's gloss names."""
    if head.group("gloss") is None:
        return None
    last = _LAST_GLOSS_ITEM.search(head.group("gloss")[1:-1])
    at = head.start("gloss") + 1 + last.start("item")
    country = next((m for m in mentions if m.actor.type == "Country" and m.start == at and m.end == head.end("gloss") - 1), None)
    return country.actor.country if country is not None else None


def with_entry_organisation(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the entry heading's organisation in place of what was read at its name."""
    entry = entry_organisation(text, mentions)
    if entry is None:
        return mentions
    # What was read in the code before the name ("C-301") is no name either.
    rest = [m for m in mentions if m.start >= entry.end]
    return sorted([*rest, entry], key=lambda m: m.start)
