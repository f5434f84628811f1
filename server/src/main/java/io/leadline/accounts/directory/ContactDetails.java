package io.leadline.accounts.directory;

import io.leadline.web.ApiException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** How to reach an office or the company, in Lofty's field names. Null means "not given" (and, stored, "not set"). */
@NamedInterface("administration") // the console's team page passes none
public record ContactDetails(
        @Nullable String phone,
        @Nullable String phoneCode,
        @Nullable String phoneCountry,
        @Nullable String email,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipcode,
        @Nullable String streetAddress) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null, null, null, null, null);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Spaces, dashes, dots and brackets people type inside phone numbers; Lofty stores digits only. */
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");

    /** Checked and normalised: trimmed, blanks as empty (which clears), phones as digits, the country in upper case. */
    ContactDetails checked() {
        return new ContactDetails(
                digits("phone", phone, 20),
                digits("phoneCode", phoneCode == null ? null : phoneCode.trim().replaceFirst("^\\+", ""), 4),
                country(phoneCountry),
                email(email),
                text("city", city, 200),
                text("state", state, 200),
                text("zipcode", zipcode, 20),
                text("streetAddress", streetAddress, 500));
    }

    /** The given fields replace these; an empty string clears one. */
    ContactDetails updatedWith(ContactDetails given) {
        return new ContactDetails(
                pick(given.phone, phone), pick(given.phoneCode, phoneCode), pick(given.phoneCountry, phoneCountry),
                pick(given.email, email), pick(given.city, city), pick(given.state, state), pick(given.zipcode, zipcode),
                pick(given.streetAddress, streetAddress));
    }

    private static @Nullable String pick(@Nullable String given, @Nullable String current) {
        if (given == null) {
            return current;
        }
        return given.isEmpty() ? null : given;
    }

    static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return trimmed;
    }

    private static @Nullable String digits(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String digits = PHONE_PUNCTUATION.matcher(value).replaceAll("");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.invalidField(field, "must be digits, not '" + value + "'");
        }
        if (digits.length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return digits;
    }

    private static @Nullable String country(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return value == null ? null : "";
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ApiException.invalidField("phoneCountry", "must be an ISO 3166-1 alpha-2 code such as US, not '" + value + "'");
        }
        return code;
    }

    private static @Nullable String email(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return value == null ? null : "";
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 320) {
            throw ApiException.tooLong("email", 320);
        }
        if (!EMAIL.matcher(trimmed).matches()) {
            throw ApiException.invalidField("email", "is not an email address: " + value);
        }
        return trimmed;
    }
}
