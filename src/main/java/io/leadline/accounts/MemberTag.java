package io.leadline.accounts;

/** A tag on team members (Lofty's agent tags), from the team's own catalogue, apart from lead tags. */
record MemberTag(long id, String name) {}
