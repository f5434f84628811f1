package io.leadline.sandbox;

import io.leadline.testing.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

/**
 * On a database of its own: sandbox mode puts change-log triggers on every table and makes the foreign keys
 * deferrable, and a reset puts back every team's rows, which other classes sharing a database would feel.
 */
@ContextConfiguration(initializers = PostgresDatabase.Own.class)
class SandboxOnPostgresTests extends SandboxTests {}
