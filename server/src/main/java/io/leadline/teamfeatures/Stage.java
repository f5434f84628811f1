package io.leadline.teamfeatures;

/** A pipeline stage; position 0 is where new leads start. */
public record Stage(long id, String name, int position) {}
