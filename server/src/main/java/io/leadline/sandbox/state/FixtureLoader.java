package io.leadline.sandbox.state;

import io.leadline.accounts.AccountsService;
import io.leadline.sandbox.LoadedMember;
import io.leadline.sandbox.LoadedTeam;
import io.leadline.sandbox.Sandboxed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a fixture file through the server's own API (docs: README, "Fixtures"): per team, the team and its owner,
 * offices, members and their chosen keys, stages, custom fields, ponds, routing rules and fallback, webhook
 * subscriptions, then leads with their notes, tasks, appointments, communications and transactions, and generated
 * leads. Strings {@code member:<email>}, {@code office:<name>} and {@code pond:<name>} in any body become those ids,
 * and {@code self:/<path>} this server's own URL (a webhook to one of its receivers).
 */
@Component
@Sandboxed
class FixtureLoader {

    private static final Pattern REFERENCE = Pattern.compile("^(member|office|pond):(.+)$");
    private static final int LOADERS = 4;

    private final Loopback api;
    private final AccountsService accounts;
    private final JsonMapper json;

    FixtureLoader(Loopback api, AccountsService accounts, JsonMapper json) {
        this.api = api;
        this.accounts = accounts;
        this.json = json;
    }

    List<LoadedTeam> load(JsonNode fixtures, String administratorKey) {
        if (!fixtures.isObject() || !fixtures.path("teams").isArray()) {
            throw FixtureRefused.at("", "must be an object with a \"teams\" array");
        }
        List<LoadedTeam> loaded = new ArrayList<>();
        for (int i = 0; i < fixtures.path("teams").size(); i++) {
            loaded.add(new TeamLoad("teams[" + i + "]", fixtures.path("teams").get(i), administratorKey).run());
        }
        return loaded;
    }

    /** One team's load: the ids it made so far, for references. */
    private final class TeamLoad {

        private final String at;
        private final JsonNode team;
        private final String administratorKey;
        private final Map<String, Long> members = new HashMap<>();
        private final Map<String, Long> offices = new HashMap<>();
        private final Map<String, Long> ponds = new HashMap<>();
        private final List<LoadedMember> loadedMembers = new ArrayList<>();
        private final List<Long> agents = new ArrayList<>();
        private String owner = "";
        private long teamId;

        TeamLoad(String at, JsonNode team, String administratorKey) {
            this.at = at;
            this.team = team;
            this.administratorKey = administratorKey;
        }

        LoadedTeam run() {
            createTeam();
            each("offices", (path, office) -> {
                ObjectNode body = json.createObjectNode().put("name", office.path("name").asString(""));
                if (office.hasNonNull("parent")) {
                    body.put("parentId", reference(path + ".parent", "office:" + office.path("parent").asString()));
                }
                offices.put(office.path("name").asString(""), post(path, "/leadline/v1/offices", body).path("id").asLong());
            });
            each("members", this::createMember);
            each("stages", (path, stage) -> post(path, "/leadline/v1/pipelines", json.createObjectNode().put("name", stage.asString(""))));
            each("customFields", (path, field) -> post(path, "/v1.0/teamFeatures/custom-field", field));
            each("ponds", (path, pond) -> ponds.put(pond.path("name").asString(""),
                    post(path, "/leadline/v1/routing/ponds", pond).path("id").asLong()));
            each("routingRules", (path, rule) -> post(path, "/leadline/v1/routing/rules", rule));
            if (team.has("routingFallback")) {
                send(at + ".routingFallback", "PUT", "/leadline/v1/routing/fallbacks", team.path("routingFallback"));
            }
            each("webhooks", (path, webhook) -> post(path, "/v1.0/webhook", webhook));
            int leads = team.path("leads").size();
            each("leads", this::createLead);
            leads += generate();
            return new LoadedTeam(team.path("name").asString(""), teamId, List.copyOf(loadedMembers), leads);
        }

        private void createTeam() {
            JsonNode ownerItem = team.path("owner");
            ObjectNode body = json.createObjectNode().put("name", team.path("name").asString(""));
            body.set("owner", json.createObjectNode()
                    .put("email", ownerItem.path("email").asString(""))
                    .put("firstName", ownerItem.path("firstName").asString("Owner"))
                    .put("lastName", ownerItem.path("lastName").asString("")));
            JsonNode created = checked(at, api.send("POST", "/leadline/v1/teams", "token " + administratorKey, body));
            teamId = created.path("team").path("teamId").asLong();
            long ownerId = created.path("owner").path("userId").asLong();
            String key = created.path("apiKey").path("key").asString();
            if (ownerItem.hasNonNull("apiKey")) {
                key = chosenKey(at + ".owner.apiKey", ownerId, ownerItem.path("apiKey").asString());
            }
            owner = "token " + key;
            String email = ownerItem.path("email").asString("").trim().toLowerCase(java.util.Locale.ROOT);
            members.put(email, ownerId);
            loadedMembers.add(new LoadedMember(email, ownerId, "OWNER", key));
        }

        private void createMember(String path, JsonNode member) {
            ObjectNode body = ((ObjectNode) member.deepCopy());
            body.remove("apiKey");
            body.remove("office");
            if (member.hasNonNull("office")) {
                body.put("officeId", reference(path + ".office", "office:" + member.path("office").asString()));
            }
            long userId = post(path, "/leadline/v1/users", body).path("userId").asLong();
            String email = member.path("email").asString("").trim().toLowerCase(java.util.Locale.ROOT);
            members.put(email, userId);
            String role = member.path("role").asString("AGENT").toUpperCase(java.util.Locale.ROOT);
            if (role.equals("AGENT")) {
                agents.add(userId);
            }
            String key = member.hasNonNull("apiKey") ? chosenKey(path + ".apiKey", userId, member.path("apiKey").asString()) : null;
            loadedMembers.add(new LoadedMember(email, userId, role, key));
        }

