"""Deal items of newsletters and news roundups: a headline, then a few sentences.

A headline follows headline grammar: an optional tag, the subject, a comma, and a noun phrase
that ends in the act, with no verb ("[M&A] 네이버, 비전 AI 스타트업 픽셀로어 인수", "[투자]
핀더스랩, 320억 원 시리즈B… 리드는 알토스벤처스", "a16z, 국내 스타트업 시큐어리프 시드 리드").
The subject is the word before the comma even when no pattern knows it.

The item's sentences then name more investors of the headline's round without naming the
company again: "리드 투자자는 C이고", "기존 투자사인 C가 후속 투자로 참여했어요", "C는 이번
라운드에 처음 이름을 올렸습니다", "C와 D도 함께 들어갔고요".

The whole item is about its headline's company: a paragraph of it that names no subject of its
own ("2021년 A 대표가 창업했다", "회사는 ..."), as a news roundup writes its background, states
that company's acts (see ``topic``). A headline naming a round of a name nothing knows yet ("■
루미나, 120억원 시리즈A") is about the company the item's first sentences name under that word
("루미나(Lumina)가 ... 유치했다"). The next tagged headline closes the item.

A short-deal list writes each item as a bullet whose head is the company, a dash and what it
does ("· 코다스택 — AI 보안 솔루션. 시드 35억원. 프라이머 주도, 블루포인트파트너스 참여."):
the item's telegraphic notes ("X 주도", "X·Y 공동 주도", "X 참여") name its round's investors.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.discovery import discovered_actor
from loaders.founded_names import FOUNDED_BY_WHOM
from loaders.mentions import Mention, particle_at
from loaders.relations.disclosures import main_products
from loaders.relations.fact import Fact
from loaders.round_names import KOREAN_ROUND_NAME

_BUSINESSES = ("Startup", "Company")
_BACKERS = ("Investor", "Company")
# A fund said to join a round ("'D-스케일업 AI펀드'가 단독으로 투자") invests as its manager would.
_JOINING_BACKERS = (*_BACKERS, "Program")
# "프리A 35억, ...": an amount before a comma is an item's note, no headline subject.
_AMOUNT_WORD = re.compile(r"\d[\d,.]*\s?(?:억|만|조|천|원|달러)")
# "[투자] ", "[M&A] ", "■ ": the tag of an item's headline.
_TAG = re.compile(r"^\s*(?:\[[^\]]{1,12}\]|[■▶◆●])?\s*")
# The subject of a headline: its last word before the first comma.
_HEADLINE_SUBJECT = re.compile(r"(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*)\s?,\s")
# A sentence, not a headline, ends with a verb ("...했습니다.", "...했다", "...요.").
_SENTENCE_END = re.compile(r"(?:다|요|음|함|됨)[.!?]?\s*$")
_ACQUIRES = re.compile(r"(?:인수|인수\s?합병|M&A|합병)\s*$")
_LIST = re.compile(r",|\s등(?:\s|과|의|이|을|에)")
_LEADS = re.compile(r"리드|주도")
# "· 코다스택 — AI 보안 솔루션.", "■ 코다스택 (AI 보안) — 시리즈A 80억원": a list item's head, the
# company, its trade in brackets at most, then a dash and what it does or raised.
# The parts both item heads share: the bullet, the company's first word, its trade in brackets.
# A circled numeral ("① 루멘틱스 시리즈B 450억") numbers an item as a bullet marks it.
_ITEM_BULLET = r"^\s*[·•*\-■▶◆●①-⑳]?\s*"
_ITEM_WORD = r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*"
_ITEM_GLOSS = r"(?:\s?\([^()]{1,40}\))?"
_DASH_HEAD = re.compile(rf"{_ITEM_BULLET}(?P<name>{_ITEM_WORD}(?: [A-Z][\w&.\-]*)?){_ITEM_GLOSS}\s[—–]\s")
# "코다스택(AI 보안): 시드 20억.": a short-deal item's head, a colon, then its round.
_COLON_HEAD = re.compile(rf"{_ITEM_BULLET}(?P<name>{_ITEM_WORD}){_ITEM_GLOSS}:\s"
                         rf"(?=[^.]{{0,12}}?(?:{KOREAN_ROUND_NAME}|[\d,.]+\s?억))")
# "① 루멘틱스(Lumentix) 시리즈B 450억", "③ 마루비전 (비전AI, 대구)": a numbered item's head, the
# company with its gloss, then its round or nothing more.
_NUMBERED_HEAD = re.compile(rf"^\s*[①-⑳]\s*(?P<name>{_ITEM_WORD}){_ITEM_GLOSS}"
                            rf"(?:\s{KOREAN_ROUND_NAME}[^.]{{0,20}})?\s*$")
# "프라이머 주도", "SBVA·LB인베스트먼트 공동 주도", "KB인베스트먼트 참여": a note naming investors
# with no verb, closed by a comma, a bracket or the sentence's end.
_NOTED_ROLE = re.compile(r"\s(?:(?:공동\s?|후속\s?|신규\s?)?(?:주도|리드|참여)|단독\s?(?:투자|리드|참여))(?=\s*[,.)]|\s*$)")
# What may stand between an investor and its note: a gloss in brackets ("삼성벤처투자(Samsung
# Venture Investment) 단독 투자"), a particle ("A와 B가 공동 리드", "A·B도 후속 참여"), a middle dot.
_NOTE_GAP = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*(?:와|과|가|이|도|는|은)?\s*·?\s*")
# "리드: 한국산업은행", "참여: A, B, 그리고 C": a note labelling its whole list with the role.
_ROLE_LABEL = re.compile(r"^\s*[-·•*]?\s*(?:공동\s?|신규\s?|후속\s?)?(?:리드|주도|참여|투자자|투자사)\s?:\s")
_ROUND = re.compile(r"시리즈\s?[A-Z]|시드|프리\s?[A-Z]|투자\s?유치|라운드|억\s?원|달러")
# "리드 투자자는 C", "리드는 C": C led the round.
_LEAD_IS = re.compile(r"리드\s?(?:투자자|투자사|VC)?\s?(?:는|은)\s?$")
# "C가 후속 투자로 참여", "C가 단독으로 투자", "C는 이번 라운드에 이름을 올렸다", "C와 D도 함께 들어갔다".
_JOINED = re.compile(r"(?:SI|FI|전략적\s?투자자|재무적\s?투자자)(?:\s?\([^()]{1,20}\))?로\s?(?:들어갔|들어왔|참여|합류)|"
                     r"후속\s?투자|단독\s?(?:으로\s?)?(?:투자|참여)|이번\s?라운드에|라운드에\s?(?:새로\s|처음\s)?(?:합류|이름을)|함께\s?(?:들어갔|들어왔|참여)")
# "네이버클라우드에 인수됐다": the item's company was bought by the name before "에".
_BOUGHT_BY = re.compile(r"(?:에게|에)\s?(?:최근\s|전격\s)?인수(?:됐|되었|돼|된다|되기로)")
# "오세린 대표가 공동창업자 두 명과 함께 세운 회사로": who set up the company the item is about.
_FOUNDED_BY = re.compile(rf"(?:{'|'.join(FOUNDED_BY_WHOM)})\s(?:회사|기업|스타트업|팀|곳)")
# "인수 후에도 독립 법인으로 운영", "자회사로 편입": the bought company is kept as a unit of the buyer.
_KEPT_AS_UNIT = re.compile(r"(?:독립|별도)\s?(?:법인|회사)으로\s?(?:운영|유지|존속)|자회사로\s?(?:편입|운영|두)")
_LATIN_RUN_ON = re.compile(r"(?:\s[A-Z][\w.&\-]*)+\s*")
_JOINER_PARTICLES = ("가", "이", "는", "은", "도", "와", "과", "와도", "과도")
# "모델 '루미 케이스(Lumi Case)'를 공급", "컴파일러 제품 '포지(Forge)'는", "솔루션 'X'를 앞세워":
# a product named in quotes after a word for what it is.
_QUOTED_PRODUCT = re.compile(r"(?:제품|솔루션|모델|서비스|플랫폼|스택|엔진|에이전트|소프트웨어)\s?['‘](?P<name>[^'’()]{2,30}?)\s?(?:\([^()'’]{1,30}\))?['’]")
# "B의 검사 솔루션 'X'": X is B's, though B is no name anything knows.
_OWNED_BY_A_NAME = re.compile(r"[가-힣A-Za-z0-9]의\s(?:[^\s,.]+\s)?$")
# "B가 개발한 AI 인프라 소프트웨어 'X'": a relative clause says who made X, though B is no name anything knows.
_MADE_BY_A_NAME = re.compile(r"[가-힣A-Za-z0-9](?:가|이)\s(?:개발|제작|출시|공개)한\s(?:[^\s,.]+\s){0,3}$")
_OWNERS = ("Startup", "Company", "Investor", "University", "Government")



class RoundupItems:
    """The company whose round the current item is about, from its headline."""

    def __init__(self) -> None:
        self._recipient: Mention | None = None
        #: The subject word of a round headline whose company the item has not named yet.
        self._pending: str | None = None
        #: (buyer, bought) of the item's acquisition headline.
        self._bought: tuple[Actor, Actor] | None = None

    def names_investors(self, text: str) -> bool:
        """True if ``text`` may name investors of the item's round: unknown names in it are
        worth discovering though it has no relation cue ("C는 이번 라운드에 이름을 올렸다")."""
        return self._recipient is not None and bool(_JOINED.search(text) or "리드" in text or _ROLE_LABEL.match(text))

    @property
    def topic(self) -> list[Mention]:
        """The company of the item being read: what its sentences without a subject are about."""
        return [self._recipient] if self._recipient is not None and self._recipient.actor.type in _BUSINESSES else []

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """Facts of a headline, or of a sentence of the item a headline opened."""
        tag = _TAG.match(text)
        headline = len(text) <= 90 and not _SENTENCE_END.search(text)
        subject = _HEADLINE_SUBJECT.search(text, tag.end(), tag.end() + 40) if headline else None
        if subject is not None and (_NOTED_ROLE.match(text, subject.start("name") - 1) or _ROLE_LABEL.match(text)
                                    or _NUMBERED_HEAD.match(text) or _AMOUNT_WORD.match(subject.group("name"))):
            subject = None  # "프라이머 주도, B 참여": an item's notes on its round; "③ 마루비전 (비전AI, 대구)": its gloss
        if headline and subject is None and tag.group().strip():
            self._recipient, self._bought, self._pending = None, None, None  # a new item about no one company
        if subject is None and (head := item_head(text)):
            self._recipient, self._bought, self._pending = _head_company(head, mentions), None, None
            return []
        if self._pending is not None and subject is None:
            self._recipient = _item_company(text, mentions, self._pending)
            self._pending = None if self._recipient is not None else self._pending
        kept_as_unit = self._bought is not None and _KEPT_AS_UNIT.search(text)
        if subject is None and not kept_as_unit and self._recipient is None:
            return []  # most sentences: no item in play (the evidence is not worth building)
        evidence = Evidence(doc_id, line_at(0), " ".join(text.split())[:220])
        if subject is not None:
            return self._headline(text, subject, mentions, evidence)
        if kept_as_unit:
            return [Fact(self._bought[1], "SUBSIDIARY_OF", self._bought[0], {"confidence": 0.6}, evidence)]
        return self._joiners(text, mentions, evidence)

    def _headline(self, text: str, subject: re.Match[str], mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        self._recipient, self._bought, self._pending = None, None, None
        rest = text[subject.end():]
        if _LIST.search(rest):
            return []  # "A, B, C 등": the comma lists names, it closes no headline subject
        named = next((m for m in mentions if m.start <= subject.start("name") < m.end
                      or subject.start("name") <= m.start < subject.end("name")), None)
        if named is None and (_ACQUIRES.search(rest) or _LEADS.search(rest)):
            named = Mention(subject.start("name"), subject.end("name"), discovered_actor(subject.group("name"), "company"),
                            subject.group("name"), discovered=True)
        if named is None:
            self._pending = subject.group("name") if _ROUND.search(rest) else None
            return []
        later = [m for m in mentions if m.start >= subject.end()]
        acquires = _ACQUIRES.search(text)
        if acquires:
            target = _bought(text, later, acquires.start())
            if target is None:
                return []
            self._bought = (named.actor, target)
            return [Fact(named.actor, "ACQUIRED", target, {"confidence": 0.6}, evidence)]
        if not _LEADS.search(rest):
            if named.actor.type in _BUSINESSES and _ROUND.search(rest):
                self._recipient = named
            return []
        if named.actor.type == "Investor":
            startups = [m for m in later if m.actor.type in _BUSINESSES]
            self._recipient = startups[0] if startups else None
            return [Fact(named.actor, "INVESTED_IN", self._recipient.actor, {"confidence": 0.6}, evidence)] if startups else []
        self._recipient = named
        return [Fact(m.actor, "INVESTED_IN", named.actor, {"confidence": 0.6}, evidence)
                for m in later if m.actor.type == "Investor"]

    def _joiners(self, text: str, mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        """Facts of a sentence about the item's company that does not name it."""
        company = self._recipient.actor
        products = _main_products(text, mentions) + _quoted_products(text, mentions, company)
        facts = [Fact(company, "DEVELOPS", product, {"confidence": 0.6}, evidence) for product in products]
        facts += [Fact(person.actor, "FOUNDED", company, {"confidence": 0.6}, evidence) for person in _founders(text, mentions)]
        facts += [Fact(m.actor, "ACQUIRED", company, {"confidence": 0.6}, evidence)
                  for m in mentions if m.actor.type in _BACKERS and m.actor.id != company.id and _BOUGHT_BY.match(text, m.end)]
        return facts + [Fact(m.actor, "INVESTED_IN", company, {"confidence": 0.6}, evidence)
                        for m in _backers(text, mentions) if m.actor.id != company.id]


