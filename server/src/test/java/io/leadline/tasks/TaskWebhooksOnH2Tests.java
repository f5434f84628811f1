package io.leadline.tasks;

import io.leadline.testing.OnH2;

@OnH2
class TaskWebhooksOnH2Tests extends TaskWebhooksTests {}
