package io.leadline.communications;

import io.leadline.testing.OnH2;

@OnH2
class SmtpTwoNodesOnH2Tests extends SmtpTwoNodesTests {}
