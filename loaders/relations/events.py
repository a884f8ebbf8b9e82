"""Taking part in an event named by the noun after it.

"A는 CES 2026 등 국제 전시회에서 로봇을 선보였다", "B는 올해 GTC 콘퍼런스에서 칩을 공개": a name followed
by a word for an event (전시회, 박람회, 콘퍼런스, 포럼, 서밋) is that event, whatever the
gazetteer or discovery took it for, and the subject showing something there takes part in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import slugify
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "CES 2026 등 국제 전시회에서", "GTC 콘퍼런스에서", "MWC 2025와 같은 글로벌 행사에서": the event's year may
# follow its name; the event noun, after a kind or a scope, ends in 에서 (where the subject acted).
_EVENT_AFTER = re.compile(r"(?P<year>\s(?:19|20)\d{2})?\s?(?:등|와\s같은|과\s같은|을\s비롯한|를\s비롯한)?\s?"
                          r"(?:(?:국제|글로벌|세계|해외|주요|대형|기술|IT|AI)\s?){0,2}"
                          r"(?:행사|전시회|박람회|콘퍼런스|컨퍼런스|학회|포럼|서밋|엑스포)(?:에서|에도)\s")
_EVENT_WORD = re.compile(r"행사|전시회|박람회|콘퍼런스|컨퍼런스|학회|포럼|서밋|엑스포")
_TOPIC = ("은", "는", "이", "가")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&\-]*(?:\s[A-Z][A-Za-z0-9&\-]*){0,3}")


def events_attended(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTICIPATES_IN from the sentence's subject to each Latin-named event it acted at."""
    if not _EVENT_WORD.search(text):
        return []
    facts = []
    for i, m in enumerate(mentions):
        event = _EVENT_AFTER.match(text, m.end)
        if (event is None or m.particle or not _LATIN_NAME.fullmatch(m.surface)
                or not (m.discovered or m.actor.type == "Program")):
            continue  # "구글 등 주요 기업의 행사에서": a known company is no event
        subject = next((k for k in reversed(mentions[:i]) if k.particle in _TOPIC), None)
        if subject is None or subject.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
            continue
        name = m.surface + (event.group("year") or "")
        actor = replace(m.actor, id=slugify(name), name=name, type="Program", kind=None, name_ko=None,
                        aliases=[], discovered=True)
        facts.append(Fact(subject.actor, "PARTICIPATES_IN", actor, {"confidence": 0.6, "role": "event"},
                          evidence(subject.start, event.end())))
    return facts
