/**
 * The {@code rejoinder} command-line tool: {@link org.rejoinder.cli.Main}. An application, not an
 * API.
 */
@NullMarked
package org.rejoinder.cli;

import org.jspecify.annotations.NullMarked;