def item_head(text: str) -> re.Match[str] | None:
    """The head of a short-deal list item ("■ 코다스택 (AI 보안) — 시리즈A 80억원", "코다스택(AI 보안):
    시드 20억."), the company named in its group "name"; the item's lines are about that company's deal."""
    if _ROLE_LABEL.match(text):
        return None  # "참여: A, 한솔브릿지파트너스": a note labelling the item's investors, not a new item
    return _DASH_HEAD.match(text) or _COLON_HEAD.match(text) or _NUMBERED_HEAD.match(text)


def _item_company(text: str, mentions: list[Mention], word: str) -> Mention | None:
    """The company a round headline's subject ``word`` names, if ``text`` names it: a business
    found under a name starting with the word (a glossed "루미나(Lumina)" may be found as
    "Lumina" only), else the word itself as the sentence's subject ("루미나(Lumina)는",
    "루미나가"), a company nothing knows yet."""
    for m in mentions:
        names = (text[m.start:m.end], m.actor.name, m.actor.name_ko or "", *m.actor.aliases)
        if m.actor.type in _BUSINESSES and (any(n.startswith(word) for n in names) or text.endswith(f"{word}(", 0, m.start)):
            return m
    said = re.search(rf"(?<![가-힣A-Za-z0-9]){re.escape(word)}(?:\((?P<latin>[A-Z][\w .&-]{{1,30}})\))?(?=은\s|는\s|이\s|가\s)", text)
    if said is None:
        return None
    actor = discovered_actor(word)
    actor.aliases = [said.group("latin")] if said.group("latin") else []
    mention = Mention(said.start(), said.end(), actor, word, discovered=True)
    mention.particle, mention.after = particle_at(text, said.end())
    return mention


