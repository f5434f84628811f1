package io.leadline.search;

import io.leadline.accounts.AccountsService;
import io.leadline.startup.OperatorCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code admin check-index [--team=ID]} and {@code admin rebuild-index --team=ID} (docs/architecture.md "Search index"). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadline.operator.command", havingValue = "true")
class IndexCommands {

    @Bean
    OperatorCommand checkIndex(IndexConsistency index, AccountsService accounts) {
        return new OperatorCommand() {
            @Override
            public String verb() {
                return "check-index";
            }

            @Override
            public String usage() {
                return "check-index [--team=<team id>]";
            }

            @Override
            public int run(ApplicationArguments args, PrintStream out) {
                Long team = team(args);
                List<Long> teams = team != null ? List.of(team) : accounts.allTeamIds();
                int differences = 0;
                for (long teamId : teams) {
                    List<String> found = index.differences(teamId);
                    found.forEach(line -> out.printf("team %d  %s%n", teamId, line));
                    differences += found.size();
                }
                out.printf("%d team(s) checked, %d difference(s)%n", teams.size(), differences);
                return differences == 0 ? 0 : 1;
            }
        };
    }

    @Bean
    OperatorCommand rebuildIndex(IndexConsistency index) {
        return new OperatorCommand() {
            @Override
            public String verb() {
                return "rebuild-index";
            }

            @Override
            public String usage() {
                return "rebuild-index --team=<team id>   (with lead writes to the team stopped)";
            }

            @Override
            public int run(ApplicationArguments args, PrintStream out) {
                Long teamId = team(args);
                if (teamId == null) {
                    System.err.println("rebuild-index needs --team=<team id> (see: admin teams)");
                    return 2;
                }
                index.rebuild(teamId);
                int left = index.differences(teamId).size();
                out.printf("team %d: index rebuilt from its leads; %d difference(s) left%n", teamId, left);
                return left == 0 ? 0 : 1;
            }
        };
    }

    private static Long team(ApplicationArguments args) {
        List<String> values = args.getOptionValues("team");
        return values == null || values.isEmpty() ? null : Long.parseLong(values.getFirst());
    }
}
