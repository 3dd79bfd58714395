package io.jixiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; only their public API may be used across, and without cycles. */
@NoDatabase
class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(JixiaoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}
}
