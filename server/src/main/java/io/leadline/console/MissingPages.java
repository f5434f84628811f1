package io.leadline.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /app} that no page answers gets the console's "not found" page, the one a lead the member may
 * not see gets; every other unknown address is left to the API's JSON answer (this resolver declines it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages implements HandlerExceptionResolver {

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        if (!(failure instanceof NoResourceFoundException) || !request.getRequestURI().startsWith("/app/")) {
            return null;
        }
        return new ModelAndView(NotFoundPage.render(response));
    }
}
