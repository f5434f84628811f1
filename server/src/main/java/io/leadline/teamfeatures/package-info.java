/**
 * A team's catalogues that leads refer to: pipeline stages, lead sources, tag names and custom field definitions
 * (tables {@code stages}, {@code sources}, {@code tags}, {@code custom_fields}). Serves Lofty's
 * {@code /v1.0/teamFeatures/*} reads and writes and {@code /leadline/v1/pipelines}.
 * <p>
 * Tables written: {@code custom_fields}, {@code sources}, {@code stages}, {@code tag_bit_allocations},
 * {@code tags}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "web"})
@NullMarked
package io.leadline.teamfeatures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
