// name: actor-relationships
// description: Every fact relationship of one actor, both directions, with the other actor,
//   amount, date, role and how many documents support it.
// param: actor (string, required) — id, name, Korean/Chinese name or alias (any case)
// param: relation (string, default null) — only this relationship type (INVESTED_IN, PARTNERS_WITH ...)
// param: limit (int, default 500, range 1..10000) — at most this many relationships
// example: aigraph query actor-relationships --param actor=OpenAI
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR x.name_ko = $actor OR x.name_zh = $actor
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (x)-[e]-(o:Actor)
WHERE $relation IS NULL OR type(e) = toUpper($relation)
RETURN startNode(e).name AS subject, type(e) AS relation, endNode(e).name AS object,
       o.type AS other_type, o.country AS other_country, e.amount_usd AS amount_usd,
       e.date AS date, e.role AS role, size(coalesce(e.sources, [])) AS documents
ORDER BY relation, subject, object, date
LIMIT $limit
