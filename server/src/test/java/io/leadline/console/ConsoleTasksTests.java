package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 29: tasks on the lead page and the member's day, through the tasks feature's own rules. */
abstract class ConsoleTasksTests extends ConsoleTestBase {

    @Test
    void aTaskAddedOnTheLeadPageIsInMyDayOverdueFirstAndDoneFromThere() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + lead);

        ConsoleClient.Page later = browser.post("/app/leads/" + lead + "/tasks",
                Map.of("type", "Email", "content", "Send the listings", "due", "2099-01-05T09:30"));
        assertThat(later.location()).hasValue(baseUrl() + "/app/leads/" + lead + "#tasks");
        browser.post("/app/leads/" + lead + "/tasks", Map.of("type", "Call", "content", "Call back", "due", "2020-03-01T10:00"));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("Send the listings").contains("Call back")
                .contains("Task added.").contains("(overdue)");
        assertThat(team.owner().get("/v2.0/tasks?leadId=" + lead).json().path("tasks")).hasSize(2);

        String day = browser.get("/app/my-day").body();
        assertThat(day.indexOf("Call back")).as("overdue first").isLessThan(day.indexOf("Send the listings"));
        long callBack = team.owner().get("/v2.0/tasks?leadId=" + lead).json().path("tasks").valueStream()
                .filter(task -> task.path("content").asString().equals("Call back")).findFirst().orElseThrow().path("id").asLong();
        ConsoleClient.Page done = browser.post("/app/tasks/" + callBack + "/finish", Map.of("back", "/app/my-day"));
        assertThat(done.location()).hasValue(baseUrl() + "/app/my-day");
        assertThat(browser.get("/app/my-day").body()).contains("Done.").doesNotContain("Call back").contains("Send the listings");
    }

    @Test
    void aRefusedTaskShowsTheTasksMessageAndAnotherAgentsTaskIsNotFound() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long annsLead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "assignedUserId", bo.userId()));
        long bosTask = task(bo, bosLead, "Bo's call");
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + annsLead);

        browser.post("/app/leads/" + annsLead + "/tasks", Map.of("type", "Call", "content", "No time", "due", ""));
        assertThat(browser.get("/app/leads/" + annsLead).body()).contains("due is required");
        browser.post("/app/leads/" + annsLead + "/tasks", Map.of("type", "Call", "content", "Bad time", "due", "next tuesday"));
        assertThat(browser.get("/app/leads/" + annsLead).body()).contains("due must be an ISO-8601 time");

        assertThat(browser.post("/app/leads/" + bosLead + "/tasks", Map.of("type", "Call", "content", "x", "due", "2099-01-01T10:00"))
                .status()).isEqualTo(404);
        assertThat(browser.post("/app/tasks/" + bosTask + "/finish", Map.of()).status()).isEqualTo(404);
        assertThat(bo.client().get("/v2.0/tasks?leadId=" + bosLead).json().path("tasks").get(0).path("finishFlag").asBoolean())
                .as("untouched").isFalse();
        long annsTask = task(ann, annsLead, "Ann's call");
        assertThat(browser.post("/app/tasks/" + annsTask + "/finish", Map.of("back", "https://evil.example/app/x")).location())
                .as("back only to a console page").hasValue(baseUrl() + "/app/my-day");
    }

    @Test
    void todaysAppointmentsAreInMyDay() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        // a new team's zone is UTC: today's noon there, whether or not it has passed
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String soon = today + "T12:00:00Z";
        String later = today + "T12:30:00Z";
        var appointment = ann.client().post("/v2.0/tasks", Map.of("leadId", lead, "type", "Appointment", "content", "Showing",
                "assignedRole", "Agent", "startAt", soon, "endAt", later));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(200);
        ConsoleClient browser = signedIn(team, ann);
        String day = browser.get("/app/my-day").body();
        assertThat(day).contains("Showing").contains("Carla Diaz").doesNotContain("No appointments today.");
    }

    @Test
    void anOfferWaitsInMyDayUntilSomeoneClaimsItAndTheSlowerOneIsToldSo() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "Blast", "routingStrategy",
                Map.of("strategyType", 3, "touchMinutes", 30,
                        "memberWeights", List.of(Map.of("memberId", ann.userId()), Map.of("memberId", bo.userId())))))
                .status()).isEqualTo(201);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Gina", "lastName", "Offered"));
        ConsoleClient annsBrowser = signedIn(team, ann);
        ConsoleClient bosBrowser = signedIn(team, bo);
        assertThat(annsBrowser.get("/app/my-day").body()).contains("first to claim").contains("Gina Offered");
        assertThat(bosBrowser.get("/app/my-day").body()).contains("Gina Offered");

        ConsoleClient.Page claimed = annsBrowser.post("/app/offers/" + lead + "/claim", Map.of());
        assertThat(claimed.location()).hasValue(baseUrl() + "/app/leads/" + lead);
        assertThat(annsBrowser.get("/app/leads/" + lead).body()).contains("Claimed: the lead is yours.");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(ann.userId());

        ConsoleClient.Page late = bosBrowser.post("/app/offers/" + lead + "/claim", Map.of());
        assertThat(late.location()).hasValue(baseUrl() + "/app/my-day");
        assertThat(bosBrowser.get("/app/my-day").body()).contains("someone claimed it first").doesNotContain("Gina Offered");
    }

    @Test
    void myDayListsTheLeadsAssignedSinceTheLastVisit() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        team.createLead(team.owner(), Map.of("firstName", "Hana", "lastName", "Early", "assignedUserId", ann.userId()));
        sleepPastTheSecond();
        ConsoleClient browser = signedIn(team, ann);
        assertThat(browser.get("/app/my-day").body()).as("a first visit looks back a day").contains("Hana Early");
        assertThat(browser.get("/app/my-day").body()).contains("No new leads since then.").doesNotContain("Hana Early");

        team.createLead(team.owner(), Map.of("firstName", "Ivo", "lastName", "Later", "assignedUserId", ann.userId()));
        String third = browser.get("/app/my-day").body();
        assertThat(third).contains("Ivo Later").doesNotContain("Hana Early");
    }

    /** The list gives assign times to the second: a lead assigned in the second of a visit is new at the next one too. */
    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long task(TestMember member, long leadId, String content) {
        var created = member.client().post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", content,
                "assignedRole", "Agent", "endAt", "2099-01-01T10:00:00Z"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("taskId").asLong();
    }
}
