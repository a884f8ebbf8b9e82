"""Ordinary English words that open a sentence, told apart from names.

English capitalises every sentence's first word, so "Government money is arriving" or
"Figures are from company statements" looks to the name pattern like a company called
"Government" or "Figures", which then takes "it" and "the company" in the sentences after.
A capitalised word alone at the start of a sentence is taken for a word, not a name, when the
document gives no sign of a name (the word is never written capitalised alone inside a
sentence, nor glossed "X, a ...") and some sign of a word: the document writes it in lower
case too ("government", "sites" for "Site"), it has the ending of an English word form
("Existing", "Founded", "Separately", "Acquisitions", "Analysts"), or it is one of the few
adverbs and adjectives that open report sentences and have no such ending ("Below", "Early"),
or a question word opening a label ("How it works: ...").
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.mentions import Mention

_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
# A capitalised word alone inside a sentence: after a lower-case word, a comma or a number,
# and not followed by another capitalised word (that is a longer name: "the Compute Ledger").
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z0-9,;] )([A-Z][a-z][A-Za-z-]*)\b(?!\s[A-Z])")
# Endings of English word forms that names seldom have: participles, adverbs, plural agent and
# abstract nouns.
_WORD_FORM = re.compile(
    r"[a-z]{3,}(?:ing|ed|ly)|[a-z]{2,}(?:tions?|sions?|ments?|ness|ships?|ities|ers|ors|ists|ysts|ures)"
)
_OPENING_WORDS = frozenset("""
Below Above Elsewhere Here There Early Late Domestic Foreign Global Local Public Private Overall
Meanwhile Still Yet Much More Less Few Fewer Only Even Already Unsubscribe Subscribe Read Contact
Closer Further Farther Nearer Later Earlier Sooner Overseas Abroad
Will Would Can Could May Might Shall Should Must Also
How Why What When Where Who Which Whose
""".split())
# "Orvalis, a French start-up": an appositive says the word is a name; so does a place in
# brackets after it, as roundups write a company's home ("Vantelo (Austin) was acquired by ...").
_GLOSSED = re.compile(r",\s(?:an?|the)\s|\s\([A-Z][\w .,-]{1,30}\)")
_LATIN_WORDS = re.compile(r"[A-Za-z]+")
# Words of a heading's grammar, in capitals: names seldom hold them.
_FUNCTION_WORDS = frozenset("THE OF ON IN TO FOR AND BY WITH FROM AT AS OUR HOW".split())


class DocumentWords:
    """The lower-case words of one document and the words it capitalises inside sentences."""

    def __init__(self, text: str) -> None:
        self._lower = set(_LOWER_WORD.findall(text))
        self._capitalised_inside = Counter(_CAPITALISED_INSIDE.findall(text))

    def opens_sentence_as_word(self, sentence: str, mention: Mention) -> bool:
        """True when ``mention`` is a discovered single word opening ``sentence`` that the
        document shows to be an ordinary word, not a name."""
        word = sentence[mention.start:mention.end]
        if not (mention.discovered and mention.actor.type != "Person" and word.isalpha() and word[:1].isupper() and word[1:].islower()):
            return False
        if any(c.isalpha() for c in sentence[:mention.start]) or self._capitalised_inside[word]:
            return False
        if _GLOSSED.match(sentence, mention.end) and word not in _OPENING_WORDS:
            return False
        return word in _OPENING_WORDS or bool(_WORD_FORM.fullmatch(word.lower())) or self._written_lower(word.lower())

    def heads_in_capitals(self, sentence: str, mention: Mention) -> bool:
        """True when ``mention`` is a discovered phrase in capitals holding a function word
        ("INFORMATION ON THE SUBSCRIBER", "EFFECT ON SHAREHOLDING STRUCTURE", "DEALS OF THE
        WEEK"): a section heading or a column's title, not a name (a name in capitals, "MERIDIAN
        CLOUDWORKS HOLDINGS LIMITED", is words of its own; known ones come from the gazetteer)."""
        words = _LATIN_WORDS.findall(sentence[mention.start:mention.end])
        return (mention.discovered and len(words) > 1 and all(w.isupper() for w in words)
                and any(w in _FUNCTION_WORDS for w in words))

    def _written_lower(self, word: str) -> bool:
        forms = (word, word + "s", word + "es", word[:-1] if word.endswith("s") else word)
        return any(form in self._lower for form in forms)
