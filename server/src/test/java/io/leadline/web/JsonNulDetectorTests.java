package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNulDetectorTests {

    @Test
    void findsARawNulAndTheEscapedOne() {
        assertThat(nulIn("{\"a\":\"x\u0000y\"}")).isTrue();
        assertThat(nulIn("{\"a\":\"x\\u0000y\"}")).isTrue();
        assertThat(nulIn("{\"a\":\"\\\\\\u0000\"}")).as("an escaped backslash, then the escape").isTrue();
    }

    @Test
    void passesOtherEscapesAndABackslashFollowedByTheTextU0000() {
        assertThat(nulIn("{\"a\":\"x\\\\u0000y\"}")).as("a backslash and the text u0000").isFalse();
        assertThat(nulIn("{\"a\":\"\\u0001\\u00e9\\u1000\\n\"}")).isFalse();
        assertThat(nulIn("{\"a\":\"u0000\"}")).isFalse();
        assertThat(nulIn("{\"a\":\"caf\u00e9 \u4e2d\"}")).isFalse();
    }

    private static boolean nulIn(String json) {
        JsonNulDetector detector = new JsonNulDetector();
        for (byte b : json.getBytes(StandardCharsets.UTF_8)) {
            if (detector.nulAt(b & 0xff)) {
                return true;
            }
        }
        return false;
    }
}
