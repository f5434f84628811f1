/**
 * What every feature shares over HTTP: the Lofty error body and its mapping, the authenticated caller,
 * the request size limit and JSON settings. No feature logic lives here.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"database"})
@NullMarked
package io.leadline.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
