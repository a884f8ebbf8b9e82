"""Relations stated in running text, Korean or English.

Direction comes from Korean particles and verbs ("A가 B에 투자", "A의 B 투자",
"B는 A로부터 유치", "A가 B를 인수", "A와 B가 협력") and from English word order
("A invested in B", "B raised $X from A", "led by A"). Coordinated names ("텐센트, 알리바바 등")
give one fact per name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from graph.model import Actor, Evidence
from graph.schema import ORGANISATIONS, ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import NEXT_IN_THE_LIST, Amount, amounts_of_each, find_amounts
from loaders.dates import DateMention, find_dates
from loaders.discovery import BACKERS_HEAD, lists_backers
from loaders.mentions import COUNTED_PARTICLE, OPENING_QUOTES, Mention, quoted_programme_described
from loaders.normalise import without_glosses
from loaders.noun_phrases import particle_ending
from loaders.passage import TOPIC_PARTICLES, acts_as_a_body
from loaders.patterns import PROGRAMME_ROLE, RELATIVE_VERB, first_char_lookahead
from loaders.person_names import ROLE_WORD
from loaders.programme_heads import head_of, is_fund_of_funds, names_a_fund
from loaders.relations.acqui_hires import acqui_hires
from loaders.relations.appositives import founders_of_the_topic, linked_by_nouns
from loaders.relations.contract_clauses import contracted_partners, contracts_of_the_topic
from loaders.relations.conversions import converted_programmes
from loaders.relations.customers import customers_supplied, flagship_products, suppliers_of_the_topic
from loaders.relations.defined_programmes import carried_out_by_the_government
from loaders.relations.described_programmes import described_money_facts, described_project
from loaders.relations.english import EnglishExtractor
from loaders.relations.english_grants import settled_grants
from loaders.relations.english_joint_ventures import joint_venture_parents
from loaders.relations.english_policy_lists import listed_english_policies
from loaders.relations.events import events_attended
from loaders.relations.fact import Fact
from loaders.relations.foundries import english_foundry_customers, foundry_customers
from loaders.relations.frames import Cue, CueMatch, Cues
from loaders.relations.fund_parts import fund_parts
from loaders.relations.fund_shares import is_a_fund
from loaders.relations.graded_lists import graded_members
from loaders.relations.held_funds import funds_held_by_a_bank
from loaders.relations.item_members import members_of_the_item
from loaders.relations.joint_announcers import joint_announcers
from loaders.relations.joint_ventures import JOINT_VENTURE_BEFORE, joint_founders
from loaders.relations.listed_backers import listed_backers
from loaders.relations.listed_policies import listed_policies
from loaders.relations.money_spent_on import money_spent_on
from loaders.relations.own_products import supplied_products
from loaders.relations.owned_programmes import programmes_of_their_owner
from loaders.relations.places import DESCRIBED_BY_COUNTRY, city_hints, country_hints, domestic_hints
from loaders.relations.programme_money import programme_money_facts
from loaders.relations.programme_roles import money_source, programme_roles
from loaders.relations.programme_support import paid_by_the_owner
from loaders.relations.quoted_documents import announced_visions, defined_policy_terms, quoted_documents
from loaders.relations.rankings import runners_up, unnamed_raises
from loaders.relations.report_frames import report_facts
from loaders.relations.restrictions import (
    blocked_deals,
    investigated_companies,
    licensed_companies,
    restricted_exporters,
    restriction_facts,
)
from loaders.relations.round_items import backers_of_the_item, round_item_facts
from loaders.relations.selection_announcers import selection_announcers
from loaders.relations.supported_development import supported_development
from loaders.relations.topic_fund_backers import backers_of_the_passage_fund, money_into_fund
from loaders.relations.topic_units import owner_of_the_unsaid, units_of_the_subject
from loaders.relations.units import units_founded
from loaders.relations.unnamed_topics import FIELD_AS_TOPIC, opens_on_its_own_topic, unnamed_publisher_acts
from loaders.relations.venture_shares import VentureShares
from loaders.relations.whole_stakes_sold import units_sold_outright
from loaders.round_names import KOREAN_ROUND_NAME

SUBJECT = {"가", "이", "은", "는", "께서", "도", "이며", "이자", "인"}
TARGET = {"에", "에는", "에게", "에 대한", "에대한", "을", "를", "에의"}
# "산업은행서 투자 유치": headlines shorten 에서 to 서.
SOURCE = {"로부터", "으로부터", "에서", "에게서", "에서부터", "서"}
WITH = {"와", "과", "와의", "과의", "와도", "과도", "와는", "과는", "하고", "이랑", "랑"}
# A particle after a bracketed gloss of a name ("엔씨소프트(2011년)에서 분사한").
_GLOSSED_PARTICLE = re.compile(r"\s?[(（][^()（）]{1,16}[)）](으로부터|로부터|에서|에게|에|의|은|는|이|가|을|를|과|와)(?=[\s,.]|$)")
# "B 보통주에", "B 신주에는": the company whose shares are bought is what is invested in.
_SHARES_OF = re.compile(r"\s(?:보통주|우선주|신주|주식)(에|에는)(?=\s)")
# "A와는 달리", "B와는 별도로": 와는 here compares or sets apart; it names no partner.
_COMPARED = re.compile(r"\s*(?:달리|다르게|별도로|별개로|대조적|비교|차별)")
# "A와 B 간", "A와 B 사이의": the pair a relation holds between.
_BETWEEN_THE_TWO = re.compile(r"\s*(?:간|사이)(?:의|에|에서)?\s")
# A partnership word used as a field or a measure states no partnership: "AI 협력에서도
# 영향력", "중국과의 협력 비중", "주요국의 투자 협력 파트너로", "상호 협력 중심의". Nor does
# one naming a class of countries: "한국과 동맹국이" is "Korea and its allies"; nor a role in
# someone else's project: "A와 B가 ... 협력기관으로 참여" (each works with the project's owner).
_PARTNERSHIP_AS_TOPIC = re.compile(r"\s?(?:에서|비중|비율|규모|수준|파트너로|중심|분야|국(?:들|가들?)?(?:이|가|은|는|과|와|을|를|의|에|\s)"
                                   r"|(?:기관|업체|기업|사)(?:으로|로))")
# A clause ends between a list and a partnership word ("A, B는 ... 높으며, ... 협력"): the
# partnership is not the list's.
_CLAUSE_BREAK = re.compile(r"[,;]|[가-힣](?:으며|며|하고|지만|는데|으나|보다|처럼|비해|달리)\s")
# "A나 B와 같은 기업": 나 after a name is "or", a list as much as 및.
# "A, UAE MGX 펀드, B": a kind noun may follow a listed name ("펀드", "그룹", "재단") before the comma.
# "A, 그리고 기존 투자사 B가", "A, 기존 투자사 B가", "A 및 B, 비전 AI 기업 C과": the next name may come
# with a few words saying what kind of organisation it is.
_COORD = re.compile(r"^\s*(?:(?:펀드|그룹|재단)(?=,|·)\s*)?(?:\([^()]{1,12}\)\s*|\([^()]{1,24}\)\s*(?=▲))?(?:,|、|·|및|그리고|and|&|or|/|▲|이?나(?=\s))"
                    r"(?:\s*그리고)?(?:\s+(?:기존|신규)\s?(?:투자사|투자자|주주)"
                    r"|\s+(?:[^\s,.()]{1,10}(?:\([^()]{1,12}\))?\s){0,3}[^\s,.()]{0,6}(?:기업|회사|업체|스타트업|개발사|설계사|제조사)\s?㈜?)?\s*$", re.I)
_PAREN_DATE = re.compile(r"^\s*\([^()]{1,12}\)\s*$")
# "영국 내 AI 인프라 구축에", "일본 내 AI 데이터센터에 대한": what is built in a country.
_IN_COUNTRY = re.compile(r"\s?내(?:의)?\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:에|에 대한|에대한)\s")
_BUSINESSES = {"Company", "Startup", "Investor"}


def _in_country(text: str, g: Group) -> bool:
    """True if ``g`` is a bare country followed by "내 ... 에": the money goes into that country."""
    return (len(g.members) == 1 and g.members[0].actor.type == "Country" and not g.particle
            and bool(_IN_COUNTRY.match(text, g.end)))


_GENERIC_PARTNERS = re.compile(r"민관\s?$")
# "Together AI(2025) 등에": a bracketed year or gloss may stand before 등.
_ETC = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?등(으로부터|에서|으로|의|과|이|은|에|을)?")
_CLAUSE_ENDINGS = ("하며", "이며", "으며", "며", "하고", "했고", "였고", "했으며", "하였으며", "하여", "했지만", "지만", "으나",
                   "는데", "한편", "반면")
# A clause ending or punctuation, then a space; a footnote number may follow the comma
# ("추진하였으며,55) 이를"). Clauses are delimited around every cue; the lookahead on the
# characters these start with spares the alternation all other positions.
_CLAUSE_END = re.compile(first_char_lookahead([*_CLAUSE_ENDINGS, ";", ":", "."])
                         + rf"(?:(?:{'|'.join(_CLAUSE_ENDINGS)})\s*,?(?:\d{{1,3}}\))?\s|[;:]\s|\.\s)")
_LEAD = re.compile(r"주도|중심으로|이끌|이끈|리드|lead|led by", re.I)
_MODALITY = (
    # 검토 as a verb or a bare note ("검토하고", "검토 중", "검토(2025)"), not a noun modifier ("계약서 검토 특화").
    (re.compile(r"검토(?=[하한할했해되된될됐중(<,.]|\s중|\s?$)|considering|consider"), "under consideration"),
    (re.compile(r"협상|논의|in talks|negotiat"), "in talks"),
    (re.compile(r"계획|예정|추진할|plans? to|will"), "planned"),
)
# "선정 기업", "지정 기관": a selection word before a word for those selected names them; it
# states no selection of a programme marked by a particle as another verb's object ("「P」 2기
# 선정 기업 12곳을 발표" still announces P's selection).
_SELECTING = ("선정", "지정")
# "선정됐다", "지정돼": chosen, the subject being the one chosen; "P 선정으로 확보한", "P 선정에 따라",
# "선정됨에 따라": the selection as a cause, the one chosen's.
_PASSIVE_SELECTION = re.compile(r"(?:되|돼|됐|됨|으로\s|에\s?따라)")
_SELECTED_ONES = re.compile(r"\s?(?:기업|기관|업체|과제|팀|대상|사업자|스타트업)")
# Relations that bring their object into being; one only considered asserts no object at all.
_CREATIONS = ("LAUNCHED", "FOUNDED")
# "조성되며", "설립됐다": a creation word in the passive; what was created is its subject.
_PASSIVE_CREATION = re.compile(r"(?:되|돼|됐)")
# "B의 로봇청소기 신모델에 칩을 공급": supplying B's product is supplying B.
_SUPPLIED_FOR_ITS_PRODUCT = re.compile(r"\s?(?:[^\s,.]+\s){0,3}?[^\s,.]+에\s(?:[^\s,.]+\s){0,2}?[^\s,.]+(?:을|를)\s")
# "출자를 연계", "투자를 알선": the act as the object of arranging it for others.
_ARRANGED = re.compile(r"\s?(?:을|를)\s(?:[^\s,.]+\s)?(?:연계|알선|중개|주선)")
# "모태펀드 출자 규모", "정책펀드 투자 사업": a fund written right before the act, and a word for its
# size or scheme after it, is the fund doing the investing, not a fund invested in.
_FUNDS_OWN_ACT = re.compile(r"\s?(?:규모|사업|계획|재원|예산|비중|비율|실적)")
# "인수 위한", "인수를 위해": the act is the aim of another.
_FOR_THE_PURPOSE = re.compile(r"\s?(?:을|를)?\s?위(?:한|해|하여)\s")
# What follows a cue and says the act did not happen.
# "아직 확정 아님", "미확정", "결정된 바 없다": not (yet) settled, so no act to state either.
_DENIED = re.compile(r"(?:설|소문|보도)(?:을|를|은|는)?\s?(?:전면\s?)?부인|사실무근|(?:하|되)?지\s?않|[한된]\s?바\s?없|무산|결렬|철회|백지화|선을\s?그"
                     r"|미확정|확정\s?(?:아님|아니|전)")
# "투자를 제한하고 있다", "인수를 불허했다": the act is what the subject stops others doing;
# "외부출자 비율 한도 초과", "출자 상한": the act names a cap set on others, not money paid.
_RESTRICTED = re.compile(r"\s?(?:을|를)?\s?(?:전면\s?|사실상\s?)?(?:제한|금지|차단|막|규제|불허|봉쇄|금하)"
                         r"|\s?(?:비율\s?|비중\s?)?(?:한도|상한)")
# "X에 대한 수출 통제를 강화하도록 압박했다": the cue's verb is what the subject urges others
# to do, so the subject is not its agent.
_URGED = re.compile(r"도록\s?(?:압박|압력|촉구|요구|요청|권고|설득|종용|독려|유도)")
# What ends a clause of advice: "확대할 필요가 있다", "강화해야 한다".
_ADVICE = re.compile(r"필요가\s?있|필요하다|해야\s?(?:한다|할|하며|함)|어야\s?(?:한다|할|함)")
_PAST = re.compile(r"[했였됐었던]")


def _advice(text: str, pos: int) -> bool:
    """True if the sentence ends in advice that governs ``pos``: no past-tense verb closes the
    clause at ``pos`` before the advice ("확대하고, ... 제도화할 필요가 있다")."""
    advice = _ADVICE.search(text, pos)
    return advice is not None and not _PAST.search(text, pos, advice.start())


# "창업을 선택한 배경에는 ... 적합하지 않다는": after an adnominal ending the words describe
# the head noun, so a negation there does not deny the cue.
_ADNOMINAL = re.compile(r"[가-힣](?:한|된|던|할)\s")
_ROLE_AFTER = re.compile(r"^\s*(?:\(|\s)*([^,.;()]{2,40}?)\s*(?:을|를)\s*(?:맡|담당|총괄|주도|제공)")


@dataclass
class Group:
    """Mentions coordinated into one role ("텐센트, 알리바바 등")."""

    members: list[Mention]
    particle: str
    start: int
    end: int


@dataclass
class SentenceInput:
    """A sentence with what the extractor needs to know about it."""

    text: str
    doc_id: str
    line_at: Callable[[int], int]  # offset in ``text`` -> original line number
    mentions: list[Mention]
    lang: str = "ko"
    #: The topic of the sentence before, in the same paragraph ("OpenAI는 ... 유치했다.
    #: 투자에는 소프트뱅크가 참여했다": OpenAI is what the second sentence is about).
    previous_topic: list[Mention] = field(default_factory=list)
    #: The topic of the passage: the last name marked 은/는 in the sentences before, within
    #: the same section. Korean drops a subject the passage is about ("EU는 ... 추진하고
    #: 있다. 또한 2025년 출범한 X 프로젝트를 통해 ..."): the act is the topic's.
    discourse_topic: list[Mention] = field(default_factory=list)
    #: The cue words of the sentence, when the caller has already looked for them.
    cues: list[CueMatch] | None = None
    #: The programme the passage named last ("... ‘소버린 AI 프로젝트’에 착수하였다. 선정
    #: 기업은 A, B, C이며": A, B and C take part in it).
    programme: Mention | None = None
    #: The country or government the section's heading named ("4. EU의 AI 정책"): the agent
    #: of a launch the sentence states without one ("2024년 6월 제정된 「X법」").
    section: list[Mention] = field(default_factory=list)
    #: The organisation or body the section's heading is the name of ("다. X 유닛(2025. 7.)"):
    #: the agent of the ties, launches and funding its paragraphs state without one.
    section_body: list[Mention] = field(default_factory=list)
    #: The programme the section's heading named ("나. Vision 2030 전략"): what the institutions
    #: the section lists carry out.
    section_programme: Mention | None = None
    #: The funding round a sentence just before announced ("B가 2억 달러 규모의 시리즈 A
    #: 투자를 유치하였다. 시리즈 A 라운드는 A, C가 주도했으며"): what A and C invested in.
    last_round: AnnouncedRound | None = None
    #: The programme whose selection the document announced last ("「P」 선정 결과 발표"): what
    #: companies counted as selected later on take part in, whatever section they stand in.
    selection_programme: Mention | None = None
    #: The government that issued the document as its press release ("과학기술정보통신부 보도자료"):
    #: who pays what the release says "is supported" without naming a payer.
    issuer: Mention | None = None
    #: The programme the sentence before named ("팍스 실리카 선언은 ... 공동 선언이다. 일본,
    #: 한국 등 동맹국이 참여하였다": they take part in it).
    programme_before: Mention | None = None
    #: The government that brought the passage's programme in: who pays those chosen for it.
    programme_owner: Mention | None = None
    #: The programme that is no fund the passage named last (see loaders.passage.Passage.project).
    project: Mention | None = None

    @cached_property
    def owning_relatives(self) -> list[int]:
        """Where the sentence's owning relative clauses stand (see _owning_relatives): read once, not
        once a cue and a name."""
        return _owning_relatives(self.text, self.mentions)


@dataclass(frozen=True)
class AnnouncedRound:
    """A funding round a sentence announces: who raised it and its size, either of which
    may be left unsaid."""

    recipients: tuple[Mention, ...]
    size: Amount | None


def announced_round(text: str, cues: list[CueMatch], mentions: list[Mention]) -> AnnouncedRound | None:
    """"B가 X 규모의 투자를 유치했다": the round the next sentences may name the investors of."""
    raise_at = next((c.start for c in cues if c.cue.frame == "raise"), None)
    if raise_at is None:
        closed = _CLOSED_ROUND.search(text)
        raise_at = closed.start() if closed else None
    if raise_at is None:
        return _round_of_a_company(text, mentions) or _round_invested_in(text, cues, mentions)
    recipients = tuple(m for m in mentions if m.end <= raise_at and m.particle in SUBJECT
                       and m.actor.type in ("Startup", "Company"))
    # The topic (은/는) is who raised: a 이/가 subject before the cue may belong to a clause
    # inside the sentence ("A는 P가 이끄는 ... 투자를 유치"). Unless the raise itself is that
    # clause: in "A는 B가 유치한 ... 라운드를 주도했다" B raised and A invested.
    recipients = tuple(m for m in recipients if m.particle in ("이", "가") and _RAISED_ROUND.match(text, m.after))[-1:] \
        or recipients
    topics = tuple(m for m in recipients if m.particle in TOPIC_PARTICLES)
    size = next((a for a in find_amounts(text) if not _NOT_A_DEAL.search(text, max(0, a.start - 12), a.start)
                 and not _CUMULATIVE.search(text, max(0, a.start - 20), a.start)), None)
    # "(라온시냅스는 ...) 시리즈B 투자 유치도 마무리했다": a raise with no subject at all is the passage's
    # company's, a round the next sentences name the investors of.
    unsaid = not any(m.end <= raise_at and m.particle in SUBJECT for m in mentions) and not _CUMULATIVE.search(text)
    return AnnouncedRound((topics or recipients)[-1:], size) if recipients or size or unsaid else None


# "B는 A가 주도한 300억원 규모 시리즈C를 마무리했다": a named round closed is a round raised; so is the
# money a named round brought ("이번 주 시리즈B 투자로 1,150억 원을 확보했습니다").
_CLOSED_ROUND = re.compile(KOREAN_ROUND_NAME + r"(?:(?:를|을)\s(?:마무리|마쳤|마치|완료)"
                           r"|\s?투자(?:로|를 통해)\s[^.]{0,30}?확보)")
# "누적 투자 유치액은 420억원", "총 투자 유치 금액은": the total raised so far, not the round's size; a
# sentence stating only that ("이로써 누적 투자 유치액은 ...") announces no new round.
_CUMULATIVE = re.compile(r"누적|(?:총|전체)\s?(?:투자\s?)?유치\s?(?:액|금액|규모)")




# "이번 라운드", "이 라운드에는", "이번 투자에는", "후속 투자에 나섰다", "기존 투자사인": a sentence about the round just
# announced, which news spreads over several sentences naming its investors a few at a time.
_SPEAKS_OF_THE_ROUND = re.compile(r"(?:이번|같은|해당|당시)\s?(?:라운드|투자)|이\s라운드|(?:후속|추가|신규)\s?투자|기존\s?투자(?:자|사)"
                                  r"|^(?:[^\s.]+\s){0,3}?" + KOREAN_ROUND_NAME + r"\s?(?:투자\s?)?(?:규모|금액)는")


def round_still_in_view(text: str, last: AnnouncedRound | None) -> AnnouncedRound | None:
    """The round announced before, when ``text`` goes on speaking of it: it stays the round the
    next sentences' investors joined ("이번 라운드는 A가 주도했다. B와 C가 신규 투자자로 ...")."""
    return last if last is not None and _SPEAKS_OF_THE_ROUND.search(text) else None


def _round_of_a_company(text: str, mentions: list[Mention]) -> AnnouncedRound | None:
    """"A는 B의 시리즈B에 참여했다": the round is B's, and the next sentence may name who else
    was in it ("이번 라운드는 C가 주도했다")."""
    owner = next((m for m in mentions if m.particle == "의" and m.actor.type in ("Startup", "Company")
                  and _ROUND_OF.match(text, m.after)), None)
    if owner is None:
        return None
    size = next((a for a in find_amounts(text) if a.start > owner.after), None)
    return AnnouncedRound((owner,), size)


# "기업당 최대", "개사당", "per company": what follows is what each recipient may get.
_PER_RECIPIENT = re.compile(r"(?:기업|업체|개사|팀|과제|곳)\s?당\s?(?:최대|최고)?\s?$|\bper (?:company|firm|startup|project) (?:of )?(?:up to )?$")


def _unnamed_plan(programme: Actor) -> bool:
    """True if ``programme`` is an unquoted phrase ending in 계획 or 방안 ("초대형 데이터센터 구축 계획"):
    from a government a programme, from a company only what it plans to do; a quoted title
    ("‘콜로서스2’ 구축 계획") is a name either way."""
    h = head_of(programme.name)
    return h is not None and h.word in ("계획", "방안") and not programme.aliases


def _ways_proposed(programme: Actor, verb: str) -> bool:
    """True for an unquoted "X 방안" someone 제시s: "방안을 제시하다" is to suggest ways of doing X
    (what reports and officials say they should do), not to launch a named programme."""
    return verb == "제시" and _unnamed_plan(programme) and programme.name.endswith("방안")


# "삼성SDS에서 OCR 조직을 이끌던 이 대표가 ... 세운": a place someone worked at, in a 던 clause describing
# the founder, is where the founder came from, not who founded.
_CAREER_BEFORE = re.compile(r"(?:에서)?\s(?:[^\s.,]+\s){0,5}?[^\s.,]*던\s")


# "서울 중구 대한상공회의소에서 출범식을 열고": a body written after its address is the venue of an event.
_VENUE_ADDRESS = re.compile(r"(?:[가-힣]{1,4}(?:구|군|시)|서울|부산|세종|판교)\s$")


def _announcing_body(before: list[Group]) -> list[Group]:
    """"해양수산부에서 ‘X 전략’을 발표했다", "위원회에서 … 발표했다": with no subject, a public body
    marked 에서 is who announces (Korean marks an organisation acting as a whole so); the last one
    before the verb, alone in its group (a list with 에서 is where things happen)."""
    return [g for g in before if g.particle == "에서" and _public_body(g)][-1:]


def _round_invested_in(text: str, cues: list[CueMatch], mentions: list[Mention]) -> AnnouncedRound | None:
    """"A는 B에 1억 달러를 출자했다": the round is B's, the one receiving the money, so "이 라운드에는
    C도 참여" next names another investor in B, not in A. A's own stake is not the round's size."""
    investing = [c for c in cues if c.cue.frame == "agent_target" and "INVESTED_IN" in c.cue.relations]
    if not investing:
        return None
    picked = _picked_investee(text, mentions)
    if picked is not None:  # "첫 투자처로 A를 골라 N원을 넣었다. B와 C도 이 라운드에 참여했다"
        return AnnouncedRound((picked,), None)
    # Each investing cue in turn: a "투자" early in a description ("엔비디아의 투자 자회사인 A는 B에 N원을
    # 넣었다") has no 에-name before it, the verb has.
    for cue in investing:
        target = next((m for m in mentions if m.end <= cue.start and m.particle == "에"
                       and m.actor.type in ("Startup", "Company")), None)
        if target is not None:
            return AnnouncedRound((target,), None)
    return None


# "중국 역시", "A·B·C 그룹 역시": the names, maybe with the kind they are, "too".
_TOO = re.compile(r"\s(?:(?:그룹|기업들?|업체들?)\s)?(?:역시|또한)(?=\s)")
# Between "A와" and a later name: a break, or words saying A acts with the subject ("A와
# 손잡고 C를 설립", "A와 합작법인 C를 설립": a joint venture is set up with a partner), so A
# and the later name are no list.
_SETS_APART = re.compile(r"[.,]|공동으로|함께|같이|손잡고|손을 잡고|합작|조인트\s?벤처")


# "A를 비롯한 17개 부처는", "A를 비롯한 주요 기업들이": A is named first among the subjects.
_AMONG_THE_SUBJECTS = re.compile(r"\s*비롯한\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?(?:부처|기관|기업|회사|국가|나라)들?(은|는|이|가)\s")


# "가 2월 지분 51%를 810억 원에 ": a stake bought, its company unnamed, between a buyer and 인수.
_UNNAMED_STAKE = re.compile(r"\s*(?:[^\s,.]+\s){0,2}?(?:잔여\s)?지분\s?(?:[\d.]+\s?%\s?)?(?:을|를)\s(?:[^\s,.]+\s){0,3}?")


# "A와 B 산하의 클라우드 기업 C가", "A와 B의 투자 자회사 C가", "A와 B의 CVC인 C가", "A와 B의 기술
# 스타트업 투자조직 C도": B only says whose C is; A and C are the list.
_UNIT_OF_THE_NEXT = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:(?:산하|계열)(?:의)?|의\s(?:[가-힣A-Za-z]{1,8}\s){0,3}"
                               r"[가-힣]{0,4}(?:자회사|계열사|CVC|조직|부문)(?:인)?)\s")


# The words between a country's 의 and the name they describe ("의 AI 투자회사 ").
_COUNTRY_OF_THE_NEXT = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）])?\s*의\s")
# " 실리콘밸리 벤처캐피털(VC) ": after a country, the words saying what kind of organisation the next name is.
# "싱가포르계 ": of the country's origin (money, a firm).
_OF_ORIGIN = re.compile(r"계\s")
# ("싱가포르계 벤처캐피털 ": money or a firm of the country's.)
_PLACE_AND_KIND = re.compile(r"계?\s(?:[가-힣A-Za-z]{1,10}\s?){1,3}(?:[(（][^()（）]{1,12}[)）])?\s?")


def _country_of_the_next(sentence: str, country: Mention, nxt: Mention) -> re.Match[str] | None:
    """"A와 아랍에미리트(UAE)의 AI 투자회사 B가", "A와 미국 벤처캐피털(VC) B가": the country says where
    B is from (B keeps it as its country hint, as :func:`_modifiers` would give it); A and B are
    the list."""
    if country.actor.type != "Country" or nxt.actor.type == "Country":
        return None
    of = _COUNTRY_OF_THE_NEXT.match(sentence, country.end)
    if of is not None:
        described = of if _describes(sentence[of.end():nxt.start]) else None
    else:
        described = None if country.particle else _PLACE_AND_KIND.fullmatch(sentence, country.end, nxt.start)
    if described is not None:
        nxt.country_hint = nxt.country_hint or country.actor.country
    return described


# "가 조성한 ", "가 지난해 세운 '": a relative clause ending right before the next name. With the next
# name a subject ("A와 부산시가 조성한 B도 참여했다") A and B are listed; "A와 B가 공동 주최한 C에"
# keeps A with B, the clause's joint subject.
_CLAUSE_OF_THE_NEXT = re.compile(r"\s(?:[^\s,.]+\s){0,2}?[^\s,.]+(?:한|운|든|된|린)\s[‘'\"“]?")


# "국가발전개혁위원회 주임은", "과학기술정보통신부 장관이": the head of a public body, named by office
# alone, announces for it.
_OFFICIAL_OF = re.compile(r"\s(?:장관|차관|주임|부주임|위원장|부위원장|청장|처장|국장|실장|원장|대변인)(은|는|이|가)(?=\s)")


def _public_body(g: Group) -> bool:
    return len(g.members) == 1 and g.members[0].actor.type == "Government"




# A known name that is a description ("싱가포르 국부펀드", Singapore's sovereign fund): put right before
# a name, it only says what that is.
_DESCRIPTIVE_NAME = re.compile(r"(?:국부펀드|국책은행|연기금|벤처캐피털|투자사|운용사)$")


def _describes_the_next(sentence: str, prev: Mention, m: Mention) -> bool:
    """True for an organisation named by a description right before the name of another one it
    describes ("싱가포르 국부펀드 테마섹"): one actor, the one named."""
    return (not prev.particle and sentence[prev.end:m.start] == " " and prev.actor.id != m.actor.id
            and prev.actor.type == m.actor.type and _DESCRIPTIVE_NAME.search(prev.surface) is not None)


def _list_goes_on(sentence: str, last: Group, m: Mention) -> bool:
    """True if ``m`` stands where the list ``last`` goes on: after its 와/과 ("A와 미국 VC B가"),
    or after a comma when it opens a description of the next name ("A, 싱가포르계 VC B, C의 투자
    조직인 D가": a country's 계, an owner's unit), not a member of its own ("A, 미국 등과")."""
    if last.particle in ("와", "과"):
        return True
    return (not last.particle and bool(_COORD.match(sentence[last.end:m.start]))
            and bool(_OF_ORIGIN.match(sentence, m.end) or _UNIT_OF_THE_NEXT.match(sentence, m.end)))


