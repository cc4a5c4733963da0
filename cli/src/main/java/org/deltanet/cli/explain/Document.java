package org.deltanet.cli.explain;

import java.util.ArrayList;
import java.util.List;

/** What {@code deltanet explain} prints, before it is formatted: headings, lines of text and tables. */
public final class Document {

    /** One part of the document. */
    public sealed interface Block permits Heading, Line, Table {}

    /** A section title; {@code level} 1 for a step, 2 for a part of a step. */
    public record Heading(int level, String text) implements Block {}

    /** A line of prose or a formula. */
    public record Line(String text) implements Block {}

    /** A table: a header row and rows of cells, each row as long as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    public Document heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    public Document line(String text) {
        blocks.add(new Line(text));
        return this;
    }

    public Document table(List<String> header, List<List<String>> rows) {
        blocks.add(
                new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
