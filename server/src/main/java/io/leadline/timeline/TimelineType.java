package io.leadline.timeline;

import org.jspecify.annotations.Nullable;

/**
 * What an entry records. Lofty publishes a few of its codes (38 stage change, 17/18 note edited/deleted, and the site
 * tracking types 1, 2, 3, 23, 39); the rest of its numbering is not public, so Leadline's own events take codes from
 * 1000 up (docs/api.md "Timeline").
 */
enum TimelineType {
    SITE_SEARCH(1, Kind.SITE, "Search"),
    SITE_BROWSE(2, Kind.SITE, "Browse"),
    SITE_FAVORITE(3, Kind.SITE, "Favorite"),
    SITE_REQUEST(23, Kind.SITE, "Request"),
    SITE_SUBMISSION(39, Kind.SITE, "Submission"),
    NOTE_ADDED(1014, Kind.NOTE, "NoteAdd"),
    NOTE_EDITED(17, Kind.SYSTEM, "NoteEdit"),
    NOTE_DELETED(18, Kind.SYSTEM, "NoteDelete"),
    STAGE_CHANGE(38, Kind.SYSTEM, "TeamStageChange"),
    LOG_CALL(1101, Kind.LOGGED, "logCall"),
    LOG_EMAIL(1102, Kind.LOGGED, "logEmail"),
    LOG_TEXT(1103, Kind.LOGGED, "logText"),
    CALL(1104, Kind.COMMUNICATION, "Call"),
    EMAIL(1105, Kind.COMMUNICATION, "Email"),
    TEXT(1106, Kind.COMMUNICATION, "Text"),
    LEAD_CREATED(1001, Kind.SYSTEM, "LeadCreated"),
    FIELD_CHANGE(1002, Kind.SYSTEM, "LeadFieldChange"),
    ASSIGNMENT(1003, Kind.SYSTEM, "LeadAssignment"),
    TAGS_ADDED(1004, Kind.SYSTEM, "TagsAdded"),
    TAGS_REMOVED(1005, Kind.SYSTEM, "TagsRemoved"),
    LEAD_TRASHED(1006, Kind.SYSTEM, "LeadTrashed"),
    LEAD_RESTORED(1007, Kind.SYSTEM, "LeadRestored"),
    INQUIRY_CHANGE(1008, Kind.SYSTEM, "InquiryChange"),
    PROPERTY_CHANGE(1009, Kind.SYSTEM, "PropertyChange"),
    NOTE_LOGGED(1010, Kind.SYSTEM, "NoteAdded"),
    TRANSACTION_ADDED(1011, Kind.SYSTEM, "TransactionAdded"),
    TRANSACTION_UPDATED(1012, Kind.SYSTEM, "TransactionUpdated"),
    POND_CHANGE(1013, Kind.SYSTEM, "LeadPondChange"),
    TASK_CREATED(1015, Kind.SYSTEM, "TaskCreated"),
    TASK_UPDATED(1016, Kind.SYSTEM, "TaskUpdated"),
    TASK_FINISHED(1017, Kind.SYSTEM, "TaskFinished"),
    TASK_REOPENED(1018, Kind.SYSTEM, "TaskReopened"),
    TASK_DELETED(1019, Kind.SYSTEM, "TaskDeleted"),
    APPOINTMENT_CREATED(1020, Kind.SYSTEM, "AppointmentCreated"),
    APPOINTMENT_UPDATED(1021, Kind.SYSTEM, "AppointmentUpdated"),
    APPOINTMENT_FINISHED(1022, Kind.SYSTEM, "AppointmentFinished"),
    APPOINTMENT_REOPENED(1023, Kind.SYSTEM, "AppointmentReopened"),
    APPOINTMENT_DELETED(1024, Kind.SYSTEM, "AppointmentDeleted"),
    LEADS_MERGED(1025, Kind.SYSTEM, "LeadsMerged"),
    MERGE_UNDONE(1026, Kind.SYSTEM, "LeadsMergeUndone");

    /** Which reads show an entry: site activity, the system log, manual logs, notes, sent and imported communications. */
    enum Kind {
        SITE,
        SYSTEM,
        LOGGED,
        NOTE,
        COMMUNICATION
    }

    final int code;
    final Kind kind;
    final String desc;

    TimelineType(int code, Kind kind, String desc) {
        this.code = code;
        this.kind = kind;
        this.desc = desc;
    }

    static TimelineType ofCode(int code) {
        for (TimelineType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalStateException("no timeline type " + code);
    }

    /** A site-activity type by Lofty's name, case-insensitively; null when it is none of them. */
    static @Nullable TimelineType siteActivity(String name) {
        for (TimelineType type : values()) {
            if (type.kind == Kind.SITE && type.desc.equalsIgnoreCase(name.trim())) {
                return type;
            }
        }
        return null;
    }

    /** A manual-log channel by Lofty's exact name (case-sensitive, as documented); null when it is none of them. */
    static @Nullable TimelineType manualLog(String name) {
        for (TimelineType type : values()) {
            if (type.kind == Kind.LOGGED && type.desc.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