def _without_span(sentence: str, start: int, end: int, span: tuple[int, int]) -> str:
    """``sentence[start:end]`` without ``span`` where it lies inside (a description of the next name)."""
    lo, hi = span
    if not start <= lo <= hi <= end:
        return sentence[start:end]
    return sentence[start:lo] + sentence[hi:end]


def _groups(sentence: str, mentions: list[Mention]) -> list[Group]:
    groups: list[Group] = []
    described = (0, 0)  # the span of the words describing the next name, no member of the list
    for i, m in enumerate(mentions):
        if (groups and i + 1 < len(mentions) and m.particle in ("", "의") and _list_goes_on(sentence, groups[-1], m)
                and (owner := _UNIT_OF_THE_NEXT.match(sentence, m.end) or _country_of_the_next(sentence, m, mentions[i + 1]))):
            described = (m.start, owner.end())
            continue  # the owner describes the next name, as a country may
        if (groups and i + 1 < len(mentions) and m.particle in ("이", "가") and groups[-1].particle in ("와", "과")
                and mentions[i + 1].particle in SUBJECT
                and (clause := _CLAUSE_OF_THE_NEXT.fullmatch(sentence, m.after, mentions[i + 1].start))
                and not _SETS_APART.search(clause.group(0))):
            described = (m.start, mentions[i + 1].start)
            continue  # "A와 부산시가 조성한 B도 참여": the clause says whose B is; A and B are the list
        if groups and _describes_the_next(sentence, groups[-1].members[-1], m):
            last = groups[-1]
            last.members[-1] = m  # "싱가포르 국부펀드 테마섹이": the description gives way to the name
            last.particle, last.end = m.particle, m.after
            continue
        if groups:
            last = groups[-1]
            prev = last.members[-1]
            between = _without_span(sentence, prev.after, m.start, described)
            joined = ((not prev.particle or _PAREN_DATE.match(sentence[prev.end:prev.after]))
                      and _COORD.match(between)) or (
                prev.particle in ("와", "과") and len(without_glosses(between).strip()) <= 12 and not _SETS_APART.search(between)
                and (m.particle in SUBJECT | TARGET | SOURCE or not m.particle and COUNTED_PARTICLE.match(sentence, m.after))
                and not _model_and_maker(prev, m)
            )
            if joined:
                last.members.append(m)
                last.particle, last.end = m.particle, m.after
                continue
        groups.append(Group([m], m.particle, m.start, m.after))
    for g in groups:
        glossed = _GLOSSED_PARTICLE.match(sentence, g.end) if not g.particle else None
        if glossed:
            g.particle, g.end = glossed.group(1), glossed.end(1)  # "엔씨소프트(2011년)에서": the gloss's particle
        counted = COUNTED_PARTICLE.match(sentence, g.end) if not g.particle and len(g.members) > 1 else None
        if counted:
            g.particle, g.end = counted.group(1), counted.end(1)
        official = _OFFICIAL_OF.match(sentence, g.end) if not g.particle and _public_body(g) else None
        if official:
            g.particle, g.end = official.group(1), official.end(1)  # "A위원회 주임은 ... 발표": the body speaks
        shares = _SHARES_OF.match(sentence, g.end) if not g.particle else None
        if shares:
            g.particle, g.end = shares.group(1), shares.end(1)  # "인텔 보통주에 투자": money put into the company
        if g.particle in ("와는", "과는") and _COMPARED.match(sentence, g.end):
            g.particle = ""  # "A와는 달리": a comparison, no partner
        if g.particle == "의" and re.match(r"\s*경우", sentence[g.end:]):
            g.particle = "는"  # "Groq의 경우" (as for Groq) marks a topic
        too = _TOO.match(sentence, g.end) if not g.particle else None
        if too:
            g.particle, g.end = "도", too.end()  # "중국 역시 ...", "A·B 그룹 역시": as 도, "they too"
        elif not g.particle or g.particle == "의":
            _describing_phrase(g, sentence)
        elif g.particle in ("을", "를") and re.match(r"\s*중심으로", sentence[g.end:]):
            g.particle = "가"  # "투자에는 X를 중심으로 A, B가 참여": X leads the participants
        elif g.particle in ("을", "를") and (including := _AMONG_THE_SUBJECTS.match(sentence, g.end)):
            g.particle = including.group(1)  # "A를 비롯한 17개 부처는 ... 발표": A is one of the subjects
    # Names inside a describing phrase ("등 세계적인 독일 기업과") describe; they are not
    # participants of their own.
    return [g for i, g in enumerate(groups) if not any(h.start < g.start and g.end <= h.end for h in groups[:i])]


# Where a headline starts: the sentence's start, or a quoting bracket ("보도자료, 「A, B와 손잡고 ...」"),
# maybe with a few words describing its first name ("AI 스타트업 A, B서 투자 유치"), or after the date
# a site's news list stamps it with ("2025.09.02  A, B와 업무협약").
_HEADLINE_START = re.compile(r"(?:^(?:\[?(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\]?\s+)?|[「『“\"‘]|\]\s)"
                             r"\s*(?:[^\s,.()]+\s){0,3}$")


# A headline or a one-line item opening on a name: "· ", "- ", "▲ ", or nothing.
_ITEM_OR_HEADLINE_START = re.compile(r"\s*(?:[·\-•▲▶■◆]\s*)?")
_COMMA_AFTER = re.compile(r"\s*,\s")
# "... 개발한다.", "... 맺었다.": a finite verb and a full stop close a sentence of prose, not a headline.
_PROSE_END = re.compile(r"[가-힣]다\.\s*$")


def _headline_subject(sentence: str, groups: list[Group]) -> list[Group]:
    """"A, B와 손잡고 ...", "A, B서 200억 원 투자 유치": a headline's comma after its first name
    stands for the subject particle, so A is not listed with B.

    Only for two names, the second with a particle no subject takes (와, 에서, 서, 에) and
    no 등: a list ("A, B, C 투자 확대", "A, B 등과 MOU", "A, B와의 협력") is no headline's; nor
    is a sentence closed by a finite verb and a full stop, which is prose ("중견기업 A, B와 함께
    ... 개발한다.": A and B work with the subject the paragraph leaves unstated)."""
    if not groups:
        return groups
    first = groups[0]
    lead = first.members[0]
    if (len(first.members) == 1 and first.particle == "" and _ITEM_OR_HEADLINE_START.fullmatch(sentence, 0, lead.start)
            and _COMMA_AFTER.match(sentence, lead.after) and not any(g.particle in SUBJECT for g in groups[1:])):
        # "· 퓨처플레이, 농업 AI 스타트업 '그린노트'에 시드 투자": a one-line item's first name and comma
        return [Group([lead], "가", lead.start, lead.after), *groups[1:]]
    if (len(first.members) != 2 or first.particle in SUBJECT or first.particle in ("", "와의", "과의")
            or "등" in sentence[first.members[1].end:first.end]
            or not _HEADLINE_START.search(sentence, 0, lead.start) or _PROSE_END.search(sentence)
            or not re.fullmatch(r"\s*,\s*", sentence[lead.after:first.members[1].start])):
        return groups
    subject = Group([lead], "가", lead.start, lead.after)
    rest = Group(first.members[1:], first.particle, first.members[1].start, first.end)
    return [subject, rest, *groups[1:]]


# A quoted headline "「A와 B, X 공동 구축」" up to its closing bracket, ending on the act they did.
_QUOTED_HEADLINE_OPENING = re.compile(r"[「『“‘]\s*$")
_HEADLINE_PAIR_REST = re.compile(r"\s*,\s*[^」』”’.]{2,60}?(?:구축|개발|출시|설립|추진|도입|공개|협력|협약|맞손)"
                                 r"\s?(?:나서|나선|착수)?\s*[」』”’]")


def _headline_pair(s: SentenceInput) -> list[Fact]:
    """"「한빛은행과 누리소프트, 금융권 최초로 자체 AI 구축」": a cited headline opening on two
    names joined by 와/과 or "·" and a comma says the two did the act together. Only inside
    quoting brackets: running text "A와 B, C는 ..." lists three names."""
    facts: list[Fact] = []
    for a, b in zip(s.mentions, s.mentions[1:], strict=False):
        joined = a.particle in ("와", "과") and not s.text[a.after:b.start].strip() or s.text[a.end:b.start] == "·"
        if (joined and b.particle == "" and a.actor.type in ORGANISATIONS_AND_GOVERNMENT
                and b.actor.type in ORGANISATIONS_AND_GOVERNMENT and a.actor.id != b.actor.id
                and _QUOTED_HEADLINE_OPENING.search(s.text, max(0, a.start - 3), a.start)):
            rest = _HEADLINE_PAIR_REST.match(s.text, b.end)
            if rest:
                facts.append(Fact(a.actor, "PARTNERS_WITH", b.actor, {"confidence": 0.6}, _evidence(s, a.start, rest.end())))
    return facts


def _describing_phrase(g: Group, sentence: str) -> None:
    """Move a group's role particle past the noun phrase describing it.

    "텐센트, 알리바바 등 중국의 빅테크가": the particle stands after 등 and a describing noun;
    "o3-pro, Opus 4 등의 추론 특화 모델을": 등의 describes the noun that takes the role;
    "칭화대 컴퓨터공학과 교수진이": a university acting through its people.
    """
    tail = sentence[g.end:g.end + 24]
    etc = _ETC.match(tail)
    if g.particle == "의":
        if not etc or etc.group(1) != "의":
            return
        particle, end = _descriptor_particle(sentence, g.end + etc.end())
        if particle and particle != "의":
            g.particle, g.end = particle, end
        return
    if etc:
        g.particle = etc.group(1) or ""
        g.end += etc.end()
        led = re.match(r"\s*(?:[^\s,.]+\s){0,1}?[^\s,.]*(?:주도로|주도 하에|주도하에)", sentence[g.end:])
        if not g.particle and led:
            g.particle, g.end = "가", g.end + led.end()  # "A, B 등 민간 주도로 ... 발표": they act
        elif not g.particle:
            g.particle, g.end = _descriptor_particle(sentence, g.end)
        elif g.particle == "의":
            particle, end = _descriptor_particle(sentence, g.end)
            if particle and particle != "의":
                g.particle, g.end = particle, end
    elif like := _SUCH_AS.match(tail):
        g.particle, g.end = _descriptor_particle(sentence, g.end + like.end())
    else:
        people = _PEOPLE_OF.match(tail)
        if people:
            g.particle, g.end = people.group(1), g.end + people.end()


# "「A」와 「B(Dual Circulation)」 같은 정책을": like 등, 같은 lets the noun after it take the role.
_SUCH_AS = re.compile(r"^[)’”」』》'\"]*\s*(?:\([^()]{1,40}\)[)’”」』》'\"]*\s*)?(?:과|와)?\s*같은\s")


# "칭화대 컴퓨터공학과 교수진이", "구글 브레인 출신 연구자들이": the people of an organisation.
# Not "메타 출신 연구원들이": former staff act for themselves, not for the organisation.
_PEOPLE_OF = re.compile(r"\s*(?:(?!출신)[^\s,.]+\s){0,1}[^\s,.]*(?:교수진|연구진|연구자들?|연구원들?|졸업생들?|연구팀)"
                        r"(이|가|은|는)(?=[\s,.]|$)")


def _role_groups(s: SentenceInput) -> list[Group]:
    """The sentence's names coordinated into groups, each with its role particle, as the cue
    frames read them."""
    return _merge_with(_modifiers(_titled_people(_groups(s.text, _named_descriptions(s.text, s.mentions)), s.text),
                                  s.text), s.text)


def _merge_with(groups: list[Group], sentence: str) -> list[Group]:
    """Join "A와 (미국의) B가" into one group once modifiers are gone."""
    merged: list[Group] = []
    for g in groups:
        if merged and merged[-1].particle in ("와", "과") and g.start - merged[-1].end <= 14 \
                and not _SETS_APART.search(sentence[merged[-1].end:g.start]) \
                and g.particle in SUBJECT | TARGET | SOURCE and not _model_and_maker(merged[-1].members[-1], g.members[0]):
            last = merged[-1]
            last.members += g.members
            last.particle, last.end = g.particle, g.end
            continue
        merged.append(g)
    return merged


def _model_and_maker(a: Mention, b: Mention) -> bool:
    """"Naver와 법률 모델 ‘Lexa’를": a model and an organisation are partner and product, not one list."""
    return (a.actor.type == "Model") != (b.actor.type == "Model")


_MONEY_NOUN = re.compile(r"자금|예산|금액|투자금|돈")
# "B와 공동으로", "B와 손을 잡고": the 와-name acts jointly with the subject.
_JOINTLY = re.compile(r"\s*(?:공동으로|손을 잡고)")
# "A가 B와 함께 모델을 개발한다", "A가 B와 함께 운영하는 데이터센터": 함께 makes B a partner only in
# work the two do together; "B와 함께 선정됐다", "B와 함께 참여했다" list B beside A, no tie.
_WITH_TOGETHER = re.compile(r"\s*함께\s")
_JOINT_WORK = re.compile(r"개발|운영|구축|연구|실증|설계|제작|만들")
# "시리즈A를 마무리했으며, 당시 A와 B가 함께 참여했다": a round named in the sentence.
_A_ROUND = re.compile(r"라운드|시리즈\s?[A-Z](?![A-Za-z])|프리\s?(?:A|IPO)|시드\s?(?:투자|라운드)|투자(?:를|금을)?\s?유치")


def _joined_a_round(text: str, cue: CueMatch) -> bool:
    """True if ``cue`` is taking part ("참여", "이름을 올렸다") in a sentence about a funding round:
    those who join a round together are its co-investors, not partners."""
    return cue.cue.word.startswith(("참여", "이름을")) and bool(_A_ROUND.search(text))


# "출자가 800억", "투자는 B가 맡았다": a nominal cue marked as its clause's subject.
_CUE_AS_SUBJECT = re.compile(r"(?:이|가|은|는)(?![가-힣])")


def _owner_of_the_act_as_subject(text: str, actor: Actor, cue: CueMatch, groups: list[Group]) -> bool:
    """True if ``actor`` is named bare right before a nominal cue that is the clause's subject
    ("(과기정통부가 펀드를 결성했다.) 그중 모태펀드 출자가 800억"): the name owns the act, the money
    it pays, so a body carried from before does not act on it."""
    return bool(_CUE_AS_SUBJECT.match(text, cue.end)) and any(
        not g.particle and not text[g.end:cue.start].strip() and any(m.actor.id == actor.id for m in g.members)
        for g in groups)


def _investors_join(members: list[Mention], cue: CueMatch) -> bool:
    """True if only investors take part together ("(B의 시리즈B를 A가 주도함.) C, D가 공동으로
    참여"): investors join a deal with their money, the round told of before, so they are its
    co-investors, not partners, even when the sentence itself names no round."""
    return cue.cue.word.startswith("참여") and all(m.actor.type == "Investor" for m in members)


# "A와 B가 공동으로 진행", "양사는 함께 개발": what two subjects do together.
# "B는 ... 한인 개발자들이 세운 스타트업 C에 참여", "연구진이 공동 창업한": founders named by a word for
# people, right before the verb of founding, found what follows, not the sentence's topic.
_FOUNDERS_WORD_BEFORE = re.compile(r"[가-힣](?:들|자|진|원|팀|가)(?:이|가)\s(?:공동\s?|함께\s|직접\s)?$")
_JOINTLY_DONE = re.compile(r"\s*(?:공동으로|함께|손잡고|손을 잡고)\s")
# "운용은 A와 B가 함께 맡는다": a job in someone else's programme shared, not a tie of their own.
_JOB_SHARED = re.compile(r"(?:맡|담당)")
_MONEY = {"INVESTED_IN", "FUNDS", "ACQUIRED"}


# A cue noun right after "X의" makes X its agent ("빅테크의 투자"), not a describer.
_CUE_NOUN = re.compile(r"\s*(?:투자|인수|지원|출자|협력|제휴|개발|설립|참여|발표|출범|자금)")


def _descriptor_particle(sentence: str, pos: int) -> tuple[str, int]:
    """The particle on a short describing phrase after a name ("등 중국의 빅테크가")."""
    window = sentence[pos:pos + 28]
    stop = re.search(r"[,.]", window)
    for n, word in enumerate(re.finditer(r"[^\s,.]+", window[:stop.start()] if stop else window)):
        if n >= 3:
            break
        particle = re.search(r"(으로부터|로부터|에서|에게|와의|과의|에|의|은|는|이|가|을|를|과|와)$", word.group(0))
        if not particle:
            continue
        if particle.group(1) == "의" and not _CUE_NOUN.match(window, word.end()):
            continue  # "중국의 빅테크가": 의 inside the phrase
        if _MONEY_NOUN.search(window[:word.end()]):
            return "", pos  # "빅테크(알리바바, 텐센트) 자금을": the money is the object, not the names
        return particle.group(1), pos + word.end()
    return "", pos


def _without_conversions(text: str, amounts: list[Amount]) -> list[Amount]:
    """Amounts without those glossing the one before ("7500만 달러(약 1,035억 원)"): the
    conversion restates the deal's size, and may be the nearer one to the cue."""
    return [a for a, prev in zip(amounts, [None, *amounts], strict=False)
            if prev is None or not _CONVERSION_GAP.fullmatch(text, prev.end, a.start)]


_CONVERSION_GAP = re.compile(r"\s*[(（]\s*(?:약|about|approx\.?|≈)?\s*", re.I)


class _Figures:
    """A sentence's amounts and dates, read when a fact first asks for them: most sentences
    with a cue state no fact, and reading the figures costs more than finding the cues."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def amounts(self) -> list[Amount]:
        """Deal amounts, without conversions of the one before."""
        text = self.text
        return _without_conversions(text, [a for a in find_amounts(text)
                                           if not _NOT_A_DEAL.search(text, max(0, a.start - 12), a.start)])

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text)


def _in_clause(amount: Amount, lo: int, hi: int) -> bool:
    """Whether an amount lies in the clause [lo, hi); its span starts with the space before it,
    so an amount opening a clause ("출범하고 40억 원을") begins one character before the clause."""
    return lo < amount.end and amount.start < hi


def _subject_after_adverbial(sentence: str, cue: CueMatch, groups: list[Group]) -> Group | None:
    """The subject of a cue that is an adverbial verb form, when it follows the cue ("이
    프로그램을 통해 해양청은 ... 지원"): the clause has it, so no topic is dropped."""
    if not _VERBAL_CUE.search(cue.cue.word):
        return None
    end = _clause(sentence, cue)[1]
    return next((g for g in groups if cue.end <= g.start < end and g.particle in ("은", "는", "이", "가")), None)


# "엔비디아와의 협의를 통해 A, B 등에 GPU를 공급하기로": the talks are with the one who supplies.
_THROUGH_TALKS = re.compile(r"\s?(?:협의|합의|협상|계약|논의)(?:를|을)\s?통(?:해|하여)\s")
_SUPPLY = ("공급", "납품")


def _supplier_agreed_with(sentence: str, cue: CueMatch, groups: list[Group]) -> Group | None:
    """The supplier of a supply cue whose clause has no subject but names the firm the supply was
    agreed with ("정상회의에서는 엔비디아와의 협의를 통해 A, B 등에 GPU를 공급하기로 결정"): a buyer
    does not negotiate with itself, so the other party is the one who supplies."""
    if not cue.cue.word.startswith(_SUPPLY):
        return None
    lo = _clause(sentence, cue)[0]
    return next((g for g in groups if lo <= g.start and g.end <= cue.start and g.particle in ("와의", "과의")
                 and len(g.members) == 1 and _THROUGH_TALKS.match(sentence, g.end)), None)


def _clause(sentence: str, cue: CueMatch) -> tuple[int, int]:
    """The clause around a cue: from the previous clause break to the next one."""
    start = 0
    for m in _CLAUSE_END.finditer(sentence, 0, cue.start):
        if not _inside_quotes(sentence, m.start()):
            start = m.end()
    nxt = _CLAUSE_END.search(sentence, cue.end)
    return start, nxt.start() if nxt else len(sentence)


_PAIRED_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))


def _inside_quotes(sentence: str, pos: int) -> bool:
    """True if ``pos`` is inside a quoted title: "“AI Risk Framework: Generative AI Profile”을
    발표" has no clause break at its colon."""
    return any(sentence.count(opening, 0, pos) > sentence.count(closing, 0, pos) for opening, closing in _PAIRED_QUOTES)


_ORG_NOUN = re.compile(r"^\s*(?:[^\s,.]+\s+){0,4}?(?:[^\s,.]*" + DESCRIBED_BY_COUNTRY + r"(?:인|의)?)\s*$")


