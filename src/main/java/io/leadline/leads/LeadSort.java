package io.leadline.leads;

import java.util.Arrays;

/**
 * The sort orders the list implements, each on one column (allow-listed: never SQL from the client). Lofty documents
 * more values (HasDrip, Task, …); those fall back to DEFAULT, as Lofty ignores what it does not know.
 */
enum LeadSort {
    DEFAULT("Default", "l.created_at", true),
    CREATE_TIME("CreateTime", "l.created_at", true),
    ASSIGN_TIME("AssignTime", "l.assign_time", false),
    SCORE("Score", "l.score", true),
    LAST_ACTIVITY("LastActivity", "l.last_activity_at", false),
    LAST_CONTACT("LastContact", "l.last_contact_at", false),
    LAST_CALL("LastCall", "l.last_call_at", false),
    LAST_EMAIL("LastEmail", "l.last_email_at", false),
    DELETE_TIME("DeleteTime", "l.trashed_at", false);

    final String wireName;
    final String column;
    final boolean notNull;

    LeadSort(String wireName, String column, boolean notNull) {
        this.wireName = wireName;
        this.column = column;
        this.notNull = notNull;
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
