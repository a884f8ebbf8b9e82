"""Support received through a ministry's programme: "중기부 TIPS에 선정돼 5억 원을 지원받았다".

A company selected for a programme that a ministry runs is paid by that ministry; Korean names
the ministry right before its programme ("중기부 TIPS", "과기정통부 AI 바우처") and often leaves
the company out, as the subject the passage is about.
"""

from __future__ import annotations

import re

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "(P)에 선정돼 ... 지원받은", "(P)에 선정되어 ... 지원을 받았다"
_SELECTED_THEN_PAID = re.compile(r"\s?(?:에서?\s?)?(?:최종\s?)?선정(?:돼|되어|된\s뒤|되면서)\s(?P<middle>[^.]{0,60}?)"
                                 r"(?:지원받|지원을\s받|지원금을\s받)")
_RECIPIENTS = ("Startup", "Company")
_SUBJECT = ("이", "가", "은", "는")


def support_through_programme(text: str, mentions: list[Mention], topic: list[Mention], doc_id: str,
                              line_at) -> list[Fact]:
    """FUNDS from the ministry named before a programme to the company selected for it."""
    if "선정" not in text or "받" not in text:
        return []
    facts = []
    for government, programme in zip(mentions, mentions[1:], strict=False):
        if (government.actor.type != "Government" or programme.actor.type != "Program" or government.particle
                or text[government.end:programme.start].strip()):
            continue
        paid = _SELECTED_THEN_PAID.match(text, programme.end)
        if paid is None:
            continue
        subjects = [m for m in mentions if m.end <= government.start and m.particle in _SUBJECT
                    and m.actor.type in _RECIPIENTS]
        recipient = subjects[-1:] or [m for m in topic if m.actor.type in _RECIPIENTS][:1]
        if not recipient:
            continue
        amount = next((a for a in find_amounts(text) if paid.start("middle") <= a.start < paid.end("middle")), None)
        props = {"confidence": 0.6, **(amount.properties() if amount else {})}
        facts.append(Fact(government.actor, "FUNDS", recipient[0].actor, props,
                          Evidence(doc_id, line_at(government.start), text[government.start:paid.end()])))
    return facts
