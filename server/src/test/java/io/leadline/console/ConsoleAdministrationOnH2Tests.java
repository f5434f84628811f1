package io.leadline.console;

import io.leadline.testing.OnH2;

@OnH2
class ConsoleAdministrationOnH2Tests extends ConsoleAdministrationTests {}
