package io.leadline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Names the route of a request that a filter answered before Spring MVC saw it (401, 403, 413, 429, 503), or that
 * used a method its route does not take (405), so that
 * {@code http.server.requests} tags it with its endpoint's pattern instead of {@code UNKNOWN}. It sits inside the
 * observation filter and outside every answering filter; the handler mappings it asks are the dispatcher's own, and
 * asking one records the matched pattern on the request's observation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RouteTagFilter extends OncePerRequestFilter {

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    RouteTagFilter(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() >= 400 && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) == null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .filter(observation -> observation.getPathPattern() == null)
                    .ifPresent(observation -> matchRoute(request));
        }
    }

    private void matchRoute(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        for (HandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(request) != null) {
                    return;
                }
            } catch (HttpRequestMethodNotSupportedException wrongMethod) {
                matchAs(request, mapping, wrongMethod);
                return;
            } catch (Exception noRoute) {
                return;
            }
        }
    }

    /** A 405 names the route it was refused on: matched again as one of the methods the route takes. */
    private static void matchAs(HttpServletRequest request, HandlerMapping mapping, HttpRequestMethodNotSupportedException refused) {
        String[] supported = refused.getSupportedMethods();
        if (supported == null || supported.length == 0) {
            return;
        }
        HttpServletRequest asSupported = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return supported[0];
            }
        };
        try {
            mapping.getHandler(asSupported);
        } catch (Exception stillNoRoute) {
            // the answer stands; only its route tag is missing
        }
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> known = mappings;
        if (known == null) {
            known = new ArrayList<>(BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false).values());
            AnnotationAwareOrderComparator.sort(known);
            mappings = known;
        }
        return known;
    }
}
