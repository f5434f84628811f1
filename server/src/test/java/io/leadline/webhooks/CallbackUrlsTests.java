package io.leadline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.SpecialAddresses;
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

    // LL-13: IPv4 wrapped in IPv6, special-purpose blocks, and this host's own interface address got through
    @Test
    void refusesIpv6FormsThatWrapAnIpv4AddressAndOtherSpecialPurposeBlocks() {
        for (String url : new String[] {
            "https://[::127.0.0.1]/x", "https://[::ffff:127.0.0.1]/x", "https://[::ffff:7f00:1]/x", "https://[64:ff9b::7f00:1]/x",
            "https://[64:ff9b:1::a00:1]/x", "https://[2002:7f00:1::]/x", "https://[2001:0:4136:e378::1]/x", "https://[fe80::1]/x",
            "https://[fec0::1]/x", "https://[ff02::1]/x", "https://[2001:db8::1]/x", "https://[::]/x", "https://[100::1]/x",
            "https://192.0.0.8/x", "https://192.0.2.1/x", "https://198.18.0.1/x", "https://198.51.100.7/x", "https://203.0.113.9/x",
            "https://192.88.99.1/x", "https://240.0.0.1/x", "https://255.255.255.255/x", "https://224.0.0.1/x",
            "https://2130706433/x", "https://0x7f000001/x", "https://017700000001/x", "https://printer.local/x", "https://a.localhost/x",
            // LL-26 item 5: IPv4-translated IPv6
            "https://[::ffff:0:127.0.0.1]/x", "https://[::ffff:0:a9fe:a9fe]/x", "https://[::ffff:0:93.184.216.34]/x"
        }) {
            assertThatThrownBy(() -> CallbackUrls.validated(url, false)).as(url).hasMessageContaining("WEBHOOK_CALLBACK_URL_INVALID");
        }
    }

    @Test
    void refusesEveryAddressOfThisHostsOwnInterfaces() throws Exception {
        java.util.List<java.net.InetAddress> own = java.net.NetworkInterface.networkInterfaces()
                .flatMap(java.net.NetworkInterface::inetAddresses).toList();
        assertThat(own).isNotEmpty();
        for (java.net.InetAddress address : own) {
            assertThat(SpecialAddresses.refused(address)).as(address.toString()).isTrue();
        }
    }

    @Test
    void acceptsPublicAddressesOfBothFamilies() throws Exception {
        for (String literal : new String[] {"93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4001:81c::200e"}) {
            assertThat(SpecialAddresses.refused(java.net.InetAddress.getByName(literal))).as(literal).isFalse();
        }
    }

    @Test // LL-26 item 5
    void refusesPortsOutsideTheRange() {
        for (String url : new String[] {"https://93.184.216.34:0/x", "https://93.184.216.34:65536/x", "https://93.184.216.34:99999/x",
                "https://93.184.216.34:4294967297/x"}) {
            assertThatThrownBy(() -> CallbackUrls.validated(url, false)).as(url).hasMessageContaining("callbackUrl");
        }
        assertThat(CallbackUrls.validated("https://93.184.216.34:65535/x", false).getPort()).isEqualTo(65535);
    }

    @Test
    void aRefusalNamesTheSettingThatAllowsItInDevelopment() {
        assertThatThrownBy(() -> CallbackUrls.validated("http://93.184.216.34/x", false))
                .hasMessageContaining("leadline.webhooks.allow-insecure-targets");
        assertThatThrownBy(() -> CallbackUrls.validated("https://127.0.0.1/x", false))
                .hasMessageContaining("leadline.webhooks.allow-insecure-targets");
    }

    @Test
    void refusesMalformedUrlsAndCredentials() {
        assertThatThrownBy(() -> CallbackUrls.validated("not a url", false)).hasMessageContaining("callbackUrl");
        assertThatThrownBy(() -> CallbackUrls.validated("https://user:pw@93.184.216.34/x", false)).hasMessageContaining("credentials");
        assertThatThrownBy(() -> CallbackUrls.validated("", false)).hasMessageContaining("callbackUrl");
    }
}
