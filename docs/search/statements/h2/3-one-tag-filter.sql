-- Recorded by SearchStatementsTests on h2; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?allTags=hot,warm, as the team's owner: 3 statements
SELECT lt.tag_id, COUNT(*)
  FROM (SELECT l.id
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE l.team_id = ?
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  FETCH FIRST 1000 ROWS ONLY) s
  JOIN lead_tags lt ON lt.lead_id = s.id
  AND lt.tag_id IN (?, ?)
  GROUP BY lt.tag_id;
SELECT COUNT(*)
  FROM lead_tags l
  WHERE (l.team_id = ?)
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  AND (MOD(l.tag_mask / ?, 2) = 1);
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id = ?))
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id = ?))
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?allTags=hot,warm, as an agent: 3 statements
SELECT lt.tag_id, COUNT(*)
  FROM (SELECT l.id
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE l.team_id = ?
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  FETCH FIRST 1000 ROWS ONLY) s
  JOIN lead_tags lt ON lt.lead_id = s.id
  AND lt.tag_id IN (?, ?)
  GROUP BY lt.tag_id;
SELECT COUNT(*)
  FROM lead_tags l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  AND (MOD(l.tag_mask / ?, 2) = 1);
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id = ?))
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id = ?))
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?anyTags=hot,warm, as the team's owner: 2 statements
SELECT COALESCE(SUM(m.n), 0)
  FROM (SELECT COUNT(*) AS n
  FROM lead_tags l
  WHERE (l.team_id = ?)
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  UNION ALL SELECT COUNT(*) AS n
  FROM lead_tags l
  WHERE (l.team_id = ?)
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  AND (MOD(l.tag_mask / ?, 2) = 0)) m;
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id IN (?, ?)))
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?anyTags=hot,warm, as an agent: 2 statements
SELECT COALESCE(SUM(m.n), 0)
  FROM (SELECT COUNT(*) AS n
  FROM lead_tags l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  UNION ALL SELECT COUNT(*) AS n
  FROM lead_tags l
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.live = TRUE)
  AND (l.tag_id = ?)
  AND (MOD(l.tag_mask / ?, 2) = 0)) m;
SELECT l.id, l.created_at AS sort_value
  FROM leads l USE INDEX (leads_team_created_idx)
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (EXISTS (SELECT 1
  FROM lead_tags lt
  WHERE lt.lead_id = l.id
  AND lt.tag_id IN (?, ?)))
  AND (1 = 1)
  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
