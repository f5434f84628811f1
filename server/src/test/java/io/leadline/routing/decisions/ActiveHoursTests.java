package io.leadline.routing.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveHoursTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aDaytimeWindowIncludesItsLastHour() {
        ActiveHours weekdays = new ActiveHours(List.of(1, 2, 3, 4, 5), 9, 17);
        assertThat(weekdays.isActive(at(2026, 11, 23, 9, 0))).isTrue(); // Monday
        assertThat(weekdays.isActive(at(2026, 11, 23, 17, 59))).isTrue();
        assertThat(weekdays.isActive(at(2026, 11, 23, 18, 0))).isFalse();
        assertThat(weekdays.isActive(at(2026, 11, 23, 8, 59))).isFalse();
        assertThat(weekdays.isActive(at(2026, 11, 28, 12, 0))).isFalse(); // Saturday
    }

    @Test
    void aWindowAcrossMidnightBelongsToTheDayItStarts() {
        ActiveHours fridayNight = new ActiveHours(List.of(5), 22, 6);
        assertThat(fridayNight.isActive(at(2026, 11, 27, 23, 0))).isTrue(); // Friday 23:00
        assertThat(fridayNight.isActive(at(2026, 11, 28, 3, 0))).isTrue(); // Saturday 03:00
        assertThat(fridayNight.isActive(at(2026, 11, 28, 7, 0))).isFalse();
        assertThat(fridayNight.isActive(at(2026, 11, 27, 3, 0))).isFalse(); // Friday early morning: Thursday's night
        assertThat(fridayNight.isActive(at(2026, 11, 28, 23, 0))).isFalse(); // Saturday night
    }

    @Test
    void sundayNightWrapsIntoMonday() {
        ActiveHours sundayNight = new ActiveHours(List.of(7), 20, 2);
        assertThat(sundayNight.isActive(at(2026, 11, 30, 1, 30))).isTrue(); // Monday 01:30
    }

    @Test
    void theSameInstantIsInOrOutDependingOnTheTeamsZone() {
        ActiveHours business = new ActiveHours(List.of(1, 2, 3, 4, 5, 6, 7), 9, 17);
        ZonedDateTime utcAfternoon = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, ZoneId.of("UTC")); // 10:00 in New York
        ZonedDateTime utcEvening = ZonedDateTime.of(2026, 11, 23, 23, 0, 0, 0, ZoneId.of("UTC")); // 18:00 in New York

        assertThat(business.isActive(utcAfternoon.withZoneSameInstant(NEW_YORK))).isTrue();
        assertThat(business.isActive(utcEvening.withZoneSameInstant(NEW_YORK))).isFalse();
        ZonedDateTime utcEarly = ZonedDateTime.of(2026, 11, 24, 1, 0, 0, 0, ZoneId.of("UTC"));
        assertThat(business.isActive(utcEarly.withZoneSameInstant(ZoneId.of("Asia/Tokyo")))).isTrue(); // 10:00 in Tokyo
        assertThat(business.isActive(utcEarly.withZoneSameInstant(NEW_YORK))).isFalse(); // 20:00 the day before
    }

    @Test
    void validationSortsDaysAndRefusesOutOfRangeValues() {
        assertThat(ActiveHours.validated(List.of(5, 1, 5, 3), 8, 20).activeDays()).containsExactly(1, 3, 5);
        assertThat(ActiveHours.validated(null, null, null)).isEqualTo(ActiveHours.ALWAYS);
        assertThatThrownBy(() -> ActiveHours.validated(List.of(0), 8, 20)).hasMessageContaining("activeDays");
        assertThatThrownBy(() -> ActiveHours.validated(List.of(1), 8, 24)).hasMessageContaining("hoursEnd");
        assertThatThrownBy(() -> ActiveHours.validated(List.of(1), -1, 20)).hasMessageContaining("hoursStart");
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NEW_YORK);
    }
}
