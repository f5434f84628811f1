package io.leadline.webhooks;

import io.leadline.testing.OnH2;

@OnH2
class WebhookApiOnH2Tests extends WebhookApiTests {}
