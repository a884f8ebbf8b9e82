"""Companies named with their legal form, and the names a company document defines for itself.

Korean company documents (disclosures, IR material, contracts) write a registered company with
its legal form: "주식회사 로하텍", "(주)딥엣지", "딥엣지㈜". The form makes the word beside it a
company name whatever the word is, so no descriptor or cue is needed to find it.

Such documents then stop naming: the filer calls itself "당사" (this company), a disclosure
calls the company whose shares it buys "발행회사", and any party may be shortened with
'(…, 이하 "르네사스")'. :class:`DefinedTerms` keeps these terms for one document and finds them
as mentions of the actor they stand for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, slugify
from loaders.discovery import discovered_actor, names_a_kind
from loaders.gazetteer import Gazetteer
from loaders.mentions import GLOSS, Mention, particle_at
from loaders.normalise import Block
from loaders.noun_phrases import particle_ending
from loaders.patterns import LATIN_LEGAL_FORM

# "주식회사 로하텍", "(주)딥엣지": the form before a one-word name (a Latin name may run on).
_FORM_BEFORE = re.compile(r"(?:주식회사|\(주\)|㈜)\s?(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]*)")
# "딥엣지㈜", "딥엣지(주)", "딥엣지 주식회사": the form after the name.
_FORM_AFTER = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&\-]*)\s?(?:㈜|\(주\)|\s주식회사)")
_HAS_FORM = ("㈜", "(주)", "주식회사")
# "일본 법인 'Wrtn Japan'", "현지 법인 ‘X’": the quoted name of a company set up somewhere, one
# name even when it holds a country's ("Japan"); the word before 법인 may say where it is.
_ENTITY_QUOTED = re.compile(r"(?:(?P<place>[가-힣]{2,8})\s)?법인\s?[‘'\"“](?P<name>[^’'\"”]{2,30})[’'\"”]")
# ". Ltd." after "... SG Pte": the rest of a Latin name's legal form, which the name found stops short of.
_LEGAL_FORM_REST = re.compile(r"\.?(?:,?\s" + LATIN_LEGAL_FORM + r")*")
# "Inc.", "B.V.": a word that is a legal form and nothing else.
_LEGAL_FORM_WORD = re.compile(LATIN_LEGAL_FORM)
# "이하 '르네사스'", '이하 "당사"': the short name a gloss defines.
_HEREAFTER = re.compile(r"이하\s*[\"'‘“「]?(?P<term>[^\"'’”」()]{1,20}?)[\"'’”」]?\s*(?:이라\s*함|라\s*함)?\s*$")
# "이하 'EACF')": the end of a gloss, the short name it defines (perhaps quoted) and the bracket closing it.
_HEREAFTER_TERM = r"이하\s*[\"'‘“「]?(?P<term>[^\"'’”」()（）]{1,20}?)[\"'’”」]?\s*[)）]"
# ", 이하 EACF)’": the rest of a gloss after the name it spells, giving a short name for it.
_HEREAFTER_IN_GLOSS = re.compile(r"\s*,\s*" + _HEREAFTER_TERM + r"[」』’”\"']?")
# "'X 프로젝트(이하 XP)'": a gloss inside a quoted title, before its closing quote; it may spell the
# title first and the head may follow the quote ("'X 그리드(X Grid, 이하 XG)' 사업").
_GLOSS_IN_TITLE = re.compile(r"[(（](?:[^()（）,]{1,60},)?\s*" + _HEREAFTER_TERM + r"\s*[’'”\"」』](?:\s?[가-힣]{1,6})?$")
# "엔터프라이즈싱가포르(Enterprise Singapore, 이하 ESG)", "누리랩스(이하 누리)": a word that a
# gloss gives a short name for is a name, whatever the word is; a Latin spelling may come first.
_INTRODUCED = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣][가-힣A-Za-z0-9]{2,24})\s?[(（]\s*"
                         r"(?:(?P<latin>[A-Z][A-Za-z0-9&.'’ -]{1,40}?)\s*,\s*)?이하\s*[\"'‘“「]?[^()（）\"'’”」]{1,20}[\"'’”」]?\s*[)）]")
# "기업 지원기관인 X", "전담기관 X": the word before the name says it is a public body.
_PUBLIC_BODY_BEFORE = re.compile(r"(?:지원|공공|정부|전담|유관|집행)\s?기관(?:인|으로)?\s$")
# "당사" is this company; not "당사자" (a party) nor "당사국" (a state party).
SELF = "당사"
_LISTED = "상장법인"
_NOT_AFTER_SELF = "자국者"


def company_name(text: str) -> str:
    """``text`` without the Korean legal form it carries ("로하텍재팬㈜" -> "로하텍재팬")."""
    return re.sub(r"\s*(?:주식회사|\(주\)|㈜)\s*", " ", text).strip()


def corporate_mentions(text: str, known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Companies named with a legal form in ``text``, outside the ``known`` mentions.

    The mention covers the form and a Latin gloss after it ("알엑스엣지실리콘㈜(RX Edge
    Silicon Co., Ltd.)"), which becomes an alias; the particle is read after both.
    """
    found = _quoted_entities(text, gazetteer)
    if not any(form in text for form in _HAS_FORM):
        return found
    for match in (*_FORM_BEFORE.finditer(text), *_FORM_AFTER.finditer(text)):
        if _form_closes_another_word(text, match):
            continue
        name, end = _without_particle(match.group("name"), match.end(), text)
        if len(name) < 2 or name in ("주식회사",) or name.isdigit() or _FOOTNOTE_MARK.fullmatch(name):
            continue
        gloss = GLOSS.match(text, end)
        aliases = []
        if gloss and not re.search(r"[가-힣]", gloss.group(1)):
            aliases.append(gloss.group(1).strip())
            end = gloss.end()
        if any(k.start < end and k.end > match.start() for k in known + found):
            continue
        entry = gazetteer.lookup(name)
        actor = entry.to_actor() if entry is not None else _company(name, aliases)
        mention = Mention(match.start(), end, actor, name, discovered=entry is None)
        mention.particle, mention.after = particle_at(text, end)
        found.append(mention)
    return found


