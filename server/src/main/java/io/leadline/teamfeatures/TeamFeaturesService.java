package io.leadline.teamfeatures;

import io.leadline.accounts.TeamCreated;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The team-features door: stage, source, tag and custom-field catalogues. */
@Service
public class TeamFeaturesService {

    static final List<String> DEFAULT_STAGES = List.of("New Lead", "Contacted", "Qualified", "Under Contract", "Closed");
    public static final Set<String> FIELD_TYPES = Set.of(
            "text", "number", "date", "anniversary_date", "single_select", "multi_select", "percentage", "currency");
    static final int MAX_STAGE_NAME = 19;
    static final int MAX_SOURCE_NAME = 200;

    private final StageRepository stages;
    private final SourceRepository sources;
    private final TagRepository tags;
    private final CustomFieldRepository customFields;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;
    private final CatalogueCache cache;

    TeamFeaturesService(
            StageRepository stages,
            SourceRepository sources,
            TagRepository tags,
            CustomFieldRepository customFields,
            IdGenerator ids,
            JsonMapper json,
            Clock clock,
            CatalogueCache cache) {
        this.stages = stages;
        this.sources = sources;
        this.tags = tags;
        this.customFields = customFields;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
        this.cache = cache;
    }

    /** Runs inside the team-creating transaction: a team never exists without its stages. */
    @EventListener
    void seedStages(TeamCreated event) {
        for (int position = 0; position < DEFAULT_STAGES.size(); position++) {
            stages.insert(event.teamId(), new Stage(ids.nextId(), DEFAULT_STAGES.get(position), position));
        }
        cache.listsChanged();
    }

    // --- used by leads (single reads take no transaction: a list page runs them at once, see LeadAssembler)

    public List<Stage> stages(long teamId) {
        return cache.stages(teamId, () -> stages.findAll(teamId));
    }

    /** By name, case-insensitive; a name the kept list lacks is looked up again (another node may just have added it). */
    public Optional<Stage> stageNamed(long teamId, String name) {
        String trimmed = name.trim();
        Predicate<Stage> named = stage -> stage.name().equalsIgnoreCase(trimmed);
        return stages(teamId).stream().filter(named).findFirst()
                .or(() -> refreshedStages(teamId).stream().filter(named).findFirst());
    }

    /** The team's stages, with every one of these ids among them when it exists. */
    public List<Stage> stagesCovering(long teamId, Collection<Long> stageIds) {
        List<Stage> kept = stages(teamId);
        Set<Long> known = kept.stream().map(Stage::id).collect(Collectors.toSet());
        return known.containsAll(stageIds) ? kept : refreshedStages(teamId);
    }

    private List<Stage> refreshedStages(long teamId) {
        cache.forgetLists(teamId);
        return stages(teamId);
    }

    /** The source's id, created on first use as Lofty does for free-text sources. */
    @Transactional
    public int sourceId(long teamId, String name) {
        String trimmed = name.trim();
        return findSourceId(teamId, trimmed).orElseGet(() -> {
            sources.insertIfAbsent(teamId, trimmed, Times.now(clock));
            return findSourceId(teamId, trimmed).orElseThrow();
        });
    }

    /** The team's lead sources by name (made by leads that named them, or added by a manager). */
    @Transactional(readOnly = true)
    public List<String> sources(long teamId) {
        return sources.allNames(teamId);
    }

    /** A source added ahead of the leads that will name it, so rules and filters can offer it. */
    @Transactional
    public void addSource(Caller caller, @Nullable String name) {
        caller.requireManagesTeam("may add lead sources");
        if (name == null || name.isBlank()) {
            throw ApiException.missingField("name");
        }
        if (name.trim().length() > MAX_SOURCE_NAME) {
            throw ApiException.tooLong("name", MAX_SOURCE_NAME);
        }
        if (findSourceId(caller.teamId(), name).isPresent()) {
            throw ApiException.conflict("source '" + name.trim() + "' already exists");
        }
        sourceId(caller.teamId(), name);
    }

    public Optional<Integer> findSourceId(long teamId, String name) {
        String trimmed = name.trim();
        return cache.sourceId(teamId, trimmed, () -> sources.findId(teamId, trimmed));
    }

    /** The tags of these names that exist; never creates one. */
    public List<Tag> existingTags(long teamId, Collection<String> names) {
        return cache.tagsNamed(teamId, new LinkedHashSet<>(names), unknown -> tags.findByNames(teamId, unknown));
    }

    public Map<Integer, String> sourceNames(long teamId, Collection<Integer> sourceIds) {
        return cache.sourceNames(teamId, new LinkedHashSet<>(sourceIds), unknown -> sources.names(teamId, unknown));
    }

