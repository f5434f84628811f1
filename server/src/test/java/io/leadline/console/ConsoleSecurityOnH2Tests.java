package io.leadline.console;

import io.leadline.testing.OnH2;

@OnH2
class ConsoleSecurityOnH2Tests extends ConsoleSecurityTests {}
