"""Relations stated in English sentences.

Kept apart from the Korean frames of :mod:`loaders.relations.sentences`: English marks roles
by word order and prepositions, not by particles. The subject of a clause is the last name
before the verb that no preposition governs and that is not inside an appositive
("Northwind, a subsidiary of Takara, agreed to acquire ..."); objects follow the verb, or its
preposition ("invested $10M in X", "led a Series A in X", "committed €30M to X"). Names joined
by commas and "and" act together. Appositives and location glosses state facts of their own
("X, a subsidiary of Y", "Oslo-based X", "X, a London start-up", "X of Osaka").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from graph.model import Actor, Evidence, slugify
from loaders.amounts import Amount, find_amounts
from loaders.dates import find_dates
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.frames import CueMatch, Cues

_COORD = re.compile(r"^(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+|\s+or\s+)$")
# Words that make the name after them a complement, not a subject.
_PREPOSITION = re.compile(r"\b(?:of|in|into|from|with|to|for|at|by|on|under|than|as|via|including|between|"
                          r"and|led|backed|behind|like)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]\s|\.\s|,\s+(?:while|but|whereas|although|after|before|and\s+(?=[a-z]))\b")
# An appositive or a non-restrictive clause after a name: ", a subsidiary of C,", ", founded by P,",
# ", which develops M".
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|one|which|who|that|founded|co-founded|backed|based|owned|"
                         r"headquartered|part|formerly|now|previously|whose)\b[^,;]*(?:,|(?=[;.]\s)|$)")
_ROUND = re.compile(r"\b(Series\s+[A-H](?:[-+]?\d)?|pre-seed|seed|bridge|growth|pre-Series\s+[A-H])"
                    r"(?=\s+(?:round|funding|financing|extension|investment)|\b)", re.I)
_ROUND_NAME = re.compile(r"^(?:Series\s+[A-H]\d?|Seed|Pre-Seed)$", re.I)
_NOT_A_DEAL = re.compile(r"valuation|valued at|worth|revenue|sales|capex|team of|employees", re.I)
_MODAL = re.compile(r"\b(?:agreed to|agrees to|plans? to|planning to|will|is set to|are set to|set to|intends? to|"
                    r"expected to|is to|in talks to|aims? to|would)\s+(?:\w+\s+)?$", re.I)
_YEAR = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d{2})\b")
_ANAPHOR = re.compile(r"(?:^|\s)(?:the|The)\s+(?:company|firm|start-?up|startup|group|lab|business|developer|"
                      r"maker|investor|fund)\s*,?\s*$|(?:^|\s)(?:It|it)\s+(?:also\s+)?$")
_THE_PROGRAMME = re.compile(r"\bthe\s+(?:programme|program|initiative|scheme|fund|project)\b(?!\s+[A-Z])", re.I)
_GOVERNMENT_BEFORE = re.compile(r"\b(?:the\s+)?government\s+of\s+(?:the\s+)?$", re.I)
_GOVERNMENT_AFTER = re.compile(r"^(?:['’]s)?\s+government\b", re.I)
_DEVELOPER_TYPES = {"Startup", "Company"}
_ORGS = {"Startup", "Company", "Investor", "University"}

# Where a city is, for location glosses ("Oslo-based X"): capitals and large technology hubs.
CITY_COUNTRY = {
    "London": "GB", "Cambridge": "GB", "Oxford": "GB", "Manchester": "GB", "Edinburgh": "GB",
    "Paris": "FR", "Lyon": "FR", "Berlin": "DE", "Munich": "DE", "Hamburg": "DE", "Frankfurt": "DE",
    "Amsterdam": "NL", "Eindhoven": "NL", "Brussels": "BE", "Zurich": "CH", "Geneva": "CH", "Lausanne": "CH",
    "Vienna": "AT", "Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK", "Helsinki": "FI", "Dublin": "IE",
    "Madrid": "ES", "Barcelona": "ES", "Lisbon": "PT", "Porto": "PT", "Milan": "IT", "Rome": "IT",
    "Warsaw": "PL", "Prague": "CZ", "Tallinn": "EE", "Tokyo": "JP", "Osaka": "JP", "Kyoto": "JP",
    "Seoul": "KR", "Pangyo": "KR", "Busan": "KR", "Beijing": "CN", "Shanghai": "CN", "Shenzhen": "CN",
    "Hangzhou": "CN", "Guangzhou": "CN", "Taipei": "TW", "Hong Kong": "HK", "Bangalore": "IN",
    "Bengaluru": "IN", "Mumbai": "IN", "New Delhi": "IN", "Delhi": "IN", "Sydney": "AU", "Melbourne": "AU",
    "Toronto": "CA", "Montreal": "CA", "Vancouver": "CA", "San Francisco": "US", "New York": "US",
    "Boston": "US", "Seattle": "US", "Austin": "US", "Palo Alto": "US", "Los Angeles": "US",
    "Silicon Valley": "US", "Tel Aviv": "IL", "Abu Dhabi": "AE", "Dubai": "AE", "Riyadh": "SA",
    "Jakarta": "ID", "Ho Chi Minh City": "VN", "Hanoi": "VN", "Bangkok": "TH", "Kuala Lumpur": "MY",
    "Nairobi": "KE", "Lagos": "NG", "Cairo": "EG", "São Paulo": "BR", "Mexico City": "MX",
}
_PLACE = r"([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2})"
_ORG_NOUN = (r"(?:start-?ups?|startup|company|firm|fund|investor|lab|developer|maker|group|manager|bank|provider|"
             r"unicorn|venture|VC|scale-?up|chipmaker|conglomerate|insurer|operator|platform)\b")
_BASED_BEFORE = re.compile(_PLACE + r"-based\s+(?:[a-z][\w-]*\s+){0,3}$")
_GLOSS_AFTER = (
    re.compile(r"^,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?" + _PLACE + r"(?:-based|-headquartered)?\s+"
               r"(?:[a-zA-Z][\w-]*\s+){0,2}?" + _ORG_NOUN),
    re.compile(r"^,?\s+(?:a\s+(?:[a-z][\w-]*\s+){0,3}?)?(?:based|headquartered)\s+in\s+" + _PLACE),
    re.compile(r"^\s+of\s+" + _PLACE + r"(?=[\s,.;]|$)"),
    re.compile(r"^\s*\(" + _PLACE + r"\)"),
)


@dataclass
class _Group:
    members: list[Mention]
    start: int
    end: int


class EnglishExtractor:
    """Reads the English cue frames of one sentence at a time.

    Keeps, per document, what the last sentences were about, so that "The company, founded
    by P" and "under the programme" point back to the names they mean.
    """

    def __init__(self, cues: Cues, government_of: Callable[[str | None], Actor | None],
                 country_of: Callable[[str | None], Actor | None]):
        self.cues = cues
        self.government_of = government_of
        self.country_of = country_of
        self._doc: str | None = None
        self._last_subject: list[Mention] = []
        self._programme: Mention | None = None

    def extract(self, s, cues: list[CueMatch], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
        if s.doc_id != self._doc:
            self._doc, self._last_subject, self._programme = s.doc_id, [], None
        text = s.text
        mentions = self._governments(text, _cleaned(text, s.mentions))
        mentions += self._programme_anaphora(text, mentions)
        mentions.sort(key=lambda m: m.start)
        self.text, self.evidence = text, evidence
        self.groups = _groups(text, mentions)
        self.appositives = [(g, m.start(), m.end()) for g in self.groups
                            for m in [_APPOSITIVE.match(text, g.end)] if m]
        self.amounts = [a for a in find_amounts(text) if not _NOT_A_DEAL.search(text, max(0, a.start - 16), a.start)]
        self.dates = find_dates(text)
        facts: list[Fact] = []
        used: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
        for cue in cues:
            if any(cue.start < e and cue.end > b for b, e in used):
                continue
            used.append((cue.start, cue.end))
            facts += self._cue(cue)
        self._place_glosses(mentions)
        for m in mentions:
            country = self.country_of(m.country_hint) if m.country_hint and m.actor.type in _ORGS else None
            if country is not None:
                facts.append(Fact(m.actor, "BASED_IN", country, {"confidence": 0.7}, evidence(m.start, m.end)))
        subject = self._first_subject()
        if subject:
            self._last_subject = subject
        programmes = [m for m in mentions if m.actor.type == "Program"]
        if programmes:
            self._programme = programmes[-1]
        return facts

    # -- names ------------------------------------------------------------------------------

    def _governments(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"The government of Portugal", "Japan's government": the country's government acts."""
        out = []
        for m in mentions:
            if m.actor.type == "Country":
                before = _GOVERNMENT_BEFORE.search(text, 0, m.start)
                after = _GOVERNMENT_AFTER.match(text[m.end:])
                government = None
                if before or after:
                    government = self.government_of(m.actor.country) or Actor(
                        id=slugify(f"{m.actor.name} government"), name=f"{m.actor.name} government",
                        type="Government", country=m.actor.country, discovered=True)
                if government is not None:
                    start = before.start() if before else m.start
                    end = m.end + after.end() if after else m.end
                    m = replace(m, start=start, end=end, after=end, actor=government)
            out.append(m)
        return out

    def _programme_anaphora(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"under the programme": the programme the passage named last."""
        if self._programme is None or any(m.actor.type == "Program" for m in mentions):
            return []
        return [replace(self._programme, start=m.start(), end=m.end(), after=m.end(), surface=m.group(0),
                        country_hint=None) for m in _THE_PROGRAMME.finditer(text)][:1]

    def _in_appositive(self, g: _Group, pos: int) -> bool:
        """True if ``g`` stands in an appositive that does not also hold ``pos``."""
        return any(a <= g.start < b and not a <= pos < b for _, a, b in self.appositives)

    def _host(self, pos: int) -> _Group | None:
        """The name an appositive holding ``pos`` describes ("X, founded by P": X)."""
        hosts = [h for h, a, b in self.appositives if a <= pos < b]
        return hosts[-1] if hosts else None

    def _clause(self, pos: int) -> tuple[int, int]:
        start = 0
        for m in _CLAUSE_BREAK.finditer(self.text, 0, pos):
            start = m.end()
        nxt = _CLAUSE_BREAK.search(self.text, pos)
        return start, nxt.start() if nxt else len(self.text)

    def _subject(self, pos: int) -> _Group | None:
        """The clause's subject before ``pos``: the host of an appositive holding ``pos``, or
        the last name before it that no preposition governs."""
        host = self._host(pos)
        if host is not None:
            return host
        lo, _ = self._clause(pos)
        candidates = [g for g in self.groups if lo <= g.start and g.end <= pos and not self._in_appositive(g, pos)
                      and not _PREPOSITION.search(self.text, max(0, g.start - 14), g.start)
                      and not re.match(r"['’]s\b", self.text[g.end:])]
        if candidates:
            return candidates[-1]
        if self._last_subject and _ANAPHOR.search(self.text, lo, pos):
            m = self._last_subject
            return _Group([replace(x, start=lo, end=lo, after=lo) for x in m], lo, lo)
        return None

    def _first_subject(self) -> list[Mention]:
        for g in self.groups:
            if all(m.actor.type in _ORGS for m in g.members) and not self._in_appositive(g, -1) \
                    and not _PREPOSITION.search(self.text, max(0, g.start - 14), g.start):
                return g.members
        return []

    def _after(self, pos: int, prep: str | None = None) -> list[_Group]:
        """Names after ``pos`` in its clause; with ``prep``, only those the preposition governs."""
        _, hi = self._clause(pos)
        out = [g for g in self.groups if pos <= g.start < hi]
        if prep:
            out = [g for g in out if re.search(rf"\b(?:{prep})\s+(?:the\s+|a\s+|an\s+)?$",
                                               self.text[max(pos, g.start - 40):g.start], re.I)]
        return out

    # -- frames -----------------------------------------------------------------------------

    def _cue(self, cue: CueMatch) -> list[Fact]:
        frame, text = cue.cue.frame, self.text
        word = cue.cue.word.lower()
        if frame == "raise":
            return self._raise(cue)
        if frame == "lead":
            # "A led a $25 million Series A in X", "A co-led X's seed round"
            agent = self._subject(cue.start)
            targets = self._after(cue.end, "in|into|for") or [
                g for g in self._after(cue.end)[:1] if re.match(r"['’]s\b", text[g.end:])]
            return self._pairs(cue, agent, targets[:1], {"role": "lead"})
        if frame == "passive" or (frame == "agent_target"
                                  and re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", text[:cue.start])):
            # "B was acquired by A", "X, founded by P and Q"
            by = self._after(cue.end, "by") if frame == "agent_target" else self._after(cue.end)
            target = self._subject(cue.start)
            # "founded by former CERN engineer P": a name before a role word and a name describes
            by = [g for i, g in enumerate(by) if not (i + 1 < len(by) and re.fullmatch(
                r"\s+(?:[a-z][\w-]*\s+){1,2}", text[g.end:by[i + 1].start]))]
            for agent in by[:3]:
                facts = self._pairs(cue, agent, [target] if target else [])
                if facts:
                    return facts
            return []
        if frame == "symmetric":
            subject = self._subject(cue.start)
            partners = self._after(cue.end)[:1]
            if subject is not None and not partners and len(subject.members) > 1:
                ms = subject.members
                return [f for i, a in enumerate(ms) for b in ms[i + 1:]
                        for f in self._facts(cue, a, b, None, {})]
            return self._pairs(cue, subject, partners)
        if frame == "owned":
            # "B, a subsidiary of C", "B is a unit of C", "B, owned by C"
            return self._pairs(cue, self._subject(cue.start), self._after(cue.end)[:1])
        if frame == "participant":
            # "X is the first participant, receiving €4M under the programme", "X joined N"
            subject = self._subject(cue.start)
            programmes = [g for g in self._after(cue.end) if g.members[0].actor.type == "Program"]
            return self._pairs(cue, subject, programmes[:1])
        if frame == "receive":
            # "X received €4M under the programme / from A"
            subject = self._subject(cue.start)
            givers = self._after(cue.end, "under|from|through|by|via")
            return [f for g in givers[:1] for a in g.members for t in (subject.members if subject else [])
                    for f in self._facts(cue, a, t, subject, {})]
        agent = self._subject(cue.start)
        prep = "to|in|into" if word in ("committed", "commits", "pledged", "invested", "invests", "investing",
                                        "invest", "investment", "put") else None
        targets = self._after(cue.end, prep) if prep else []
        targets = targets or self._after(cue.end)
        if targets and re.search(r"\bby\s+$", text[max(0, targets[0].start - 6):targets[0].start]):
            # "the acquisition of B by A"
            return self._pairs(cue, targets[0], [agent] if agent else [])
        return self._pairs(cue, agent, targets[:1])

    def _raise(self, cue: CueMatch) -> list[Fact]:
        """"X raised $40M in a Series B led by A, with participation from B and C": A (lead), B, C
        invested in X; the round's amount goes to the lead, or to the one source named."""
        recipient = self._subject(cue.start)
        if recipient is None:
            return []
        _, hi = self._clause(cue.end)
        end = len(self.text) if re.search(r"\bled by\b", self.text[cue.end:hi]) else hi
        givers = [g for g in self.groups if cue.end <= g.start < end and re.search(
            r"\b(?:from|by|including|include|includes|with)\s+(?:the\s+|investors\s+|participation\s+(?:from|of)\s+)?"
            r"(?:[a-z]+\s+){0,2}$", self.text[max(cue.end, g.start - 40):g.start], re.I)]
        facts = []
        for n, g in enumerate(givers):
            lead = bool(re.search(r"\b(?:co-)?led by\s+(?:the\s+)?$", self.text[max(0, g.start - 16):g.start], re.I))
            props = {"role": "lead"} if lead else {}
            for m in g.members:
                for r in recipient.members:
                    facts += self._facts(cue, m, r, recipient, props, with_amount=lead or n == 0)
        return facts

    def _pairs(self, cue: CueMatch, agent: _Group | None, targets: list[_Group], props: dict | None = None) -> list[Fact]:
        if agent is None:
            return []
        return [f for tg in targets if tg is not agent for a in agent.members for t in tg.members
                for f in self._facts(cue, a, t, tg, dict(props or {}))]

    # -- facts ------------------------------------------------------------------------------

    def _facts(self, cue: CueMatch, subj: Mention, obj: Mention, target_group, props: dict,
               with_amount: bool = True) -> list[Fact]:
        if subj.actor.id == obj.actor.id:
            return []
        obj_actor = obj.actor
        if ("DEVELOPS" in cue.cue.relations and obj.discovered and obj_actor.type in _DEVELOPER_TYPES
                and (cue.cue.relations[0] == "DEVELOPS" or re.match(r",?\s+(?:an?|the|its)\s+[^,.;]*\bmodel",
                                                                    self.text[obj.end:]))):
            obj_actor = replace(obj_actor, type="Model", kind=None)  # "develops Hikari-2, a ... model"
        if cue.cue.subjects and subj.actor.type not in cue.cue.subjects:
            return []
        subj_actor = subj.actor
        if "INVESTED_IN" in cue.cue.relations and _named_fund(subj):
            subj_actor = replace(subj_actor, type="Investor", kind="fund")  # "Oakmere Fund" invests: an investor
        for relation in cue.cue.relations:
            subject = subj_actor
            if relation in ("LAUNCHED", "FUNDS", "REGULATES") and subject.type == "Country":
                subject = self.government_of(subject.country) or subject
            if relation == "INVESTED_IN" and subject.type in ("Government", "Program") and "FUNDS" in cue.cue.relations:
                continue  # public money is funding, not equity
            if self.cues.fits(relation, subject.type, obj_actor.type) or (
                    relation in ("LAUNCHED", "PARTICIPATES_IN") and obj.discovered and obj_actor.type == "Program"):
                break
        else:
            return []
        lo, hi = self._clause(cue.start)
        lo = min(lo, subj.start, obj.start)
        hi = max(hi, subj.end, obj.end)
        if relation in ("INVESTED_IN", "FUNDS", "ACQUIRED", "LAUNCHED") and with_amount:
            amount = self._amount(cue, lo, hi)
            if amount is not None:
                props.update(amount.properties())
        if relation == "INVESTED_IN":
            rnd = _ROUND.search(self.text, lo, hi)
            if rnd:
                name = rnd.group(1)
                props["round"] = re.sub(r"\s+", " ", name[0].upper() + name[1:]) if name.lower().startswith(
                    ("series", "pre-series")) else name.lower()
        year = self._year(cue, lo, hi)
        if year:
            props.update(year)
        if _MODAL.search(self.text, max(0, cue.start - 30), cue.start):
            props["qualifier"] = "planned"
        props["confidence"] = 0.8 if not (subj.discovered or obj.discovered) else 0.6
        return [Fact(subject, relation, obj_actor, props,
                     self.evidence(min(subj.start, obj.start, cue.start), max(subj.end, obj.end, cue.end)))]

    def _amount(self, cue: CueMatch, lo: int, hi: int) -> Amount | None:
        near = [a for a in self.amounts if lo <= a.start < hi]
        return min(near, key=lambda a: (a.start < cue.start, abs(a.start - cue.end))) if near else None

    def _year(self, cue: CueMatch, lo: int, hi: int) -> dict:
        dates = [d for d in self.dates if lo <= d.start < hi]
        if dates:
            d = min(dates, key=lambda d: abs(d.start - cue.start))
            return {"date": d.date, "year": d.year}
        bare = [m for m in _YEAR.finditer(self.text, lo, hi)]
        if bare:
            y = min(bare, key=lambda m: abs(m.start() - cue.start)).group(1)
            return {"date": y, "year": int(y)}
        return {}

    # -- location glosses -------------------------------------------------------------------

    def _place_glosses(self, mentions: list[Mention]) -> None:
        """"Oslo-based X", "X, a London start-up", "X of Osaka", "X, based in Paris": where X is,
        recorded as the mention's country hint."""
        text = self.text
        for m in mentions:
            if m.actor.type not in _ORGS or m.country_hint:
                continue
            before = _BASED_BEFORE.search(text, 0, m.start)
            places = [(before.start(1), before.group(1))] if before and before.end() == m.start else []
            for n, pattern in enumerate(_GLOSS_AFTER):
                if n == 2 and not m.discovered:
                    continue  # "Bank of Japan" is a name; "Kaito Vision of Osaka" a gloss
                g = pattern.match(text[m.end:])
                if g:
                    places.append((m.end + g.start(1), g.group(1)))
            for start, place in places:
                code = self._country_code(place, start, mentions)
                if code:
                    m.country_hint = code
                    break

    @staticmethod
    def _country_code(place: str, start: int, mentions: list[Mention]) -> str | None:
        for c in mentions:
            if c.actor.type == "Country" and c.start == start and c.actor.country:
                return c.actor.country
        return CITY_COUNTRY.get(place)


def _cleaned(text: str, mentions: list[Mention]) -> list[Mention]:
    """Discovered names that are not actors ("Series B", "Separately,", "London") dropped, and a
    place joined to a name ("Kaito Vision of Osaka") split off as the name's location."""
    out = []
    for m in mentions:
        if _ROUND_NAME.match(m.surface):
            continue
        if m.discovered:
            if m.surface in CITY_COUNTRY or (m.start == 0 and re.fullmatch(r"[A-Z][a-z]+ly", m.surface)
                                             and text[m.end:m.end + 1] == ","):
                continue
            of = re.fullmatch(r"(.+?) of (.+)", m.surface)
            if of and of.group(2) in CITY_COUNTRY and m.actor.type in _ORGS:
                name = of.group(1)
                actor = replace(m.actor, id=slugify(name), name=name)
                m = replace(m, end=m.start + len(name), after=m.start + len(name), surface=name, actor=actor,
                            country_hint=m.country_hint or CITY_COUNTRY[of.group(2)])
        out.append(m)
    return out


def _groups(text: str, mentions: list[Mention]) -> list[_Group]:
    """Names coordinated into one role: "Cobalt Reach Capital and Ardent Peak Partners", "A, B and C"."""
    groups: list[_Group] = []
    for m in mentions:
        if groups and _COORD.match(text[groups[-1].end:m.start]) and m.start > groups[-1].end \
                and _same_kind(groups[-1].members[-1], m):
            groups[-1].members.append(m)
            groups[-1].end = m.end
            continue
        if groups and m.start < groups[-1].end:
            continue
        groups.append(_Group([m], m.start, m.end))
    return groups


def _named_fund(m: Mention) -> bool:
    """A discovered "X Fund": a programme by its name's head, but it may be an investing body."""
    return m.discovered and m.actor.type == "Program" and m.actor.kind == "fund"


def _same_kind(a: Mention, b: Mention) -> bool:
    """A list holds names of one kind: people with people, organisations with organisations."""
    kinds = ({"Person"}, {"Country"}, {"Program"}, {"Model"})
    ta, tb = ("Investor" if _named_fund(m) else m.actor.type for m in (a, b))
    return not any((ta in k) != (tb in k) for k in kinds)
