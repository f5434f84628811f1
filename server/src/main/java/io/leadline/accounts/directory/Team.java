package io.leadline.accounts.directory;

import java.time.OffsetDateTime;

public record Team(long id, String name, OffsetDateTime createdAt) {}
