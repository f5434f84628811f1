/**
 * Calls, emails and texts with leads (table {@code communications}): Lofty's communication history and call reads,
 * sending emails and texts to leads (consent-checked), Leadline's import of communications from dialers and mail
 * integrations, and webhook lists 6 (Call), 7 (Email) and 8 (Text).
 * <p>
 * Other features use {@link io.leadline.communications.CommunicationService} and the types beside it. Inside:
 * {@code records} (the communication rows, their reads and the endpoints that read and import them) and
 * {@code delivery} (the outbox of sent messages, the carriers, teams' mail settings, inbound texts).
 * <p>
 * Tables written: {@code communications}, {@code team_mail_settings}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "leaddata", "leads", "outbound", "search", "web", "webhooks"})
@NullMarked
package io.leadline.communications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
