package jp.azukari.audit.record;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.azukari.testsupport.TestHttp;

/** The audit log's HTTP API, called exactly as the admin console calls it. */
record AuditApi(TestHttp http) {

  static AuditApi on(int port) {
    return new AuditApi(TestHttp.on(port));
  }

  HttpResponse<String> get(String path, String token) {
    return http.get(path, token);
  }

  /** Any method, with a JSON body for those that take one. */
  HttpResponse<String> send(String method, String path, String token, String json) {
    return http.send(method, path, token, json, Map.of());
  }
}
