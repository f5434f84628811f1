package io.leadline.web;

import java.time.OffsetDateTime;

/** A request answered 500 because of an error nothing expected: published so operations can keep the latest. */
public record UnhandledError(String request, String error, OffsetDateTime at) {}
