-- Recorded by SearchStatementsTests on h2; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?source=Zillow, as the team's owner: 2 statements
SELECT COUNT(*)
  FROM leads l
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (l.source_id = ?);
SELECT l.id, l.created_at AS sort_value
  FROM leads l
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (l.source_id = ?)
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?source=Zillow, as an agent: 2 statements
SELECT COUNT(*)
  FROM leads l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (l.source_id = ?);
SELECT l.id, l.created_at AS sort_value
  FROM leads l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (l.source_id = ?)
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
