package io.leadline.leads.resource;

import io.leadline.accounts.AccountsService;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadHistory;
import io.leadline.search.SearchKeys;
import io.leadline.teamfeatures.CustomField;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the fields of a create or update request to a lead: first the row's own columns, then the tables that
 * hang off it. Runs inside the calling service's transaction, so a rejected field undoes everything before it.
 */
@Component
public class LeadEditor {

    static final int JSON_MAX = 100_000;

    private final LeadRepository leads;
    private final LeadTagRepository leadTags;
    private final LeadPropertyRepository properties;
    private final TeamFeaturesService teamFeatures;
    private final AccountsService accounts;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final FieldRules rules;

    LeadEditor(
            LeadRepository leads,
            LeadTagRepository leadTags,
            LeadPropertyRepository properties,
            TeamFeaturesService teamFeatures,
            AccountsService accounts,
            IdGenerator ids,
            JsonMapper json,
            @Value("${leadline.strict}") boolean strict,
            @Value("${leadline.value-lists.strict}") boolean strictValueLists) {
        this.leads = leads;
        this.leadTags = leadTags;
        this.properties = properties;
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
        String text = json.writeValueAsString(value);
        if (text.length() > JSON_MAX) {
            throw ApiException.invalidField(field, "is too large (at most " + JSON_MAX + " characters of JSON)");
        }
        return text;
    }

    // --- the tables hanging off the row

    /**
     * Replaces the lists the request gives; the new emails' keys when it gives emails (for the search index), else null.
     * The row is written after, so its words follow its emails.
     */
    public @Nullable List<String> applyLists(LeadRow row, LeadFields f) {
        Map<String, List<String>> wanted = new java.util.LinkedHashMap<>();
        if (f.emails() != null) {
            wanted.put(LeadRepository.LIST_EMAIL, FieldRules.emails("emails", f.emails()));
        }
        if (f.phones() != null) {
            wanted.put(LeadRepository.LIST_PHONE, FieldRules.phones("phones", f.phones()));
        }
        if (f.segments() != null) {
            wanted.put(LeadRepository.LIST_SEGMENT, rules.truncatedList("segments", f.segments(), FieldRules.SEGMENT_MAX));
        }
        if (f.groups() != null) {
            wanted.put(LeadRepository.LIST_GROUP, rules.truncatedList("groups", f.groups(), FieldRules.SEGMENT_MAX));
        }
        if (wanted.isEmpty()) {
            return null;
        }
        if (row.isNew()) {
            leads.insertLists(row, wanted);
        } else {
            replaceLists(row, wanted);
        }
        List<String> emails = wanted.get(LeadRepository.LIST_EMAIL);
        return emails == null ? null : emails.stream().map(email -> SearchKeys.of(LeadRepository.LIST_EMAIL, email))
                .toList();
    }

    private static final Map<String, String> LIST_FIELDS = Map.of(
            LeadRepository.LIST_EMAIL, "emails",
            LeadRepository.LIST_PHONE, "phones",
            LeadRepository.LIST_SEGMENT, "segments",
            LeadRepository.LIST_GROUP, "groups");

    /** An existing lead's lists, each compared with what it was so the system log can say which changed and how. */
    private void replaceLists(LeadRow row, Map<String, List<String>> wanted) {
        Map<String, List<String>> before = leads.lists(List.of(row.id)).getOrDefault(row.id, Map.of());
        wanted.forEach((list, values) -> {
            List<String> was = before.getOrDefault(list, List.of());
            if (!was.equals(values)) {
                row.listChanges.add(new LeadHistory.Change(LIST_FIELDS.get(list), was, values));
            }
        });
        leads.replaceLists(row, wanted);
    }

    /** A write's tag operations, started at its first one with the lead's tags as they were (none for a new lead). */
    private TagEdits tagEdits(LeadRow row) {
        if (row.tagEdits == null) {
            row.tagEdits = new TagEdits(row.isNew() ? java.util.Set.of() : leadTags.tagIds(row.id));
        }
        return row.tagEdits;
    }

    public void addTags(Caller caller, LeadRow row, List<String> names, OffsetDateTime now) {
        TagEdits edits = tagEdits(row);
        List<Tag> tags = teamFeatures.tagsNamed(caller.teamId(), names, caller.userId());
        if (row.isNew() && edits.current().isEmpty()) {
            leadTags.addToNewLead(row, tags, caller.userId(), now);
        } else {
            leadTags.add(row, tags.stream().map(Tag::id).toList(), caller.userId(), now);
        }
        edits.added(tags);
    }

