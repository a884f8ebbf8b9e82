"""Types of discovered actors corrected by the roles the whole document gives them.

A name nobody listed is typed from its words when it is found ("Halvorsen Ventures" is an
investor); a bare name ("Plural", "Seedcamp", "Keystone Lane") falls back to Startup. Its facts
then tell what it is: a name that only ever invests, and is never invested in, bought, funded,
founded or said to build anything, is an investor, wherever in the document it was named.
"""

from __future__ import annotations

import dataclasses

from graph.model import GraphBatch

# Roles that a startup plays and an investor does not: (the actor is the subject?, relation type).
_STARTUP_ROLES = frozenset({
    (False, "INVESTED_IN"), (False, "ACQUIRED"), (False, "FUNDS"), (False, "FOUNDED"), (False, "SUBSIDIARY_OF"),
    (True, "DEVELOPS"), (True, "PARTICIPATES_IN"), (True, "ACQUIRED"), (True, "FOUNDED"),
})


def investors_by_role(batch: GraphBatch) -> None:
    """Retype, in ``batch``, every discovered Startup whose only roles are an investor's."""
    roles: dict[str, set[tuple[bool, str]]] = {}
    for rel in batch.relationships:
        roles.setdefault(rel.subject, set()).add((True, rel.type))
        roles.setdefault(rel.object, set()).add((False, rel.type))
    for actor_id, actor in batch.actors.items():
        played = roles.get(actor_id, set())
        if actor.discovered and actor.type == "Startup" and (True, "INVESTED_IN") in played \
                and not played & _STARTUP_ROLES:
            batch.actors[actor_id] = dataclasses.replace(actor, type="Investor", kind="vc")
