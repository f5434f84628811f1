package io.leadline.leads.resource;

import io.leadline.accounts.AccountsService;
import io.leadline.ids.IdGenerator;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the fields of a create or update request to the lead's own columns ({@link LeadSatelliteEditor} does the
 * tables that hang off the row). Runs inside the calling service's transaction, so a rejected field undoes everything
 * before it.
 */
@Component
public class LeadEditor {

    static final int JSON_MAX = 100_000;

    private final LeadRepository leads;
    private final TeamFeaturesService teamFeatures;
    private final AccountsService accounts;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final FieldRules rules;

    LeadEditor(
            LeadRepository leads,
            TeamFeaturesService teamFeatures,
            AccountsService accounts,
            IdGenerator ids,
            JsonMapper json,
            @Value("${leadline.strict}") boolean strict,
            @Value("${leadline.value-lists.strict}") boolean strictValueLists) {
        this.leads = leads;
        this.teamFeatures = teamFeatures;
        this.accounts = accounts;
        this.ids = ids;
        this.json = json;
        this.rules = new FieldRules(strict, strictValueLists);
    }

    public FieldRules rules() {
        return rules;
    }

    // --- the row's own columns

    public void applyRowFields(Caller caller, LeadRow row, LeadFields f, boolean creating, OffsetDateTime now) {
        if (f.firstName() != null) {
            if (f.firstName().isBlank()) {
                throw ApiException.invalidField("firstName", "must not be blank");
            }
            row.firstName = rules.truncated("firstName", f.firstName(), FieldRules.NAME_MAX);
        }
        set(f.lastName(), v -> row.lastName = blankToNull(rules.truncated("lastName", v, FieldRules.NAME_MAX)));
        set(f.streetAddress(), v -> row.streetAddress = blankToNull(FieldRules.maxLength("streetAddress", v, 500)));
        set(f.city(), v -> row.city = blankToNull(FieldRules.maxLength("city", v, 200)));
        set(f.state(), v -> row.state = blankToNull(FieldRules.maxLength("state", v, 200)));
        set(f.zipCode(), v -> row.zipCode = blankToNull(FieldRules.maxLength("zipCode", v, 20)));
        set(f.referredBy(), v -> row.referredBy = blankToNull(FieldRules.maxLength("referredBy", v, 200)));
        set(f.birthday(), v -> row.birthday = v.isBlank() ? null : FieldRules.birthday("birthday", v));
        set(f.buyingTimeFrame(), v -> row.buyingTimeFrame = choice("buyingTimeFrame", v, ValueList.TIME_FRAME));
        set(f.sellingTimeFrame(), v -> row.sellingTimeFrame = choice("sellingTimeFrame", v, ValueList.TIME_FRAME));
        set(f.preQual(), v -> row.preQual = choice("preQual", v, ValueList.YES_NO));
        set(f.houseToSell(), v -> row.houseToSell = choice("houseToSell", v, ValueList.YES_NO));
        set(f.fthb(), v -> row.fthb = choice("fthb", v, ValueList.YES_NO));
        set(f.withBuyerAgent(), v -> row.withBuyerAgent = choice("withBuyerAgent", v, ValueList.YES_NO));
        set(f.mortgage(), v -> row.mortgage = choice("mortgage", v, ValueList.YES_NO));
        set(f.buyHouse(), v -> row.buyHouse = choice("buyHouse", v, ValueList.YES_NO));
        set(f.withListingAgent(), v -> row.withListingAgent = choice("withListingAgent", v, ValueList.YES_NO));
        set(f.language(), v -> row.language = choice("language", v, ValueList.LANGUAGE));
        set(f.leadTypes(), v -> row.leadTypes = json.writeValueAsString(FieldRules.leadTypes(v)));
        set(f.isHidden(), v -> row.hidden = v);
        set(f.unsubscription(), v -> row.unsubscription = v);
        set(f.cannotText(), v -> row.cannotText = v);
        set(f.cannotCall(), v -> row.cannotCall = v);
        set(f.cannotEmail(), v -> row.cannotEmail = v);
        set(f.stage(), v -> row.stageId = stageId(caller, v));
        set(f.source(), v -> row.sourceId = v.isBlank()
                ? null
                : teamFeatures.sourceId(caller.teamId(), FieldRules.maxLength("source", v, 200)));
        set(f.assignedUserId(), v -> assign(caller, row, v, now));
        applyOwnership(caller, row, f.ownershipScope(), f.ownershipId(), creating);
        set(f.inquiry(), v -> row.inquiry = inquiryJson(row, v, now));
        set(f.leadFamilyMemberList(), v -> row.familyMembers = familyJson(v));
    }

    private static <T> void set(@Nullable T value, Consumer<T> apply) {
        if (value != null) {
            apply.accept(value);
        }
    }

