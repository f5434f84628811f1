package io.leadline.tasks;

import io.leadline.testing.OnH2;

@OnH2
class RemindersTwoNodesOnH2Tests extends RemindersTwoNodesTests {}
