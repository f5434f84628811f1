package io.leadline.web;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL driver settings the pool's own timeouts rely on: connecting to an unreachable host gives up after 2 s
 * (the driver's default is 10 s), and TCP keep-alive finds connections a dead peer left open. No socket timeout: a
 * long migration or bulk load must not be cut off. H2 takes no such properties, so they are set only for PostgreSQL.
 */
@Component
class PostgresConnectionSettings implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("connectTimeout", "2");
            pool.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return bean;
    }
}