_NAME_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
# "삼성벤처투자(주)주1)": a footnote mark (주1, 주2) glued after a name's form is not a name.
_FOOTNOTE_MARK = re.compile(r"주\d{1,2}")


def _form_closes_another_word(text: str, match: re.Match) -> bool:
    """Whether the legal form of ``match`` is spaced from its name but glued to the word on its
    other side, which it then belongs to: in a flattened table "스톤브릿지벤처스(주) 전환우선주"
    the form closes the investor's name and the share class after it is no company, and
    "2019.06.20 (주)스파크랩" does not make the date a company."""
    name_start, name_end = match.span("name")
    if match.start() < name_start:  # the form before the name
        gap, outer = text[match.start():name_start], match.start() - 1
    else:
        gap, outer = text[name_end:match.end()], match.end()
    if not gap[:1].isspace() and not gap[-1:].isspace():
        return False
    return 0 <= outer < len(text) and bool(_NAME_CHAR.match(text, outer))


# What ends the word a legal form stands before: "㈜모델웍스가 참여", "㈜하이퍼루트가," .
_WORD_END = re.compile(r"[\s,.·)」’”'\"]|$")


def _without_particle(name: str, end: int, text: str) -> tuple[str, int]:
    """The name a legal form stands before, without the particle its word ends in: "㈜모델웍스가
    참여한다" names 모델웍스 (가 follows a vowel, so it is the subject particle), while
    "㈜메디큐브에이아이," keeps its 이 (a particle 이 never follows a vowel)."""
    if not _WORD_END.match(text, end):
        return name, end
    particle = particle_ending(name)
    if not particle or len(name) - len(particle) < 2:
        return name, end
    return name[:-len(particle)], end - len(particle)


