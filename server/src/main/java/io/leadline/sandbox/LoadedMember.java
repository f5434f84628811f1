package io.leadline.sandbox;

import org.jspecify.annotations.Nullable;

/** A member a fixture file made; {@code apiKey} is the key the file fixed for it, if any. */
public record LoadedMember(String email, long userId, String role, @Nullable String apiKey) {}
