"""A public body written with its document's bracketed title: "방위성 「AI 활용 기본 방침」".

Korean reports cite a policy document by its issuer and its title in 「」 or 『』; in a table flattened
one cell per line the issuer and the title are two lines of one cell ("방위성" + "「AI 활용 기본
방침」"). Standing alone, with nothing else, the pair says the body issued the document: it launched
it. Only a body the gazetteer knows as a government (a ministry, an agency) and a title of several
words; a sentence around the pair is read by the frames instead.
"""

from __future__ import annotations

import re

from graph.model import Evidence
from loaders.normalise import Block
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.tables import TableContext

_BODY_AND_TITLE = re.compile(r"(?P<body>[^「」『』\s][^「」『』]{1,30}?)\s?[「『](?P<title>[^「」『』]{4,80})[」』]")
_TITLE_ALONE = re.compile(r"[「『][^「」『』]{4,80}[」』]")


def extract_cited_documents(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """LAUNCHED from each public body to the document title written with it and nothing else."""
    facts: list[Fact] = []
    for i, block in enumerate(blocks):
        if block.is_table_row or "」" not in block.text and "』" not in block.text:
            continue
        text, line = block.text.strip(), block.first_line
        if not _BODY_AND_TITLE.fullmatch(text) and i > 0 and _TITLE_ALONE.fullmatch(text):
            # the cell's first line names the body
            text, line = f"{blocks[i - 1].text.strip()} {text}", blocks[i - 1].first_line
        pair = _BODY_AND_TITLE.fullmatch(text)
        entry = ctx.gazetteer.lookup(pair.group("body").strip()) if pair else None
        if entry is None or entry.type != "Government":
            continue
        body = entry.to_actor()
        title = " ".join(pair.group("title").split())
        if len(title.split()) < 2:
            continue
        document = discovered_programme(title, body.country)
        facts.append(Fact(body, "LAUNCHED", document, {"confidence": 0.6},
                          Evidence(ctx.doc_id, line, " ".join(text.split())[:220])))
    return facts
