"""The subject a nested bullet inherits from the bullet it hangs from.

Korean briefing notes state an actor once in a bullet and its acts in the bullets indented
under it, without a subject::

    - 캐나다 AI 스타트업 A가 ... 투자를 유치
      - B, C, D에 의해 창업되었으며 ...        (A was founded by them)
      - E, F 등과 플랫폼 협업을 추진           (A works with E and F)

An item may also open with its actor and a colon, the rest saying what it did ("- 네이버: 스타트업
B 인수 완료"): the colon marks the topic as "는" would.

Briefings also give the actor alone as a label bullet, optionally after a tag, with its acts
in the bullets under it ("- 하이퍼셀", "- (LP) 한국벤처투자", then "· ... 공급계약 체결").

The indentation is only in the raw lines (blocks are stripped), so each block's first raw
line is read for it. PDF text often loses the indentation; Korean reports then still nest by
the marker itself (□ over ○ over - over · over a * note), so at equal indentation a marker
lower in that order hangs from the one above it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.discovery import discovered_actor
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.normalise import DATED_MARKER, Block
from loaders.patterns import RELATIVE_VERB
from loaders.relations.round_items import ROUND_AND_SUM, round_taker

# A relative clause's verb right before the name it describes ("A가 설립한 B는").
_ENDS_IN_A_RELATIVE_VERB = re.compile(RELATIVE_VERB.pattern + r"$")
# "- ", "• ", "⦁", "* ", "◦ ", "ㅇ ", "· ", "▶ ": the markers of an item (the dash first, so that it
# stays literal inside a character class).
_ITEM_MARKERS = "-•⦁*◦▪ㅇ○·▶►◆"
# An item's marker, or a heading's ("□", "■"), after the indentation.
_BULLET = re.compile(r"^([ \t]*)([" + _ITEM_MARKERS + r"□■])\s")
# "3월 ▲ ", "      ▲ ": an item of a timeline or a roundup, with or without its date label.
_TIMELINE_ITEM = re.compile(r"^(?:" + DATED_MARKER.pattern + r"|\s*▲\s)")
# The order in which Korean reports nest their markers, outermost first.
_MARKER_RANK = {marker: rank for rank, markers in enumerate(("□■▶►◆", "○ㅇ◦", "-", "•⦁▪·", "*")) for marker in markers}
# "A-101 | ", "B12 | ": a directory's entry code (a booth, a stand, a listing number) and the pipe
# before the name of the entry's organisation.
ENTRY_CODE = r"(?:[A-Z]{1,3}-?\d{1,4}\s?\|\s?)"
# What a label bullet may hold besides its one name: the marker and a tag ("- (LP) ", "· [GP] "),
# or the cohort or rank the item is filed under ("- 7기 ", "3) ").
_LABEL_TAG = re.compile(r"^\s*(?:[" + _ITEM_MARKERS + r"]\s*)?" + ENTRY_CODE + r"?(?:[(\[][^()\[\]]{1,12}[)\]]\s*)?(?:\d{1,2}(?:기|\))\s)?")
# "■ ", "□ ": the marker of a heading bullet, over the items that follow.
_HEADING_TAG = re.compile(r"^\s*[□■]\s*")
# "- 네이버: ", "네이버 : ": an item's actor before its colon (not a time "10:30" nor a URL).
_ACTOR_COLON = re.compile(r"\s?:\s")
# "▲ ": a marker that opens an item on its own.
_LONE_MARKER = re.compile(r"(?:\s*[▲△▶►◆●]\s*)?")
# "펄스메드(": a Korean name the gazetteer knows only by its Latin gloss in the parentheses.
_GLOSSED_NAME = re.compile(r"[가-힣][가-힣A-Za-z0-9]{1,15}\(")
_GLOSS = re.compile(r"\s?[(（][^()（）]{1,30}[)）]")
# What may follow a label's name: its glosses ("(智谱, Zhipu AI)").
_ONLY_GLOSSES = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])*\s*")
# "과학기술부(科技部)": one word glossed by a name the gazetteer knows.
_GLOSSED_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,15}[(（](?P<gloss>[^()（）,]{1,30})[)）]\s*")
# "- 7기 루멘케어: ", "3기 B(Beta): ": a team filed under its cohort before the item's colon.
_COHORT_ITEM = re.compile(r"\s*(?:[" + _ITEM_MARKERS + r"]\s*)?\d{1,2}기\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?=\s?(?:[(（][^()（）]{1,30}[)）])?\s?:\s)")
# ", " after an item's opening name.
_ACTOR_COMMA = re.compile(r"\s?,\s")
# "■ A(Alpha): ": a heading's name may carry its gloss before the colon.
_GLOSSED_COLON = re.compile(r"\s?(?:[(（][^()（）]{1,40}[)）])?\s?:\s")


class BulletParents:
    """Follows the bullets of a document, as blocks are read in order."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._block: Block | None = None
        #: ((indentation, marker rank), subject) of the open bullets, outermost first.
        self._open: list[tuple[tuple[int, int], list[Mention]]] = []
        self._parent: list[Mention] = []
        self._first_sentence = False

    def enter(self, block: Block) -> None:
        """Start reading a sentence of ``block``."""
        if block is self._block:
            self._first_sentence = False
            return
        self._block, self._first_sentence = block, True
        line = self._lines[block.first_line - 1] if 0 < block.first_line <= len(self._lines) else ""
        bullet = _BULLET.match(line) or _TIMELINE_ITEM.match(line)
        if bullet is None and self._open and _continues(self._lines, block.first_line):
            self._first_sentence = False  # the wrapped rest of the bullet above: its subject holds
            return
        if bullet is None:
            self._open, self._parent = [], []
            return
        # A timeline's items are outermost however indented (the date label of one, not of the next).
        depth = (0, 0) if bullet.re is _TIMELINE_ITEM else (len(bullet.group(1).expandtabs(4)), _MARKER_RANK[bullet.group(2)])
        while self._open and self._open[-1][0] >= depth:
            self._open.pop()
        self._parent = self._open[-1][1] if self._open else []
        self._open.append((depth, []))

    @property
    def parent_subject(self) -> list[Mention]:
        """The subject of the bullet the current block is nested in, if it named one."""
        return self._parent

    def saw(self, text: str, mentions: list[Mention]) -> None:
        """Remember the subject of a bullet's first sentence: the first organisation marked
        as subject or topic ("... 스타트업 A가", "프랑스에서는 ... 기업인 B가"), or the
        organisation a label bullet consists of ("- (GP) B")."""
        if self._first_sentence and self._open and self._block is not None:
            self._open[-1] = (self._open[-1][0], _item_subject(text, mentions) or _label(text, mentions) or _headed(text, mentions)
                              or round_taker(text, mentions))


