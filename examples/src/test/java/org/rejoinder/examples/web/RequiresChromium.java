package org.rejoinder.examples.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that drive headless Chromium: they run where Chromium and chromedriver are
 * installed ({@code apt-get install chromium chromium-driver}; CI does) and are reported skipped,
 * saying why, elsewhere. Tagged {@code browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

  /** Enables the tests when both programs are there. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Path chromium = Chromium.BINARY;
      Path driver = Chromium.DRIVER;
      if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
        return ConditionEvaluationResult.enabled("Chromium at " + chromium + ", chromedriver at " + driver);
      }
      return ConditionEvaluationResult.disabled("Browser tests skipped: Chromium (" + chromium
          + ") or chromedriver (" + driver + ") is not installed; apt-get install chromium chromium-driver");
    }
  }
}
