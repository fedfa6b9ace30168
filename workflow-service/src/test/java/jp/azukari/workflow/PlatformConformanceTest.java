package jp.azukari.workflow;

import jp.azukari.testsupport.PlatformConformance;
import jp.azukari.testsupport.ServiceTest;

@ServiceTest
class PlatformConformanceTest extends PlatformConformance {}
