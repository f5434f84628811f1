package io.leadline.accounts.directory;

import org.springframework.modulith.NamedInterface;

/** A tag on team members (Lofty's agent tags), from the team's own catalogue, apart from lead tags. */
@NamedInterface("administration") // the console's member page reads it
public record MemberTag(long id, String name) {}
