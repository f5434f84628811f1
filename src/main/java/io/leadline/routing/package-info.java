/**
 * Lead routing: the team's rules and fallback rules per scope (company or office), the strategies that pick an
 * assignee (round robin, default assignee, lead pond, first-to-claim), ponds, custom roles, member availability and
 * the decision log. Leads ask it where a new lead goes; it never writes a lead itself.
 */
@NullMarked
package io.leadline.routing;

import org.jspecify.annotations.NullMarked;
