/**
 * A team's catalogues that leads refer to: pipeline stages, lead sources, tag names and custom field definitions
 * (tables {@code stages}, {@code sources}, {@code tags}, {@code custom_fields}). Serves Lofty's
 * {@code /v1.0/teamFeatures/*} reads and writes and {@code /leadline/v1/pipelines}.
 */
@NullMarked
package io.leadline.teamfeatures;

import org.jspecify.annotations.NullMarked;
