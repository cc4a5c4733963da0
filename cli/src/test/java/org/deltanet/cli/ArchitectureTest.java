package org.deltanet.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the architecture, checked on the main code of every module the command
 * line puts together (README, "Modules"): a lower layer never names an upper one, {@code api}
 * names none, the built-in and example plugins and the test kit see the api alone, and plugin
 * discovery does not see the engine. The module-level rules (api without dependencies, plugins on
 * api only) are the Maven enforcer's.
 */
@AnalyzeClasses(packages = "org.deltanet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("api")
            .definedBy("org.deltanet.api..")
            .layer("plugins")
            .definedBy(
                    "org.deltanet.plugins..",
                    "org.deltanet.examples.swish..",
                    "org.deltanet.examples.rmsprop..",
                    "org.deltanet.examples.sgdw..")
            .layer("testkit")
            .definedBy("org.deltanet.testkit..")
            .layer("engine")
            .definedBy("org.deltanet.engine..")
            .layer("registry")
            .definedBy("org.deltanet.registry..", "org.deltanet.loader..")
            .layer("files")
            .definedBy("org.deltanet.files..")
            .layer("data")
            .definedBy("org.deltanet.data..", "org.deltanet.examples.spirals..")
            .layer("rundir")
            .definedBy("org.deltanet.rundir..")
            .layer("experiment")
            .definedBy("org.deltanet.experiment..")
            .layer("spark")
            .definedBy("org.deltanet.spark..")
            .layer("cli")
            .definedBy("org.deltanet.cli..")
            .whereLayer("api")
            .mayNotAccessAnyLayer()
            .whereLayer("plugins")
            .mayOnlyAccessLayers("api")
            .whereLayer("testkit")
            .mayOnlyAccessLayers("api")
            .whereLayer("engine")
            .mayOnlyAccessLayers("api")
            .whereLayer("registry")
            .mayOnlyAccessLayers("api")
            .whereLayer("files")
            .mayNotAccessAnyLayer()
            .whereLayer("data")
            .mayOnlyAccessLayers("api", "engine", "files")
            .whereLayer("rundir")
            .mayOnlyAccessLayers("api", "engine", "registry", "files")
            .whereLayer("experiment")
            .mayOnlyAccessLayers("api", "engine", "registry", "files", "data", "rundir")
            .whereLayer("spark")
            .mayOnlyAccessLayers("api", "engine", "registry", "files", "data", "rundir", "experiment")
            .whereLayer("plugins")
            .mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule MODULES_WITHOUT_CYCLES =
            slices().matching("org.deltanet.(*)..").should().beFreeOfCycles();

    /** Inside a module too, packages form layers: e.g. engine's math never reaches back into train. */
    @ArchTest
    static final ArchRule PACKAGES_WITHOUT_CYCLES =
            slices().matching("org.deltanet.(*).(*)..").should().beFreeOfCycles();
}
