package io.leadline.console;

import io.leadline.testing.OnH2;

@OnH2
class ConsoleRoutingOnH2Tests extends ConsoleRoutingTests {}
