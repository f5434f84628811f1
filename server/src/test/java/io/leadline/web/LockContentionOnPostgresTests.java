package io.leadline.web;

import io.leadline.testing.OnPostgres;
import org.springframework.test.context.TestPropertySource;

@OnPostgres
@TestPropertySource(properties = "spring.datasource.hikari.connection-init-sql=SET lock_timeout = '300ms'")
class LockContentionOnPostgresTests extends LockContentionTests {}
