package io.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table is written (INSERT, UPDATE, DELETE, MERGE or a row lock, in the SQL text of the main sources) by exactly
 * one module, and the "Tables written" sentence of each module's {@code package-info.java} names exactly the
 * tables it writes. The few shared writes are listed with why.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("server/src/main/java/io/leadline");
    private static final Pattern STRING_LITERALS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern WRITES = Pattern.compile(
            "(?<!FOR |DO |NO KEY )\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([a-z_]+)\\b");
    /** A row lock: the first table of a string that ends in FOR UPDATE (only when both are in the one string). */
    private static final Pattern LOCKS = Pattern.compile(
            "^.*?\\bFROM\\s+([a-z_]+)\\b.*\\bFOR\\s+(?:NO\\s+KEY\\s+)?UPDATE\\b", Pattern.DOTALL);

    /** A table named in the sentence; a column named after it in brackets is not a table. */
    private static final Pattern DECLARED_TABLE = Pattern.compile("(?<!\\(its )\\{@code ([a-z_]+)}");

    /** Table to the modules that write it besides its owner, each with the reason. */
    private static final Map<String, Map<String, String>> SHARED_WRITES = Map.of(
            "lead_tags", Map.of("search",
                    "leads writes the rows; search keeps the tag_mask column, its index of the lead's tags, in step"));

    @Test
    void everyTableHasOneWriterThatNamesIt() throws IOException {
        Map<String, Set<String>> writers = writersByTable();
        Map<String, Set<String>> unexplained = new TreeMap<>();
        writers.forEach((table, modules) -> {
            Set<String> others = new TreeSet<>(modules);
            others.removeAll(SHARED_WRITES.getOrDefault(table, Map.of()).keySet());
            if (others.size() != 1) {
                unexplained.put(table, modules);
            }
        });
        assertThat(unexplained).as("tables written by more than one module, with no reason listed").isEmpty();

        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> found = new TreeMap<>();
        for (String module : modules()) {
            declared.put(module, tablesDeclaredIn(module));
            found.put(module, new TreeSet<>());
        }
        writers.forEach((table, modules) -> modules.forEach(module -> found.get(module).add(table)));
        assertThat(declared).as("the \"Tables written\" sentence of each package-info.java").isEqualTo(found);
    }

    private static List<String> modules() throws IOException {
        try (Stream<Path> children = Files.list(SOURCES)) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    static Set<String> tablesDeclaredIn(String module) throws IOException {
        String documentation = Files.readString(SOURCES.resolve(module).resolve("package-info.java"));
        int sentence = documentation.indexOf("Tables written:");
        assertThat(sentence).as(module + "'s package-info.java says which tables it writes").isNotNegative();
        Set<String> tables = new TreeSet<>();
        Matcher named = DECLARED_TABLE.matcher(documentation.substring(sentence, documentation.indexOf("*/", sentence)));
        while (named.find()) {
            tables.add(named.group(1));
        }
        return tables;
    }

    /** Visibility is one predicate over {@code leads l}: other features join it through search's Visibility. */
    @Test
    void onlyLeadsAndSearchNameTheLeadsTable() throws IOException {
        Pattern readsLeads = Pattern.compile("\\b(?:FROM|JOIN)\\s+leads\\b");
        Set<String> readers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (stringsOf(Files.readString(file)).stream().anyMatch(sql -> readsLeads.matcher(sql).find())) {
                    readers.add(SOURCES.relativize(file).getName(0).toString());
                }
            }
        }
        assertThat(readers).containsExactlyInAnyOrder("leads", "search");
    }

    @Test
    void theSharedWritesListedStillHappen() throws IOException {
        Map<String, Set<String>> writers = writersByTable();
        SHARED_WRITES.forEach((table, modules) -> assertThat(writers.get(table)).containsAll(modules.keySet()));
    }

    @Test
    void writesAreFoundInSqlTextAndNotInProse() {
        assertThat(tablesWrittenBy("SELECT id FROM teams WHERE id = :id FOR UPDATE")).containsExactly("teams");
        assertThat(tablesWrittenBy("UPDATE leads SET x = 1; DELETE FROM lead_tags WHERE lead_id = ?")).containsExactly("lead_tags", "leads");
        assertThat(tablesWrittenBy("INSERT INTO tasks (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET id = 1")).containsExactly("tasks");
        assertThat(tablesWrittenBy("SELECT id FROM webhook_events FOR UPDATE SKIP LOCKED")).containsExactly("webhook_events");
        assertThat(tablesWrittenBy("SELECT l.id FROM leads l JOIN lead_tags t ON t.lead_id = l.id FOR UPDATE")).containsExactly("leads");
        assertThat(tablesWrittenBy("update the lead")).isEmpty();
    }

    private static Map<String, Set<String>> writersByTable() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String sql : stringsOf(Files.readString(file))) {
                    for (String table : tablesWrittenBy(sql)) {
                        writers.computeIfAbsent(table, t -> new TreeSet<>()).add(module);
                    }
                }
            }
        }
        return writers;
    }

    private static List<String> stringsOf(String source) {
        List<String> strings = new ArrayList<>();
        Matcher literal = STRING_LITERALS.matcher(source);
        while (literal.find()) {
            strings.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
        }
        return strings;
    }

    private static Set<String> tablesWrittenBy(String sql) {
        Set<String> tables = new TreeSet<>();
        for (Pattern pattern : List.of(WRITES, LOCKS)) {
            Matcher write = pattern.matcher(sql);
            while (write.find()) {
                tables.add(write.group(1));
            }
        }
        return tables;
    }
}
