package io.leadline.accounts;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * With {@code management.server.port} the actuator answers on a web server of its own, in a child context that the
 * API's filters do not reach: the same administrators-only guard is registered there, so moving the endpoints to
 * another port never opens them ({@code leadline.management.open} still does). Listed in
 * META-INF/spring/org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration.imports.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementPortAccess {

    @Bean
    FilterRegistrationBean<ManagementAccessFilter> managementAccessOnTheManagementPort(ManagementAccessFilter guard) {
        return new FilterRegistrationBean<>(guard);
    }
}
