package io.jixiao.targets;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The official order of indicator rows (domain guide, "Order of indicators"): level 1 in the order of the table's
 * frame, level 2 in the order of its level 1, the rows of one group together in the order the drafter gave them.
 * Labels the frame does not know (imported oddities) follow the known ones of their level, in the order they first
 * appear, their rows kept together too. Labels match as the drafter may write them: "产出", "产出 指标", "产出指标".
 */
public final class IndicatorOrder {

	private static final String SUFFIX = "指标";

	/** Unit overall tables have a free frame; these are the groups the seeds use, in their order. */
	private static final Map<String, List<String>> UNIT_FRAME = unitFrame();

	private final Map<String, List<String>> frame;

	private IndicatorOrder(Map<String, List<String>> frame) {
		this.frame = frame;
	}

	/** The order of a table of this kind and format. */
	public static IndicatorOrder of(TableKind kind, TableFormat format) {
		return new IndicatorOrder(frame(kind, format));
	}

	/** The level-1 groups of a table of this kind and format in order, each with its level-2 groups in order. */
	static Map<String, List<String>> frame(TableKind kind, TableFormat format) {
		return kind == TableKind.UNIT ? UNIT_FRAME : format.frame();
	}

	/** The rows in official order (a new list; the given one is left as it is). */
	public <T> List<T> sorted(List<T> rows, Function<? super T, String> level1, Function<? super T, String> level2) {
		List<String> level1Keys = new ArrayList<>();
		frame.keySet().forEach(name -> level1Keys.add(key(name)));
		Map<String, List<String>> level2Keys = new HashMap<>();
		frame.forEach((name, children) -> level2Keys.put(key(name), new ArrayList<>(children.stream()
			.map(IndicatorOrder::key)
			.toList())));
		int[][] ranks = new int[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			String first = key(level1.apply(rows.get(i)));
			List<String> children = level2Keys.computeIfAbsent(first, unknown -> new ArrayList<>());
			ranks[i] = new int[] { rank(level1Keys, first), rank(children, key(level2.apply(rows.get(i)))) };
		}
		// a stable sort: the rows of one group keep the drafter's order
		return IntStream.range(0, rows.size())
			.boxed()
			.sorted(Comparator.<Integer>comparingInt(i -> ranks[i][0]).thenComparingInt(i -> ranks[i][1]))
			.map(rows::get)
			.toList();
	}

	/** Indicator rows in official order. */
	public List<Indicator> sorted(List<Indicator> rows) {
		return sorted(rows, Indicator::getLevel1, Indicator::getLevel2);
	}

	/** Where a label stands: its place among the known ones, else appended after them in order of appearance. */
	private static int rank(List<String> keys, String key) {
		int at = keys.indexOf(key);
		if (at < 0) {
			keys.add(key);
			at = keys.size() - 1;
		}
		return at;
	}

	/** A label as compared: without white space and without the closing 指标 that writers add or leave out. */
	private static String key(String label) {
		if (label == null) {
			return "";
		}
		String compact = label.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return compact.endsWith(SUFFIX) && compact.length() > SUFFIX.length()
				? compact.substring(0, compact.length() - SUFFIX.length()) : compact;
	}

	private static Map<String, List<String>> unitFrame() {
		Map<String, List<String>> frame = new LinkedHashMap<>();
		frame.put("履职效能", List.of("数量指标", "质量指标", "时效指标"));
		frame.put("管理效率", List.of("预算管理", "资产管理", "制度建设"));
		frame.put("运行成本", List.of("经济成本指标"));
		frame.put("社会效应", List.of("经济效益指标", "社会效益指标", "生态效益指标"));
		frame.put("服务对象满意度", List.of("满意度指标"));
		return Collections.unmodifiableMap(frame);
	}
}
