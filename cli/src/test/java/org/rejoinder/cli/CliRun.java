package org.rejoinder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command-line tool in this process: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  /** Runs the tool with {@code args}, as {@code java -jar rejoinder-cli.jar args} would. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
