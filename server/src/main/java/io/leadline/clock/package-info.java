/**
 * The server's one clock ({@link io.leadline.clock.ServerClock}) and the event that says it jumped
 * ({@link io.leadline.clock.ClockMoved}). Nothing else in the code reads the JDK's clocks.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.leadline.clock;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
