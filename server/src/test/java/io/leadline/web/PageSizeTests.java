package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSizeTests {

    @Test
    void aSizeFromOneToTheMaximumIsTheSize() {
        assertThat(PageSize.lofty("Limit", 1, 100)).isEqualTo(1);
        assertThat(PageSize.lofty("Limit", 100, 100)).isEqualTo(100);
        assertThat(PageSize.field("pageSize", 37, 100)).isEqualTo(37);
    }

    @Test
    void loftysRefusalSpellsTheParameterAsTheEndpointDoes() {
        assertThatThrownBy(() -> PageSize.lofty("Limit", 0, 100))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_NOT_VALID);
                    assertThat(e.getMessage()).isEqualTo("Limit must be between 1 and 100");
                });
        assertThatThrownBy(() -> PageSize.lofty("pageSize", 1001, 1000))
                .hasMessage("pageSize must be between 1 and 1000");
    }

    @Test
    void aSizeBeyondAnIntIsRefusedNotTruncated() {
        assertThatThrownBy(() -> PageSize.lofty("limit", (long) Integer.MAX_VALUE + 2, 1000))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void theFieldRefusalNamesTheField() {
        assertThatThrownBy(() -> PageSize.field("pageSize", -3, 100))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
                    assertThat(e.getMessage()).isEqualTo("pageSize must be between 1 and 100");
                });
    }
}
