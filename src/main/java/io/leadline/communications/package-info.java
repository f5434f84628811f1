/**
 * Calls, emails and texts with leads (table {@code communications}): Lofty's communication history and call reads,
 * sending emails and texts to leads (consent-checked), Leadline's import of communications from dialers and mail
 * integrations, and webhook lists 6 (Call), 7 (Email) and 8 (Text).
 * <p>
 * Tables written: {@code communications}, {@code team_mail_settings}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "leads", "outbound", "search", "web", "webhooks"})
@NullMarked
package io.leadline.communications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
