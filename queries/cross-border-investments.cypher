// name: cross-border-investments
// description: Investments whose investor and investee are based in different countries,
//   grouped by (investor country, investee country) with deal counts and disclosed USD.
// param: year (int, default null) — only investments dated in this year
// param: limit (int, default 100, range 1..10000) — at most this many country pairs
// example: aigraph query cross-border-investments --format csv
MATCH (i:Actor)-[e:INVESTED_IN]->(c:Actor)
WHERE i.country IS NOT NULL AND c.country IS NOT NULL AND i.country <> c.country
  AND ($year IS NULL OR e.year = $year)
WITH i, e, c ORDER BY i.name, c.name
WITH i.country AS investor_country, c.country AS investee_country, count(e) AS deals,
     sum(toFloat(coalesce(e.amount_usd, 0))) AS disclosed_usd,
     collect(i.name + ' -> ' + c.name) AS investments
RETURN investor_country, investee_country, deals, disclosed_usd, investments
ORDER BY deals DESC, disclosed_usd DESC, investor_country, investee_country
LIMIT $limit
