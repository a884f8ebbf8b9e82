// name: paths-between
// description: Simple paths of at most max_hops fact relationships (4 at most) connecting two
//   actors, shortest first: one row per chain of actors, with one way of linking them and how
//   many ways there are. Mentions, BASED_IN and VC_FLOW are left out and no path passes
//   through a Country, so paths are ties between organisations, not shared locations.
// param: source (string, required) — one actor: id, name, Korean/Chinese name or alias (any case)
// param: target (string, required) — the other actor, same forms
// param: max_hops (int, default 3, range 1..4) — longest path, in relationships
// param: limit (int, default 20, range 1..1000) — at most this many chains
// example: aigraph query paths-between --param source=Microsoft --param target=MGX --param max_hops=4
MATCH (a:Actor)
WHERE a.id = $source OR toLower(a.name) = toLower($source)
   OR a.name_ko = $source OR a.name_zh = $source
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($source))
MATCH (b:Actor)
WHERE b <> a AND (b.id = $target OR toLower(b.name) = toLower($target)
   OR b.name_ko = $target OR b.name_zh = $target
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($target)))
MATCH p = (a)-[:INVESTED_IN|FUNDS|ACQUIRED|LAUNCHED|PARTICIPATES_IN|PARTNERS_WITH|FOUNDED|SUBSIDIARY_OF|DEVELOPS|REGULATES*1..4]-(b)
WITH p, [n IN nodes(p) | n.id] AS ids
WHERE length(p) <= $max_hops AND none(n IN nodes(p)[1..-1] WHERE n:Country)
  AND all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
WITH length(p) AS hops, ids, [n IN nodes(p) | n.name] AS actors,
     [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps
ORDER BY hops, actors, ids, steps
WITH hops, ids, actors, collect(steps) AS variants
RETURN hops, actors, variants[0] AS steps, size(variants) AS ways, ids
ORDER BY hops, actors, ids
LIMIT $limit