def _bought(text: str, later: list[Mention], act: int) -> Actor | None:
    """"A, 스타트업 B 인수": the company right before the act, not one of a list ("A, B, C 등과
    ... 인수"). A Latin name runs on to the act ("Quorra Voice 인수" where only "Quorra" was
    found): the words between are the rest of the name."""
    for m in reversed([m for m in later if m.actor.type in _BUSINESSES]):
        between = text[m.end:act]
        if not between.strip():
            return m.actor
        if m.discovered and _LATIN_RUN_ON.fullmatch(between):
            return discovered_actor(text[m.start:act].strip(), "company")
        return None
    return None


def _main_products(text: str, mentions: list[Mention]) -> list[Actor]:
    """"에이전트 'X'가 주력 제품입니다": the item's company makes X."""
    return [_named_at(mentions, p.start(1)) or discovered_actor(p.group(1), "model") for p in main_products(text)]


def _quoted_products(text: str, mentions: list[Mention], company: Actor) -> list[Actor]:
    """"모델 'X'를 로펌에 공급하고 있으며": a product an item's sentence names with no other owner
    in it (no other organisation as its subject, none whose product it is: "B의 모델 'X'") is
    the item's company's."""
    if "'" not in text and "‘" not in text:
        return []
    if any(m.actor.type in _OWNERS and m.actor.id != company.id and m.particle in ("이", "가", "은", "는", "의")
           for m in mentions):
        return []
    return [_named_at(mentions, p.start("name")) or discovered_actor(p.group("name"), "model")
            for p in _QUOTED_PRODUCT.finditer(text) if not _OWNED_BY_A_NAME.search(text, max(0, p.start() - 20), p.start())
            and not _MADE_BY_A_NAME.search(text, max(0, p.start() - 40), p.start())]


