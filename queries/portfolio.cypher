// name: portfolio
// description: An investor's portfolio: the companies it invested in or acquired, with
//   amounts, dates and evidence.
// param: actor (string, required) — the investor: id, name, Korean/Chinese name or alias (any case)
// param: limit (int, default 100, range 1..10000) — at most this many rows
// example: aigraph query portfolio --param actor=Microsoft
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR x.name_ko = $actor OR x.name_zh = $actor
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (x)-[e:INVESTED_IN|ACQUIRED]->(c:Actor)
RETURN x.name AS investor, type(e) AS relation, c.name AS company, c.id AS company_id,
       c.type AS company_type, c.country AS company_country, e.amount AS amount, e.unit AS unit,
       e.currency AS currency, e.amount_usd AS amount_usd, e.qualifier AS qualifier,
       e.date AS date, e.round AS round, e.evidence AS evidence
ORDER BY coalesce(amount_usd, -1.0) DESC, company, date
LIMIT $limit
