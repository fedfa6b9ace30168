package jp.azukari.platform.security;

import java.util.List;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is a stateless OAuth2 resource server for the realm's tokens. Everything needs a
 * valid token except health probes, metrics, the API description and the paths a service lists in
 * {@code azukari.security.public-paths}; finer role checks sit on the endpoints themselves.
 */
public final class ResourceServerSecurity {

  private ResourceServerSecurity() {}

  public static SecurityFilterChain filterChain(
      HttpSecurity http, SecurityProperties properties, ProblemDetailsWriter problems)
      throws Exception {
    var bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    var bearerDenied = new BearerTokenAccessDeniedHandler();
    var jwtConverter = new JwtAuthenticationConverter();
    jwtConverter.setJwtGrantedAuthoritiesConverter(new RealmRolesConverter());
    List<String> publicPaths = properties.publicPaths();
    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth -> {
              auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                  .permitAll();
              auth.requestMatchers("/actuator/prometheus", "/v3/api-docs/**").permitAll();
              auth.requestMatchers("/error").permitAll();
              if (!publicPaths.isEmpty()) {
                auth.requestMatchers(publicPaths.toArray(String[]::new)).permitAll();
              }
              auth.anyRequest().authenticated();
            })
        .oauth2ResourceServer(
            rs ->
                rs.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          bearerEntryPoint.commence(request, response, e);
                          problems.write(
                              request,
                              response,
                              HttpStatus.UNAUTHORIZED,
                              "A valid access token is required.");
                        })
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          bearerDenied.handle(request, response, e);
                          problems.write(
                              request,
                              response,
                              HttpStatus.FORBIDDEN,
                              "Your role does not allow this.");
                        }))
        .exceptionHandling(Customizer.withDefaults())
        .build();
  }
}
