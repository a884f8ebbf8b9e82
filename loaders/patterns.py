"""Regular expressions that reject most positions of a text at once.

Python's regex engine scans quickly only for a pattern that starts with a plain character
or class; one that starts with a look-behind, an optional group or an alternation of groups
is tried in full at every position of the text. A lookahead on the characters its matches
can start with, in front of it, rejects all other positions with one class test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_char_lookahead(words: Iterable[str]) -> str:
    """``(?=[...])`` on the first characters of ``words``: literal words, or patterns whose
    first character is a literal one (put it in front of a pattern that matches only them)."""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


# A verb closing a Korean relative clause ("대응하는", "포함한", "발표된"): a name before it is
# that clause's subject, not the subject of a cue after it ("A가 공동 설립한 기관으로").
RELATIVE_VERB = re.compile(r"[가-힣](?:하는|한|된|되는|했던)\s")

# One Hangul syllable: tells Korean text and spellings from Latin ones.
HANGUL = re.compile("[가-힣]")
