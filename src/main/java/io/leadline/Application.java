package io.leadline;

import java.time.Clock;
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

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(runAdmin(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * The offline administration command: the same configuration and database, no HTTP server, no background work
     * (sweeps and deliveries stay with the running nodes), no first-start bootstrap. Answers the exit code.
     */
    public static int runAdmin(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("leadline.operator.command=true", "leadline.webhooks.dispatch=false", "leadline.messages.dispatch=false",
                        "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args);
        return SpringApplication.exit(context);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Background work (sweeps, deliveries) runs on server nodes, not in the administration command. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "leadline.operator.command", havingValue = "false", matchIfMissing = true)
    static class Scheduling {}
}
