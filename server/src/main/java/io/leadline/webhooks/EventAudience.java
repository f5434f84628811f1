package io.leadline.webhooks;

import org.jspecify.annotations.Nullable;

/** Who a lead belongs to, as the recipients rules need it: its assignee, hidden flag and ownership scope. */
public record EventAudience(@Nullable Long assignedUserId, boolean hidden, String ownershipScope, @Nullable Long ownershipId) {}
