package org.mandateledger.api.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form's text areas as the API reads text: browsers send a line break in a {@code <textarea>} as
 * CR LF (the HTML standard), and the API's texts allow newline and tab but no other control character.
 * So a page's form fields reach the page controllers (and {@link FormKeys}) with CR LF and lone CR as
 * newline: a statement or a summary typed over two lines is recorded, not refused.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 102)
class FormLineEnds extends OncePerRequestFilter {

    private final ErrorPages pages;

    FormLineEnds(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || !pages.forPage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, Arrays.stream(values).map(FormLineEnds::newlines)
                .toArray(String[]::new)));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = fields.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public String[] getParameterValues(String name) {
                return fields.get(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return java.util.Collections.unmodifiableMap(fields);
            }
        }, response);
    }

    static String newlines(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
