package io.jixiao.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One generated table before it is written: its unit, the status it is given (by {@link #MIX}), its funds and 10 to
 * 30 indicator rows in the current frame, all drawn from the run's seeded random so that a seed repeats a run. The
 * ids are filled in as {@link DraftBatches} writes it.
 */
final class Draft {

	/** How often each status occurs, in percent: a province in the middle of its budget round. */
	static final Map<String, Integer> MIX = mix();

	// level 1, level 2, name, value, scoring rule ({n}, {p}, {m}: a count, a percentage, an amount)
	// the scoring rules rule R09 expects: proportional for quantitative, graded for qualitative indicators,
	// 满意度赋分 for satisfaction
	private static final String RATIO = "按照完成比例赋分";
	private static final String DIRECT = "直接赋分";
	private static final String GRADED = "按评判等级赋分";
	private static final String[][] OUTPUT = { { "产出指标", "数量指标", "完成{n}项工作", "≥{n}项", RATIO },
			{ "产出指标", "质量指标", "验收合格率", "≥{p}%", RATIO },
			{ "产出指标", "时效指标", "按期完成率", "100%", DIRECT },
			{ "成本指标", "经济成本指标", "项目成本控制", "≤{m}万元", RATIO } };
	// in the frame's order of level 2: these rows are written without the aggregate, which would order them
	private static final String[][] BENEFIT = { { "效益指标", "经济效益指标", "带动相关产业增收", "≥{n}万元", RATIO },
			{ "效益指标", "社会效益指标", "服务群众{n}人次", "≥{n}人次", RATIO },
			{ "效益指标", "可持续影响指标", "长效机制建立情况", "建立健全", GRADED } };
	private static final String[] SATISFACTION = { "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥{p}%", "满意度赋分" };

	long id;
	long versionId;
	GeneratedTree.Unit unit;
	long reviewer;
	String status;
	String name;
	BigDecimal funds;
	List<String[]> rows;
	int year;
	long ruleSet;
	Instant at;

	/** The {@code index}-th table of a run, spread over the tree's units round robin. */
	static Draft draw(SplittableRandom random, GeneratedTree.Tree tree, int index, int year, long ruleSet, Clock clock) {
		Draft d = new Draft();
		d.unit = tree.units().get(index % tree.units().size());
		d.reviewer = tree.financeReviewer();
		d.status = Inserts.pick(random, List.copyOf(MIX.keySet()), MIX::get);
		if (d.status.equals("DEPT_REVIEW") && !d.unit.deptReviews()) {
			d.status = "FINANCE_REVIEW"; // only units under a reviewing department wait for their department
		}
		d.name = "省级专项项目" + (index + 1);
		d.funds = BigDecimal.valueOf(random.nextInt(1_000, 500_000), 2);
		d.year = year;
		d.ruleSet = ruleSet;
		d.at = clock.instant().minus(Duration.ofHours(random.nextInt(1, 24 * 20)));
		d.rows = rows(random, 10 + random.nextInt(21));
		return d;
	}

	/** Whether the table has an approved version (approved, or published after it). */
	boolean approved() {
		return status.equals("APPROVED") || status.equals("PUBLISHED");
	}

	/** The department the table's unit reports to (a unit without one is its own). */
	long departmentId() {
		return unit.departmentId() != null ? unit.departmentId() : unit.id();
	}

	/** Indicator rows in the current frame with weights 50 / 30 / 10 over output, benefit and satisfaction. */
	private static List<String[]> rows(SplittableRandom random, int count) {
		int satisfaction = 1;
		int benefit = Math.max(1, (count - satisfaction) * 3 / 8);
		int output = count - satisfaction - benefit;
		List<String[]> rows = new ArrayList<>();
		addRows(rows, random, OUTPUT, output, 50);
		addRows(rows, random, BENEFIT, benefit, 30);
		addRows(rows, random, new String[][] { SATISFACTION }, satisfaction, 10);
		return rows;
	}

	private static void addRows(List<String[]> rows, SplittableRandom random, String[][] kinds, int count, int weight) {
		int[] seen = new int[kinds.length];
		for (int i = 0; i < count; i++) {
			// rows of one level stay together, as in a real table
			int k = i * kinds.length / count;
			String[] kind = kinds[k];
			int nth = ++seen[k];
			int share = weight / count + (i < weight % count ? 1 : 0);
			String n = String.valueOf(random.nextInt(2, 500));
			String p = String.valueOf(random.nextInt(85, 100));
			String m = String.valueOf(random.nextInt(5, 300));
			String name = kind[2].replace("{n}", n) + (nth > 1 ? "（" + nth + "）" : "");
			String value = kind[3].replace("{n}", n).replace("{p}", p).replace("{m}", m);
			rows.add(new String[] { kind[0], kind[1], name, value, String.valueOf(share), kind[4] });
		}
	}

	private static Map<String, Integer> mix() {
		Map<String, Integer> mix = new LinkedHashMap<>();
		mix.put("DRAFT", 20);
		mix.put("DEPT_REVIEW", 10);
		mix.put("FINANCE_REVIEW", 15);
		mix.put("RETURNED", 5);
		mix.put("APPROVED", 10);
		mix.put("PUBLISHED", 35);
		mix.put("REJECTED", 5);
		return mix;
	}
}
