package io.leadline.accounts;

import org.jspecify.annotations.Nullable;

/** A member with what Lofty's member record shows alongside: the office, lead counts and agent details. */
record MemberProfile(Member member, @Nullable Office office, AssignedLeadCounts.Counts counts, UserResponse.AgentInfo agentInfo) {}
