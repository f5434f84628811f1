package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void readsPlainDecimalDigitsUpToTheLargestLong() {
        assertThat(Ids.parseOrNull("0")).isZero();
        assertThat(Ids.parseOrNull("1000000000000089")).isEqualTo(1000000000000089L);
        assertThat(Ids.parseOrNull("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void refusesEveryOtherSpelling() {
        for (String text : new String[] {"", "+12", "-1", "0x10", "1e3", "12 ", " 12", "1_000", "\u0661\u0662", "\uff11\uff12",
            "9223372036854775808", "99999999999999999999", "1.0"}) {
            assertThat(Ids.parseOrNull(text)).as(text).isNull();
        }
        assertThatThrownBy(() -> Ids.parse("assignee", "+12")).hasMessageContaining("assignee").hasMessageContaining("+12");
    }
}
