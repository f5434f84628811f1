package io.leadline.accounts;

/** Published inside the transaction that creates a team, so other features can seed its defaults atomically. */
public record TeamCreated(long teamId) {}
