package org.deltanet.loader;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deltanet.api.PluginKind;

/**
 * Finds, with a ClassGraph scan of one jar's class files (nothing is loaded or initialised), the
 * plugin classes that its {@code META-INF/services} files do not list: public, concrete, top-level
 * or static nested, with a public no-argument constructor, and a subtype of a plugin kind's
 * service interface.
 *
 * <p>Supertypes outside the jar are resolved through the jar's parent loader, which knows the api
 * (so a subclass of {@code ElementwiseActivation} counts as an activation) and the JDK.
 */
final class UnlistedClasses {

    private UnlistedClasses() {}

    /** The unlisted plugin classes of the jar by kind, in class-name order. */
    static Map<PluginKind<?>, List<String>> in(PluginJar jar) {
        Map<PluginKind<?>, List<String>> unlisted = new LinkedHashMap<>();
        Map<PluginKind<?>, List<String>> listed = new LinkedHashMap<>();
        for (PluginKind<?> kind : PluginKind.values()) {
            unlisted.put(kind, new ArrayList<>());
            listed.put(kind, jar.listed(kind.serviceType()));
        }
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(jar.path().toString())
                .enableClassInfo()
                .enableMethodInfo()
                .scan()) {
            for (ClassInfo info : scan.getAllStandardClasses()) {
                if (!instantiable(info)) {
                    continue;
                }
                for (PluginKind<?> kind : PluginKind.values()) {
                    if (!listed.get(kind).contains(info.getName()) && implementsKind(info, kind, jar)) {
                        unlisted.get(kind).add(info.getName());
                    }
                }
            }
        }
        unlisted.values().forEach(names -> names.sort(null));
        return unlisted;
    }

    private static boolean instantiable(ClassInfo info) {
        return info.isPublic()
                && !info.isAbstract()
                && !info.isInterface()
                && (!info.isInnerClass() || info.isStatic())
                && info.getDeclaredConstructorInfo().stream()
                        .anyMatch(constructor -> constructor.isPublic() && constructor.getParameterInfo().length == 0);
    }

    private static boolean implementsKind(ClassInfo info, PluginKind<?> kind, PluginJar jar) {
        return Stream.concat(info.getSuperclasses().stream(), info.getInterfaces().stream())
                .map(ClassInfo::getName)
                .anyMatch(name -> isSubtypeOutsideJar(name, kind.serviceType(), jar));
    }

    private static boolean isSubtypeOutsideJar(String name, Class<?> service, PluginJar jar) {
        try {
            return service.isAssignableFrom(
                    Class.forName(name, false, jar.loader().getParent()));
        } catch (ClassNotFoundException | LinkageError insideTheJarOrMissing) {
            return false;
        }
    }
}
