/**
 * Exports of leads (issue 30): the lead list, with the list API's filters and the caller's visibility, streamed as
 * CSV or JSON Lines a page at a time, in constant memory whatever the team's size. The CSV's columns are the ones
 * the {@code leadline} import mapping reads, so an export imports back.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "leads", "search", "teamfeatures", "web"})
@NullMarked
package io.leadline.exports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
