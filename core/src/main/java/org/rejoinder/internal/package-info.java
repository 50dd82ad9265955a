/**
 * Implementation details shared across packages. Not exported; no API contract.
 */
@NullMarked
package org.rejoinder.internal;

import org.jspecify.annotations.NullMarked;
