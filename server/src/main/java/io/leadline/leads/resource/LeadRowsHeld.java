package io.leadline.leads.resource;

import io.leadline.database.StoredRows;
import io.leadline.idempotency.IdempotentCreates;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this feature keeps about a lead: its row and the rows beside it (lists, tags, custom values, properties, role
 * assignees). First of the holders: an erasure starts by locking the row and making it a tombstone, which a live
 * lead's webhook subscribers hear of as an update.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadRowsHeld implements LeadDataHolder {

    /** What an erased lead is called: the first name is required, and says what happened. */
    static final String TOMBSTONE_NAME = "Erased";

    private static final List<String> BESIDE_THE_ROW = List.of(
            "lead_list_items", "lead_tags", "lead_custom_values", "lead_properties", "lead_role_assignees");
    private static final List<String> TABLES = Stream.concat(Stream.of("leads"), BESIDE_THE_ROW.stream()).toList();

    private final LeadRepository leads;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotentCreates idempotent;
    private final LeadEvents events;

    LeadRowsHeld(LeadRepository leads, JdbcClient jdbc, Clock clock, IdempotentCreates idempotent, LeadEvents events) {
        this.leads = leads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.idempotent = idempotent;
        this.events = events;
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(StoredRows rows, long leadId) {
        Map<String, List<Map<String, Object>>> byTable = new LinkedHashMap<>();
        byTable.put("leads", rows.of("leads", "id", leadId));
        byTable.putAll(rows.ofEach(BESIDE_THE_ROW, "lead_id", leadId));
        return byTable;
    }

    /**
     * The row keeps what the team counts and routes by (stage, source, agents, ownership, consent flags, lead types,
     * score, times) and loses who the person is and what they told: names, birthday, address, referrer, language,
     * their answers about buying and selling, inquiry and family. Their emails and phones, custom values and properties
     * are deleted; tags, segments, groups and role assignees are the team's and stay.
     */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        LeadWrite lead = leads.lockInTeam(teamId, leadId).orElseThrow(() -> LeadNotFound.forId(leadId));
        tombstone(lead.row);
        lead.row.updatedAt = Times.now(clock);
        leads.erase(lead);
        events.erased(lead);
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("leads", 1);
        erased.put("lead_list_items", jdbc.sql("""
                        DELETE FROM lead_list_items
                        WHERE team_id = :teamId AND lead_id = :leadId AND list_name IN ('email', 'phone')""")
                .param("teamId", teamId).param("leadId", leadId).update());
        erased.put("lead_custom_values", jdbc.sql("DELETE FROM lead_custom_values WHERE lead_id = :leadId")
                .param("leadId", leadId).update());
        erased.put("lead_properties", jdbc.sql("DELETE FROM lead_properties WHERE team_id = :teamId AND lead_id = :leadId")
                .param("teamId", teamId).param("leadId", leadId).update());
        erased.put("idempotency_keys", idempotent.forget("lead", List.of(leadId)));
        return erased;
    }

    private static void tombstone(LeadRow row) {
        row.firstName = TOMBSTONE_NAME;
        row.lastName = null;
        row.birthday = null;
        row.streetAddress = null;
        row.city = null;
        row.state = null;
        row.zipCode = null;
        row.referredBy = null;
        row.language = null;
        row.buyingTimeFrame = null;
        row.sellingTimeFrame = null;
        row.preQual = null;
        row.houseToSell = null;
        row.fthb = null;
        row.withBuyerAgent = null;
        row.mortgage = null;
        row.buyHouse = null;
        row.withListingAgent = null;
        row.inquiry = null;
        row.familyMembers = null;
    }

    /** None: a merge combines the lead's own rows itself ({@link LeadCombiner}), and a merged lead keeps its own. */
    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of();
    }
}
