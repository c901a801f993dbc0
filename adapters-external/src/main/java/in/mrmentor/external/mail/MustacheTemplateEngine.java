package in.mrmentor.external.mail;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import in.mrmentor.mail.port.TemplateEngine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustache (mustache.java) for the mails: {@code {{name}}} values, and sections {@code {{#name}}...{{/name}}}
 * that show when a value is non-empty. Templates come from admins, so what could reach outside the
 * values is refused before compiling: partials and template inheritance (which read files), delimiter
 * changes, and the unescaped forms {@code {{{name}}}} and {@code {{&name}}} (which would let a value
 * write HTML into the HTML body).
 */
public final class MustacheTemplateEngine implements TemplateEngine {
    private static final Pattern REFUSED_TAG = Pattern.compile("\\{\\{\\s*([>{&=<$+])");
    /** Templates are a handful of defaults and overrides; more distinct texts than this and the cache starts over. */
    private static final int MOST_COMPILED = 256;

    private record Compiled(boolean escaped, String template) {
    }

    /**
     * Every booking renders the same two templates: compiling them per mail was a visible share of the
     * booking's CPU. A compiled mustache is immutable and safe to run from any thread; an edited
     * override is a new text, so nothing stale can be served.
     */
    private final Map<Compiled, Mustache> compiled = new ConcurrentHashMap<>();

    /** HTML-escapes values, as mustache.java does by default. */
    private final DefaultMustacheFactory html = new DefaultMustacheFactory();
    /** Writes values as they are, for the subject and the text body. */
    private final DefaultMustacheFactory plain = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    @Override
    public Set<String> variables(String template) {
        Set<String> names = new LinkedHashSet<>();
        collect(compile(plain, template).getCodes(), names);
        return names;
    }

    @Override
    public String render(String template, Map<String, String> values, Escaping escaping) {
        boolean escaped = escaping == Escaping.HTML;
        var key = new Compiled(escaped, template);
        var mustache = compiled.get(key);
        if (mustache == null) {
            mustache = compile(escaped ? html : plain, template);
            if (compiled.size() >= MOST_COMPILED) {
                compiled.clear();
            }
            compiled.put(key, mustache);
        }
        StringWriter out = new StringWriter(template.length() + 64);
        mustache.execute(out, Map.copyOf(values));
        return out.toString();
    }

    private static Mustache compile(DefaultMustacheFactory factory, String template) {
        Matcher refused = REFUSED_TAG.matcher(template);
        if (refused.find()) {
            throw new IllegalArgumentException("uses the tag '{{" + refused.group(1)
                    + "', which mails do not allow; use {{name}} or a section {{#name}}...{{/name}}");
        }
        try {
            return factory.compile(new StringReader(template), "mail");
        } catch (MustacheException e) {
            throw new IllegalArgumentException("is not a valid template: " + firstLine(e.getMessage()));
        }
    }

    private static void collect(Code[] codes, Set<String> names) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof ValueCode || code instanceof IterableCode || code instanceof NotIterableCode) {
                names.add(code.getName());
            }
            collect(code.getCodes(), names);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
