package io.leadline.accounts;

import java.time.OffsetDateTime;

record Team(long id, String name, OffsetDateTime createdAt) {}
