package io.leadline.web;

import io.leadline.testing.OnH2;
import org.springframework.test.context.TestPropertySource;

@OnH2
@TestPropertySource(properties = "spring.datasource.hikari.connection-init-sql=SET LOCK_TIMEOUT 300")
class LockContentionOnH2Tests extends LockContentionTests {}
