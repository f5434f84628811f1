package io.leadline.sandbox.faults;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A drop fault closes the connection without an answer, as a dying proxy or server does. Only Tomcat can: a filter
 * marks the request ({@link SandboxAccess#CONNECTION_DROPPED}) and writes nothing, and this valve closes the socket
 * before Tomcat writes the response.
 */
@Component
@Sandboxed
class ConnectionDrops implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new DropValve());
    }

    private static final class DropValve extends ValveBase {

        DropValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(SandboxAccess.CONNECTION_DROPPED) != null) {
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
            }
        }
    }
}
