"""Deals told card by card, in the telegraphic lines of card news and slide decks.

A card ("[3/12]") gives a deal without sentences: the company alone on a line or before a pipe
("큐브릭스AI", "베이스캠프AI | 시드 25억"), the round ("→ 시리즈C 1,200억 유치"), then who put money
in it: "리드: A", "참여: B, C", "← D, E" (money came from them) or "F·G 참여". An arrow between
two names ("A → 佛 'B'") points from the investor to the company. Every backer a card names
invested in the card's company once the card has named a round. A card whose title names a
government ("⑤ 정부 (1) 중기부") tells what it did: "'X' 신설" (it launched X), "→ 3년간 총 900억"
(it funds X).
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.discovery import discovered_actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "[3/12]", "(3/12)": a new card.
_CARD_NUMBER = re.compile(r"^\s*[\[(]?\d{1,2}\s?/\s?\d{1,2}[\])]?\s*$")
# "큐브릭스AI", "베이스캠프AI | 시드 25억", "네이버 D2SF(네이버 스타트업 투자조직)": a name on a line of its
# own, or before a pipe, with a gloss at most.
_NAME_LINE = re.compile(r"^\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&.-]*(?:\s[A-Za-z0-9가-힣&.-]+)?)"
                        r"\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:\||$)")
# "A → 佛 'B'", "A → 美 음성AI '보이시티(Voicity)'": from the investor to the quoted company.
_ARROW_TO_QUOTED = re.compile(r"\s→\s[^'‘’\"“”]{0,16}['‘\"“](?P<name>[^'‘’\"“”()（）]{2,20})(?:[(（][^()（）]{1,30}[)）])?['’\"”]")
# "→ 택스버디 (AI 세무)": one item of an arrow list, a name and what it does.
_ARROW_ITEM = re.compile(r"^\s*→\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s*(?:[(（][^()（）]{1,30}[)）])?\s*$")
# "한빛벤처스 → ...": the name an arrow starts from, alone before it.
_GIVER = re.compile(r"\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&.-]{1,20})\s*")
# "'X' 신설", "'X' 착수": the launch right after the programme's name.
_LAUNCH = re.compile(r"['’”\"]?\s?(?:신설|착수|출범|시작|도입|개시)")
# "→ 3년간 총 900억", "→ 올해 450억": a sum the card's programme gets, on an arrow line of its own.
_SUM_LINE = re.compile(r"^\s*→\s*(?:\S+\s){0,2}?[\d,.]+\s?(?:조|억|만)\s?(?:원|달러)?\s*$")
# "→ 대표 제품 '큐브컴파일'", "→ 유럽어 멀티모달 모델 '노르디아 2' 개발사": the product of the card's company.
_PRODUCT_LINE = re.compile(r"^\s*→\s*[^'‘’\"“”]{0,20}?(?:제품|모델명|모델|엔진|툴|서비스|솔루션)\s?[=:]?\s?['‘\"“]"
                           r"(?P<name>[^'‘’\"“”]{2,30})['’\"”]")
# "시리즈C", "시드 25억", "프리A", "라운드", "유치", "지분 20%": what says a card is about a deal.
_ROUND = re.compile(r"시리즈\s?[A-Z]|시드|프리\s?[A-Z]|라운드|유치|지분\s?\d|신규\s?투자")
# "리드: A", "참여: B, C", "← D, E", "F·G 참여": the backers a line names.
_BACKERS = re.compile(r"^\s*(?:(?:리드|주도|참여|공동\s?투자)\s*[:：]|←)|\s(?:참여|리드|공동\s?투자)\s*$")


class Cards:
    """The company of the card being read and whether the card has named its round."""

    def __init__(self) -> None:
        self._in_deck = False
        self._new_card()

    def _new_card(self) -> None:
        self._company: Mention | None = None
        self._round = False
        self._investors: list[Mention] = []
        self._title: bool = True  # the next line is the card's title
        self._agent: Mention | None = None
        self._programme: Mention | None = None
        self._funded = False

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """Facts of one line of a card (none before the first card's number: no deck, no cards)."""
        if _CARD_NUMBER.match(text):
            self._in_deck = True
            self._new_card()
            return []
        if not self._in_deck:
            return []
        if self._title:
            self._title = False
            self._agent = next((m for m in mentions if m.actor.type == "Government"), None)
        if self._agent is not None:
            return self._government_card(text, mentions, doc_id, line_at)
        self._round = self._round or _ROUND.search(text) is not None
        arrow = _ARROW_TO_QUOTED.search(text)
        based = self._read_arrow(text, arrow, mentions, doc_id, line_at) if arrow is not None else []
        if arrow is None and self._company is None:
            self._company = self._card_name(text, mentions)
        product = _PRODUCT_LINE.match(text)
        if product is not None and self._company is not None and self._company.actor.type != "Investor":
            # "→ 대표 제품 '큐브컴파일' = ...": an arrow line gives the card's company's product
            made = _named(text, product, mentions, "model", kinds=("Model",))
            return based + [Fact(self._company.actor, "DEVELOPS", made.actor, {"confidence": 0.6},
                                 sentence_evidence(doc_id, line_at, text))]
        if self._company is None or not self._round:
            return based
        backers = [m for m in mentions if m.actor.type in ORGANISATIONS and m.actor.id != self._company.actor.id
                   and _is_backer(m.actor) and not _in_brackets(text, m, mentions)] if _BACKERS.search(text) else []
        backers += self._investors
        self._investors = []
        if self._company.actor.type == "Investor":
            backers, item = [], _ARROW_ITEM.match(text)
            if item is not None:
                # "네이버 D2SF" / "이번 달 3곳 신규 투자" / "→ 택스버디 (AI 세무)": an investor's card lists its investees
                new = _named(text, item, mentions, "investee")
                return [Fact(self._company.actor, "INVESTED_IN", new.actor, {"confidence": 0.6},
                             sentence_evidence(doc_id, line_at, text))]
        return based + [Fact(m.actor, "INVESTED_IN", self._company.actor, {"confidence": 0.6},
                             sentence_evidence(doc_id, line_at, text)) for m in backers]

    def _read_arrow(self, text: str, arrow: re.Match[str], mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """"A → 佛 'B'": B is the card's company and A its investor once the round is named; the
        country before B's name is B's home."""
        self._company = _named(text, arrow, mentions, "investee")
        self._investors = [m for m in mentions if m.end <= arrow.start() and m.actor.type in ORGANISATIONS][-1:]
        giver = _GIVER.fullmatch(text, 0, arrow.start())
        if not self._investors and giver is not None:
            self._investors = [_named(text, giver, mentions, "investor")]
        return [Fact(self._company.actor, "BASED_IN", m.actor, {"confidence": 0.7}, sentence_evidence(doc_id, line_at, text))
                for m in mentions if m.actor.type == "Country" and arrow.start() < m.start < arrow.start("name")][:1]

    def _government_card(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """What the government of the card's title did: launch the programme a line names with its
        launch, then fund it with the first sum an arrow line gives."""
        launched = next((m for m in mentions if m.actor.type == "Program" and _LAUNCH.match(text, m.end)), None)
        if launched is not None:
            self._programme = launched
            return [Fact(self._agent.actor, "LAUNCHED", launched.actor, {"confidence": 0.6},
                         sentence_evidence(doc_id, line_at, text))]
        if self._programme is None or self._funded or not _SUM_LINE.match(text):
            return []
        self._funded = True
        return [Fact(self._agent.actor, "FUNDS", self._programme.actor, {"confidence": 0.6},
                     sentence_evidence(doc_id, line_at, text))]

    @staticmethod
    def _card_name(text: str, mentions: list[Mention]) -> Mention | None:
        """The company a line that is only its name names: a known one, else a new name."""
        line = _NAME_LINE.match(text)
        if line is None:
            return None
        start, end = line.span("name")
        known = next((m for m in mentions if m.start == start), None)
        if known is not None:
            return known if known.end == end and known.actor.type in ORGANISATIONS else None
        return _named(text, line, mentions, "investee") if _looks_like_a_company(line.group("name")) else None


# A new name a card gives alone is taken for a company's only with a company's ending.
_COMPANY_ENDING = re.compile(r"(?:AI|랩스|랩|테크|소프트|로보틱스|바이오|헬스케어|웍스|스|즈)$")


def _looks_like_a_company(name: str) -> bool:
    return " " not in name and _COMPANY_ENDING.search(name) is not None


def _is_backer(actor) -> bool:
    """Investors and companies back a round; a startup listed with others is a fellow portfolio company."""
    return actor.type != "Startup"



def _in_brackets(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"아람코벤처스(사우디 아람코 CVC)": a name inside the gloss of another name says whose that
    backer is; it backs nothing. The Latin gloss of a new spelling ("브피프랑스(Bpifrance)") is the
    backer's own name."""
    opened = text.rfind("(", 0, m.start)
    if opened <= text.rfind(")", 0, m.start):
        return False
    return any(k.end == opened for k in mentions)


def _named(text: str, m: re.Match[str], mentions: list[Mention], role: str,
           kinds: tuple[str, ...] | frozenset[str] = ORGANISATIONS) -> Mention:
    """The mention of the name ``m`` captured: a known one there (of one of ``kinds``), else a new actor."""
    start, end = m.span("name")
    known = next((k for k in mentions if start - 1 <= k.start and k.end <= end + 1 and k.actor.type in kinds), None)
    if known is not None:
        return known
    name = m.group("name").strip()
    return Mention(start, end, discovered_actor(name, role), name, discovered=True)
