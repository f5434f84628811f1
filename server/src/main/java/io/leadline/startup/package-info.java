/**
 * Starting the server: the command line ({@code --help}, {@code --version}, operator commands), the prebuilt (AOT)
 * context and the report of a refused start. Owns no table.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"database"})
@NullMarked
package io.leadline.startup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
