package io.leadline.leads.resource;

import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadHistory;
import io.leadline.search.SearchKeys;
import io.leadline.teamfeatures.CustomField;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a create or update request to the tables that hang off a lead's row: its lists, tags, property and custom
 * attributes. Runs inside the calling service's transaction, after {@link LeadEditor}.
 */
@Component
public class LeadSatelliteEditor {

    private final LeadListRepository lists;
    private final LeadTagRepository leadTags;
    private final LeadPropertyRepository properties;
    private final TeamFeaturesService teamFeatures;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final FieldRules rules;

    LeadSatelliteEditor(LeadListRepository lists, LeadTagRepository leadTags, LeadPropertyRepository properties,
            TeamFeaturesService teamFeatures, IdGenerator ids, JsonMapper json, LeadEditor editor) {
        this.lists = lists;
        this.leadTags = leadTags;
        this.properties = properties;
        this.teamFeatures = teamFeatures;
        this.ids = ids;
        this.json = json;
        this.rules = editor.rules();
    }


    /**
     * Replaces the lists the request gives; the new emails' keys when it gives emails (for the search index), else null.
     * The row is written after, so its words follow its emails.
     */
    public @Nullable List<String> applyLists(LeadWrite lead, LeadFields f) {
        LeadRow row = lead.row;
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
        return applyLists(lead, wanted);
    }

    /**
     * Writes these lists of the lead (new, or replacing what it had); answers the search keys of its emails when they
     * are among them (null when not).
     */
    public @Nullable List<String> applyLists(LeadWrite lead, Map<String, List<String>> wanted) {
        LeadRow row = lead.row;
        if (wanted.isEmpty()) {
            return null;
        }
        if (lead.isNew()) {
            lists.insertLists(row, wanted);
        } else {
            replaceLists(lead, wanted);
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
    private void replaceLists(LeadWrite lead, Map<String, List<String>> wanted) {
        LeadRow row = lead.row;
        Map<String, List<String>> before = lists.lists(List.of(row.id)).getOrDefault(row.id, Map.of());
        wanted.forEach((list, values) -> {
            List<String> was = before.getOrDefault(list, List.of());
            if (!was.equals(values)) {
                lead.listChanges.add(new LeadHistory.Change(LIST_FIELDS.get(list), was, values));
            }
        });
        lists.replaceLists(row, wanted);
    }

    /** A write's tag operations, started at its first one with the lead's tags as they were (none for a new lead). */
    private TagEdits tagEdits(LeadWrite lead) {
        if (lead.tagEdits == null) {
            lead.tagEdits = new TagEdits(lead.isNew() ? java.util.Set.of() : leadTags.tagIds(lead.row.id));
        }
        return lead.tagEdits;
    }

    public void addTags(Caller caller, LeadWrite lead, List<String> names, OffsetDateTime now) {
        LeadRow row = lead.row;
        TagEdits edits = tagEdits(lead);
        List<Tag> tags = teamFeatures.tagsNamed(caller.teamId(), names, caller.userId());
        if (lead.isNew() && edits.current().isEmpty()) {
            leadTags.addToNewLead(row, tags, caller.userId(), now);
        } else {
            leadTags.add(row, tags.stream().map(Tag::id).toList(), caller.userId(), now);
        }
        edits.added(tags);
    }

    /** Tags kept by a replace keep their original time stamps; only the difference is written. */
    public void replaceTags(Caller caller, LeadWrite lead, List<String> names, OffsetDateTime now) {
        LeadRow row = lead.row;
        TagEdits edits = tagEdits(lead);
        List<Tag> wanted = teamFeatures.tagsNamed(caller.teamId(), names, caller.userId());
        leadTags.replace(row, wanted.stream().map(Tag::id).toList(), caller.userId(), now);
        edits.replacedWith(wanted);
    }

    /** Only literal names already on the lead are removed; unknown names are ignored (reference §5.5). */
    public void removeTags(Caller caller, LeadWrite lead, List<String> names) {
        TagEdits edits = tagEdits(lead);
        List<Tag> removed = teamFeatures.tagsById(caller.teamId(), edits.current()).stream()
                .filter(tag -> names.contains(tag.name()))
                .toList();
        leadTags.remove(lead.row.id, removed.stream().map(Tag::id).toList());
        edits.removed(removed);
    }

    public void clearTags(LeadWrite lead) {
        TagEdits edits = tagEdits(lead);
        leadTags.removeAll(lead.row.id);
        edits.cleared();
    }

    /**
     * Lofty's property rules (reference §5.5): all four address fields blank is 200057; an id above 0 updates that
     * property of this lead (else 200108); otherwise the property merges into one at the same address or is added.
     */
    public void applyProperty(long teamId, LeadWrite lead, LeadProperty given, OffsetDateTime now) {
        LeadRow row = lead.row;
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
            lead.propertyChange = "updated: " + PropertyRules.address(merged);
        } else {
            properties.insert(teamId, propertyRow(ids.nextId(), row.id, property, now, now));
            lead.propertyChange = "added: " + PropertyRules.address(property);
        }
    }

    private LeadPropertyRepository.PropertyRow propertyRow(
            long id, long leadId, LeadProperty property, OffsetDateTime createdAt, OffsetDateTime now) {
        LeadProperty stored = property.withoutIdentity();
        return new LeadPropertyRepository.PropertyRow(
                id, leadId, trimmed(stored.streetAddress()), trimmed(stored.city()), trimmed(stored.state()),
                trimmed(stored.zipCode()), LeadEditor.boundedJson(json, "property", stored), createdAt, now);
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Merges by attribute name: attributes not mentioned keep their values; a null value clears one. */
    public void applyCustomAttributes(long teamId, LeadWrite lead, List<CustomAttributeInput> attributes) {
        LeadRow row = lead.row;
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
                lists.deleteCustomValue(row.id, field.id());
            } else {
                lists.putCustomValue(row.id, field.id(), value);
            }
        }
    }
}
