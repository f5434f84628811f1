package io.leadline.tasks;

/** The two kinds of calendar entry. Lofty's calendar ids carry the kind as a suffix: "123-task", "123-appointment". */
public enum TaskKind {
    TASK("task", "Task", 1),
    APPOINTMENT("appointment", "Appointment", 2);

    final String suffix;
    final String label;
    /** The calendar's sourceType code (Leadline's numbering; Lofty publishes none). */
    final int sourceType;

    TaskKind(String suffix, String label, int sourceType) {
        this.suffix = suffix;
        this.label = label;
        this.sourceType = sourceType;
    }
}
