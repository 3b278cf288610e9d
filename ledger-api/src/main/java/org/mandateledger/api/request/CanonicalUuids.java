package org.mandateledger.api.request;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Identifiers in paths and query strings are taken in their canonical form only, 8-4-4-4-12 hex
 * digits. {@link UUID#fromString}, which Spring's own conversion and its fallback editor use, also
 * takes shorter groups ({@code 1-1-1-1-1} for {@code 00000001-0001-0001-0001-000000000001}), so
 * one record would answer to many spellings: the bad-input campaign found a closure sent to
 * {@code 8fb863a-…} recorded on issue {@code 08fb863a-…}. A custom editor is used before both.
 */
@ControllerAdvice
class CanonicalUuids {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @InitBinder
    void canonicalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(parse(text));
            }
        });
    }

    static UUID parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID in its canonical form (8-4-4-4-12 hex digits)");
        }
        return UUID.fromString(text);
    }
}
