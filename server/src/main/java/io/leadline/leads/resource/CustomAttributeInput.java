package io.leadline.leads.resource;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One entry of customAttributeList. {@code value} may be text, a number, or (multi_select) an array or its JSON text. */
record CustomAttributeInput(
        @Nullable String attributeName, @Nullable String attributeType, @Nullable JsonNode value, @Nullable JsonNode params) {}