def _named_descriptions(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"싱가포르 국부 펀드(GIC)": a description with the name in brackets is one mention.

    The mention starts where the description does, and a country in the description
    becomes its country hint, so that "A 국부 펀드(X), B 국부 펀드(Y) 등이" reads as a list.
    """
    out: list[Mention] = []
    for m in _country_first(sentence, mentions):
        open_at = sentence.rfind("(", 0, m.start)
        if open_at == -1 or sentence[open_at + 1:m.start].strip():
            out.append(m)
            continue
        lo = max([p.end() for p in re.finditer(r"[,.;]", sentence[:open_at])] + [c.after for c in out if c.actor.type != "Country"] + [0])
        described = [c for c in out if c.start >= lo and c.actor.type == "Country"]
        head = sentence[max([c.after for c in described] + [lo]):open_at]
        if not head.strip() or not _ORG_NOUN.match(head):
            out.append(m)
            continue
        for c in described:
            out.remove(c)
        start = (described[0].start if described else lo + len(head) - len(head.lstrip()))
        out.append(replace(m, start=start, country_hint=m.country_hint or (described[0].actor.country if described else None)))
    return out


def _country_first(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"일본 소프트뱅크", "싱가포르계 벤처캐피털 X": a bare country right before a name, or
    before a noun describing it, is where the name is from, so that "A와 B, 일본 C 등이"
    stays one list."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.actor.type == "Country" and not prev.particle and m.actor.type != "Country"
                and _describes(re.sub(r"^계(?=\s)", "", sentence[prev.end:m.start]))):
            m.country_hint = m.country_hint or prev.actor.country  # read by _country_hints, as in _modifiers
            out[-1] = replace(m, start=prev.start)
            continue
        out.append(m)
    return out


def _describes(between: str) -> bool:
    """True if the words between a country and a name describe the name ("국영 AI 투자 전문 기업");
    a bracketed gloss among them ("CXL(Compute Express Link) 메모리 스타트업") adds no words."""
    between = _BRACKETED.sub("", between)
    return not between.strip() or (len(between) <= 24 and bool(_ORG_NOUN.match(between)))


_BRACKETED = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _modifiers(groups: list[Group], sentence: str) -> list[Group]:
    """Drop countries that only describe the next name ("UAE의 MGX", "미국 Anthropic")."""
    kept: list[Group] = []
    for i, g in enumerate(groups):
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if (len(g.members) == 1 and g.members[0].actor.type == "Country" and nxt is not None
                and g.particle in ("의", "") and _describes(sentence[g.end:nxt.start])
                and nxt.members[0].actor.type != "Country"):
            country = g.members[0].actor.country
            for k, m in enumerate(_described_by(nxt.members, country)):
                if k and (_OWNER_BETWEEN.search(sentence, nxt.members[k - 1].end, m.start)
                          or _OWN_DESCRIPTION.search(sentence, nxt.members[k - 1].after, m.start)):
                    # "미국의 A와 삼성전자의 투자 조직인 B": B is described by its owner, not the country;
                    # "일본의 A와 기존 투자사인 B", "싱가포르의 A와 국내 VC B": B has a description of its own
                    break
                m.country_hint = m.country_hint or country
            continue
        kept.append(g)
    return kept


_OWNER_BETWEEN = re.compile(r"산하|계열|자회사|CVC|조직|부문")
# A word between two listed names other than a list joint ("및", "그리고"): the later name is
# described on its own, so a country said before the first does not carry over to it.
_OWN_DESCRIPTION = re.compile(r"(?!(?:및|그리고|또는)(?![가-힣]))[가-힣A-Za-z]{2,}")


def _fund_takes_equity(relation: str, subject: Actor, target: Actor) -> bool:
    """"동 펀드는 X에 2,000만 유로를 투자하였다": a fund invests in a company as an investor
    does; its money is equity, not a grant."""
    return relation == "INVESTED_IN" and subject.type == "Program" and subject.kind == "fund" \
        and target.type in ("Startup", "Company")


def _pays_into_a_fund(subject: Actor, target: Actor, cue: CueMatch) -> bool:
    """"PIF가 6억 달러, 산업은행이 4억 달러를 각각 출자": a state bank's or sovereign fund's paid-in
    capital in a fund is public money for the programme (FUNDS), not a stake; a private LP's stays an
    investment, as the other fund readers have it (:func:`money_into_fund`)."""
    return subject.type == "Investor" and money_into_fund(subject) == "FUNDS" and target.type == "Program" \
        and target.kind == "fund" and "FUNDS" in cue.cue.relations and cue.cue.word.startswith("출자")


def _described_by(members: list[Mention], country: str | None) -> list[Mention]:
    """The members of a list a country before it describes: all of them, unless one is known to
    be from elsewhere ("UAE의 MGX, Bpifrance, NVIDIA": Bpifrance is French), which shows the
    country was said of the first name only."""
    if any(m.actor.country and m.actor.country != country for m in members[1:]):
        return members[:1]
    return members


# A person's title after the name ("교수", "수석 과학자", "CEO").
_TITLE = r"(?:(?:공동\s?|수석\s?)?(?:교수|박사|대표|의장|회장|창업자|과학자|연구원|CEO|CTO|CSO))"
_NEXT_PERSON = re.compile(rf"^\s*{_TITLE}?\s*,\s*$")
# "A는 P 교수가 창업한 기업": a name before a title and a subject particle is who acted, never
# what the act made (even when no list knows P for a person).
_TITLED_SUBJECT = re.compile(rf"\s*{_TITLE}(?:이|가)\s")
# "... 교수 등 AI 업계 전문가들이": 등, a few words saying what they are, and the role particle.
_PEOPLE_CLOSE = re.compile(rf"\s*{_TITLE}?\s*등\s(?:[^\s,.]+\s){{0,3}}?[^\s,.]+?(이|가)\s")


def _titled_people(groups: list[Group], sentence: str) -> list[Group]:
    """"토론토대 A 교수, 스탠퍼드대 B 교수 등 AI 업계 전문가들이": one subject of people, each
    named after where they work and before their title. The places only describe them."""
    if "등" not in sentence or not any(m.actor.type == "Person" for g in groups for m in g.members):
        return groups
    flat = [(gi, m) for gi, g in enumerate(groups) for m in g.members]
    merged: list[Group] = []
    done = 0  # groups before this index are in ``merged``
    i = 0
    while i < len(flat):
        people, j = [], i
        while j < len(flat):
            k = j + 1 if _is_affiliation(flat, j, sentence) else j
            if k >= len(flat) or flat[k][1].actor.type != "Person":
                break
            people.append(k)
            j = k + 1
            if j >= len(flat) or not _NEXT_PERSON.match(sentence[flat[k][1].end:flat[j][1].start]):
                break
        close = _PEOPLE_CLOSE.match(sentence, flat[people[-1]][1].end) if people else None
        first_group, last_group = flat[i][0], flat[people[-1]][0] if people else -1
        if (close is None or groups[first_group].members[0] is not flat[i][1]
                or groups[last_group].members[-1] is not flat[people[-1]][1]):
            i += 1
            continue
        merged += groups[done:first_group]
        merged.append(Group([flat[k][1] for k in people], close.group(1), groups[first_group].start, close.end(1)))
        done = last_group + 1
        i = people[-1] + 1
    return merged + groups[done:]


def _is_affiliation(flat: list[tuple[int, Mention]], j: int, sentence: str) -> bool:
    """True if mention ``j`` is an organisation just before a person ("토론토대 A")."""
    m = flat[j][1]
    return (j + 1 < len(flat) and m.actor.type in ORGANISATIONS and not m.particle
            and sentence[m.end:flat[j + 1][1].start] == " " and flat[j + 1][1].actor.type == "Person")


# An amount right after these words is a valuation, revenue or spending, not a deal's size.
_NOT_A_DEAL = re.compile(r"가치|시가\s*총액|매출|자본\s*지출|영업이익|valuation|valued at|worth|revenue|capex", re.I)
# "X 투자를 추진": what is launched is the investment in X, not X.
_ANOTHER_ACT = re.compile(r"(?:투자|지원|출자|참여|협력)")
# "‘X’ 개발을 양사가 공동으로 진행": the act named as a noun, then who carries it out.
_ACT_AS_OBJECT = re.compile(r"(?:을|를)\s")
_CARRIED_OUT = re.compile(r"\s*(?:(?:공동으로|함께|같이)\s)?(?:진행|추진|담당|수행|맡)")
# Acts whose object takes 에: "X 프로젝트에 착수", "X 행정명령에 서명".
_TAKES_에 = frozenset(("착수", "서명"))
# Relations of cues that set something up or make it.
_MAKING = {"FOUNDED", "LAUNCHED", "DEVELOPS"}
# "A(POSTECH) 교원창업으로 설립된", "A 실험실 창업을 통해 세운": a start-up set up out of A by its
# staff or students; A founded it, though the start-up is the sentence's topic.
_STARTED_OUT_OF = re.compile(r"\s?(?:[(（][^()（）]{1,30}[)）]\s?)?(?:교원|교수|학생|실험실|연구실|연구소|사내)\s?창업\s?(?:으로|을\s?통해)")
# What a paragraph's or a section's organisation does in clauses that drop it: it ties up, sets up, pays.
_CARRIED = {"PARTNERS_WITH", "LAUNCHED", "FUNDS", "DEVELOPS", "ACQUIRED", "INVESTED_IN", "FOUNDED"}
# Who takes a stake in, or sets up, a firm the paragraph names without a subject ("A는 2호 펀드를
# 결성했다. 이어 B에 50억원을 투자했다", "이어 미국 현지 법인 C를 설립했다"): an investor or a
# company, not a government or a university (they fund and launch).
_STAKEHOLDERS = {"Investor", "Company", "Startup"}
# Who has models of its own: not an investor, whose "자사" is its portfolio's.
_MAKERS = {"Company", "Startup", "University"}
# A word ending in an object's or a place's particle ends the possessive phrase: "A의 모델을 자사 메신저 'B'에
# 탑재" (B is the host, not A's).
_OWNED = re.compile(r"^\s*(?:[^\s,.]*[^\s,.을를에]\s+){0,3}?[‘'“\"「]?\s*$|^\s*(?:AI|LLM|거대언어모델|언어모델|모델|챗봇|플랫폼)\s*[‘'“\"「]?\s*$")
# "Tesla(Optimus)": a company glossed with its model.
_OPENING_BRACKET = re.compile(r"\s?[(（]\s?")
# "반입했다는 의혹이", "인수한다는 소문": what follows is a suspicion or a rumour, not a statement.
_SUSPECTED = re.compile(r"(?:다는|라는)\s?(?:의혹|소문|루머|설(?![가-힣]))")
# "딥시크 AI 모델 R1": an unmarked owner, then only what kind of thing the model is;
# "SKT AI 서비스인 X": or what kind of product, with the copula naming it.
KIND_OF_MODEL = re.compile(r"^\s*(?:(?:AI|생성형|LLM|거대언어모델|언어모델|모델|챗봇|칩|반도체|서비스|플랫폼|비서|에이전트|"
                            r"프레임워크|운영체제|OS)(?:인)?\s+){1,3}[‘'“\"「]?$")
# "A800, H800", "Ascend 칩과 MindSpore": more of the owner's models listed after the first.
_NEXT_MODEL = re.compile(r"^\s*(?:(?:칩|모델|프레임워크|플랫폼|시리즈)\s*)?(?:과|와|,|및|·)\s*[‘'“\"「]?$")
# "모아젠의 차세대 모델 '하늬-3'", "자체 모델 ‘X’": a quoted model said to be someone's.
_MODEL_OF = re.compile(r"(?:의|자사|자체)\s(?:[^\s,.]+\s){0,2}?(?:모델|LLM|챗봇)\s?[‘'“\"「]")


# "개인 AI 비서 ‘Pi’", "지휘 통제 플랫폼(Lattice)", "데이터셋인 ML-Images": a name the words
# before it call a product, in quotes, glossing the product noun or named by the copula.
_DESCRIBED_PRODUCT = re.compile(r"(?:모델|LLM|챗봇|비서|에이전트|플랫폼|서비스|아키텍처|프레임워크|데이터셋|운영체제|칩)"
                                r"(?:인\s|\s?[(（]|\s[‘'“\"「])$")
# "‘X’를 도입", "X를 기반으로", "‘X’와 경쟁": the subject uses or rivals the product, not makes it.
_USED_OR_RIVALLED = re.compile(r"[’'”\"」)]?\s?(?:을|를|에|와|과|으로|로|보다)?\s?(?:[^\s,.]+\s){0,2}?"
                               r"(?:도입|활용|탑재|사용|채택|적용|이용|구매|구독|연동|기반|경쟁|대응|대항|맞서|비해|처럼|같은)")


def names_a_model(text: str) -> bool:
    """True if ``text`` says whose a quoted model is, or calls one a flagship or approved, or
    calls a name a product, a relation without a cue word, so unknown names there matter."""
    return bool(_MODEL_OF.search(text) or _FLAGSHIP_ANYWHERE.search(text) or _PRODUCT_NAMED.search(text))


# "‘X’로 잘 알려진 A", "X로 널리 알려진 중국 기업 A": what the company is known by.
_KNOWN_AS = re.compile(r"\s*(?:잘\s|널리\s|가장\s)?알려진\s(?:[^\s,.]+\s){0,2}?")
_PRODUCT_NAMED = re.compile(_DESCRIBED_PRODUCT.pattern.removesuffix("$"))


# "‘X’가 주력 제품이다", "‘X’가 주력이다", "‘X’로 식약처 허가를 받았다": a company's flagship, or its approved product.
_FLAGSHIP_WORDS = r"주력\s?(?:제품|모델|서비스|솔루션|이다|이며|이고|입니다)|(?:대표|핵심)\s?제품|(?:허가|인증|승인)(?:을|를)\s?(?:받|획득)"
_FLAGSHIP_OR_APPROVED = re.compile(rf"\s?(?:[^\s,.]+\s){{0,3}}?(?:{_FLAGSHIP_WORDS})")
_FLAGSHIP_ANYWHERE = re.compile(rf"(?=[주대핵허인승])(?:{_FLAGSHIP_WORDS})")
# "자사 AI 모델 ‘", "자체 개발 LLM ": words calling the model right after them the company's own.
# A word in between that ends in a place or object particle closes the phrase "own" qualifies:
# "자사 데이터센터 사업에 X 도입" adopts X for its own business; X is not its own.
_OWN_MODEL = re.compile(r"(?:자사|자체)\s?(?:[^\s,.]*[^\s,.에을를]\s){0,3}[‘'“\"「]?$")
# "설립한 기업", "설립한 AI 기업으로": the head noun of a relative clause, a word or two on.
# "설립한 초기 투자 전문 VC로": an investor's kind ends the head too.
# "'X' 시리즈를 개발", "'X' 제품군을 출시": the family of the name is what is made, the name with it.
_FAMILY_OF = re.compile(r"\s?(?:시리즈|제품군|라인업|모델군)(?:을|를)\s")
# "하우스" is finance news's word for a VC firm ("P 대표가 설립한 하우스다").
_HEAD_NOUN = re.compile(r"(?:[^\s,.]+\s){0,4}?[^\s,.]*?(?:기업|회사|스타트업|곳|모델|펀드|프로젝트|기관|법인|연구소|VC|벤처캐피[털탈]|투자사|운용사"
                        r"|하우스|업체|개발사)")
# "3개사를 선정", "2개사가 최종 선정되었다", "2곳이 추가로 선정": the counted list before it is what was selected;
# "A, B, C 컨소시엄 등 4곳을 선정": consortia, each called after its lead.
_COUNT_SELECTED = re.compile(r"\s*(?:컨소시엄\s?)?(?:등\s?)?(?:총\s)?(?:\d+|두|세|네|다섯)\s*(?:곳|개\s*(?:사|기업|기관|업체|컨소시엄))\s*(?:을|를|이|가)\s*(?:최종\s*|[가-힣]{1,4}(?:으로|로)\s)?선정")
# "선정하여 ... 구축을 지원한다", "선정해 각각 N억 원을 지원": the selector pays the selected.
# "A, B 선정, 각 600억 원 출자", "A와 B를 선정해 각각 N원을 투자": each selected gets the amount.
_EACH_PAID_AFTER_SELECTION = re.compile(r"\s*(?:을|를)?\s?선정(?:하고|하여|해|했으며)?,?\s(?:[^\s,.]+\s)?각(?:각)?\s"
                                        r"(?P<amount>[^\s,.]*\d[\d,.]*\s?[^\s]*\s?(?:원|달러|엔|유로))(?:씩)?\s?(?:을|를)?\s?(?:출자|투자|지원)")
_SELECTS_TO_SUPPORT = re.compile(r"(?:하여|해|하고)\s[^.]{0,40}?지원(?:한다|하며|했다|하였다|할)")


def _government_selecting(s: SentenceInput, before: int) -> Mention | None:
    """The government that is the subject of the sentence before ``before`` ("과기정통부는 A, B
    2개사를 선정하여"), if any."""
    return next((m for m in reversed(s.mentions) if m.end <= before and m.actor.type == "Government"
                 and m.particle in SUBJECT), None)


# "N억 원이 지원된다", "지원될 예정": support stated without who gives it.
_PASSIVE_SUPPORT = re.compile(r"지원(?:된다|되며|되고|될|됐다|되었다|되었으며)")
_PASSIVELY_SELECTED = re.compile(r"\s*(?:최종\s*)?선정(?:되었으며|되었고|됐으며|됐고|되어|돼)")
# "A에는 42억 원", "A에 약 3억 원씩": an amount right after the recipient.
_AMOUNT_FOLLOWS = re.compile(r"\s*(?:약\s*|최대\s*|총\s*)?[\d,.]+\s*(?:조|억|천만|백만|만)")
# "참여 기업", "참가 기관": 참여 as a noun modifier states no participation.
_CUE_AS_MODIFIER = re.compile(r"\s?(?:기업|기관|업체|사|국|컨소시엄)(?:으로|로|은|는|이|가|을|를|의)?(?:\s|$)")
_WORD_BEFORE_SPACE = re.compile(r"(\S+)(?=\s)")
# "또한" (also) ends like a verb's relative form but is an adverb. "출범시킨", "세운": the
# causative and irregular forms of the verbs that set something up.
# "B도 참여한 것으로 알려졌다": a verb before 것으로 is what was reported, the clause's own act, no
# relative clause describing a name.
_RELATIVE = re.compile(r"(?!또한\s)\S*?(?P<verb>한|된|했던|하는|되는|할|하였던|했다는|시킨|세운|만든|차린|선보인|내놓은|사들인|품은|받은|이끈)\s(?!것으로\s)")
# "추진 중인 ‘X’ 프로젝트", "시행 예정인 「X」": a verbal noun with 중인/예정인 describes what is
# being (or is to be) done, as a relative clause does.
_RELATIVE_ONGOING = re.compile(r"\S+\s(?:진행\s?)?(?:중|예정)인\s")
_PASSIVE_ENDING = re.compile(r"(?:된|되었던|됐던|되는|중인|예정인)\s$")


# A word marked as subject or topic ("캐피탈이 ", "정부는 "), not a particle-like syllable of
# a name: Hangul before the particle, a space or comma after it. A place or a means made the
# topic ("공공 부문에서는", "과학 분야에는", "이를 통해서는") is no subject.
# Nor is a verb's or an adjective's adnominal ending ("목표로 하는 X", "이와 같은 X", "늘리는 것을",
# "매칭을 맡는 'X'", "불량을 잡는 모델", "컴파일러를 만드는 스타트업"),
# nor the complement of 아니다 ("단일법 제정이 아닌"), nor a noun ending in 가 ("평가 스타트업").
_SUBJECT_WORD = re.compile(r"[가-힣\w)）](?<!에)(?<!에서)(?<!로)(?<!에게)(?<![와과])(?<!부터)"  # "올해부터는": a time
                           r"(?:이|가|은(?<![같많높낮작좋넓깊받담얻]은)|는(?<![하되있없않맡돕잡찾읽갖]는)(?<!만드는)|께서)"
                           r"(?<!혹은)(?<!또는)(?<!나아가)(?<!더구나)(?<!더욱이)"  # conjunctions and adverbs: "혹은", "나아가"
                           r"(?<!평가)(?<!증가)(?<!추가)(?<!참가)(?<!국가)(?<!전문가)(?<!주가)(?<!단가)"
                           r"(?<!아가는)(?<!어가는)(?<!여가는)"  # "돌아가는", "이어가는": a verb of going describing a noun
                           r"(?<!없이)(?<!같이)(?<!많이)(?<!깊이)(?<!높이)"  # adverbs in 이: "서버 없이", "함께 같이"
                           r"(?:\s(?!(?:것|수|데|바|듯|만큼|동안)[\s을를이가은는에의도]|아니|아닌)|,)")

# "‘X 펀드’ 1,500억 원 규모로 1차 결성": the size of what is set up, between it and the cue.
_SIZED = re.compile(r"\s(?:총\s?)?[\d,.]+\s?(?:조|억|만|천만|백만)?\s?(?:원|달러|엔|유로|위안)\s?규모로\s(?:[^\s,.]+\s)?")
# "모델 'X' 오픈소스 공개", "'Y' 정식 출시": how a made thing is released, between it and the cue.
_RELEASED_AS = re.compile(r"\s(?:오픈소스|정식|공식)(?:로)?\s")


def _after_a_nominal_clause(s: SentenceInput, cue: CueMatch) -> int:
    """Where the cue's clause starts after an earlier clause that ends in a bare verbal noun and a
    comma ("P 대표가 설립, 추론 칩 'X' 개발"): the earlier subject is that clause's own, and the
    later act is the topic's."""
    ends = [c.end + 1 for c in s.cues or () if c.end < cue.start and s.text.startswith(", ", c.end)]
    # "A와 B가 참여하며, M을 개발한다": the joiners' clause is theirs, the act after it the team's
    ends += [m.end() for m in _JOINED_THE_TEAM.finditer(s.text, 0, cue.start)]
    return max(ends, default=0)


# The cue is a verb here ("추진하여", "제정된", "출범시켜", "발족 예정인"), not a noun ("추진 과정에서").
_VERBAL = re.compile(r"\s?(?:하|했|한|할|함|해|된|되|됨|시키|시켜|시킨|예정|중)")
# "X 기금 조성, Y 보고서 발간 등 다양한 성과를 도출": acts listed as nouns are the achievements of
# the one the passage is about.
_LISTED_ACHIEVEMENT = re.compile(r"(?:,\s[^.]*?)?\s?등\s(?:[^\s,.]+\s){0,2}?(?:성과|실적|업적)")
# "설립한다는 내용이다": the cue's clause is the content of a plan or a report being summarised.
_REPORTED_CONTENT = re.compile(r"\S*다는\s내용")
# Cue words that are verb forms already ("통해", "세운", "내놨", "사들(이다)").
_VERBAL_CUE = re.compile(r"(?:해|한|운|웠|놓|놨|보|키|켰|킨|켜|들|었|했)$")
# "설립된 X", "창업된 X": a passive participle before the name it describes.
_PASSIVE_RELATIVE = re.compile(r"된\s")
# "이러한 방향성은", "이와 같은 흐름이": a topic pointing back to an idea, not an actor; "대표적인
# 사례가 바로 ... X다": the subject of an example's copula, not the one who acts in it.
_BACK_REFERENCE = re.compile(r"(?:이러한|이런|그러한|그런|이와\s?같은|해당)\s[가-힣]+(?:이|가|은|는)[\s,]$"
                             r"|(?:^|\s)(?:사례|예)(?:가|는)[\s,]$")
_BACK_REFERENCE_OR_COMPANY = re.compile(_BACK_REFERENCE.pattern + r"|(?:^|\s)(?:이\s|그\s|같은\s)?(?:회사|동사)(?:는|가)[\s,]$")
# "중앙 4개 부처가 공동 발표한", "관계 부처는": unnamed ministries are the government itself.
_BACK_REFERENCE_OR_MINISTRIES = re.compile(_BACK_REFERENCE.pattern
                                           + r"|(?:^|\s)(?:\d+개\s?|관계\s?)부처(?:가|는|들이|들은)[\s,]$")


# "B의 시리즈 A 라운드에", "B의 후속 투자 라운드", "B의 시리즈A 1억 달러를", "B의 5,000만 달러 규모
# 시리즈B에": the round is B's.
_ROUND_OF = re.compile(r"\s*(?:(?:[^\s,.]|(?<=\d)[,.](?=\d))+\s){0,4}?(?:[^\s,.]*라운드|" + KOREAN_ROUND_NAME + r"(?![A-Za-z]))")


def _round_owner(text: str, groups: list[Group], cue: CueMatch) -> list[Mention]:
    """The company a round before the cue is said to be of ("JIC는 B의 시리즈 B 라운드에
    출자했으며, 같은 라운드에 C도 참여"): C invested in B, not in the sentence's topic."""
    owner = next((g for g in reversed(groups) if g.end <= cue.start and (
        (g.particle == "의" and _ROUND_OF.match(text, g.end))
        or (g.particle in ("이", "가") and _RAISED_ROUND.match(text, g.members[-1].after)))), None)
    return owner.members if owner else []


# "A는 B가 유치한 4500만달러 규모 시리즈B 투자를 주도했다", "B가 유치했던 라운드에", "A는 B가 받은 N 규모 신규 투자에 M을
# 댔다", "A는 B가 최근 마무리한 N 규모 시리즈A 라운드를 주도했다": the round B raised, received or closed,
# A led or joined it.
_RAISED_ROUND = re.compile(r"\s?(?:[^\s,.]+\s)?(?:유치한|유치했던|유치하였던|받은|마무리한|마친|클로징한|진행한|진행\s?중인)\s(?:[^\s,.]+\s){0,4}?[^\s,.]*(?:투자|라운드|펀딩)(?:를|을|에|에는)\s")


# "B의 지분 100%를", "B 주식 전량을": a stake in B, and how much of it.
# "B의 지분 100%를", and in headline style without case: "B 지분 100% 인수".
_STAKE = re.compile(r"[’”\"'」』]?\s*(?:(?:지분|주식)\s?(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?%|(?P<whole>전량|전부|과반|대부분))?|(?P<control>경영권))"
                    r"(?:\s?(?P<marked>을|를)\s|\s?)")




def _stake_in_a_venture(text: str, groups: list[Group], before: list[Group], cue: CueMatch):
    """The subject's money goes into the joint venture named earlier in the sentence when it
    puts it into a stake of no one's ("A는 B와 합작법인 C를 설립하였고, B가 지분 49%를 출자"):
    the stake is in C, not in the sentence's topic."""
    if "INVESTED_IN" not in cue.cue.relations:
        return []
    for agent in before:
        stake = _STAKE.match(text, agent.members[-1].after) if agent.particle in ("이", "가") else None
        if stake is None or not stake.group("marked") or stake.end() > cue.start \
                or not (stake.group("pct") or stake.group("whole")):
            continue
        venture = next((g for g in reversed(groups) if g.end <= agent.start and g.particle in ("을", "를")
                        and JOINT_VENTURE_BEFORE.search(text, max(0, g.start - 10), g.start)), None)
        if venture is not None:
            return [(a, t, venture) for a in agent.members for t in venture.members if a.actor.id != t.actor.id]
    return []


# "B가 발행한 제3자배정 신주 2만 주를": shares B issued, which a buyer subscribes to.
_ISSUED_SHARES = re.compile(r"\s?발행(?:한|하는|할)\s(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:신주|주식|사채|증권)")


def _issuer_of_shares(text: str, g: Group) -> bool:
    """True if ``g`` is the subject of "발행한 신주": it issued the shares, so it is no agent of
    the act on them, and whoever takes them up invests in it (buying new shares is no takeover)."""
    return g.particle in ("가", "이") and bool(_ISSUED_SHARES.match(text, g.members[-1].after))


def _stake_bought(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g`` is the company a stake is taken in ("A는 B의 지분 100%를 사들였다", "B 지분
    100% 인수", "B의 경영권을 취득"): an investment whatever the share, an acquisition only for the whole,
    a majority or control.
    A stake without 을/를 must run into the cue."""
    stake = _STAKE.match(text, g.end)
    if stake is None or stake.end() > cue.start or (not stake.group("marked") and stake.end() != cue.start):
        return False
    if "ACQUIRED" not in cue.cue.relations:
        return True
    return bool(stake.group("whole") or stake.group("control")) or (
        stake.group("pct") is not None and float(stake.group("pct")) > 50)


# "A는 자회사 B를 통해 ... 투자": B is the means of a later act, not its target.
_THROUGH = re.compile(r"\s*통(?:해서?|하여|한)(?=[\s,]|$)")


# "자회사 B를 통해", "산하 투자사 B를 통해", "스타트업 양성 조직 B를 통해": the agent's own unit named before B, a word for its kind
# between; "결성한 ‘P 펀드’를 통해": a fund
# the agent set up or runs, its own vehicle.
_OWN_UNIT_BEFORE = re.compile(r"(?:자회사|계열사|산하)(?:인)?\s*(?:[가-힣]{1,5}\s)?$|(?:조직|사업부|부문)\s$|(?:결성|조성|설정|운용|출범)(?:한|하는|시킨|해\s온)\s*[‘'\"“「]?$")


def _means_of_a_later_act(text: str, g: Group, cue: CueMatch, groups: list[Group]) -> bool:
    """True if ``g`` is taken "을/를 통해" before the cue and is the agent's own unit or another
    target follows: the act is done through it, not to it ("자회사 B를 통해 ... 투자", "B를 통해
    C에 투자"). Otherwise what the act goes through may be what it supports."""
    through = _THROUGH.match(text, g.end)
    if through is None or through.end() > cue.start:
        return False
    if "INVESTED_IN" in cue.cue.relations and all(m.actor.type == "Investor" for m in g.members):
        return True  # "NAVER가 D2SF를 통해 스타트업 6곳에 투자": an investor gone through is the vehicle, not the target
    return bool(_OWN_UNIT_BEFORE.search(text, max(0, g.start - 10), g.start)) or any(
        h.start >= through.end() and h.particle in TARGET for h in groups)


def _owns_the_round(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g`` owns the round an investment goes into ("A는 B의 시리즈B에 N원을 투자함"):
    the money goes to B, whose 의 would otherwise leave it without a role."""
    if "INVESTED_IN" not in cue.cue.relations:
        return False
    round_ = _ROUND_OF.match(text, g.end)
    return round_ is not None and round_.end() <= cue.start


def _raises_the_round(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g`` is the subject of a relative clause naming the round an investment goes into
    ("A는 B가 받은 N 규모 신규 투자에 M을 댔다"): B received the money; it is no investor."""
    if "INVESTED_IN" not in cue.cue.relations or g.particle not in ("이", "가"):
        return False
    round_ = _RAISED_ROUND.match(text, g.members[-1].after)
    return round_ is not None and g.end <= cue.start


def _bare_government_before(groups: list[Group], lo: int, cue: CueMatch) -> bool:
    """True if a government stands bare before the cue ("2024년 중소벤처기업부 TIPS 선정(5억원 지원)"):
    in a note's headline grammar the bare name is the act's agent, or the owner of the programme
    the company was chosen for; the company the paragraph is about does not select or fund."""
    return any(g.particle == "" and g.members[0].actor.type == "Government" for g in groups
               if lo <= g.start and g.end <= cue.start)


def _joins_the_announced_round_too(topic: Group | None, last_round: AnnouncedRound | None) -> bool:
    """True if the topic, marked 도 (too), is not among those who raised the round just announced
    ("첫 투자처로 A를 골라 N원을 넣었다. B와 C도 이 라운드에 참여했다"): B and C invested in A. A round
    whose raiser went unsaid ("130억 원 규모 시리즈A를 마무리했다. 당시 라운드에는 B도 참여했다") is the
    passage's company's, never the 도-names' own."""
    if topic is None or topic.particle != "도" or last_round is None:
        return False
    raised = {m.actor.id for m in last_round.recipients}
    return not any(m.actor.id in raised for m in topic.members)


def _investor_topic(topic: Group | None, before: list[Group], cue: CueMatch) -> bool:
    """True if the topic of a round sentence is an investor that no other subject joins
    ("벤처캐피털 B는 기존 투자자로서 후속 투자에 참여함"): the topic is then who invests, in
    the round of the company before, not the company that raised it. A fund is an investor too
    ("이 라운드에는 A와 'B 펀드'도 참여했다")."""
    if topic is None or any(m.actor.type != "Investor" and m.actor.kind != "fund" for m in topic.members):
        return False
    return not any(g.particle in SUBJECT and g is not topic and g.end <= cue.start for g in before)


# "B가 100% 지분을 보유한 AI 기업 C", "B가 소유한 C": owning, said of a relative clause's subject,
# closes that clause as a cue's relative form does, when the clause describes a name; so does
# running ("A와 B가 주관하는 'P'에 참여해"): A and B own P, the sentence's act is someone else's.
_OWNING_RELATIVE = re.compile(r"(?:보유|소유)한\s|거느린\s|(?:주관|주최|시행)하는\s")
_FEW_WORDS = re.compile(r"(?:[^\s,.]+\s){0,3}")


def _owning_relatives(text: str, mentions: list[Mention]) -> list[int]:
    """Where an owning relative clause ends right before the name it describes (a few words
    saying what the name is may stand between); not "B가 보유한 HBM 생산능력을 바탕으로"."""
    starts = [m.start for m in mentions]
    return [r.start() for r in _OWNING_RELATIVE.finditer(text)
            if any(_FEW_WORDS.fullmatch(text, r.end(), start) for start in starts if start >= r.end())]


def _relative_clause_subjects(s, groups: list[Group], cue: CueMatch) -> list[Group]:
    """The subjects of the owning or running relative clauses before the cue ("A와 B가 주관하는
    'P'에 참여해": A and B): the group written right before each such clause's verb, with 이/가.
    Only that one, so "C는 A가 주관하는 P에 참여" keeps C as the subject."""
    ends = [r for r in s.owning_relatives if r < cue.start]
    return [g for g in groups if g.particle in ("이", "가")
            and any(g.end <= r and not any(g.end < h.start and h.end <= r for h in groups) for r in ends)]


def _closed_by_another_act(text: str, g: Group, cue: CueMatch, relative_cues: Sequence[int]) -> bool:
    """True if ``g`` is the subject of a relative clause before the cue whose verb is no lead
    of a round ("A가 설립한 곳으로"): the clause is about something else. "A가 주도한" is kept."""
    return any(g.end <= r < cue.start and not _LEAD.match(text, r) for r in relative_cues)


def _with_the_investing_clause_subject(text: str, groups: list[Group], before: list[Group], lo: int, cue: CueMatch,
                                       recipients: Sequence[Mention]) -> list[Group]:
    """"A와 B가 각각 100억원씩 넣으며 공동 리드를 맡았다": a lead clause with no subject of its own
    shares the subject of the clause before that put money in; it is an investor unless it is
    the round's recipient."""
    if any(g.particle in SUBJECT for g in before):
        return before
    shared = _shared_subject(text, groups, lo, cue)
    if shared is None or not _PUT_MONEY_IN.search(text, shared.end, lo) \
            or {m.actor.id for m in shared.members} & {r.actor.id for r in recipients}:
        return before
    return [shared, *before]


def _not_giving(context: list[Mention], groups: list[Group]) -> list[Mention]:
    """The names in ``context`` that the sentence does not make a subject: one it says puts money
    in ("(◆ B에 300억…C도 동참) A가 주도한 시리즈C에 ... C와 D가 나머지를 채웠다") raised nothing."""
    givers = {m.actor.id for g in groups if g.particle in SUBJECT or g.particle in WITH for m in g.members}
    return [m for m in context if m.actor.id not in givers]


def _joins_anothers_round(topic: Group | None, owner: list[Mention], before: list[Group], cue: CueMatch) -> bool:
    """True if the topic, whatever it is, joins a round the sentence says is another company's
    and no other subject does ("A는 B의 시리즈B에 전략적 투자자로 참여했다"): A invested in B. The
    owner's own subject marking names who raised the round ("A는 B가 마무리한 시리즈A를 주도했다")."""
    owners = {m.actor.id for m in owner}
    if topic is None or not owner or owners & {m.actor.id for m in topic.members}:
        return False
    return not any(g.particle in SUBJECT and g is not topic and g.end <= cue.start
                   and not {m.actor.id for m in g.members} <= owners for g in before)


def _shared_subject(text: str, groups: list[Group], lo: int, cue: CueMatch) -> Group | None:
    """The subject (이/가) of the clause before, for a clause with none of its own.

    "A가 B에 투자를 집행한 바 있으며, C에 투자 집행도 검토": coordinated clauses share their
    subject, so A is the agent of the second cue too. Not of a relative clause opening the next
    one ("A가 투자를 주도했고 지난해 출범한 B가 참여했다"): it describes the name after it.
    """
    if lo == 0 or _relative(text, cue) or any(g.particle in SUBJECT and lo <= g.start < cue.start for g in groups) \
            or _SUBJECT_WORD.search(text, lo, cue.start):
        return None
    subject = next((g for g in reversed(groups) if g.end <= lo and g.particle in ("이", "가")), None)
    if subject is not None and _JOINED_THE_TEAM.fullmatch(text, subject.end, lo):
        return None  # "(X 컨소시엄은 ...) A와 B가 참여하며, M을 개발한다": the team develops M, not its joiners
    return subject


# "A와 B가 참여하며, ", "C가 합류했고, ": the subject's own clause only says it joined a group.
_JOINED_THE_TEAM = re.compile(r"\s*(?:참여|합류|가세|동참|참가)(?:하며|하고|했으며|했고|하였으며|한다\s?며)\s*,?\s*")


def _gapped_pairs(before: list[Group], text: str, cue: CueMatch) -> list[tuple[Mention, Mention, Group]]:
    """"A은 X를, B는 Y를 각각 개발", "A가 X에 N원을, B가 Y에 M원을 각각 출자": each subject with the
    object that follows it, the verb said once."""
    if not before or "각각" not in text[before[-1].end:cue.start]:
        return []
    # "A가 X에 300억 원을, B가 Y에 200억 원을 각각 출자": money goes to the 에-name
    objects = ("을", "를", "에") if {"INVESTED_IN", "FUNDS"} & set(cue.cue.relations) else ("을", "를")
    pairs = [(a, t) for a, t in zip(before, before[1:], strict=False)
             if a.particle in SUBJECT and t.particle in objects]
    if len(pairs) < 2:
        return []
    return [(m, n, t) for a, t in pairs for m in a.members for n in t.members]


# "공동 창업", "공동창업", "공동 설립": founded together.
_JOINTLY_BEFORE = re.compile(r"공동\s?$")


def _with_co_founders(text: str, before: list[Group], agent: Group, cue: CueMatch) -> Group:
    """"A(Latin)와 ... 논문의 공저자인 B가 공동 창업": a description of B between the two founders
    breaks their list, yet 공동 says A founded it with B. People marked 와/과 after the
    clause's previous subject join the subject of a joint founding."""
    if ("FOUNDED" not in cue.cue.relations or not _JOINTLY_BEFORE.search(text, max(0, cue.start - 3), cue.start)
            or any(m.actor.type != "Person" for m in agent.members)):
        return agent
    since = max([g.end for g in before if g.end <= agent.start and g.particle in SUBJECT] + [0])
    partners = [m for g in before if since <= g.start and g.end <= agent.start and g.particle in ("와", "과")
                for m in g.members if m.actor.type == "Person"]
    if not partners:
        return agent
    return Group(partners + [m for m in agent.members if m not in partners], agent.particle, agent.start, agent.end)


def _carried_out_by(before: list[Group], after: list[Group], text: str, cue: CueMatch):
    """"‘X’ 개발을 A와 B가 공동으로 진행": the cue is a noun, the object of a verb of carrying
    out whose subject follows it; that subject is the agent, the name right before the cue the
    target (not the sentence's topic, who may only be one of them)."""
    act = _ACT_AS_OBJECT.match(text, cue.end)
    if not (act and after and after[0].start == act.end() and after[0].particle in ("이", "가")
            and _CARRIED_OUT.match(text, after[0].members[-1].after)):
        return []
    targets = [g for g in before if not g.particle and len(without_glosses(text[g.end:cue.start]).strip()) <= 3]
    return [(a, t, targets[-1]) for a in after[0].members for t in targets[-1].members] if targets else []


# "F의 최종 결성을 마쳤다", "B의 인수를 완료했다": the act named as a noun, owned by its object, then completed.
_OWNED_BY_ITS_OBJECT = re.compile(r"\s?(?:(?:최종|첫|공식)\s?)?")
_COMPLETED = re.compile(r"(?:을|를)\s(?:마쳤|마치|마무리|완료|끝냈|끝마)")


def _act_on_it_completed(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g`` marked 의 is the object of the cue's act, which the sentence says was
    completed ("A는 F의 최종 결성을 마쳤다": A set F up)."""
    return bool(_OWNED_BY_ITS_OBJECT.fullmatch(text, g.end, cue.start) and _COMPLETED.match(text, cue.end))


def _made_too(g: Group, cue: CueMatch) -> bool:
    """"차세대 모델 ‘X’도 공개했다": a model or programme marked 도 before a making cue is made too,
    not the maker."""
    return (g.particle == "도" and g.members[0].actor.type in ("Model", "Program")
            and bool({"LAUNCHED", "DEVELOPS"} & set(cue.cue.relations)))


def _programme_set_up_by_shared_subject(text: str, groups: list[Group], topic: Group | None, lo: int, cue: CueMatch):
    """"코리아 IT 펀드는 통신 3사가 ... 출자하여 조성하였으며": the programme is the topic, and the
    subject of the clause before sets it up in this one."""
    if topic is None or topic.members[0].actor.type != "Program":
        return []
    agent = _shared_subject(text, groups, lo, cue)
    if agent is None or agent.start < topic.end:
        return []
    return [(a, t, topic) for a in agent.members for t in topic.members]


def _raised_by_the_topic(actor: Actor, cue: CueMatch) -> bool:
    """True if the clause says money was raised ("(X는 ...) 2023년 A와 B에서 80억원 규모 시리즈A를
    받았다") and the topic it drops is a company: the company raised it from the givers named."""
    return cue.cue.frame == "raise" and actor.type in ("Startup", "Company")


def _describes_a_later_noun(text: str, g: Group) -> bool:
    """True if ``g`` is the subject of a relative clause ("A가 조성한 ‘F’도 참여"): the act
    is the later noun's (F's), unless the clause says who led ("A가 주도한 라운드") or the later
    noun is the round joined ("A가 주도하고 B, C가 참여한 100억원 규모 시리즈A")."""
    rel = _RELATIVE.match(text, g.end + 1) if text[g.end:g.end + 1] == " " else None
    return (rel is not None and not _LEAD.search(rel.group(0))
            and not _LEADS_THE_ROUND_AFTER.match(text, rel.end("verb") - 1))  # from the verb's last syllable


# The subject of a relative clause: its verb follows, maybe after an adverb of manner ("X는 A가
# 공동 창업한 기업으로, 자체 모델을 개발": A founded X, X made the model).
_RELATIVE_AFTER_ADVERB = re.compile(r"(?:(?:공동|공동으로|함께|직접|새로|처음)\s)?" + _RELATIVE.pattern)


def _product_as_topic(topic: Group | None) -> Group | None:
    """The topic if it names only products ("신형 칩 'X'는 B와 공급 계약을 맺었다"): a product signs
    nothing, its maker (the company the passage is about) does."""
    if topic is not None and topic.particle in ("은", "는") and all(m.actor.type == "Model" for m in topic.members):
        return topic
    return None


def _clause_opened_by_a_topic_naming_no_one(text: str, before: list[Group], lo: int, cue: CueMatch) -> int | None:
    """Where a later clause starts if a topic naming no actor ("해외 판매는", see ``FIELD_AS_TOPIC``)
    follows a name marked 이/가: Korean puts subject and topic first, so that name was the subject
    of an earlier clause ("A가 맡고 해외 판매는 B와 손잡았다"), and the later one is the passage's
    company's. A topic marked 은/는 before it may be a double topic ("A는 해외 사업은 B와") and stays."""
    subjects = [g for g in before if g.particle in ("이", "가")]
    if not subjects:
        return None
    ends = [m.start() + 2 for m in _SUBJECT_WORD.finditer(text, subjects[0].end, cue.start)
            if FIELD_AS_TOPIC.search(text, lo, m.start() + 2)]
    return max(ends, default=None)


def _names_its_own_subject(text: str, lo: int, end: int) -> bool:
    """True if the clause has a subject-marked word, even one naming no known actor ("해담
    인텔리(Haedam Intelli gence)는 메타와 계약"), so it drops no earlier topic; "이 회사는"
    points back to one."""
    return any(not _BACK_REFERENCE_OR_COMPANY.search(text, max(0, m.start() - 12), m.end())
               for m in _agent_words(text, lo, end))


def _agent_words(text: str, lo: int, end: int) -> list[re.Match[str]]:
    """The subject-marked words between ``lo`` and ``end`` that may name an agent: not a field of
    the business set up as the topic ("클라우드 인프라는 B와 손잡았다")."""
    return [m for m in _SUBJECT_WORD.finditer(text, lo, end) if not FIELD_AS_TOPIC.search(text, lo, m.start() + 2)]


def _in_an_earlier_relative(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g`` belongs to a relative clause ending before the cue ("삼성전자에서 분사한
    B는 ... 투자를 유치"): its 에서 is where B came from, not who invested."""
    return _earlier_relative(text, g, cue) is not None


def _earlier_relative(text: str, g: Group, cue: CueMatch) -> re.Match[str] | None:
    """The relative clause right after ``g`` if it ends before the cue (one reading for both checks above and below)."""
    rel = _RELATIVE.match(text, g.end + 1) if text[g.end:g.end + 1] == " " else None
    return rel if rel is not None and rel.end() <= cue.start else None


def _subject_of_a_quoted_titles_relative(text: str, g: Group, cue: CueMatch) -> bool:
    """True if ``g``, marked 이/가, is the subject of a relative clause ending before the cue and
    describing a quoted title ("경상남도는 과기정통부가 주관한 '… 공모'에 선정돼 … 추진"): the clause
    is about that title; the cue's act is the topic's."""
    rel = _earlier_relative(text, g, cue) if g.particle in ("이", "가") else None
    return rel is not None and rel.end() < len(text) and text[rel.end()] in OPENING_QUOTES


def _relative_of_its_own_subject(text: str, g: Group, cue: CueMatch, groups: list[Group]) -> bool:
    """True if the cue ends a relative clause whose own subject, a body marked 이/가, stands between
    ``g`` and the cue though the reader knows no name in it ("A는 춘천시가 올해 처음 마련한 'P'
    수행기관으로 뽑혀"): that body set P up; A, before the clause, is what the clause describes P for.
    The subject is in the cue's own clause (after any comma) and has a body's ending (시, 청, 재단,
    ...), so the subject of a copula ("사례가 바로 ... 추진 중인 X다") is none."""
    if _relative(text, cue) is None:
        return False
    lo = max(g.end, text.rfind(",", 0, cue.start) + 1)
    return any(not any(h.start <= word.start() < h.end + 1 for h in groups)
               for word in _UNNAMED_BODY_SUBJECT.finditer(text, lo, cue.start))


# "춘천시가", "진흥원이", "위원회가": a public body or an organisation named by a word the gazetteer
# lacks, as a subject.
_UNNAMED_BODY_SUBJECT = re.compile(r"(?<![가-힣])[가-힣]{1,10}(?:시|군|청|부|처|원|회|단|공사|공단|재단|기관|대학|학교|은행|기업|회사)"
                                   r"(?:이|가)\s")


# "엔비디아(NVIDIA)와 정부 간", "A와 정부 사이의": the two parties of what follows, both named.
_AND_THE_OTHER_PARTY = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])?(?:와|과)?\s[^\s,.]+\s?(?:간|사이)(?:의|에)?\s")


def _both_parties_between(text: str, before: list[Group]) -> bool:
    """True if the sentence names an agreement's two parties as "A와 B 간" ("지난 3월에 엔비디아와
    정부 간 GPU 공급 협약을 체결했고"): B, a name or a plain word such as 정부, is A's other party,
    so the subject the sentence leaves unsaid (the passage's company) is not."""
    return any(g.particle in ("와", "과") and _AND_THE_OTHER_PARTY.match(text, g.end) for g in before)


def _in_the_recipients_relative(text: str, g: Group, recipient: Group, cue: CueMatch) -> bool:
    """True if ``g`` stands in a relative clause describing the recipient of a round, before it
    and the cue ("삼성전자에서 설계를 하던 엔지니어들이 지난해 세운 B는 ... 투자를 유치"): the
    clause says where B came from, not who invested."""
    if not (g.end <= recipient.start < cue.start):
        return False
    return _RELATIVE.search(text, g.end, recipient.start) is not None


# "투자회사", "투자사", "투자업체", "투자자", "투자정보업체": the investing noun names a kind of
# investor (or its trade), not an investment.
_INVESTOR_NOUN = re.compile(r"(?:회사|사|업체|기관|자|은행|정보)(?!금|본|산|율|설|격|례)")


# "「X」 투자계획의 3단계로", "투자전략의 일환으로": a noun the investing word opens, which
# describes something else.
_PLAN_NOUN_OF = re.compile(r"(?:계획|전략|정책|프로그램)의\s")


def _names_an_investor(text: str, cue: CueMatch) -> bool:
    """True if the bare investing cue "투자" only begins a noun for an investor ("AI 투자회사
    M은", "투자자들이") or a plan another noun belongs to ("「X」 투자계획의 AI 부문"): it states
    no investment of the names around it."""
    return cue.cue.word == "투자" and bool(_INVESTOR_NOUN.match(text, cue.end) or _PLAN_NOUN_OF.match(text, cue.end))


def _relative(text: str, cue: CueMatch) -> re.Match[str] | None:
    """The relative-clause ending of the cue's verb, if the cue ends a relative clause."""
    last_word = text.rfind(" ", cue.start, cue.end) + 1 or cue.start
    return _RELATIVE.match(text, last_word) or _RELATIVE_ONGOING.match(text, last_word)
_ROUND = re.compile(r"투자(?:에는|에|\s*라운드에는?)|라운드에는?|funding round")
# "B가 단독으로 투자했다", "B도 투자했고": investing as the clause's finite verb, not "투자 비중", "투자업계".
_INVESTED_FINITE = re.compile(r"(?:투자|출자)(?:했|하였)(?:다|고|으며)")
# A sentence about one funding round: "이번 라운드를 A가 주도했고", "시리즈B에는", "후속 투자에 나섰다",
# "투자는 A가 이끌었고" (the investment just told of, made the topic), "B가 신규로 합류했다" (a new backer).
_ROUND_CONTEXT = re.compile(r"^(?:이번\s)?투자(?:는|엔)\s|라운드|시리즈\s?[A-Z]|프리\s?(?:A|IPO)|시드\s?투자|(?:후속|추가|신규)\s?투자|투자에\s?(?:나서|나섰|나선)"
                            r"|신규\s?주주로\s(?:참여|합류)|(?:신규로|새로)\s(?:합류|가세)"
                            r"|(?<=[이가]\s)투자를\s?(?:주도|이끌|이끈|리드)")
# "주도했고", "A가 주도하고", "이끌었다": a clause saying who led (not "주도하는", which describes);
# a note's "A 주도, B 참여" says it without a verb.
_LED = re.compile(r"(?:주도|리드)(?:했|하였)|이끌었|(?<=[이가]\s)(?:(?:주도|리드)하고|이끌고)|(?:주도|리드)(?=,)")
# What ends a note's role word: "KB인베스트먼트 주도, 산업은행 참여".
_NOTE_ROLE_END = re.compile(r"\s*(?:[,.]|$)")
# "A·B 후속 투자": the kind of the investment may stand between the names and the role.
_NOTE_ROLE_GAP = re.compile(r"\s*(?:(?:후속|추가|신규|공동)\s?)?")


def _named_in_a_note(text: str, g: Group, cue: CueMatch) -> bool:
    """"(시리즈B 250억원 유치.) A 주도, B 참여": briefing notes name each investor right before its
    role word, with no particle and no verb; the name is the subject of its role."""
    return not g.particle and bool(_NOTE_ROLE_GAP.fullmatch(text, g.end, cue.start) and _NOTE_ROLE_END.match(text, cue.end))


# "B는 A 투자 이후 C와 계약을 맺었다": a bare name before the act noun, dated by what followed it,
# is who made the investment; the topic is where it went.
_SINCE_THE_ACT = re.compile(r"\s?(?:이후|직후|후|뒤)(?![가-힣])")


def _investor_before_the_act(text: str, cue: CueMatch, obj: Mention) -> bool:
    """True if ``obj`` is the bare name right before the noun "투자" of a time phrase ("A 투자 이후")."""
    return (cue.cue.word == "투자" and not obj.particle and obj.end <= cue.start and not text[obj.end:cue.start].strip()
            and bool(_SINCE_THE_ACT.match(text, cue.end)))


# "A와 B가 각각 500억원씩 전략적 출자자(LP)로 참여했다": the role of one who pays into a fund, right before the joining verb.
_AS_A_PAYER = re.compile(r"(?:출자자|LP)(?:\s?[(（](?:LP|출자자)[)）])?로\s?$")
# "B가 공동 투자자로 이름을 올렸다", "전략적 투자자로 참여": joining as an investor, right after a round.
_AS_AN_INVESTOR = re.compile(r"투자(?:자|사|기관)로\s?(?:이름을|참여|합류|참가)")
# "(... 라운드를 주도했고 B가 합류했다.) C와 D도 이름을 올렸다": joining too, right after a round.
_ALSO_JOINED = re.compile(r"도\s(?:새로\s|함께\s)?(?:이름을\s올|합류|참여|가세)")


def _joins_the_round_just_announced(s) -> bool:
    """"(X는 시리즈C 투자를 유치했다.) A와 B가 새로 이름을 올렸으며 기존 투자자인 C도 후속 투자에
    나섰다": after a round is announced, names listed as joining, in a sentence about that round and
    naming no programme, joined the round."""
    return (s.last_round is not None
            and bool(_ROUND_CONTEXT.search(s.text) or _AS_AN_INVESTOR.search(s.text) or _ALSO_JOINED.search(s.text))
            and not any(_programme_joined(m) for m in s.mentions))


# "B가 시리즈C를 유치하면서 A를 주요 투자자로 맞았다": the round's raiser took A in as its investor.
_TAKEN_AS_INVESTOR = re.compile(r"\s*(?:[가-힣]{1,4}\s)?(?:투자자|투자사|주주)로\s?(?:맞|맞이|영입|확보|끌어들)")


def _raiser_unsaid(s) -> list[Mention]:
    """"(모아로직은 ...) 2024년에는 A가 이끈 시리즈A를 마무리했다. 당시 라운드에는 B도 참여했다": a round
    announced without its raiser is the passage's company's; the lead named before is no recipient."""
    if s.last_round is None or s.last_round.recipients or not any(m.actor.type == "Investor" for m in s.previous_topic):
        return []
    return [m for m in s.discourse_topic if m.actor.type in ("Startup", "Company")]


def _programme_joined(m: Mention) -> bool:
    """True for a programme the sentence's names join ("B도 X 프로그램에 이름을 올렸다"); a fund listed
    among the joiners themselves ("A가 조성한 'B 펀드'와 C도 이름을 올렸다") is one of the round's investors."""
    return m.actor.type == "Program" and m.particle not in SUBJECT and m.particle not in WITH


# "이번 라운드엔 B도 함께했다": being there with others too, which is joining only a round the
# sentence names ("지난 행사에는 B도 함께했다" is not); "A와 B가 함께했다" right after the round is.
_ALONG_WITH_OTHERS = "도 "


def _follows_an_announced_round(s, cue: CueMatch) -> bool:
    """"B는 80억 원을 유치했다. A가 주도했고 C가 참여했다": right after a sentence announcing a
    round, a clause saying who led it, and who joined alongside, need not say "round" again.
    A relative clause ("정부가 주도하는 사업") names something else, so it never counts."""
    if s.last_round is None or _relative(s.text, cue):
        return False
    if cue.cue.word.startswith("함께") and s.text.endswith(_ALONG_WITH_OTHERS, 0, cue.start):
        return bool(_ROUND_CONTEXT.search(s.text))  # "B도 함께했다" joins a round only where the sentence names it
    return cue.cue.frame == "round" or bool(_LED.search(s.text, 0, cue.start))


# "100억원씩 넣으며", "50억원을 투자하고": a clause putting a sum in, before a lead clause it shares a subject with.
_PUT_MONEY_IN = re.compile(r"원(?:씩|을|를)?\s?(?:각각\s)?(?:넣|투자하|투자해|출자하|출자해|베팅하|쏟)")
# "A와 함께 B가 참여": A takes part as B does.
_ALONGSIDE = re.compile(r"\s*(?:공동으로|함께|같이)\s")
# "A가 주도한 시리즈C 라운드를 마무리", "A가 주도한 5억 위안 규모의 시리즈A", "A가 이끈 90억원 규모
# 시리즈A": the cue's relative clause describes the round that follows, maybe after its size (glossed in another
# currency).
_LEADS_THE_ROUND_AFTER = re.compile(r"(?:[한던]|(?<=이끈))\s(?:[^\s,.()]+(?:\s?\([^()]{1,30}\))?\s){0,4}?(?:" + KOREAN_ROUND_NAME + r"|[^\s,.]*라운드)")
# "A가 주도하고 B, C가 참여한 100억원 규모 시리즈A": the lead's clause is joined (하고) to a
# relative clause of joining that describes the round.
_JOINED_TO_THE_ROUND_CLAUSE = re.compile(r"(?:하고|했고)\s[^.]{0,80}?(?:참여|합류|가세)(?=한\s)")


def _leads_a_round_described_next(text: str, cue: CueMatch) -> bool:
    """True if the cue's clause (주도하고) is joined to the relative clause describing the round."""
    joined = _JOINED_TO_THE_ROUND_CLAUSE.match(text, cue.end)
    return joined is not None and bool(_LEADS_THE_ROUND_AFTER.match(text, joined.end()))


# "프랑스에 데이터센터를 구축하여 상대국과 협력": "the counterpart country" points back to the
# country the clause named.
_COUNTERPART = re.compile(r"(?:상대국|상대\s국가|해당국)(?:과|와)\s?(?:긴밀히\s|적극\s)?(?=협력|제휴|파트너십|공조)")


def _counterpart_country(s: SentenceInput, groups: list[Group]) -> list[Fact]:
    """"A와 B는 프랑스에 ... 구축하여 상대국과 협력": the subject works with the country it named,
    the last country before the back-reference with no clause break between them."""
    facts: list[Fact] = []
    for m in _COUNTERPART.finditer(s.text) if "국" in s.text else ():
        country = next((c for c in reversed(s.mentions) if c.end <= m.start() and c.actor.type == "Country"), None)
        agent = next((g for g in reversed(groups) if country and g.end <= country.start and g.particle in SUBJECT), None)
        if agent is None or _CLAUSE_BREAK.search(s.text, agent.end, m.start()):
            continue
        facts += [Fact(a.actor, "PARTNERS_WITH", country.actor, {"confidence": 0.6}, _evidence(s, agent.start, m.end()))
                  for a in agent.members if a.actor.type in ORGANISATIONS_AND_GOVERNMENT and a.actor.country != country.actor.country]
    return facts


# "B, C 등 동맹국과의 공조를 강화": the countries listed are the allies the subject works with.
_WITH_ALLIES = re.compile(r"\s?(?:\([^()]{1,30}\))?\s?등\s(?:동맹국|우방국|파트너\s?국가|협력국)(?:들)?(?:과|와)(?:의)?\s"
                          r"(?:[^\s,.]+\s)?(?:공조|협력|연대|제휴|협의)")


def _pair_owning(text: str, first: Group, second: Group, cue: CueMatch) -> bool:
    """"KT와 마이크로소프트의 합작법인", "A와 B의 협력": the pair whose joint venture or partnership
    the cue right after them names, whoever the passage is about."""
    return (second.particle == "의" and not text[first.end:second.start].strip()
            and not text[second.end:cue.start].strip())


def _allies_listed(s: SentenceInput, groups: list[Group]) -> list[Fact]:
    """"미국은 네덜란드(ASML), 일본(도쿄일렉트론) 등 동맹국과의 공조를 강화": the subject works with
    each country of the list that the allied-country noun closes."""
    facts: list[Fact] = []
    countries = [m for m in s.mentions if m.actor.type == "Country"]
    for last in countries if "국" in s.text else ():
        allies = _WITH_ALLIES.match(s.text, last.end)
        if allies is None:
            continue
        agent = next((g for g in reversed(groups) if g.end <= last.start and g.particle in SUBJECT), None)
        listed = [c for c in countries if agent is not None and agent.end <= c.start and c.end <= last.end]
        if agent is None or _CLAUSE_END.search(s.text, agent.end, last.start) or _CLAUSE_BREAK.search(
                s.text, agent.end, listed[0].start):
            continue
        facts += [Fact(a.actor, "PARTNERS_WITH", c.actor, {"confidence": 0.6}, _evidence(s, agent.start, allies.end()))
                  for a in agent.members for c in listed
                  if a.actor.type in ("Country", "Government") and a.actor.country != c.actor.country]
    return facts


# "사우디 등 중동 국가들을 대상으로 ... 공급": the names the supply is aimed at are customers.
_AIMED_AT = re.compile(r"\s?(?:등\s(?:[^\s,.]+\s){0,4}?[^\s,.]*?)?(?:을|를)\s대상으로\s")
_SUPPLIED = re.compile(r"공급|판매|수출")


def _customers_aimed_at(s: SentenceInput, groups: list[Group]) -> list[Fact]:
    """"A와 B가 사우디 등 중동 국가를 대상으로 자사 모델을 공급": the suppliers work with each
    name the supply is aimed at."""
    facts: list[Fact] = []
    for i, g in enumerate(groups if "대상으로" in s.text else ()):
        aimed = _AIMED_AT.match(s.text, g.members[-1].after)
        clause = _CLAUSE_END.search(s.text, aimed.end()) if aimed else None
        if aimed is None or not _SUPPLIED.search(s.text, aimed.end(), clause.end() if clause else len(s.text)):
            continue
        agent = next((h for h in reversed(groups[:i]) if h.particle in SUBJECT), None)
        if agent is None or _CLAUSE_BREAK.search(s.text, agent.end, g.start):
            continue
        facts += [Fact(a.actor, "PARTNERS_WITH", c.actor, {"confidence": 0.6}, _evidence(s, agent.start, aimed.end()))
                  for a in agent.members for c in g.members
                  if a.actor.type in ORGANISATIONS and c.actor.type in (*ORGANISATIONS_AND_GOVERNMENT, "Country")]
    return facts


# "공동 개발" is read as a partnership and, with this cue, as developing what it names.
_JOINT_DEVELOPING = Cue("공동 개발", "agent_target", ("DEVELOPS",), "ko")
# "A의 모델 ‘X’를 토대로 ‘Y’를 공동 개발": X is what the partners build on, not what they make.
_BUILT_ON = re.compile(r"[’'”\"」)]?\s?(?:을|를)\s(?:토대로|기반으로|바탕으로|활용해|활용하여|이용해)")
# "A와 B가 공동 주최한 ‘X 세미나’": hosting together is a partnership and, with this cue, each
# host sets up the event.
_JOINT_HOSTING = Cue("공동 주최", "agent_target", ("LAUNCHED",), "ko")
_HOSTED_TOGETHER = re.compile(r"공동\s?(?:주최|개최|주관)$")
# "X 구축에 투자(P)": the bracket names the programme the money is spent through.
_FUNDING_THROUGH = Cue("투자", "agent_target", ("FUNDS",), "ko")
_CLOSING_BRACKET = re.compile(r"\s?[)）]")
# Participants in an investment round are investors: the fact is built as if "투자" were the cue.
_AS_INVESTMENT = CueMatch(Cue("투자", "agent_target", ("INVESTED_IN",), "ko"), 0, 0)
_TARGET_DESCRIPTOR = re.compile(r"^\s*(?:[^\s,.]+\s+){0,3}?(?:[^\s,.]*(?:기업|업체|회사|스타트업|펀드|프로젝트|모델|플랫폼)인?)?\s*$")


# "언어와 데이터로 ", "발굴과 현장 컨설팅을 ": a 와/과 joining its noun to the next one, which takes
# the case; no partner.
_NOUN_JOINED_AFTER = re.compile(r"\s(?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z]+(?:로|으로|를|을|의)\s")
# "이번 공동펀드와 합작법인은 ...": a 와/과 joining its name to a common noun that takes the topic
# particle; the two are what the clause is about, not a partner of its speaker.
_JOINED_TO_A_TOPIC_NOUN = re.compile(r"\s[가-힣A-Za-z]+(?:은|는)\s")


def _joined_to_a_topic_noun(text: str, g: Group, groups: list[Group]) -> bool:
    """True if the 와/과 of ``g`` joins it to an unnamed noun marked 은/는 (no group starts there)."""
    return g.particle in ("와", "과") and bool(_JOINED_TO_A_TOPIC_NOUN.match(text, g.end)) \
        and not any(other.start == g.end + 1 for other in groups)


def _last_with_word(text: str, start: int, end: int) -> int | None:
    """Where the last word marked 와/과 (or 와의/과의) between ``start`` and ``end`` ends, the
    partner of a partnership word at ``end``; None if there is none."""
    last = None
    for word in _WORD_BEFORE_SPACE.finditer(text, start, end):
        stem = word.group(1)[:-1] if word.group(1).endswith(("와의", "과의", "와는", "과는")) else word.group(1)
        if particle_ending(stem) in ("와", "과"):
            last = word.end(1)
    return last


# What a partnership is about: "A는 B와 GPU 클러스터를 공동 운영하기로 계약" reads as one list
# "B와 GPU 클러스터를", but a firm and the thing run are no list: B is the partner.
_THINGS_MADE = ("Program", "Model")


def _partner_joined_to_the_thing_made(before: list[Group]) -> tuple[list[Group], list[Group]]:
    """The with-groups and groups of a partnership whose only 와/과 joins organisations to the
    programme or model that is the object ("B와 C를 공동 운영"): the organisations split off as
    the partner; else no with-group and ``before`` unchanged."""
    for n, g in enumerate(before):
        if g.particle not in ("을", "를") or g.members[-1].actor.type not in _THINGS_MADE:
            continue
        lead = [m for m in g.members[:-1] if m.particle in WITH and m.actor.type not in _THINGS_MADE]
        if lead and len(lead) == len(g.members) - 1:
            partner = Group(lead, lead[-1].particle, lead[0].start, lead[-1].after)
            thing = Group(g.members[-1:], g.particle, g.members[-1].start, g.end)
            return [partner], before[:n] + [partner, thing] + before[n + 1:]
    return [], before


def _names_the_partner(text: str, before: list[Group], partner_word: int) -> bool:
    """True if the word marked 와/과 that ends at ``partner_word`` is a name, or the kind of a
    list of names after 등 or 같은 ("A·B 등 해외 플랫폼과의 제휴", "A, B 같은 기업과의 파트너십")."""
    def kind_of_the_list(g: Group) -> bool:
        after = text[g.members[-1].after:g.end]
        return bool(_ETC.match(after) or _SUCH_AS.match(after))

    return any(m.after == partner_word for g in before for m in g.members) or any(
        g.end == partner_word and g.particle in WITH and kind_of_the_list(g) for g in before)


# "공급 계약을 B와 체결", "공동 개발하기로 B와 합의했다": the partner may follow the
# partnership word, named just before the verb that seals it (maybe by the Latin gloss of its
# Korean name: "계약을 가람로직(Garam Logic)과").
_BEFORE_LATE_PARTNER = re.compile(r"(?:을|를|하기로|키로)?\s*(?:[^\s,.()]+\()?")
_SEALED = re.compile(r"\s*(?:체결|맺|합의|타결)")


def _partner_after(text: str, cue: CueMatch, after: list[Group]) -> list[Group]:
    """The 와/과 group right after a partnership word whose verb it precedes, as a partner."""
    if not after or after[0].particle not in WITH or not _BEFORE_LATE_PARTNER.fullmatch(text, cue.end, after[0].start):
        return []
    return [after[0]] if _SEALED.match(text, after[0].end) else []


# "첨단 기술 분야에 투자하는": where the money goes, named in the clause; "2024년에", "초에" are dates.
# "스타트업에 투자하는", "스타트업에 공동 투자하는": the 에-slot, maybe with an adverb of how.
_INVESTEE_SLOT = re.compile(r"(\S+)에\s(?:(?:공동|공동으로|함께|직접|집중|집중적으로|주로|우선|적극|각각)\s)?$")
_DATE_WORD = re.compile(r"(?:\d|년|월|일|초|말|중|때|전|후|당시|시점|동안)$")


def _investee_in_the_clause(text: str, cue: CueMatch) -> bool:
    """"분야에 투자하는 1조 위안 규모의 펀드": a clause that already names where the money goes
    describes the investor; the fund it heads invests, and is not invested in by the sentence's
    subject (who only announced it)."""
    if not {"INVESTED_IN", "FUNDS"} & set(cue.cue.relations):
        return False
    slot = _INVESTEE_SLOT.search(text, max(0, cue.start - 30), cue.start)
    return slot is not None and not _DATE_WORD.search(slot.group(1))


def _describes_target(between: str) -> bool:
    """"인수한 데이터 라벨링 기업 Scale AI": words between a relative clause and its head;
    "제시한 ..., 고품질 중심의 새로운 산업 정책인 ‘X’": a longer description that ends in 인 (X
    which is a policy) still leads to its head."""
    if _GLOSSED_TITLE.match(between):
        return True
    between = re.sub(r"[‘“「『《'\"]", "", between)
    if re.match(r"\s*등\s", between):
        return False  # "개발을 지원하는 등 X를 발표": the clause is an example of X, not done to it
    if re.search(r"[가-힣A-Za-z0-9](?:으로|에서|에|을|를|은|는|이|가)\s", between):
        return False  # "설립한 AI 기업으로 2014년 구글에", "투자하는 민간 VC에": the clause's head came before the name
    return (len(between) <= 24 and bool(_TARGET_DESCRIPTOR.match(between))) or bool(_COPULA_END.search(between))


# "시작된 「인공지능 국가전략(UAE National Strategy ...)」": the name is the gloss of a quoted title
# the clause runs into, so the clause describes it.
_GLOSSED_TITLE = re.compile(r"\s*[「『《‘“][^\s,.()「」]+(?:\s[^\s,.()「」]+){0,4}\s?[(（]$")
# "... 산업 정책인 ": a description ending in the copula's adnominal, right before the name it describes.
_COPULA_END = re.compile(r"[가-힣]{2,}인\s?$")


_MONEY_ONLY = re.compile(r"투입|배정|부담|분담|출연[하했한해할키]|교부[하했한해할]|넣|쏟아|태[웠운우]")
# "선정 기업당 최대 N억 원", "참여 기업에": money shared out over a programme's members.
_UNNAMED_RECIPIENT = re.compile(r"[가-힣]에\s")
_PER_MEMBER = re.compile(r"(?:기업|곳|개사|팀|과제|기관)\s?당|(?:선정|참여|수혜)\s?(?:기업|기관)")


_CAUSATIVE_AND = re.compile(r"시키고\s*,?\s")


def _targets_of_the_last_causative_clause(text: str, before: list[Group], cue: CueMatch) -> list[Group]:
    """"P를 출범시키고 1차로 B에 N달러를 투자": money given to a recipient named after the causative
    verb does not also go to P, the object of that verb; without such a recipient ("P를
    출범시키고 N원을 출자") P stays the money's target."""
    if not _MONEY & set(cue.cue.relations):
        return before
    bound = max((m.end() for m in _CAUSATIVE_AND.finditer(text, 0, cue.start)), default=None)
    if bound is None or not any(g.particle in TARGET and g.start >= bound for g in before):
        return before
    return [g for g in before if g.start >= bound or g.particle not in TARGET]


def _funds_the_programme_in_play(s: SentenceInput, cue: CueMatch, before: list[Group], after: list[Group],
                                 topic: Group | None, lo: int, hi: int) -> list[tuple[Mention, Mention, Group | None]]:
    """Money given with no named recipient goes to the programme in play: "캐나다 정부는 ‘P’를
    출범하고 3년간 9억 달러를 투입하기로 했다" (P, named before in the sentence), "선정 기업당 최대
    50억 원을 지원한다" (the programme of the sentence before, shared out over its members).

    The giver is the clause's subject, else the sentence's topic. "P를 출범시키고 N원을 배정":
    a causative verb ends the clause that names P, though the amount may still count as the launch's."""
    lo = max([lo] + [m.end() for m in _CAUSATIVE_AND.finditer(s.text, lo, cue.start)])
    if any(g.particle in TARGET and g.members[0].actor.type != "Model" for g in before if g.start >= lo) or after:
        return []
    per_member = _PER_MEMBER.search(s.text, lo, hi)
    counted = _COUNTED_RECIPIENTS.search(s.text, lo, cue.start)
    if not per_member and not counted and _UNNAMED_RECIPIENT.search(s.text, lo, cue.start):
        return []  # "총 3,440억 위안을 핵심 분야에 투입": the money goes where the sentence says
    named = [m for m in s.mentions if m.actor.type == "Program" and m.end <= cue.start]
    programme = named[-1] if named else (s.programme_before if per_member or _OVER_YEARS.search(s.text, lo, cue.start)
                                         else _programme_set_up_after(s, cue) if counted else None)
    givers = [g for g in before if g.particle in SUBJECT and g.start >= lo] or ([topic] if topic else [])
    if programme is None or not givers:
        return []
    return [(m, programme, None) for m in givers[-1].members if m.actor.id != programme.actor.id]


# "(P를 출범시켰다.) 정부는 2026~2029년 4년간 총 16억 유로를 투입하며": a budget over years, the
# programme just launched's.
_OVER_YEARS = re.compile(r"\d+\s?년간\s(?:[^\s,.]+\s)?총\s?[\d,.]+")


# "5개 국내 기업에", "3개 컨소시엄에": recipients counted, not named.
_COUNTED_RECIPIENTS = re.compile(r"\d+\s?개\s?(?:[가-힣]+\s)?(?:기업|기관|팀|사|컨소시엄)에\s")


def _programme_set_up_after(s: SentenceInput, cue: CueMatch) -> Mention | None:
    """"총 N억 원을 5개 국내 기업에 지원하여 ... ‘P’에 착수하였다": money for counted, unnamed
    recipients goes to the programme the sentence goes on to set up (P, taken up with 에/을/를)."""
    return next((m for m in s.mentions if m.actor.type == "Program" and m.start >= cue.end
                 and m.particle in TARGET), None)


# "1차 선정 결과에는", "지원 대상에는": the list after it, "... 포함됐다", is the programme's members.
# "1차 선정 기업에는 A와 B 등 12개사가 포함됨": the count closes the list. "이번 기수에는", "3기에는":
# a programme's cohort, said of the programme the passage is about.
# "지원 대상에 A와 B가 둘 다 들어갔다", "수혜 기업 12곳 중에 A도 포함됐다": the same, with the
# list's place said by 에 or 중에 and the members going in (들어가다) or counted among them.
_INCLUDED_HEAD = re.compile(r"(?=[선지수참이올첫\d])(?:선정\s?결과|(?:선정|지원|수혜)\s?(?:대상|명단|기업|기관)(?:\s?명단)?|참여\s?(?:기업|기관)\s?명단|"
                            r"(?<![가-힣])(?:이번|올해|첫|\d+)\s?기수?)(?:\s?\d+\s?(?:곳|개사|개)\s?)?(?P<place>에는|에|\s?중에는|\s?중에)\s")
_INCLUDED = re.compile(r"\s*(?:등\s*\d+\s*(?:개사|곳|개\s*(?:기업|기관))(?:이|가)\s)?(?:[^\s,.]+\s){0,2}?(?:포함|들어가|들어갔|들어간)")




def _role_in_programme(s: SentenceInput) -> list[Fact]:
    """"A는 P의 주관기관으로 선정됐다": A takes part in P. The one who takes the role is the
    sentence's topic, else its subject, else the passage's company ("「P」의 핵심 실행기관으로
    평가된다" said of the company just described)."""
    programme = next((m for m in s.mentions if m.actor.type == "Program" and m.particle == "의"
                      and PROGRAMME_ROLE.match(s.text, m.after)), None)
    if programme is None:
        return []
    chosen = [m for m in s.mentions if m.start > programme.end and m.particle in ("을", "를")][:1]
    # "정부가 추진하는 P의": a subject closed by a relative clause's verb is that verb's.
    subjects = [m for m in s.mentions if m.end <= programme.start and m.particle in SUBJECT
                and (m.particle in ("은", "는") or not RELATIVE_VERB.search(s.text, m.after, programme.start))]
    members = chosen or (
        [m for m in subjects if m.particle in ("은", "는")][:1] or subjects[:1]
        or [m for m in s.previous_topic or s.discourse_topic if m.actor.type in ORGANISATIONS])
    members = [m for m in members if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                 _evidence(s, min(m.start, programme.start), programme.end)) for m in members]


# "P 1차 사이클에서", "P 2기에서", "P에서": where the subject acted is a round of the programme.
_IN_A_ROUND_OF = re.compile(r"\s?(?:\d+\s?(?:차|기|회)\s?(?:사이클|라운드|공모|년도)?\s?)?에서\s")
# "P에서 제외됐다", "P 2차에서 탈락": acting in the programme's clause by leaving it.
_LEFT_OUT = re.compile(r"제외|탈락|탈퇴|배제|철수|빠지|빠졌|빠진")
# Programme kinds one takes part in by acting inside them; a law or policy "에서" is what it says.
_JOINED_KINDS = frozenset(("project", "initiative", "program", "programme", None))


def _acting_in_programme(s: SentenceInput) -> list[Fact]:
    """"A와 B 같은 기업이 P 1차 사이클에서 성과를 창출": organisations that act inside a
    programme (P with 에서) took part in it. Only a subject in the programme's own clause: "정부는
    A를 지원하고, P에서 ..." says nothing of A."""
    programmes = [m for m in s.mentions if m.actor.type == "Program" and m.actor.kind in _JOINED_KINDS
                  and (m.particle == "에서" or not m.particle and _IN_A_ROUND_OF.match(s.text, m.end))]
    facts: list[Fact] = []
    for programme in programmes:
        groups = [g for g in _groups(s.text, [m for m in s.mentions if m.end <= programme.start])
                  if g.particle in SUBJECT or _LIKE_THESE.match(s.text, g.end)]
        subject = groups[-1] if groups else None
        clause = _CLAUSE_END.search(s.text, programme.after)
        if (subject is None or _CLAUSE_END.search(s.text, subject.end, programme.start)
                or _LEFT_OUT.search(s.text, programme.after, clause.end() if clause else len(s.text))):
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                       _evidence(s, subject.start, programme.after))
                  for m in subject.members if m.actor.type in ORGANISATIONS]
    return facts


# "B와 협력해", "A, B가 협력하여", "A와 B가 공동으로": the names act together on what follows.
_TOGETHER = re.compile(r"\s?(?:협력해|협력하여|손잡고|손을 잡고|공동으로|함께)\s")
# "... P를 발표하였다", "P를 설립할 계획": the act that sets up the programme taken up with 을/를.
_SETS_UP = re.compile(r"\s?(?:[^\s,.]+\s)?(?:발표|추진|설립|구축|조성|건설|마련|수립|출범|착수)")


def _programme_set_up_together(s: SentenceInput) -> list[Fact]:
    """"정부는 B와 협력해 ... P를 발표", "A, B, C가 협력하여 ... P를 설립할 계획": the partner,
    or each of several subjects acting together, takes part in the programme they set up. One
    subject alone ("A는 협력하여") is the programme's maker, read by the LAUNCHED frames."""
    if not any(w in s.text for w in ("협력", "손", "공동", "함께")):
        return []
    facts: list[Fact] = []
    for g in _role_groups(s):
        together = _TOGETHER.match(s.text, g.end)
        if together is None or not (g.particle in ("와", "과") or g.particle in SUBJECT and len(g.members) > 1):
            continue
        # "B와 협력하여 X를 구축, C는 P를 구축": a comma closes the act done together.
        clause = _CLAUSE_END.search(s.text, together.end())
        comma = s.text.find(",", together.end())
        hi = min(clause.start() if clause else len(s.text), comma if comma != -1 else len(s.text))
        programme = next((m for m in s.mentions if together.end() <= m.start < hi and m.actor.type == "Program"
                          and m.particle in ("을", "를") and m.actor.kind != "law"), None)
        if programme is not None and _SETS_UP.match(s.text, programme.after):
            project, end = programme.actor, programme.end
        elif programme is None and len(g.members) > 1:  # several acting together on a project they describe
            project, end = described_project(s.text, together.end(), hi, s.mentions, _SETS_UP), hi
        else:
            continue
        if project is None:
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", project, {"confidence": 0.6},
                       _evidence(s, g.start, end)) for m in g.members if m.actor.type in ORGANISATIONS]
    return facts



# "2019년 설립된", "공동 설립한": a participle setting up the body named a few words on.
_FOUNDING_PARTICIPLE = re.compile(r"(?:[^\s,.]+\s){0,2}?(?:설립|창설|창립|설치|출범)(?:된|한)\s")


def _body_founded_with_a_partner(s: SentenceInput) -> list[Fact]:
    """"B와 협력해 설립된 X", "A가 B와 함께 창립한 X": the partner the body was set up with is one
    of its founders, though the clause names no one else as the maker."""
    if "협력" not in s.text and "함께" not in s.text and "손" not in s.text and "공동" not in s.text:
        return []
    facts: list[Fact] = []
    for partner in s.mentions:
        together = _TOGETHER.match(s.text, partner.after) if partner.particle in ("와", "과") else None
        founding = _FOUNDING_PARTICIPLE.match(s.text, together.end()) if together else None
        if founding is None or partner.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
            continue
        body = next((m for m in s.mentions if founding.end() <= m.start <= founding.end() + 25
                     and m.actor.type in ORGANISATIONS_AND_GOVERNMENT and m.actor.type != "Program"), None)
        if body is not None and body.actor.id != partner.actor.id:
            facts.append(Fact(partner.actor, "FOUNDED", body.actor, {"confidence": 0.6},
                              _evidence(s, partner.start, body.end)))
    return facts

# "A, B와 같은 기업이", "A(MISA) 같은 핵심 기관들이": the names are examples of the subject.
_LIKE_THESE = re.compile(r"\s?같은\s(?:[가-힣]{1,4}\s)?(?:기업|기관|스타트업|회사|업체)들?(?:이|가|은|는)\s")
# "... 전략을 수립하고 사업을 추진한다": institutions carrying a programme out.
_CARRY_OUT = re.compile(r"추진|수립|이행|실행|운영|집행")


def _institutions_of_the_section_programme(s: SentenceInput) -> list[Fact]:
    """"(나. P 전략) ... A, B와 C 같은 핵심 기관들이 분야별로 전략을 수립하고 사업을 추진한다":
    the institutions given as examples of those who carry out the work take part in the
    programme the section is about."""
    if s.section_programme is None or "같은" not in s.text:
        return []
    facts: list[Fact] = []
    for g in _role_groups(s):
        # _groups has moved the particle past "같은 핵심 기관들이"
        like = _LIKE_THESE.search(s.text, g.members[-1].end, g.end + 1)
        clause = _CLAUSE_END.search(s.text, like.end()) if like else None
        if like is None or not _CARRY_OUT.search(s.text, like.end(), clause.end() if clause else len(s.text)):
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", s.section_programme.actor, {"confidence": 0.6},
                       _evidence(s, g.start, like.end())) for m in g.members
                  if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and m.actor.id != s.section_programme.actor.id]
    return facts


# "A, B, C 등에서 투자자로 가담하고 있다": a person holds a role in each fund listed.
_ROLE_IN_THE_FIRMS = re.compile(r"\s?(?:등)?에서\s(?:[^\s,.]+\s)?(?P<role>투자자|파트너|고문|이사|자문역?)(?:로서|로|으로)\s"
                                r"(?:가담|참여|활동|합류)")


def _person_in_firms(s: SentenceInput) -> list[Fact]:
    """"그는 ... 벤처캐피털 A(...)과 투자 펀드 B, C 등에서 투자자로 가담하고 있다": the person the
    sentence or passage is about takes part in each firm of the list before the role."""
    role = _ROLE_IN_THE_FIRMS.search(s.text) if "에서" in s.text else None
    if role is None:
        return []
    people = [m for m in s.mentions if m.actor.type == "Person" and m.particle in SUBJECT and m.end <= role.start()]
    person = people[-1:] or [m for m in s.previous_topic or s.discourse_topic if m.actor.type == "Person"][:1]
    firms = []
    for m in reversed([m for m in s.mentions if m.end <= role.start() + 1 and m.actor.type in ORGANISATIONS]):
        if m.particle not in ("", "과", "와", "에서") or (firms and m.after < firms[-1].start
                                                         and _CLAUSE_END.search(s.text, m.after, firms[-1].start)):
            break
        firms.append(m)
    return [Fact(p.actor, "PARTICIPATES_IN", f.actor, {"confidence": 0.6, "role": role.group("role")},
                 _evidence(s, f.start, role.end())) for p in person for f in reversed(firms)]


# "사업 전담기관은 A가 맡는다", "주관기관은 A이며", "펀드 운용은 A가 맡는다": who takes a
# programme's managing role.
_AGENCY_HEAD = re.compile(r"(?:사업|과제|프로그램|프로젝트)?\s?(?:전담|주관|수행|운영|관리|총괄)\s?기관(?:은|는)\s"
                          r"|(?:펀드|기금|사업)\s?(?:운용|운영|관리)(?:은|는)\s")
_TAKES_THE_ROLE = re.compile(r"\s*(?:[^\s,.]+\s)?맡")


# "A가 주관기관을 맡은 ‘P’": A takes a role in the programme the relative clause describes.
_ROLE_TAKEN_IN = re.compile(r"\s(?:주관|참여|전담|수행|운영|총괄)\s?기관(?:을|으로)\s맡은\s$")


def _role_taken_in_the_programme(s: SentenceInput) -> list[Fact]:
    """"A가 주관기관을 맡은 ‘P 컨소시엄’이 선정되었다": A takes part in P."""
    if "맡은" not in s.text:
        return []
    facts = []
    for agency, programme in zip(s.mentions, s.mentions[1:], strict=False):
        if (programme.actor.type == "Program" and agency.actor.type in ORGANISATIONS_AND_GOVERNMENT
                and agency.particle in ("이", "가") and _ROLE_TAKEN_IN.match(s.text, agency.after, programme.start)):
            facts.append(Fact(agency.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                              _evidence(s, agency.start, programme.end)))
    return facts


def _agency_of_the_programme(s: SentenceInput) -> list[Fact]:
    """"(P에 N원을 투입하며,) 사업 전담기관은 A가 맡는다": A takes part in the programme the
    sentence, or else the passage, is about; not in one named as the money's source ("모태펀드
    재원으로 출자하고, 펀드 운용은 A가 맡는다": A runs the fund, not the fund of funds)."""
    head = _AGENCY_HEAD.search(s.text) if "기관" in s.text or "운" in s.text or "관리" in s.text else None
    if head is None:
        return []
    named = [m for m in s.mentions if m.actor.type == "Program" and m.end <= head.start() and not money_source(s.text, m)]
    programme = named[-1] if named else s.programme
    agency = _restated(s, next((m for m in s.mentions if m.start >= head.end()), None))
    if (programme is None or agency is None or agency.actor.type not in ORGANISATIONS_AND_GOVERNMENT
            or not (agency.particle in ("이", "가") and _TAKES_THE_ROLE.match(s.text, agency.after)
                    or agency.particle in ("이며", "이다", "다"))):
        return []
    return [Fact(agency.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                 _evidence(s, head.start(), agency.end))]


def _restated(s: SentenceInput, m: Mention | None) -> Mention | None:
    """"정보통신산업진흥원, NIPA가": a name restated by its short form after a comma takes the
    particle the short form carries."""
    later = next((n for n in s.mentions if m is not None and n.start > m.start), None)
    if m is None or later is None or m.particle or later.actor.id != m.actor.id or s.text[m.end:later.start].strip() != ",":
        return m
    return later


# "첫 투자처로 A를 선정", "투자 대상으로 A를 최종 선정", "1호 투자처로 합성데이터 기업 A를 골라": A
# was picked as the one to invest in; a few words saying what A is may stand before it.
_AS_INVESTEE = re.compile(r"(?:투자처|투자\s?대상|투자\s?기업)(?:으로|로)\s(?:[^\s,.]+\s){0,5}$")
_PICKED = re.compile(r"\s?(?:최종\s?)?(?:선정|낙점|택하|택했|택해|택한|골랐|골라|고른)")


def _picked_as_investee(s: SentenceInput) -> list[Fact]:
    """"동 펀드는 첫 투자처로 A를 선정하여 N원을 투자": the investor (the topic, else the subject,
    else the one the item hangs from) invested in the company it picked as its investee."""
    m = _picked_investee(s.text, s.mentions)
    if m is None:
        return []
    before = [b for b in s.mentions if b.end <= m.start and b.particle in SUBJECT]
    # "A와 B가 출자한 'P'는 첫 투자처로": the topic picks, not a relative clause's subject
    investors = [b for b in before if b.particle in ("은", "는")][:1] or before[:1] or list(s.previous_topic[:1])
    return [Fact(i.actor, "INVESTED_IN", m.actor, {"confidence": 0.6}, _evidence(s, i.start, m.end))
            for i in investors if i.actor.type in ("Investor", "Program", "Company")]


def _picked_investee(text: str, mentions: list[Mention]) -> Mention | None:
    """The company ``text`` says was picked as the one to invest in ("첫 투자처로 A를 선정")."""
    if "투자" not in text:
        return None
    return next((m for m in mentions if m.particle in ("을", "를") and m.actor.type in ORGANISATIONS
                 and _PICKED.match(text, m.after) and _AS_INVESTEE.search(text, max(0, m.start - 48), m.start)), None)


# "‘P’에 선정돼", "P에 최종 선정되었다", the press's "뽑혀": chosen for a programme, the chosen one its subject.
_CHOSEN_FOR = re.compile(r"\s?(?:최종\s?)?(?:선정(?:돼|되어|됐|되었|된\s(?:후|뒤))|뽑혀|뽑혔|뽑힌\s(?:후|뒤))")
_CHOSEN_KINDS = ("Company", "Startup", "Investor", "University")


# "(TIPS·팁스) 프로그램에도 선정됐다": chosen for the programme its noun names after a gloss;
# "‘P’ 수행기업으로도 선정돼", "P 주관기관으로 뽑혀": or for a role in it.
_PROGRAMME_NOUN_FOR = re.compile(r"(?:[·・][^()（）]{1,10})?[)）]?\s?(?:프로그램|사업|과제)에도?"
                                 r"|[’'」”\"]?\s(?:수행|주관|참여|실증)\s?(?:기관|기업|사)(?:으)?로도?")


def _chosen_for_the_programme(s: SentenceInput) -> list[Fact]:
    """"(세라픽AI는 ...) ‘P’에 선정돼 2년간 N원을 지원받았다": the subject, else the company the
    sentence or passage is about, takes part in the programme it was chosen for. A name that
    is the subject of a relative clause ("정부가 2025년 시작한 ‘P’") describes the programme."""
    if "선정" not in s.text and "뽑" not in s.text:
        return []
    for p in s.mentions:
        chosen_at = _PROGRAMME_NOUN_FOR.match(s.text, p.end) if p.particle != "에" else None
        if p.actor.type != "Program" or not (p.particle == "에" and _CHOSEN_FOR.match(s.text, p.after)
                                             or chosen_at and _CHOSEN_FOR.match(s.text, chosen_at.end())):
            continue
        # a topic (은/는) is never a relative clause's subject: "A는 B가 운영하는 ‘P’에 선정돼"
        subjects = [m for m in s.mentions if m.end <= p.start and m.particle in SUBJECT
                    and (m.particle in ("은", "는") or not RELATIVE_VERB.search(s.text, m.after, p.start))]
        carried = [] if opens_on_its_own_topic(s.text, s.mentions) else (s.previous_topic or s.discourse_topic)[:1]
        chosen = subjects[-1:] or list(carried)
        return [Fact(m.actor, "PARTICIPATES_IN", p.actor, {"confidence": 0.6}, _evidence(s, p.start, p.end))
                for m in chosen if m.actor.type in _CHOSEN_KINDS]
    return []


# "의 민간투자주도형 기술창업지원(": a few words of what the programme does, maybe opening its gloss.
_OWN_PROGRAMME_BETWEEN = re.compile(r"\s?(?:[^\s,.()（）]+\s?){0,3}[(（]?")
# "(TIPS·팁스) 프로그램에", "P 사업을": the programme's noun after its name (and gloss).
_PROGRAMME_NOUN_AFTER = re.compile(r"(?:[·・][^()（）]{1,10})?[)）]?\s?(?:프로그램|사업|지원사업)(?:에|을|를|의|은|는|이|가)")


def _ministry_before_its_programme(s: SentenceInput) -> list[Fact]:
    """"산업통상자원부 「X 기술개발사업」의 주관기관으로 선정": a ministry written right before a
    programme's bracketed title, with no particle, names whose programme it is: it launched it;
    so does a ministry's 의 before a programme its noun follows ("A부의 창업지원(P) 프로그램")."""
    facts = []
    for owner, programme in zip(s.mentions, s.mentions[1:], strict=False):
        if owner.actor.type != "Government" or programme.actor.type != "Program":
            continue
        if (not owner.particle and programme.surface[:1] in "「｢『" and not s.text[owner.end:programme.start].strip()) or (
                owner.particle == "의" and _OWN_PROGRAMME_BETWEEN.fullmatch(s.text, owner.after, programme.start)
                and _PROGRAMME_NOUN_AFTER.match(s.text, programme.end)):
            facts.append(Fact(owner.actor, "LAUNCHED", programme.actor, {"confidence": 0.6},
                              _evidence(s, owner.start, programme.end)))
    return facts


# "이에 따라", "이 계획에 따라", "이에 맞춰": what follows carries out what was just announced.
_ACCORDINGLY = re.compile(r"\s*(?:이에\s?(?:따라|맞춰|발맞춰)|이\s?(?:계획|사업|프로젝트|전략|정책)에\s?(?:따라|맞춰))\s?,?\s")
# Acts that carry a plan out: placing, building, bringing in, supplying, setting up.
_CARRYING_OUT = re.compile(r"배치|설립|구축|도입|공급|건설|조성|확보|제공|투자")


def _carrying_out_the_programme_before(s: SentenceInput) -> list[Fact]:
    """"(... ‘X 구축 계획’을 발표하였다.) 이에 따라 A·B 등 사업자가 GPU를 배치하고": organisations
    that act accordingly, right after a programme was named, take part in it. Only with an act
    of carrying out in their own clause: "이에 따라 A의 주가가 올랐다" names no part in it."""
    opener = _ACCORDINGLY.match(s.text) if s.programme_before is not None else None
    if opener is None:
        return []
    programme = s.programme_before
    facts: list[Fact] = []
    for g in _groups(s.text, s.mentions):
        clause = _CLAUSE_END.search(s.text, g.end)
        hi = clause.start() if clause else len(s.text)
        if g.particle not in SUBJECT or g.start < opener.end() or not _CARRYING_OUT.search(s.text, g.end, hi):
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6}, _evidence(s, g.start, hi))
                  for m in g.members if m.actor.type in ORGANISATIONS and m.actor.id != programme.actor.id]
    return facts


