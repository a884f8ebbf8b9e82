"""Models named in Hangul with a version code: "링시-2", "코랄-7B", "닥터랩-K".

A Hangul word joined by a hyphen to a number or capitals is how Korean writes a model and its
version, whether or not the sentence calls it a model; the document remembers it as one, so the
sentence that says who made it or who uses it finds it, quoted or bare. "코로나-19" is the one
common word of that shape; a year after the hyphen dates a plan ("탄소중립-2050") and a common
abbreviation pairs or compounds words ("일본-EU"): they name no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.discovery import discovered_actor
from loaders.mentions import Mention

HANGUL_MODEL_CODE = re.compile(r"(?<![가-힣A-Za-z0-9-])([가-힣]{2,6}-(?!(?:19|20)\d\d)(?:\d{1,3}(?:\.\d)?[A-Za-z]{0,2}|[A-Z]{1,3}\d{0,2}))"
                               r"(?![A-Za-z0-9-])")
_NOT_MODELS = frozenset(("코로나-19",))
# "일본-EU", "축적-AI": a pair of parties or a compound with a common abbreviation, no version.
_NOT_VERSIONS = frozenset("AI EU US UK UN IT ICT SW HW VC PE LP GP OS".split())


def hangul_model_codes(text: str, is_known: Callable[[str], bool]) -> list[Mention]:
    """Mentions (for the document's memory) of the Hangul model codes in ``text`` no one knows."""
    if "-" not in text:
        return []
    found: dict[str, Mention] = {}
    for m in HANGUL_MODEL_CODE.finditer(text):
        name = m.group(1)
        if (name not in found and name not in _NOT_MODELS and name.split("-")[1] not in _NOT_VERSIONS
                and not is_known(name)):
            found[name] = Mention(m.start(1), m.end(1), discovered_actor(name, "model"), name, discovered=True)
    return list(found.values())