def _founders(text: str, mentions: list[Mention]) -> list[Mention]:
    """"오세린 대표가 ... 세운 회사로": the people who set up the item's company, in a sentence
    with no topic of its own."""
    founded = _FOUNDED_BY.search(text)
    if founded is None or any(m.particle in ("은", "는") for m in mentions):
        return []
    return [m for m in mentions if m.end <= founded.start() and m.particle in ("가", "이") and m.actor.type == "Person"]


def _backers(text: str, mentions: list[Mention]) -> list[Mention]:
    """"리드 투자자는 C", "C가 후속 투자로 참여", "C와 D도 함께 들어갔다": investors of the item's round."""
    if _ROLE_LABEL.match(text):
        return [m for m in mentions if m.actor.type in _BACKERS]  # "참여: A, B": every name listed
    backers = [m for m in mentions if _LEAD_IS.search(text, 0, m.start) and m.actor.type in _BACKERS]
    backers += _noted_backers(text, mentions)
    joined = _JOINED.search(text)
    if joined is not None:
        backers += [m for m in mentions if m.end <= joined.start() and m.particle in _JOINER_PARTICLES
                    and m.actor.type in _JOINING_BACKERS and not _LEAD_IS.search(text, 0, m.start)]
    return backers


def _head_company(head: re.Match[str], mentions: list[Mention]) -> Mention:
    """The company a dash-headed list item is about: the name found at its head, else the head
    word itself, a company nothing knows yet."""
    start, end = head.span("name")
    named = next((m for m in mentions if m.start <= start < m.end), None)
    if named is not None:
        return named
    return Mention(start, end, discovered_actor(head.group("name"), "company"), head.group("name"), discovered=True)


def _noted_backers(text: str, mentions: list[Mention]) -> list[Mention]:
    """"프라이머 주도, 블루포인트파트너스 참여": investors named right before a verbless note of their
    role, alone or joined by a middle dot ("SBVA·LB인베스트먼트 공동 주도")."""
    backers = []
    for note in _NOTED_ROLE.finditer(text):
        at = note.start()
        for m in reversed([m for m in mentions if m.end <= at]):
            if not _NOTE_GAP.fullmatch(text, m.end, at) or m.actor.type not in _BACKERS:
                break
            backers.append(m)
            at = m.start
    return backers


def _named_at(mentions: list[Mention], offset: int) -> Actor | None:
    """The actor of the mention covering ``offset``, if any."""
    return next((m.actor for m in mentions if m.start <= offset < m.end), None)
