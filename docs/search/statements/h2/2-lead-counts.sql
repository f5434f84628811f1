-- Recorded by SearchStatementsTests on h2; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?stage=Contacted, as the team's owner: 3 statements
SELECT id, name, position
  FROM stages
  WHERE team_id = ?
  ORDER BY position, id;
SELECT COALESCE(SUM(n), 0)
  FROM ( SELECT l.lead_count AS n
  FROM lead_counts l
  WHERE (l.team_id = ?)
  AND (l.stage_id = ?)
  UNION ALL SELECT l.delta AS n
  FROM lead_count_deltas l
  WHERE (l.team_id = ?)
  AND (l.stage_id = ?)) t;
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_stage_idx)
  WHERE (l.team_id = ?)
  AND (l.stage_id = ?)
  AND (l.trashed_at IS NULL)
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.stage_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?stage=Contacted, as an agent: 3 statements
SELECT id, name, position
  FROM stages
  WHERE team_id = ?
  ORDER BY position, id;
SELECT COALESCE(SUM(n), 0)
  FROM ( SELECT l.lead_count AS n
  FROM lead_counts l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.stage_id = ?)
  UNION ALL SELECT l.delta AS n
  FROM lead_count_deltas l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.stage_id = ?)) t;
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_stage_idx)
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.stage_id = ?)
  AND (l.trashed_at IS NULL)
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.stage_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
