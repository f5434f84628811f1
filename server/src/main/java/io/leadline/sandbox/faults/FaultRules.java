package io.leadline.sandbox.faults;

import io.leadline.sandbox.Sandboxed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;

/**
 * The faults in force, oldest first. Every rule a call matches counts it; the oldest that fires answers. One lock
 * over all rules, so "the Nth call" is exact under concurrent clients.
 */
@Component
@Sandboxed
class FaultRules {

    private final List<FaultRule> rules = new ArrayList<>();
    private long nextId = 1;

    synchronized long nextId() {
        return nextId++;
    }

    synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    synchronized List<FaultRule> all() {
        return List.copyOf(rules);
    }

    synchronized boolean remove(long id) {
        return rules.removeIf(rule -> rule.id == id);
    }

    synchronized void clear() {
        rules.clear();
    }

    synchronized Optional<FaultRule.Answer> answerFor(String method, String path, @Nullable String credential, Instant now) {
        PathContainer requestPath = PathContainer.parsePath(path);
        FaultRule.Answer answer = null;
        for (FaultRule rule : rules) {
            if (rule.matches(method, requestPath, credential) && rule.fires(now) && answer == null) {
                answer = rule.answer;
            }
        }
        return Optional.ofNullable(answer);
    }
}
