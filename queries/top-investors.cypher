// name: top-investors
// description: Investors ranked by disclosed amount (sum of amount_usd) or by number of deals.
//   Deals without a disclosed amount count as deals but add nothing to the amount.
//   Placeholders ("Unnamed investors", a round's unnamed backers) are left out.
// param: by (string, default amount, choices amount|deals) — what to rank by
// param: limit (int, default 25, range 1..10000) — at most this many investors
// example: aigraph query top-investors --param limit=10 --param by=deals
MATCH (i:Actor)-[e:INVESTED_IN]->(c:Actor)
WHERE i.placeholder IS NULL
WITH i, count(e) AS deals, count(DISTINCT c) AS companies, count(e.amount_usd) AS disclosed_deals,
     sum(toFloat(coalesce(e.amount_usd, 0))) AS disclosed_usd
RETURN i.name AS investor, i.id AS investor_id, i.type AS type, i.country AS country,
       deals, companies, disclosed_deals, disclosed_usd
ORDER BY CASE WHEN $by = 'deals' THEN deals ELSE disclosed_usd END DESC,
         CASE WHEN $by = 'deals' THEN disclosed_usd ELSE deals END DESC, investor
LIMIT $limit
