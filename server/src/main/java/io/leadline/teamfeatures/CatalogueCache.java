package io.leadline.teamfeatures;

import io.leadline.database.AfterCommit;
import io.leadline.database.ListeningCache;
import io.leadline.database.NodeNotifications;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The team catalogues a lead read or write looks up, kept in memory (LL-18). Tags and sources never change once
 * created (no endpoint renames or deletes one, and a tag's bit is given in its creating transaction), so what a
 * committed read found stays true: they are kept from the commit on, on any database, without invalidation; a name not
 * found is asked again. A team's stage and custom-field lists do grow, so they are kept only while this node hears
 * the other nodes (PostgreSQL notifications): adding a stage or field empties every node's lists at its commit.
 */
@Component
class CatalogueCache extends ListeningCache {

    static final String CHANNEL = "leadline_catalogues";
    private static final int MAX_ENTRIES = 200_000;

    private record Named(long teamId, String name) {}

    private record Numbered(long teamId, long id) {}

    private final Map<Named, Tag> tagsByName = new ConcurrentHashMap<>();
    private final Map<Numbered, Tag> tagsById = new ConcurrentHashMap<>();
    private final Map<Named, Integer> sourceIds = new ConcurrentHashMap<>();
    private final Map<Numbered, String> sourceNames = new ConcurrentHashMap<>();
    private final Map<Long, List<Stage>> stages = new ConcurrentHashMap<>();
    private final Map<Long, List<CustomField>> fields = new ConcurrentHashMap<>();
    private final NodeNotifications notifications;

    CatalogueCache(NodeNotifications notifications) {
        this.notifications = notifications;
    }

    /** The tags of these names that exist, loading only the names not known yet. */
    List<Tag> tagsNamed(long teamId, Collection<String> names, Function<Collection<String>, List<Tag>> load) {
        return tags(teamId, names, name -> tagsByName.get(new Named(teamId, name)), load);
    }

    List<Tag> tagsById(long teamId, Collection<Long> ids, Function<Collection<Long>, List<Tag>> load) {
        return tags(teamId, ids, id -> tagsById.get(new Numbered(teamId, id)), load);
    }

    private <K> List<Tag> tags(long teamId, Collection<K> keys, Function<K, @Nullable Tag> known,
                               Function<Collection<K>, List<Tag>> load) {
        List<Tag> found = new ArrayList<>();
        List<K> unknown = new ArrayList<>();
        for (K key : keys) {
            Tag tag = known.apply(key);
            if (tag != null) {
                found.add(tag);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            List<Tag> loaded = load.apply(unknown);
            found.addAll(loaded);
            keepTags(teamId, loaded);
        }
        return found;
    }

    Optional<Integer> sourceId(long teamId, String name, Supplier<Optional<Integer>> load) {
        Integer known = sourceIds.get(new Named(teamId, name));
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Integer> loaded = load.get();
        loaded.ifPresent(id -> keepAfterCommit(() -> {
            sourceIds.put(new Named(teamId, name), id);
            sourceNames.put(new Numbered(teamId, id), name);
        }));
        return loaded;
    }

    Map<Integer, String> sourceNames(long teamId, Collection<Integer> ids, Function<Collection<Integer>, Map<Integer, String>> load) {
        Map<Integer, String> found = new HashMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (Integer id : ids) {
            String name = sourceNames.get(new Numbered(teamId, id));
            if (name != null) {
                found.put(id, name);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            Map<Integer, String> loaded = load.apply(unknown);
            found.putAll(loaded);
            keepAfterCommit(() -> loaded.forEach((id, name) -> {
                sourceNames.put(new Numbered(teamId, id), name);
                sourceIds.put(new Named(teamId, name), id);
            }));
        }
        return found;
    }

    List<Stage> stages(long teamId, Supplier<List<Stage>> load) {
        return list(stages, teamId, load);
    }

    List<CustomField> customFields(long teamId, Supplier<List<CustomField>> load) {
        return list(fields, teamId, load);
    }

    /** In the transaction that adds a stage or custom field: every node forgets the lists once it commits. */
    void listsChanged() {
        notifications.send(CHANNEL);
        AfterCommit.run(this::forget);
    }

    /** Drops one team's lists here only: a lookup missed something another node may just have added. */
    void forgetLists(long teamId) {
        forgetLoadsUnderWay();
        stages.remove(teamId);
        fields.remove(teamId);
    }

    private <T> List<T> list(Map<Long, List<T>> lists, long teamId, Supplier<List<T>> load) {
        return keptOrLoaded(lists, teamId, () -> List.copyOf(load.get()), MAX_ENTRIES);
    }

    private void keepTags(long teamId, List<Tag> tags) {
        keepAfterCommit(() -> tags.forEach(tag -> {
            tagsByName.put(new Named(teamId, tag.name()), tag);
            tagsById.put(new Numbered(teamId, tag.id()), tag);
        }));
    }

    /** Only what a committed transaction read is kept: a rolled-back one may have read its own rows. */
    private void keepAfterCommit(Runnable remember) {
        if (tagsByName.size() + sourceIds.size() > MAX_ENTRIES) {
            tagsByName.clear();
            tagsById.clear();
            sourceIds.clear();
            sourceNames.clear();
        }
        AfterCommit.run(remember);
    }

    /** Only the lists: tags and sources stay true whatever happens elsewhere. */
    @Override
    protected void clear() {
        stages.clear();
        fields.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }
}
