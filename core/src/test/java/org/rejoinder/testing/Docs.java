package org.rejoinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the documentation honest. A page's code blocks are run by tests: a snippet lies between
 * the markers {@code // README <name> begins} and {@code // README <name> ends} in a test class,
 * and the page must show exactly that code in the first java block under a heading. The API
 * names a page mentions in its text ({@code `Type.method(…)`}, {@code `method(…)`}, {@code
 * `Type.CONSTANT`}) must exist in Rejoinder's classes.
 */
public final class Docs {
  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
  /** {@code Type.member} or {@code member(} inside inline code; dotted chains are split. */
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([A-Za-z_][A-Za-z0-9_]*)(\\(|\\*)?");
  private static final Pattern CALL = Pattern.compile("(?<![A-Za-z0-9_])([a-z][A-Za-z0-9_]*)\\(");

  private Docs() {}

  /** Runs {@code code} and returns what it printed to standard output. */
  public static String printedBy(Runnable code) {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      code.run();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /**
   * Checks that {@code page} shows, in the first java block under {@code heading}, the code of
   * snippet {@code name} in the test class {@code testClass} (whose source is under this
   * module's {@code src/test/java}).
   */
  public static void assertShows(Path page, String heading, Class<?> testClass, String name) {
    String shown = block(page, heading, "java");
    String source = read(Path.of("src/test/java", testClass.getName().replace('.', '/') + ".java"));
    String begin = "// README " + name + " begins";
    int start = source.indexOf(begin);
    int end = source.indexOf("// README " + name + " ends");
    assertThat(start).as("%s has snippet %s", testClass.getSimpleName(), name).isNotNegative();
    assertThat(end).as("%s ends snippet %s", testClass.getSimpleName(), name).isGreaterThan(start);
    String tested = source.substring(source.indexOf('\n', start) + 1, end);
    assertThat(normalise(shown)).as("%s under %s", page, heading).isEqualTo(normalise(tested));
  }

  /** Returns the first fenced block of {@code language} under {@code heading} in {@code page}. */
  public static String block(Path page, String heading, String language) {
    Matcher block =
        Pattern.compile(
                Pattern.quote(heading) + "\\n.*?```" + language + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(read(page));
    assertThat(block.find()).as("%s has a %s block under %s", page, language, heading).isTrue();
    return block.group(1);
  }

  /**
   * Returns the API names {@code page} mentions in its text (outside code blocks) that none of
   * {@code classes} has: for {@code `Type.member`} a public member of a type of that simple name
   * (or of a supertype) or a type nested in it, for {@code `Type.PREFIX_*`} a public member whose
   * name starts so, for {@code `member(`} a public method of that name on any type. Types that
   * are not among {@code classes} ({@code Instant.now()}) are not checked.
   */
  public static List<String> unknownNames(Path page, JavaClasses classes) {
    Map<String, List<JavaClass>> bySimpleName = new HashMap<>();
    Set<String> methodNames = new HashSet<>();
    for (JavaClass c : classes) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c);
      for (JavaMember m : c.getAllMembers()) {
        if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
          methodNames.add(m.getName());
        }
      }
    }
    String text = FENCE.matcher(read(page)).replaceAll("");
    List<String> unknown = new ArrayList<>();
    Matcher code = INLINE_CODE.matcher(text);
    while (code.find()) {
      String span = code.group(1);
      Matcher qualified = QUALIFIED.matcher(span);
      Set<Integer> checkedCalls = new HashSet<>();
      while (qualified.find()) {
        List<JavaClass> types = bySimpleName.get(qualified.group(1));
        if (types == null) {
          if (qualified.group(3) != null) {
            checkedCalls.add(qualified.start(2)); // someone else's type: its methods are theirs
          }
          continue;
        }
        String member = qualified.group(2);
        boolean prefix = "*".equals(qualified.group(3));
        if ("(".equals(qualified.group(3))) {
          checkedCalls.add(qualified.start(2));
        }
        boolean found =
            types.stream().anyMatch(t -> hasPublicMember(t, member, prefix)
                || hasNested(classes, t, member));
        if (!found) {
          unknown.add(qualified.group(1) + "." + member + " in `" + span + "`");
        }
      }
      Matcher call = CALL.matcher(span);
      while (call.find()) {
        if (!checkedCalls.contains(call.start(1)) && !methodNames.contains(call.group(1))) {
          unknown.add(call.group(1) + "(…) in `" + span + "`");
        }
      }
    }
    return unknown;
  }

  private static boolean hasPublicMember(JavaClass type, String name, boolean prefix) {
    return type.getAllMembers().stream()
        .anyMatch(m -> (prefix ? m.getName().startsWith(name) : m.getName().equals(name))
            && m.getModifiers().contains(JavaModifier.PUBLIC));
  }

  private static boolean hasNested(JavaClasses classes, JavaClass type, String name) {
    return classes.stream().anyMatch(n -> n.getSimpleName().equals(name)
        && n.getEnclosingClass().map(type::equals).orElse(false));
  }

  /**
   * Imports the classes of the jars or folders that hold {@code anchors}: one class of each
   * module whose API a page may name.
   */
  public static JavaClasses classesOf(Class<?>... anchors) {
    List<Location> locations = new ArrayList<>();
    List<JarFile> jars = new ArrayList<>();
    try {
      for (Class<?> anchor : anchors) {
        Path path = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(path)) { // a module's folder of classes while it builds
          locations.add(Location.of(path));
        } else { // its jar once packaged
          JarFile jar = new JarFile(path.toFile());
          jars.add(jar);
          locations.add(Location.of(jar));
        }
      }
      return new ClassFileImporter().importLocations(locations);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot read the classes of " + List.of(anchors), e);
    } finally {
      for (JarFile jar : jars) {
        try {
          jar.close();
        } catch (IOException e) {
          // read already; nothing to undo
        }
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the common indentation and blank edges, so only the code itself is compared. */
  private static List<String> normalise(String code) {
    List<String> lines = code.stripTrailing().lines().dropWhile(String::isBlank).toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }
}
