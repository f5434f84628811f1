package io.leadline.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.module.blackbird.BlackbirdModule;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    /** Path and query numbers are plain decimal digits; see {@link Ids}. Registered after Spring's own, so they win. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, WebConfig::strictLong);
        registry.addConverter(String.class, Integer.class, WebConfig::strictInteger);
    }

    private static Long strictLong(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Long value = Ids.parseOrNull(text);
        if (value == null) {
            throw new IllegalArgumentException("not a plain decimal number: " + text);
        }
        return value;
    }

    private static Integer strictInteger(String text) {
        boolean negative = text.startsWith("-");
        Long magnitude = strictLong(negative ? text.substring(1) : text);
        if (magnitude == null) {
            return null;
        }
        long value = negative ? -magnitude : magnitude;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return (int) value;
    }

    /** Serialising lead pages is most of a list request's CPU; Blackbird reads record components without reflection. */
    @Bean
    JacksonModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
