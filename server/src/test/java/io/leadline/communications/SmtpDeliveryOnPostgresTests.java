package io.leadline.communications;

import io.leadline.testing.OnPostgres;

@OnPostgres
class SmtpDeliveryOnPostgresTests extends SmtpDeliveryTests {}
