package io.leadline.search;

import static io.leadline.search.LeadQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The search against a plain model of it: a few thousand random leads, created through the API one after another,
 * and a few hundred random queries (filters, key, sort, page), each answered by the API and by filtering and sorting
 * the model in memory; totals and pages must be equal. The seed is printed with any difference; rerun it with
 * {@code -Dleadline.oracle-seed=<seed>}.
 */
abstract class SearchOracleTests extends ApiTestBase {

    private static final int LEADS = 2000;
    private static final int QUERIES = 300;
    private static final List<String> FIRST = List.of("Maria", "John", "Ann", "Li", "Omar", "Grace", "Ivan", "Zoe",
            "Pedro", "Hana", "Mark", "Ada", "Luis", "Nina", "Raj", "Eve");
    private static final List<String> LAST = List.of("Garcia", "Smith", "Johnson", "Nguyen", "Okafor", "Brown", "Lee",
            "Kowalski", "Haddad", "Tanaka", "Silva", "Moreau");
    private static final List<String> DOMAINS = List.of("mail.com", "example.org", "realty.co", "inbox.net");
    private static final List<String> STAGES = List.of("New Lead", "Contacted", "Closed");
    private static final List<String> SOURCES = List.of("Zillow", "Open House", "Referral", "Website");
    private static final List<String> TAGS = List.of("hot", "warm", "cold", "vip", "buyer", "seller", "investor", "renter");
    private static final List<String> LANGUAGES = List.of("en", "es", "fr");

    /** A lead as the model knows it. */
    private record Lead(long id, String fullName, List<String> emails, List<String> phoneDigits, String stage,
            @Nullable String source, List<String> tags, @Nullable String language, @Nullable Long assignee) {}

