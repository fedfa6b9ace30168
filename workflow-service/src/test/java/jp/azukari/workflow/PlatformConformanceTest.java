package jp.azukari.workflow;

import jp.azukari.testsupport.PlatformConformance;

@WorkflowTest
class PlatformConformanceTest extends PlatformConformance {}