    /** Tags kept by a replace keep their original time stamps; only the difference is written. */
    public void replaceTags(Caller caller, LeadRow row, List<String> names, OffsetDateTime now) {
        TagEdits edits = tagEdits(row);
        List<Tag> wanted = teamFeatures.tagsNamed(caller.teamId(), names, caller.userId());
        leadTags.replace(row, wanted.stream().map(Tag::id).toList(), caller.userId(), now);
        edits.replacedWith(wanted);
    }

    /** Only literal names already on the lead are removed; unknown names are ignored (reference §5.5). */
    public void removeTags(Caller caller, LeadRow row, List<String> names) {
        TagEdits edits = tagEdits(row);
        List<Tag> removed = teamFeatures.tagsById(caller.teamId(), edits.current()).stream()
                .filter(tag -> names.contains(tag.name()))
                .toList();
        leadTags.remove(row.id, removed.stream().map(Tag::id).toList());
        edits.removed(removed);
    }

    public void clearTags(LeadRow row) {
        TagEdits edits = tagEdits(row);
        leadTags.removeAll(row.id);
        edits.cleared();
    }

    /**
     * Lofty's property rules (reference §5.5): all four address fields blank is 200057; an id above 0 updates that
     * property of this lead (else 200108); otherwise the property merges into one at the same address or is added.
     */
    public void applyProperty(long teamId, LeadRow row, LeadProperty given, OffsetDateTime now) {
        if (given.addressBlank()) {
            throw new ApiException(ErrorCode.PROPERTY_ADDRESS_EMPTY,
                    "property needs at least one of streetAddress, city, state, zipCode");
        }
        PropertyRules.validateProperty(given);
        LeadProperty property = given.withPropertyType(PropertyRules.propertyType(rules, "property.propertyType", given.propertyType()));
        List<LeadPropertyRepository.PropertyRow> existing = properties.findForLeads(List.of(row.id));
        Optional<LeadPropertyRepository.PropertyRow> target = property.id() != null && property.id() > 0
                ? Optional.of(existing.stream()
                        .filter(p -> p.id() == property.id())
                        .findFirst()
                        .orElseThrow(() -> new ApiException(ErrorCode.LEAD_PROPERTY_NOT_EXIST,
                                "property " + property.id() + " is not a property of lead " + row.id)))
                : existing.stream().filter(p -> PropertyRules.sameAddress(p, property)).findFirst();
        if (target.isPresent()) {
            LeadPropertyRepository.PropertyRow current = target.get();
            LeadProperty merged = json.readValue(current.details(), LeadProperty.class).mergedWith(property);
            properties.update(propertyRow(current.id(), row.id, merged, current.createdAt(), now));
            row.propertyChange = "updated: " + PropertyRules.address(merged);
        } else {
            properties.insert(teamId, propertyRow(ids.nextId(), row.id, property, now, now));
            row.propertyChange = "added: " + PropertyRules.address(property);
        }
    }

    private LeadPropertyRepository.PropertyRow propertyRow(
            long id, long leadId, LeadProperty property, OffsetDateTime createdAt, OffsetDateTime now) {
        LeadProperty stored = property.withoutIdentity();
        return new LeadPropertyRepository.PropertyRow(
                id, leadId, trimmed(stored.streetAddress()), trimmed(stored.city()), trimmed(stored.state()),
                trimmed(stored.zipCode()), boundedJson("property", stored), createdAt, now);
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Merges by attribute name: attributes not mentioned keep their values; a null value clears one. */
    public void applyCustomAttributes(long teamId, LeadRow row, List<CustomAttributeInput> attributes) {
        List<CustomField> fields = teamFeatures.customFieldsNamed(teamId, attributes.stream()
                .filter(input -> input != null && input.attributeName() != null).map(CustomAttributeInput::attributeName).toList());
        for (int i = 0; i < attributes.size(); i++) {
            String path = "customAttributeList[" + i + "]";
            CustomAttributeInput input = attributes.get(i);
            if (input == null || input.attributeName() == null || input.attributeName().isBlank()) {
                throw ApiException.invalidField(path + ".attributeName", "is required");
            }
            CustomField field = fields.stream()
                    .filter(candidate -> candidate.name().equalsIgnoreCase(input.attributeName().trim()))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalidField(path + ".attributeName",
                            "'" + input.attributeName() + "' is not a custom field of this team"
                                    + " (GET /v1.0/teamFeatures/listCustomField)"));
            String value = CustomAttributeRules.normalizedValue(path + ".value", field, input.value(), json);
            if (value == null) {
                leads.deleteCustomValue(row.id, field.id());
            } else {
                leads.putCustomValue(row.id, field.id(), value);
            }
        }
    }
}
