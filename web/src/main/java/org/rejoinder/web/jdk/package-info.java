/** Serving the web layer with the JDK's HTTP server: {@link org.rejoinder.web.jdk.JdkHttpHandler}. */
@NullMarked
package org.rejoinder.web.jdk;

import org.jspecify.annotations.NullMarked;
