/**
 * The web console under {@code /app}: members sign in with email and password (accounts' one-time links set it) and
 * work their leads in server-rendered pages (Thymeleaf). Pages call the features' services with the signed-in
 * member's {@link io.leadline.web.Caller}, so they show exactly what that member's API key would; no rule is repeated
 * here. Features never depend on this module (ModuleMapTests).
 * <p>
 * Sessions are Spring Session's, in the database ({@code console_sessions}); Spring Session writes them, this module
 * reads none of its tables itself. Tables written: {@code console_member_visits} (when each member last opened
 * "my day"), {@code console_saved_filters} (each member's saved lead-list searches).
 */
@ApplicationModule(allowedDependencies = {"accounts", "accounts :: administration", "accounts :: signin", "communications", "communications :: administration", "ids", "leads", "operations", "routing", "routing :: administration", "search", "tasks", "teamfeatures", "timeline", "transactions", "web", "webhooks"})
@NullMarked
package io.leadline.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
