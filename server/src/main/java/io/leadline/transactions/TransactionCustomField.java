package io.leadline.transactions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A transaction custom field the team defined. {@code type} is Lofty's spelling (DATE, TEXT, NUMBER, PERCENTAGE,
 * Single-Select, Multi-Select, CURRENCY, HTML); {@code params} the JSON text of a select's options.
 */
public record TransactionCustomField(long id, String name, String type, @Nullable String params, List<Option> options) {

    public record Option(String label, String value) {}

    boolean isSelect() {
        return type.endsWith("-Select");
    }
}