    private @Nullable String choice(String field, String value, ValueList list) {
        return value.isBlank() ? null : rules.listed(field, value, list);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private @Nullable Long stageId(Caller caller, String name) {
        if (name.isBlank()) {
            return null;
        }
        return teamFeatures.stageNamed(caller.teamId(), name)
                .orElseThrow(() -> ApiException.invalidField(
                        "stage", "'" + name + "' is not a pipeline stage of this team (GET /v1.0/teamFeatures/lead-pipelines)"))
                .id();
    }

    private void assign(Caller caller, LeadRow row, long userId, OffsetDateTime now) {
        if (accounts.findMember(caller.teamId(), userId).isEmpty()) {
            throw ApiException.invalidField("assignedUserId", "is not a member of this team: " + userId);
        }
        if (row.assignedUserId == null || row.assignedUserId != userId) {
            row.assignedUserId = userId;
            row.assignTime = now;
        }
    }

    /**
     * TEAM needs no id; OFFICE needs an office of this team; PERSONAL needs a member of this team and defaults to the
     * caller. A create without a scope is PERSONAL to the caller (reference §8).
     */
    private void applyOwnership(Caller caller, LeadRow row, @Nullable String scope, @Nullable Long ownerId, boolean creating) {
        if (scope == null && ownerId == null) {
            if (creating) {
                row.ownershipScope = "PERSONAL";
                row.ownershipId = caller.userId();
            }
            return;
        }
        String parsed = scope == null
                ? (creating ? "PERSONAL" : row.ownershipScope)
                : FieldRules.oneOf("ownershipScope", scope, java.util.Set.of("TEAM", "OFFICE", "PERSONAL"))
                        .toUpperCase(Locale.ROOT);
        switch (parsed) {
            case "TEAM" -> row.ownershipId = null;
            case "OFFICE" -> {
                if (ownerId == null) {
                    throw ApiException.invalidField("ownershipId", "is required when ownershipScope is OFFICE");
                }
                if (!accounts.officeExists(caller.teamId(), ownerId)) {
                    throw ApiException.invalidField("ownershipId", "is not an office of this team: " + ownerId);
                }
                row.ownershipId = ownerId;
            }
            default -> {
                long owner = ownerId == null ? caller.userId() : ownerId;
                if (accounts.findMember(caller.teamId(), owner).isEmpty()) {
                    throw ApiException.invalidField("ownershipId", "is not a member of this team: " + owner);
                }
                row.ownershipId = owner;
            }
        }
        row.ownershipScope = parsed;
    }

    public String inquiryJson(LeadRow row, LeadInquiry inquiry, OffsetDateTime now) {
        PropertyRules.validateInquiry(inquiry);
        List<String> propertyTypes = PropertyRules.propertyTypes(rules, "inquiry.propertyType", inquiry.propertyType());
        Optional<LeadInquiry> previous = Optional.ofNullable(row.inquiry).map(text -> json.readValue(text, LeadInquiry.class));
        LeadInquiry stored = new LeadInquiry(
                inquiry.priceMin(),
                inquiry.priceMax(),
                propertyTypes,
                inquiry.bedroomsMin(),
                inquiry.bedroomsMax(),
                inquiry.bathroomsMin(),
                inquiry.bathroomsMax(),
                inquiry.locations(),
                previous.map(LeadInquiry::id).orElseGet(ids::nextId),
                null,
                Boolean.TRUE.equals(inquiry.modifyByAgent()),
                previous.map(LeadInquiry::createTime).orElse(Times.iso(now)),
                Times.iso(now),
                Boolean.TRUE.equals(inquiry.defaultValue()));
        return boundedJson("inquiry", stored);
    }

    private @Nullable String familyJson(List<FamilyMember> members) {
        if (members.size() > FieldRules.FAMILY_MAX) {
            throw ApiException.invalidField(
                    "leadFamilyMemberList", "may hold at most " + FieldRules.FAMILY_MAX + " members, not " + members.size());
        }
        List<FamilyMember> cleaned = new java.util.ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            cleaned.add(familyMember("leadFamilyMemberList[" + i + "]", members.get(i)));
        }
        return cleaned.isEmpty() ? null : boundedJson("leadFamilyMemberList", cleaned);
    }

    private static FamilyMember familyMember(String path, @Nullable FamilyMember m) {
        if (m == null || m.firstName() == null || m.firstName().isBlank()) {
            throw ApiException.invalidField(path + ".firstName", "is required");
        }
        return new FamilyMember(
                FieldRules.optionalMaxLength(path + ".relationship", m.relationship(), 50),
                FieldRules.maxLength(path + ".firstName", m.firstName(), FieldRules.NAME_MAX),
                FieldRules.optionalMaxLength(path + ".lastName", m.lastName(), FieldRules.NAME_MAX),
                m.phones() == null ? List.of() : FieldRules.phones(path + ".phones", m.phones()),
                m.emails() == null ? List.of() : FieldRules.emails(path + ".emails", m.emails()),
                m.birthday() == null || m.birthday().isBlank() ? null : FieldRules.birthday(path + ".birthday", m.birthday()));
    }

    private String boundedJson(String field, Object value) {
        return boundedJson(json, field, value);
    }

    static String boundedJson(JsonMapper json, String field, Object value) {
        String text = json.writeValueAsString(value);
        if (text.length() > JSON_MAX) {
            throw ApiException.invalidField(field, "is too large (at most " + JSON_MAX + " characters of JSON)");
        }
        return text;
    }
}
