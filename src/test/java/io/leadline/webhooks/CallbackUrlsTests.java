package io.leadline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallbackUrlsTests {

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThat(CallbackUrls.validated("https://93.184.216.34/hooks/lofty", false).getHost()).isEqualTo("93.184.216.34");
    }

    @Test
    void refusesPlainHttpUnlessInsecureTargetsAreAllowed() {
        assertThatThrownBy(() -> CallbackUrls.validated("http://93.184.216.34/hook", false)).hasMessageContaining("https");
        assertThat(CallbackUrls.validated("http://127.0.0.1:9000/hook", true).getPort()).isEqualTo(9000);
    }

    @Test
    void refusesAddressesInsideTheServersNetwork() {
        for (String url : new String[] {
            "https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x", "https://172.16.0.9/x", "https://192.168.1.1/x",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x",
            "https://100.64.0.1/x", "https://metadata.google.internal/x"
        }) {
            assertThatThrownBy(() -> CallbackUrls.validated(url, false)).as(url).hasMessageContaining("WEBHOOK_CALLBACK_URL_INVALID");
        }
    }

    @Test
    void refusesMalformedUrlsAndCredentials() {
        assertThatThrownBy(() -> CallbackUrls.validated("not a url", false)).hasMessageContaining("callbackUrl");
        assertThatThrownBy(() -> CallbackUrls.validated("https://user:pw@93.184.216.34/x", false)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> CallbackUrls.validated("", false)).hasMessageContaining("callbackUrl");
    }
}
