package io.leadline.search;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Loads N realistic leads straight into the tables of one team (made beforehand through the API): names, one or two
 * emails, a phone, a stage, a source, 0–4 of ~200 tags with a skewed (1/rank) distribution, segments, inquiries,
 * properties, and a mix of TEAM / OFFICE / PERSONAL ownership and assignment, with the search words key= reads and
 * the tag masks. PostgreSQL gets COPY; H2 gets batched inserts. Deterministic for a given seed.
 */
final class LeadDataGenerator {

    private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles",
        "Karen", "Chris", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald",
        "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol",
        "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah", "Wei", "Mei", "Hiroshi", "Yuki",
        "Carlos", "Maria", "Jose", "Sofia", "Luis", "Camila", "Ahmed", "Fatima", "Ivan", "Olga", "Pierre", "Claire"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Chen", "Wang", "Li",
        "Tanaka", "Sato", "Kim", "Park", "Schmidt", "Muller", "Dubois", "Rossi", "Ivanov", "Khan", "Patel", "Singh"};
    private static final String[] DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "example.com", "aol.com"};
    private static final String[] SEGMENTS = {"VIP", "First-Time Buyers", "Downtown", "Luxury", "Investors", "Relocation",
        "Past Clients", "Sphere", "Open House", "Seniors", "Condo Seekers", "Suburbs", "New Construction", "Rentals",
        "Sellers 2026", "Cold", "Nurture", "Hot List", "Waterfront", "Acreage"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "es", "es", "fr", "zh-CN", "de"};
    private static final String[] CITIES = {"Austin", "Dallas", "Houston", "San Antonio", "Round Rock", "Plano", "Frisco"};

    record Team(long teamId, List<Long> agentIds, List<Long> officeIds, List<Long> stageIds, List<Integer> sourceIds,
            List<Long> tagIds, List<Long> tagBits, long creatorUserId) {}

    private final Connection connection;
    private final boolean postgres;
    private final Random random;
    private long nextId;
    private long blockEnd;

    LeadDataGenerator(Connection connection, long seed) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        this.random = new Random(seed);
    }

    /** Loads {@code count} leads; answers the number of rows written across all tables. */
    long load(Team team, int count) throws SQLException, IOException {
        List<String> deferredIndexes = postgres ? dropSecondaryIndexes() : List.of();
        connection.setAutoCommit(false);
        long rows = 0;
        int chunk = 20_000;
        for (int start = 0; start < count; start += chunk) {
            Batch batch = new Batch();
            for (int i = start; i < Math.min(count, start + chunk); i++) {
                addLead(team, batch, createdAt(i, count));
            }
            rows += write(batch);
            connection.commit();
        }
        recount(team.teamId());
        connection.commit();
        connection.setAutoCommit(true);
        rebuild(deferredIndexes);
        return rows;
    }

    private static final List<String> LOADED_TABLES =
            List.of("leads", "lead_list_items", "lead_tags", "lead_terms", "search_terms", "lead_properties");

    /**
     * A bulk load builds secondary indexes once at the end rather than entry by entry: drops the loaded tables'
     * indexes that back no constraint and answers their definitions, as the migrations made them.
     */
    private List<String> dropSecondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                        + " AND tablename IN ('" + String.join("', '", LOADED_TABLES) + "')"
                        + " AND indexname NOT IN (SELECT conname FROM pg_constraint)")) {
            while (rs.next()) {
                definitions.add(rs.getString("indexdef"));
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP INDEX " + rs.getString("indexname"));
                }
            }
        }
        return definitions;
    }

    private void rebuild(List<String> indexDefinitions) throws SQLException {
        if (indexDefinitions.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            for (String definition : indexDefinitions) {
                statement.execute(definition);
            }
        }
    }

    /** The leads went in around the application, so their lead_counts totals are rebuilt as the migration does. */
    private void recount(long teamId) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM lead_counts WHERE team_id = ?");
                var insert = connection.prepareStatement("""
                        INSERT INTO lead_counts (team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, lead_count)
                        SELECT team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, COUNT(*)
                          FROM leads WHERE team_id = ? AND trashed_at IS NULL
                         GROUP BY team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id
                        """)) {
            delete.setLong(1, teamId);
            delete.executeUpdate();
            insert.setLong(1, teamId);
            insert.executeUpdate();
        }
    }

    private final class Batch {
        final List<Object[]> leads = new ArrayList<>();
        final List<Object[]> items = new ArrayList<>();
        final List<Object[]> tags = new ArrayList<>();
        final List<Object[]> properties = new ArrayList<>();
        final List<Object[]> words = new ArrayList<>();
        final List<Object[]> vocabulary = new ArrayList<>();
    }

    /** The team's words written so far, so each goes into search_terms once. */
    private final java.util.Set<String> vocabulary = new java.util.HashSet<>();

    private static final long FIRST_CREATED_MILLIS = 1_700_000_000_000L;
    private static final long CREATED_SPAN_MILLIS = 94_000_000_000L;

    /**
     * Lead {@code index} of {@code count} is created at its share of three years, as a team's leads arrive: ids and
     * rows follow creation time, as the server writes them, so a page of the newest leads lies on neighbouring pages
     * of each table rather than on a hundred random ones.
     */
    private OffsetDateTime createdAt(int index, int count) {
        double share = (index + random.nextDouble()) / count;
        return Instant.ofEpochMilli(FIRST_CREATED_MILLIS + (long) (share * CREATED_SPAN_MILLIS)).atOffset(ZoneOffset.UTC);
    }

    private void addLead(Team team, Batch batch, OffsetDateTime created) throws SQLException {
        long id = id();
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        boolean assigned = random.nextInt(10) < 8;
        Long assignee = assigned ? team.agentIds().get(random.nextInt(team.agentIds().size())) : null;
        int scope = random.nextInt(10);
        String ownershipScope = scope < 6 ? "TEAM" : scope < 8 ? "OFFICE" : "PERSONAL";
        Long ownershipId = switch (ownershipScope) {
            case "OFFICE" -> team.officeIds().get(random.nextInt(team.officeIds().size()));
            case "PERSONAL" -> assignee != null ? assignee : team.agentIds().get(random.nextInt(team.agentIds().size()));
            default -> null;
        };
        long stage = team.stageIds().get(skewed(team.stageIds().size()));
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        String inquiry = random.nextBoolean() ? null : "{\"priceMin\":" + (100_000 + random.nextInt(400_000))
                + ",\"priceMax\":" + (500_000 + random.nextInt(1_000_000)) + ",\"propertyType\":[\"Condo\"],\"locations\":[{\"city\":\""
                + CITIES[random.nextInt(CITIES.length)] + "\",\"stateCode\":\"TX\"}],\"id\":" + id() + "}";
        batch.leads.add(new Object[] {id, team.teamId(), id(), first, last,
            team.sourceIds().get(random.nextInt(team.sourceIds().size())),
            stage, assignee, assigned ? created.plusMinutes(random.nextInt(600)) : null, language,
            "[" + (random.nextBoolean() ? 2 : 1) + "]", ownershipScope, ownershipId, inquiry, team.creatorUserId(),
            created, created, random.nextInt(100)});
        int emails = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        List<String> emailKeys = new ArrayList<>();
        for (int e = 0; e < emails; e++) {
            String email = (first + "." + last + (e == 0 ? "" : ".work") + id % 100_000).toLowerCase() + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            batch.items.add(new Object[] {id, team.teamId(), "email", e, email, email});
            emailKeys.add(email);
        }
        for (String term : SearchTerms.of(SearchTerms.fullName(first, last), emailKeys)) {
            batch.words.add(new Object[] {id, term, team.teamId(), true, false, assignee, ownershipScope, ownershipId, stage, language});
            if (vocabulary.add(term)) {
                batch.vocabulary.add(new Object[] {team.teamId(), term});
            }
        }
        String digits = String.format("%03d%03d%04d", 200 + random.nextInt(800), random.nextInt(1000), random.nextInt(10_000));
        String phone = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        batch.items.add(new Object[] {id, team.teamId(), "phone", 0, phone, digits});
        int segments = random.nextInt(3);
        for (int s = 0; s < segments; s++) {
            String segment = SEGMENTS[skewed(SEGMENTS.length)];
            if (s == 1 && batch.items.getLast()[4].equals(segment)) {
                continue;
            }
            batch.items.add(new Object[] {id, team.teamId(), "segment", s, segment, segment.toLowerCase()});
        }
        int tagCount = random.nextInt(5);
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        for (int t = 0; t < tagCount; t++) {
            chosen.add(skewed(team.tagIds().size()));
        }
        long mask = chosen.stream().mapToLong(team.tagBits()::get).sum();
        for (int tag : chosen) {
            batch.tags.add(new Object[] {id, team.tagIds().get(tag), team.teamId(), team.creatorUserId(), created, created, true,
                false, assignee, ownershipScope, ownershipId, stage, language, mask});
        }
        if (random.nextInt(10) < 3) {
            batch.properties.add(new Object[] {id(), id, team.teamId(), random.nextInt(9999) + " Oak St",
                CITIES[random.nextInt(CITIES.length)], "TX", "787" + random.nextInt(10) + random.nextInt(10),
                "{\"price\":" + (200_000 + random.nextInt(800_000)) + ",\"bedrooms\":" + (1 + random.nextInt(5)) + "}",
                created, created});
        }
    }

    /** Rank r is drawn with probability proportional to 1/(r+1): a few values are common, most are rare. */
    private int skewed(int n) {
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += 1.0 / (r + 1);
        }
        double pick = random.nextDouble() * total;
        for (int r = 0; r < n; r++) {
            pick -= 1.0 / (r + 1);
            if (pick <= 0) {
                return r;
            }
        }
        return n - 1;
    }

    private long id() throws SQLException {
        if (nextId == blockEnd) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT nextval('id_blocks')")) {
                rs.next();
                nextId = rs.getLong(1) * 1000;
                blockEnd = nextId + 1000;
            }
        }
        return nextId++;
    }

    private static final String LEAD_COLUMNS = "id, team_id, lead_user_id, first_name, last_name, source_id, stage_id,"
            + " assigned_user_id, assign_time, language, lead_types, ownership_scope, ownership_id, inquiry,"
            + " creator_user_id, created_at, updated_at, score, hidden, unsubscription, cannot_text, cannot_call,"
            + " cannot_email, welcome_email, lead_alert";
    private static final String ITEM_COLUMNS = "lead_id, team_id, list_name, position, item, item_key";
    private static final String TAG_COLUMNS = "lead_id, tag_id, team_id, creator_user_id, created_at, updated_at, live, hidden,"
            + " assigned_user_id, ownership_scope, ownership_id, stage_id, language, tag_mask";
    private static final String WORD_COLUMNS = "lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,"
            + " ownership_id, stage_id, language";
    private static final String PROPERTY_COLUMNS = "id, lead_id, team_id, street_address, city, state, zip_code, details,"
            + " created_at, updated_at";

    private long write(Batch batch) throws SQLException, IOException {
        List<Object[]> leads = batch.leads.stream().map(row -> append(row, false, false, false, false, false, false, false)).toList();
        insert("leads", LEAD_COLUMNS, leads);
        insert("lead_list_items", ITEM_COLUMNS, batch.items);
        insert("lead_tags", TAG_COLUMNS, batch.tags);
        insert("lead_properties", PROPERTY_COLUMNS, batch.properties);
        insert("search_terms", "team_id, term", batch.vocabulary);
        insert("lead_terms", WORD_COLUMNS, batch.words);
        return leads.size() + batch.items.size() + batch.tags.size() + batch.properties.size() + batch.vocabulary.size()
                + batch.words.size();
    }

    private static Object[] append(Object[] row, Object... more) {
        Object[] all = java.util.Arrays.copyOf(row, row.length + more.length);
        System.arraycopy(more, 0, all, row.length, more.length);
        return all;
    }

    private void insert(String table, String columns, List<Object[]> rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            StringBuilder csv = new StringBuilder(rows.size() * 160);
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        csv.append(',');
                    }
                    csv.append(csvValue(row[c]));
                }
                csv.append('\n');
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            return;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(rows.getFirst().length, "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    statement.setObject(c + 1, row[c]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof OffsetDateTime time ? time.toString() : value.toString();
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
