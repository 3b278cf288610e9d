package org.mandateledger.api.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandateledger.api.idempotency.IdempotencyFilter;
import org.mandateledger.api.request.ReadBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's form sent twice (the back button, a double click, a retry after a lost answer) is recorded
 * once, by the API's own {@code Idempotency-Key} ({@link IdempotencyFilter}, ADR 0014): each form
 * carries a key of its own ({@code _idempotency}, made when the page is drawn), which this filter hands
 * on as the header, with the form's fields (but its CSRF token) as the body that makes two sendings the
 * same. The second sending gets the first one's answer (its redirect) and records nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 101)
class FormKeys extends OncePerRequestFilter {

    static final String FIELD = "_idempotency";
    private static final java.util.regex.Pattern UUID_KEY = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ErrorPages pages;

    FormKeys(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || request.getHeader(IdempotencyFilter.HEADER) != null || !pages.forPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getParameter(FIELD);
        // Only the keys the pages make (UUIDs): anything else is not the page's form, and is sent on without a key.
        if (key == null || !UUID_KEY.matcher(key).matches()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Keyed(request, "form:" + key, fields(request.getParameterMap())), response);
    }

    /** The form's fields in a stable order, without the CSRF token (a new session has a new one) or the key itself. */
    private static byte[] fields(Map<String, String[]> parameters) {
        StringBuilder body = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, values) -> {
            if (name.equals("_csrf") || name.equals(FIELD)) {
                return;
            }
            for (String value : values) {
                body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The form with its key as the header the API's idempotency reads, and its fields as the body it fingerprints. */
    private static final class Keyed extends HttpServletRequestWrapper {

        private final String key;
        private final byte[] body;

        Keyed(HttpServletRequest request, String key, byte[] body) {
            super(request);
            this.key = key;
            this.body = body;
        }

        @Override
        public String getHeader(String name) {
            return IdempotencyFilter.HEADER.equalsIgnoreCase(name) ? key : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return IdempotencyFilter.HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(key)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.add(IdempotencyFilter.HEADER);
            return Collections.enumeration(names);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ReadBody(body);
        }
    }
}
