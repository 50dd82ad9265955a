/**
 * Spring Boot auto-configuration for Rejoinder: {@link
 * org.rejoinder.spring.boot.RejoinderAutoConfiguration} and its {@code rejoinder.*} {@link
 * org.rejoinder.spring.boot.RejoinderProperties}, Spring Security's signed-in principal as the
 * author ({@link org.rejoinder.spring.boot.SpringSecurityIdentities}), Micrometer metrics ({@link
 * org.rejoinder.spring.boot.RejoinderMetrics}) and a health indicator for the store.
 */
@NullMarked
package org.rejoinder.spring.boot;

import org.jspecify.annotations.NullMarked;
