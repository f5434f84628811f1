package io.leadline.leads.resource;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.routing.LeadPond;
import io.leadline.routing.RoleCatalog;
import io.leadline.routing.RoutingService;
import io.leadline.teamfeatures.CustomField;
import io.leadline.teamfeatures.Stage;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Builds the Lofty read shape for a batch of lead rows with one query per related table, not one per lead. */
@Component
public class LeadAssembler {

    private static final long UNSET = -1;
    private static final TypeReference<List<FamilyMember>> FAMILY = new TypeReference<>() {};
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

    private final LeadSatellites satellites;
    private final TeamFeaturesService teamFeatures;
    private final AccountsService accounts;
    private final RoutingService routing;
    /** One reader per stored JSON column's type, built once: a mapper's readValue looks the type up on every call. */
    private final ObjectReader leadTypesReader;
    private final ObjectReader familyReader;
    private final ObjectReader inquiryReader;
    private final ObjectReader propertyReader;

    LeadAssembler(
            LeadSatellites satellites,
            TeamFeaturesService teamFeatures,
            AccountsService accounts,
            RoutingService routing,
            JsonMapper json) {
        this.satellites = satellites;
        this.teamFeatures = teamFeatures;
        this.accounts = accounts;
        this.routing = routing;
        this.leadTypesReader = json.readerFor(INTEGERS);
        this.familyReader = json.readerFor(FAMILY);
        this.inquiryReader = json.readerFor(LeadInquiry.class);
        this.propertyReader = json.readerFor(LeadProperty.class);
    }

