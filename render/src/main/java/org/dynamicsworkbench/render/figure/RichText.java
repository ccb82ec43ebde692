package org.dynamicsworkbench.render.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A label parsed from a small TeX-like markup into runs of normal, subscript and superscript text.
 *
 * <p>Markup: {@code \name} for a Greek letter ({@code \alpha} ... {@code \omega}, capitals {@code \Gamma},
 * {@code \Delta}, ...) or a symbol ({@code \infty}, {@code \pm}, {@code \times}, {@code \cdot},
 * {@code \partial}, {@code \nabla}, {@code \circ}); {@code _x} or {@code _{xy}} for a subscript and
 * {@code ^x} or {@code ^{xy}} for a superscript (one character, one command or a braced group);
 * {@code {...}} groups; spaces are kept as typed (unlike TeX math); {@code \_ \^ \{ \} \\ \$} are the
 * literal characters; {@code $} signs are ignored so
 * that {@code $\lambda_1$} reads like {@code \lambda_1}. Scripts do not nest.
 */
public record RichText(List<Run> runs) {

    /** Where a run sits relative to the baseline. */
    public enum Script { NORMAL, SUB, SUPER }

    /** Text set at one script level. */
    public record Run(String text, Script script) {
        public Run {
            if (text == null || text.isEmpty() || script == null) {
                throw new IllegalArgumentException("a run needs non-empty text and a script, got '" + text + "', " + script);
            }
        }
    }

    private static final Map<String, String> COMMANDS = commands();

    public RichText {
        runs = List.copyOf(runs);
    }

    /** The runs' text joined, scripts dropped ("λ1" for {@code \lambda_1}). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }

    /** Whether there is no text at all. */
    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Plain text with no markup interpretation, as one normal run. */
    public static RichText plain(String text) {
        return new RichText(text == null || text.isEmpty() ? List.of() : List.of(new Run(text, Script.NORMAL)));
    }

    /**
     * Parses {@code markup}.
     *
     * @throws IllegalArgumentException naming the label, the position and the problem (unknown command,
     *                                  unbalanced brace, nested or empty script)
     */
    public static RichText parse(String markup) {
        if (markup == null || markup.isEmpty()) {
            return new RichText(List.of());
        }
        Parser parser = new Parser(markup);
        parser.parseSequence(Script.NORMAL, false);
        return new RichText(parser.runs);
    }

    private static final class Parser {
        private final String src;
        private final List<Run> runs = new ArrayList<>();
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        /** Parses until the end, or until a closing brace when {@code inGroup}. */
        void parseSequence(Script script, boolean inGroup) {
            int open = pos - 1;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '}') {
                    if (!inGroup) {
                        throw error(pos, "unmatched '}'");
                    }
                    pos++;
                    return;
                }
                if (c == '{') {
                    pos++;
                    parseSequence(script, true);
                } else if (c == '_' || c == '^') {
                    if (script != Script.NORMAL) {
                        throw error(pos, "nested sub/superscripts are not supported");
                    }
                    pos++;
                    parseScriptArgument(c == '_' ? Script.SUB : Script.SUPER, c);
                } else if (c == '$') {
                    pos++;
                } else if (c == '\\') {
                    append(readCommand(), script);
                } else {
                    append(String.valueOf(c), script);
                    pos++;
                }
            }
            if (inGroup) {
                throw error(open, "unclosed '{'");
            }
        }

        private void parseScriptArgument(Script script, char marker) {
            if (pos >= src.length() || src.charAt(pos) == '}') {
                throw error(pos - 1, "'" + marker + "' needs a character or a {group} after it");
            }
            char c = src.charAt(pos);
            int before = runs.size();
            if (c == '{') {
                pos++;
                parseSequence(script, true);
                if (runs.size() == before) {
                    throw error(pos - 1, "empty '" + marker + "{}'");
                }
            } else if (c == '\\') {
                append(readCommand(), script);
            } else if (c == '_' || c == '^') {
                throw error(pos, "nested sub/superscripts are not supported");
            } else {
                append(String.valueOf(c), script);
                pos++;
            }
        }

        /** Reads {@code \name} or an escaped character at {@code pos}, returns its text. */
        private String readCommand() {
            int start = pos;
            pos++;
            if (pos >= src.length()) {
                throw error(start, "'\\' at the end");
            }
            char c = src.charAt(pos);
            if ("_^{}\\$".indexOf(c) >= 0) {
                pos++;
                return String.valueOf(c);
            }
            while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                pos++;
            }
            String name = src.substring(start + 1, pos);
            String text = COMMANDS.get(name);
            if (text == null) {
                throw error(start, "unknown command '\\" + name + "' (use a Greek letter such as \\alpha or \\Lambda, "
                        + "or one of \\infty \\pm \\times \\cdot \\partial \\nabla \\circ)");
            }
            return text;
        }

        private void append(String text, Script script) {
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).script() == script) {
                runs.set(last, new Run(runs.get(last).text() + text, script));
            } else {
                runs.add(new Run(text, script));
            }
        }

        private IllegalArgumentException error(int at, String problem) {
            return new IllegalArgumentException("label '" + src + "' at character " + (at + 1) + ": " + problem);
        }
    }

    private static Map<String, String> commands() {
        Map<String, String> m = new TreeMap<>();
        String[] lower = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
        for (int i = 0; i < lower.length; i++) {
            // U+03C2 is the final sigma: skip it so sigma maps to U+03C3
            int code = 0x03B1 + i + (i >= 17 ? 1 : 0);
            m.put(lower[i], new String(Character.toChars(code)));
            String upper = Character.toUpperCase(lower[i].charAt(0)) + lower[i].substring(1);
            m.put(upper, new String(Character.toChars(code - 0x20)));
        }
        m.put("varepsilon", "\u03B5");
        m.put("varphi", "\u03C6");
        m.put("vartheta", "\u03D1");
        m.put("infty", "\u221E");
        m.put("pm", "\u00B1");
        m.put("times", "\u00D7");
        m.put("cdot", "\u00B7");
        m.put("partial", "\u2202");
        m.put("nabla", "\u2207");
        m.put("circ", "\u00B0");
        return m;
    }
}
