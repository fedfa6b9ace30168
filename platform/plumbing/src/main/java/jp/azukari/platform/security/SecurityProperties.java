package jp.azukari.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicPaths request paths (Spring path patterns) that need no token, e.g. a public sign-up
 *     form
 */
@ConfigurationProperties("azukari.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {}
