package jp.azukari.gateway;

import jp.azukari.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void dependsOnNoOtherServicesCode() {
    ServiceArchitecture.checkServiceIsIndependent("jp.azukari.gateway");
  }
}
