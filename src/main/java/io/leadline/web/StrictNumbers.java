package io.leadline.web;

import java.beans.PropertyEditorSupport;
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
        binder.registerCustomEditor(long.class, new LongEditor(false));
        binder.registerCustomEditor(Long.class, new LongEditor(true));
        binder.registerCustomEditor(int.class, new IntEditor(false));
        binder.registerCustomEditor(Integer.class, new IntEditor(true));
    }

    private static Long parse(String text) {
        boolean negative = text.startsWith("-");
        Long magnitude = Ids.parseOrNull(negative ? text.substring(1) : text);
        if (magnitude == null) {
            throw new IllegalArgumentException("not a plain decimal number: " + text);
        }
        return negative ? -magnitude : magnitude;
    }

    private static final class LongEditor extends PropertyEditorSupport {
        private final boolean nullable;

        LongEditor(boolean nullable) {
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            setValue(nullable && text.isEmpty() ? null : parse(text));
        }
    }

    private static final class IntEditor extends PropertyEditorSupport {
        private final boolean nullable;

        IntEditor(boolean nullable) {
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if (nullable && text.isEmpty()) {
                setValue(null);
                return;
            }
            long value = parse(text);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("out of range: " + text);
            }
            setValue((int) value);
        }
    }
}
