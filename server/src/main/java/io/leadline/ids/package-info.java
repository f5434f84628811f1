/** Positive 64-bit ids, unique across server nodes, always at most 2^53 - 1 so JavaScript clients read them exactly. * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.leadline.ids;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