# "첫 고객사로 B를 확보", "B를 주요 고객으로 두고": a customer won is a partner.
_AS_CUSTOMER = re.compile(r"(?:첫|주요|신규|핵심)?\s?고객(?:사)?(?:으로|로)(?:는)?\s")
_WON = re.compile(r"\s*(?:[^\s,.]+\s)?(?:확보|유치|맞|두|삼|영입)")


def _customers(s: SentenceInput) -> list[Fact]:
    """"A는 첫 고객사로 B를 확보했다": A and B work together. The one who won the customer is
    the sentence's topic or subject, else the passage's company."""
    facts: list[Fact] = []
    if "고객" not in s.text:
        return facts
    for m in _AS_CUSTOMER.finditer(s.text):
        customer = next((c for c in s.mentions if c.particle in ("을", "를") and (
            (c.start >= m.end() and _WON.match(s.text, c.after)) or (c.after <= m.start() and not s.text[c.after:m.start()].strip()
                                                                     and _WON.match(s.text, m.end() - 1)))), None)
        if customer is None or customer.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
            continue
        before = [c for c in s.mentions if c.end <= m.start() and c.particle in SUBJECT and c is not customer]
        sellers = before[-1:] or [c for c in s.previous_topic or s.discourse_topic if c.actor.type in ORGANISATIONS]
        facts += [Fact(a.actor, "PARTNERS_WITH", customer.actor, {"confidence": 0.6},
                       _evidence(s, min(a.start, m.start()), customer.end))
                  for a in sellers if a.actor.id != customer.actor.id and a.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    return facts


def _included_before(s: SentenceInput, head: re.Match) -> list[Group]:
    """"A도 수혜 기업 명단에 포함됐다": the group named right before the head, as the subject of
    going into the list."""
    before = [g for g in _groups(s.text, [m for m in s.mentions if m.end <= head.start()])
              if g.particle in ("이", "가", "도")]
    if not before or s.text[before[-1].end:head.start()].strip() or not _INCLUDED.match(s.text, head.end()):
        return []
    return before[-1:]


def _listed(groups: list[Group], text: str) -> list[Group]:
    """The first list of a sentence part: "A, B와 C다" reads as one list though 와 ends a group,
    and so does "A를 비롯해 B, C".
    In "A, 서울대학교 AI연구원, C로" the list runs on over a name that qualifies the next one:
    the member is the unit (AI연구원), not the body it belongs to."""
    listed: list[Group] = []
    for n, g in enumerate(groups):
        listed.append(g)
        nxt = groups[n + 1] if n + 1 < len(groups) else None
        if nxt is not None and not g.particle and text[g.end:nxt.start] == " ":
            listed[-1] = Group(g.members[:-1], g.particle, g.start, g.end) if len(g.members) > 1 else None
            continue  # "서울대학교 AI연구원": the unit's owner is no member of its own
        if g.particle not in ("와", "과") and not (g.particle in ("을", "를") and _FIRST_AMONG.match(text, g.end)):
            break
    return [g for g in listed if g is not None]


# "A를 비롯해 B, C 등": A heads the list that goes on after it.
_FIRST_AMONG = re.compile(r"\s*비롯(?:해|하여|한)\s")


def _fund_backers(s: SentenceInput) -> list[Fact]:
    """"주요 LP: A, B, C": the listed backers put money into the fund named before the list, in
    the sentence or the passage (a fund's bullet, then its LPs' bullet)."""
    head = BACKERS_HEAD.search(s.text) if lists_backers(s.text) else None
    if head is None:
        return []
    named = [m for m in s.mentions if m.actor.type == "Program" and m.end <= head.start()]
    fund = named[-1] if named else s.programme
    if fund is None or not names_a_fund(fund.actor.name):
        return []
    return [Fact(m.actor, money_into_fund(m.actor), fund.actor, {"confidence": 0.6}, _evidence(s, head.start(), m.end))
            for m in s.mentions if m.start >= head.end() and m.actor.type in ("Investor", "Company", "Government")]


# "A·B 등 계열사 출자로 ... 펀드 조성": the money the fund is set up with came from the list.
_PAID_IN_BY = re.compile(r"\s*(?:등\s)?(?:[^\s,.]+\s)?(?:출자|출연)(?:로|으로)\s")
_FUND_SET_UP = re.compile(r"\s*(?:[^\s,.]+\s){0,2}?(?:조성|결성|설립|출범)")


def _paid_in_by(s: SentenceInput) -> list[Fact]:
    """"A·B 등 계열사 출자로 2억 달러 규모 'X 펀드' 신규 조성": A and B put money into X."""
    if "출자" not in s.text and "출연" not in s.text:
        return []
    for group in _groups(s.text, s.mentions):
        paid = _PAID_IN_BY.match(s.text, group.end) if not group.particle else None
        if paid is None:
            continue
        fund = next((m for m in s.mentions if m.start >= paid.end() and m.actor.type == "Program"), None)
        if fund is None or not names_a_fund(fund.actor.name) or not _FUND_SET_UP.match(s.text, fund.after):
            return []
        return [Fact(m.actor, money_into_fund(m.actor), fund.actor, {"confidence": 0.6}, _evidence(s, group.start, fund.end))
                for m in group.members if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    return []


def _passage_fund(s: SentenceInput) -> Mention | None:
    """The programme the passage is about: its topic ("□ 공동펀드는 ... 조성된다"), else the
    programme last in view."""
    topic = s.discourse_topic[0] if s.discourse_topic else None
    return topic if topic is not None and topic.actor.type == "Program" else s.programme


class SentenceExtractor:
    """Applies the cue frames to one sentence at a time.

    ``government_of(code)`` and ``country_of(code)`` give the actor of a country's
    government and of the country itself: "미국은 ... 발표" is the US government's act, and a
    country gloss ("Cohere(캐나다)") says where an actor is based.
    """

    def __init__(self, cues: Cues, government_of, country_of):
        self.cues = cues
        self.government_of = government_of
        self.country_of = country_of
        self.english = EnglishExtractor(cues, government_of, country_of)
        self.venture_shares = VentureShares()

    def extract(self, s: SentenceInput) -> list[Fact]:
        evidence = partial(_evidence, s)  # one for all the readers below
        if not s.mentions:  # English may still point back: "The two companies signed ..."
            return self.english.extract(s, s.cues or [], evidence) if s.lang == "en" else []
        if s.lang == "ko":
            city_hints(s.text, s.mentions)
            domestic_hints(s.text, s.mentions)
            country_hints(s.text, s.mentions)
        facts = (self._possessed_models(s) + self._own_models(s) + self._described_products(s) + self._known_for_products(s)
                 + self._included_members(s) + self._counted_selection(s) + _fund_backers(s) + _paid_in_by(s)
                 + self._each_selected_paid(s) + self._supported_by_the_issuer(s) + _agency_of_the_programme(s)
                 + _ministry_before_its_programme(s) + _picked_as_investee(s) + _chosen_for_the_programme(s)
                 + _role_taken_in_the_programme(s)
                 + _role_in_programme(s) + _acting_in_programme(s) + _person_in_firms(s) + _programme_set_up_together(s)
                 + _body_founded_with_a_partner(s)
                 + _institutions_of_the_section_programme(s)
                 + _customers(s) + _carrying_out_the_programme_before(s) + _headline_pair(s) + _units_held(s)
                 + linked_by_nouns(s.text, s.mentions, evidence) + founders_of_the_topic(s.text, s.mentions, evidence)
                 + programmes_of_their_owner(s.text, s.mentions, evidence))
        cues = s.cues if s.cues is not None else self.cues.find(s.text, s.lang)
        if s.lang == "ko":
            facts += restriction_facts(s.text, s.mentions, s.discourse_topic, self.government_of, self.country_of,
                                       evidence)
            facts += blocked_deals(s.text, s.mentions, self.government_of, evidence)
            facts += investigated_companies(s.text, s.mentions, self.government_of, evidence)
            facts += restricted_exporters(s.text, s.mentions, self.government_of, evidence)
            facts += licensed_companies(s.text, s.mentions, s.discourse_topic, self.government_of,
                                        evidence)
            facts += report_facts(s.text, s.mentions, s.previous_topic or s.discourse_topic, evidence)
            # A release announcing a selection for P is about P throughout, past its headings.
            facts += programme_roles(s.text, s.mentions, s.programme or s.selection_programme,
                                     evidence, s.project)
            facts += selection_announcers(s.text, s.mentions, s.selection_programme, evidence)
            facts += graded_members(s.text, s.mentions, s.programme or s.selection_programme, s.programme_owner, evidence)
            facts += programme_money_facts(s.text, s.mentions, self.government_of, evidence)
            passage_fund = _passage_fund(s)
            facts += backers_of_the_passage_fund(s.text, s.mentions, passage_fund, evidence)
            facts += listed_backers(s.text, s.mentions, passage_fund, evidence)
            facts += described_money_facts(s.text, s.mentions, s.previous_topic or s.discourse_topic, self.government_of,
                                           evidence)
            facts += events_attended(s.text, s.mentions, evidence)
            facts += listed_policies(s.text, s.mentions, self.government_of, evidence)
            facts += acqui_hires(s.text, s.mentions, evidence)
            facts += contracted_partners(s.text, s.mentions, evidence)
            facts += money_spent_on(s.text, s.mentions, self.government_of, evidence)
            facts += supported_development(s.text, s.mentions, self.government_of, evidence)
            facts += fund_parts(s.text, s.mentions, evidence)
            facts += funds_held_by_a_bank(s.text, s.mentions, evidence)
            facts += round_item_facts(s.text, s.mentions, evidence)
            facts += backers_of_the_item(s.text, s.mentions, s.previous_topic, evidence)
            facts += members_of_the_item(s.text, s.mentions, s.previous_topic, s.programme, evidence)
            facts += quoted_documents(s.text, s.mentions, self.government_of, evidence)
            facts += defined_policy_terms(s.text, s.mentions, self.government_of, evidence)
            facts += announced_visions(s.text, s.mentions, self.government_of, evidence)
            facts += carried_out_by_the_government(s.text, s.mentions, s.programme_before, evidence)
            facts += converted_programmes(s.text, s.mentions, s.previous_topic or s.discourse_topic, self.government_of,
                                          evidence)
            facts += supplied_products(s.text, s.mentions, evidence)
            facts += customers_supplied(s.text, s.mentions, s.previous_topic or s.section_body,
                                        evidence)
            facts += suppliers_of_the_topic(s.text, s.mentions, s.previous_topic or s.section_body,
                                            evidence)
            facts += foundry_customers(s.text, s.mentions, s.previous_topic or s.discourse_topic, evidence)
            facts += flagship_products(s.text, s.mentions, s.previous_topic or s.section_body or s.discourse_topic,
                                       evidence)
            facts += contracts_of_the_topic(s.text, s.mentions, s.previous_topic or s.discourse_topic, evidence)
            facts += joint_announcers(s.text, s.mentions, evidence)
            facts += owner_of_the_unsaid(s.text, s.mentions, s.previous_topic, evidence)
            facts += paid_by_the_owner(s.text, s.mentions, facts, s.programme, s.programme_owner)
        if s.lang == "en":
            facts += programme_money_facts(s.text, s.mentions, self.government_of, evidence, "en")
            facts += listed_english_policies(s.text, s.mentions, self.government_of, evidence)
            facts += settled_grants(s.text, s.mentions, evidence)
            facts += self.english.extract(s, cues, evidence)
            return (facts + joint_venture_parents(s.text, s.mentions, facts, evidence)
                    + self.venture_shares.facts(s.doc_id, s.text, s.mentions, evidence)
                    + english_foundry_customers(s.text, s.mentions, evidence))
        if not cues:
            return facts + self._country_hints(s) if any(m.country_hint for m in s.mentions) else facts
        groups = _headline_subject(s.text, _role_groups(s))
        if not groups:
            return facts
        figures = _Figures(s.text)
        used: set[tuple[int, int]] = {(m.start, m.end) for m in s.mentions}
        # "일론 머스크가 설립한 기업이자 ... Grok을 개발": a subject inside a relative clause
        # is that clause's agent, not the agent of the cues after it.
        relative_cues = [c.start for c in cues if _relative(s.text, c)] + s.owning_relatives
        for cue in cues:
            # A cue inside a name ("규제 인텔리전스 생태계", "카타르 투자청") or inside a hyphenated
            # compound ("연구-창업-인재") states nothing.
            if any(cue.start < e and cue.end > b for b, e in used) or s.text[cue.start - 1:cue.start] in ("-", "·"):
                continue
            if "PARTICIPATES_IN" in cue.cue.relations and _CUE_AS_MODIFIER.match(s.text, cue.end):
                continue  # "1차 참여 기업으로 A, B를 선정": the members are read by programme_roles
            if cue.cue.frame == "symmetric" and _GENERIC_PARTNERS.search(s.text, max(0, cue.start - 4), cue.start):
                continue  # "민관협력": public and private sectors in general, not the names listed
            if "FOUNDED" in cue.cue.relations and s.text.startswith("자", cue.end):
                continue  # "창업자", "설립자": the founder noun is read by linked_by_nouns
            if s.text.startswith(("령", "규칙"), cue.end):
                continue  # "「X법」 시행령을 개정": a law's decree is amended; nothing is launched
            if _names_an_investor(s.text, cue):
                continue
            if unnamed_publisher_acts(s.text, s.mentions, cue.start):
                continue  # "당행도 B와 공동 개발": the publisher's act, and the document does not name it
            used.add((cue.start, cue.end))
            lo, hi = _clause(s.text, cue)
            # The topic is the last name marked 은/는 before the cue ("A는 ... 투자하며, B와
            # 협력": A is the topic of both clauses), or an actor opening the sentence with 도.
            topic = next((g for g in reversed(groups) if (g.particle in ("은", "는") or _opens_with_too(g, groups))
                          and g.end <= cue.start), None)
            if topic is None:
                topic = self._state_named_on_what_was_made(s, cue, groups)
            if topic is None:
                topic = _subject_after_adverbial(s.text, cue, groups)
            if topic is None:
                topic = _supplier_agreed_with(s.text, cue, groups)
            # The nearest topic: the paragraph's (or the bullet hung from), else the passage's.
            dropped = s.previous_topic or s.discourse_topic
            if topic is None and self._drops_the_topic(s, cue, groups, dropped):
                topic = _unstated(dropped)
            found = self._apply(s, cue, groups, topic, lo, hi, figures, relative_cues)
            if cue.cue.frame == "symmetric" and cue.cue.word.endswith("개발"):
                # "A는 B와 모델 ‘X’를 공동 개발": partners, and both develop X
                bases = {m.actor.id for m in s.mentions if _BUILT_ON.match(s.text, m.end)}
                found += [f for f in self._apply(s, replace(cue, cue=_JOINT_DEVELOPING), groups, topic, lo, hi, figures,
                                                 relative_cues) if f.object.id not in bases]
            if cue.cue.frame == "symmetric" and _HOSTED_TOGETHER.search(cue.cue.word):
                found += self._apply(s, replace(cue, cue=_JOINT_HOSTING), groups, topic, lo, hi, figures, relative_cues)
            if (topic is None and not found and "LAUNCHED" in cue.cue.relations
                    and self._drops_the_topic(s, cue, groups, s.section)):
                # The section's government launches; it develops no model by being the section's.
                found = [f for f in self._apply(s, cue, groups, _unstated(s.section), lo, hi, figures, relative_cues)
                         if f.type == "LAUNCHED"]
            if topic is None and not found and _CARRIED.intersection(cue.cue.relations):
                found = self._carried_topic_acts(s, cue, groups, lo, hi, figures, relative_cues)
            facts += found
        facts += self._joint_partners(s, groups, cues) + self._funding_named_in_brackets(s, groups, cues, figures)
        facts += _counterpart_country(s, groups) + _allies_listed(s, groups) + _customers_aimed_at(s, groups)
        facts += _subsidiaries_made(s, facts) + _units_set_up(s) + _gapped_investors(s, facts)
        facts += _ties_from_investment(s, facts)
        facts += unnamed_raises(s.text, s.mentions, cues, facts, evidence)
        facts += runners_up(s.text, s.mentions, facts, evidence)

        facts += joint_founders(s.text, s.mentions, evidence)
        facts += units_of_the_subject(s.text, s.mentions, s.previous_topic or s.section_body,
                                      evidence)
        facts = units_sold_outright(s.text, s.mentions, facts)
        units = units_founded(s.text, s.mentions, s.discourse_topic, self.government_of, evidence)
        if units:
            # "C는 ‘Z지원센터’를 신설": the centre is C's new unit, not a programme C launched
            founded = {f.object.name for f in units}
            facts = [f for f in facts if not (f.type == "LAUNCHED" and f.object.name in founded)] + units
        facts += self._country_hints(s)
        return facts

    def _state_named_on_what_was_made(self, s: SentenceInput, cue: CueMatch, groups: list[Group]) -> Group | None:
        """"2025년 7월 발표된 미국 AI 행동 계획은": a programme said to have been launched, with
        its country before its name, was launched by that country's government, whoever the
        passage is about."""
        rel = _relative(s.text, cue)
        if "LAUNCHED" not in cue.cue.relations or rel is None or not _PASSIVE_ENDING.search(rel.group(0)):
            return None
        made = next((g for g in groups if g.start >= rel.end()), None)
        if made is None or made.start != rel.end():
            return None
        hint = made.members[0].country_hint if made.members[0].actor.type == "Program" else None
        government = self.government_of(hint) if hint else None
        return _unstated([replace(made.members[0], actor=government)]) if government else None

    @staticmethod
    def _drops_the_topic(s: SentenceInput, cue: CueMatch, groups: list[Group], topic: list[Mention]) -> bool:
        """True if the cue's clause has no subject of its own and means ``topic`` (the passage's or the section's).

        Only for launching, developing, buying and taking part ("또한 2025년 출범한 X 프로젝트를
        통해", "먼저 Y의 X 프로그램에 참여함으로써", "지난해 7월에는 X를 인수했다"), where a
        report on a government or a company drops it as the subject; a clause with any subject-marked word ("벤처 캐피탈이
        ... 투자") has its own.
        """
        if not topic:
            return False
        kind = topic[0].actor.type
        if not (("LAUNCHED" in cue.cue.relations and kind in ("Government", "Country"))
                or (("DEVELOPS" in cue.cue.relations or "ACQUIRED" in cue.cue.relations) and kind in ("Company", "Startup"))
                or ("PARTICIPATES_IN" in cue.cue.relations and kind in ORGANISATIONS)):
            return False
        if not (_VERBAL.match(s.text, cue.end) or _VERBAL_CUE.search(cue.cue.word)
                or _LISTED_ACHIEVEMENT.match(s.text, cue.end)):
            return False  # "추진 과정에서": a noun, whose agent may be anyone
        if _REPORTED_CONTENT.match(s.text, cue.end):
            return False  # "(주요 내용은) ... X를 설립한다는 내용이다": what a plan says, not the topic's act
        described = next((g for g in groups if g.start >= cue.end), None)
        if _PASSIVE_RELATIVE.match(s.text, cue.end) and described and described.members[0].actor.type in _BUSINESSES:
            return False  # "2021년 그르노블에서 설립된 X는": a company set up by no one named, not the topic
        # The subject of an owning or running relative clause ("A가 주관하는 P에 참여") is not the clause's.
        clause_subjects = _relative_clause_subjects(s, groups, cue)
        if any((g.particle in SUBJECT and not _made_too(g, cue)) or g.particle in ("에 의해", "에의해")
               for g in groups if g.end <= cue.start and g not in clause_subjects):
            return False
        if _subject_after_adverbial(s.text, cue, groups) is not None:
            return False
        if kind not in ("Government", "Country") and _bare_government_before(groups, 0, cue):
            return False
        # "대통령은 ... 언급하며, ... 발표하였다": coordinated clauses share the subject the first names;
        # "회사는 이날 ... 공개했다": a company's report calls it "the company"
        pointer = _BACK_REFERENCE_OR_MINISTRIES if kind in ("Government", "Country") else _BACK_REFERENCE_OR_COMPANY
        return not any(not pointer.search(s.text, max(0, m.start() - 12), m.end())
                       for m in _SUBJECT_WORD.finditer(s.text, 0, cue.start)
                       if not any(g.start <= m.start() < g.end + 1 for g in clause_subjects))

    def _carried_topic_acts(self, s: SentenceInput, cue: CueMatch, groups: list[Group], lo, hi, figures,
                            relative_cues) -> list[Fact]:
        """Ties, launches and funding a clause states without an agent, by the organisation the
        paragraph or the section is about: "다. X 유닛 ... 이 조직은 ... 운영된다. 또한 Y와
        협력하여 ...", "A는 ... 신설했다. B와 제휴하고 C 기금을 조성": Korean names the unit once
        and drops it as the subject of the acts listed after it."""
        carried = self._carried_topic(s)
        if not carried or not self._without_subject(s, cue, groups):
            return []
        if carried[0].actor.type not in ("Government", "Country") and _bare_government_before(groups, lo, cue):
            return []
        # A body does not tie up with, fund or set up its own country: such a "country" is part of a name.
        home = carried[0].actor.country
        lo = max(lo, _after_a_nominal_clause(s, cue))
        # Nor does it partner a programme it takes part in ("P에 공급기업으로 참여해 ... 공급").
        return [f for f in self._apply(s, cue, groups, _unstated(carried), lo, hi, figures, relative_cues)
                if (f.type in _CARRIED or _CARRIED.issuperset(cue.cue.relations))  # 투입 into a firm: a stake
                and not (f.object.type == "Country" and f.object.country == home)
                and not (f.type == "PARTNERS_WITH" and _other_end(f, carried[0].actor).type == "Program")
                and not (f.type == "INVESTED_IN" and not self._stake_by_the_topic(carried[0].actor, cue, groups, lo)
                         and not _raised_by_the_topic(carried[0].actor, cue))
                and not (f.type == "FOUNDED" and not _takes_stakes(carried[0].actor))
                and not _owner_of_the_act_as_subject(s.text, f.object, cue, groups)]

    @staticmethod
    def _stake_by_the_topic(actor, cue: CueMatch, groups: list[Group], lo: int) -> bool:
        """True if the topic may have taken the stake the clause states ("이어 B에 50억원을 투자했다"):
        it invests (see ``_takes_stakes``) and every name before the cue is marked as the firm invested
        in; a name left bare or otherwise marked ("삼성전자 전략적 투자로 참여", "계열사 출자로")
        may itself be who invests."""
        return _takes_stakes(actor) and all(g.particle in ("에", "에게") for g in groups
                                            if lo <= g.start and g.end <= cue.start)

    def _carried_topic(self, s: SentenceInput) -> list[Mention]:
        """The topic of the paragraph (or of the bullet hung from), else the body the section's
        heading is the name of ("다. X 유닛(2025. 7.)"), if it acts as a body. A country is no
        carried agent (its paragraphs compare and advise), nor a country a heading starts with
        ("4. EU의 AI 정책"): its section holds everyone's acts."""
        topic = s.previous_topic or s.section_body
        return topic if topic and acts_as_a_body(topic[0].actor) else []

    @staticmethod
    def _without_subject(s: SentenceInput, cue: CueMatch, groups: list[Group]) -> bool:
        """True if nothing before the cue is marked as its subject and none follows an adverbial cue
        (nor is the clause what a summarised plan says: "... X를 설립한다는 내용이다")."""
        start = _after_a_nominal_clause(s, cue)
        if any(g.particle in SUBJECT or g.particle in ("에 의해", "에의해") for g in groups if start <= g.start and g.end <= cue.start):
            return False
        if _REPORTED_CONTENT.match(s.text, cue.end):
            return False
        if _subject_after_adverbial(s.text, cue, groups) is not None:
            return False
        return not any(not _BACK_REFERENCE.search(s.text, max(0, m.start() - 12), m.end())
                       for m in _SUBJECT_WORD.finditer(s.text, start, cue.start))

    @staticmethod
    def _dropped_subject(s: SentenceInput, lo: int, cue: CueMatch) -> list[Mention]:
        """The passage's topic, if it is a company and the cue's clause has no subject-marked
        word of its own ("(Sakana AI는 ...) 또한 엔비디아와의 새로운 협력을 공식화했으며").

        Not a country or a policy: a report's advice about a country names no act of it.
        """
        if (not s.discourse_topic or s.discourse_topic[0].actor.type not in ORGANISATIONS
                or _agent_words(s.text, lo, cue.start)):
            return []
        return s.discourse_topic

    def _act_of_the_dropped_subject(self, s: SentenceInput, cue: CueMatch, before: list[Group], after: list[Group],
                                    lo: int) -> list[tuple[Mention, Mention, Group | None]]:
        """"(B는 지난달 시리즈A를 마쳤다.) 또 C에 10억 원을 투자했다": Korean drops the subject the
        paragraph is about, so a clause naming no subject or topic of its own acts for the topic
        of the sentence before. Only within the paragraph (a new one may be about anyone), and not
        in a relative clause (it describes the name after it, whoever acts)."""
        carried = [m for m in s.previous_topic if m.actor.type in ORGANISATIONS]
        # "대표단은 ..., N을 발표": a subject of an earlier clause, named or a common noun, acts
        if (not carried or _relative(s.text, cue) or any(m.particle in SUBJECT and m.end <= cue.start for m in s.mentions)
                or _agent_words(s.text, 0, cue.start)):
            return []
        # Only a target marked as one: a bare name before a nominal cue is its agent ("A·B 출자로
        # 조성", "B 전략적 투자로 참여"), not what the carried subject acts on.
        return [(a, t, tg) for a, t, tg in self._agent_target(before, after, Group(carried, "는", lo, lo), s.text, cue)
                if tg is not None and tg.particle in TARGET]

    # -- frames ----------------------------------------------------------------------------

    def _apply(self, s, cue, groups, topic, lo, hi, figures, relative_cues=()) -> list[Fact]:
        frame = cue.cue.frame
        before = [g for g in groups if lo <= g.start and g.end <= cue.start + 1]
        after = [g for g in groups if cue.end <= g.start < hi]
        pairs: list[tuple[Mention, Mention, Group | None]] = []
        joins = frame == "agent_target" and "PARTICIPATES_IN" in cue.cue.relations
        # Whether a funding round is in play matters only to these frames: most cues skip the search.
        in_round = (frame == "round" or joins) and (
            _ROUND.search(s.text, lo, cue.start) or _ROUND_CONTEXT.search(s.text, 0, cue.end)
            or _LEADS_THE_ROUND_AFTER.match(s.text, cue.end) or _follows_an_announced_round(s, cue)
            or (frame == "round" and _leads_a_round_described_next(s.text, cue))
            or (joins and _joins_the_round_just_announced(s)))
        if frame == "round" or (joins and in_round):
            # "투자에는 A, B 등이 참여", "이 라운드는 A가 이끌었고": A and B invested in what
            # the sentence, or else the passage, is about.
            if not in_round:
                return []
            announced = s.last_round.recipients if s.last_round else ()
            owner = _round_owner(s.text, groups, cue)
            # "MGX는 A가 설립한 곳으로, B의 시리즈A를 주도했다": A set MGX up and joins no round
            before = [g for g in before if g is topic or not _closed_by_another_act(s.text, g, cue, relative_cues)]
            clause_topic = topic
            if (_investor_topic(topic, before, cue) or _joins_anothers_round(topic, owner, before, cue)
                    or _joins_the_announced_round_too(topic, s.last_round)):
                topic = None  # "B는 기존 투자자로서 후속 투자에 참여": the topic is the investor
            recipients = (owner or (topic.members if topic else [])
                          or list(announced) or _raiser_unsaid(s) or _not_giving(s.previous_topic or s.discourse_topic, groups))
            # "약 2억 달러 규모의 투자를 유치하였다. 시리즈 A 라운드는 ...": the size of the round
            # announced just before, if it was this recipient's (or nobody's in particular)
            same = not announced or announced[0].actor.id in {r.actor.id for r in recipients}
            size = s.last_round.size if s.last_round and same else None
            before = _with_the_investing_clause_subject(s.text, groups, before, lo, cue, recipients)
            investors = [m for g in before if (g.particle in SUBJECT or _named_in_a_note(s.text, g, cue)) and g is not topic
                         and not _describes_a_later_noun(s.text, g) for m in g.members]
            if not investors and owner and not any(g.particle in SUBJECT for g in before):
                # "(○ PIF는 ...) - B의 시리즈A를 단독 주도": the item leaves its investor unstated,
                # the one the item hangs from or the sentence before made its subject.
                # "A는 B의 시리즈B에 투자하며, 전략적 투자자로 이름을 올렸다": a topic of the
                # sentence, not the round's owner, is who joins it before any earlier one
                investors = [m for m in (clause_topic.members if clause_topic else []) or s.previous_topic
                             if m.actor.type in ("Investor", "Company") and all(m.actor.id != r.actor.id for r in owner)]
            if investors:
                # "A와 함께 B가 참여했다", "(B는) A와 함께 C의 시리즈B에 참여했다": A joined the round alongside B
                investors += [m for g in before if g.particle in WITH and _ALONGSIDE.match(s.text, g.end)
                              for m in g.members]
            facts = []
            for m in investors:
                for r in recipients:
                    fact = self._fact(s, _AS_INVESTMENT, m, r, None, groups, figures, 0, hi)
                    if fact and "amount" not in fact.props and size is not None:
                        fact.props.update(size.properties(), amount_scope="shared")
                    if fact:
                        facts.append(fact)
            return facts
        elif frame == "agent_target":
            topic = topic or _shared_subject(s.text, groups, lo, cue)
            before = _targets_of_the_last_causative_clause(s.text, before, cue)
            # "A는 B가 주관한 'P'에 선정돼 ... 추진": B is the subject of a relative clause, not the agent
            closed = [g for g in before if any(g.end <= r < cue.start for r in relative_cues)
                      or _subject_of_a_quoted_titles_relative(s.text, g, cue)]
            pairs = _stake_in_a_venture(s.text, groups, before, cue) or self._agent_target(
                [g for g in before if g not in closed or g is topic], after, topic, s.text, cue, s.previous_topic)
            if not pairs and "PARTICIPATES_IN" in cue.cue.relations:
                pairs = self._joined_programme_before(s, cue, before, after)
            if not pairs and "INVESTED_IN" in cue.cue.relations:
                pairs = self._invested_in_the_round_before(s, cue, before, after)
            if not pairs and "FOUNDED" in cue.cue.relations:
                pairs = self._founders_of_the_topic(before, s, cue)
            if not pairs and "LAUNCHED" in cue.cue.relations:
                pairs = _programme_set_up_by_shared_subject(s.text, groups, topic, lo, cue)
            if not pairs and topic is None:
                pairs = self._act_of_the_dropped_subject(s, cue, before, after, lo)
        elif frame == "raise":
            pairs = self._raise(before, after, topic, s.text, cue, _startup_carried(s))
        elif frame == "passive":
            # "B는 A의 품에 안겼다": the buyer is the possessor of the embrace
            agents = [g for g in before if g.particle in ("에", "에게") or s.text.startswith("에 의해", g.end)
                      or (g.particle == "의" and cue.cue.word.startswith("품에"))]
            targets = [g for g in before if g.particle in SUBJECT] or ([topic] if topic else [])
            pairs = [(a, t, tg) for ag in agents[-1:] for tg in targets[-1:] for a in ag.members for t in tg.members]
        elif frame == "sold_to":
            # "A는 B를 C에 매각했다", "B를 C에 넘김": the seller's act; C, the 에-name, bought B, the object
            buyers = [g for g in before if g.particle in ("에", "에게")]
            sold = [g for g in before if g.particle in ("을", "를")]
            pairs = [(a, t, tg) for ag in buyers[-1:] for tg in sold[-1:] for a in ag.members for t in tg.members]
        elif frame == "symmetric":
            product = _product_as_topic(topic)
            if product is not None:  # "신형 칩 'X'는 B와 공급 계약": X's maker signs
                topic, lo, before = None, product.end, [g for g in before if g is not product]
            opened = _clause_opened_by_a_topic_naming_no_one(s.text, before, lo, cue)
            if opened is not None:  # "국내 사업은 A가 맡고 해외 판매는 B와 손잡았다": A is not B's partner
                lo, before = opened, [g for g in before if g.start >= opened]
                topic = topic if topic is not None and topic.start >= opened else None
            # "일본과의 협력은 ... 요구한다": a cue that is itself the subject names no act of a topic.
            absent = [] if (_SUBJECT_WORD.match(s.text, cue.end - 1) or _names_its_own_subject(s.text, lo, cue.start)
                            or _both_parties_between(s.text, before)) \
                else s.previous_topic or self._dropped_subject(s, lo, cue)
            # "A는 B가 지분을 보유한 C와 합작법인을 세웠다": B is the subject of the clause describing C
            before = [g for g in before if g is topic or not any(g.end <= r < cue.start for r in s.owning_relatives)]
            pairs = self._symmetric(before + _partner_after(s.text, cue, after), topic, s.text, cue, absent)
        facts = []
        for subj, obj, target_group in pairs:
            fact = self._fact(s, cue, subj, obj, target_group, groups, figures, lo, hi)
            if fact:
                facts.append(fact)
        # Money given to the programme in play; not money received ("N원을 지원받는다").
        if not facts and cue.cue.relations == ("FUNDS",) and frame != "raise" and any(_in_clause(a, lo, hi) for a in figures.amounts):
            for subj, obj, target_group in _funds_the_programme_in_play(s, cue, before, after, topic, lo, hi):
                facts += filter(None, [self._fact(s, cue, subj, obj, target_group, groups, figures, lo, hi)])
        return facts

    def _agent_target(self, before, after, topic, text, cue, previous_topic=()):
        def possessive_agent(g: Group) -> bool:
            # "A의 B 투자", "A의 B에 대한 투자", "A의 투자": 의 marks the agent only when a
            # target or the cue follows at once ("OpenAI의 전 수석과학자가 ..." is not), and
            # that target takes no case of its own ("A의 B 프로그램에 참여", "A의 B에 대응하는
            # C를 개발": B is A's, the act is someone else's).
            nxt = next((h for h in before if h.start > g.start), None)
            if joining and nxt is not None and nxt.members[0].actor.type == "Program":
                return False
            if nxt is not None and nxt.particle in TARGET and nxt.particle not in ("에 대한", "에대한"):
                return False
            if nxt is None and _act_on_it_completed(text, g, cue):
                return False  # "F의 결성을 마쳤다": F is what was set up
            return len(text[g.end:nxt.start if nxt else cue.start].strip()) <= 2

        joining = "PARTICIPATES_IN" in cue.cue.relations
        carried_out = _carried_out_by(before, after, text, cue)
        if carried_out:
            return carried_out
        gapped = _gapped_pairs(before, text, cue)
        if gapped:
            return gapped

        # "칭화대학교에서 창업한 지푸 AI", "LG AI 연구원에서 ‘엑사원’ 개발": where it was made
        by_place = "FOUNDED" in cue.cue.relations or "DEVELOPS" in cue.cue.relations
        by = [g for g in before if g.particle in ("에 의해", "에의해")]
        if by and topic is not None and topic.end <= by[-1].start:
            # "Cohere는 A, B, C에 의해 창업": the 에 의해 names act on the topic.
            return [(a, t, topic) for a in by[-1].members for t in topic.members]
        if by and topic is None and previous_topic:
            # "... 에 의해 창업되었으며": the topic is the previous sentence's
            return [(a, t, None) for a in by[-1].members for t in previous_topic]
        agents = [g for g in before if (g.particle in SUBJECT and not _made_too(g, cue) and not _issuer_of_shares(text, g)
                                        and not _raises_the_round(text, g, cue))
                  or (g.particle == "의" and possessive_agent(g))
                  or (by_place and g.particle == "에서" and g.members[0].actor.type != "Country"
                      and not _CAREER_BEFORE.match(text, g.end) and not _VENUE_ADDRESS.search(text, max(0, g.start - 12), g.start))]
        agents = [g for g in agents if not _relative_of_its_own_subject(text, g, cue, before)]
        rel = _relative(text, cue)
        if rel and after and not [g for g in agents if g is not topic] and _describes_target(text[rel.end():after[0].start]):
            # "B에 투자했던 A와 C는": money goes to an 에-name
            cases = ("을", "를", "에") if "INVESTED_IN" in cue.cue.relations else ("을", "를")
            objects = [g for g in before if g.particle in cases and len(without_glosses(text[g.end:cue.start]).strip()) <= 3]
            if objects:
                # "OpenAI를 설립한 샘 올트먼": the relative clause's head is the agent
                return [(a, t, objects[-1]) for a in after[0].members for t in objects[-1].members]
        if not agents and topic is not None and topic.start >= cue.end:
            # "이 프로그램을 통해 해양청은": the subject follows the adverbial cue, the target precedes it
            return [(a, t, g) for g in before if g.particle in TARGET for a in topic.members for t in g.members]
        if "FOUNDED" in cue.cue.relations and all(g is topic for g in agents):
            # "X는 이 대표가 B와 함께 세운 회사다": the unnamed founder's partner is named
            agents = [g for g in before if g.particle in ("와", "과") and g.start >= (topic.end if topic else 0)
                      and all(m.actor.type == "Person" for m in g.members)
                      and _ALONGSIDE.fullmatch(text, g.end, cue.start)][-1:] or agents
        if not agents and topic is not None and topic.end <= cue.start and not _relative_of_its_own_subject(text, topic, cue, before):
            agents = [topic]
        if not agents and "LAUNCHED" in cue.cue.relations:
            agents = _announcing_body(before)
        if not agents:
            return []
        agent = _with_co_founders(text, before, agents[-1], cue)
        # Targets stand between the agent and the cue, or right after the cue. What is set up
        # or made takes 을/를; an 에-name is where ("대통령실에 X실을 신설"). "X에 대응하는 Y를
        # 개발": a target followed by a verb of its own is that verb's.
        made = set(cue.cue.relations) <= _MAKING
        targets = [g for g in before if g.particle in TARGET and g.start >= agent.end
                   and not (made and g.particle.startswith("에") and cue.cue.word not in _TAKES_에)
                   and not RELATIVE_VERB.search(text, g.end, cue.start) and not _means_of_a_later_act(text, g, cue, before)]
        targets += [g for g in before if g.start >= agent.end and _made_too(g, cue)]
        targets += [g for g in before if g.particle == "의" and g.start >= agent.end
                    and (_stake_bought(text, g, cue) or _owns_the_round(text, g, cue))]
        targets += [g for g in before if g.start >= agent.end and _raises_the_round(text, g, cue)]
        targets += [g for g in before if g.particle == "의" and g.start >= agent.end and _act_on_it_completed(text, g, cue)]
        targets += [g for g in before if not g.particle and g.start >= agent.end and _stake_bought(text, g, cue)]
        if cue.cue.word.startswith(("공급", "납품")):
            targets += [g for g in before if g.particle == "의" and g.start >= agent.end
                        and _SUPPLIED_FOR_ITS_PRODUCT.fullmatch(text, g.members[-1].after, cue.start)]
        targets += [g for g in before if g.start >= agent.end and _issuer_of_shares(text, g)]
        if cue.cue.word == "지정":
            # "판교 등 5곳을 AI 특구로 지정": what the places are made is the programme
            targets += [g for g in before if g.particle in ("로", "으로") and g.start >= agent.end
                        and g.members[0].actor.type == "Program"]
        targets += [g for g in before if not g.particle and g.start >= agent.end
                    and 0 <= cue.start - g.end and (len(without_glosses(text[g.end:cue.start]).strip()) <= 3
                                                    or _FAMILY_OF.fullmatch(text, g.end, cue.start)
                                                    or (made and (_SIZED.fullmatch(text, g.end, cue.start)
                                                                  or _RELEASED_AS.fullmatch(text, g.end, cue.start))))
                    and not (made and _ANOTHER_ACT.match(without_glosses(text[g.end:cue.start]).strip()))
                    and not _TITLED_SUBJECT.match(text, g.end)]
        if not targets:
            # "A는 영국 내 AI 인프라 구축에 투자": the country where the money goes
            targets = [g for g in before if g.start >= agent.end and _in_country(text, g)]
        if not targets:
            # "이 펀드에는 A와 B가 출자": the 에-target may come first, unless another subject takes
            # it ("A가 X에 300억 원을, B가 Y에 200억 원을 각각 출자": X is A's, not B's)
            targets = [g for g in before if g.particle in ("에", "에는") and g.end <= agent.start][-1:]
            targets = [g for g in targets if not any(h.particle in ("이", "가") and h.end <= g.start for h in before)]
        if agent.particle == "의":
            targets += [g for g in before if g.start >= agent.end and g.particle in ("", "에 대한", "에대한")
                        and g not in targets and 0 <= cue.start - g.end
                        and len(without_glosses(text[g.end:cue.start])) <= 8]
        # "A가 투자한 B", "발표한 ‘X’": the target follows the cue as a relative clause.
        if rel and after and _describes_target(text[rel.end():after[0].start]) and not _investee_in_the_clause(text, cue):
            if (len(after) > 1 and len(after[1].members) > 1
                    and re.fullmatch(r"\s*[(（]\s*", text[after[0].end:after[1].start])):
                targets.append(after[1])  # "투자하는 ‘AI Tigers’(A, B, C)": the named members
            else:
                targets.append(after[0])
        elif (rel and not targets and topic is not None and topic.end <= agent.start and agent is not topic
              and _HEAD_NOUN.match(text, rel.end())):
            targets.append(topic)  # "xAI는 일론 머스크가 설립한 기업": the topic is what was founded
        elif (not rel and not targets and topic is not None and topic.end <= agent.start
              and agent.particle in ("이", "가")):
            targets.append(topic)  # "Zhipu AI는 칭화대 교수진이 설립하여": the topic is the object
        elif (not targets and "ACQUIRED" in cue.cue.relations and previous_topic and agent.particle in SUBJECT
              and _UNNAMED_STAKE.fullmatch(text, agent.end, cue.start)):
            # "(그립스는 ...) LG전자가 지분 51%를 810억 원에 인수해": the stake is in the company
            # the sentence before was about
            targets.append(Group(list(previous_topic), "을", cue.start, cue.start))
        co_agents = [m for g in before if g.particle in WITH and g.start >= agent.end
                     and (cue.cue is _JOINT_DEVELOPING
                          or re.match(r"\s*(?:공동으로|함께|같이|손잡고|손을 잡고|협력하여|협력해)", text[g.end:]))
                     for m in g.members]
        pairs = []
        for tg in targets:
            if tg is agent:
                continue
            # "A는 B, C 등과 공동으로 X를 개발": B and C develop X too
            pairs += [(a, t, tg) for a in co_agents for t in tg.members]
            if (len(agent.members) == len(tg.members) > 1
                    and "각각" in text[agent.end:cue.start]):
                # "A와 B는 각각 X, Y를 발표": A with X, B with Y
                pairs += [(a, t, tg) for a, t in zip(agent.members, tg.members, strict=True)]
                continue
            pairs += [(a, t, tg) for a in agent.members for t in tg.members]
        return pairs

    @staticmethod
    def _joined_programme_before(s: SentenceInput, cue: CueMatch, before: list[Group], after: list[Group]):
        """"(X 선언은 ...) 일본, 한국 등 동맹국과 파트너 국가들이 참여하였다": a participation
        naming no programme joins the one the sentence before named.

        The participants are the subject, or a list coordinated with a nameless subject
        ("A, B 등 동맹국과 ... 국가들이").
        """
        programme = s.programme_before
        if programme is None or any(g.particle in TARGET for g in before + after) or _relative(s.text, cue):
            return []
        if any(m.actor.type == "Program" for g in before for m in g.members):
            return []  # "A가 출범시킨 'P'의 회원사로 참여해": the sentence names what is joined
        fund_of_funds = is_fund_of_funds(programme)
        if fund_of_funds and (_AS_A_PAYER.search(s.text, max(0, cue.start - 16), cue.start) or find_amounts(s.text)):
            return []  # "(앵커 출자자는 모태펀드다.) 이어 A(300억원)와 B가 출자자로 참여": they pay into the fund it backs
        agents = [g for g in before if g.particle in SUBJECT]
        if not agents:
            agents = [g for g in before if g.particle in WITH and g is before[-1]
                      and _SUBJECT_WORD.search(s.text, g.end, cue.start)]
        target = Group([programme], "에", 0, 0)
        return [(a, programme, target) for g in agents[-1:] for a in g.members if a.actor.type != "Program"]

    @staticmethod
    def _invested_in_the_round_before(s: SentenceInput, cue: CueMatch, before: list[Group], after: list[Group]):
        """"(X는 25억원 규모 시드 투자를 받았다.) B가 단독으로 투자했다": an investment naming
        nothing invested in, right after a round was announced by the company the passage is still
        about, is in that company (not after "Y에 N달러를 넣었다", another deal since)."""
        in_view = {m.actor.id for m in s.previous_topic or s.discourse_topic}
        # A round announced with its raiser unstated ("- 신규 투자 유치.") is the item's company's.
        raised = (s.last_round.recipients or s.previous_topic) if s.last_round else ()
        recipients = [m for m in raised if m.actor.type in ("Startup", "Company") and m.actor.id in in_view]
        noted = bool(before) and _named_in_a_note(s.text, before[-1], cue)  # "기존 주주 A·B 후속 투자"
        if (not recipients or not (noted or _INVESTED_FINITE.match(s.text, cue.start))
                or not (noted or before[-1:] == [g for g in before if g.particle in SUBJECT][-1:])
                or any(g.particle in TARGET for g in before + after) or _relative(s.text, cue)):
            return []
        # "KT가 300억원, B가 200억원을 각각 투자했다": subjects each with its own amount invest
        # together, each its amount (the target stands right after its investor to find it).
        subjects = [g for g in before if g.particle in SUBJECT]
        if amounts_of_each(s.text, [g.end for g in subjects], find_amounts(s.text)):
            return [(a, r, Group(recipients, "에", g.end, g.end)) for g in subjects for a in g.members
                    if a.actor.type in ("Investor", "Company") for r in recipients if a.actor.id != r.actor.id]
        target = Group(recipients, "에", 0, 0)
        return [(a, r, target) for g in before[-1:] for a in g.members
                if a.actor.type in ("Investor", "Company") for r in recipients if a.actor.id != r.actor.id]

    @staticmethod
    def _founders_of_the_topic(before, s: SentenceInput, cue: CueMatch):
        """"리온 존스와 데이비드 하가 일본에서 창업을 선택": people who founded, with nothing
        named as founded, founded the company the sentence ("A는 P가 설립한 회사로"), the
        paragraph or the passage is about."""
        founders = [g for g in before if g.particle in SUBJECT or g.particle in ("에 의해", "에의해")][-1:]
        if not founders or any(m.actor.type != "Person" for m in founders[0].members):
            return []
        own = [m for g in before if g.particle in ("은", "는") and g is not founders[0] for m in g.members]
        # the sentence before may have ended on an investor ("기존 주주 C도 팔로온함"): no company founded there
        founded = next((found for found in ([m for m in ms if m.actor.type in ("Startup", "Company")]
                                            for ms in (own, s.previous_topic, s.discourse_topic)) if found), [])
        return [(p, t, None) for p in _with_co_founders(s.text, before, founders[0], cue).members for t in founded]

    def _raise(self, before, after, topic, text, cue, carried=()):
        # "A의 투자를 받은 B": the money is A's, named with 의 right before the cue
        givers = [g for g in before + after if (g.particle in SOURCE or _LEAD.match(text[g.end:g.end + 8].lstrip())
                                                or (g.particle == "의" and not text[g.end:cue.start].strip())
                                                or (g.particle in ("을", "를") and _TAKEN_AS_INVESTOR.match(text, g.end)))
                  and not _in_an_earlier_relative(text, g, cue)]
        # "A는 B 연구진이 창업한 기업으로, C로부터 투자를 받았다": B is the subject of the
        # relative clause, not who raised the money.
        recipients = [g for g in before if g.particle in SUBJECT and not _in_an_earlier_relative(text, g, cue)] \
            or ([topic] if topic else [])
        if _relative(text, cue) and after:
            recipients = [after[0]]
        elif not recipients and carried and not any(g.particle in SUBJECT for g in before + after):
            # "(○ B) - C로부터 15억 위안 투자 유치", "(B는 ...) 시드 때 C 등으로부터 N원을 조달한 바 있다"
            recipients = [Group(list(carried), "는", 0, 0)]
        pairs = []
        for rg in recipients[-1:]:
            for gg in givers:
                if gg is rg or _in_the_recipients_relative(text, gg, rg, cue):
                    continue
                pairs += [(g, r, rg) for g in gg.members for r in rg.members]
        return pairs

    def _symmetric(self, before, topic, text, cue, previous_topic=()):
        """"A와 B가 협력", "A는 B와 협력", "A, B는 제휴": a list marked 와/과 ("C, D와의 협력")
        partners the subject, not its own members with each other."""
        if _PARTNERSHIP_AS_TOPIC.match(text, cue.end):
            return []
        with_groups = [g for g in before if g.particle in WITH and not _joined_to_a_topic_noun(text, g, before)]
        if not with_groups:
            with_groups, before = _partner_joined_to_the_thing_made(before)
        between = [(a, b) for a in with_groups for b in before
                   if b.start > a.start and (_BETWEEN_THE_TWO.match(text, b.end) or _pair_owning(text, a, b, cue))]
        if between:
            # "A와 B 간 파트너십": the two named are the partners, whoever the topic is
            a, b = between[-1]
            return [(x, y, None) for x in a.members for y in b.members if x.actor.id != y.actor.id]
        partner_word = _last_with_word(text, before[0].start if before else 0, cue.start)
        pair = len(before) == 1 and before[0].particle in SUBJECT and len(before[0].members) == 2 \
            and partner_word is not None and _NOUN_JOINED_AFTER.match(text, partner_word)
        if partner_word is not None and not pair and not _names_the_partner(text, before, partner_word):
            # "상대국과 협력", "동남아 국가와의 투자 협력": the partner is not named; but in "A와 B가 자국
            # 언어와 데이터로 ... 손을 잡았다" the 와 joins two nouns, and the pair named as the subject partner
            return []
        subj_groups = [g for g in before if g.particle in SUBJECT]
        if topic is not None and topic not in subj_groups:
            subj_groups.insert(0, topic)
        if not subj_groups and with_groups and previous_topic:
            # "(Mistral AI는 ...) IBM, Databricks 등과 협업을 추진": the paragraph's topic partners
            subj_groups = [Group(list(previous_topic), "는", 0, 0)]
        if not subj_groups:
            return []
        subject = subj_groups[-1]
        if not with_groups:
            if _CLAUSE_BREAK.search(text, subject.end, cue.start):
                return []
            members = subject.members
            return [(a, b, None) for i, a in enumerate(members) for b in members[i + 1:] if a.actor.id != b.actor.id]
        partner = with_groups[-1]
        if partner.end <= subject.start and _CLAUSE_BREAK.search(text, partner.end, subject.start):
            return []  # "A는 B와 계약을 맺었고, C는 D에 ... 계약": B is A's partner, not C's
        return [(a, b, None) for a in subject.members for b in partner.members if a.actor.id != b.actor.id]

    # -- building the fact -----------------------------------------------------------------

    def _fact(self, s, cue, subj: Mention, obj: Mention, target_group, groups, figures: _Figures, lo, hi):
        if subj.actor.id == obj.actor.id:
            return None
        if cue.cue.relations[0] == "ACQUIRED" and target_group is not None and target_group.particle in ("에", "에게"):
            subj, obj = obj, subj  # "딥마인드는 구글에 인수": the 에-name is the buyer
        if _investor_before_the_act(s.text, cue, obj):
            subj, obj = obj, subj  # "B는 A 투자 이후 ...": A's investment, B the company it went into
        if "FOUNDED" in cue.cue.relations and _STARTED_OUT_OF.match(s.text, obj.end):
            subj, obj = obj, subj  # "B는 2024년 A 교원창업으로 설립된 기업이다": B was started out of A
        if cue.cue.subjects and subj.actor.type not in cue.cue.subjects:
            return None
        if "FOUNDED" in cue.cue.relations and subj.particle and subj.after <= cue.start and _FOUNDERS_WORD_BEFORE.search(
                s.text, max(subj.after, cue.start - 12), cue.start):
            return None  # (but "칭화대 교수진이 설립": the people of the bare name before them)
        if subj.actor.type == "Person" and "FOUNDED" not in cue.cue.relations:
            subj = _employer(s, subj) or subj  # "xAI의 CEO 일론 머스크는 ... 발표": xAI announces
        subscribed = target_group is not None and _issuer_of_shares(s.text, target_group)
        for relation in ("INVESTED_IN",) if subscribed else cue.cue.relations:
            subject = subj.actor
            if relation == "LAUNCHED" and subject.type == "Person" and not _HEAD_OF_STATE.search(s.text, subj.start, subj.after):
                continue  # a person launches a programme only as head of a state; else their organisation does
            if relation == "LAUNCHED" and obj.end <= cue.start and _LISTED_AS_NON_PROGRAMMES.search(s.text, obj.end, cue.start):
                continue  # "‘A’와 ‘B’ 등 독일어 특화 모델을 통해": the text says what they are, and it is no programme
            if relation == "LAUNCHED" and subject.type in _BUSINESSES and obj.discovered and _unnamed_plan(obj.actor):
                continue  # "OpenAI는 ... 데이터센터 구축 계획을 발표": a company's business plan, no programme
            if relation == "LAUNCHED" and obj.discovered and _ways_proposed(obj.actor, s.text[cue.start:cue.end]):
                continue  # "정부가 ... 인프라 확충 방안을 제시": ways it suggests, no programme
            if relation in ("LAUNCHED", "FUNDS", "REGULATES", "FOUNDED") and subject.type == "Country":
                subject = self.government_of(subject.country) or subject
            if relation == "INVESTED_IN" and subject.type == "Government" and "FUNDS" in cue.cue.relations:
                continue  # a government's money is funding, not equity
            if relation == "INVESTED_IN" and _pays_into_a_fund(subject, obj.actor, cue):
                continue
            if self.cues.fits(relation, subject.type, obj.actor.type) or (
                relation in ("LAUNCHED", "PARTICIPATES_IN") and obj.actor.type == "Program"
                and (obj.discovered or subject.type == "Person")
                and subject.type not in ("Program", "Model")) or (  # a strategy takes part in nothing
                relation == "INVESTED_IN" and subject.type in _BUSINESSES and target_group is not None
                    and _in_country(s.text, target_group)) or _fund_takes_equity(relation, subject, obj.actor):
                break
        else:
            return None
        if relation == "FUNDS" and cue.cue.word.startswith("투입") and subject.type in _BUSINESSES \
                and obj.actor.type in ("Startup", "Company"):
            relation = "INVESTED_IN"  # "A는 스타트업 B에 N달러를 투입하며 최대 주주로": a firm's money in a firm is a stake
        if (relation == "REGULATES" and obj.actor.type in ("Government", "Country")
                and obj.actor.country is not None and obj.actor.country == subject.country):
            return None  # "우리나라는 개인정보보호위원회, 공정거래위원회 등이 규제": a state's agencies regulate with it
        props: dict = {}
        if relation in ("INVESTED_IN", "FUNDS", "ACQUIRED", "LAUNCHED"):
            # "Anthropic(20억 달러 이상), Hugging Face(2.35억 달러 이상) 투자": each name's own figure
            glossed = [a for m in (obj, subj) for a in figures.amounts if re.fullmatch(r"\s*[(（]\s*", s.text[m.end:a.start])]
            amount = (glossed[0] if glossed else _own_share(s.text, subj, s.mentions, figures.amounts)
                      or self._amount_for(s.text, target_group, figures.amounts, cue, groups, lo, hi))
            if amount is not None and obj.actor.type == "Program" and _PER_RECIPIENT.search(s.text, max(0, amount.start - 12), amount.start):
                amount = None  # "선정 기업당 최대 300만 달러": each recipient's cap, not the programme's size
            if amount is not None:
                props.update(amount.properties())
        date = self._date_for(s.text, obj, cue, figures.dates, lo, hi)
        if date is not None:
            props["date"], props["year"] = date.date, date.year
        if s.text.startswith("설", cue.end) or _denied(s.text, cue.end, hi) or _denied_report(s.text, cue.end) \
                or _RESTRICTED.match(s.text, cue.end):
            return None  # "인수설을 부인했다", "투자하지 않았다", "투자를 제한": a rumour, a denial, a ban
        if cue.cue.word in _SELECTING and obj.particle and _SELECTED_ONES.match(s.text, cue.end):
            return None  # "P를 꾸리고, 선정 기업과 대학에 배분": the selected ones named, not P's selection
        if cue.cue.word in _SELECTING and relation in ("LAUNCHED", "DEVELOPS") and _PASSIVE_SELECTION.match(s.text, cue.end):
            return None  # "P에는 A와 B가 참여 기업으로 선정됐다": the ones chosen, not who set P up
        if relation in _CREATIONS and _PASSIVE_CREATION.match(s.text, cue.end) and subj.particle in ("이", "가") \
                and subj.after <= cue.start and _CLAUSE_BREAK.search(s.text, subj.after, cue.start):
            return None  # "펀드는 A가 출자하고 ... 조성되며": A is the subject of the clause before, not the founder
        if quoted_programme_described(s.text, obj, s.mentions) is not None:
            return None  # "A가 운영하는 생성형 AI 개발 지원사업 'P'": the description is P's, no second programme
        if relation == "ACQUIRED" and _FOR_THE_PURPOSE.match(s.text, cue.end):
            return None  # "B 인수 위한 우선협상대상자 지정": a takeover aimed at, not done
        if _URGED.search(s.text, cue.end, min(hi, cue.end + 20)):
            return None  # "통제를 강화하도록 압박": urged on others, not done
        if (relation in _MONEY and obj.actor.type == "Program" and not obj.particle
                and not s.text[obj.end:cue.start].strip() and _FUNDS_OWN_ACT.match(s.text, cue.end)):
            return None  # "모태펀드 출자 규모를 늘리는 방안": the fund's own investing
        if relation in _MONEY and _ARRANGED.match(s.text, cue.end):
            return None  # "X 매칭 출자를 연계한다": others' money arranged, not the subject's paid in
        if _MONEY_ONLY.match(cue.cue.word) and ("amount" not in props or (
                target_group is not None and target_group.particle in ("을", "를"))):
            return None  # "인력을 투입": people or machines, not money; "N원을 투입": 을 marks the money
        if cue.cue.word.startswith("취득") and (target_group is None or not _STAKE.match(s.text, target_group.end)):
            return None  # "인증을 취득": only a stake or control taken ("B의 경영권을 취득") is a takeover
        if _advice(s.text, cue.end):
            return None  # "... 정책을 통해 확대하고, ... 할 필요가 있다": the report's advice, not an act
        modality = [label for pattern, label in _MODALITY if pattern.search(s.text, cue.end, hi)]
        if modality and modality[0] == "under consideration" and relation in _CREATIONS:
            return None  # "펀드 조성을 검토하고 있다": what is only considered has not been created
        if modality:
            props["qualifier"] = "; ".join(filter(None, [props.get("qualifier"), modality[0]]))
        if relation == "INVESTED_IN" and _LEAD.match(s.text[subj.after:subj.after + 8].lstrip()):
            props["role"] = "lead"
        if relation == "PARTICIPATES_IN" and obj.actor.type == "Program" and _AS_A_PAYER.search(
                s.text, max(0, cue.start - 16), cue.start) and any(subj.end <= a.start < cue.start for a in figures.amounts) \
                and not is_fund_of_funds(obj):
            # "A가 500억원씩 출자자(LP)로 참여": joining a fund as its LP with a sum pays that into it (with
            # no sum, "LP로 참여" only says A is among its backers); a fund of funds in view is another
            # backer ("앵커 출자자는 모태펀드다"), not the fund the sum goes into
            relation = money_into_fund(subject)
        if relation == "PARTICIPATES_IN":
            role = _ROLE_AFTER.match(s.text[cue.end:hi])
            if role:
                props["role"] = role.group(1).strip()
        props["confidence"] = 0.8 if not (subj.discovered or obj.discovered) else 0.6
        return Fact(subject, relation, obj.actor, props,
                    _evidence(s, min(subj.start, obj.start, cue.start), max(subj.end, obj.end, cue.end)))

    @staticmethod
    def _amount_for(text, target_group, amounts: list[Amount], cue, groups, lo, hi) -> Amount | None:
        if not amounts:
            return None
        if target_group is not None and target_group.start >= lo:
            nxt = min([g.start for g in groups if g.start >= target_group.end] + [cue.start if cue.start >= target_group.end else hi])
            own = [a for a in amounts if target_group.end - 1 <= a.start <= nxt]
            if own:
                return own[0]
        near = [a for a in amounts if _in_clause(a, lo, hi)]
        if not near:
            return None
        return min(near, key=lambda a: abs(a.start - cue.start))

    @staticmethod
    def _date_for(text, obj: Mention, cue, dates: list[DateMention], lo, hi) -> DateMention | None:
        # "Anthropic(2023)", "Cohere 2019": a date glossing the name; not "딥마인드는 2010년",
        # where the topic's particle comes between.
        glossed = [d for d in dates if 0 <= d.start - obj.end <= 2 and text[obj.end:d.start].strip() in ("", "(")]
        if glossed:
            return glossed[0]
        # Korean puts a verb's modifiers before it: a date before the cue is the cue's own
        # ("2010년 ... 설립한 기업으로 2014년 인수"); English and tables may put it after.
        before = [d for d in dates if lo <= d.start < cue.start]
        if before:
            return before[-1]
        after = [d for d in dates if cue.start <= d.start < hi]
        return after[0] if after else None

    def _possessed_models(self, s: SentenceInput) -> list[Fact]:
        """"Alibaba의 ‘Qwen’", "딥시크의 R1 모델", a row "DeepSeek DeepSeek-V3": the owner develops the model."""
        facts = []
        # "소리결의 한국어 음성 모델 '결보이스'": a language ("한국어") describes the model; it is no name between.
        mentions = [m for m in s.mentions if not (m.actor.type == "Country" and s.text[m.end:m.end + 1] == "어")]
        s = replace(s, mentions=mentions) if len(mentions) < len(s.mentions) else s
        for i, (org, model) in enumerate(zip(s.mentions, s.mentions[1:], strict=False)):
            if model.actor.type != "Model" or org.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
                continue
            between = s.text[org.after:model.start]
            if not ((org.particle == "의" and _OWNED.match(between))
                    or (not org.particle and org.after < model.start
                        and (not between.strip() or KIND_OF_MODEL.match(between) or _OPENING_BRACKET.fullmatch(between)))):
                continue
            if _SUSPECTED.search(s.text, model.end, model.end + 60):
                continue  # "A가 엔비디아 H20을 우회 반입했다는 의혹": the sentence is about a suspicion
            for listed in self._listed_models(s, i + 1):
                facts.append(Fact(org.actor, "DEVELOPS", listed.actor, {"confidence": 0.6},
                                  _evidence(s, org.start, listed.end)))
        return facts

    @staticmethod
    def _listed_models(s: SentenceInput, first: int) -> list[Mention]:
        """The model mention at index ``first`` and the models listed right after it."""
        models = [s.mentions[first]]
        for m in s.mentions[first + 1:]:
            prev = models[-1]
            if m.actor.type != "Model" or prev.particle not in ("", "과", "와") \
                    or not _NEXT_MODEL.match(s.text[prev.end:m.start]):
                break
            models.append(m)
        return models

    def _own_models(self, s: SentenceInput) -> list[Fact]:
        """"(바이트댄스는) 자사 AI 모델 ‘두바오’의 성능을 ...", "자체 모델 ‘X’를 기반으로", "(A는 ...)
        추론 엔진 ‘X’가 주력 제품이다", "A는 ... ‘X’로 허가를 받았다": a model called the company's
        own, its flagship or approved for it is the model of the company the clause or the passage
        is about."""
        facts = []
        for model in s.mentions:
            if model.actor.type != "Model":
                continue
            own = _OWN_MODEL.search(s.text, max(0, model.start - 30), model.start)
            if own is None and not _FLAGSHIP_OR_APPROVED.match(s.text, model.after):
                continue
            before = own.start() if own else model.start
            if own and any(m.particle == "의" and m.after <= before and not s.text[m.after:before].strip() for m in s.mentions):
                continue  # "A는 B의 자체 AI 칩 ‘X’를 쓰는": X is B's own, B named with it
            subjects = [m for m in s.mentions if m.after <= before and m.particle in SUBJECT
                        and not _RELATIVE_AFTER_ADVERB.match(s.text, m.after + 1)]
            if not subjects and own and _SUBJECT_WORD.search(s.text, 0, before):
                continue  # "테사린 AI는 자사 모델": a subject the sentence names, though not as an actor
            # "A는 ... P 대표가 설립했으며, ... ‘X’로 허가를 받았다": the company, not its founder
            makers = [m for m in subjects if m.actor.type in _MAKERS]
            owners = makers[-1:] if subjects else s.previous_topic or s.discourse_topic
            facts += [Fact(o.actor, "DEVELOPS", model.actor, {"confidence": 0.6},
                           _evidence(s, before, model.end))
                      for o in owners[:1] if o.actor.type in _MAKERS]
        return facts

    @staticmethod
    def _known_for_products(s: SentenceInput) -> list[Fact]:
        """"AI 에이전트 ‘X’로 잘 알려진 A": a company known by its product makes it."""
        return [Fact(org.actor, "DEVELOPS", model.actor, {"confidence": 0.6}, _evidence(s, model.start, org.end))
                for model, org in zip(s.mentions, s.mentions[1:], strict=False)
                if model.actor.type == "Model" and org.actor.type in _MAKERS and model.particle in ("로", "으로")
                and _KNOWN_AS.fullmatch(s.text, model.after, org.start)]

    @staticmethod
    def _described_products(s: SentenceInput) -> list[Fact]:
        """"A는 ... 개인 AI 비서 ‘Pi’를 중심으로 성장", "A는 ... 데이터셋인 X를 제공": a new name
        the sentence calls a product, with the company it is about as its subject and no other
        subject between, is that company's product. Known models are left to the sentences that
        name their owner; a product the subject uses or competes with is not its own."""
        facts = []
        for i, model in enumerate(s.mentions):
            quoted = model.surface[:1] in OPENING_QUOTES  # the quote may be part of the mention
            if (model.actor.type != "Model" or not model.discovered
                    or not _DESCRIBED_PRODUCT.search(s.text, max(0, model.start - 12), model.start + quoted)
                    or _USED_OR_RIVALLED.match(s.text, model.end)):
                continue
            earlier = s.mentions[:i]
            if earlier and earlier[-1].particle in ("의", "") and earlier[-1].actor.type in ORGANISATIONS_AND_GOVERNMENT \
                    and "," not in s.text[earlier[-1].end:model.start]:
                continue  # "SKT AI 서비스인 X", "B의 비서 ‘X’": the owner named with it
            subjects = [m for m in earlier if m.particle in SUBJECT]
            if subjects and subjects[-1].particle in ("은", "는") and subjects[-1].actor.type in _MAKERS:
                facts.append(Fact(subjects[-1].actor, "DEVELOPS", model.actor, {"confidence": 0.6},
                                  _evidence(s, subjects[-1].start, model.end)))
        return facts

    def _joint_partners(self, s: SentenceInput, groups: list[Group], cues: list[CueMatch]) -> list[Fact]:
        """"A는 B, C 등과 공동으로 X를 개발": working jointly makes A a partner of B and C;
        "A와 B가 공동으로 진행", "양사가 함께 개발": so does a joint subject.

        Not for money ("B와 공동으로 투자", "A와 B가 함께 투자"): co-investors are not partners.
        """
        facts = []
        for i, g in enumerate(groups):
            if g.particle in SUBJECT and len(g.members) > 1:
                joint = _JOINTLY_DONE.match(s.text, g.end)
                cue = next((c for c in cues if c.start >= joint.end()), None) if joint else None
                if joint and not (cue and (_MONEY & set(cue.cue.relations) or _joined_a_round(s.text, cue)
                                           or _investors_join(g.members, cue))) \
                        and not _JOB_SHARED.match(s.text, joint.end()):
                    facts += [Fact(a.actor, "PARTNERS_WITH", b.actor, {"confidence": 0.7}, _evidence(s, a.start, joint.end()))
                              for n, a in enumerate(g.members) for b in g.members[n + 1:]
                              if a.actor.id != b.actor.id and self.cues.fits("PARTNERS_WITH", a.actor.type, b.actor.type)]
                continue
            joint = (_JOINTLY.match(s.text, g.end) or _WITH_TOGETHER.match(s.text, g.end)) if g.particle in WITH else None
            if joint is None:
                continue
            cue = next((c for c in cues if c.start >= joint.end()), None)
            if cue is None or _MONEY & set(cue.cue.relations):
                continue
            if joint.group().strip() == "함께" and not _JOINT_WORK.match(cue.cue.word):
                continue
            agent = next((h for h in reversed(groups[:i]) if h.particle in SUBJECT), None)
            if agent is None or _CLAUSE_END.search(s.text, agent.end, g.start):
                continue
            for a in agent.members:
                for b in g.members:
                    if a.actor.id != b.actor.id and self.cues.fits("PARTNERS_WITH", a.actor.type, b.actor.type):
                        facts.append(Fact(a.actor, "PARTNERS_WITH", b.actor, {"confidence": 0.7},
                                          _evidence(s, a.start, joint.end())))
        return facts

    def _funding_named_in_brackets(self, s: SentenceInput, groups: list[Group], cues: list[CueMatch],
                                   figures: _Figures) -> list[Fact]:
        """"일본은 자국어 LLM 구축에 투자(P)하면서": the act's object is a noun, not a name, and the
        bracket right after the cue names the programme the money goes through: the subject of
        the clause funds it."""
        facts: list[Fact] = []
        for cue in cues:
            opening = _OPENING_BRACKET.match(s.text, cue.end) if "FUNDS" in cue.cue.relations else None
            programme = next((m for m in s.mentions if opening and m.start == opening.end()
                              and m.actor.type == "Program" and _CLOSING_BRACKET.match(s.text, m.end)), None)
            subject = next((g for g in reversed(groups) if g.end <= cue.start and g.particle in SUBJECT), None)
            if programme is None or subject is None or _CLAUSE_END.search(s.text, subject.end, cue.start):
                continue
            lo, hi = _clause(s.text, cue)
            facts += filter(None, (self._fact(s, replace(cue, cue=_FUNDING_THROUGH), m, programme, None, groups,
                                              figures, lo, hi) for m in subject.members))
        return facts

    def _counted_selection(self, s: SentenceInput) -> list[Fact]:
        """"A, B, C 3개사를 선정하여", "A와 B 2개사가 선정되었다": a counted list of organisations
        selected takes part in the programme the document said it selects for, or else the one the
        passage named last."""
        programme = s.selection_programme or s.programme
        if programme is None or "선정" not in s.text:
            return []
        orgs = [m for m in s.mentions if m.actor.type in ORGANISATIONS]
        facts = []
        for g in _groups(s.text, orgs):
            selected = _COUNT_SELECTED.match(s.text, g.members[-1].after) if len(g.members) > 1 else None
            if selected is None:
                continue
            # "X는 펀드 P를 조성하고, 운용사로 A와 B 2곳을 선정": the programme just named in the sentence
            named = [m for m in s.mentions if m.actor.type == "Program" and m.end <= g.start]
            target = named[-1] if named else programme
            facts += [Fact(m.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6},
                           _evidence(s, g.start, g.end)) for m in g.members]
            selector = _government_selecting(s, g.start)
            if selector is not None and _SELECTS_TO_SUPPORT.match(s.text, selected.end()):
                facts += [Fact(selector.actor, "FUNDS", m.actor, {"confidence": 0.6}, _evidence(s, selector.start, m.end))
                          for m in g.members]
        return facts

    def _each_selected_paid(self, s: SentenceInput) -> list[Fact]:
        """"운용사로 A, B 선정, 각 600억 원 출자": the selector (the subject, or the topic carried
        from the bullet or paragraph) commits the amount to each one selected."""
        if "각" not in s.text or "선정" not in s.text:
            return []
        for g in _groups(s.text, [m for m in s.mentions if m.actor.type in ORGANISATIONS]):
            paid = _EACH_PAID_AFTER_SELECTION.match(s.text, g.members[-1].after) if not g.particle else None
            if paid is None:
                continue
            subjects = [m for m in s.mentions if m.end <= g.start and m.particle in SUBJECT]
            payer = subjects[-1:] or [m for m in self._carried_topic(s) if m.actor.type != "Person"][:1]
            amounts = [a for a in find_amounts(s.text) if a.start < paid.end("amount") and paid.start("amount") < a.end]
            if not payer or not amounts:
                return []
            return [Fact(payer[0].actor, "FUNDS", m.actor, {"confidence": 0.6, **amounts[0].properties()},
                         _evidence(s, g.start, paid.end())) for m in g.members if m.actor.id != payer[0].actor.id]
        return []

    def _supported_by_the_issuer(self, s: SentenceInput) -> list[Fact]:
        """"A에는 42억 원, B에는 38억 원이 지원된다" in a ministry's press release: a passive grant
        with no payer named is the issuing ministry's, to each organisation an amount follows, or
        else to what the sentence says was selected."""
        if s.issuer is None or not _PASSIVE_SUPPORT.search(s.text) or any(m.actor.type == "Government" for m in s.mentions):
            return []
        recipients = [m for m in s.mentions if m.actor.type in ORGANISATIONS and m.particle in ("에", "에는", "에게")
                      and _AMOUNT_FOLLOWS.match(s.text, m.after)]
        # "‘P 컨소시엄’이 선정되었으며, N억 원이 지원된다": what was selected gets the money
        recipients = recipients or [m for m in s.mentions if m.actor.type in ORGANISATIONS | {"Program"}
                                    and m.particle in ("이", "가") and _PASSIVELY_SELECTED.match(s.text, m.after)]
        return [Fact(s.issuer.actor, "FUNDS", m.actor, {"confidence": 0.6}, _evidence(s, m.start, m.after))
                for m in recipients]

    def _included_members(self, s: SentenceInput) -> list[Fact]:
        """"1차 선정 기업에는 A와 B 등 12개사가 포함됨", "A도 수혜 기업 명단에 포함됐다": the members
        of the programme named in the sentence or, failing that, in the passage. (A list after its
        role, "선정 기업은 A, B이며", is read by programme_roles.)"""
        head = _INCLUDED_HEAD.search(s.text)
        if head is None:
            return []
        named = [m for m in s.mentions if m.actor.type == "Program" and m.end <= head.start()]
        # Going into "지원 대상에" is said of a programme just named; "선정 기업에는" of the passage's.
        loose = head.group("place") != "에는"
        programme = named[-1] if named else (s.programme_before or s.programme) if loose else s.programme
        if programme is None or not named and names_a_fund(programme.actor.name, programme.surface):
            return []  # a fund the passage spoke of takes in companies by investing, not by selecting members
        listed = _listed(_groups(s.text, [m for m in s.mentions if m.start >= head.end()]), s.text)
        if not listed:
            listed = _included_before(s, head)
            if listed:
                return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                             _evidence(s, m.start, head.end())) for m in listed[0].members]
            return []
        last = listed[-1]
        if not (last.particle in ("이", "가", "도", "") and _INCLUDED.match(s.text, last.end)):
            return []
        return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6}, _evidence(s, head.start(), m.end))
                for g in listed for m in g.members
                if m.actor.type in ("Company", "Startup", "Investor", "University", "Government")]

    def _country_hints(self, s: SentenceInput) -> list[Fact]:
        facts = []
        for m in s.mentions:
            if m.country_hint and m.actor.type not in ("Country", "Person", "Model", "Program", "Government"):
                country = self.country_of(m.country_hint)
                if country is not None:
                    facts.append(Fact(m.actor, "BASED_IN", country, {"confidence": 0.7},
                                      _evidence(s, m.start, m.end)))
        return facts


