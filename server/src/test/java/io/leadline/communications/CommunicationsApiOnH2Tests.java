package io.leadline.communications;

import io.leadline.testing.OnH2;

@OnH2
class CommunicationsApiOnH2Tests extends CommunicationsApiTests {}
