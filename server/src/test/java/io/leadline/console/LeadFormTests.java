package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The lead page's edit form turned into the body the API's update takes. */
class LeadFormTests {

    @Test
    void emptyTextLeavesAFieldAsItIsWhileListsAndConsentAreSentAsTyped() {
        LeadForm form = form("Carla", "", "carla@example.com,\n cd@example.com", "", "buyer", "Qualified", true);
        Map<String, Object> body = form.apiBody(new LinkedMultiValueMap<>());
        assertThat(body).containsEntry("firstName", "Carla")
                .containsEntry("emails", List.of("carla@example.com", "cd@example.com"))
                .containsEntry("phones", List.of())
                .containsEntry("tags", List.of("buyer"))
                .containsEntry("stage", "Qualified")
                .containsEntry("cannotEmail", true)
                .containsEntry("cannotText", false)
                .doesNotContainKeys("lastName", "birthday", "preQual", "customAttributeList");
    }

    @Test
    void customFieldsAreSentByNameAMultiSelectAsAListAndAnEmptyOneIsCleared() {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add("custom:Budget", " 450000 ");
        typed.add("custom:Notes", "");
        typed.add("several:Likes", "");
        typed.add("custom:Likes", "Golf");
        typed.add("several:Pets", "");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sent = (List<Map<String, Object>>) form("Carla", "", "", "", "", "", false)
                .apiBody(typed).get("customAttributeList");
        assertThat(sent).extracting(attribute -> attribute.get("attributeName"))
                .containsExactly("Budget", "Notes", "Likes", "Pets");
        assertThat(sent).extracting(attribute -> attribute.get("value"))
                .containsExactly("450000", null, List.of("Golf"), null);
    }

    private static LeadForm form(String firstName, String lastName, String emails, String phones, String tags,
            String stage, boolean cannotEmail) {
        return new LeadForm(firstName, lastName, emails, phones, tags, stage, "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", cannotEmail, false, false);
    }
}
