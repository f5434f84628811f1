package io.leadline.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path variables and query parameters bound to numbers take plain decimal digits only ({@link Ids}). An editor, not a
 * converter: when a conversion fails, Spring's binder falls back to its default number editor, which reads
 * {@code +12} and {@code 0x10} (LL-13).
 */
@ControllerAdvice
class StrictNumbers {

    @InitBinder
    void strictNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Editor(false, StrictNumbers::parseLong));
        binder.registerCustomEditor(Long.class, new Editor(true, StrictNumbers::parseLong));
        binder.registerCustomEditor(int.class, new Editor(false, StrictNumbers::parseInt));
        binder.registerCustomEditor(Integer.class, new Editor(true, StrictNumbers::parseInt));
    }

    private static Long parseLong(String text) {
        Long value = Ids.parseSignedOrNull(text);
        if (value == null) {
            throw new IllegalArgumentException("not a plain decimal number: " + text);
        }
        return value;
    }

    private static Integer parseInt(String text) {
        long value = parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return (int) value;
    }

    /** An empty value is null for the boxed types (an omitted optional parameter) and an error for primitives. */
    private static final class Editor extends PropertyEditorSupport {
        private final boolean nullable;
        private final Function<String, ? extends Number> parse;

        Editor(boolean nullable, Function<String, ? extends Number> parse) {
            this.nullable = nullable;
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            setValue(nullable && text.isEmpty() ? null : parse.apply(text));
        }
    }
}
