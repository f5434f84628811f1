package io.leadline.webhooks;

import io.leadline.testing.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

/** On a database of its own: the dispatcher driven by hand claims whatever is due, also other classes' messages. */
@ContextConfiguration(initializers = PostgresDatabase.Own.class)
class WebhookLeaseOnPostgresTests extends WebhookLeaseTests {}
