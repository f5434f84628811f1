package io.leadline.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic leads from a seed, as fixture items (the bodies {@code POST /v1.0/leads} takes, with their notes, tasks
 * and communications): the same seed, count, stages and agents give the same items, byte for byte. Follow-up history
 * is spread over the six months before {@link #HISTORY_ENDS}, a fixed date, so it does not depend on when it runs.
 */
final class LeadGenerator {

    static final Instant HISTORY_ENDS = Instant.parse("2026-06-30T17:00:00Z");

    private static final List<String> FIRST_NAMES = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
            "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
            "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Wei",
            "Emily", "Luis", "Priya", "Kevin", "Aisha", "Brian", "Mei", "Jorge", "Olivia", "Omar", "Grace");
    private static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Nguyen", "Patel", "Kim", "Chen", "Walker", "Young", "Allen", "King");
    private static final List<String> DOMAINS = List.of("example.com", "example.net", "example.org", "mail.example.com");
    private static final List<String> STREETS = List.of("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St",
            "Elm St", "Lakeview Dr", "Sunset Blvd", "Hillcrest Rd", "River Rd", "Park Ave", "Willow Way");
    private static final List<List<String>> CITIES = List.of(List.of("Austin", "TX", "78701"), List.of("Dallas", "TX", "75201"),
            List.of("Houston", "TX", "77002"), List.of("Phoenix", "AZ", "85004"), List.of("Denver", "CO", "80202"),
            List.of("Atlanta", "GA", "30303"), List.of("Tampa", "FL", "33602"), List.of("Charlotte", "NC", "28202"),
            List.of("Nashville", "TN", "37203"), List.of("Seattle", "WA", "98101"));
    private static final List<String> SOURCES = List.of("Website", "Zillow", "Realtor.com", "Referral", "Open House",
            "Facebook", "Google Ads", "Sign Call");
    private static final List<String> TAGS = List.of("Hot", "Warm", "Cold", "First-time buyer", "Investor", "Relocating",
            "Pre-approved", "Luxury", "Downsizing", "Needs follow-up");
    private static final List<String> TIME_FRAMES = List.of("0-3 months", "3-6 months", "6-12 months", "12+ months");
    private static final List<String> NOTES = List.of("Prefers texts after 5pm.", "Looking near good schools.",
            "Wants a home office and a big yard.", "Selling their condo first.", "Met at the Saturday open house.",
            "Asked about HOA fees.", "Budget is firm; pre-approval letter on file.", "Relocating for work in the spring.");
    private static final List<String> CALL_NOTES = List.of("Left a voicemail.", "Talked about listings in the area.",
            "Scheduled a showing.", "Not ready yet; call back next month.", "Asked for comps.");
    private static final List<String> OUTCOMES = List.of("Talked", "VoiceMessage", "NoAnswer");

    private LeadGenerator() {}

    /** {@code count} lead items; {@code stages} are stage names to spread them over, {@code agents} user ids to assign. */
    static List<Map<String, Object>> leads(int count, long seed, List<String> stages, List<Long> agents) {
        Random random = new Random(seed);
        List<Map<String, Object>> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leads.add(lead(random, i, stages, agents));
        }
        return leads;
    }

    private static Map<String, Object> lead(Random random, int index, List<String> stages, List<Long> agents) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        List<String> place = pick(random, CITIES);
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("firstName", first);
        lead.put("lastName", last);
        lead.put("emails", List.of(first.toLowerCase() + "." + last.toLowerCase() + index + "@" + pick(random, DOMAINS)));
        lead.put("phones", List.of(String.format("%03d555%04d", 200 + random.nextInt(700), index % 10_000)));
        lead.put("streetAddress", (100 + random.nextInt(9800)) + " " + pick(random, STREETS));
        lead.put("city", place.get(0));
        lead.put("state", place.get(1));
        lead.put("zipCode", place.get(2));
        lead.put("source", pick(random, SOURCES));
        lead.put("leadTypes", List.of(random.nextInt(3) == 0 ? 1 : 2));
        lead.put("buyingTimeFrame", pick(random, TIME_FRAMES));
        lead.put("tags", tags(random));
        if (!stages.isEmpty()) {
            lead.put("stage", pick(random, stages));
        }
        if (!agents.isEmpty() && random.nextInt(4) != 0) {
            lead.put("assignedUserId", pick(random, agents));
        }
        List<Map<String, Object>> notes = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            notes.add(Map.of("content", pick(random, NOTES)));
        }
        lead.put("notes", notes);
        Instant contacted = HISTORY_ENDS.minus(Duration.ofMinutes(random.nextInt(180 * 24 * 60)));
        List<Map<String, Object>> communications = new ArrayList<>();
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
            communications.add(Map.of("channel", "CALL", "callOutcome", pick(random, OUTCOMES), "body", pick(random, CALL_NOTES),
                    "durationSeconds", 30 + random.nextInt(900), "occurredAt", contacted.toString()));
            contacted = contacted.plus(Duration.ofHours(2 + random.nextInt(24 * 14)));
        }
        lead.put("communications", communications);
        if (random.nextInt(3) == 0) {
            lead.put("tasks", List.of(Map.of("type", "Call", "content", "Follow up with " + first, "assignedRole", "Agent",
                    "endAt", HISTORY_ENDS.plus(Duration.ofDays(1 + random.nextInt(60))).toString())));
        }
        return lead;
    }

    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