    /**
     * The Lofty shape of {@code rows}: their related rows in one statement ({@link LeadSatellites}), the catalogues from
     * memory, and the members they name in one more, one after the other.
     */
    public List<LeadResponse> responses(long teamId, List<LeadRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.id).toList();
        Names names = names(teamId, rows);
        LeadSatellites.Satellites satellites = this.satellites.forLeads(ids);
        People people = people(teamId, rows, satellites.roleHolders());
        Tags tags = tags(teamId, satellites.tags());
        Lists loadedLists = new Lists(satellites.lists(), satellites.customValues());
        List<Long> stageIds = rows.stream().map(row -> row.stageId).filter(java.util.Objects::nonNull).distinct().toList();
        List<Long> fieldIds = loadedLists.customValues().values().stream().flatMap(values -> values.keySet().stream())
                .distinct().toList();
        Catalogue catalogue = new Catalogue(
                teamFeatures.stagesCovering(teamId, stageIds).stream().collect(Collectors.toMap(Stage::id, Function.identity())),
                teamFeatures.customFieldsCovering(teamId, fieldIds).stream()
                        .collect(Collectors.toMap(CustomField::id, Function.identity())));
        Related related = new Related(loadedLists, satellites.properties(), tags, catalogue, names, people);
        return rows.stream().map(row -> response(row, related)).toList();
    }

    private People people(long teamId, List<LeadRow> rows, Map<Long, Map<Integer, Long>> roleHolders) {
        List<Long> ids = java.util.stream.Stream.concat(
                        rows.stream().flatMap(row -> java.util.stream.Stream.of(row.assignedUserId, row.lenderUserId)),
                        roleHolders.values().stream().flatMap(holders -> holders.values().stream()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new People(roleHolders, accounts.findMembers(teamId, ids));
    }

    private Tags tags(long teamId, List<LeadTagRepository.LeadTag> rows) {
        Map<Long, List<LeadTagRepository.LeadTag>> onLeads = rows.stream()
                .collect(Collectors.groupingBy(LeadTagRepository.LeadTag::leadId));
        List<Long> tagIds = rows.stream().map(LeadTagRepository.LeadTag::tagId).distinct().toList();
        return new Tags(onLeads, teamFeatures.tagsById(teamId, tagIds).stream()
                .collect(Collectors.toMap(Tag::id, Function.identity())));
    }

    /** The names of the page's sources and ponds. */
    private Names names(long teamId, List<LeadRow> rows) {
        Map<Long, String> pondNames = rows.stream().anyMatch(row -> row.pondId != null)
                ? routing.ponds(teamId).stream().collect(Collectors.toMap(LeadPond::id, LeadPond::pondName))
                : Map.of();
        return new Names(
                teamFeatures.sourceNames(teamId, rows.stream().map(row -> row.sourceId).filter(Objects::nonNull).toList()),
                pondNames);
    }

    private record People(Map<Long, Map<Integer, Long>> roleHolders, Map<Long, Member> members) {}

    private record Tags(Map<Long, List<LeadTagRepository.LeadTag>> onLeads, Map<Long, Tag> byId) {}

    private record Lists(Map<Long, Map<String, List<String>>> items, Map<Long, Map<Long, String>> customValues) {}

    private record Catalogue(Map<Long, Stage> stages, Map<Long, CustomField> customFields) {}

    private record Names(Map<Integer, String> sources, Map<Long, String> ponds) {}

    private record Related(
            Lists lists,
            Map<Long, List<LeadPropertyRepository.PropertyRow>> properties,
            Tags tags,
            Catalogue catalogue,
            Names names,
            People people) {}

    private LeadResponse response(LeadRow l, Related related) {
        Map<String, List<String>> lists = related.lists.items().getOrDefault(l.id, Map.of());
        Stage stage = l.stageId == null ? null : related.catalogue.stages().get(l.stageId);
        Member assignee = l.assignedUserId == null ? null : related.people.members().get(l.assignedUserId);
        return new LeadResponse(
                l.cannotText,
                l.cannotCall,
                l.cannotEmail,
                l.id,
                l.leadUserId,
                l.firstName,
                l.lastName,
                l.birthday,
                lists.getOrDefault(LeadRepository.LIST_EMAIL, List.of()),
                lists.getOrDefault(LeadRepository.LIST_PHONE, List.of()),
                List.of(),
                l.sourceId == null ? (int) UNSET : l.sourceId,
                l.sourceId == null ? null : related.names.sources().get(l.sourceId),
                stage == null ? null : stage.id(),
                stage == null ? null : stage.name(),
                l.assignedUserId,
                assignee == null ? null : assignee.fullName(),
                l.lenderUserId,
                0,
                tags(l, related.tags),
                l.teamId,
                l.streetAddress,
                l.city,
                l.state,
                l.zipCode,
                Times.iso(l.createdAt),
                Times.iso(l.assignTime),
                Times.iso(l.updatedAt),
                Times.iso(l.lastContactAt),
                null,
                null,
                null,
                l.hidden,
                l.referredBy,
                inquiry(l),
                properties(l, related),
                customAttributes(l, related),
                lists.getOrDefault(LeadRepository.LIST_GROUP, List.of()),
                lists.getOrDefault(LeadRepository.LIST_SEGMENT, List.of()),
                l.unsubscription,
                leadTypesReader.readValue(l.leadTypes),
                true,
                l.buyingTimeFrame,
                l.sellingTimeFrame,
                l.preQual,
                l.houseToSell,
                l.fthb,
                l.withBuyerAgent,
                l.mortgage,
                l.buyHouse,
                l.withListingAgent,
                null,
                l.familyMembers == null ? List.of() : familyReader.readValue(l.familyMembers),
                l.pondId == null ? 0 : l.pondId,
                l.pondId == null ? null : related.names.ponds().get(l.pondId),
                customRoles(l, related),
                l.language,
                l.ownershipScope,
                l.ownershipId);
    }

    /** Lofty lists the whole role catalogue on every lead, with assigneeId 0 where nobody holds a role. */
    private static List<LeadResponse.CustomRole> customRoles(LeadRow l, Related related) {
        Map<Integer, Long> holders = related.people.roleHolders().getOrDefault(l.id, Map.of());
        return RoleCatalog.ROLES.stream()
                .map(role -> {
                    Long holder = holders.get(role.id());
                    Member member = holder == null ? null : related.people.members().get(holder);
                    return new LeadResponse.CustomRole(role.id(), role.name(), holder == null ? 0 : holder,
                            member == null ? null : member.email());
                })
                .toList();
    }

    private static List<LeadResponse.TagOnLead> tags(LeadRow l, Tags tags) {
        List<LeadResponse.TagOnLead> result = new ArrayList<>();
        for (LeadTagRepository.LeadTag leadTag : tags.onLeads().getOrDefault(l.id, List.of())) {
            Tag tag = tags.byId().get(leadTag.tagId());
            if (tag != null) {
                result.add(new LeadResponse.TagOnLead(
                        l.id, tag.id(), Times.iso(leadTag.createdAt()), Times.iso(leadTag.updatedAt()), tag.name(),
                        leadTag.creatorUserId(), 0));
            }
        }
        return result;
    }

    /** Unset numbers read as -1, Lofty's sentinel (reference §4 OBS). */
    private @Nullable LeadInquiry inquiry(LeadRow l) {
        if (l.inquiry == null) {
            return null;
        }
        LeadInquiry stored = inquiryReader.readValue(l.inquiry);
        return new LeadInquiry(
                orUnset(stored.priceMin()),
                orUnset(stored.priceMax()),
                stored.propertyType() == null ? List.of() : stored.propertyType(),
                stored.bedroomsMin() == null ? (int) UNSET : stored.bedroomsMin(),
                stored.bedroomsMax() == null ? (int) UNSET : stored.bedroomsMax(),
                stored.bathroomsMin(),
                stored.bathroomsMax(),
                stored.locations() == null ? List.of() : stored.locations(),
                stored.id(),
                l.leadUserId,
                stored.modifyByAgent(),
                stored.createTime(),
                stored.updateTime(),
                stored.defaultValue());
    }

    private List<LeadProperty> properties(LeadRow l, Related related) {
        return related.properties.getOrDefault(l.id, List.of()).stream()
                .map(row -> {
                    LeadProperty p = propertyReader.readValue(row.details());
                    return new LeadProperty(
                            orUnset(p.price()), p.priceMin(), p.priceMax(), p.state(), p.city(), p.streetAddress(),
                            p.zipCode(), p.county(), p.propertyType(), p.bedrooms(), p.bathrooms(), p.squareFeet(),
                            p.lotSize() == null ? (double) UNSET : p.lotSize(),
                            orUnset(p.parkingSpace()),
                            p.floors() == null ? (int) UNSET : p.floors(),
                            p.mailAddress(), row.id(), l.leadUserId, p.listingId(), p.autoListingId(), p.label(),
                            p.note(), p.listingStatus(), p.labelList(), p.pictureUrl(), p.siteListingUrl(),
                            p.labelType(), p.propertySource(), Times.iso(row.createdAt()));
                })
                .toList();
    }

    private static List<LeadResponse.CustomAttribute> customAttributes(LeadRow l, Related related) {
        List<LeadResponse.CustomAttribute> result = new ArrayList<>();
        related.lists.customValues().getOrDefault(l.id, Map.of()).forEach((fieldId, value) -> {
            CustomField field = related.catalogue.customFields().get(fieldId);
            if (field != null) {
                result.add(new LeadResponse.CustomAttribute(field.name(), field.type(), value, field.params()));
            }
        });
        result.sort(java.util.Comparator.comparing(LeadResponse.CustomAttribute::attributeName));
        return result;
    }

    private static long orUnset(@Nullable Long value) {
        return value == null ? UNSET : value;
    }
}