        private String chosenKey(String path, long userId, String key) {
            try {
                return accounts.issueChosenKey(administratorKey, teamId, userId, "fixture key", key);
            } catch (io.leadline.web.ApiException refused) {
                throw FixtureRefused.at(path, refused.getMessage());
            }
        }

        private void createLead(String path, JsonNode lead) {
            ObjectNode body = (ObjectNode) resolved(path, lead);
            List<String> parts = List.of("notes", "tasks", "appointments", "communications", "transactions");
            Map<String, JsonNode> children = new HashMap<>();
            parts.forEach(part -> {
                if (body.has(part)) {
                    children.put(part, body.remove(part));
                }
            });
            long leadId = checked(path, api.send("POST", "/v1.0/leads", owner, body)).path("leadId").asLong();
            for (String part : parts) {
                JsonNode items = children.getOrDefault(part, json.createArrayNode());
                for (int i = 0; i < items.size(); i++) {
                    String itemPath = path + "." + part + "[" + i + "]";
                    ObjectNode item = ((ObjectNode) items.get(i).deepCopy()).put("leadId", leadId);
                    switch (part) {
                        case "notes" -> post(itemPath, "/v1.0/notes", item);
                        case "tasks" -> post(itemPath, "/v2.0/tasks", item);
                        case "appointments" -> {
                            if (!item.has("type")) {
                                item.put("type", "APPOINTMENT");
                            }
                            post(itemPath, "/v2.0/calendar", item);
                        }
                        case "communications" -> post(itemPath, "/leadline/v1/communications", item);
                        default -> post(itemPath, "/v1.0/leads/" + leadId + "/transaction", item);
                    }
                }
            }
        }

        /** Generated leads, loaded by a few workers; the items themselves depend only on the seed. */
        private int generate() {
            JsonNode generate = team.path("generate");
            if (generate.isMissingNode()) {
                return 0;
            }
            int count = generate.path("leads").asInt(-1);
            if (count < 0 || count > 100_000) {
                throw FixtureRefused.at(at + ".generate.leads", "must be between 0 and 100000");
            }
            long seed = generate.path("seed").asLong(0);
            List<String> stages = api.send("GET", "/v1.0/teamFeatures/lead-pipelines?pageSize=100", owner,
                    tools.jackson.databind.node.MissingNode.getInstance()).body().valueStream()
                    .map(stage -> stage.path("name").asString("")).filter(name -> !name.isBlank()).toList();
            List<Map<String, Object>> items = LeadGenerator.leads(count, seed, stages, agents);
            try (ExecutorService loaders = Executors.newFixedThreadPool(LOADERS)) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String path = at + ".generate[" + i + "]";
                    JsonNode item = json.valueToTree(items.get(i));
                    done.add(loaders.submit(() -> createLead(path, item)));
                }
                for (Future<?> each : done) {
                    each.get();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating leads", e);
            }
            return count;
        }

        private void each(String field, java.util.function.BiConsumer<String, JsonNode> load) {
            JsonNode items = team.path(field);
            if (items.isMissingNode() || items.isNull()) {
                return;
            }
            if (!items.isArray()) {
                throw FixtureRefused.at(at + "." + field, "must be an array");
            }
            for (int i = 0; i < items.size(); i++) {
                load.accept(at + "." + field + "[" + i + "]", items.get(i));
            }
        }

        private JsonNode post(String path, String endpoint, JsonNode body) {
            return send(path, "POST", endpoint, body);
        }

        private JsonNode send(String path, String method, String endpoint, JsonNode body) {
            return checked(path, api.send(method, endpoint, owner, resolved(path, body)));
        }

        /** The body with every reference replaced by its id. */
        private JsonNode resolved(String path, JsonNode body) {
            if (body.isString()) {
                if (body.asString().startsWith("self:/")) {
                    return json.getNodeFactory().stringNode(api.baseUrl() + body.asString().substring("self:".length()));
                }
                Matcher reference = REFERENCE.matcher(body.asString());
                return reference.matches() ? json.getNodeFactory().numberNode(reference(path, body.asString())) : body;
            }
            if (body.isArray()) {
                var array = json.createArrayNode();
                for (int i = 0; i < body.size(); i++) {
                    array.add(resolved(path, body.get(i)));
                }
                return array;
            }
            if (body.isObject()) {
                ObjectNode object = json.createObjectNode();
                body.properties().forEach(field -> object.set(field.getKey(), resolved(path, field.getValue())));
                return object;
            }
            return body;
        }

        private long reference(String path, String text) {
            Matcher reference = REFERENCE.matcher(text);
            if (!reference.matches()) {
                throw FixtureRefused.at(path, "'" + text + "' is not a reference (member:<email>, office:<name>, pond:<name>)");
            }
            String name = reference.group(2).trim();
            Map<String, Long> known = switch (reference.group(1)) {
                case "member" -> members;
                case "office" -> offices;
                default -> ponds;
            };
            Long id = known.get(reference.group(1).equals("member") ? name.toLowerCase(java.util.Locale.ROOT) : name);
            if (id == null) {
                throw FixtureRefused.at(path, "no " + reference.group(1) + " '" + name + "' declared before it in this team");
            }
            return id;
        }

        private static JsonNode checked(String path, Loopback.Answer answer) {
            if (answer.status() / 100 != 2) {
                String message = answer.body().path("message").asString(answer.body().toString());
                throw FixtureRefused.at(path, "the API answered " + answer.status() + ": " + message);
            }
            return answer.body();
        }
    }
}
