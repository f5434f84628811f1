package io.leadline.leads.resource;

import io.leadline.leads.LeadsCombined;
import io.leadline.search.SearchKeys;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a merge does to the leads' own rows: the survivor keeps what it has and takes what it lacks from the merged
 * leads, oldest first — each blank field (an address as a whole), the emails, phones, segments and groups it does not
 * hold, their tags, the custom values it has none of — and the earliest create time and latest contact times. The
 * merged leads keep theirs, so an undo takes back exactly what was given: a filled field still as it came, the list
 * items past the survivor's own, the tags added, a custom value still as it came.
 */
@Component
public class LeadCombiner {

    /** One field, or fields filled only together. */
    private record Fields(String name, List<Function<LeadRow, @Nullable Object>> getters,
            List<BiConsumer<LeadRow, @Nullable Object>> setters) {

        static Fields one(String name, Function<LeadRow, @Nullable Object> get, BiConsumer<LeadRow, @Nullable Object> set) {
            return new Fields(name, List.of(get), List.of(set));
        }

        boolean blankIn(LeadRow row) {
            return getters.stream().allMatch(get -> blank(get.apply(row)));
        }

        boolean sameIn(LeadRow a, LeadRow b) {
            return getters.stream().allMatch(get -> Objects.equals(get.apply(a), get.apply(b)));
        }

        void copy(LeadRow from, LeadRow to) {
            for (int i = 0; i < getters.size(); i++) {
                setters.get(i).accept(to, getters.get(i).apply(from));
            }
        }

        void clear(LeadRow row) {
            setters.forEach(set -> set.accept(row, null));
        }

        private static boolean blank(@Nullable Object value) {
            return value == null || value instanceof String text && (text.isBlank() || text.equals("[]") || text.equals("{}"));
        }
    }

    private static final List<Fields> FILLABLE = List.of(
            Fields.one("lastName", r -> r.lastName, (r, v) -> r.lastName = (String) v),
            Fields.one("birthday", r -> r.birthday, (r, v) -> r.birthday = (String) v),
            Fields.one("sourceId", r -> r.sourceId, (r, v) -> r.sourceId = (Integer) v),
            new Fields("address",
                    List.of(r -> r.streetAddress, r -> r.city, r -> r.state, r -> r.zipCode),
                    List.of((r, v) -> r.streetAddress = (String) v, (r, v) -> r.city = (String) v,
                            (r, v) -> r.state = (String) v, (r, v) -> r.zipCode = (String) v)),
            Fields.one("referredBy", r -> r.referredBy, (r, v) -> r.referredBy = (String) v),
            Fields.one("language", r -> r.language, (r, v) -> r.language = (String) v),
            Fields.one("buyingTimeFrame", r -> r.buyingTimeFrame, (r, v) -> r.buyingTimeFrame = (String) v),
            Fields.one("sellingTimeFrame", r -> r.sellingTimeFrame, (r, v) -> r.sellingTimeFrame = (String) v),
            Fields.one("preQual", r -> r.preQual, (r, v) -> r.preQual = (String) v),
            Fields.one("houseToSell", r -> r.houseToSell, (r, v) -> r.houseToSell = (String) v),
            Fields.one("fthb", r -> r.fthb, (r, v) -> r.fthb = (String) v),
            Fields.one("withBuyerAgent", r -> r.withBuyerAgent, (r, v) -> r.withBuyerAgent = (String) v),
            Fields.one("mortgage", r -> r.mortgage, (r, v) -> r.mortgage = (String) v),
            Fields.one("buyHouse", r -> r.buyHouse, (r, v) -> r.buyHouse = (String) v),
            Fields.one("withListingAgent", r -> r.withListingAgent, (r, v) -> r.withListingAgent = (String) v),
            Fields.one("inquiry", r -> r.inquiry, (r, v) -> r.inquiry = (String) v),
            Fields.one("familyMembers", r -> r.familyMembers, (r, v) -> r.familyMembers = (String) v));

