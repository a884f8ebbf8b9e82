// name: who-invested-in
// description: Who invested in an actor: each investment with its amount as written and in
//   USD, its date or round, and the evidence quoted from the documents.
// param: actor (string, required) — the investee: id, name, Korean/Chinese name or alias (any case)
// param: limit (int, default 100, range 1..10000) — at most this many rows
// example: aigraph query who-invested-in --param actor="Moonshot AI"
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR x.name_ko = $actor OR x.name_zh = $actor
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (i:Actor)-[e:INVESTED_IN]->(x)
RETURN i.name AS investor, i.id AS investor_id, i.type AS investor_type, i.country AS investor_country,
       x.name AS investee, e.amount AS amount, e.unit AS unit, e.currency AS currency,
       e.amount_usd AS amount_usd, e.qualifier AS qualifier, e.date AS date, e.round AS round,
       e.sources AS sources, e.evidence AS evidence
ORDER BY coalesce(amount_usd, -1.0) DESC, investor, date
LIMIT $limit
