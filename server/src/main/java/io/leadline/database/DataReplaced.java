package io.leadline.database;

/**
 * Published on a node after rows were put back wholesale under it (the sandbox restoring a snapshot): whatever the
 * node keeps about the database — its caches, the words it knows are stored — may be wrong now and is forgotten.
 */
public record DataReplaced() {}
