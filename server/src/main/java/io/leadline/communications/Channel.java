package io.leadline.communications;

import io.leadline.leads.LeadTouch;
import io.leadline.web.ApiException;
import java.util.Locale;

/** The three channels, with their webhook list and bucket, the lead time each moves, and Lofty's event name. */
public enum Channel {
    CALL(6, "createdCall", "callId", LeadTouch.CALL, "Call"),
    EMAIL(7, "createdEmail", "emailId", LeadTouch.EMAIL, "Email"),
    TEXT(8, "createdText", "textId", LeadTouch.TEXT, "Text");

    final int listId;
    final String bucket;
    final String idField;
    final LeadTouch touch;
    public final String label;

    Channel(int listId, String bucket, String idField, LeadTouch touch, String label) {
        this.listId = listId;
        this.bucket = bucket;
        this.idField = idField;
        this.touch = touch;
        this.label = label;
    }

    public static Channel parse(String field, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "must be CALL, EMAIL or TEXT, not '" + value + "'");
        }
    }
}
