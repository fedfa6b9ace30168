package jp.azukari.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginControllerTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "/admin/, /admin/",
        "/me?tab=roles, /me?tab=roles",
        "null, /",
        "https://evil.example/, /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "javascript:alert(1), /"
      })
  void returnsOnlyToPathsOfThisSite(String requested, String expected) {
    assertThat(LoginController.safeReturnTo(requested)).isEqualTo(expected);
  }
}
