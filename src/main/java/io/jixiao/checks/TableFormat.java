package io.jixiao.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a project table, which fixes its indicator frame (level 1 and the level 2 each allows).
 * Unit overall tables have a free frame and do not use it.
 */
public enum TableFormat {

	/** Since the 2021 guidance: 成本指标 is a level-1 group and every indicator carries a weight. */
	CURRENT(level1("产出指标", Group.OUTPUT, "数量指标", "质量指标", "时效指标"),
			level1("成本指标", Group.OUTPUT, "经济成本指标", "社会成本指标", "生态环境成本指标"),
			level1("效益指标", Group.BENEFIT, "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
			level1("满意度指标", Group.SATISFACTION, "服务对象满意度指标", "满意度指标")),

	/** The 2020 tables: 成本指标 sits under 项目完成, and there are no weights. */
	Y2020(level1("项目完成", Group.OUTPUT, "数量指标", "质量指标", "时效指标", "成本指标"),
			level1("项目效益", Group.BENEFIT, "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
			level1("满意度指标", Group.SATISFACTION, "满意度指标", "服务对象满意度指标"));

	/** The frame weight groups of a rule set: 产出 (with 成本), 效益, 满意度. */
	enum Group {
		OUTPUT, BENEFIT, SATISFACTION
	}

	private record Level1(String name, Group group, List<String> level2) {
	}

	private final List<Level1> frame;

	TableFormat(Level1... frame) {
		this.frame = List.of(frame);
	}

	private static Level1 level1(String name, Group group, String... level2) {
		return new Level1(name, group, List.of(level2));
	}

	/** The level-1 indicators in table order, each with the level-2 indicators it allows. */
	public Map<String, List<String>> frame() {
		Map<String, List<String>> names = new LinkedHashMap<>();
		this.frame.forEach((level1) -> names.put(level1.name(), level1.level2()));
		return Collections.unmodifiableMap(names);
	}

	List<String> level1Names() {
		return this.frame.stream().map(Level1::name).toList();
	}

	/** The frame's spelling of a written level 1 ("产出" and "产出 指标" are 产出指标), or {@code null}. */
	String level1(String written) {
		Level1 level1 = find(written);
		return (level1 != null) ? level1.name() : null;
	}

	/** The frame's spelling of a written level 2 under a level 1, or {@code null} when it does not belong there. */
	String level2(String level1, String written) {
		Level1 parent = find(level1);
		return (parent != null) ? canonical(parent.level2(), written) : null;
	}

	List<String> level2Names(String level1) {
		Level1 parent = find(level1);
		return (parent != null) ? parent.level2() : List.of();
	}

	/** The weight group of a level 1, or {@code null} when it is not in the frame. */
	Group group(String level1) {
		Level1 found = find(level1);
		return (found != null) ? found.group() : null;
	}

	private Level1 find(String written) {
		String name = canonical(level1Names(), written);
		return this.frame.stream().filter((level1) -> level1.name().equals(name)).findFirst().orElse(null);
	}

	private static String canonical(List<String> names, String written) {
		String compact = Texts.compact(written);
		if (compact.isEmpty()) {
			return null;
		}
		return names.stream()
			.filter((name) -> name.equals(compact) || name.equals(compact + "指标"))
			.findFirst()
			.orElse(null);
	}
}
