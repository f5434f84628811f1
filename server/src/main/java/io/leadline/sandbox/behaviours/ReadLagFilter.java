package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ErrorCode;
import io.leadline.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies {@link ReadLag} to Lofty's lead endpoints: notes each lead a create or update answered for, answers a read
 * of a lagging lead with Lofty's 404/20006, and takes lagging leads out of a list page (and its total). Runs after
 * authentication and faults, before the endpoint; untouched while no lag is set.
 */
@Component
@Sandboxed
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 7)
class ReadLagFilter extends OncePerRequestFilter {

    private static final Pattern ONE_LEAD = Pattern.compile("/v1\\.0/leads/(\\d{1,18})");

    private final ReadLag lag;
    private final JsonMapper json;

    ReadLagFilter(ReadLag lag, JsonMapper json) {
        this.lag = lag;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return lag.lag() == null || SandboxAccess.isNotTheClients(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Matcher one = ONE_LEAD.matcher(path);
        boolean oneLead = one.matches();
        if (request.getMethod().equals("GET") && oneLead && lag.hides(Long.parseLong(one.group(1)))) {
            ErrorResponses.write(response, json, ErrorCode.LEAD_NOT_EXIST, "Lead " + one.group(1) + " does not exist");
            return;
        }
        boolean write = request.getMethod().equals("POST") && path.equals("/v1.0/leads")
                || request.getMethod().equals("PUT") && oneLead;
        boolean list = request.getMethod().equals("GET") && path.equals("/v1.0/leads");
        if (!write && !list) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == 200 && write) {
            JsonNode written = json.readTree(answer.getContentAsByteArray());
            lag.written(written.path("leadId").asLong(oneLead ? Long.parseLong(one.group(1)) : 0));
        } else if (answer.getStatus() == 200) {
            withoutLagging(answer);
        }
        answer.copyBodyToResponse();
    }

    private void withoutLagging(ContentCachingResponseWrapper answer) throws IOException {
        Set<Long> hidden = lag.hidden();
        if (hidden.isEmpty()) {
            return;
        }
        ObjectNode page = (ObjectNode) json.readTree(answer.getContentAsByteArray());
        ArrayNode leads = (ArrayNode) page.path("leads");
        int before = leads.size();
        for (int i = leads.size() - 1; i >= 0; i--) {
            if (hidden.contains(leads.get(i).path("leadId").asLong())) {
                leads.remove(i);
            }
        }
        if (leads.size() != before && page.path("_metadata").has("total")) {
            ObjectNode metadata = (ObjectNode) page.path("_metadata");
            metadata.put("total", Math.max(0, metadata.path("total").asLong() - (before - leads.size())));
        }
        answer.resetBuffer();
        answer.getOutputStream().write(json.writeValueAsBytes(page));
    }
}