# "A, B 등 독일어 특화 모델을", "A 등 스타트업에": a list the text calls models or organisations.
_LISTED_AS_NON_PROGRAMMES = re.compile(r"등\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:모델|기업|그룹|업체|회사|스타트업|연구소|기관)"
                                       r"(?:을|를|에|에게)?\s*$")
# "트럼프 대통령은", "시진핑 주석이": a person who acts for a state.
_HEAD_OF_STATE = re.compile(r"대통령|주석|총리|수상|국왕|President|Prime Minister|Premier|Chancellor")


def _employer(s: SentenceInput, person: Mention) -> Mention | None:
    """The organisation a person is named as the officer of ("xAI의 CEO 일론 머스크", "OpenAI의
    샘 올트먼"): announcing, launching and developing are the organisation's acts, not theirs."""
    before = [m for m in s.mentions if m.after <= person.start]
    if not before:
        return None
    org = before[-1]
    if org.particle != "의" or org.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
        return None
    return org if ROLE_WORD.fullmatch(s.text, org.after, person.start) else None


# "B를 인수해 자회사로 두기로", "인수한 뒤 100% 자회사로 편입": the bought company becomes a subsidiary.
_BOUGHT_AS_SUBSIDIARY = re.compile(r"인수(?:해|하여|한\s?뒤|한\s?후|하고)\s*(?:100\s?%\s*|완전\s*)?자회사로\s?(?:두|편입|삼|편제)")
# "100% 자회사 B를 세웠다", "도쿄에 현지 법인 'B'를 설립", "일본 법인 'B'를 설립": what a company
# sets up as its own unit (a joint venture, 합작/공동 법인, is its parents' together).
# "투자회사" spells 자회사 inside a kind of investor, hence the look-behinds here and below.
_OWN_UNIT = re.compile(r"(?:100\s?%\s*|완전\s*)?(?:(?<!투)자회사|(?:현지|해외|[가-힣]{2,5}(?<!합작)(?<!공동))\s?법인)\s*[‘'\"“「]?$")


