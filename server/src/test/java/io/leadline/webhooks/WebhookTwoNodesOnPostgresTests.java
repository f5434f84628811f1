package io.leadline.webhooks;

import io.leadline.testing.OnPostgres;

@OnPostgres
class WebhookTwoNodesOnPostgresTests extends WebhookTwoNodesTests {}
