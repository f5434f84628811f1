package io.leadline.leads.resource;

import io.leadline.database.HeldInserts;
import io.leadline.leads.AlikeLead;
import io.leadline.leads.DuplicateLead;
import io.leadline.leads.LeadOfPerson;
import io.leadline.leads.LeadTouch;
import io.leadline.leads.MatchedLead;
import io.leadline.search.IndexedLead;
import io.leadline.search.LeadIndex;
import io.leadline.search.Visibility;
import io.leadline.web.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code leads} row: written, found, locked, touched. Longer than most files on purpose: the row has fifty columns,
 * each named in the column list, the update's assignments, the binding and the mapping, and those four belong side by
 * side (a column added to one and not another is the mistake this file makes visible). Lists and custom values are
 * {@link LeadListRepository}'s.
 */
@Repository
public class LeadRepository {

    public static final String LIST_EMAIL = "email";
    public static final String LIST_PHONE = "phone";
    static final String LIST_SEGMENT = "segment";
    static final String LIST_GROUP = "group";

    private static final String COLUMNS = """
            l.id, l.team_id, l.lead_user_id, l.first_name, l.last_name, l.birthday, l.source_id, l.stage_id,
            l.assigned_user_id, l.assign_time, l.street_address, l.city, l.state, l.zip_code, l.referred_by, l.hidden,
            l.unsubscription, l.cannot_text, l.cannot_call, l.cannot_email, l.welcome_email, l.lead_alert,
            l.buying_time_frame, l.selling_time_frame, l.pre_qual, l.house_to_sell, l.fthb, l.with_buyer_agent,
            l.mortgage, l.buy_house, l.with_listing_agent, l.language, l.lead_types, l.ownership_scope,
            l.ownership_id, l.assign_group_id, l.inquiry, l.family_members, l.creator_user_id,
            l.created_at, l.updated_at, l.trashed_at, l.trash_reason, l.trashed_by, l.score, l.last_activity_at,
            l.last_contact_at, l.last_call_at, l.last_email_at, l.lender_user_id, l.pond_id, l.merged_into""";

    private static final String WRITABLE_VALUES = """
            first_name = :firstName, last_name = :lastName, birthday = :birthday, source_id = :sourceId,
            stage_id = :stageId, assigned_user_id = :assignedUserId, assign_time = :assignTime,
            street_address = :streetAddress, city = :city, state = :state, zip_code = :zipCode,
            referred_by = :referredBy, hidden = :hidden, unsubscription = :unsubscription, cannot_text = :cannotText,
            cannot_call = :cannotCall, cannot_email = :cannotEmail, buying_time_frame = :buyingTimeFrame,
            selling_time_frame = :sellingTimeFrame, pre_qual = :preQual, house_to_sell = :houseToSell, fthb = :fthb,
            with_buyer_agent = :withBuyerAgent, mortgage = :mortgage, buy_house = :buyHouse,
            with_listing_agent = :withListingAgent, language = :language, lead_types = :leadTypes,
            ownership_scope = :ownershipScope, ownership_id = :ownershipId, inquiry = :inquiry,
            family_members = :familyMembers, updated_at = :updatedAt,
            trashed_at = :trashedAt, trash_reason = :trashReason, trashed_by = :trashedBy,
            lender_user_id = :lenderUserId, pond_id = :pondId""";

    private final JdbcClient jdbc;
    private final HeldInserts held;
    private final LeadIndex index;

    LeadRepository(JdbcClient jdbc, HeldInserts held, LeadIndex index) {
        this.jdbc = jdbc;
        this.held = held;
        this.index = index;
    }

