"""English governments written as a description rather than a name.

News rarely spells out a ministry's official name: it writes "China's finance ministry", "the
German federal economics ministry", "France's Ministry for the Economy", "Beijing's commerce
ministry" or "the French state". Each is a national public body of the country the possessive,
the adjective or the capital names. The body is the country's known ministry whose name holds
the field words (``ministry_of``), else a body named after its field and country ("Ministry of
Finance (China)"), so that two countries' finance ministries never merge into one. The words as
written stay on the actor as an alias.
"""
from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, slugify
from loaders.discovery import DEMONYM_ALTERNATION, DEMONYMS
from loaders.gazetteer import Entry, Gazetteer
from loaders.mentions import Mention
from loaders.relations.places import CITY_COUNTRY

_TIER = r"(?:(?:federal|national|central)\s+)?"
# "industry", "economics", "science and technology": the field a ministry is known by.
_FIELD = r"(?P<field>(?!(?:own|new|top|former|the|a|an)\s)[a-z]{4,}(?:\s+and\s+[a-z]{4,})?)\s+ministry\b"
# "Ministry for the Economy", "Ministry of Economy, Trade and Industry": a formal name.
_FORMAL = (r"(?P<formal>Ministry\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
           r"(?:(?:,\s+|\s+and\s+|,\s+and\s+|\s+of\s+(?:the\s+)?)[A-Z][\w-]*)*)")
_AFTER_POSSESSIVE = re.compile(r"['’]s\s+" + _TIER + r"(?:" + _FIELD + "|" + _FORMAL + ")")
# The capitalised word before a possessive: a city ("Beijing's") when CITY_COUNTRY knows it.
_CITY_BEFORE = re.compile(r"\b[A-Z][a-z]+$")
_DEMONYM_MINISTRY = re.compile(r"\b(?P<demonym>" + DEMONYM_ALTERNATION + r")\s+" + _TIER + _FIELD)
# "the Austrian government", "the German federal government"; "from the French state, operated by
# ...": the state itself, not "the French state investment bank".
_NATIONAL_GOVERNMENT = re.compile(r"\b(?:(?P<demonym>" + DEMONYM_ALTERNATION + r")\s+(?:federal\s+|national\s+)?government\b"
                                  r"|the\s+(?P<of_state>" + DEMONYM_ALTERNATION + r")\s+state\b(?=\s*[,.;:)]|\s+(?:and|or|has|had|is|was|"
                                  r"said|says|will|would|through|via)\b))")
# Words of a ministry's name that say nothing of its field.
_NOT_FIELD = {"ministry", "of", "for", "the", "and", "affairs", "federal", "national", "department"}


class MinistryIndex:
    """The gazetteer's ministries and departments by country, to find one by its field words."""

    def __init__(self, gazetteer: Gazetteer):
        self._by_country: dict[str, list[Entry]] = {}
        for e in gazetteer.entries:
            if e.type == "Government" and e.country and re.search(r"\b(?:Ministry|Department)\b", e.name):
                self._by_country.setdefault(e.country, []).append(e)

    def ministry_of(self, code: str, field_words: str) -> Entry | None:
        """The country's shortest-named ministry whose name holds every field word (by its
        first five letters: "economics ministry" is the "Ministry for Economic Affairs")."""
        fitting = [e for e in self._by_country.get(code, []) if names_field(e.name, field_words)]
        return min(fitting, key=lambda e: len(e.name), default=None)


def names_field(name: str, field_words: str) -> bool:
    """Whether a body's ``name`` holds every word of a field ("economics" fits "Ministry for
    Economic Affairs": words are compared by their first five letters)."""
    stems = [w[:5] for w in re.findall(r"[a-z]+", field_words.lower()) if w not in _NOT_FIELD]
    return bool(stems) and all(re.search(r"\b" + s, name, re.I) for s in stems)