# "B는 A가 2023년 설립한 투자 자회사로": the relative clause's head calls B the founder's unit.
_SET_UP_AS_UNIT = re.compile(r"\s?(?:[^\s,.]+\s)?(?:100\s?%\s*|완전\s*)?(?:(?<!투)자회사|계열사|(?:현지|해외)\s?법인)(?:로|이다|이며|이자|다)")


def _set_up_as_its_unit(s: SentenceInput, founded: Fact) -> bool:
    """True if the founded company is the topic and the founding verb's head noun calls it a
    subsidiary ("B는 A가 설립한 투자 자회사로")."""
    topic = next((m for m in s.mentions if m.particle in ("은", "는")), None)
    if topic is None or topic.actor.id != founded.object.id:
        return False
    return any(_SET_UP_AS_UNIT.match(s.text, verb.end()) for verb in _FOUNDING_VERB.finditer(s.text, topic.after))


_FOUNDING_VERB = re.compile(r"(?:설립|창업|창립)한|세운|만든")


# "A가 B에 추가 투자해서 기술 제휴와 클라우드 협력이 강화되었다": the investment strengthened a tie
# the sentence names no other party to.
_TIES_STRENGTHENED = re.compile(r"투자(?:해서|하여|하면서|함에\s?따라|로)\s(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:제휴|협력|파트너십|동맹)"
                                r"(?:이|가|도)\s(?:더욱\s|한층\s)?(?:강화|확대|심화|공고)")


