/**
 * HTML rendering of a large thread: Rejoinder's renderer against Thymeleaf, JTE and plain
 * concatenation writing the same bytes.
 */
@NullMarked
package org.rejoinder.bench.html;

import org.jspecify.annotations.NullMarked;
