package io.leadline.exports;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.LeadRecords;
import io.leadline.leads.LeadService;
import io.leadline.search.LeadQuery;
import io.leadline.teamfeatures.CustomField;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.Caller;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the leads a list query matches, as the caller sees them, a page at a time: JSON Lines of the read shape
 * ({@code GET /v1.0/leads/{id}}'s lead, with {@code assignedUserEmail} added), or CSV with one column per field, lists
 * one value per line in their cell, and one {@code custom:<name>} column per custom field of the team.
 */
@Service
class LeadExport {

    static final int PAGE = 500;

    /** The CSV's columns before the custom fields, as the {@code leadline} import mapping names them. */
    static final List<String> COLUMNS = List.of("leadId", "firstName", "lastName", "emails", "phones", "tags", "segments",
            "stage", "source", "assignedUserEmail", "createTime", "streetAddress", "city", "state", "zipCode", "referredBy",
            "birthday", "language", "buyingTimeFrame", "sellingTimeFrame", "preQual", "houseToSell", "fthb",
            "withBuyerAgent", "mortgage", "buyHouse", "withListingAgent", "cannotText", "cannotCall", "cannotEmail",
            "unsubscription", "ownershipScope", "score", "lastTouch", "lastUpdateTime");

    private final LeadService leads;
    private final AccountsService accounts;
    private final TeamFeaturesService teamFeatures;
    private final Map<String, LeadRecords> records;
    private final JsonMapper json;

    LeadExport(LeadService leads, AccountsService accounts, TeamFeaturesService teamFeatures, List<LeadRecords> records,
            JsonMapper json) {
        this.leads = leads;
        this.accounts = accounts;
        this.teamFeatures = teamFeatures;
        this.records = records.stream().collect(Collectors.toMap(LeadRecords::name, Function.identity(),
                (first, second) -> first, java.util.TreeMap::new));
        this.json = json;
    }

    /** The records an export may include beside each lead. */
    java.util.Set<String> includable() {
        return records.keySet();
    }

    /**
     * Writes every matching lead; answers how many. Each included kind of record is nested in the lead (JSON Lines),
     * or handed to {@code included} per lead (CSV, where each kind is a file of its own).
     */
    long write(Caller caller, LeadQuery query, String format, List<String> include, Writer out, Included included)
            throws IOException {
        Map<Long, String> emails = accounts.teamMembers(caller.teamId()).stream()
                .collect(Collectors.toMap(Member::id, Member::email));
        List<String> customFields = teamFeatures.customFields(caller.teamId()).stream().map(CustomField::name).toList();
        boolean csv = format.equals("csv");
        if (csv) {
            List<String> header = new ArrayList<>(COLUMNS);
            customFields.forEach(name -> header.add("custom:" + name));
            CsvCells.write(out, header);
        }
        long written = 0;
        String scrollId = null;
        while (true) {
            LeadService.LeadPage page = leads.list(caller, query.page(PAGE, scrollId));
            for (Object lead : page.leads()) {
                ObjectNode shape = json.valueToTree(lead);
                long assignee = shape.path("assignedUserId").asLong(0);
                shape.put("assignedUserEmail", emails.get(assignee));
                long leadId = shape.path("leadId").asLong();
                for (String kind : include) {
                    JsonNode kept = json.valueToTree(records.get(kind).of(caller, leadId));
                    if (csv) {
                        included.add(kind, leadId, kept);
                    } else {
                        shape.set(kind, kept);
                    }
                }
                if (csv) {
                    CsvCells.write(out, row(shape, customFields));
                } else {
                    out.write(json.writeValueAsString(shape));
                    out.write('\n');
                }
                written++;
            }
            out.flush();
            if (page.scrollId() == null || page.leads().size() < PAGE) {
                return written;
            }
            scrollId = page.scrollId();
        }
    }

    /** Where a CSV export's included records go, kind by kind, as each lead is written. */
    interface Included {
        void add(String kind, long leadId, JsonNode records) throws IOException;
    }

    private static List<String> row(JsonNode lead, List<String> customFields) {
        List<String> row = new ArrayList<>(COLUMNS.size() + customFields.size());
        for (String column : COLUMNS) {
            JsonNode value = lead.path(column);
            row.add(switch (column) {
                case "tags" -> lines(value, tag -> tag.path("tagName").asString(""));
                case "emails", "phones", "segments" -> lines(value, JsonNode::asString);
                default -> value.isNull() || value.isMissingNode() ? "" : value.asString();
            });
        }
        Map<String, String> custom = StreamSupport.stream(lead.path("customAttributes").spliterator(), false)
                .collect(Collectors.toMap(attribute -> attribute.path("attributeName").asString(""),
                        attribute -> attribute.path("value").asString(""), (first, second) -> first));
        customFields.forEach(name -> row.add(custom.getOrDefault(name, "")));
        return row;
    }

    private static String lines(JsonNode list, Function<JsonNode, String> text) {
        return StreamSupport.stream(list.spliterator(), false).map(text).collect(Collectors.joining("\n"));
    }
}
