package io.leadline.search;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The sort orders the list implements, each on one column (allow-listed: never SQL from the client). Lofty documents
 * more values (HasDrip, Score V2, …); those fall back to DEFAULT, as Lofty ignores what it does not know.
 */
enum LeadSort {
    DEFAULT("Default", "l.created_at", true, "leads_team_created_idx", null),
    CREATE_TIME("CreateTime", "l.created_at", true, "leads_team_created_idx", null),
    ASSIGN_TIME("AssignTime", "l.assign_time", false, "leads_team_assign_time_idx", "leads_team_assign_time_desc_idx"),
    SCORE("Score", "l.score", true, "leads_team_score_idx", null),
    LAST_ACTIVITY("LastActivity", "l.last_activity_at", false, "leads_team_last_activity_idx", "leads_team_last_activity_desc_idx"),
    LAST_CONTACT("LastContact", "l.last_contact_at", false, "leads_team_last_contact_idx", "leads_team_last_contact_desc_idx"),
    LAST_CALL("LastCall", "l.last_call_at", false, "leads_team_last_call_idx", "leads_team_last_call_desc_idx"),
    LAST_EMAIL("LastEmail", "l.last_email_at", false, "leads_team_last_email_idx", "leads_team_last_email_desc_idx"),
    /** The trash lists leads that all have the time; leads without one sort high, as the one index orders them. */
    DELETE_TIME("DeleteTime", "l.trashed_at", false, "leads_team_trashed_idx", null),
    /** Lofty's Communication: the lead's last call, email or text, the same time as LastContact. */
    COMMUNICATION("Communication", "l.last_contact_at", false, "leads_team_last_contact_idx", "leads_team_last_contact_desc_idx"),
    /** The lead's next open task or appointment (its due time). */
    TASK("Task", "l.next_task_at", false, "leads_team_next_task_idx", "leads_team_next_task_desc_idx");

    final String wireName;
    final String column;
    final boolean notNull;
    /** The (team_id, column, id) index that yields this order. */
    final String index;
    /**
     * The (team_id DESC, column DESC NULLS LAST, id DESC) index of a time that leads may not have: such a sort lists the
     * leads without it last in both directions (LL-26), as people expect of "most recently called". Null otherwise.
     */
    final @Nullable String newestFirstIndex;

    LeadSort(String wireName, String column, boolean notNull, String index, @Nullable String newestFirstIndex) {
        this.wireName = wireName;
        this.column = column;
        this.notNull = notNull;
        this.index = index;
        this.newestFirstIndex = newestFirstIndex;
    }

    /** Leads without the value come last whichever the direction. */
    boolean nullsLastBothWays() {
        return newestFirstIndex != null;
    }

    /** The index that yields this order in the direction asked. */
    String index(boolean desc) {
        return desc && newestFirstIndex != null ? newestFirstIndex : index;
    }

    boolean byCreateTime() {
        return this == DEFAULT || this == CREATE_TIME;
    }

    boolean isTime() {
        return this != SCORE;
    }

    static LeadSort fromWire(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.wireName.equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
