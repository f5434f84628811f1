package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimesTests {

    private static final DateTimeFormatter EXPECTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    @Test
    void formatsAnyInstantInAnyOffsetAsUtcToTheSecond() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 250_000_000_000_000L));
            OffsetDateTime time = instant.atOffset(ZoneOffset.ofTotalSeconds(random.nextInt(-18, 19) * 3600));
            assertThat(Times.iso(time)).isEqualTo(EXPECTED.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        }
    }

    @Test // LL-26 item 2
    void acceptsClientTimesFrom1900To2200AndNamesTheFieldOtherwise() {
        assertThat(Times.acceptedEpochMillis("at", -2_208_988_800_000L)).isEqualTo(OffsetDateTime.parse("1900-01-01T00:00:00Z"));
        assertThat(Times.accepted("at", OffsetDateTime.parse("2200-12-31T23:59:59.999Z"))).isNotNull();
        for (long millis : new long[] {Long.MIN_VALUE, -2_208_988_800_001L, 7_289_654_400_000L, Long.MAX_VALUE}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Times.acceptedEpochMillis("deadline", millis))
                    .isInstanceOf(ApiException.class).hasMessageContaining("deadline");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Times.accepted("startAt", OffsetDateTime.MIN))
                .isInstanceOf(ApiException.class).hasMessageContaining("startAt");
    }

    @Test // LL-26 item 2
    void readsBackTimesStoredOutsideTheRangeWithoutFailing() {
        assertThat(Times.epochMillis(OffsetDateTime.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(Times.epochMillis(OffsetDateTime.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Times.iso(OffsetDateTime.MIN)).startsWith("-");
        assertThat(Times.isoIn(OffsetDateTime.MAX, java.time.ZoneId.of("America/Chicago"))).startsWith("+");
        assertThat(Times.plainUtc(OffsetDateTime.MIN)).isNotBlank();
    }

    @Test
    void keepsTheEdgesOfTheDayAndYear() {
        assertThat(Times.iso(OffsetDateTime.parse("2026-12-31T23:59:59.999+00:00"))).isEqualTo("2026-12-31T23:59:59Z");
        assertThat(Times.iso(OffsetDateTime.parse("2027-01-01T01:00:00+02:00"))).isEqualTo("2026-12-31T23:00:00Z");
        assertThat(Times.iso(OffsetDateTime.parse("0001-01-01T00:00:00Z"))).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(Times.iso(null)).isNull();
    }
}