    private static final List<String> LISTS = List.of(
            LeadRepository.LIST_EMAIL, LeadRepository.LIST_PHONE, LeadRepository.LIST_SEGMENT, LeadRepository.LIST_GROUP);

    private final LeadRepository leads;
    private final LeadListRepository lists;
    private final LeadTagRepository tags;
    private final LeadSatelliteEditor satellites;
    private final TeamFeaturesService teamFeatures;

    LeadCombiner(LeadRepository leads, LeadListRepository lists, LeadTagRepository tags, LeadSatelliteEditor satellites,
            TeamFeaturesService teamFeatures) {
        this.leads = leads;
        this.lists = lists;
        this.tags = tags;
        this.satellites = satellites;
        this.teamFeatures = teamFeatures;
    }

    /** Gives the survivor what it lacks and writes it (the search index following); the caller publishes the update. */
    public LeadsCombined combine(Caller caller, LeadWrite survivor, List<LeadRow> merged, OffsetDateTime now) {
        LeadRow row = survivor.row;
        List<LeadRow> oldestFirst = merged.stream()
                .sorted(Comparator.comparing((LeadRow r) -> r.createdAt).thenComparing(r -> r.id)).toList();
        OffsetDateTime createdBefore = row.createdAt;
        @Nullable OffsetDateTime activityBefore = row.lastActivityAt;
        @Nullable OffsetDateTime contactBefore = row.lastContactAt;
        @Nullable OffsetDateTime callBefore = row.lastCallAt;
        @Nullable OffsetDateTime emailBefore = row.lastEmailAt;
        Map<String, Long> filledFrom = fill(row, oldestFirst);
        Map<String, Integer> listLengthsBefore = new LinkedHashMap<>();
        List<String> emailKeys = unionLists(survivor, oldestFirst, listLengthsBefore);
        List<Long> tagsAdded = unionTags(caller, survivor, oldestFirst, now);
        row.updatedAt = now;
        leads.update(survivor, emailKeys);
        Map<Long, Long> customValuesFrom = fillCustomValues(row, oldestFirst);
        for (LeadRow other : oldestFirst) {
            row.createdAt = earliest(row.createdAt, other.createdAt);
            row.lastActivityAt = latest(row.lastActivityAt, other.lastActivityAt);
            row.lastContactAt = latest(row.lastContactAt, other.lastContactAt);
            row.lastCallAt = latest(row.lastCallAt, other.lastCallAt);
            row.lastEmailAt = latest(row.lastEmailAt, other.lastEmailAt);
        }
        LeadsCombined combined = new LeadsCombined(filledFrom, listLengthsBefore, tagsAdded, customValuesFrom,
                createdBefore, activityBefore, contactBefore, callBefore, emailBefore);
        leads.writeTimes(row);
        return combined;
    }

    /** Takes back what {@link #combine} gave, where the survivor still holds it as it came, and writes it. */
    public void separate(Caller caller, LeadWrite survivor, Map<Long, LeadRow> merged, LeadsCombined combined,
            OffsetDateTime now) {
        LeadRow row = survivor.row;
        for (Fields fields : FILLABLE) {
            @Nullable Long from = combined.filledFrom().get(fields.name());
            @Nullable LeadRow source = from == null ? null : merged.get(from);
            if (source != null && fields.sameIn(row, source)) {
                fields.clear(row);
            }
        }
        Map<String, List<String>> current = lists.lists(List.of(row.id)).getOrDefault(row.id, Map.of());
        Map<String, List<String>> kept = new LinkedHashMap<>();
        combined.listLengthsBefore().forEach((list, length) -> {
            List<String> items = current.getOrDefault(list, List.of());
            if (items.size() > length) {
                kept.put(list, new ArrayList<>(items.subList(0, length)));
            }
        });
        List<String> emailKeys = satellites.applyLists(survivor, kept);
        List<String> added = teamFeatures.tagsById(row.teamId, combined.tagsAdded()).stream().map(Tag::name).toList();
        if (!added.isEmpty()) {
            satellites.removeTags(caller, survivor, added);
        }
        row.updatedAt = now;
        leads.update(survivor, emailKeys);
        Map<Long, String> values = lists.customValues(row.id);
        Map<Long, Map<Long, String>> sourceValues = new HashMap<>();
        combined.customValuesFrom().forEach((fieldId, from) -> {
            Map<Long, String> given = merged.containsKey(from)
                    ? sourceValues.computeIfAbsent(from, lists::customValues) : Map.of();
            if (given.containsKey(fieldId) && Objects.equals(values.get(fieldId), given.get(fieldId))) {
                lists.deleteCustomValue(row.id, fieldId);
            }
        });
        row.createdAt = combined.createdBefore();
        row.lastActivityAt = combined.lastActivityBefore();
        row.lastContactAt = combined.lastContactBefore();
        row.lastCallAt = combined.lastCallBefore();
        row.lastEmailAt = combined.lastEmailBefore();
        leads.writeTimes(row);
    }

