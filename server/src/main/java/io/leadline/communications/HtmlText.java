package io.leadline.communications;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An email's HTML as plain text: scripts and styles dropped with their contents, every tag dropped, spaces folded. */
public final class HtmlText {

    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/p|/div|/li|/h[1-6])\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private HtmlText() {}

    public static String plain(@Nullable String html) {
        if (html == null) {
            return "";
        }
        String text = SCRIPTS.matcher(html).replaceAll(" ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&lt;", "‹").replace("&gt;", "›").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").trim();
    }
}
