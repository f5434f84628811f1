package io.leadline;

import io.leadline.clock.ServerClock;
import io.leadline.database.ScheduledTaskErrors;
import io.leadline.startup.CommandLine;
import io.leadline.startup.SandboxCommand;
import io.leadline.database.StartupRefused;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(runAdmin(args));
        }
        OptionalInt answered = CommandLine.answer(args, System.out, System.err);
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        if (args.length > 0 && args[0].equals("sandbox")) {
            Path dataDir = SandboxCommand.temporaryDataDir();
            SandboxCommand.copyMigratedDatabase(System.getProperty(SandboxCommand.MIGRATED_DATABASE), dataDir);
            start(SandboxApplication.class, SandboxCommand.serverArguments(SandboxCommand.parse(args), dataDir,
                    SandboxCommand.newAdministratorKey(), true));
        } else {
            start(Application.class, args);
        }
    }

    /**
     * Runs the server, or with {@link SandboxApplication} the sandbox: the main application class names the context
     * the build generated for it (Spring Boot would otherwise take the class whose main method is nearest the top of
     * the stack).
     */
    static void start(Class<?> application, String[] args) {
        SpringApplication server = application == Application.class ? new SpringApplication(Application.class)
                : new SpringApplication(Application.class, application);
        server.setMainApplicationClass(application);
        try {
            server.run(args);
            // A stop asked for (SIGTERM, SIGINT) that shut down gracefully is a normal end: exit 0 once every context
            // has closed, not the JVM's 143, so `./mvnw spring-boot:run` stopped by `kill` ends in BUILD SUCCESS.
            SpringApplication.getShutdownHandlers().add(() -> Runtime.getRuntime().halt(0));
        } catch (RuntimeException failure) {
            StartupRefused refused = StartupRefused.in(failure);
            if (refused == null) {
                throw failure;
            }
            // already told in one line (StartupRefusalReporter); its own exit code tells a service manager not to retry
            System.exit(refused.exitCode());
        }
    }

    /**
     * The offline administration command: the same configuration and database, no HTTP server, no background work
     * (sweeps and deliveries stay with the running nodes), no first-start bootstrap. Answers the exit code.
     */
    public static int runAdmin(String... args) {
        OptionalInt answered = CommandLine.answer(args, System.out, System.err);
        if (answered.isPresent()) {
            return answered.getAsInt();
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .properties("leadline.operator.command=true", "leadline.webhooks.dispatch=false",
                            "leadline.messages.dispatch=false", "spring.main.banner-mode=off", "logging.level.root=ERROR",
                            // a failed start is told in one line below, not as Spring's stack trace
                            "logging.level.org.springframework.boot.SpringApplication=OFF")
                    .run(args);
        } catch (RuntimeException e) {
            StartupRefused refused = StartupRefused.in(e);
            if (refused != null) {
                return refused.exitCode();
            }
            System.err.println("admin: " + whyNotStarted(e));
            return 1;
        }
        return SpringApplication.exit(context);
    }

    private static String whyNotStarted(Throwable failure) {
        Throwable cause = failure;
        for (Throwable next = failure; next != null; next = next.getCause() == next ? null : next.getCause()) {
            String message = String.valueOf(next.getMessage());
            if (message.contains("file is locked") || message.contains("Database may be already in use")) {
                return "the embedded database is open in another process (a running server?): stop it first,"
                        + " H2 lets one process open the file";
            }
            cause = next;
        }
        return "cannot start: " + cause.getMessage();
    }

    @Bean
    ServerClock clock() {
        return ServerClock.system();
    }

    /**
     * Background work (sweeps, deliveries) runs on server nodes, not in the administration command. Each run of a
     * scheduled task has a virtual thread of its own, so a slow sweep never holds up the others (requests, on platform
     * threads, are not affected).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "leadline.operator.command", havingValue = "false", matchIfMissing = true)
    static class Scheduling {

        @Bean
        SimpleAsyncTaskScheduler taskScheduler() {
            SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
            scheduler.setVirtualThreads(true);
            scheduler.setThreadNamePrefix("scheduling-");
            scheduler.setErrorHandler(new ScheduledTaskErrors());
            return scheduler;
        }
    }
}
