package io.leadline.console;

import io.leadline.testing.OnPostgres;

@OnPostgres
class ConsoleLeadWorkOnPostgresTests extends ConsoleLeadWorkTests {}
