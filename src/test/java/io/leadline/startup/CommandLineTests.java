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
    void theServerAndRealCommandsAreLeftToStart() {
        assertThat(answer()).isEmpty();
        assertThat(answer("--server.port=0")).isEmpty();
        assertThat(answer("admin", "keys")).isEmpty();
        assertThat(CommandLine.verbs()).contains("teams", "members", "keys", "issue-key", "revoke-key", "check-index", "rebuild-index");
    }
}
