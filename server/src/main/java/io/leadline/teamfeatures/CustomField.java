package io.leadline.teamfeatures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team's custom lead attribute. {@code params} is the JSON text Lofty carries, e.g. {"option":["a","b"]}. */
public record CustomField(long id, String name, String type, @Nullable String params, List<String> options) {}
