package io.leadline.search;

import static io.leadline.search.LeadQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.StatementLog;
import io.leadline.testing.TestTeam;
import io.leadline.web.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The statements each row of docs/search.md's decision table runs, recorded from the real search ({@link LeadSearch}
 * called on the test's thread, on a small fixed team, through the server's own connections) and compared with the files checked in under
 * {@code docs/search/statements/<database>/}, so a change to the search SQL shows up as a readable diff there.
 * {@code -Dleadline.write-search-statements=true} rewrites them.
 */
@Import(StatementLog.class)
abstract class SearchStatementsTests extends ApiTestBase {

    private static final Path CHECKED_IN = Path.of("docs/search/statements");
    private static final Pattern CLAUSE = Pattern.compile(
            " (?=(FROM|WHERE|AND|ORDER BY|GROUP BY|UNION ALL|JOIN|LEFT JOIN|FETCH FIRST|OFFSET|EXCEPT|HAVING) )");

    @Autowired
    StatementLog statements;

    @Autowired
    LeadSearch search;

    abstract String database();

    /** A request of one row, as the owner and as an agent (whose visibility is part of every statement). */
    private record Request(String what, Function<Caller, LeadQueryBuilder> query) {}

    @Test
    void eachRowOfTheDecisionTableRunsTheCheckedInStatements() throws IOException {
        TestTeam team = newTeam();
        long agentId = team.agent(null).userId();
        fixture(team, agentId);
        Caller owner = new Caller(team.teamId(), team.ownerUserId(), "OWNER", null, List.of(), false, 0, "test", null);
        Caller agent = new Caller(team.teamId(), agentId, "AGENT", null, List.of(), false, 0, "test", null);
        Map<String, List<Request>> rows = new LinkedHashMap<>();
        rows.put("1-scroll", List.of(new Request("a scroll's second page", caller -> aQuery().page(0, 1)
                .scroll(search.find(caller, aQuery().page(0, 1).build()).scrollId()))));
        rows.put("2-lead-counts", List.of(new Request("stage=Contacted", caller -> aQuery().stage("Contacted"))));
        rows.put("3-one-tag-filter", List.of(
                new Request("allTags=hot,warm", caller -> aQuery().allTags("hot", "warm")),
                new Request("anyTags=hot,warm", caller -> aQuery().anyTags("hot", "warm"))));
        rows.put("4-key-of-one-run", List.of(new Request("key=garc", caller -> aQuery().key("garc"))));
        rows.put("5-other-key-or-lookup", List.of(
                new Request("key=maria.garcia", caller -> aQuery().key("maria.garcia")),
                new Request("email=maria.garcia@mail.com&preciseSearchFlag=true",
                        caller -> aQuery().exactEmail("maria.garcia@mail.com"))));
        rows.put("6-anything-else", List.of(new Request("source=Zillow", caller -> aQuery().source("Zillow"))));

        Map<String, String> recorded = new TreeMap<>();
        rows.forEach((row, requests) -> recorded.put(row + ".sql", file(requests, owner, agent)));
        Path folder = CHECKED_IN.resolve(database());
        if (Boolean.getBoolean("leadline.write-search-statements")) {
            Files.createDirectories(folder);
            for (var file : recorded.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(checkedIn(folder))
                .as("%s differs from the search's statements: look at the diff, then rerun with"
                        + " -Dleadline.write-search-statements=true", folder)
                .isEqualTo(recorded);
    }

    private String file(List<Request> requests, Caller owner, Caller agent) {
        StringBuilder text = new StringBuilder("-- Recorded by SearchStatementsTests on " + database()
                + "; do not edit (rerun it with -Dleadline.write-search-statements=true).\n");
        for (Request request : requests) {
            for (Caller caller : List.of(owner, agent)) {
                LeadQuery query = request.query().apply(caller).build();
                statements.record();
                search.find(caller, query);
                List<StatementLog.Executed> run = statements.recorded().stream()
                        .filter(executed -> executed.ranOn(Thread.currentThread())).toList();
                text.append("\n-- GET /v1.0/leads?").append(request.what()).append(", as ")
                        .append(caller == owner ? "the team's owner" : "an agent").append(": ")
                        .append(run.size()).append(run.size() == 1 ? " statement\n" : " statements\n");
                for (StatementLog.Executed statement : run) {
                    text.append(readable(statement.sql())).append(";\n");
                }
            }
        }
        return text.toString();
    }

    /** One clause per line; the statements are single lines (SqlTemplate), so this is the only layout they get. */
    private static String readable(String sql) {
        return CLAUSE.matcher(sql.strip()).replaceAll("\n  ");
    }

    private static Map<String, String> checkedIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toMap(f -> f.getFileName().toString(), SearchStatementsTests::read, (a, b) -> a,
                    TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Six leads, each standing out on something a row filters by; the agent holds two of them. */
    private static void fixture(TestTeam team, long agentId) {
        lead(team, Map.of("firstName", "Maria", "lastName", "Garcia", "emails", List.of("maria.garcia@mail.com"),
                "phones", List.of("512-555-0101"), "tags", List.of("hot", "warm"), "stage", "Contacted", "source", "Zillow",
                "assignedUserId", agentId));
        lead(team, Map.of("firstName", "John", "lastName", "Smith", "tags", List.of("hot"), "assignedUserId", agentId));
        lead(team, Map.of("firstName", "Ann", "lastName", "Lee", "tags", List.of("warm"), "emails", List.of("ann@realty.co")));
        lead(team, Map.of("firstName", "Omar", "lastName", "Haddad", "stage", "Contacted"));
        lead(team, Map.of("firstName", "Grace", "lastName", "Garcetti", "source", "Zillow"));
        lead(team, Map.of("firstName", "Ivan", "lastName", "Petrov", "phones", List.of("(512) 555-0199")));
    }

    private static void lead(TestTeam team, Map<String, Object> body) {
        team.createLead(team.owner(), body);
    }
}
