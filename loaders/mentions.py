"""Actor mentions in a sentence, with the Korean particle that follows each.

A mention covers a gazetteer name and a parenthetical gloss right after it
("문샷(Moonshot AI)", "Cohere(캐나다)"); a gloss naming a country becomes the mention's
``country_hint`` instead of a mention of its own, and a person's gloss (their schools and
posts) is part of the person's mention. Names the gazetteer lacks are proposed by
:mod:`loaders.discovery`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from graph.model import Actor
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import KO_CURRENCIES
from loaders.gazetteer import Gazetteer, Match
from loaders.programme_heads import KOREAN_HEAD
from loaders.spans import leftmost_longest

# Korean particles (josa) that mark an actor's role, longest first so that "으로부터" wins
# over "으로". Kept as data of this module: they are grammar, not world knowledge.
PARTICLES: tuple[str, ...] = tuple(sorted((
    "으로부터", "로부터", "에게서", "에서부터", "에서", "에게", "에 대한", "에대한", "에의", "에 의해", "에의해",
    "과의", "와의", "과도", "와도", "과는", "와는", "과", "와", "하고", "이랑", "랑",
    "에는", "서", "께서", "은", "는", "이", "가", "도", "을", "를", "의", "에", "으로", "로", "이며", "이자", "인",
    # the copula: "주관기관은 X다", "X였다", "X입니다"
    "이다", "다", "였다", "이었다", "입니다",
), key=len, reverse=True))
# The particles of a clause's topic or subject ("A는", "A가"): who the clause is about or who acts.
SUBJECT_OR_TOPIC = ("은", "는", "이", "가")
# Particles marking a partner: "B와 협약", "B과의 계약", "B와도", and one set against another, "B와는".
PARTNER_PARTICLES = ("와", "과", "와는", "과는", "와도", "과도", "와의", "과의")
# A particle is followed by a space, punctuation or the end, not by more Hangul ("은행" is not
# the particle "은"), except these, which PDF joining may have glued to the next word.
_GLUED_PARTICLES = ("으로부터", "로부터", "에서", "에게", "에 대한", "에대한")
# The first of PARTICLES (longest first) standing at a position, in one regex call.
_PARTICLE = re.compile("|".join(re.escape(p) + ("" if p in _GLUED_PARTICLES else "(?![가-힣])") for p in PARTICLES))
# "‘P’에도 선정돼", "B에도 투자했다": 에 with the additive 도 ("too") plays 에's role.
_에_ALSO = re.compile(r"에도(?![가-힣])")
# "GenAI4EU 이니셔티브를", "Apply AI 전략을", "「GenAI4EU」 프로그램을": a programme's name, quoted
# or not, followed by what it is; the particle that gives its role comes after that word.
PROGRAMME_WORD = re.compile(r"[」』’”\"']?\s?" + KOREAN_HEAD.pattern + r"(?![가-힣]{2})")
# "삼성전자 파운드리사업부와", "A DS부문과": a company's unit named after it; the unit's
# particle gives the company's role.
# "HD한국조선해양 울산조선소가", "엔비디아 한국법인이": a site or a country's branch, likewise.
_UNIT_WORD = re.compile(r"\s?[가-힣A-Za-z]{0,8}(?:사업부|사업본부|부문|조선소|공장|법인|지사)(?![가-힣]{2})")
# "KAIST 김재철AI대학원이": a university's graduate school, likewise (an institute, "X대 Y연구소", is an actor of its own).
_SCHOOL_WORD = re.compile(r"\s?[가-힣A-Za-z]{0,8}대학원(?![가-힣]{2})")
# A parenthetical right after a name: "문샷(Moonshot AI)", "Cohere(캐나다)".
GLOSS = re.compile(r"\s?[(（]([^()（）]{1,60})[)）]")
# Footnote marks, and the closing bracket of a list glossing a noun ("통신 3사(SKT, KT)가").
_FOOTNOTE = re.compile(r"(?:<sup>[^<]{0,8}</sup>|\\?\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[)’”」』》'\"])+")


@dataclass
class Mention:
    """An actor named at ``start:end`` of a sentence."""

    start: int
    end: int
    actor: Actor
    surface: str
    particle: str = ""
    country_hint: str | None = None
    discovered: bool = False
    #: Character offset just after the particle.
    after: int = 0
    extra_surfaces: list[str] = field(default_factory=list)


# "A와 B 2개사가", "A, B, C 3개사를", "A과 B 두 곳 모두에": a list counted; the count carries the list's particle.
COUNTED_PARTICLE = re.compile(r"\s?(?:\d+|두|세|네|다섯)\s?(?:개사|개\s?기업|개\s?업체|곳)(?:\s?(?:모두|각각))?"
                              r"(으로부터|로부터|에서|에게|에는|에|의|은|는|이|가|을|를|과|와)(?=[\s,.]|$)")


def particle_at(text: str, pos: int) -> tuple[str, int]:
    """The particle starting at ``pos`` (after footnote marks) and the offset after it."""
    m = _FOOTNOTE.match(text, pos)
    if m:
        pos = m.end()
    particle = _PARTICLE.match(text, pos)
    if particle is None and (also := _에_ALSO.match(text, pos)):
        return "에", also.end()
    return (particle.group(0), particle.end()) if particle else ("", pos)


#: An opening quote: a quoted title or name begins ("B가 주관한 '2026년 ... 공모'", "『X』").
OPENING_QUOTES = "‘'“\"「『"
# Between a programme's description and its quoted name: spaces and the opening quote.
_BEFORE_A_QUOTED_NAME = re.compile(r"\s?[" + OPENING_QUOTES + "]")
_QUOTES_AND_SPACES = re.compile(r"[\s" + OPENING_QUOTES + "]*")


def quoted_programme_described(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The quoted programme name that ``m`` describes, if ``m`` is a programme phrase found by its
    head, with no particle, right before one ("생성형 AI 개발 지원사업 'GENIAC'에"): the phrase
    says what the named programme is, and names no second one."""
    if m.actor.type != "Program" or not m.discovered or m.particle or not _BEFORE_A_QUOTED_NAME.match(text, m.end):
        return None
    return next((n for n in mentions if n.actor.type == "Program" and n.start > m.end
                 and _QUOTES_AND_SPACES.fullmatch(text, m.end, n.start)), None)


