package io.leadline.leads.resource;

/** Lofty's wrapper around one lead. */
public record LeadEnvelope(LeadResponse lead) {}
