package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** GET /v1.0/leads: every filter, sorting, paging, scrolling and visibility (LL issue 4). */
abstract class LeadListApiTests extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    /** A small team whose leads each stand out on some filter; names say which. */
    private record Fixture(TestTeam team, TestTeam.TestMember agent, long north, long northSub, Map<String, Long> leads) {}

    private Fixture fixture() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long northSub = team.office("North Sub", north);
        TestTeam.TestMember agent = team.agent(north);
        Map<String, Long> leads = new LinkedHashMap<>();
        leads.put("Plain", team.createLead(team.owner(), aLead().with("firstName", "Plain").build()));
        leads.put("Contacted", team.createLead(team.owner(), aLead().with("firstName", "Contacted").with("stage", "Contacted").build()));
        leads.put("Zillow", team.createLead(team.owner(), aLead().with("firstName", "Zillow").with("source", "Zillow").build()));
        leads.put("Phoned", team.createLead(team.owner(), aLead().with("firstName", "Phoned").with("phones", List.of("(512) 555-0101")).build()));
        leads.put("Mailed", team.createLead(team.owner(), aLead().with("firstName", "Mailed").with("lastName", "Person")
                .with("emails", List.of("Mailed.Person@Example.com")).build()));
        leads.put("Assigned", team.createLead(team.owner(), aLead().with("firstName", "Assigned").with("assignedUserId", agent.userId()).build()));
        leads.put("Segmented", team.createLead(team.owner(), aLead().with("firstName", "Segmented")
                .with("segments", List.of("VIP")).with("groups", List.of("Open House")).build()));
        leads.put("HotWarm", team.createLead(team.owner(), aLead().with("firstName", "HotWarm").with("tags", List.of("hot", "warm")).build()));
        leads.put("Hot", team.createLead(team.owner(), aLead().with("firstName", "Hot").with("tags", List.of("hot")).build()));
        leads.put("NorthOwned", team.createLead(team.owner(), aLead().with("firstName", "NorthOwned")
                .with("ownershipScope", "OFFICE").with("ownershipId", north).build()));
        leads.put("SubOwned", team.createLead(team.owner(), aLead().with("firstName", "SubOwned")
                .with("ownershipScope", "OFFICE").with("ownershipId", northSub).build()));
        leads.put("French", team.createLead(team.owner(), aLead().with("firstName", "French").with("language", "fr").build()));
        long trashed = team.createLead(team.owner(), aLead().with("firstName", "Trashed").with("tags", List.of("hot")).build());
        team.owner().delete("/v1.0/leads/" + trashed + "?reason=test");
        return new Fixture(team, agent, north, northSub, leads);
    }

    @Test
    void eachFilterAloneFindsExactlyItsLeads() {
        Fixture f = fixture();
        assertThat(names(f, "")).hasSize(12).doesNotContain("Trashed");
        assertThat(names(f, "stage=Contacted")).containsExactly("Contacted");
        assertThat(names(f, "stage=Closed")).isEmpty();
        assertThat(names(f, "stage=No+Such+Stage")).isEmpty();
        assertThat(names(f, "source=Zillow")).containsExactly("Zillow");
        assertThat(names(f, "source=Nowhere")).isEmpty();
        assertThat(names(f, "phone=5125550101&preciseSearchFlag=true")).containsExactly("Phoned");
        assertThat(names(f, "phone=555-0101&preciseSearchFlag=true")).isEmpty();
        assertThat(names(f, "phone=555-0101")).containsExactly("Phoned");
        assertThat(names(f, "email=mailed.person@example.com&preciseSearchFlag=true")).containsExactly("Mailed");
        assertThat(names(f, "email=MAILED&preciseSearchFlag=false")).containsExactly("Mailed");
        assertThat(names(f, "assignedUserId=" + f.agent().userId())).containsExactly("Assigned");
        assertThat(names(f, "contacted=false")).hasSize(12);
        assertThat(names(f, "contacted=true")).isEmpty();
        assertThat(names(f, "segments=vip")).containsExactly("Segmented");
        assertThat(names(f, "groups=Open+House,Other")).containsExactly("Segmented");
        assertThat(names(f, "anyTags=warm,hot")).containsExactlyInAnyOrder("HotWarm", "Hot");
        assertThat(names(f, "anyTags=nope")).isEmpty();
        assertThat(names(f, "allTags=hot&allTags=warm")).containsExactly("HotWarm");
        assertThat(names(f, "allTags=hot,nope")).isEmpty();
        assertThat(names(f, "groupIds=" + f.north())).containsExactly("NorthOwned");
        assertThat(names(f, "groupIds=" + f.north() + "&querySubGroup=true")).containsExactlyInAnyOrder("NorthOwned", "SubOwned");
        assertThat(names(f, "languages=fr,de")).containsExactly("French");
        assertThat(names(f, "roleAssigneeFilters=" + encode("[{\"roleName\":\"Agent\",\"assigneeToIds\":[" + f.agent().userId() + "]}]")))
                .containsExactly("Assigned");
        assertThat(names(f, "roleAssigneeFilters=" + encode("[{\"roleName\":\"ISA\",\"assigneeToIds\":[1]}]"))).isEmpty();
        assertThat(names(f, "key=mail")).containsExactly("Mailed");
        assertThat(names(f, "key=" + encode("MAILED PER"))).containsExactly("Mailed");
        assertThat(names(f, "key=example.com")).containsExactly("Mailed");
        assertThat(names(f, "key=" + encode("(512) 555"))).containsExactly("Phoned");
        assertThat(names(f, "key=" + encode("%"))).isEmpty();
        assertThat(names(f, "page=3&keyword=x&startTime=1")).hasSize(12);
    }

    @Test
    void filtersCombineWithAnd() {
        Fixture f = fixture();
        f.team().owner().put("/v1.0/leads/" + f.leads().get("HotWarm"), Map.of("stage", "Contacted", "segments", List.of("VIP")));

        assertThat(names(f, "anyTags=hot&stage=Contacted")).containsExactly("HotWarm");
        assertThat(names(f, "anyTags=hot&stage=Contacted&segments=VIP")).containsExactly("HotWarm");
        assertThat(names(f, "anyTags=hot&stage=Contacted&source=Zillow")).isEmpty();
        assertThat(total(f, "anyTags=hot&stage=Contacted&segments=VIP")).isEqualTo(1);
    }

    @Test
    void sortsByTheRequestedKeyWithIdsBreakingTies() {
        Fixture f = fixture();
        List<String> creationOrder = new ArrayList<>(f.leads().keySet());

        assertThat(names(f, "limit=100")).containsExactlyElementsOf(creationOrder.reversed());
        assertThat(names(f, "sort=CreateTime&desc=false&limit=100")).containsExactlyElementsOf(creationOrder);
        assertThat(names(f, "sort=HasDrip&limit=100")).containsExactlyElementsOf(creationOrder.reversed());
        List<String> byAssignTime = names(f, "sort=AssignTime&desc=false&limit=100");
        assertThat(byAssignTime.getFirst()).isEqualTo("Assigned");
        assertThat(names(f, "sort=AssignTime&limit=100").getFirst()).as("leads never assigned last (LL-26)").isEqualTo("Assigned");
        assertThat(names(f, "sort=Score&limit=100")).containsExactlyElementsOf(creationOrder.reversed());
        assertThat(names(f, "sort=LastContact&desc=false&limit=100")).containsExactlyElementsOf(creationOrder);
    }

    @Test
    void offsetAndLimitPageWithLoftysLimits() {
        Fixture f = fixture();
        JsonNode page = f.team().owner().get("/v1.0/leads?limit=5&offset=10").json();
        assertThat(page.path("_metadata").path("collection").asString()).isEqualTo("leads");
        assertThat(page.path("_metadata").path("limit").asInt()).isEqualTo(5);
        assertThat(page.path("_metadata").path("offset").asLong()).isEqualTo(10);
        assertThat(page.path("_metadata").path("total").asLong()).isEqualTo(12);
        assertThat(page.path("leads")).hasSize(2);
        assertThat(page.path("_metadata").path("scrollId").isNull()).isTrue();
        assertThat(page.path("leads").get(0).path("leadId").asLong()).isPositive();
        assertThat(page.path("leads").get(0).has("customRoleList")).isTrue();
        assertThat(f.team().owner().get("/v1.0/leads").json().path("leads")).hasSize(12);

        ApiResponse tooMany = f.team().owner().get("/v1.0/leads?limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo(20042);
        assertThat(f.team().owner().get("/v1.0/leads?limit=0").code()).isEqualTo(20042);
        ApiResponse tooDeep = f.team().owner().get("/v1.0/leads?offset=19950&limit=100");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.code()).isEqualTo(200104);
        assertThat(tooDeep.message()).contains("scrollId");
        assertThat(f.team().owner().get("/v1.0/leads?assignedUserId=me").message()).contains("assignedUserId");
    }

    @Test // LL-26 item 15
    void timeSortsListLeadsThatNeverHadTheTimeLastInBothDirectionsAndScrollAcrossThem() {
        TestTeam team = newTeam();
        List<String> never = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            team.createLead(team.owner(), aLead().with("firstName", "Never" + i).with("tags", List.of("calls")).build());
            never.add("Never" + i);
        }
        List<String> calledOldestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long lead = team.createLead(team.owner(), aLead().with("firstName", "Called" + i).with("tags", List.of("calls")).build());
            ApiResponse logged = team.owner().post("/leadline/v1/communications", Map.of("leadId", lead, "channel", "CALL",
                    "occurredAt", "2026-0" + (i + 1) + "-10T10:00:00Z"));
            assertThat(logged.status()).as(logged.toString()).isIn(200, 201);
            calledOldestFirst.add("Called" + i);
        }
        for (String sort : List.of("LastCall", "LastContact", "Communication")) {
            List<String> newestFirst = new ArrayList<>(calledOldestFirst.reversed());
            newestFirst.addAll(never.reversed());
            List<String> oldestFirst = new ArrayList<>(calledOldestFirst);
            oldestFirst.addAll(never);
            assertThat(names(team.owner(), "anyTags=calls&limit=100&sort=" + sort)).as(sort).containsExactlyElementsOf(newestFirst);
            assertThat(names(team.owner(), "anyTags=calls&limit=100&desc=false&sort=" + sort)).as(sort).containsExactlyElementsOf(oldestFirst);
            assertThat(scrolled(team, "sort=" + sort)).as(sort + " scrolled").containsExactlyElementsOf(newestFirst);
            assertThat(scrolled(team, "desc=false&sort=" + sort)).as(sort + " scrolled").containsExactlyElementsOf(oldestFirst);
            assertThat(names(team.owner(), "anyTags=calls&limit=2&offset=3&sort=" + sort)).containsExactlyElementsOf(newestFirst.subList(3, 5));
        }
        assertThat(names(team.owner(), "limit=100&sort=Task")).as("no lead has a task: ties go newest first")
                .containsExactlyElementsOf(names(team.owner(), "limit=100"));
    }

    private static List<String> scrolled(TestTeam team, String query) {
        List<String> seen = new ArrayList<>();
        String scrollId = null;
        for (int pages = 0; pages < 20; pages++) {
            JsonNode page = team.owner().get("/v1.0/leads?anyTags=calls&limit=2&" + query
                    + (scrollId == null ? "" : "&scrollId=" + scrollId)).json();
            page.path("leads").forEach(lead -> seen.add(lead.path("firstName").asString()));
            scrollId = page.path("_metadata").path("scrollId").isNull() ? null : page.path("_metadata").path("scrollId").asString();
            if (scrollId == null) {
                break;
            }
        }
        return seen;
    }

    @Test
    void scrollingSeesEveryLeadOnceWhileOthersAreWritten() {
        TestTeam team = newTeam();
        Set<Long> original = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            original.add(team.createLead(team.owner(), aLead().with("firstName", "L" + i).with("tags", List.of("scroll")).build()));
        }
        List<Long> seen = new ArrayList<>();
        String scrollId = null;
        int pages = 0;
        do {
            String query = "/v1.0/leads?anyTags=scroll&limit=5" + (scrollId == null ? "" : "&scrollId=" + scrollId);
            JsonNode page = team.owner().get(query).json();
            page.path("leads").forEach(lead -> seen.add(lead.path("leadId").asLong()));
            scrollId = page.path("_metadata").path("scrollId").isNull() ? null : page.path("_metadata").path("scrollId").asString();
            team.createLead(team.owner(), aLead().with("firstName", "New" + pages).with("tags", List.of("scroll")).build());
            team.owner().put("/v1.0/leads/" + seen.getLast(), Map.of("firstName", "Touched", "tagsAdd", List.of("x")));
            pages++;
        } while (scrollId != null && pages < 20);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(original);
        ApiResponse wrongFilters = team.owner().get("/v1.0/leads?anyTags=other&limit=5&scrollId="
                + team.owner().get("/v1.0/leads?anyTags=scroll&limit=5").json().path("_metadata").path("scrollId").asString());
        assertThat(wrongFilters.status()).isEqualTo(400);
        assertThat(wrongFilters.message()).contains("scrollId");
        assertThat(team.owner().get("/v1.0/leads?scrollId=garbage").code()).isEqualTo(20012);

        // LL-13: the total a scroll carries could be edited and was then reported as the truth
        String real = team.owner().get("/v1.0/leads?anyTags=scroll&limit=5").json().path("_metadata").path("scrollId").asString();
        String text = new String(java.util.Base64.getUrlDecoder().decode(real), java.nio.charset.StandardCharsets.UTF_8);
        String[] parts = text.split(":");
        parts[7] = "999999";
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(":", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ApiResponse tampered = team.owner().get("/v1.0/leads?anyTags=scroll&limit=5&scrollId=" + forged);
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.message()).contains("scrollId");
        ApiResponse otherTeam = newTeam().owner().get("/v1.0/leads?anyTags=scroll&limit=5&scrollId=" + real);
        assertThat(otherTeam.status()).isEqualTo(400);
    }

    /**
     * Creates that make the same new tags in different orders all succeed (tag bits are granted under one lock taken
     * before any name is inserted), each tag gets its own bit, and totals over them are exact.
     */
    @Test
    void concurrentCreatesMakingTheSameNewTagsAllSucceedWithDistinctBits() throws Exception {
        TestTeam team = newTeam();
        createConcurrentlyWithTagsFrom(team, List.of("c-one", "c-two", "c-three", "c-four", "c-five", "c-six"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT tag_bit FROM tags WHERE team_id = ?", Long.class, team.teamId()))
                .hasSize(6).doesNotContainNull().doesNotHaveDuplicates();
        for (String query : List.of("allTags=c-one,c-two", "allTags=c-three,c-four,c-five", "anyTags=c-six,c-one")) {
            ApiResponse page = team.owner().get("/v1.0/leads?limit=100&" + query);
            assertThat(page.json().path("_metadata").path("total").asLong()).as(query).isEqualTo(page.json().path("leads").size());
        }
    }

    /** Past the 63 mask bits, writers making the same new tags in other orders still never deadlock (LL-13). */
    @Test
    void concurrentCreatesMakingTheSameNewTagsPastTheMaskBitsAllSucceed() throws Exception {
        TestTeam team = newTeam();
        List<String> existing = IntStream.range(0, 70).mapToObj(i -> "old-" + i).toList();
        team.createLead(team.owner(), aLead().with("tags", existing).build());
        createConcurrentlyWithTagsFrom(team, List.of("p-one", "p-two", "p-three", "p-four", "p-five", "p-six"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tags WHERE team_id = ?", Long.class, team.teamId()))
                .isEqualTo(76);
        ApiResponse page = team.owner().get("/v1.0/leads?limit=100&allTags=p-one,p-two");
        assertThat(page.json().path("_metadata").path("total").asLong()).isEqualTo(page.json().path("leads").size());
    }

    /** 24 creates, 8 at a time, each with 2–5 of the pool's tags in a shuffled order; every one must succeed. */
    private static void createConcurrentlyWithTagsFrom(TestTeam team, List<String> pool) throws Exception {
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            List<String> tags = new ArrayList<>(pool);
            Collections.shuffle(tags, new Random(i));
            List<String> chosen = tags.subList(0, 2 + i % 4);
            creates.add(() -> team.owner().post("/v1.0/leads", aLead().with("tags", chosen).build()).status());
        }
        try (var executor = Executors.newFixedThreadPool(8)) {
            for (var status : executor.invokeAll(creates)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
    }

    /** The team's first 63 tags have mask bits; later ones are counted by joining their rows. */
    @Test
    void tagTotalsAreExactForTagsWithAndWithoutMaskBits() {
        TestTeam team = newTeam();
        List<String> filler = IntStream.range(0, 62).mapToObj(i -> "filler-" + i).toList();
        team.createLead(team.owner(), aLead().with("firstName", "Filler").with("tags", filler).build());
        team.createLead(team.owner(), aLead().with("firstName", "Early").with("tags", List.of("early")).build());
        team.createLead(team.owner(), aLead().with("firstName", "Late").with("tags", List.of("late-a", "late-b", "early")).build());
        team.createLead(team.owner(), aLead().with("firstName", "LateA").with("tags", List.of("late-a", "filler-3")).build());
        team.createLead(team.owner(), aLead().with("firstName", "EarlyFiller").with("tags", List.of("early", "filler-3")).build());
        for (String query : List.of("allTags=late-a,late-b", "allTags=early,late-a", "allTags=late-a,early,late-b",
                "allTags=filler-3,early", "allTags=filler-3,late-a", "anyTags=late-a,late-b", "anyTags=early,filler-3",
                "anyTags=late-b,early,filler-3", "anyTags=late-a,filler-3")) {
            ApiResponse page = team.owner().get("/v1.0/leads?limit=100&" + query);
            assertThat(page.json().path("_metadata").path("total").asLong()).as(query).isEqualTo(page.json().path("leads").size());
        }
        assertThat(names(team.owner(), "allTags=early,late-a")).containsExactly("Late");
        assertThat(names(team.owner(), "anyTags=late-a,filler-3")).containsExactlyInAnyOrder("LateA", "EarlyFiller", "Filler", "Late");
    }

    /**
     * Lists that start from their matches — a key, an exact email — and all of several tags page and scroll in the
     * list's order like any other: newest first by default, oldest first with desc=false, each match once, with the
     * exact total on every page.
     */
    @Test
    void keyTagAndExactEmailListsPageAndScrollInOrder() {
        TestTeam team = newTeam();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(team.createLead(team.owner(), aLead().with("firstName", "Keyscroll" + i)
                    .with("emails", List.of("shared@scroll.example")).with("tags", List.of("twin-a", "twin-b")).build()));
        }
        team.createLead(team.owner(), aLead().with("firstName", "Other").with("tags", List.of("twin-a")).build());
        // key pages of 3 walk the leads in order and test each; pages of 6 read the 7 matches and sort them
        // a key of several words counts with its first page, then walks from the scroll's keyset; all of several tags
        // counts on its first page only (later pages take the total from the scroll id)
        for (String query : List.of("key=keyscroll&limit=3", "key=keyscroll&limit=6", "allTags=twin-a,twin-b&limit=3",
                "key=" + encode("shared@scroll") + "&limit=3", "email=shared@scroll.example&preciseSearchFlag=true&limit=3")) {
            int pages = query.contains("limit=3") ? 3 : 2;
            assertThat(scrollIds(team, query, pages)).as(query).containsExactlyElementsOf(created.reversed());
            assertThat(scrollIds(team, query + "&sort=CreateTime&desc=false", pages)).as(query).containsExactlyElementsOf(created);
        }
        List<String> walkedByOffset = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 2) {
            walkedByOffset.addAll(names(team.owner(), "key=keyscroll&limit=2&offset=" + offset));
        }
        for (String query : List.of("key=" + encode("shared@scroll"), "key=keyscroll",
                "email=shared@scroll.example&preciseSearchFlag=true")) {
            JsonNode pastTheEnd = team.owner().get("/v1.0/leads?offset=20&limit=5&" + query).json();
            assertThat(pastTheEnd.path("leads").isArray()).as(query).isTrue();
            assertThat(pastTheEnd.path("leads").size()).as(query).isZero();
            assertThat(pastTheEnd.path("_metadata").path("total").asLong()).as(query).isEqualTo(7);
        }
        assertThat(walkedByOffset).containsExactly("Keyscroll6", "Keyscroll5", "Keyscroll4", "Keyscroll3", "Keyscroll2",
                "Keyscroll1", "Keyscroll0");
    }

    @Test
    void aRenameAlsoPutsRightAWordRowThatWasWrong() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().with("firstName", "Before").with("lastName", "Kept").build());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO lead_terms (lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,"
                + " ownership_id, stage_id, language) SELECT lead_id, 'stray', team_id, live, hidden, assigned_user_id,"
                + " ownership_scope, ownership_id, stage_id, language FROM lead_terms WHERE lead_id = ? AND term = 'kept'", lead);

        team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "After"));

        assertThat(jdbc.queryForList("SELECT term FROM lead_terms WHERE lead_id = ? ORDER BY term", String.class, lead))
                .containsExactly("after", "kept");
        assertThat(names(team.owner(), "key=kept")).containsExactly("After");
    }

    @Test
    void keyFindsLeadsByTheirNamesAndEmailsAsTheyAreNow() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().with("firstName", "Renamed").with("lastName", "Before")
                .with("emails", List.of("old.box@first.example")).build());
        team.createLead(team.owner(), aLead().with("firstName", "Bystander").build());
        assertThat(names(team.owner(), "key=renam")).containsExactly("Renamed");
        assertThat(names(team.owner(), "key=" + encode("renamed bef"))).containsExactly("Renamed");
        assertThat(names(team.owner(), "key=" + encode("old.box@"))).containsExactly("Renamed");

        team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Changed"));
        assertThat(names(team.owner(), "key=renam")).isEmpty();
        assertThat(names(team.owner(), "key=chang")).containsExactly("Changed");
        assertThat(names(team.owner(), "key=first")).containsExactly("Changed");

        team.owner().put("/v1.0/leads/" + lead, Map.of("emails", List.of("new.box@second.example")));
        assertThat(names(team.owner(), "key=first")).isEmpty();
        assertThat(names(team.owner(), "key=second")).containsExactly("Changed");
        assertThat(names(team.owner(), "key=" + encode("box@second"))).containsExactly("Changed");
        assertThat(names(team.owner(), "key=" + encode("box@first"))).isEmpty();

        team.owner().delete("/v1.0/leads/" + lead + "?reason=test");
        assertThat(names(team.owner(), "key=chang")).isEmpty();
        team.owner().post("/leadline/v1/leads/" + lead + "/restore", Map.of());
        assertThat(names(team.owner(), "key=chang")).containsExactly("Changed");
        assertThat(newTeam().owner().get("/v1.0/leads?key=chang").json().path("_metadata").path("total").asLong()).isZero();
    }

    @Test
    void aKeyOfDigitsFindsPhonesAndEmailDigitsOfLiveVisibleLeadsAsTheyAreNow() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        team.createLead(team.owner(), aLead().with("firstName", "Jenny").with("phones", List.of("512-867-5309"))
                .with("emails", List.of("jenny@tutone.example")).build());
        team.createLead(team.owner(), aLead().with("firstName", "Mailer").with("phones", List.of("212-555-0000"))
                .with("emails", List.of("fan8675309@tutone.example")).build());
        long trashed = team.createLead(team.owner(), aLead().with("firstName", "Trashed")
                .with("phones", List.of("512-867-5309")).with("emails", List.of("gone@tutone.example")).build());
        team.owner().delete("/v1.0/leads/" + trashed + "?reason=test");
        long changing = team.createLead(team.owner(), aLead().with("firstName", "Agents").with("assignedUserId", agent.userId())
                .with("ownershipScope", "PERSONAL").with("phones", List.of("737-867-5309"))
                .with("emails", List.of("agents@tutone.example")).build());

        assertThat(names(team.owner(), "key=8675309")).containsExactlyInAnyOrder("Jenny", "Mailer", "Agents");
        assertThat(names(team.owner(), "key=5128675")).containsExactly("Jenny");
        assertThat(names(team.owner(), "key=" + encode("(512) 867"))).containsExactly("Jenny");
        assertThat(names(agent.client(), "key=8675309&limit=100")).containsExactly("Agents");
        team.owner().put("/v1.0/leads/" + changing, Map.of("phones", List.of("737-000-0000")));
        assertThat(names(team.owner(), "key=8675309")).containsExactlyInAnyOrder("Jenny", "Mailer");
        assertThat(names(team.owner(), "key=9999999")).isEmpty();
        for (String query : List.of("key=8675309", "key=5128675", "key=867", "key=9999999")) {
            for (io.leadline.testing.ApiClient client : List.of(team.owner(), agent.client())) {
                ApiResponse page = client.get("/v1.0/leads?limit=100&" + query);
                assertThat(page.json().path("_metadata").path("total").asLong()).as(query).isEqualTo(page.json().path("leads").size());
            }
        }
    }

    @Test
    void aKeyContainedInMoreWordsThanAreLookedUpFirstStillFindsEveryLead() {
        TestTeam team = newTeam();
        for (int i = 0; i < 105; i++) {
            String suffix = "" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            team.createLead(team.owner(), aLead().with("firstName", "Wordy" + suffix).build());
        }
        ApiResponse page = team.owner().get("/v1.0/leads?key=wordy&limit=100");
        assertThat(page.json().path("_metadata").path("total").asLong()).isEqualTo(105);
        assertThat(page.json().path("leads").size()).isEqualTo(100);
        assertThat(names(team.owner(), "key=wordyea")).containsExactly("Wordyea");
    }

    private static List<Long> scrollIds(TestTeam team, String query, int expectedPages) {
        List<Long> ids = new ArrayList<>();
        String scrollId = null;
        int pages = 0;
        do {
            JsonNode page = team.owner().get("/v1.0/leads?" + query + (scrollId == null ? "" : "&scrollId=" + scrollId)).json();
            assertThat(page.path("_metadata").path("total").asLong()).isEqualTo(7);
            page.path("leads").forEach(lead -> ids.add(lead.path("leadId").asLong()));
            scrollId = page.path("_metadata").path("scrollId").isNull() ? null : page.path("_metadata").path("scrollId").asString();
            pages++;
        } while (scrollId != null && pages < 10);
        assertThat(pages).isEqualTo(expectedPages);
        return ids;
    }

    @Test
    void agentsListAndCountOnlyWhatTheyMaySee() {
        Fixture f = fixture();
        List<String> visible = names(f.agent().client(), "limit=100");
        assertThat(visible).containsExactlyInAnyOrder("Assigned", "NorthOwned", "SubOwned");
        assertThat(f.agent().client().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isEqualTo(3);
        assertThat(names(f.agent().client(), "anyTags=hot")).isEmpty();
        assertThat(newTeam().owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isZero();
    }

    @Test
    void countedTotalsMatchTheLeadsThroughEveryKindOfWrite() throws InterruptedException {
        Fixture f = fixture();
        long plain = f.leads().get("Plain");
        long north = f.leads().get("NorthOwned");
        for (String name : List.of("Plain", "NorthOwned", "SubOwned", "Zillow", "Assigned")) {
            f.team().owner().put("/v1.0/leads/" + f.leads().get(name), Map.of("tagsAdd", List.of("hot", "warm")));
        }
        assertTotalsMatchPages(f);
        f.team().owner().put("/v1.0/leads/" + plain, Map.of("stage", "Contacted", "assignedUserId", f.agent().userId()));
        f.team().owner().put("/v1.0/leads/" + f.leads().get("HotWarm"), Map.of("language", "fr"));
        f.team().owner().post("/v1.0/leads/" + north + "/assignment", List.of(Map.of("role", "Agent", "assignee", f.agent().email())));
        f.team().owner().put("/v1.0/leads/" + f.leads().get("SubOwned"), Map.of("isHidden", true));
        f.team().owner().put("/v1.0/leads/" + f.leads().get("Zillow"), Map.of("ownershipScope", "OFFICE", "ownershipId", f.northSub()));
        f.team().owner().delete("/v1.0/leads/" + f.leads().get("Assigned") + "?reason=gone");
        f.team().createLead(f.agent().client(), aLead().with("stage", "Contacted").build());
        assertTotalsMatchPages(f);
        f.team().owner().put("/v1.0/leads/" + f.leads().get("HotWarm"), Map.of("tagsRemove", List.of("hot")));
        f.team().owner().put("/v1.0/leads/" + north, Map.of("tags", List.of("warm")));
        f.team().owner().put("/v1.0/leads/" + f.leads().get("Hot"), Map.of("clearAllTags", true));
        assertTotalsMatchPages(f);
        f.team().owner().post("/leadline/v1/leads/" + f.leads().get("Assigned") + "/restore", Map.of());
        assertTotalsMatchPages(f);
        awaitDeltasCompacted(f.team().teamId());
        assertTotalsMatchPages(f);
    }

    /** The compactor (every second, on some node) folds the team's deltas into lead_counts; totals stay the same. */
    private void awaitDeltasCompacted(long teamId) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long deadline = System.nanoTime() + 15_000_000_000L;
        long left;
        do {
            Thread.sleep(100);
            left = jdbc.queryForObject("SELECT COUNT(*) FROM lead_count_deltas WHERE team_id = ?", Long.class, teamId);
        } while (left > 0 && System.nanoTime() < deadline);
        assertThat(left).as("deltas of team %d not yet compacted", teamId).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_counts WHERE team_id = ?", Long.class, teamId)).isPositive();
    }

    /**
     * Totals of the shapes answered from lead_counts, and from lead_tags' and lead_terms' copies of the lead columns,
     * equal what the leads themselves say (the page), for owner and agent.
     */
    private static void assertTotalsMatchPages(Fixture f) {
        for (String query : List.of("", "stage=Contacted", "assignedUserId=" + f.agent().userId(), "groupIds=" + f.north()
                + "&querySubGroup=true", "groupIds=" + f.northSub() + "&stage=New%20Lead", "anyTags=hot,warm", "allTags=hot,warm",
                "anyTags=warm&stage=Contacted", "allTags=warm&languages=fr", "anyTags=hot&groupIds=" + f.northSub(),
                "anyTags=hot&assignedUserId=" + f.agent().userId(), "key=o", "key=hot", "key=trashed", "key=555",
                "key=o&stage=Contacted", "key=" + encode("mailed.person"), "key=" + encode("h ow"))) {
            for (io.leadline.testing.ApiClient client : List.of(f.team().owner(), f.agent().client())) {
                ApiResponse page = client.get("/v1.0/leads?limit=100&" + query);
                assertThat(page.json().path("_metadata").path("total").asLong()).as(query).isEqualTo(page.json().path("leads").size());
            }
        }
    }

    private static List<String> names(Fixture f, String query) {
        return names(f.team().owner(), query + (query.contains("limit=") ? "" : (query.isEmpty() ? "" : "&") + "limit=100"));
    }

    private static List<String> names(io.leadline.testing.ApiClient client, String query) {
        ApiResponse response = client.get("/v1.0/leads?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().path("leads").forEach(lead -> names.add(lead.path("firstName").asString()));
        assertThat(response.json().path("_metadata").path("total").asLong()).isGreaterThanOrEqualTo(names.size());
        return names;
    }

    private static long total(Fixture f, String query) {
        return f.team().owner().get("/v1.0/leads?" + query).json().path("_metadata").path("total").asLong();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
