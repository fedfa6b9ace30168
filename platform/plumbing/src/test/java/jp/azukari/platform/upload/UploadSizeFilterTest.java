package jp.azukari.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import jp.azukari.platform.web.ProblemDetailsWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

class UploadSizeFilterTest {

  private static final UploadLimit PHOTOS =
      new UploadLimit(
          Pattern.compile("^/photos$"), DataSize.ofMegabytes(1), UploadSizeFilterTest::tooLarge);

  private final UploadSizeFilter filter =
      new UploadSizeFilter(List.of(PHOTOS), new ProblemDetailsWriter(JsonMapper.builder().build()));

  private static ErrorResponseException tooLarge() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Photo over 1 MB.");
    problem.setType(URI.create("urn:azukari:problem:photo.tooLarge"));
    return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
  }

  @Test
  void refusesAnUploadDeclaredLargerThanItsLimitWithoutPassingItOn() throws Exception {
    var request = upload("POST", "/photos", PHOTOS.maxRequestBytes() + 1);
    var response = new MockHttpServletResponse();
    var chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getHeader("Connection")).isEqualTo("close");
    assertThat(response.getContentAsString()).contains("Photo over 1 MB.");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void passesAnUploadWithinItsLimit() throws Exception {
    var chain = new MockFilterChain();

    filter.doFilter(
        upload("POST", "/photos", PHOTOS.maxRequestBytes()), new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  void leavesOtherPathsAndMethodsAlone() throws Exception {
    for (var request :
        List.of(upload("POST", "/documents", 2_000_000), upload("PUT", "/photos", 2_000_000))) {
      var chain = new MockFilterChain();

      filter.doFilter(request, new MockHttpServletResponse(), chain);

      assertThat(chain.getRequest()).isNotNull();
    }
  }

  private static MockHttpServletRequest upload(String method, String path, long length) {
    var request = new MockHttpServletRequest(method, path);
    request.setContent(new byte[(int) length]);
    return request;
  }
}