    @Test
    void everyRandomQueryAnswersWhatThePlainModelSays() {
        long seed = Long.getLong("leadline.oracle-seed", System.nanoTime());
        Random random = new Random(seed);
        TestTeam team = newTeam();
        List<Long> agents = List.of(team.agent(null).userId(), team.agent(null).userId());
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            leads.add(create(team, random, agents, i));
        }
        for (int i = 0; i < QUERIES; i++) {
            Query query = randomQuery(random, leads, agents);
            ApiResponse answer = team.owner().get("/v1.0/leads?" + query.builder().queryString());
            assertThat(answer.status()).as("seed %d, %s: %s", seed, query.builder(), answer).isEqualTo(200);
            List<Lead> matching = leads.stream().filter(query.filter()).sorted(query.order()).toList();
            List<Long> expectedPage = matching.stream().skip(query.offset()).limit(query.limit()).map(Lead::id).toList();
            List<Long> page = answer.json().path("leads").valueStream().map(l -> l.path("leadId").asLong()).toList();
            assertThat(answer.json().path("_metadata").path("total").asLong())
                    .as("total, seed %d, %s", seed, query.builder()).isEqualTo(matching.size());
            assertThat(page).as("page, seed %d, %s", seed, query.builder()).isEqualTo(expectedPage);
        }
    }

    private Lead create(TestTeam team, Random random, List<Long> agents, int n) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        List<String> emails = new ArrayList<>();
        for (int e = random.nextInt(3); e > 0; e--) {
            emails.add((first + (random.nextBoolean() ? "." : "") + last + (random.nextInt(4) == 0 ? n % 100 : "")).toLowerCase(Locale.ROOT)
                    + e + "@" + pick(random, DOMAINS));
        }
        List<String> phones = random.nextInt(3) == 0 ? List.of() : List.of(String.format("512-%03d-%04d", random.nextInt(1000), n));
        String stage = pick(random, STAGES);
        String source = random.nextInt(5) == 0 ? null : pick(random, SOURCES);
        List<String> tags = TAGS.stream().filter(t -> random.nextInt(4) == 0).toList();
        String language = random.nextInt(4) == 0 ? null : pick(random, LANGUAGES);
        Long assignee = random.nextInt(3) == 0 ? null : pick(random, agents);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("emails", emails);
        body.put("phones", phones);
        body.put("stage", stage);
        if (source != null) {
            body.put("source", source);
        }
        body.put("tags", tags);
        if (language != null) {
            body.put("language", language);
        }
        if (assignee != null) {
            body.put("assignedUserId", assignee);
        }
        long id = team.createLead(team.owner(), body);
        return new Lead(id, first + " " + last, emails, phones.stream().map(p -> p.replaceAll("\\D", "")).toList(), stage,
                source, tags, language, assignee);
    }

    private record Query(LeadQueryBuilder builder, Predicate<Lead> filter, Comparator<Lead> order, long offset, int limit) {}

    private static Query randomQuery(Random random, List<Lead> leads, List<Long> agents) {
        LeadQueryBuilder builder = aQuery();
        Predicate<Lead> filter = lead -> true;
        for (int kind : someOf(random, List.of(0, 1, 2, 3, 4, 5, 6), random.nextInt(4))) {
            switch (kind) {
                case 0 -> {
                    String stage = pick(random, STAGES);
                    builder.stage(stage);
                    filter = filter.and(l -> l.stage().equals(stage));
                }
                case 1 -> {
                    String source = pick(random, SOURCES);
                    builder.source(source);
                    filter = filter.and(l -> source.equals(l.source()));
                }
                case 2 -> {
                    long agent = pick(random, agents);
                    builder.assignedTo(agent);
                    filter = filter.and(l -> Long.valueOf(agent).equals(l.assignee()));
                }
                case 3 -> {
                    List<String> tags = someOf(random, TAGS, 1 + random.nextInt(2));
                    builder.allTags(tags.toArray(String[]::new));
                    filter = filter.and(l -> l.tags().containsAll(tags));
                }
                case 4 -> {
                    List<String> tags = someOf(random, TAGS, 1 + random.nextInt(3));
                    builder.anyTags(tags.toArray(String[]::new));
                    filter = filter.and(l -> l.tags().stream().anyMatch(tags::contains));
                }
                case 5 -> {
                    List<String> codes = someOf(random, LANGUAGES, 1 + random.nextInt(2));
                    builder.languages(codes.toArray(String[]::new));
                    filter = filter.and(l -> codes.contains(l.language()));
                }
                default -> {
                    String key = randomKey(random, pick(random, leads));
                    builder.key(key);
                    filter = filter.and(l -> keyMatches(l, key));
                }
            }
        }
        LeadSort sort = pick(random, List.of(LeadSort.DEFAULT, LeadSort.CREATE_TIME, LeadSort.SCORE, LeadSort.ASSIGN_TIME));
        boolean desc = random.nextBoolean();
        long offset = random.nextInt(3) == 0 ? random.nextInt(200) : 0;
        int limit = 1 + random.nextInt(100);
        builder.sort(sort, desc).page(offset, limit);
        return new Query(builder, filter, order(sort, desc), offset, limit);
    }

    /** Leads were created one after another, so creation order is id order; Score is 0 for all (id order). */
    private static Comparator<Lead> order(LeadSort sort, boolean desc) {
        Comparator<Lead> byId = Comparator.comparingLong(Lead::id);
        Comparator<Lead> inDirection = desc ? byId.reversed() : byId;
        if (sort == LeadSort.ASSIGN_TIME) {
            return Comparator.<Lead, Boolean>comparing(l -> l.assignee() == null).thenComparing(inDirection);
        }
        return inDirection;
    }

    /** A piece of some lead's name, email or phone, sometimes in capitals: one run, several, or punctuation. */
    private static String randomKey(Random random, Lead lead) {
        String source = switch (random.nextInt(4)) {
            case 0 -> lead.emails().isEmpty() ? lead.fullName() : pick(random, lead.emails());
            case 1 -> lead.phoneDigits().isEmpty() ? lead.fullName() : pick(random, lead.phoneDigits());
            default -> lead.fullName();
        };
        int length = Math.min(source.length(), 3 + random.nextInt(6));
        int from = random.nextInt(source.length() - length + 1);
        String key = source.substring(from, from + length);
        return random.nextInt(3) == 0 ? key.toUpperCase(Locale.ROOT) : key;
    }

    /**
     * docs/api.md: a substring of the full name or an email, ignoring case and the spaces around the key; or, when the
     * key holds three digits or more, its digits among a phone's digits.
     */
    private static boolean keyMatches(Lead lead, String given) {
        String key = given.trim();
        String lower = key.toLowerCase(Locale.ROOT);
        if (lead.fullName().toLowerCase(Locale.ROOT).contains(lower)
                || lead.emails().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(lower))) {
            return true;
        }
        String digits = key.replaceAll("\\D", "");
        return digits.length() >= 3 && lead.phoneDigits().stream().anyMatch(p -> p.contains(digits));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static <T> List<T> someOf(Random random, List<T> from, int count) {
        List<T> shuffled = new ArrayList<>(from);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }
}
