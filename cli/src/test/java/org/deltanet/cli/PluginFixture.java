package org.deltanet.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A plugin jar for tests, built from Java sources compiled with the JDK's compiler against the test
 * class path (so against this api), or from a folder of compiled classes.
 *
 * <p>Example:
 * <pre>{@code
 * Path jar = new PluginFixture("wrong-tanh.jar")
 *         .source("fixture.WrongTanh", "package fixture; public class WrongTanh extends ... { ... }")
 *         .service(Activation.class, "fixture.WrongTanh")
 *         .writeTo(folder);
 * }</pre>
 */
final class PluginFixture {

    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Set<String> omitted = new HashSet<>();
    private String version;
    private Path classes;

    PluginFixture(String fileName) {
        this.fileName = fileName;
    }

    /** Adds a class to compile, by its binary name. */
    PluginFixture source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Lists a class in the jar's {@code META-INF/services} file of the given service. */
    PluginFixture service(Class<?> service, String className) {
        services.computeIfAbsent(service.getName(), s -> new ArrayList<>()).add(className);
        return this;
    }

    /** Compiles a class but leaves it out of the jar, as if the api the jar was built against had it. */
    PluginFixture omit(String className) {
        omitted.add(className);
        return this;
    }

    /** Writes an {@code Implementation-Version} into the manifest. */
    PluginFixture version(String implementationVersion) {
        this.version = implementationVersion;
        return this;
    }

    /** Takes every file of an existing folder of compiled classes and resources. */
    PluginFixture classes(Path folder) {
        this.classes = folder;
        return this;
    }

    /** Builds the jar into {@code folder} and returns its path. */
    Path writeTo(Path folder) throws IOException {
        Path compiled = sources.isEmpty() ? null : compile(Files.createTempDirectory("deltanet-fixture"));
        try {
            return write(folder, compiled);
        } finally {
            if (compiled != null) {
                delete(compiled);
            }
        }
    }

    private Path write(Path folder, Path compiled) throws IOException {
        Files.createDirectories(folder);
        Path jar = folder.resolve(fileName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (version != null) {
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path root : Stream.of(classes, compiled).filter(p -> p != null).toList()) {
                addFiles(out, root);
            }
            for (Map.Entry<String, List<String>> file : services.entrySet()) {
                add(
                        out,
                        "META-INF/services/" + file.getKey(),
                        (String.join("\n", file.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void addFiles(JarOutputStream out, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF") && !omitted.contains(className(name))) {
                    add(out, name, Files.readAllBytes(file));
                }
            }
        }
    }

    private static String className(String entry) {
        return entry.endsWith(".class")
                ? entry.substring(0, entry.length() - ".class".length()).replace('/', '.')
                : "";
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private Path compile(Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(source -> (JavaFileObject) new Source(source.getKey(), source.getValue()))
                .toList();
        List<String> options = List.of(
                "-d",
                output.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "--release",
                "17",
                "-proc:none");
        boolean compiled =
                compiler.getTask(null, null, diagnostics, options, null, units).call();
        if (!compiled) {
            throw new IllegalStateException("fixture does not compile: " + diagnostics.getDiagnostics());
        }
        return output;
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
