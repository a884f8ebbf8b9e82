// name: find-actor
// description: Find actors whose id, name, Korean/Chinese name or an alias contains some text
//   (any case), with how many relationships each has; use it to find the id to ask about.
// param: text (string, required) — part of a name, e.g. "moon" or "문샷"
// param: limit (int, default 25, range 1..10000) — at most this many actors
// example: aigraph query find-actor --param text=tencent
MATCH (a:Actor)
WHERE toLower(a.id) CONTAINS toLower($text) OR toLower(a.name) CONTAINS toLower($text)
   OR coalesce(a.name_ko, '') CONTAINS $text OR coalesce(a.name_zh, '') CONTAINS $text
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
OPTIONAL MATCH (a)-[r]-(:Actor)
WITH a, count(r) AS relationships
RETURN a.id AS id, a.name AS name, a.type AS type, a.country AS country, a.name_ko AS name_ko,
       a.aliases AS aliases, relationships
ORDER BY relationships DESC, name
LIMIT $limit
