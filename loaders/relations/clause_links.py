"""Where an English sentence's names stop forming one list because a new clause begins.

"X backed A, and B formed a partnership with C": the comma before "and" and the finite verb after
B make B the subject of a clause of its own, not a second thing X backed. A list keeps its own
shape: "backed by A, B, and C", "A, B and C took part" (the verb is the whole list's),
"invested in A, B, and C last year" (no verb after C). A list "and" already closed takes no
further member: "from A and B, and C signed ..." (C's own clause). Without a comma, "and" opens a
clause only after an object ("invested in A and C signed ...", "bought A and C has agreed ..."),
never after a subject list ("A and C signed ...").
"""

from __future__ import annotations

import re

# A link that may join two clauses: ", and", ", but", ", while", ", whereas", ", yet", "; ".
# What may describe the name after it: "the French fund", "Chengdu's", "Lyon-based".
_CLAUSE_LINK = re.compile(r"\s*(?:,\s*(?:and|but|while|whereas|yet)|;)\s+(?:then\s+)?"
                          r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+|[A-Z][\w.]*-based\s+|(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3})?$")
# ", and" after a group of names: it closes their list unless the link can only join clauses.
_COMMA_AND = re.compile(r"\s*,\s*and\b")
# A finite verb right after a name (an adverb or auxiliary may come first): "B formed", "B has
# signed", "B also said". Participles glossing a name ("B, based in Oslo") are no verbs of its own.
_FINITE_VERB = re.compile(
    r"\s+(?:(?:also|then|later|now|recently|itself|separately|meanwhile|has|have|had|will|would|is|was|are|were)\s+)*"
    r"(?:co-|re-)?(?:(?!based\b|headquartered\b|located\b|owned\b|listed\b|controlled\b)[a-z]{2,}ed|"
    r"(?:said|says|took|takes|led|leads|won|wins|made|makes|bought|buys|sold|sells|struck|strikes|signed|"
    r"raised|raises|joined|joins|formed|forms|agreed|agrees|plans|invests|acquires|backs|launches|unveiled|"
    r"unveils|became|becomes|built|builds|began|begins|set|sets|put|puts|got|gets|paid|pays|spun|runs|ran|"
    r"has|have|had|will|is|was|are|were)|(?!its\b)[a-z]{2,}s)\b")


#: Irregular pasts a news clause's own verb often is ("took", "won", "bought"): one list for every
#: reader of a second verb phrase (english._OTHER_VERB_PHRASE too), so they cannot drift apart.
IRREGULAR_PAST = r"(?:said|took|led|won|made|bought|sold|struck|signed|set|put|got|paid|spun|ran|became|built|began)"
# A bare "and" between an object and a name with a verb that can only be finite: an auxiliary, an
# irregular past or a past in -ed that no "by" makes a participle ("A and B backed by C").
_BARE_AND = re.compile(r"\s+and\s+(?:the\s+)?$")
_PLAIN_FINITE_VERB = re.compile(
    r"\s+(?:(?:also|then|later|now|recently|itself|separately|has|have|had|will|would|is|was|are|were)\s+"
    r"(?:(?:also|then|later|now|recently|since|already|been)\s+)*[a-z]{2,}|(?:also\s+|then\s+|later\s+)?"
    r"(?:(?!based\b|headquartered\b|located\b|owned\b|listed\b|controlled\b|combined\b)[a-z]{3,}ed|" + IRREGULAR_PAST
    + r"))\b(?!\s+by\b)")
# What governs an object just before its name: a preposition or a verb, then up to three
# lower-case words describing it ("acquired robotics start-up A", "invested in the German lab A").
_OBJECT_BEFORE = re.compile(r"\b(?:in|into|with|from|to|for|of|[a-z]{3,}ed|bought|took|won|made|struck|signed|backs|"
                            r"acquires|buys|funds)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}$")


def opens_clause(text: str, link_start: int, name_start: int, name_end: int, list_open: bool) -> bool:
    """True if the name at ``name_start:name_end`` begins a new clause after the text from
    ``link_start``, the end of a group of names: the link may join clauses and the name has a
    finite verb of its own. While the group is a list of two or more names that no "and" has
    closed yet (``list_open``), ", and" closes it ("A, B, and C joined"), so only a clause-only
    link ("; ", ", but") opens a clause there."""
    link = _CLAUSE_LINK.match(text, link_start, name_start)
    if link is None or not _FINITE_VERB.match(text, name_end):
        return False
    return not list_open or not _COMMA_AND.match(link.group(0))


def opens_clause_after_object(text: str, list_start: int, link_start: int, name_start: int, name_end: int) -> bool:
    """True if a bare "and" after an object (the list from ``list_start`` that a preposition or a
    verb governs) joins a name with a plainly finite verb: "A invested in B and C signed a deal
    with D" (C signs, nothing more of A's)."""
    return bool(_BARE_AND.fullmatch(text, link_start, name_start) and _PLAIN_FINITE_VERB.match(text, name_end)
                and _OBJECT_BEFORE.search(text, max(0, list_start - 60), list_start))
