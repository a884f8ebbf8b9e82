// name: document-facts
// description: The facts one document supports, each with the evidence quoted from that document.
// param: document (string, required) — document id (or its first characters), part of its path or file name, or words of its title
// param: limit (int, default 1000, range 1..100000) — at most this many facts
// example: aigraph query document-facts --param document=001_62070c182a4b8129
MATCH (d:Document)
WHERE d.id STARTS WITH $document OR d.path CONTAINS $document
   OR toLower(coalesce(d.title, '')) CONTAINS toLower($document)
MATCH (a:Actor)-[e]->(b:Actor)
WHERE d.id IN e.sources
RETURN d.id AS document, a.name AS subject, type(e) AS relation, b.name AS object,
       e.amount AS amount, e.unit AS unit, e.amount_usd AS amount_usd, e.date AS date,
       e.role AS role, [x IN e.evidence WHERE x STARTS WITH (d.id + ':')] AS evidence
ORDER BY document, relation, subject, object, date
LIMIT $limit