def called_back(named: Mention, text: str, start: int, end: int) -> Mention:
    """A mention at ``start``-``end`` of ``text`` (a word such as "도" or "은행이" that calls an
    organisation back) standing for the actor of ``named``, with the particle that follows it."""
    particle, after = particle_at(text, end)
    return replace(named, start=start, end=end, particle=particle, after=after, surface=text[start:end],
                   country_hint=None)


def calls_back(words: re.Pattern[str], group: str, last: dict[str, Mention], text: str,
               mentions: list[Mention]) -> list[tuple[re.Match[str], Mention]]:
    """Each match of ``words`` in ``text`` outside ``mentions`` whose ``group`` is a word in
    ``last`` (a head noun, "도"), with the mention it makes of the organisation that word last
    stood for: the one loop of every reader of words that call a name back."""
    found = []
    for match in words.finditer(text):
        named = last.get(match.group(group))
        if named is not None and not any(m.start < match.end() and match.start() < m.end for m in mentions):
            found.append((match, called_back(named, text, match.start(), match.end())))
    return found


# Bound suffixes after a country's name: "싱가포르계", "중국산", "한국형", "일본 측".
_COUNTRY_SUFFIX = "계산형식측발인어판"


def _inside_a_word(text: str, end: int, country: bool = False) -> bool:
    """True if a Korean name found ending at ``end`` is the start of a longer word: "인텔" in
    "인텔리전스" (a particle may follow a name: "인텔은", "인텔리" is no particle; so may a
    country's bound suffix: "싱가포르계 벤처캐피털")."""
    nxt = text[end:end + 1]
    if country and nxt and nxt in _COUNTRY_SUFFIX:
        return False
    if nxt == "향" and text[end + 1:end + 2].isspace():
        return False  # "엔비디아향 HBM 공급": bound for the customer, as business Korean writes it
    return "가" <= text[end - 1:end] <= "힣" and "가" <= nxt <= "힣" and not particle_at(text, end)[0]


# "(Telkom Indonesia)": capitalised Latin words opening a gloss before a country's name.
_LATIN_WORDS_OPENING = re.compile(r"[(（]\s*(?:[A-Z][\w&.\-]*\s)+$")
_GLOSS_CLOSING = re.compile(r"\s*[)）]")


def _ends_a_latin_name(text: str, start: int, end: int) -> bool:
    """True if the country at ``start:end`` is the last word of a company's Latin name in a gloss
    ("텔콤 인도네시아(Telkom Indonesia)와 함께"): the company is meant, not the country."""
    return bool(_GLOSS_CLOSING.match(text, end) and _LATIN_WORDS_OPENING.search(text[:start], max(0, start - 40)))


def _last_word(gloss: re.Match[str]) -> tuple[int, int]:
    """The span of a gloss's last word within the gloss's own text ("(Telkom Indonesia)")."""
    inner_end = gloss.end(1) - gloss.start()
    return inner_end - len(gloss.group(1).split()[-1]) if gloss.group(1).split() else inner_end, inner_end


