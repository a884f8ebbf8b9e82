// name: top-funded
// description: Actors ranked by the disclosed investment they received (INVESTED_IN and
//   FUNDS), with their number of investors and funders.
// param: type (string, default null) — only actors of this type (Startup, Company, Program ...)
// param: limit (int, default 25, range 1..10000) — at most this many actors
// example: aigraph query top-funded --param type=Startup
MATCH (i:Actor)-[e:INVESTED_IN|FUNDS]->(c:Actor)
WHERE $type IS NULL OR toLower(c.type) = toLower($type)
WITH c, count(DISTINCT i) AS backers, count(e) AS deals, sum(toFloat(coalesce(e.amount_usd, 0))) AS received_usd
RETURN c.name AS actor, c.id AS actor_id, c.type AS type, c.country AS country,
       backers, deals, received_usd
ORDER BY received_usd DESC, backers DESC, actor
LIMIT $limit
