/**
 * What the web layer uses inside and that depends on none of its types: signed tokens, URL
 * encoding, escaping, the honeypot's flag. Not exported. The handlers themselves are
 * package-private classes of {@code org.rejoinder.web}.
 */
@NullMarked
package org.rejoinder.web.internal;

import org.jspecify.annotations.NullMarked;
