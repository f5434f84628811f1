package io.leadline.web;

/** Lofty's error envelope: {@code {"code": 20006, "message": "..."}}. */
public record ErrorBody(int code, String message) {}
