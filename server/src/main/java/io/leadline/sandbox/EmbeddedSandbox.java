package io.leadline.sandbox;

import io.leadline.Application;
import io.leadline.startup.SandboxCommand;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A sandbox inside the caller's JVM, as {@code leadline sandbox} starts one in its own: a fresh embedded database in
 * a temporary directory (removed by {@link #close()}), a random port, a new server administrator's key, and the
 * fixture file loaded. The JUnit 5 extension ({@code leadline-sandbox-junit}) starts its sandboxes with it.
 */
public final class EmbeddedSandbox implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final String administratorKey;

    private EmbeddedSandbox(ConfigurableApplicationContext context, Path dataDir, String administratorKey) {
        this.context = context;
        this.dataDir = dataDir;
        this.administratorKey = administratorKey;
    }

    /** Starts one, loading {@code fixtures} if given; {@code settings} are more {@code --name=value} settings. */
    public static EmbeddedSandbox start(@Nullable Path fixtures, String... settings) {
        Path dataDir = SandboxCommand.temporaryDataDir();
        String key = SandboxCommand.newAdministratorKey();
        SandboxCommand.Options options = new SandboxCommand.Options(0, fixtures, List.of(settings));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    // the caller's JVM ends when its tests do, not when this context closes
                    .registerShutdownHook(false)
                    .run(SandboxCommand.serverArguments(options, dataDir, key, false));
            return new EmbeddedSandbox(context, dataDir, key);
        } catch (RuntimeException failed) {
            SandboxCommand.remove(dataDir);
            throw failed;
        }
    }

    /** Where it listens, as {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** The key of the server administrator, who may call the sandbox's controls. */
    public String administratorKey() {
        return administratorKey;
    }

    /** The teams the fixture file made, with their members' keys. */
    public List<LoadedTeam> teams() {
        return context.getBean(FixturesAtStart.class).loadedAtStart();
    }

    /** Stops the server and removes its database. */
    @Override
    public void close() {
        context.close();
        SandboxCommand.remove(dataDir);
    }
}