def introduced_names(text: str, known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Unknown words that a gloss gives a short name for ("엔터프라이즈싱가포르(Enterprise
    Singapore, 이하 ESG)와"): a press release introduces every party so, and only a name gets a
    short form. The mention ends before the gloss, whose short name :class:`DefinedTerms`
    learns; the Latin spelling becomes an alias. Known names inside the word ("싱가포르") are
    the caller's to drop."""
    if "이하" not in text:
        return []
    found = []
    for match in _INTRODUCED.finditer(text):
        name = match.group("name")
        start, end = match.span("name")
        if gazetteer.lookup(name) is not None or any(k.start <= start and end <= k.end for k in known) or names_a_kind(name):
            continue  # "기업형 벤처캐피탈(..., 이하 CVC)": a kind abbreviated, no body named
        latin = match.group("latin")
        entry = gazetteer.lookup(latin) if latin else None
        actor = entry.to_actor() if entry is not None else _company(name, [latin] if latin else [])
        if entry is None and _PUBLIC_BODY_BEFORE.search(text, max(0, start - 12), start):
            actor.type = "Government"
        found.append(Mention(start, end, actor, name, discovered=entry is None))
    return found


def _quoted_entities(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Companies named in quotes after "법인", each with the country named before 법인, if any;
    the caller drops the known names inside them ("Japan" in 'Wrtn Japan')."""
    if "법인" not in text:
        return []
    found = []
    for match in _ENTITY_QUOTED.finditer(text):
        entry = gazetteer.lookup(match.group("name"))
        actor = entry.to_actor() if entry is not None else _company(match.group("name"), [])
        mention = Mention(match.start("name") - 1, match.end(), actor, match.group("name"), discovered=entry is None)
        mention.particle, mention.after = particle_at(text, match.end())
        place = gazetteer.lookup(match.group("place") or "")
        if place is not None and place.type == "Country":
            mention.country_hint = place.country
        found.append(mention)
    return found


def _company(name: str, aliases: list[str]) -> Actor:
    actor = discovered_actor(name, "company")
    actor.aliases = aliases
    return actor


def filer(blocks: list[Block], gazetteer: Gazetteer) -> Actor | None:
    """The company a document speaks for: one named with its legal form in a short line at
    the top ("주식회사 로하텍 (코스닥시장 상장법인)"), in a document that calls a company
    "당사" or whose top says it is a listed company's ("상장법인"). A news article names
    companies with their form too, but never says 당사."""
    heads = [b for b in blocks[:3] if len(b.text) <= 60 and not b.is_table_row]
    if not any(_LISTED in b.text for b in heads) and not any(SELF in b.text for b in blocks):
        return None
    for block in heads:
        found = corporate_mentions(block.text, [], gazetteer)
        if found:
            return found[0].actor
    return None


class DefinedTerms:
    """The short names one document defines, and a finder for them in its sentences."""

    def __init__(self, company: Actor | None = None):
        self._terms: dict[str, Actor] = {SELF: company} if company is not None else {}

    def define(self, term: str, actor: Actor) -> None:
        self._terms[term] = actor

    def speaks_for(self, author) -> None:
        """Read the words a document calls its author by ("저희", "당행") as the author
        (a :class:`loaders.authors.Author`); a filer found already keeps "당사"."""
        for word in author.words:
            self._terms.setdefault(word, author.actor)

    def learn(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Keep the short names glossed after mentions ('르네사스 일렉트로닉스(Renesas
        Electronics Corporation, 이하 "르네사스")는'); the mention then reaches over the gloss
        to the particle after it, and the names inside the gloss are no mentions of their own."""
        if "이하" not in text:
            return mentions
        glossed = [m for m in mentions if self._learn_inside_gloss(text, m, mentions) or self._learn_inside_title(m)]
        reach = 0
        for m in mentions:
            if m in glossed or m.start < reach:
                continue  # a name inside one that reached over its legal form and gloss ("Ltd")
            # "Norden Labs SG Pte. Ltd.(이하 노든 SG)": the gloss may follow the rest of a legal form
            gloss = GLOSS.match(text, _LEGAL_FORM_REST.match(text, m.end).end()) if text[m.end:m.end + 1] in ". ," else None
            gloss = gloss or GLOSS.match(text, m.end)
            hereafter = _HEREAFTER.search(gloss.group(1).rsplit(",", 1)[-1]) if gloss else None
            if hereafter is None:
                continue
            self._define_alias(hereafter.group("term").strip(), m)
            m.end = reach = gloss.end()
            m.particle, m.after = particle_at(text, m.end)
        return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)]

    def _define_alias(self, term: str, m: Mention) -> None:
        """Keep ``term`` as the short name of ``m``'s actor; a name the document itself
        introduced takes it as an alias too, since later sentences (and readers) call it so
        ("'X 실증사업'(이하 AX 챌린지)" is then "AX 챌린지" throughout)."""
        self._terms[term] = m.actor
        if m.discovered and term not in m.actor.aliases:
            m.actor.aliases.append(term)

    def _learn_inside_gloss(self, text: str, m: Mention, mentions: list[Mention]) -> bool:
        """"‘유럽 AI 공동투자기구(European AI Co-Investment Facility, 이하 EACF)’를": when the
        only name found is the gloss's spelling, the short name after it is that name's; the
        mention reaches over the close of the gloss (and of its quote) to the particle. A name
        found before the gloss takes the short name itself (below)."""
        inside = _HEREAFTER_IN_GLOSS.match(text, m.end)
        opening = max(text.rfind("(", 0, m.start), text.rfind("（", 0, m.start))
        if inside is None or opening <= max(text.rfind(")", 0, m.start), text.rfind("）", 0, m.start)) or any(
                not text[o.end:opening].strip() for o in mentions if o.end <= opening):
            return False
        if names_a_kind(text[:opening].rstrip().rsplit(" ", 1)[-1]):
            return True  # "기업형 벤처캐피탈(Corporate Venture Capital, 이하 CVC)": the short name of a kind
        self._define_alias(inside.group("term").strip(), m)
        m.end = inside.end()
        m.particle, m.after = particle_at(text, m.end)
        return True

    def _learn_inside_title(self, m: Mention) -> bool:
        """"'AI 에이전트 선도 프로젝트(이하 에이전트K)'의": a quoted title that holds its own gloss
        (the mention already reaches over it, and perhaps over a head after the closing quote:
        "'X 그리드(이하 XG)' 사업") defines the short name for the title's actor."""
        inside = _GLOSS_IN_TITLE.search(m.surface)
        if inside is None:
            return False
        self._define_alias(inside.group("term").strip(), m)
        return True

    def find(self, text: str, known: list[Mention]) -> list[Mention]:
        """Mentions of the defined terms in ``text`` outside the ``known`` ones."""
        found: list[Mention] = []
        for term, actor in self._terms.items():
            start = text.find(term)
            while start >= 0:
                end = start + len(term)
                if self._stands_alone(text, start, end, term) and not any(
                        k.start < end and k.end > start for k in known + found):
                    mention = Mention(start, end, actor, term)
                    mention.particle, mention.after = particle_at(text, end)
                    found.append(mention)
                start = text.find(term, end)
        return found

    @staticmethod
    def _stands_alone(text: str, start: int, end: int, term: str) -> bool:
        """True if ``term`` at ``start:end`` is a word of its own: no Hangul glued before it,
        and after it a particle, a space or punctuation ("당사는", "당사 CTO"), not "당사자"."""
        if start > 0 and re.match(r"[가-힣A-Za-z]", text[start - 1]):
            return False
        nxt = text[end:end + 1]
        if term == SELF and nxt and nxt in _NOT_AFTER_SELF:
            return False
        return not nxt or not re.match(r"[가-힣A-Za-z]", nxt) or bool(particle_at(text, end)[0])


def without_legal_form(text: str, m: Mention) -> Mention:
    """A discovered "Lattice Proof Inc." as the company "Lattice Proof": the legal form is no part
    of the name a text goes on to use, and its full stop no sentence end ("Acme Inc., a ...")."""
    name, _, form = m.surface.rpartition(" ")
    if not (m.discovered and name and _LEGAL_FORM_WORD.fullmatch(form)):
        return m
    end = m.end + (text[m.end:m.end + 1] == ".")
    # The full legal name stays an alias: a reader may look it up, and other texts may use it.
    actor = replace(m.actor, id=slugify(name), name=name, aliases=[*m.actor.aliases, m.surface])
    return replace(m, end=end, after=max(m.after, end), actor=actor)