    private static Map<String, Long> fill(LeadRow row, List<LeadRow> oldestFirst) {
        Map<String, Long> filledFrom = new LinkedHashMap<>();
        for (Fields fields : FILLABLE) {
            if (!fields.blankIn(row)) {
                continue;
            }
            oldestFirst.stream().filter(other -> !fields.blankIn(other)).findFirst().ifPresent(other -> {
                fields.copy(other, row);
                filledFrom.put(fields.name(), other.id);
            });
        }
        return filledFrom;
    }

    private @Nullable List<String> unionLists(LeadWrite survivor, List<LeadRow> oldestFirst, Map<String, Integer> lengths) {
        LeadRow row = survivor.row;
        List<Long> ids = new ArrayList<>(List.of(row.id));
        oldestFirst.forEach(other -> ids.add(other.id));
        Map<Long, Map<String, List<String>>> all = lists.lists(ids);
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (String list : LISTS) {
            List<String> own = all.getOrDefault(row.id, Map.of()).getOrDefault(list, List.of());
            List<String> union = new ArrayList<>(own);
            Set<String> keys = own.stream().map(item -> SearchKeys.of(list, item)).collect(Collectors.toSet());
            for (LeadRow other : oldestFirst) {
                for (String item : all.getOrDefault(other.id, Map.of()).getOrDefault(list, List.of())) {
                    if (keys.add(SearchKeys.of(list, item))) {
                        union.add(item);
                    }
                }
            }
            if (union.size() > own.size()) {
                lengths.put(list, own.size());
                wanted.put(list, union);
            }
        }
        return satellites.applyLists(survivor, wanted);
    }

    private List<Long> unionTags(Caller caller, LeadWrite survivor, List<LeadRow> oldestFirst, OffsetDateTime now) {
        Set<Long> own = tags.tagIds(survivor.row.id);
        List<Long> added = new ArrayList<>();
        for (LeadRow other : oldestFirst) {
            tags.tagIds(other.id).stream().filter(id -> !own.contains(id) && !added.contains(id)).sorted().forEach(added::add);
        }
        if (!added.isEmpty()) {
            List<String> names = teamFeatures.tagsById(survivor.row.teamId, added).stream().map(Tag::name).toList();
            satellites.addTags(caller, survivor, names, now);
        }
        return added;
    }

    private Map<Long, Long> fillCustomValues(LeadRow row, List<LeadRow> oldestFirst) {
        Map<Long, String> own = lists.customValues(row.id);
        Map<Long, Long> from = new LinkedHashMap<>();
        for (LeadRow other : oldestFirst) {
            lists.customValues(other.id).forEach((fieldId, value) -> {
                if (!own.containsKey(fieldId) && !from.containsKey(fieldId) && value != null && !value.isBlank()) {
                    lists.putCustomValue(row.id, fieldId, value);
                    from.put(fieldId, other.id);
                }
            });
        }
        return from;
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return b.isBefore(a) ? b : a;
    }

    private static @Nullable OffsetDateTime latest(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
