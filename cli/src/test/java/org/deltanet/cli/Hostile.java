package org.deltanet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hostile input for {@link HostileInputTest}: files to write, a command line, and what must
 * come of it. Arguments may name {@code {dir}}, the case's own folder.
 *
 * <p>Example: {@code Hostile.of(Kind.MISTAKE, "--set through a list").experiment(...)
 * .run("validate", "{dir}/e.yaml", "--set", "model.layers.foo=1").fails(ExitCode.CONFIG, "layers[0].foo")}.
 */
final class Hostile {

    /** The classes of issue 10. */
    enum Kind {
        RESOURCES,
        PARSING,
        SILENT,
        RUN_DIRECTORY,
        MISTAKE,
        TERMINAL,
        NAMES
    }

    /** What may be left in the case's folder afterwards. */
    enum Disk {
        /** Nothing besides the files the case wrote: no run directory. */
        NOTHING_NEW,
        /** One run directory under {@code {dir}/runs} whose STATUS says {@code failed: ...}. */
        FAILED_RUN,
        /** Anything: the case sets up run directories of its own. */
        ANY
    }

    /** Writes an input file into the case's folder. */
    @FunctionalInterface
    interface Setup {
        void write(Path dir) throws IOException;
    }

    final Kind kind;
    final String what;
    final Map<String, Setup> files = new LinkedHashMap<>();
    final List<Setup> setups = new ArrayList<>();
    final List<String> args = new ArrayList<>();
    ExitCode code;
    String expected;
    Disk disk = Disk.NOTHING_NEW;
    /** The longest the command may take; generated inputs of hundreds of megabytes get the minute. */
    java.time.Duration slowest = java.time.Duration.ofSeconds(20);

    private Hostile(Kind kind, String what) {
        this.kind = kind;
        this.what = what;
    }

    static Hostile of(Kind kind, String what) {
        return new Hostile(kind, what);
    }

    Hostile file(String name, String text) {
        return file(name, folder -> java.nio.file.Files.writeString(folder.resolve(name), text));
    }

    Hostile bytes(String name, byte[] bytes) {
        return file(name, folder -> java.nio.file.Files.write(folder.resolve(name), bytes));
    }

    Hostile file(String name, Setup setup) {
        files.put(name, setup);
        return this;
    }

    /** Any other preparation (a run directory to resume, a folder). */
    Hostile setup(Setup setup) {
        setups.add(setup);
        return this;
    }

    Hostile run(String... arguments) {
        args.addAll(List.of(arguments));
        return this;
    }

    /** Must fail with {@code code} and a message containing {@code expected}. */
    Hostile fails(ExitCode exit, String part) {
        this.code = exit;
        this.expected = part;
        return this;
    }

    /** A generated input of hundreds of megabytes: it must still be refused within a minute. */
    Hostile large() {
        this.slowest = java.time.Duration.ofMinutes(1);
        return this;
    }

    Hostile leaves(Disk left) {
        this.disk = left;
        return this;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + what;
    }
}
