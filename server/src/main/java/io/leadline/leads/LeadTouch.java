package io.leadline.leads;

/** What happened with a lead that moves one of its "last …" times, and so the sorts that read them. */
public enum LeadTouch {
    /** Site activity: {@code lastActivity}. */
    ACTIVITY,
    /** A call, logged or recorded: {@code lastCall} and {@code lastContact}. */
    CALL,
    /** An email: {@code lastEmail} and {@code lastContact}. */
    EMAIL,
    /** A text: {@code lastContact}. */
    TEXT
}
