package jp.azukari.item.photo;

import java.util.List;
import jp.azukari.platform.web.CodedProblems;
import jp.azukari.platform.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems of photo uploads and look-ups. Each carries a {@code code} (also in the {@code type},
 * {@code urn:azukari:problem:<code>}) so that the web can show its own translation.
 */
final class PhotoProblems {

  private PhotoProblems() {}

  static ErrorResponseException of(HttpStatus status, String code, String detail) {
    ProblemDetail problem = CodedProblems.of(status, code, detail);
    return new ErrorResponseException(status, problem, null);
  }

  static ErrorResponseException missing() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
    problem.setTitle("Invalid input");
    problem.setProperty("code", "photo.missing");
    problem.setProperty(
        "errors", List.of(new FieldError("file", "photo.missing", "Choose or take a photo.")));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  static ErrorResponseException notFound() {
    return of(HttpStatus.NOT_FOUND, "photo-unknown", "There is no such photo.");
  }

  static ErrorResponseException empty() {
    return of(HttpStatus.BAD_REQUEST, "photo.empty", "The file is empty. Choose the photo again.");
  }

  static ErrorResponseException notAPhoto() {
    return of(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "photo.type",
        "The file is not a photo (JPEG, PNG or HEIC).");
  }

  static ErrorResponseException tooMany(PhotoProperties properties) {
    return of(
        HttpStatus.CONFLICT,
        "photo.tooMany",
        "An item has at most "
            + properties.maxPerItem()
            + " photos. Delete one before adding another.");
  }

  static ErrorResponseException tooLarge(PhotoProperties properties) {
    return of(
        HttpStatus.CONTENT_TOO_LARGE,
        "photo.tooLarge",
        "The photo is larger than "
            + properties.maxSize().toMegabytes()
            + " MB. Take it again at a lower resolution, or choose a smaller file.");
  }
}
