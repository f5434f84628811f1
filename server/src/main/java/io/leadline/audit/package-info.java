/**
 * The access audit (issue 31): every read of a lead's full record and every export, by whom, when and through which
 * credential, appended to a table in batches off the request's path, readable by the team's owners and trimmed by age.
 * <p>
 * Tables written: {@code lead_access_audit}.
 */
@ApplicationModule(allowedDependencies = {"ids", "leaddata", "web"})
@NullMarked
package io.leadline.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
