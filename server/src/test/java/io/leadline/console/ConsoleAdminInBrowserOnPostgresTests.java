package io.leadline.console;

import io.leadline.testing.OnPostgres;

@OnPostgres
class ConsoleAdminInBrowserOnPostgresTests extends ConsoleAdminInBrowserTests {}
