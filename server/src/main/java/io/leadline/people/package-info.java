/**
 * Requests about a person rather than a lead (issue 31): which of the team's leads hold an email or phone, and
 * everything the features keep about those leads, gathered through the {@code leaddata} seam. Owners and admins only.
 * <p>
 * Tables written: {@code person_erasures}.
 */
@ApplicationModule(allowedDependencies = {"audit", "database", "ids", "imports", "leaddata", "leads", "startup", "web"})
@NullMarked
package io.leadline.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
