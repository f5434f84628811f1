-- Recorded by SearchStatementsTests on postgresql; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?a scroll's second page, as the team's owner: 1 statement
SELECT l.id, l.created_at AS sort_value
  FROM leads l
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (l.created_at <= ?
  AND (l.created_at, l.id) < (?, ?))
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?a scroll's second page, as an agent: 1 statement
SELECT l.id, l.created_at AS sort_value
  FROM leads l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (l.created_at <= ?
  AND (l.created_at, l.id) < (?, ?))
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
