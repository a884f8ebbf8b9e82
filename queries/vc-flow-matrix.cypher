// name: vc-flow-matrix
// description: Country-to-country venture capital flows (VC_FLOW), one row per (from, to) cell
//   of the matrix: amount in USD and share of the receiving country's total where stated.
//   A cell may hold two measurements of one flow, from the receiving country's table
//   (direction inbound) and from the investing country's (outbound); filter on direction.
//   Pivot in pandas: df.pivot_table(index="from_country", columns="to_country", values="amount_usd").
// param: year (int, default null) — only flows of this year
// param: limit (int, default 1000, range 1..100000) — at most this many cells
// example: aigraph query vc-flow-matrix --param year=2023 --format csv
MATCH (a:Actor)-[e:VC_FLOW]->(b:Actor)
WHERE $year IS NULL OR e.year = $year
RETURN coalesce(a.country, a.id) AS from_country, a.name AS from_name,
       coalesce(b.country, b.id) AS to_country, b.name AS to_name, e.year AS year,
       e.amount_usd AS amount_usd, e.share_pct AS share_pct, e.evidence AS evidence,
       e.direction AS direction
ORDER BY year, to_country, coalesce(amount_usd, -1.0) DESC, from_country
LIMIT $limit
