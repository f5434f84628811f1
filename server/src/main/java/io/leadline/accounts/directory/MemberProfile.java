package io.leadline.accounts.directory;

import io.leadline.accounts.AssignedLeadCounts;
import io.leadline.accounts.Member;
import org.jspecify.annotations.Nullable;

/** A member with what Lofty's member record shows alongside: the office, lead counts and agent details. */
record MemberProfile(Member member, @Nullable Office office, AssignedLeadCounts.Counts counts, UserResponse.AgentInfo agentInfo) {}
