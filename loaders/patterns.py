"""Regular expressions that reject most positions of a text at once.

Python's regex engine scans quickly only for a pattern that starts with a plain character
or class; one that starts with a look-behind, an optional group or an alternation of groups
is tried in full at every position of the text. A lookahead on the characters its matches
can start with, in front of it, rejects all other positions with one class test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Most branches of one alternative in a trie pattern (see _alternation).
_FAN_OUT = 4


def first_char_lookahead(words: Iterable[str]) -> str:
    """``(?=[...])`` on the first characters of ``words``: literal words, or patterns whose
    first character is a literal one (put it in front of a pattern that matches only them)."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words``, shaped as a trie so that matching
    costs about the length of the text, not the number of words; longer words win."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        chars = sorted(ch for ch in node if ch)
        if not chars:
            return ""
        body = _alternation(chars, [re.escape(ch) + build(node[ch]) for ch in chars])
        return f"(?:{body})?" if end else body

    return build(trie)


def _alternation(chars: list[str], branches: list[str]) -> str:
    """``branches``, the i-th starting with ``chars[i]``, as one alternative.

    The regex engine tries an alternative's branches one after the other, and names start
    with hundreds of different characters; so a long list is split into a few groups, each
    behind a lookahead on its first characters, which rejects a whole group in one test.
    """
    if len(branches) == 1:
        return branches[0]
    if len(branches) > _FAN_OUT:
        size = -(-len(branches) // _FAN_OUT)
        branches = [first_char_lookahead(chars[i:i + size]) + _alternation(chars[i:i + size], branches[i:i + size])
                    for i in range(0, len(branches), size)]
    return "(?:" + "|".join(branches) + ")"


# A verb closing a Korean relative clause ("대응하는", "포함한", "발표된"): a name before it is
# that clause's subject, not the subject of a cue after it ("A가 공동 설립한 기관으로"). "A를
# 주관 부처로 하는 B": "로 하는" (having A as) closes one too.
RELATIVE_VERB = re.compile(r"(?:[가-힣]|[가-힣]로\s)(?:하는|한|된|되는|했던)\s")

# "P의 주관기관으로 선정", "P의 핵심 실행기관이다": a role in a programme, said of the one chosen;
# the programme is what it was chosen for, not who gives it money.
PROGRAMME_ROLE = re.compile(r"\s*(?:핵심\s?|공동\s?)?(?:주관|참여|수행|실행|운영|총괄|수요)\s?(?:기관|기업|업체|사)(?:으로|로|이다|이며|이자|다)")

# One Hangul syllable: tells Korean text and spellings from Latin ones.
HANGUL = re.compile("[가-힣]")

#: A Latin company name's legal form ("Inc.", "GmbH", "N.V."), as English text writes it after the name.
LATIN_LEGAL_FORM = r"(?:Inc|Corp|Corporation|Ltd|LLC|PLC|plc|AG|SA|SE|GmbH|N\.?V|B\.?V|Co|Pte|Pvt|Bhd)\.?"
#: The legal forms ending a Latin company name ("Acme, Inc.", "Acme Co. Ltd"), to cut them off it.
LATIN_LEGAL_TAIL = re.compile(r",?(?:\s+" + LATIN_LEGAL_FORM + r")+\s*$")

#: Titles written before a person's name ("Dr. Rosa Roe", "Prof. Kim", "Sen. Ana Ruiz").
NAME_TITLES = ("Dr", "Prof", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep")
#: One of them, its full stop left out or not ("Dr Rosa Roe" in British spelling).
NAME_TITLE = r"(?:" + "|".join(NAME_TITLES) + r")\.?"
#: Abbreviations whose full stop ends no sentence: the titles, which a name always follows,
#: "St." ("St. Gallen"), "vs.", "e.g.", "i.e.". ("Inc." or "Jr." may end one: "... led by Acme Inc.")
NEVER_FINAL_ABBREVIATIONS = (*NAME_TITLES, "St", "vs", "e.g", "i.e")
#: Inside a sentence its splitter kept whole, a legal form's, "Jr."'s, "No."'s or an initial's full
#: stop ("Mitsui & Co. took", "the U.S. fund") ends no clause either.
CLAUSE_INNER_ABBREVIATIONS = (*NEVER_FINAL_ABBREVIATIONS, "Inc", "Co", "Corp", "Ltd", "Jr", "No")


def abbreviation_stop(words: tuple[str, ...], initials: bool = False) -> str:
    """A pattern for a full stop that closes one of ``words`` (with ``initials``, also a lone
    capital's: "U.S.", "John F. Kennedy"). One lookbehind a word, as they differ in length."""
    behind = [rf"(?<=\b{re.escape(w)})" for w in words] + ([r"(?<=\b[A-Z])"] if initials else [])
    return r"(?:" + "|".join(behind) + r")\."