def _ties_from_investment(s: SentenceInput, facts: list[Fact]) -> list[Fact]:
    """"A가 B에 투자해서 ... 협력이 강화되었다": the investor and the company it invested in are
    partners. Only for one investment in the sentence, so the tie has one pair to hold between."""
    tie = _TIES_STRENGTHENED.search(s.text) if "투자" in s.text else None
    invested = [f for f in facts if f.type == "INVESTED_IN"]
    if tie is None or len(invested) != 1 or any(tie.start() < m.start < tie.end() for m in s.mentions):
        return []
    f = invested[0]
    if f.subject.type not in ORGANISATIONS or f.object.type not in ORGANISATIONS:
        return []
    return [Fact(f.subject, "PARTNERS_WITH", f.object, {"confidence": 0.6}, f.evidence)]


def _subsidiaries_made(s: SentenceInput, facts: list[Fact]) -> list[Fact]:
    """Ownership that follows from a sentence's acquisition or founding: a company bought "to
    keep as a subsidiary", or set up as "100% 자회사 B" / "현지 법인 B", is the buyer's or the
    founder's subsidiary."""
    made = []
    bought = [f for f in facts if f.type == "ACQUIRED"]
    if len(bought) == 1 and _BOUGHT_AS_SUBSIDIARY.search(s.text):
        made.append(Fact(bought[0].object, "SUBSIDIARY_OF", bought[0].subject, {"confidence": 0.7},
                         bought[0].evidence))
    for f in facts:
        if f.type != "FOUNDED" or f.subject.type not in _BUSINESSES or f.object.type not in _BUSINESSES:
            continue
        unit = next((m for m in s.mentions if m.actor.id == f.object.id and _OWN_UNIT.search(s.text, 0, m.start)), None)
        if unit is not None or _set_up_as_its_unit(s, f):
            made.append(Fact(f.object, "SUBSIDIARY_OF", f.subject, {"confidence": 0.7}, f.evidence))
    return made


