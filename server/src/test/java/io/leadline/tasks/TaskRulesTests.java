package io.leadline.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TaskRulesTests {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2030, 1, 2, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void contentIsRequiredTrimmedAndBounded() {
        assertThat(TaskRules.content("  Call back ")).isEqualTo("Call back");
        assertThatThrownBy(() -> TaskRules.content(" ")).hasMessageContaining("content");
        assertThatThrownBy(() -> TaskRules.content("x".repeat(TaskRules.CONTENT_MAX + 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PARAMETER_TOO_LONG));
    }

    @Test
    void waysAndRolesAreLoftysSpellingsMatchedIgnoringCase() {
        assertThat(TaskRules.way("type", " email ")).isEqualTo("Email");
        assertThat(TaskRules.role("ASSISTANT")).isEqualTo("Assistant");
        assertThatThrownBy(() -> TaskRules.way("type", "Fax")).hasMessageContaining("type").hasMessageContaining("Fax");
        assertThatThrownBy(() -> TaskRules.role(null)).hasMessageContaining("assignedRole");
    }

    @Test
    void aMissingZoneIsTheTeamsAndAnUnknownOneIsRefused() {
        ZoneId team = ZoneId.of("America/Chicago");
        assertThat(TaskRules.zone(null, team)).isEqualTo(team);
        assertThat(TaskRules.zone(" Europe/Paris ", team)).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> TaskRules.zone("Mars/Olympus", team)).hasMessageContaining("timeZoneCode");
    }

    @Test
    void anAddressIsTrimmedBlankIsNoneAndItIsBounded() {
        assertThat(TaskRules.address(null)).isNull();
        assertThat(TaskRules.address("   ")).isNull();
        assertThat(TaskRules.address(" 1 Main St ")).isEqualTo("1 Main St");
        assertThatThrownBy(() -> TaskRules.address("x".repeat(TaskRules.ADDRESS_MAX + 1))).hasMessageContaining("address");
    }

    @Test
    void timesMustBeInOrderAndAheadOfNow() {
        TaskRules.order(NOON, NOON, "startAt", "endAt");
        assertThatThrownBy(() -> TaskRules.order(NOON, NOON.minusSeconds(1), "startAt", "endAt"))
                .hasMessageContaining("endAt").hasMessageContaining("startAt");
        TaskRules.ahead(NOON.plusSeconds(1), "endAt", NOON);
        assertThatThrownBy(() -> TaskRules.ahead(NOON, "endAt", NOON)).hasMessageContaining("later than now");
    }

    @Test
    void calendarTypesAndIdsAreLoftys() {
        assertThat(TaskRules.calendarType("appointment")).isEqualTo(TaskKind.APPOINTMENT);
        assertThatThrownBy(() -> TaskRules.calendarType("MEETING")).hasMessageContaining("TASK or APPOINTMENT");
        assertThat(TaskRules.calendarId("42-task")).isEqualTo(new TaskRules.CalendarId(42, TaskKind.TASK));
        assertThat(TaskRules.calendarId("7-appointment")).isEqualTo(new TaskRules.CalendarId(7, TaskKind.APPOINTMENT));
        for (String wrong : new String[] {"42", "42-meeting", "-task", "x-task"}) {
            assertThatThrownBy(() -> TaskRules.calendarId(wrong)).as(wrong)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER));
        }
    }

    @Test
    void aReminderTypeIsAWholeNumberOrNothing() {
        assertThat(TaskRules.reminderType(" ")).isNull();
        assertThat(TaskRules.reminderType("15")).isEqualTo(15);
        assertThatThrownBy(() -> TaskRules.reminderType("soon")).hasMessageContaining("reminderType");
    }
}