def _owner_before_longer_model(text: str, matches: list[Match], gazetteer: Gazetteer) -> list[Match]:
    """Split an alias that puts the owner before a model ("Google Gemini") where a longer model
    name starts after the owner ("Google Gemini-2.0-Flash-exp", "Google Gemini 2.5 Pro"): the
    leftmost match would hide both the model's version and, as one mention, its owner."""
    out: list[Match] = []
    for m in matches:
        space = m.surface.find(" ") if m.entry.type == "Model" else -1
        owner = gazetteer.lookup(m.surface[:space]) if space > 0 else None
        if owner is not None and owner.type != "Model":
            at = m.start + space + 1
            rest = gazetteer.find(text[at:at + 80])
            if rest and rest[0].start == 0 and at + rest[0].end > m.end:
                out += [Match(m.start, m.start + space, m.surface[:space], owner),
                        Match(at, at + rest[0].end, rest[0].surface, rest[0].entry)]
                continue
        out.append(m)
    return leftmost_longest(out) if len(out) > len(matches) else out


# "7억 캐나다 달러", "56억 사우디 리얄": a country's name that begins a currency's name.
_CURRENCY = re.compile(KO_CURRENCIES)


def _names_a_currency(text: str, start: int, end: int) -> bool:
    """True if the country named at ``start:end`` is part of a currency's name ("캐나다 달러")."""
    currency = _CURRENCY.match(text, start)
    return currency is not None and currency.end() > end




# "사우디 국부펀드", "프랑스 공공투자은행": a known name written as its country and what it is.
_COUNTRY_AND_KIND = re.compile(r"^(?P<country>[가-힣]{2,8})\s+[가-힣]*(?:펀드|은행|투자청|통신사|정부|기업|투자사)$")


def _described_country(match: Match, gazetteer: Gazetteer) -> str | None:
    """The country an organisation's Korean alias opens with, when the alias describes it by its
    country and kind: the text says where it is, as "사우디의 국부펀드 PIF" would."""
    described = _COUNTRY_AND_KIND.match(match.surface) if match.entry.type in ORGANISATIONS_AND_GOVERNMENT else None
    country = gazetteer.lookup(described.group("country")) if described else None
    return country.country if country is not None and country.type == "Country" else None


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Gazetteer mentions in ``text`` with glosses folded in and particles read."""
    matches = _owner_before_longer_model(text, gazetteer.find(text), gazetteer)
    mentions: list[Mention] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        country = m.entry.type == "Country"
        if _inside_a_word(text, m.end, country) or (country and _names_a_currency(text, m.start, m.end)):
            i += 1
            continue
        gloss = GLOSS.match(text, m.end)
        if m.entry.type == "Country" and (_ends_a_latin_name(text, m.start, m.end)
                                          or (gloss and _ends_a_latin_name(gloss.group(0), *_last_word(gloss)))):
            i += 1
            continue
        mention = Mention(m.start, m.end, m.entry.to_actor(), m.surface)
        mention.country_hint = _described_country(m, gazetteer)
        end = m.end
        if gloss:
            inner = gazetteer.find(gloss.group(1))
            covers_gloss = inner and inner[0].start == 0 and inner[0].end >= len(gloss.group(1).strip()) - 1
            if inner and covers_gloss and inner[0].entry.id == m.entry.id:
                mention.extra_surfaces.append(gloss.group(1))
                end = gloss.end()
                i += 1  # the gloss's own match is part of this mention
            elif inner and covers_gloss and inner[0].entry.type == "Country" and m.entry.type != "Country":
                mention.country_hint = inner[0].entry.country
                end = gloss.end()
                i += 1
            elif m.entry.type == "Person":
                # "데미스 허사비스(캠브리지 학사, UCL 박사)": a person's gloss is their background;
                # the names in it are not actors of the sentence.
                end = gloss.end()
                while i + 1 < len(matches) and matches[i + 1].start < end:
                    i += 1
        mention.end = end
        word = (PROGRAMME_WORD.match(text, end) if mention.actor.type == "Program"
                else _UNIT_WORD.match(text, end) if mention.actor.type in ("Company", "Startup")
                else _SCHOOL_WORD.match(text, end) if mention.actor.type == "University" else None)
        mention.particle, mention.after = particle_at(text, word.end() if word else end)
        if gloss and end == m.end and not word and not mention.particle and m.entry.type in ORGANISATIONS_AND_GOVERNMENT:  # a gloss may describe them ("X(Y 계열)")
            # "LG AI연구원(LG그룹 AI 싱크탱크)이 주관하며": the particle after a describing gloss is the name's
            particle, after = particle_at(text, gloss.end())
            if particle:
                mention.particle, mention.after = particle, after
        mentions.append(mention)
        i += 1
    return mentions
