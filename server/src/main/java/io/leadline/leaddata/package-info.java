/**
 * The seam every feature that keeps data about leads answers through (issue 31): {@link io.leadline.leaddata.LeadDataHolder}.
 * It depends on no feature, so the lead's own features and those the leads module itself uses (routing, search) can
 * all implement it.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"database"})
@NullMarked
package io.leadline.leaddata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
