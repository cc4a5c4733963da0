package org.deltanet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a message safe and short enough to print on a terminal, whatever input it quotes.
 *
 * <p>Control and format characters (escape sequences, NUL, bidirectional overrides) are written
 * as escapes ({@code \u001b}, {@code \0}, {@code \t}), so no input can move the cursor or recolour
 * the terminal; a run of more than {@value #LONGEST_WORD} characters without a space (a quoted
 * header, a {@code --set} value) keeps its start and end around {@code ...}; a line stays under
 * {@value #LONGEST_LINE} characters, and a message under {@value #MOST_LINES} lines. Example:
 * {@code TerminalText.safe("name '\u001b[31mred'")} is {@code name '\u001b[31mred'} with the
 * escape character written out.
 */
final class TerminalText {

    static final int LONGEST_WORD = 160;
    static final int LONGEST_LINE = 1_000;
    static final int MOST_LINES = 4;
    private static final int WORD_HEAD = 100;
    private static final int WORD_TAIL = 40;
    private static final int LINE_HEAD = 700;
    private static final int LINE_TAIL = 250;

    private TerminalText() {}

    /** The message with control characters escaped, long words and lines cut, and at most {@value #MOST_LINES} lines. */
    static String safe(String message) {
        List<String> lines = message.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), MOST_LINES); i++) {
            kept.add(cut(cutWords(escape(lines.get(i))), LINE_HEAD, LINE_TAIL, LONGEST_LINE));
        }
        if (lines.size() > MOST_LINES) {
            int last = kept.size() - 1;
            kept.set(last, kept.get(last) + " ... (" + (lines.size() - MOST_LINES) + " more lines)");
        }
        return String.join(System.lineSeparator(), kept);
    }

    /** One line: control and format characters as escapes, also line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20) + 16);
        text.codePoints().forEach(c -> {
            if (c == 0) {
                out.append("\\0");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String cutWords(String line) {
        if (line.length() <= LONGEST_WORD) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < line.length()) {
            int space = line.indexOf(' ', start);
            int end = space < 0 ? line.length() : space;
            out.append(cut(line.substring(start, end), WORD_HEAD, WORD_TAIL, LONGEST_WORD));
            if (space >= 0) {
                out.append(' ');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String cut(String text, int head, int tail, int longest) {
        return text.length() <= longest ? text : text.substring(0, head) + "..." + text.substring(text.length() - tail);
    }
}
