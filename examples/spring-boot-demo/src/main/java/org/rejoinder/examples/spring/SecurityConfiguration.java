package org.rejoinder.examples.spring;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may sign in: one moderator, {@code moderator}, with the password in {@code
 * blog.moderator-password} (a new random one, printed, when it is not set). Every page is open;
 * Rejoinder itself keeps its moderation page to moderators. Rejoinder checks its own CSRF tokens,
 * so Spring Security's leave its paths alone.
 */
@Configuration
class SecurityConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .formLogin(Customizer.withDefaults())
        .logout(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/comments/**"));
    return http.build();
  }

  @Bean
  UserDetailsService users(@Value("${blog.moderator-password:}") String configured) {
    String password = configured;
    if (password.isEmpty()) {
      byte[] random = new byte[9];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      LOG.info("Moderator: user moderator, password {} (sign in at /login)", password);
    }
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return new InMemoryUserDetailsManager(User.withUsername("moderator")
        .password(encoder.encode(password)).roles("MODERATOR").build());
  }
}
