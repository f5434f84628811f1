package io.leadline.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lead bodies for tests: small ones by default, and the seed document's full create payload. */
public final class TestLeads {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private TestLeads() {
        body.put("firstName", "Bob");
    }

    public static TestLeads aLead() {
        return new TestLeads();
    }

    public TestLeads with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /**
     * The create payload of Lofty's create-lead document with its placeholders filled in: the assignee, the owner
     * and the custom attribute are the test team's, and the stage is one the test adds ("Pending").
     */
    public static Map<String, Object> seedPayload(long assignedUserId, long ownerUserId) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("firstName", "Bob");
        lead.put("cannotText", true);
        lead.put("cannotCall", true);
        lead.put("cannotEmail", true);
        lead.put("lastName", "Li");
        lead.put("emails", List.of("jane.doe@example.com", "jdoe-work@company.com"));
        lead.put("phones", List.of("+14155551234", "+12125559876"));
        lead.put("leadTypes", List.of(2, 5));
        lead.put("assignedUserId", assignedUserId);
        lead.put("streetAddress", "The White House,1600 Pennsylvania Avenue NW");
        lead.put("city", "Washington DC");
        lead.put("state", "Washington DC");
        lead.put("zipCode", "20500");
        lead.put("referredBy", "Jeremy Kelly");
        lead.put("stage", "Pending");
        lead.put("groups", List.of("VIP Clients", "Open House Feb"));
        lead.put("segments", List.of("First-Time Buyers", "Downtown Area"));
        lead.put("tags", List.of("Hot Lead", "Zillow"));
        lead.put("tagsAdd", List.of("Referral", "Pre-Approved"));
        lead.put("source", "Open House");
        lead.put("inquiry", Map.ofEntries(
                Map.entry("priceMin", 1),
                Map.entry("priceMax", 10000000),
                Map.entry("propertyType", List.of("Single Family Home", "Condo")),
                Map.entry("bedroomsMin", 1),
                Map.entry("bathroomsMin", "1"),
                Map.entry("locations", List.of(Map.of("city", "Austin", "stateCode", "TX"))),
                Map.entry("id", 123),
                Map.entry("leadUserId", 123),
                Map.entry("bedroomsMax", 123),
                Map.entry("bathroomsMax", "3"),
                Map.entry("modifyByAgent", true),
                Map.entry("createTime", "2023-11-07T05:31:56Z"),
                Map.entry("updateTime", "2023-11-07T05:31:56Z"),
                Map.entry("defaultValue", true)));
        lead.put("property", Map.ofEntries(
                Map.entry("price", 100000),
                Map.entry("state", "California"),
                Map.entry("city", "New York"),
                Map.entry("streetAddress", "22348 Regnart RD"),
                Map.entry("zipCode", "25401"),
                Map.entry("county", "Santa Clara"),
                Map.entry("propertyType", "Single Family Home"),
                Map.entry("bedrooms", 3),
                Map.entry("bathrooms", 2),
                Map.entry("squareFeet", 100),
                Map.entry("lotSize", 26.33),
                Map.entry("parkingSpace", 1),
                Map.entry("floors", 1),
                Map.entry("mailAddress", true),
                Map.entry("id", 0),
                Map.entry("leadUserId", 123),
                Map.entry("listingId", "L-1"),
                Map.entry("autoListingId", 123),
                Map.entry("label", "Home"),
                Map.entry("note", "corner lot"),
                Map.entry("listingStatus", "Active"),
                Map.entry("labelList", "Home"),
                Map.entry("pictureUrl", "https://example.com/p.jpg"),
                Map.entry("siteListingUrl", "https://example.com/l"),
                Map.entry("labelType", "Home"),
                Map.entry("priceMax", 10000000),
                Map.entry("priceMin", 100000)));
        lead.put("unsubscription", true);
        lead.put("welcomeEmail", true);
        lead.put("leadAlert", true);
        lead.put("customAttributeList", List.of(Map.of(
                "attributeName", "Budget", "attributeType", "number", "value", "450000", "params", "")));
        lead.put("birthday", "Jun 5, 2001");
        lead.put("leadRouting", true);
        lead.put("assignGroupId", 123);
        lead.put("buyingTimeFrame", "6-12");
        lead.put("preQual", "Yes");
        lead.put("houseToSell", "Yes");
        lead.put("fthb", "Yes");
        lead.put("withBuyerAgent", "Yes");
        lead.put("sellingTimeFrame", "1-3");
        lead.put("mortgage", "Yes");
        lead.put("buyHouse", "Yes");
        lead.put("withListingAgent", "Yes");
        lead.put("leadFamilyMemberList", List.of(Map.of(
                "firstName", "Ann",
                "relationship", "Wife",
                "lastName", "Li",
                "phones", List.of("+14155551234"),
                "emails", List.of("spouse@example.com"),
                "birthday", "Mar 3, 1999")));
        lead.put("language", "en");
        lead.put("content", "example_note");
        lead.put("isPin", false);
        lead.put("ownershipId", ownerUserId);
        lead.put("ownershipScope", "PERSONAL");
        lead.put("defaultInquiryParam", true);
        lead.put("specifiedAssignGroupId", true);
        return lead;
    }
}
