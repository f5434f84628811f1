package io.leadline.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BuildTimeSettingsTests {

    private static final List<String> READ = List.of("management.server.port", "spring.threads.virtual.enabled",
            "spring.datasource.url", "server.port", "leadline.data-dir", "LEADLINE_DATA_DIR", "user.home",
            "spring.application.version", "spring.application.pid");

    @Test
    void aStartWithTheBuildsAnswersMayUseTheGeneratedContext() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());

        assertThat(built.firstDifference(buildEnvironment())).isEmpty();
    }

    @Test
    void aSettingAConditionReadThatIsNowSetIsADifferenceNamedWithoutItsValue() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());

        assertThat(built.firstDifference(buildEnvironment().withProperty("management.server.port", "9091")))
                .hasValue("management.server.port is not set as it was when the build decided the beans");
        assertThat(built.firstDifference(buildEnvironment().withProperty("spring.threads.virtual.enabled", "true")))
                .get().asString().doesNotContain("true");
    }

    @Test
    void theDataSourceUrlAndTheServerPortOnlyHaveToBeSetAsTheyWere() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());
        MockEnvironment postgres = buildEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal/leadline")
                .withProperty("server.port", "9000");

        assertThat(built.firstDifference(postgres)).isEmpty();
        assertThat(built.firstDifference(without("spring.datasource.url"))).isPresent();
    }

    @Test
    void settingsReadOnlyToFillInAnotherOnesPlaceholdersAreNotCompared() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());

        assertThat(built.settings()).doesNotContainKeys("leadline.data-dir", "LEADLINE_DATA_DIR", "user.home");
        assertThat(built.firstDifference(buildEnvironment().withProperty("LEADLINE_DATA_DIR", "/srv/leadline")
                .withProperty("leadline.data-dir", "/srv/leadline"))).isEmpty();
    }

    @Test
    void theStartUpLogLinesReadsAreNotConditions() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());

        assertThat(built.settings()).doesNotContainKeys("spring.application.version", "spring.application.pid");
    }

    @Test
    void anActiveProfileOrACloudPlatformIsADifference() {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());
        MockEnvironment profiled = buildEnvironment();
        profiled.setActiveProfiles("staging");

        assertThat(built.firstDifference(profiled)).hasValue("the active profiles are [staging], not []");
        assertThat(built.firstDifference(buildEnvironment().withProperty("spring.main.cloud-platform", "kubernetes")))
                .hasValue("the cloud platform is KUBERNETES, not none");
    }

    @Test
    void theWrittenFileReadsBackAndHoldsNoValueNamingTheBuildMachine() throws Exception {
        BuildTimeSettings built = BuildTimeSettings.of(READ, buildEnvironment());

        String text = built.toText();
        BuildTimeSettings read = BuildTimeSettings.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(read).isEqualTo(built);
        assertThat(text).doesNotContain("/home/builder").doesNotContain("4242")
                .contains("unset.management.server.port=").contains("setting.spring.threads.virtual.enabled=false");
    }

    private static final Map<String, String> AT_BUILD_TIME = Map.of(
            "spring.datasource.url", "jdbc:h2:file:${leadline.data-dir}/leadline",
            "leadline.data-dir", "${LEADLINE_DATA_DIR:${user.home}/.leadline}",
            "user.home", "/home/builder",
            "server.port", "8080",
            "spring.threads.virtual.enabled", "false",
            "spring.application.pid", "4242");

    private static MockEnvironment buildEnvironment() {
        MockEnvironment environment = new MockEnvironment();
        AT_BUILD_TIME.forEach(environment::setProperty);
        return environment;
    }

    private static MockEnvironment without(String name) {
        MockEnvironment environment = new MockEnvironment();
        AT_BUILD_TIME.forEach((key, value) -> {
            if (!key.equals(name)) {
                environment.setProperty(key, value);
            }
        });
        return environment;
    }
}
