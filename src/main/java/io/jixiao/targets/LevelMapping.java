package io.jixiao.targets;

import io.jixiao.checks.TableFormat;

/** Maps indicator levels between the 2020 format and the current one (成本 moved to level 1 in 2021). */
final class LevelMapping {

	private LevelMapping() {
	}

	static String[] toFormat(TableFormat target, String level1, String level2) {
		if (target == TableFormat.CURRENT) {
			return switch (level1) {
				case "项目完成" -> "成本指标".equals(level2) ? new String[] { "成本指标", "经济成本指标" }
						: new String[] { "产出指标", level2 };
				case "项目效益" -> new String[] { "效益指标", level2 };
				default -> new String[] { level1, level2 };
			};
		}
		return switch (level1) {
			case "产出指标" -> new String[] { "项目完成", level2 };
			case "成本指标" -> new String[] { "项目完成", "成本指标" };
			case "效益指标" -> new String[] { "项目效益", level2 };
			default -> new String[] { level1, level2 };
		};
	}
}
