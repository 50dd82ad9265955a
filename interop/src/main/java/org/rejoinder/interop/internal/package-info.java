/**
 * What the importers, the exporter and the backup use inside: hardened XML reading, the
 * format-independent import run, cleaning rules, writers. Not exported.
 */
@NullMarked
package org.rejoinder.interop.internal;

import org.jspecify.annotations.NullMarked;
