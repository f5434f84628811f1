package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

class LeadQueryParserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void defaultsToTwentyFiveNewestFirst() {
        LeadQuery query = parse(new LinkedMultiValueMap<>());
        assertThat(query.limit()).isEqualTo(25);
        assertThat(query.offset()).isZero();
        assertThat(query.sort()).isEqualTo(LeadSort.DEFAULT);
        assertThat(query.desc()).isTrue();
    }

    @Test
    void multiValuedFiltersTakeCommasAndRepeatsTogether() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("anyTags", "hot, warm");
        params.add("anyTags", "cold");
        params.add("anyTags", "hot");
        params.add("segments", "VIP,Downtown");
        params.add("groupIds", "1,2");
        LeadQuery query = parse(params);
        assertThat(query.anyTags()).containsExactly("hot", "warm", "cold");
        assertThat(query.segments()).containsExactly("vip", "downtown");
        assertThat(query.groupIds()).containsExactly(1L, 2L);
    }

    @Test
    void limitOutsideOneToAHundredIs20042() {
        for (String limit : new String[] {"0", "101"}) {
            MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
            params.add("limit", limit);
            assertThatThrownBy(() -> parse(params))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_NOT_VALID));
        }
    }

    @Test
    void offsetPagingStopsAtTwentyThousand() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("offset", "19901");
        params.add("limit", "100");
        assertThatThrownBy(() -> parse(params))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.OFFSET_EXCEED_LIMIT));
        params.set("offset", "19900");
        assertThat(parse(params).offset()).isEqualTo(19900);
    }

    @Test
    void unknownSortsFallBackToDefaultAndUnknownParametersAreIgnored() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("sort", "HasDrip");
        params.add("pageSize", "500");
        params.add("desc", "false");
        LeadQuery query = parse(params);
        assertThat(query.sort()).isEqualTo(LeadSort.DEFAULT);
        assertThat(query.desc()).isFalse();
        params.set("sort", "lastcontact");
        assertThat(parse(params).sort()).isEqualTo(LeadSort.LAST_CONTACT);
    }

    @Test
    void badValuesNameTheirParameter() {
        assertThatThrownBy(() -> parse(one("assignedUserId", "abc"))).hasMessageContaining("assignedUserId");
        assertThatThrownBy(() -> parse(one("contacted", "maybe"))).hasMessageContaining("contacted");
        assertThatThrownBy(() -> parse(one("offset", "-1"))).hasMessageContaining("offset");
        assertThatThrownBy(() -> parse(one("roleAssigneeFilters", "{"))).hasMessageContaining("roleAssigneeFilters");
        assertThatThrownBy(() -> parse(one("roleAssigneeFilters", "[{\"roleName\":\"Agent\"}]"))).hasMessageContaining("assigneeToIds");
    }

    @Test
    void readsRoleAssigneeFilters() {
        LeadQuery query = parse(one("roleAssigneeFilters", "[{\"roleName\":\"Agent\",\"assigneeToIds\":[111,222]}]"));
        assertThat(query.roleAssigneeFilters()).containsExactly(
                new LeadQuery.RoleAssigneeFilter("Agent", java.util.List.of(111L, 222L)));
    }

    private static MultiValueMap<String, String> one(String name, String value) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add(name, value);
        return params;
    }

    private static LeadQuery parse(MultiValueMap<String, String> params) {
        return LeadQueryParser.parse(params, JSON);
    }
}
