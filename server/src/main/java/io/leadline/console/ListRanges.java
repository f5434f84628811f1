package io.leadline.console;

import io.leadline.search.LeadQuery;
import io.leadline.web.ApiException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The list's date ranges, the console's addition to the API's filters (Lofty's list has none): created and last
 * contacted from one day to another, both days included, in the team's time zone.
 */
final class ListRanges {

    private ListRanges() {}

    static LeadQuery applied(LeadQuery query, MultiValueMap<String, String> params, ZoneId zone) {
        return query.within(between(params, "createdFrom", "createdTo", zone),
                between(params, "contactedFrom", "contactedTo", zone));
    }

    /** Refuses a range the list would refuse (not a day, or ending before it starts). */
    static void check(MultiValueMap<String, String> params) {
        between(params, "createdFrom", "createdTo", ZoneOffset.UTC);
        between(params, "contactedFrom", "contactedTo", ZoneOffset.UTC);
    }

    private static LeadQuery.@Nullable Between between(MultiValueMap<String, String> params, String fromField,
            String toField, ZoneId zone) {
        LocalDate from = day(params, fromField);
        LocalDate to = day(params, toField);
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField(toField, "must not be before " + fromField + " (" + to + " < " + from + ")");
        }
        return new LeadQuery.Between(from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static @Nullable LocalDate day(MultiValueMap<String, String> params, String field) {
        String text = params.getFirst(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADay) {
            throw ApiException.invalidField(field, "must be a day as yyyy-mm-dd, not '" + text + "'");
        }
    }
}
