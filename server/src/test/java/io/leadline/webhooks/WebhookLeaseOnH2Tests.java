package io.leadline.webhooks;

import io.leadline.testing.OnH2;

@OnH2
class WebhookLeaseOnH2Tests extends WebhookLeaseTests {}
