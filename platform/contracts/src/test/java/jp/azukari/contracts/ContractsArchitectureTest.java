package jp.azukari.contracts;

import jp.azukari.testsupport.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ContractsArchitectureTest {

  @Test
  void contractsAreRecordsAndJacksonAnnotationsOnly() {
    ServiceArchitecture.checkContractsAreDependencyFree();
  }
}
