package io.leadline.accounts.directory;

/** A tag on team members (Lofty's agent tags), from the team's own catalogue, apart from lead tags. */
public record MemberTag(long id, String name) {}
