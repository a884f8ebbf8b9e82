// name: evidence
// description: The evidence behind the relationships between two actors, in either direction:
//   one row per quote, with the document it comes from and its line.
// param: subject (string, required) — one actor: id, name, Korean/Chinese name or alias (any case)
// param: object (string, required) — the other actor, same forms
// param: relation (string, default null) — only this relationship type (INVESTED_IN, FUNDS ...)
// param: limit (int, default 500, range 1..10000) — at most this many quotes
// example: aigraph query evidence --param subject=Tencent --param object="Moonshot AI"
MATCH (a:Actor)
WHERE a.id = $subject OR toLower(a.name) = toLower($subject)
   OR a.name_ko = $subject OR a.name_zh = $subject
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($subject))
MATCH (b:Actor)
WHERE b.id = $object OR toLower(b.name) = toLower($object)
   OR b.name_ko = $object OR b.name_zh = $object
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($object))
MATCH (a)-[e]-(b)
WHERE $relation IS NULL OR type(e) = toUpper($relation)
UNWIND e.evidence AS quote
WITH startNode(e) AS s, e, endNode(e) AS o, quote, split(quote, ':')[0] AS doc_id
OPTIONAL MATCH (d:Document {id: doc_id})
RETURN s.name AS subject, type(e) AS relation, o.name AS object, e.key AS fact_key,
       doc_id AS document, d.title AS title, d.path AS path,
       toInteger(split(quote, ':')[1]) AS line, quote AS evidence
ORDER BY relation, subject, fact_key, document, line, evidence
LIMIT $limit
