/**
 * Routing's setup as its administrators change it: rules, fallbacks, ponds, the team's time zone and members'
 * availability, with the endpoints (Lofty's and Leadline's) that change them. The console's routing page uses the
 * same services (the named interface {@code routing :: administration}), so a page validates exactly as the API does.
 */
@NamedInterface("administration")
@NullMarked
package io.leadline.routing.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
