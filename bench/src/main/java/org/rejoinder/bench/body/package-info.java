/** Comment bodies: Rejoinder's Markdown and sanitizer pipeline against the alternatives. */
@NullMarked
package org.rejoinder.bench.body;

import org.jspecify.annotations.NullMarked;