    /** Tags with these names, creating the missing ones; in the order given, without duplicates. */
    @Transactional
    public List<Tag> tagsNamed(long teamId, Collection<String> names, long creatorUserId) {
        Set<String> wanted = new LinkedHashSet<>(names);
        Map<String, Tag> byName = new java.util.HashMap<>();
        existingTags(teamId, wanted).forEach(tag -> byName.put(tag.name(), tag));
        List<String> missing = wanted.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            boolean withBits = tags.lockAllocation(teamId);
            for (String name : missing) {
                tags.insertIfAbsent(teamId, new Tag(ids.nextId(), name, creatorUserId, Times.now(clock), null), withBits);
            }
            existingTags(teamId, missing).forEach(tag -> byName.put(tag.name(), tag));
        }
        return wanted.stream().map(byName::get).toList();
    }

    public List<Tag> tagsById(long teamId, Collection<Long> tagIds) {
        return cache.tagsById(teamId, new LinkedHashSet<>(tagIds), unknown -> tags.findByIds(teamId, unknown));
    }

    public List<CustomField> customFields(long teamId) {
        return cache.customFields(teamId, () -> customFields.findAll(teamId, raw -> new CustomField(
                raw.id(), raw.name(), raw.type(), raw.params(), options(raw.params()))));
    }

    /** The team's custom fields, with every one of these ids among them when it exists. */
    public List<CustomField> customFieldsCovering(long teamId, Collection<Long> fieldIds) {
        List<CustomField> kept = customFields(teamId);
        Set<Long> known = kept.stream().map(CustomField::id).collect(Collectors.toSet());
        return known.containsAll(fieldIds) ? kept : refreshedCustomFields(teamId);
    }

    /** The team's custom fields, with these names (case-insensitive) among them when they exist. */
    public List<CustomField> customFieldsNamed(long teamId, Collection<String> names) {
        List<CustomField> kept = customFields(teamId);
        Set<String> known = kept.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        boolean all = names.stream().allMatch(name -> known.contains(name.trim().toLowerCase(Locale.ROOT)));
        return all ? kept : refreshedCustomFields(teamId);
    }

    private List<CustomField> refreshedCustomFields(long teamId) {
        cache.forgetLists(teamId);
        return customFields(teamId);
    }

    // --- own endpoints

    record PipelinePage(List<Stage> stages, long total) {}

    @Transactional(readOnly = true)
    PipelinePage pipelines(Caller caller, @Nullable String nameFilter, int page, int pageSize) {
        String needle = nameFilter == null ? "" : nameFilter.trim().toLowerCase(Locale.ROOT);
        List<Stage> matching = stages.findAll(caller.teamId()).stream()
                .filter(stage -> stage.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        List<Stage> window = matching.stream()
                .skip((long) page * pageSize)
                .limit(pageSize)
                .toList();
        return new PipelinePage(window, matching.size());
    }

    @Transactional
    public Stage addStage(Caller caller, @Nullable String name) {
        caller.requireManagesTeam("may add pipeline stages");
        if (name == null || name.isBlank()) {
            throw ApiException.missingField("name");
        }
        String trimmed = name.trim();
        if (trimmed.length() > MAX_STAGE_NAME) {
            throw ApiException.tooLong("name", MAX_STAGE_NAME);
        }
        if (stages.findByName(caller.teamId(), trimmed).isPresent()) {
            throw ApiException.conflict("stage '" + trimmed + "' already exists");
        }
        Stage stage = new Stage(ids.nextId(), trimmed, stages.nextPosition(caller.teamId()));
        stages.insert(caller.teamId(), stage);
        cache.listsChanged();
        return stage;
    }

    @Transactional(readOnly = true)
    List<Tag> allTags(Caller caller) {
        return tags.findAll(caller.teamId());
    }

    @Transactional
    public CustomField addCustomField(Caller caller, @Nullable String name, @Nullable String type, @Nullable JsonNode params) {
        caller.requireManagesTeam("may define custom fields");
        if (name == null || name.isBlank()) {
            throw ApiException.invalidField("attributeName", "is required (ATTRIBUTE_NAME_EMPTY)");
        }
        if (type == null || type.isBlank()) {
            throw ApiException.invalidField("attributeType", "is required (ATTRIBUTE_TYPE_EMPTY)");
        }
        String trimmed = name.trim();
        if (trimmed.length() > 100) {
            throw ApiException.tooLong("attributeName", 100);
        }
        String normalizedType = type.trim().toLowerCase(Locale.ROOT);
        if (!FIELD_TYPES.contains(normalizedType)) {
            throw ApiException.invalidField("attributeType", "must be one of " + new java.util.TreeSet<>(FIELD_TYPES));
        }
        String paramsText = paramsText(params);
        List<String> options = options(paramsText);
        if (normalizedType.endsWith("_select") && options.isEmpty()) {
            throw ApiException.invalidField("params", "must list the choices as {\"option\":[\"a\",\"b\"]}");
        }
        if (customFields(caller.teamId()).stream().anyMatch(f -> f.name().equalsIgnoreCase(trimmed))) {
            throw ApiException.conflict("custom field '" + trimmed + "' already exists");
        }
        CustomField field = new CustomField(ids.nextId(), trimmed, normalizedType, paramsText, options);
        customFields.insert(caller.teamId(), field, Times.now(clock));
        cache.listsChanged();
        return field;
    }

    /** params arrive as an object or as the JSON text of one (Lofty's schema types it as a string). */
    private @Nullable String paramsText(@Nullable JsonNode params) {
        if (params == null || params.isNull() || (params.isString() && params.asString().isBlank())) {
            return null;
        }
        JsonNode parsed = params;
        if (params.isString()) {
            try {
                parsed = json.readTree(params.asString());
            } catch (JacksonException e) {
                throw ApiException.invalidField("params", "is not JSON: " + e.getOriginalMessage());
            }
        }
        if (!parsed.isObject()) {
            throw ApiException.invalidField("params", "must be a JSON object");
        }
        String text = json.writeValueAsString(parsed);
        if (text.length() > 10_000) {
            throw ApiException.tooLong("params", 10_000);
        }
        return text;
    }

    private List<String> options(@Nullable String paramsText) {
        if (paramsText == null) {
            return List.of();
        }
        JsonNode option = json.readTree(paramsText).path("option");
        List<String> options = new ArrayList<>();
        option.forEach(node -> options.add(node.asString()));
        return options;
    }
}
