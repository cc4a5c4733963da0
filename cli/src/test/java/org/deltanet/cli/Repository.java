package org.deltanet.cli;

import java.nio.file.Path;

/** Where the command-line tests find the repository's examples and the data shared beside it. */
final class Repository {

    /** The repository's root, from the module's working directory. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The examples folder. */
    static final Path EXAMPLES = ROOT.resolve("examples");

    /** The data shared beside the repository (MNIST, iris); tests that need it skip without it. */
    static final Path SHARED_DATA = ROOT.resolveSibling("shared").resolve("data");

    private Repository() {}
}
