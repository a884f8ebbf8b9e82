// name: programme-members
// description: Members of a programme, project or fund (e.g. Stargate) and their roles:
//   who takes part, launched it, funds it, invests in it or partners with it.
// param: programme (string, required) — the programme: id, name, Korean/Chinese name or alias (any case)
// param: limit (int, default 200, range 1..10000) — at most this many rows
// example: aigraph query programme-members --param programme=Stargate
MATCH (p:Actor)
WHERE p.id = $programme OR toLower(p.name) = toLower($programme)
   OR p.name_ko = $programme OR p.name_zh = $programme
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($programme))
MATCH (m:Actor)-[e]-(p)
WHERE type(e) IN ['PARTICIPATES_IN', 'LAUNCHED', 'FUNDS', 'INVESTED_IN', 'PARTNERS_WITH']
RETURN p.name AS programme, m.name AS member, m.id AS member_id, m.type AS member_type,
       m.country AS member_country, type(e) AS relation, e.role AS role,
       e.amount_usd AS amount_usd, e.date AS date, e.evidence AS evidence
ORDER BY relation, member, date
LIMIT $limit
