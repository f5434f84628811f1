package io.leadline.leads.resource;

/** Lofty's answer to a lead write: the lead's id. */
public record LeadIdResponse(long leadId) {}