    public void insert(LeadRow lead) {
        held.insert("""
                                INSERT INTO leads (id, team_id, lead_user_id, first_name, last_name, birthday, source_id,
                                    stage_id, assigned_user_id, assign_time, street_address, city, state, zip_code,
                                    referred_by, hidden, unsubscription, cannot_text, cannot_call, cannot_email,
                                    welcome_email, lead_alert, buying_time_frame, selling_time_frame, pre_qual,
                                    house_to_sell, fthb, with_buyer_agent, mortgage, buy_house, with_listing_agent,
                                    language, lead_types, ownership_scope, ownership_id, assign_group_id, inquiry,
                                    family_members, creator_user_id, created_at, updated_at,
                                    trashed_at, trash_reason, trashed_by, lender_user_id, pond_id)
                                VALUES (:id, :teamId, :leadUserId, :firstName, :lastName, :birthday, :sourceId,
                                    :stageId, :assignedUserId, :assignTime, :streetAddress, :city, :state, :zipCode,
                                    :referredBy, :hidden, :unsubscription, :cannotText, :cannotCall, :cannotEmail,
                                    :welcomeEmail, :leadAlert, :buyingTimeFrame, :sellingTimeFrame, :preQual,
                                    :houseToSell, :fthb, :withBuyerAgent, :mortgage, :buyHouse, :withListingAgent,
                                    :language, :leadTypes, :ownershipScope, :ownershipId, :assignGroupId, :inquiry,
                                    :familyMembers, :creatorUserId, :createdAt, :updatedAt,
                                    :trashedAt, :trashReason, :trashedBy, :lenderUserId, :pondId)
                                """, parameters(lead));
    }

    /**
     * A new lead's create is complete: its row is written again when routing changed it after the insert, and the
     * search index takes it in (its tag rows were written as {@code tagRowsWrittenAs}, null when it has none).
     */
    public void created(LeadWrite lead, boolean rowChanged, List<String> emailKeys, @Nullable IndexedLead tagRowsWrittenAs) {
        if (rowChanged) {
            write(lead.row);
        }
        IndexedLead now = lead.row.indexed();
        index.created(now, emailKeys, tagRowsWrittenAs);
        lead.indexedAs = now;
    }

    /** Writes an existing lead's row back whole, and the search index follows. */
    public void update(LeadWrite lead) {
        update(lead, null);
    }

    /** The same, for a write that replaced the lead's emails with {@code replacedEmailKeys} (null when it did not). */
    public void update(LeadWrite lead, @Nullable List<String> replacedEmailKeys) {
        IndexedLead before = java.util.Objects.requireNonNull(lead.indexedAs, "a new lead is indexed when created");
        write(lead.row);
        IndexedLead now = lead.row.indexed();
        index.changed(before, now, replacedEmailKeys);
        lead.indexedAs = now;
    }

    private void write(LeadRow lead) {
        jdbc.sql("UPDATE leads SET " + WRITABLE_VALUES + " WHERE team_id = :teamId AND id = :id").paramSource(parameters(lead))
                .update();
    }

    /** The lead if the caller may see it, to be read. */
    public Optional<LeadRow> findVisible(Caller caller, long leadId, TrashFilter trash) {
        return visible(caller, leadId, trash, "");
    }

    /**
     * The lead if the caller may see it, locked to be written: concurrent partial updates apply one after the other
     * instead of overwriting each other's fields.
     */
    public Optional<LeadWrite> lockVisible(Caller caller, long leadId, TrashFilter trash) {
        return visible(caller, leadId, trash, " FOR UPDATE").map(LeadWrite::loaded);
    }

