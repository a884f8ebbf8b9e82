// name: government-programmes
// description: What each government (or country acting as one) launched or funds:
//   programmes, funds, laws and the actors it finances.
// param: government (string, default null) — one government: id, name or alias (any case)
// param: country (string, default null) — only governments of this ISO country code (US, CN, KR ...)
// param: limit (int, default 500, range 1..10000) — at most this many rows
// example: aigraph query government-programmes --param country=KR
MATCH (g:Actor)-[e:LAUNCHED|FUNDS]->(p:Actor)
WHERE g.type IN ['Government', 'Country']
  AND ($country IS NULL OR g.country = toUpper($country))
  AND ($government IS NULL OR g.id = $government OR toLower(g.name) = toLower($government)
       OR g.name_ko = $government OR g.name_zh = $government
       OR any(alias IN coalesce(g.aliases, []) WHERE toLower(alias) = toLower($government)))
RETURN g.name AS government, g.country AS country, type(e) AS relation, p.name AS target,
       p.type AS target_type, p.kind AS kind, e.amount AS amount, e.unit AS unit,
       e.currency AS currency, e.amount_usd AS amount_usd, e.date AS date, e.evidence AS evidence
ORDER BY country, government, relation, target
LIMIT $limit
