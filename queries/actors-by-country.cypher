// name: actors-by-country
// description: Actors grouped by country and type, with their names; filter by either.
//   Actors with no known country come last.
// param: country (string, default null) — only this ISO country code (US, CN, KR ...)
// param: type (string, default null) — only this actor type (Startup, Investor, Government ...)
// param: limit (int, default 500, range 1..10000) — at most this many (country, type) rows
// example: aigraph query actors-by-country --param country=CN
MATCH (a:Actor)
WHERE ($country IS NULL OR a.country = toUpper($country))
  AND ($type IS NULL OR toLower(a.type) = toLower($type))
WITH a ORDER BY a.name
WITH a.country AS country, a.type AS type, collect(a.name) AS names
RETURN country, type, size(names) AS actors, names
ORDER BY country, actors DESC, type
LIMIT $limit