    private Optional<LeadRow> visible(Caller caller, long leadId, TrashFilter trash, String lock) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE l.id = :leadId AND " + visible.sql() + trash.sql + lock)
                .params(visible.params())
                .param("leadId", leadId)
                .query(LeadRepository::toLead)
                .optional();
    }

    /** The oldest live lead the caller may see with exactly this email (normalised search key). */
    public Optional<LeadRow> findVisibleByEmailKey(Caller caller, String emailKey) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE " + visible.sql() + " AND l.trashed_at IS NULL"
                        + " AND l.id IN (SELECT i.lead_id FROM lead_list_items i WHERE i.team_id = :visTeamId"
                        + " AND i.list_name = 'email' AND i.item_key = :emailKey) ORDER BY l.created_at, l.id FETCH FIRST 1 ROWS ONLY")
                .params(visible.params())
                .param("emailKey", emailKey)
                .query(LeadRepository::toLead)
                .optional();
    }

    /**
     * For each of these keys of {@code list}, the team's oldest live lead with an item keyed so (absent: none has one).
     * Each key is looked up by its own subquery, an index probe whatever the planner believes of the tables' sizes: as
     * an {@code IN} list of hundreds PostgreSQL took the items' trigram index, whose lookups of similar emails read
     * most of it (5 s for 500 keys at 11,000 items), and as a join it read the whole table while its statistics still
     * said it was small (an import growing it). 500 keys at 190,000 items: 12 ms.
     */
    public Map<String, MatchedLead> oldestLiveWithKeys(long teamId, String list, Collection<String> keys) {
        Map<String, Long> leadByKey = new HashMap<>();
        jdbc.sql("""
                        SELECT k.item_key, (SELECT i.lead_id FROM lead_list_items i JOIN leads l ON l.id = i.lead_id
                                            WHERE i.team_id = :teamId AND i.list_name = :list AND i.item_key = k.item_key
                                                  AND l.trashed_at IS NULL
                                            ORDER BY l.created_at, l.id FETCH FIRST 1 ROWS ONLY) AS lead_id
                        FROM (VALUES :keys) AS k (item_key)
                        """)
                .param("teamId", teamId)
                .param("list", list)
                .param("keys", keys.stream().map(key -> new Object[] {key}).toList())
                .query(rs -> {
                    long leadId = rs.getLong("lead_id");
                    if (!rs.wasNull()) {
                        leadByKey.put(rs.getString("item_key"), leadId);
                    }
                });
        if (leadByKey.isEmpty()) {
            return Map.of();
        }
        Map<Long, MatchedLead> leads = new HashMap<>();
        jdbc.sql("SELECT l.id, l.created_at FROM leads l WHERE l.team_id = :teamId AND l.id IN (:ids)")
                .param("teamId", teamId)
                .param("ids", leadByKey.values().stream().distinct().toList())
                .query(rs -> {
                    leads.put(rs.getLong("id"), new MatchedLead(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class)));
                });
        Map<String, MatchedLead> oldest = new HashMap<>();
        leadByKey.forEach((key, leadId) -> oldest.put(key, leads.get(leadId)));
        return oldest;
    }

    /** The team's leads, live or trashed, with an item of {@code list} keyed {@code key}, oldest first. */
    public List<LeadOfPerson> holdingKey(long teamId, String list, String key, int limit) {
        return jdbc.sql("""
                        SELECT l.id, l.first_name, l.last_name, l.trashed_at FROM leads l
                        WHERE l.team_id = :teamId AND l.id IN (SELECT i.lead_id FROM lead_list_items i
                                                               WHERE i.team_id = :teamId AND i.list_name = :list
                                                                     AND i.item_key = :key)
                        ORDER BY l.created_at, l.id FETCH FIRST :limit ROWS ONLY
                        """)
                .param("teamId", teamId)
                .param("list", list)
                .param("key", key)
                .param("limit", limit)
                .query((rs, row) -> new LeadOfPerson(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("trashed_at") != null))
                .list();
    }

    /** A lead's weaker likeness (the lead aliased {@code l}): its name and street address as one value, without case. */
    public static final String NAME_AND_STREET_OF_L =
            "LOWER(l.first_name || ' ' || COALESCE(l.last_name, '') || '|' || l.street_address)";

    /** The team's live leads alike by name and street, each with the smallest id among them and its visibility columns. */
    public List<AlikeLead> alikeByNameAndStreet(long teamId) {
        return jdbc.sql("""
                        SELECT alike.first_lead, l.id, l.assigned_user_id, l.hidden, l.ownership_scope, l.ownership_id
                        FROM (SELECT {nameAndStreet} AS name_and_street, MIN(l.id) AS first_lead FROM leads l
                              WHERE l.team_id = :teamId AND l.trashed_at IS NULL AND l.street_address IS NOT NULL
                              GROUP BY {nameAndStreet} HAVING COUNT(*) > 1) alike
                        JOIN leads l ON l.team_id = :teamId AND l.trashed_at IS NULL AND l.street_address IS NOT NULL
                                    AND {nameAndStreet} = alike.name_and_street
                        ORDER BY alike.first_lead, l.id""".replace("{nameAndStreet}", NAME_AND_STREET_OF_L))
                .param("teamId", teamId)
                .query((rs, row) -> new AlikeLead(rs.getLong("first_lead"), rs.getLong("id"),
                        rs.getObject("assigned_user_id", Long.class), rs.getBoolean("hidden"),
                        rs.getString("ownership_scope"), rs.getObject("ownership_id", Long.class)))
                .list();
    }

    /** The emails and phones these leads of the team hold, as written. */
    public List<String> addressesOf(long teamId, Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT item FROM lead_list_items
                        WHERE team_id = :teamId AND lead_id IN (:ids) AND list_name IN ('email', 'phone')""")
                .param("teamId", teamId)
                .param("ids", leadIds)
                .query(String.class)
                .list();
    }

    /**
     * The live leads the caller sees that share an email or phone with {@code lead} (strong), then those with only its
     * name at its street address (weak), oldest first, at most {@code limit} of each.
     */
    public List<DuplicateLead> duplicatesOf(Caller caller, LeadRow lead, int limit) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        Map<Long, DuplicateLead> found = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.id, l.first_name, l.last_name, l.created_at, i.list_name
                        FROM lead_list_items mine
                        JOIN lead_list_items i ON i.team_id = mine.team_id AND i.list_name = mine.list_name
                                               AND i.item_key = mine.item_key AND i.lead_id <> mine.lead_id
                        JOIN leads l ON l.id = i.lead_id AND l.trashed_at IS NULL
                        WHERE mine.lead_id = :leadId AND mine.team_id = :visTeamId AND mine.list_name IN ('email', 'phone')
                              AND mine.item_key <> ''
                        """ + " AND " + visible.sql() + " ORDER BY l.created_at, l.id, i.list_name FETCH FIRST :rows ROWS ONLY")
                .params(visible.params())
                .param("leadId", lead.id)
                .param("rows", limit * 4)
                .query(rs -> {
                    long id = rs.getLong("id");
                    DuplicateLead known = found.get(id);
                    List<String> matchedBy = new java.util.ArrayList<>(known == null ? List.of() : known.matchedBy());
                    if (!matchedBy.contains(rs.getString("list_name"))) {
                        matchedBy.add(rs.getString("list_name"));
                    }
                    if (known != null || found.size() < limit) {
                        found.put(id, new DuplicateLead(id, rs.getString("first_name"), rs.getString("last_name"),
                                rs.getObject("created_at", OffsetDateTime.class), matchedBy, "strong"));
                    }
                });
        List<DuplicateLead> duplicates = new java.util.ArrayList<>(found.values());
        if (lead.streetAddress != null && !lead.streetAddress.isBlank() && (lead.zipCode != null || lead.city != null)) {
            sameNameAndAddress(visible, lead, limit).stream().filter(weak -> !found.containsKey(weak.leadId()))
                    .forEach(duplicates::add);
        }
        return duplicates;
    }

    /** By street address first (V70 indexes it on PostgreSQL): a common name matches a great many leads. */
    private List<DuplicateLead> sameNameAndAddress(Visibility.SqlFilter visible, LeadRow lead, int limit) {
        String name = (lead.firstName + " " + (lead.lastName == null ? "" : lead.lastName)).toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("SELECT l.id, l.first_name, l.last_name, l.created_at FROM leads l WHERE " + visible.sql()
                        + " AND l.trashed_at IS NULL AND l.id <> :leadId"
                        + " AND LOWER(l.first_name || ' ' || COALESCE(l.last_name, '')) = :name"
                        + " AND l.street_address IS NOT NULL AND LOWER(l.street_address) = :street"
                        + " AND (l.zip_code = :zip OR LOWER(l.city) = :city)"
                        + " ORDER BY l.created_at, l.id FETCH FIRST :limit ROWS ONLY")
                .params(visible.params())
                .param("leadId", lead.id)
                .param("name", name)
                .param("street", lead.streetAddress.trim().toLowerCase(java.util.Locale.ROOT))
                .param("zip", lead.zipCode)
                .param("city", lead.city == null ? null : lead.city.toLowerCase(java.util.Locale.ROOT))
                .param("limit", limit)
                .query((rs, row) -> new DuplicateLead(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("created_at", OffsetDateTime.class), List.of("name and address"), "weak"))
                .list();
    }

    /** Moves the lead's "last …" times (one per kind of touch, plus lastContact for calls and emails) forward, never back. */
    public void touch(long teamId, long leadId, LeadTouch touch, OffsetDateTime at) {
        List<String> columns = switch (touch) {
            case ACTIVITY -> List.of("last_activity_at");
            case CALL -> List.of("last_call_at", "last_contact_at");
            case EMAIL -> List.of("last_email_at", "last_contact_at");
            case TEXT -> List.of("last_contact_at");
        };
        String set = columns.stream()
                .map(c -> c + " = CASE WHEN " + c + " IS NULL OR " + c + " < :at THEN :at ELSE " + c + " END")
                .collect(java.util.stream.Collectors.joining(", "));
        jdbc.sql("UPDATE leads SET " + set + " WHERE team_id = :teamId AND id = :id")
                .param("at", at)
                .param("teamId", teamId)
                .param("id", leadId)
                .update();
    }

    /** The team's newest live lead with one of these phone keys (digits), whoever may see it. */
    public Optional<LeadRow> findLiveByPhoneKeys(long teamId, List<String> keys) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE l.team_id = :teamId AND l.trashed_at IS NULL"
                        + " AND l.id IN (SELECT i.lead_id FROM lead_list_items i WHERE i.team_id = :teamId AND i.list_name = 'phone'"
                        + " AND i.item_key IN (:keys)) ORDER BY l.created_at DESC, l.id DESC FETCH FIRST 1 ROWS ONLY")
                .param("teamId", teamId)
                .param("keys", keys)
                .query(LeadRepository::toLead)
                .optional();
    }

    public void lockRow(long teamId, long leadId) {
        jdbc.sql("SELECT id FROM leads WHERE team_id = :teamId AND id = :id FOR UPDATE")
                .param("teamId", teamId)
                .param("id", leadId)
                .query(Long.class)
                .optional();
    }

    public void setNextTask(long teamId, long leadId, @Nullable OffsetDateTime at) {
        jdbc.sql("UPDATE leads SET next_task_at = :at WHERE team_id = :teamId AND id = :id")
                .param("at", at)
                .param("teamId", teamId)
                .param("id", leadId)
                .update();
    }

    /** The team's live lead, row-locked, whoever may see it: for claims and offer expiry, which check rights themselves. */
    public Optional<LeadWrite> lockLive(long teamId, long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE l.team_id = :teamId AND l.id = :leadId"
                        + " AND l.trashed_at IS NULL FOR UPDATE")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(LeadRepository::toLead)
                .optional()
                .map(LeadWrite::loaded);
    }

    /** The team's lead, live or trashed, row-locked, whoever may see it: for an erasure, which checks rights itself. */
    public Optional<LeadWrite> lockInTeam(long teamId, long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE l.team_id = :teamId AND l.id = :leadId FOR UPDATE")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(LeadRepository::toLead)
                .optional()
                .map(LeadWrite::loaded);
    }

    /** Writes a lead's tombstone: its row, and its words in the search index replaced by the tombstone's. */
    public void erase(LeadWrite lead) {
        IndexedLead before = java.util.Objects.requireNonNull(lead.indexedAs, "an erased lead was loaded");
        write(lead.row);
        IndexedLead now = lead.row.indexed();
        index.erased(before, now);
        lead.indexedAs = now;
    }

    /** A merged lead, in the trash, names its survivor; null when it is restored. */
    public void setMergedInto(long teamId, long leadId, @Nullable Long survivorId) {
        jdbc.sql("UPDATE leads SET merged_into = :survivorId WHERE team_id = :teamId AND id = :id")
                .param("survivorId", survivorId).param("teamId", teamId).param("id", leadId).update();
    }

    /** The times a merge takes from its leads, which no API write sets (the earliest create, the latest contacts). */
    void writeTimes(LeadRow lead) {
        jdbc.sql("""
                        UPDATE leads SET created_at = :createdAt, last_activity_at = :lastActivityAt,
                                         last_contact_at = :lastContactAt, last_call_at = :lastCallAt,
                                         last_email_at = :lastEmailAt
                        WHERE team_id = :teamId AND id = :id""")
                .param("createdAt", lead.createdAt).param("lastActivityAt", lead.lastActivityAt)
                .param("lastContactAt", lead.lastContactAt).param("lastCallAt", lead.lastCallAt)
                .param("lastEmailAt", lead.lastEmailAt).param("teamId", lead.teamId).param("id", lead.id)
                .update();
    }

    /** The team's leads with these ids, in the order of the ids (a list page's order). */
    public List<LeadRow> findAll(long teamId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LeadRow> byId = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM leads l WHERE l.team_id = :teamId AND l.id IN (:ids)")
                .param("teamId", teamId)
                .param("ids", ids)
                .query(LeadRepository::toLead)
                .list()
                .forEach(row -> byId.put(row.id, row));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public enum TrashFilter {
        LIVE(" AND l.trashed_at IS NULL"),
        TRASHED(" AND l.trashed_at IS NOT NULL"),
        ANY("");

        final String sql;

        TrashFilter(String sql) {
            this.sql = sql;
        }
    }

    public record AssignedCount(long userId, long assigned, long inFirstStage) {}

    /** {@code firstStageId} is -1 when the team has no stages, so no lead counts as in its first one. */
    public List<AssignedCount> assignedCounts(long teamId, Collection<Long> userIds, long firstStageId) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT l.assigned_user_id,
                               COUNT(*) AS assigned,
                               SUM(CASE WHEN l.stage_id = :firstStageId THEN 1 ELSE 0 END) AS in_first_stage
                        FROM leads l
                        WHERE l.team_id = :teamId AND l.trashed_at IS NULL AND l.assigned_user_id IN (:userIds)
                        GROUP BY l.assigned_user_id
                        """)
                .param("teamId", teamId)
                .param("userIds", userIds)
                .param("firstStageId", firstStageId)
                .query((rs, row) -> new AssignedCount(
                        rs.getLong("assigned_user_id"), rs.getLong("assigned"), rs.getLong("in_first_stage")))
                .list();
    }

    private static MapSqlParameterSource parameters(LeadRow l) {
        return new MapSqlParameterSource()
                .addValue("id", l.id)
                .addValue("teamId", l.teamId)
                .addValue("leadUserId", l.leadUserId)
                .addValue("firstName", l.firstName)
                .addValue("lastName", l.lastName)
                .addValue("birthday", l.birthday)
                .addValue("sourceId", l.sourceId)
                .addValue("stageId", l.stageId)
                .addValue("assignedUserId", l.assignedUserId)
                .addValue("assignTime", l.assignTime)
                .addValue("streetAddress", l.streetAddress)
                .addValue("city", l.city)
                .addValue("state", l.state)
                .addValue("zipCode", l.zipCode)
                .addValue("referredBy", l.referredBy)
                .addValue("hidden", l.hidden)
                .addValue("unsubscription", l.unsubscription)
                .addValue("cannotText", l.cannotText)
                .addValue("cannotCall", l.cannotCall)
                .addValue("cannotEmail", l.cannotEmail)
                .addValue("welcomeEmail", l.welcomeEmail)
                .addValue("leadAlert", l.leadAlert)
                .addValue("buyingTimeFrame", l.buyingTimeFrame)
                .addValue("sellingTimeFrame", l.sellingTimeFrame)
                .addValue("preQual", l.preQual)
                .addValue("houseToSell", l.houseToSell)
                .addValue("fthb", l.fthb)
                .addValue("withBuyerAgent", l.withBuyerAgent)
                .addValue("mortgage", l.mortgage)
                .addValue("buyHouse", l.buyHouse)
                .addValue("withListingAgent", l.withListingAgent)
                .addValue("language", l.language)
                .addValue("leadTypes", l.leadTypes)
                .addValue("ownershipScope", l.ownershipScope)
                .addValue("ownershipId", l.ownershipId)
                .addValue("assignGroupId", l.assignGroupId)
                .addValue("inquiry", l.inquiry)
                .addValue("familyMembers", l.familyMembers)
                .addValue("creatorUserId", l.creatorUserId)
                .addValue("createdAt", l.createdAt)
                .addValue("updatedAt", l.updatedAt)
                .addValue("trashedAt", l.trashedAt)
                .addValue("trashReason", l.trashReason)
                .addValue("trashedBy", l.trashedBy)
                .addValue("lenderUserId", l.lenderUserId)
                .addValue("pondId", l.pondId);
    }

    private static LeadRow toLead(ResultSet rs, int row) throws SQLException {
        LeadRow l = new LeadRow();
        l.id = rs.getLong("id");
        l.teamId = rs.getLong("team_id");
        l.leadUserId = rs.getLong("lead_user_id");
        l.firstName = rs.getString("first_name");
        l.lastName = rs.getString("last_name");
        l.birthday = rs.getString("birthday");
        l.sourceId = rs.getObject("source_id", Integer.class);
        l.stageId = rs.getObject("stage_id", Long.class);
        l.assignedUserId = rs.getObject("assigned_user_id", Long.class);
        l.assignTime = rs.getObject("assign_time", OffsetDateTime.class);
        l.lenderUserId = rs.getObject("lender_user_id", Long.class);
        l.pondId = rs.getObject("pond_id", Long.class);
        l.streetAddress = rs.getString("street_address");
        l.city = rs.getString("city");
        l.state = rs.getString("state");
        l.zipCode = rs.getString("zip_code");
        l.referredBy = rs.getString("referred_by");
        l.hidden = rs.getBoolean("hidden");
        l.unsubscription = rs.getBoolean("unsubscription");
        l.cannotText = rs.getBoolean("cannot_text");
        l.cannotCall = rs.getBoolean("cannot_call");
        l.cannotEmail = rs.getBoolean("cannot_email");
        l.welcomeEmail = rs.getBoolean("welcome_email");
        l.leadAlert = rs.getBoolean("lead_alert");
        l.buyingTimeFrame = rs.getString("buying_time_frame");
        l.sellingTimeFrame = rs.getString("selling_time_frame");
        l.preQual = rs.getString("pre_qual");
        l.houseToSell = rs.getString("house_to_sell");
        l.fthb = rs.getString("fthb");
        l.withBuyerAgent = rs.getString("with_buyer_agent");
        l.mortgage = rs.getString("mortgage");
        l.buyHouse = rs.getString("buy_house");
        l.withListingAgent = rs.getString("with_listing_agent");
        l.language = rs.getString("language");
        l.leadTypes = rs.getString("lead_types");
        l.ownershipScope = rs.getString("ownership_scope");
        l.ownershipId = rs.getObject("ownership_id", Long.class);
        l.assignGroupId = rs.getObject("assign_group_id", Long.class);
        l.inquiry = rs.getString("inquiry");
        l.familyMembers = rs.getString("family_members");
        l.creatorUserId = rs.getLong("creator_user_id");
        l.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        l.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        l.trashedAt = rs.getObject("trashed_at", OffsetDateTime.class);
        l.trashReason = rs.getString("trash_reason");
        l.trashedBy = rs.getObject("trashed_by", Long.class);
        l.mergedInto = rs.getObject("merged_into", Long.class);
        l.score = rs.getInt("score");
        l.lastActivityAt = rs.getObject("last_activity_at", OffsetDateTime.class);
        l.lastContactAt = rs.getObject("last_contact_at", OffsetDateTime.class);
        l.lastCallAt = rs.getObject("last_call_at", OffsetDateTime.class);
        l.lastEmailAt = rs.getObject("last_email_at", OffsetDateTime.class);
        return l;
    }
}