def described_ministries(text: str, mentions: list[Mention], ministries: MinistryIndex,
                         country_of, government_of) -> list[Mention]:
    """``mentions`` with each described national body read as one Government mention (the
    mentions inside it, such as the country or a stray "Commerce", dropped)."""
    found = []
    if "inistry" in text:  # most sentences name no ministry: the regexes run on the few that do
        found = _possessive_ministries(text, mentions, ministries, country_of) + _adjective_ministries(text, ministries, country_of)
    if " state" in text or "government" in text:
        found += _national_governments(text, mentions, government_of, country_of)
    found = [f for n, f in enumerate(found) if not any(o.start <= f.start < o.end for o in found[:n])]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _national_governments(text: str, mentions: list[Mention], government_of, country_of) -> list[Mention]:
    """"the Austrian government", "the French state": the government the gazetteer knows for the
    country the adjective names, else one named after the country (none where a name overlaps it)."""
    found = []
    for said in _NATIONAL_GOVERNMENT.finditer(text):
        country = country_of(DEMONYMS[said.group("demonym") or said.group("of_state")])
        if country is not None and not any(m.start < said.end() and said.start() < m.end for m in mentions):
            found.append(Mention(said.start(), said.end(), government_or_named(country, government_of), said.group(0),
                                 after=said.end()))
    return found


def government_or_named(country: Actor, government_of) -> Actor:
    """A country's government: the gazetteer's, or one named after the country."""
    return government_of(country.country) or Actor(
        id=slugify(f"{country.name} government"), name=f"{country.name} government",
        type="Government", country=country.country, discovered=True)


def _possessive_ministries(text: str, mentions: list[Mention], ministries: MinistryIndex, country_of) -> list[Mention]:
    """"China's finance ministry", "France's Ministry for the Economy"; "Beijing's commerce
    ministry": ministries are national, so a capital's possessive names its country."""
    found = []
    for said in _AFTER_POSSESSIVE.finditer(text):
        owner = next((m for m in mentions if m.end == said.start() and m.actor.type == "Country"), None)
        city = _CITY_BEFORE.search(text, max(0, said.start() - 30), said.start()) if owner is None else None
        start, code = (owner.start, owner.actor.country) if owner else (city.start(), CITY_COUNTRY.get(city.group(0))) if city else (0, None)
        country = country_of(code) if code else None
        if country is not None and not _named_already(said, mentions, code):
            found.append(_ministry(text, start, said, code, country, ministries))
    return found


def _adjective_ministries(text: str, ministries: MinistryIndex, country_of) -> list[Mention]:
    """"the German federal economics ministry": the adjective names the country."""
    found = []
    for said in _DEMONYM_MINISTRY.finditer(text):
        code = DEMONYMS[said.group("demonym")]
        country = country_of(code)
        if country is not None:
            found.append(_ministry(text, said.start(), said, code, country, ministries))
    return found


def _named_already(said: re.Match, mentions: list[Mention], code: str) -> bool:
    """"Japan's Ministry of Economy, Trade and Industry": the known name of that country's
    ministry is read as it is."""
    return said.group("formal") is not None and any(
        m.start == said.start("formal") and m.end == said.end() and not m.discovered and m.actor.country == code
        for m in mentions)


def _ministry(text: str, start: int, said: re.Match, code: str, country: Actor, ministries: MinistryIndex) -> Mention:
    """The ministry ``said`` describes, as a mention from ``start`` (its country's word)."""
    surface = text[start:said.end()]
    field_words = said.groupdict().get("formal") or said.group("field")
    entry = ministries.ministry_of(code, field_words)
    if entry is not None:
        actor = entry.to_actor()
        actor = replace(actor, aliases=[*actor.aliases, surface])
        return Mention(start, said.end(), actor, surface, after=said.end())
    formal = said.groupdict().get("formal") or f"Ministry of {field_words.title().replace(' And ', ' and ')}"
    name = f"{formal} ({country.name})"
    actor = Actor(id=slugify(name), name=name, type="Government", country=code, discovered=True,
                  aliases=[surface])
    return Mention(start, said.end(), actor, surface, discovered=True, after=said.end())
