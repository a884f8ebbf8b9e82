// name: co-investors
// description: Co-investors of an actor: who else invested in the same companies, and in which.
// param: actor (string, required) — the investor: id, name, Korean/Chinese name or alias (any case)
// param: limit (int, default 50, range 1..10000) — at most this many co-investors
// example: aigraph query co-investors --param actor=Tencent
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR x.name_ko = $actor OR x.name_zh = $actor
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (x)-[:INVESTED_IN]->(c:Actor)<-[:INVESTED_IN]-(o:Actor)
WHERE o <> x
WITH o, c ORDER BY c.name
WITH o, collect(DISTINCT c.name) AS companies
RETURN o.name AS co_investor, o.id AS co_investor_id, o.type AS type, o.country AS country,
       size(companies) AS shared_companies, companies
ORDER BY shared_companies DESC, co_investor
LIMIT $limit
