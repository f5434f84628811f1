package io.leadline.accounts;

import org.jspecify.annotations.Nullable;

/** A member with what Lofty's member record shows alongside: the office and lead counts. */
record MemberProfile(Member member, @Nullable Office office, AssignedLeadCounts.Counts counts) {}
