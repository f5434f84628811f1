package io.leadline.sandbox.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LeadGeneratorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSeedGivesTheSameLeadsByteForByte() {
        String first = JSON.writeValueAsString(LeadGenerator.leads(200, 42, List.of("New", "Hot"), List.of(11L, 12L)));
        String again = JSON.writeValueAsString(LeadGenerator.leads(200, 42, List.of("New", "Hot"), List.of(11L, 12L)));
        String other = JSON.writeValueAsString(LeadGenerator.leads(200, 43, List.of("New", "Hot"), List.of(11L, 12L)));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyLeadIsWholeAndReachableAndItsHistoryIsInThePast() {
        List<Map<String, Object>> leads = LeadGenerator.leads(500, 7, List.of("New"), List.of(11L));
        assertThat(leads).hasSize(500).allSatisfy(lead -> {
            assertThat(lead).containsKeys("firstName", "lastName", "emails", "phones", "city", "source", "stage", "communications");
            assertThat((List<?>) lead.get("communications")).isNotEmpty().allSatisfy(call ->
                    assertThat((String) ((Map<?, ?>) call).get("occurredAt")).isLessThan(LeadGenerator.HISTORY_ENDS.plusSeconds(86_400L * 60).toString()));
        });
        assertThat(leads.stream().map(lead -> lead.get("emails")).distinct()).as("emails are unique").hasSize(500);
        assertThat(leads.stream().filter(lead -> lead.containsKey("assignedUserId"))).hasSizeBetween(300, 450);
        assertThat(LeadGenerator.leads(0, 1, List.of(), List.of())).isEmpty();
    }
}
