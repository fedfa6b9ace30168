package jp.azukari.audit;

import jp.azukari.testsupport.PlatformConformance;
import jp.azukari.testsupport.ServiceTest;

@ServiceTest
class PlatformConformanceTest extends PlatformConformance {}
