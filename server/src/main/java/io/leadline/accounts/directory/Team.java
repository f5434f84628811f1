package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

@NamedInterface("administration") // the console's ops page reads it
public record Team(long id, String name, OffsetDateTime createdAt) {}
