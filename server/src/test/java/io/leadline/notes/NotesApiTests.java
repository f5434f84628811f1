package io.leadline.notes;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lofty's notes resource (LL issue 3). */
abstract class NotesApiTests extends ApiTestBase {

    @Test
    void notesAreCreatedReadUpdatedAndDeletedWithLoftysWrappers() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());

        ApiResponse created = team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "Called, no answer", "isPin", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long noteId = created.json().path("noteId").asLong();
        assertThat(noteId).isPositive();

        JsonNode note = team.owner().get("/v1.0/notes/" + noteId).json().path("note");
        assertThat(note.path("noteId").asLong()).isEqualTo(noteId);
        assertThat(note.path("id").asLong()).isPositive().isNotEqualTo(noteId);
        assertThat(note.path("leadId").asLong()).isEqualTo(leadId);
        assertThat(note.path("content").asString()).isEqualTo("Called, no answer");
        assertThat(note.path("isPin").asBoolean()).isTrue();
        assertThat(note.path("deleteFlag").asBoolean()).isFalse();
        assertThat(note.path("systemNote").asBoolean()).isFalse();
        assertThat(note.path("creatorId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(note.path("creatorName").asString()).isEqualTo("Olive Owner");
        assertThat(note.path("createTime").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(note.path("lastUpdate").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        TestTeam.TestMember admin = team.member("ADMIN", null);
        ApiResponse updated = admin.client().put("/v1.0/notes/" + noteId, Map.of("content", "Called back", "isPin", false));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.raw()).isEmpty();
        note = team.owner().get("/v1.0/notes/" + noteId).json().path("note");
        assertThat(note.path("content").asString()).isEqualTo("Called back");
        assertThat(note.path("isPin").asBoolean()).isFalse();
        assertThat(note.path("lastEditorId").asLong()).isEqualTo(admin.userId());

        ApiResponse deleted = team.owner().delete("/v1.0/notes/" + noteId);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.raw()).isEmpty();
        ApiResponse gone = team.owner().get("/v1.0/notes/" + noteId);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo(20007);
        assertThat(team.owner().get("/v1.0/notes?leadId=" + leadId).json().path("notes")).isEmpty();
    }

    @Test
    void listsALeadsNotesPinnedFirstIncludingTheCreateNote() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("content", "From the web form").with("isPin", false).build());
        team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "Pinned", "isPin", true));
        team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "No pin flag"));

        JsonNode notes = team.owner().get("/v1.0/notes?leadId=" + leadId + "&includeSystemNote=true").json().path("notes");

        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).path("content").asString()).isEqualTo("Pinned");
        assertThat(notes.valueStream().map(n -> n.path("content").asString()))
                .contains("From the web form", "No pin flag");
    }

    @Test
    void contentIsTruncatedAt2000Characters() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long noteId = team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "x".repeat(2500), "isPin", false))
                .json().path("noteId").asLong();

        assertThat(team.owner().get("/v1.0/notes/" + noteId).json().path("note").path("content").asString()).hasSize(2000);
    }

    @Test
    void rejectsBadNotesAndHidesNotesOfInvisibleLeads() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().build());
        long otherLead = team.createLead(team.owner(), aLead().build());
        long noteId = team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "Private", "isPin", false))
                .json().path("noteId").asLong();

        assertThat(team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", " ", "isPin", false)).message())
                .contains("content");
        assertThat(team.owner().post("/v1.0/notes", Map.of("content", "x", "isPin", false)).message()).contains("leadId");
        ApiResponse missingLead = team.owner().post("/v1.0/notes", Map.of("leadId", 42, "content", "x", "isPin", false));
        assertThat(missingLead.status()).isEqualTo(404);
        assertThat(missingLead.code()).isEqualTo(20006);
        ApiResponse wrongLead = team.owner().put("/v1.0/notes/" + noteId, Map.of("leadId", otherLead, "content", "x", "isPin", false));
        assertThat(wrongLead.status()).isEqualTo(400);
        assertThat(wrongLead.message()).contains("INVALID_UPDATE_OPERATION_LEADID");
        assertThat(team.owner().put("/v1.0/notes/" + noteId, Map.of("content", "x")).message()).contains("isPin");

        assertThat(agent.client().get("/v1.0/notes/" + noteId).code()).isEqualTo(20007);
        assertThat(agent.client().get("/v1.0/notes?leadId=" + leadId).code()).isEqualTo(20006);
        assertThat(agent.client().delete("/v1.0/notes/" + noteId).status()).isEqualTo(404);
        assertThat(agent.client().post("/v1.0/notes", Map.of("leadId", leadId, "content", "x", "isPin", false)).code())
                .isEqualTo(20006);
        assertThat(newTeam().owner().get("/v1.0/notes/" + noteId).status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/notes").message()).contains("leadId");
    }
}
