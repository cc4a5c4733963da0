package org.deltanet.cli.explain;

import java.util.List;
import java.util.Locale;

/** How a {@link Document} is printed: aligned plain text for a terminal, or markdown to paste. */
public enum Format {
    TEXT {
        @Override
        void heading(StringBuilder out, Document.Heading heading) {
            if (heading.level() == 1) {
                out.append(heading.text())
                        .append('\n')
                        .append("=".repeat(heading.text().length()))
                        .append('\n');
            } else {
                out.append('\n').append("  ").append(heading.text()).append('\n');
            }
        }

        @Override
        void line(StringBuilder out, String text) {
            StringBuilder line = new StringBuilder("  ");
            for (String word : text.split(" ")) {
                if (line.length() > 2 && line.length() + word.length() >= WIDTH) {
                    out.append(line).append('\n');
                    line = new StringBuilder("  ");
                }
                line.append(line.length() > 2 ? " " : "").append(word);
            }
            out.append(line).append('\n');
        }

        @Override
        void table(StringBuilder out, Document.Table table) {
            int[] widths = widths(table);
            boolean[] numeric = numericColumns(table);
            row(out, table.header(), widths, numeric);
            for (List<String> row : table.rows()) {
                row(out, row, widths, numeric);
            }
        }

        private void row(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
            StringBuilder line = new StringBuilder("    ");
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                String padded = numeric[c]
                        ? " ".repeat(widths[c] - cell.length()) + cell
                        : cell + " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(padded);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    },
    MARKDOWN {
        @Override
        void heading(StringBuilder out, Document.Heading heading) {
            out.append("#".repeat(heading.level() + 1))
                    .append(' ')
                    .append(heading.text())
                    .append("\n\n");
        }

        @Override
        void line(StringBuilder out, String text) {
            out.append(text).append("\n\n");
        }

        @Override
        void table(StringBuilder out, Document.Table table) {
            out.append(cells(table.header())).append('\n');
            out.append(cells(table.header().stream().map(h -> "---").toList())).append('\n');
            for (List<String> row : table.rows()) {
                out.append(cells(row)).append('\n');
            }
            out.append('\n');
        }

        private String cells(List<String> cells) {
            return "| "
                    + String.join(
                            " | ",
                            cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
        }
    };

    /** Where plain text lines are wrapped. */
    private static final int WIDTH = 100;

    abstract void heading(StringBuilder out, Document.Heading heading);

    abstract void line(StringBuilder out, String text);

    abstract void table(StringBuilder out, Document.Table table);

    /** The document as this format's text. */
    public String render(Document document) {
        StringBuilder out = new StringBuilder();
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Heading heading) {
                if (heading.level() == 1 && out.length() > 0) {
                    out.append('\n');
                }
                heading(out, heading);
            } else if (block instanceof Document.Line line) {
                line(out, line.text());
            } else if (block instanceof Document.Table table) {
                table(out, table);
            }
        }
        return out.toString();
    }

    /** {@code text} or {@code markdown}, as written on the command line. */
    public static Format of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static int[] widths(Document.Table table) {
        int[] widths = new int[table.header().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.header().get(c).length();
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        return widths;
    }

    /** Columns whose every non-empty cell is a number, to be aligned right. */
    private static boolean[] numericColumns(Document.Table table) {
        boolean[] numeric = new boolean[table.header().size()];
        for (int c = 0; c < numeric.length; c++) {
            int column = c;
            numeric[c] = table.rows().stream()
                    .map(row -> row.get(column))
                    .allMatch(cell -> cell.isEmpty() || cell.equals("absent") || cell.matches("-?[0-9][0-9.]*"));
        }
        return numeric;
    }
}
