package io.leadline.console;

import io.leadline.testing.OnH2;

@OnH2
class ConsoleAdminInBrowserOnH2Tests extends ConsoleAdminInBrowserTests {}
