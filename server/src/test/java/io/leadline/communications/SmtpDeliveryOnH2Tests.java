package io.leadline.communications;

import io.leadline.testing.OnH2;

@OnH2
class SmtpDeliveryOnH2Tests extends SmtpDeliveryTests {}
