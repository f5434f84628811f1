package io.leadline.console;

import io.leadline.routing.RoutingSubject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The lead typed into the routing page's test panel, as routing looks at it. Its one place and price serve as both
 * where the lead is looking and what it owns, so a seller's rules and a buyer's are tested alike.
 */
final class TestLead {

    private TestLead() {}

    static RoutingSubject subject(MultiValueMap<String, String> form) {
        List<Integer> leadTypes = form.getOrDefault("leadTypes", List.of()).stream().filter(type -> !type.isBlank())
                .map(type -> (int) RuleForm.number("leadTypes", type)).toList();
        Long priceMin = RuleForm.optionalNumber(form, "priceMin");
        Long priceMax = RuleForm.optionalNumber(form, "priceMax");
        String state = RuleForm.text(form, "state");
        String city = RuleForm.text(form, "city");
        String zipcode = RuleForm.text(form, "zipcode");
        List<RoutingSubject.Place> places = state == null && city == null && zipcode == null && priceMin == null && priceMax == null
                ? List.of()
                : List.of(new RoutingSubject.Place(state, null, city, zipcode, null, priceMin, priceMax));
        String tags = RuleForm.text(form, "tags");
        Set<String> tagSet = tags == null ? Set.of() : Arrays.stream(tags.split(",")).map(String::trim)
                .filter(tag -> !tag.isEmpty()).collect(Collectors.toSet());
        return new RoutingSubject(leadTypes, RuleForm.text(form, "source"), tagSet, Set.of(),
                "true".equals(RuleForm.text(form, "hasPhone")), places, priceMin, priceMax, places);
    }
}