# "AI 전담 자회사 B를 출범", "100% 현지 자회사 B를 설립함": what the unit is, just before its name
# (a possessive "C의 자회사" makes it C's, not the subject's).
_UNIT_BEFORE = re.compile(r"(?:100\s?%\s*|완전\s*)?(?:[^\s,.]+(?<!의)\s+){0,2}?(?:(?<!투)자회사|(?:현지|해외)\s?법인)\s*[‘'\"“「]?$")
_SET_UP_AFTER = re.compile(r"\s?(?:[^\s,.]+\s)?(?:설립|세웠|세운|세우|출범|신설|설치)")


def _units_set_up(s: SentenceInput) -> list[Fact]:
    """"A는 AI 전담 자회사 B를 출범시켰으며", "현지 법인 B도 세웠다": B is the subsidiary of the
    subject that set it up, whichever verb the text uses, and was founded by it; a subject Korean
    drops is the passage's topic ("(A는 ...) 지난 9월 미국에 현지 법인 B를 설립했고"), which the
    cue frames, wanting a subject in the paragraph, leave out."""
    facts = []
    for unit in s.mentions:
        if (unit.actor.type not in _BUSINESSES or unit.particle not in ("을", "를", "도")
                or not _UNIT_BEFORE.search(s.text, max(0, unit.start - 30), unit.start)
                or not _SET_UP_AFTER.match(s.text, unit.after)):
            continue
        owners = [m for m in s.mentions if m.end <= unit.start and m.particle in SUBJECT]
        owners = owners[-1:] or list(s.discourse_topic[:1])
        facts += [fact for owner in owners if owner.actor.type in _BUSINESSES and owner.actor.id != unit.actor.id
                  for fact in (Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                                    _evidence(s, unit.start, unit.end)),
                               Fact(owner.actor, "FOUNDED", unit.actor, {"confidence": 0.7},
                                    _evidence(s, unit.start, unit.end)))]
    return facts


# "(B는) A가 지분 100%를 보유한 자회사다": the owner holds the stake of the unit the sentence is
# about; the noun ends the predicate ("A가 보유한 자회사 C를 통해" is about C).
_HOLDING_UNIT = re.compile(r"\s?(?:지분\s?(?:\d+(?:\.\d+)?\s?%\s?)?(?:을|를)\s)?(?:보유한|소유한|가진|거느린)\s"
                           r"(?:[^\s,.]+\s)?(?:자회사|계열사)(?=다|이다|이며|로|이자)")


def _units_held(s: SentenceInput) -> list[Fact]:
    """"(B는 ...) A가 지분 100%를 보유한 자회사다": the sentence's topic, else the one carried from
    the sentence before, is A's subsidiary."""
    if "자회사" not in s.text and "계열사" not in s.text:
        return []
    facts = []
    for owner in s.mentions:
        held = _HOLDING_UNIT.match(s.text, owner.after) if owner.particle in ("이", "가") else None
        if held is None or owner.actor.type not in _BUSINESSES:
            continue
        own = [m for m in s.mentions if m.end <= owner.start and m.particle in ("은", "는")]
        units = own[:1] or [m for m in s.previous_topic if m.actor.type in _BUSINESSES][:1]
        facts += [Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7}, _evidence(s, owner.start, held.end()))
                  for unit in units if unit.actor.id != owner.actor.id]
    return facts


def _opens_with_too(g: Group, groups: list[Group]) -> bool:
    """True for an actor marked 도 that opens the sentence ("한국 정부도 ... 설정하고 C 조성, B와의
    협력 강화"): the topic of its clauses. Elsewhere 도 may mark an object ("모델 X도 공개했다")."""
    return g.particle == "도" and g is groups[0] and g.members[0].actor.type not in ("Program", "Model")
# After a topic's amount: the shared investment ("의 대규모 투자", "를 각각 출자").
_SHARED_INVESTMENT = re.compile(r"(?:의|을|를)?\s(?:[^\s,.]+\s){0,2}?(?:투자|출자)")
_MONEY_FACTS = ("INVESTED_IN", "FUNDS")


def _gapped_investors(s: SentenceInput, facts: list[Fact]) -> list[Fact]:
    """"A는 영국 내 ...에 투자를 약속하였으며, B는 220억 파운드, C는 50억 파운드의 투자 계획을
    발표", "이 펀드에는 A가 6억 달러, B가 4억 달러를 각각 출자": names that give only an amount
    share the investment after them, and its target is the one the sentence's investment read with
    the last of them named. Money paid into a fund is each payer's own kind (:func:`money_into_fund`)."""
    money = {(f.type, f.object.id): f for f in facts if f.type in _MONEY_FACTS}
    if len(money) != 1:
        return []
    relation, target = next(iter(money.values())).type, next(iter(money.values())).object
    payers = {f.subject.id for f in facts if f.type in _MONEY_FACTS}
    amounts = find_amounts(s.text)
    named = [m for m in s.mentions if m.actor.type in ORGANISATIONS and m.actor.id != target.id]
    chain = _subjects_with_amounts(s.text, named, amounts, payers) or _topics_with_amounts(s.text, named, amounts)
    fund = target.type == "Program" and is_a_fund(target)
    return [Fact(m.actor, money_into_fund(m.actor) if fund else relation, target,
                 {**a.properties(), "confidence": 0.6}, _evidence(s, m.start, a.end))
            for m, a in chain if m.actor.id not in payers]


def _own_share(text: str, payer: Mention, mentions: list[Mention], amounts: list[Amount]) -> Amount | None:
    """The amount right after ``payer`` when it is one of a list of names of the same role, each
    followed by its own ("A로부터 20억원을, B로부터 90억원을 각각 받았다", "A가 150억원, B가 100억원을
    각각 약정"): Korean says the verb once for all the pairs, and the amount nearest the verb is
    only the last payer's."""
    if not payer.particle:
        return None
    peers = [m for m in mentions if m.particle == payer.particle]
    at = next((i for i, m in enumerate(peers) if m is payer), None)
    if at is None or len(peers) < 2:
        return None
    for first in range(at + 1):
        for last in range(len(peers) - 1, max(at, first + 1) - 1, -1):
            own = amounts_of_each(text, [m.after for m in peers[first:last + 1]], amounts)
            if own:
                return own[at - first]
    return None


def _subjects_with_amounts(text: str, named: list[Mention], amounts: list[Amount],
                           payers: set[str]) -> list[tuple[Mention, Amount]]:
    """"A가 6억 달러, B가 4억 달러를 (각각) 출자": the longest list of subjects each with its own
    amount (:func:`amounts_of_each`) that ends with one the investment was read with."""
    subjects = [m for m in named if m.particle in ("이", "가")]
    for last in (i for i, m in enumerate(subjects) if m.actor.id in payers):
        for first in range(last):
            own = amounts_of_each(text, [m.after for m in subjects[first:last + 1]], amounts)
            if own:
                return list(zip(subjects[first:last + 1], own, strict=True))
    return []


def _topics_with_amounts(text: str, named: list[Mention], amounts: list[Amount]) -> list[tuple[Mention, Amount]]:
    """"B는 220억 파운드, C는 50억 파운드의 투자 계획": topics each followed by an amount, the last
    one by the investment they share."""
    starts = {a.start: a for a in amounts}
    chain: list[tuple[Mention, Amount]] = []
    for m in named:
        amount = starts.get(m.after) or starts.get(m.after + 1)  # an amount may start at its space
        if amount is None or m.particle not in ("은", "는"):
            continue
        chain.append((m, amount))
        if _SHARED_INVESTMENT.match(text, amount.end):
            return chain
        if not NEXT_IN_THE_LIST.match(text, amount.end):
            chain = []
    return []


def _startup_carried(s: SentenceInput) -> list[Mention]:
    """The startup the bullet hangs from, or the paragraph or the story is about: who raises the money
    a sentence says was raised from someone without naming the raiser. Only a startup: the topic
    carried may be an investor or a big company just said to have joined the round."""
    return next(([m] for m in (s.previous_topic[:1] + s.discourse_topic[:1]) if m.actor.type == "Startup"), [])


def _takes_stakes(actor) -> bool:
    """True for an investor, a company or a fund: what may be the unstated subject of a stake taken
    or a firm set up."""
    return actor.type in _STAKEHOLDERS or (actor.type, actor.kind) == ("Program", "fund")


def _other_end(fact: Fact, actor) -> object:
    """The actor at the end of ``fact`` that is not ``actor``."""
    return fact.object if fact.subject.id == actor.id else fact.subject


def _unstated(topic: list[Mention]) -> Group:
    """``topic`` as the subject group of a sentence that does not name it."""
    return Group([replace(m, start=0, end=0, after=0) for m in topic], "는", 0, 0)

# "인수를 타진했다는 일부 외신 보도가", "설립을 검토하고 있다는 관측도": the act as what a report says.
_REPORTED = r"[^\s,.]{0,6}\s?(?:[^\s,.]+\s){0,2}[^\s,.]*(?:다는|라는)\s(?:[^\s,.]+\s){0,3}?"
# "... 보도가 있었으나 양사는 이를 부인", "... 관측도 나오지만 양측 모두 '결정된 바 없다'": a report
# of the act, denied later in the sentence.
_DENIED_REPORT = re.compile(_REPORTED + r"(?:보도|소문|루머|관측|전망)[^.]*?(?:부인|사실무근|일축|된\s?바\s?(?:가\s)?없)")
# "... 투자한다는 관측이 나온다", "... 했다는 소문": a guess or a rumour, which states no act
# (a report, "보도", may state a real one; a forecast, "전망", is a plan told by others).
_SPECULATED = re.compile(_REPORTED + r"(?:관측|소문|루머|풍문|추측)")


def _denied_report(text: str, cue_end: int) -> bool:
    """True if the cue's act is what a report said and the sentence then denies it, or only what
    observers guess or rumour has it."""
    return _DENIED_REPORT.match(text, cue_end) is not None or _SPECULATED.match(text, cue_end) is not None


def _denied(text: str, cue_end: int, hi: int) -> bool:
    """True if the cue's own verb is denied ("투자하지 않았다", "인수설을 부인")."""
    denial = _DENIED.search(text, cue_end, hi)
    return denial is not None and _ADNOMINAL.search(text, cue_end, denial.start()) is None


def _evidence(s: SentenceInput, start: int, end: int) -> Evidence:
    lo, quote = _quote(s.text, start, end)
    return Evidence(s.doc_id, s.line_at(lo), quote)


def _quote(text: str, start: int, end: int, width: int = 220) -> tuple[int, str]:
    """Where a short quote of ``text`` around ``start:end`` begins, and the quote."""
    if end - start > width:
        end = start + width
    pad = max(0, (width - (end - start)) // 2)
    lo = max(0, start - pad)
    hi = min(len(text), end + pad)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else start
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    while lo < len(text) and text[lo].isspace():
        lo += 1
    return lo, " ".join(text[lo:hi].split())
