"""Korean public bodies named after their country or region, written as one word.

Korean writes an agency's or an institute's name as one word that starts with the country or
region it serves and ends in the head noun of its kind: "한국산업기술기획평가원", "독일인공지능연구소",
"일본벤처캐피털협회", "부산정보산업진흥원". The gazetteer's country at its start ("한국", "독일") is
then no mention of its own (a country's bound suffix, "한국산", "한국인", would otherwise keep it),
and the words between are no names either: the whole word is one body, whatever it is for.
"""

from __future__ import annotations

import re

from graph.model import Actor
from loaders.discovery import BUILDING, discovered_actor
from loaders.gazetteer import Gazetteer
from loaders.mentions import GLOSS, Mention, particle_at
from loaders.noun_phrases import word_ends

# "국가", "대한", "한국" and Korea's regions, which the gazetteer does not list as words alone.
_KOREAN_START = re.compile(r"(?<![가-힣A-Za-z0-9])(?:국가|국립|대한|한국|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|"
                           r"충북|충남|전북|전남|경북|경남|제주)(?=[가-힣])")
# The rest of the word after its start (a Latin acronym may be glued in: "한국AI진흥원").
_WORD_REST = re.compile(r"[가-힣A-Za-z0-9·]+")
# Head nouns of a public body or an institute; a bare 원 only after what such a body does
# ("진흥원", "평가원"), not "직원", "지원", "병원". Research heads make a University (the schema's
# research institutes), the others a Government body.
_RESEARCH_HEADS = ("연구원", "연구소", "기술원", "과학원", "연구회")
_HEAD = re.compile(r"(?:(?:진흥|평가|연구|기술|과학|정보|개발|교육|관리|시험|투자)원|진흥회|연구회|공단|공사|재단|센터|"
                   r"연구소|협회|위원회|회의소|청|처)$")
# Heads of one syllable end plain words too ("요청", "신청", "대처", "출처"): two syllables at least
# must stand between the start and them.
_SHORT_HEADS = ("청", "처")
# A word of three syllables or more ending in a head: where there is none, nothing to look for.
_HEAD_IN_TEXT = re.compile(r"[가-힣]{2}(?:원|회|공단|공사|재단|센터|연구소|청|처)")
_LATIN_ONLY = re.compile(r"[A-Za-z0-9&.\- ]+")


def glued_institutions(text: str, known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions of public bodies written as one word from a country or region to a body's head
    noun; a known country inside one is the caller's to drop. A Latin abbreviation glossed after
    the name ("(KEIT)") is an alias, and the particle is read after it."""
    if not _HEAD_IN_TEXT.search(text):
        return []  # most sentences name no such body
    starts = [(m.start(), m.end()) for m in _KOREAN_START.finditer(text)]
    # The country's own match, which find_mentions drops inside a longer word ("일본벤처캐피털협회").
    starts += [(m.start, m.end) for m in gazetteer.find(text) if m.entry.type == "Country" and m.end < len(text)
               and "가" <= text[m.end] <= "힣" and not _inside_a_word(text, m.start)]
    found: list[Mention] = []
    for start, after_start in sorted(set(starts)):
        end = _name_end(text, start, after_start)
        if end is None or any(m.start < end and start < m.end for m in found):
            continue
        inside = [k for k in known if k.start < end and start < k.end]
        if not all(_part_of_the_name(k, start, end) for k in inside):
            continue  # a known name (the whole word, or one running on past it) holds its place
        found.append(_mention(text, start, end, inside, gazetteer))
    return found


def _part_of_the_name(known: Mention, start: int, end: int) -> bool:
    """True for the country, or the region's government ("서울" of "서울경제진흥원"), a body's
    name starts with."""
    return (start <= known.start and known.end < end
            and (known.actor.type == "Country" or (known.actor.type == "Government" and known.start == start)))


def _inside_a_word(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1].isalnum() or "가" <= text[start - 1] <= "힣")


def _name_end(text: str, start: int, after_start: int) -> int | None:
    """Where the body's name starting at ``start`` ends: the longest stretch of the word that
    ends in a body's head noun where the word ends or a particle follows."""
    rest = _WORD_REST.match(text, after_start)
    if rest is None:
        return None
    for end in range(rest.end(), after_start + 1, -1):
        name = text[start:end]
        head = _HEAD.search(name)
        if head is None or not word_ends(text, end) or BUILDING.search(name):
            continue
        between = head.start() - (after_start - start)
        if between >= (2 if head.group() in _SHORT_HEADS else 1):
            return end
    return None


def _mention(text: str, start: int, end: int, inside: list[Mention], gazetteer: Gazetteer) -> Mention:
    name = text[start:end]
    gloss = GLOSS.match(text, end)
    latin = gloss.group(1).strip() if gloss and _LATIN_ONLY.fullmatch(gloss.group(1)) else None
    entry = gazetteer.lookup(name) or (gazetteer.lookup(latin) if latin else None)
    actor = entry.to_actor() if entry is not None else _body(name, latin, inside)
    mention_end = gloss.end() if latin else end
    mention = Mention(start, mention_end, actor, name, discovered=entry is None)
    mention.particle, mention.after = particle_at(text, mention_end)
    return mention


def _body(name: str, latin: str | None, inside: list[Mention]) -> Actor:
    """A discovered body typed by its head: an investor its words make one of ("카타르투자청"),
    else a research institute or a public body."""
    actor = discovered_actor(name)
    if actor.type not in ("Investor", "University") or name.endswith("협회"):
        actor.type, actor.kind = ("University" if name.endswith(_RESEARCH_HEADS) else "Government"), None
    actor.country = inside[0].actor.country if inside else None
    if latin:
        actor.aliases = [latin]
    return actor
