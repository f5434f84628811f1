package io.leadline.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the command line answers without starting anything (LL-26 item 10). */
class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt answer(String... args) {
        return CommandLine.answer(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionAreAnsweredAndExitZero() {
        assertThat(answer("--help")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: leadline").contains("leadline admin");
        assertThat(answer("-h")).hasValue(0);
        assertThat(answer("--version")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^leadline \\S+");
    }

    @Test
    void theAdministrationUsageAskedForExitsZeroAndAMistakeExitsTwo() {
        assertThat(answer("admin", "--help")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("admin keys").contains("admin issue-key");
        assertThat(answer("admin", "help")).hasValue(0);
        assertThat(answer("admin")).hasValue(2);
        assertThat(answer("admin", "launch-rockets")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin needs a command").contains("no command 'launch-rockets'")
                .contains("usage: admin teams");
    }

    @Test
    void theSandboxCommandsUsageAndMistakesAreAnsweredHere() {
        assertThat(answer("sandbox", "--help")).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: leadline sandbox").contains("--fixtures FILE");
        assertThat(answer("sandbox", "--port", "seventy")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port takes 0-65535, not 'seventy'");
        assertThat(answer("sandbox", "--port")).hasValue(2);
        assertThat(answer("sandbox", "--fixtures", "no/such/file.json")).hasValue(2);
        assertThat(answer("sandbox", "now")).hasValue(2);
        assertThat(answer("sandbox")).isEmpty();
        assertThat(answer("sandbox", "--port=0", "--leadline.sandbox.journal-size=10")).isEmpty();
    }

    @Test
    void theSandboxRunsOnItsOwnDatabaseWithItsOwnKey() {
        var options = SandboxCommand.parse(new String[] {"sandbox", "--port", "0", "--leadline.sandbox.journal-size=10"});
        assertThat(java.util.List.of(SandboxCommand.serverArguments(options, java.nio.file.Path.of("/tmp/x"), "key-1", true)))
                .contains("--leadline.sandbox.enabled=true", "--leadline.sandbox.announce=true", "--server.port=0",
                        "--leadline.data-dir=/tmp/x", "--leadline.bootstrap.api-key=key-1", "--leadline.sandbox.journal-size=10");
        assertThat(java.util.List.of(SandboxCommand.serverArguments(options, java.nio.file.Path.of("/tmp/x"), "key-1", false)))
                .contains("--leadline.sandbox.announce=false")
                .noneMatch(argument -> argument.contains("SandboxWarning"));
        assertThat(SandboxCommand.newAdministratorKey()).isNotEqualTo(SandboxCommand.newAdministratorKey()).hasSizeGreaterThan(30);
    }

    @Test
    void theServerAndRealCommandsAreLeftToStart() {
        assertThat(answer()).isEmpty();
        assertThat(answer("--server.port=0")).isEmpty();
        assertThat(answer("admin", "keys")).isEmpty();
        assertThat(CommandLine.verbs()).contains("teams", "members", "keys", "issue-key", "revoke-key", "check-index", "rebuild-index");
    }
}