def _item_subject(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first organisation marked as subject or topic, unless it is the subject of a relative
    clause describing the topic after it ("○ A가 미국에 설립한 B는 ... 14건을 집행"): the item is
    about B, whom A only set up."""
    subjects = [m for m in mentions if m.particle in SUBJECT_OR_TOPIC and m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    if (len(subjects) > 1 and subjects[0].particle in ("이", "가") and subjects[1].particle in ("은", "는")
            and _ENDS_IN_A_RELATIVE_VERB.search(text, subjects[0].after, subjects[1].start)):
        return subjects[1:2]
    return subjects[:1]


def _continues(lines: list[str], first_line: int) -> bool:
    """True if the raw line before ``first_line`` is text, not a blank: a PDF line break cut a
    bullet's sentence ("... 설계사.\n주력 칩 X는 ..."), and the rest is still that bullet."""
    return first_line >= 2 and bool(lines[first_line - 2].strip())


def _label(text: str, mentions: list[Mention]) -> list[Mention]:
    """The organisation a bullet names and nothing else ("- 하이퍼셀", "■ 하이퍼셀", "- (CVC) B"), glosses
    included ("○ 즈푸AI(智谱, Zhipu AI)"), or its gloss alone when only that is known ("○
    과학기술부(科技部)": the native word is the same body)."""
    heading = _HEADING_TAG.match(text)  # "■ 하이퍼셀" heads its bullets too
    start = heading.end() if heading else _LABEL_TAG.match(text).end()
    # A legal form read as the tag ("(주)씽크팩토리") may be part of the name's mention.
    first = next((m for m in mentions if m.end > start), None)
    if first is None or first.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
        return []
    if first.start <= start and _ONLY_GLOSSES.fullmatch(text, first.end):
        return [first]
    word = _GLOSSED_WORD.fullmatch(text, start)
    glossed = word is not None and word.start("gloss") == first.start and word.end("gloss") == first.end
    return [first] if glossed else []


def _headed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The organisation a heading bullet opens with before a colon ("■ A: 수주 잔고가 곧 실적", as
    broker reports head each company's bullets): the subject of the bullets under it. The title
    after the colon is the analyst's view of it, not an act, so it is no topic of its own line."""
    first, tag = (mentions[0] if mentions else None), _HEADING_TAG.match(text)
    if (first is None or tag is None or first.particle or first.actor.type not in ORGANISATIONS_AND_GOVERNMENT
            or tag.end() != first.start):
        return []
    return [first] if _GLOSSED_COLON.match(text, first.end) else []


def cohort_member(text: str, mentions: list[Mention]) -> Mention | None:
    """The unknown name an item files under its cohort before a colon ("- 7기 루멘케어: 55억원
    규모 시리즈A 클로징!"), none of ``mentions``: an accelerator's alumni news names each team so,
    and the item's sentences are that team's, not the last company the text spoke of."""
    item = _COHORT_ITEM.match(text)
    if item is None or any(m.start < item.end("name") and item.start("name") < m.end for m in mentions):
        return None
    actor = discovered_actor(item.group("name"), "investee")
    return Mention(item.start("name"), item.end("name"), actor, item.group("name"), discovered=True)


def colon_topic(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with an organisation opening the item before a colon taken as the topic
    ("- 네이버: 스타트업 B 지분 100% 인수 완료": 네이버 bought B), or before a comma in headline
    grammar ("1월 ▲ 과기정통부, 'X 사업' 착수", "카카오, 데이터 기업 B 인수"): Korean headlines and
    timeline items mark their actor with a comma where a sentence would put "는"."""
    first = mentions[0] if mentions else None
    if (first is None or first.particle or first.actor.type not in ORGANISATIONS_AND_GOVERNMENT
            or not _opens_item(text, first)):
        return mentions
    colon = _ACTOR_COLON.match(text, first.end) or (_headline_comma(text, first, mentions) if _dated_item(text) else None)
    if colon is None:
        return mentions
    return [replace(first, particle="는", after=colon.end()), *mentions[1:]]


def _opens_item(text: str, first: Mention) -> bool:
    """True if ``first`` opens the item: right after its marker and tag ("- (LP) "), its date
    label ("3월 ▲ "), or a Korean name whose Latin gloss is the mention ("펄스메드(PulseMed)")."""
    dated = DATED_MARKER.match(text)
    start = max(_LABEL_TAG.match(text).end(), dated.end() if dated else 0, _LONE_MARKER.match(text).end())
    if first.start == start:
        return True
    glossed = _GLOSSED_NAME.match(text, start)
    return glossed is not None and glossed.end() == first.start


def _dated_item(text: str) -> bool:
    """True if ``text`` is a timeline's or roundup's item ("3월 ▲ ", "▲ ", "▶ "): each item is an
    event of its own, so its comma names the actor. A deck's "- " bullets under a headline are
    left alone: their subjects fall to the story, and a comma there lists as often."""
    return DATED_MARKER.match(text) is not None or _LONE_MARKER.match(text).end() > 0


def _headline_comma(text: str, first: Mention, mentions: list[Mention]) -> re.Match | None:
    """The comma after an item's opening name when it marks the actor, not a list: no name
    of an organisation follows it at once ("A, B가 참여" lists A and B; a country in "일본
    소프트뱅크" or a quoted programme is no second member) and no organisation is marked as the
    sentence's subject."""
    end = first.end + 1 if text.startswith((")", "）"), first.end) else first.end  # "펄스메드(PulseMed)"
    comma = _ACTOR_COMMA.match(text, _after_gloss(text, end))
    if comma is None or ROUND_AND_SUM.match(text, comma.end()):
        return None  # "A, 시리즈B 350억원 … B 주도": A took the money (round_items reads it)
    if any(m.start == comma.end() and m.actor.type in ORGANISATIONS_AND_GOVERNMENT for m in mentions):
        return None
    if any(m.particle in SUBJECT_OR_TOPIC and m.actor.type in ORGANISATIONS_AND_GOVERNMENT for m in mentions):
        return None
    return comma


def _after_gloss(text: str, end: int) -> int:
    """End of ``end``'s name with its parenthesised gloss ("과학기술정보통신부(이하 과기정통부)")."""
    gloss = _GLOSS.match(text, end)
    return gloss.end() if gloss else end
