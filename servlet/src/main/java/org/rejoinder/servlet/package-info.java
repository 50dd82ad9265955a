/**
 * Serving Rejoinder's web layer from a Jakarta Servlet 6 container (Tomcat, Jetty, Undertow, a
 * Spring Boot application): {@link org.rejoinder.servlet.CommentsServlet}.
 */
@NullMarked
package org.rejoinder.servlet;

import org.jspecify.annotations.NullMarked;
