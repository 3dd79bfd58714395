package io.jixiao.imports;

import io.jixiao.checks.IndicatorValue;
import io.jixiao.checks.TableFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of performance target tables: level names, 设置依据, 赋分规则, 佐证资料 and the column titles, so that a
 * cell can be recognised by what it says rather than where the conversion put it.
 */
final class Vocabulary {

	static final Set<String> LEVEL1_CURRENT = Set.of("产出指标", "成本指标", "效益指标", "满意度指标");

	static final Set<String> LEVEL1_2020 = Set.of("项目完成", "项目效益", "满意度指标", "项目完成指标", "项目效益指标");

	/** Level 1 of unit overall tables, whose frame is free; the usual ones. */
	static final Set<String> LEVEL1_UNIT = Set.of("履职效能", "管理效率", "运行成本", "社会效应", "服务对象满意度", "产出指标",
			"效益指标", "满意度指标", "成本指标", "社会效益", "可持续发展", "部门管理", "职责履行", "履职效果", "能力建设");

	static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
			"生态成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标", "预算管理",
			"资产管理", "制度建设", "人员管理", "财务管理", "预算执行", "绩效管理", "运行管理");

	/** 成本指标 is a level 2 under 项目完成 in the 2020 layout. */
	static final String COST = "成本指标";

	static final Set<String> BASIS = Set.of("计划标准", "历史标准", "行业标准", "预算支出标准", "其他标准", "国家标准", "地方标准",
			"省级标准", "部门标准", "标准", "计划", "历史", "行业");

	static final Set<String> SCORING = Set.of("按照完成比例赋分", "按完成比例赋分", "直接赋分", "按评判等级赋分", "按照评判等级赋分",
			"满意度赋分", "按满意度赋分", "按等级赋分");

	static final Set<String> EVIDENCE = Set.of("工作资料", "原始凭证", "正式材料", "说明材料", "其他材料", "佐证材料", "会议纪要",
			"验收报告", "合同", "发票", "照片", "文件", "工作总结", "统计报表", "调查问卷", "满意度调查表", "问卷调查");

	private static final Pattern EVIDENCE_SPLIT = Pattern.compile("[,，、;；/\\s]+");

	private static final Pattern QUALITATIVE = Pattern.compile(
			"^(?:有效|有所|明显|显著|持续|逐步|不断|稳步|大幅|进一步|效果|长期|基本|全面|得到|保持|符合|达到|达标|提高|提升|降低|减轻|减少|"
					+ "增加|增强|促进|保障|加强|确保|满足|良好|较好|合格|优秀|优良|是|否|完成|按时|及时|无|正常|稳定|改善|实现|较大|一定|"
					+ "充分|积极|切实|较高|高|好)[^\\d]{0,8}$");

	private static final Pattern OPERATOR_WORD = Pattern.compile(
			"^(?:>=|<=|=>|=<|≥|≤|>|<|=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|正向|反向|定量|定性)$");

	/** Column titles of the indicator part, longest first, with what each column holds. */
	static final Map<String, Role> COLUMNS = columns();

	private Vocabulary() {
	}

	private static Map<String, Role> columns() {
		Map<String, Role> titles = new LinkedHashMap<>();
		titles.put("指标值(包含数字及文字描述)", Role.VALUE);
		titles.put("指标值(包含数字和文字描述)", Role.VALUE);
		titles.put("指标值设置依据", Role.BASIS);
		titles.put("指标值设定依据", Role.BASIS);
		titles.put("指标设定依据", Role.BASIS);
		titles.put("指标设置依据", Role.BASIS);
		titles.put("指标值说明", Role.BASIS);
		titles.put("上年实际完成值", Role.LAST_YEAR);
		titles.put("上年完成值", Role.LAST_YEAR);
		titles.put("指标分值权重", Role.WEIGHT);
		titles.put("指标赋分规则", Role.SCORING);
		titles.put("分值权重", Role.WEIGHT);
		titles.put("指标权重", Role.WEIGHT);
		titles.put("赋分规则", Role.SCORING);
		titles.put("评分规则", Role.SCORING);
		titles.put("佐证资料", Role.EVIDENCE);
		titles.put("佐证材料", Role.EVIDENCE);
		titles.put("度量单位", Role.UNIT);
		titles.put("计量单位", Role.UNIT);
		titles.put("指标性质", Role.OPERATOR);
		titles.put("设置依据", Role.BASIS);
		titles.put("绩效指标", Role.LABEL);
		titles.put("一级指标", Role.LEVEL1);
		titles.put("二级指标", Role.LEVEL2);
		titles.put("三级指标", Role.NAME);
		titles.put("指标名称", Role.NAME);
		titles.put("指标值", Role.VALUE);
		titles.put("目标值", Role.VALUE);
		titles.put("权重", Role.WEIGHT);
		titles.put("分值", Role.WEIGHT);
		return java.util.Collections.unmodifiableMap(titles);
	}

	/** Whether the compact text begins an indicator column header (一级指标 二级指标 …, or 绩效指标 一级指标 …). */
	static boolean startsColumnHeader(String compact) {
		return compact.startsWith("一级指标二级指标") || compact.startsWith("绩效指标一级指标");
	}

	/**
	 * Level 1 names of either frame are read in any project table (a 2020 table may say 产出指标, a later one 项目完成);
	 * only 成本指标 depends on the frame: a level 2 under 项目完成 in the 2020 one.
	 */
	static boolean isLevel1(String key, TableLayout layout) {
		return switch (layout.flavour()) {
			case Y2020 -> LEVEL1_2020.contains(key) || !COST.equals(key) && isCurrentLevel1(key);
			case UNIT -> LEVEL1_UNIT.contains(key) || LEVEL1_CURRENT.contains(key);
			case CURRENT -> isCurrentLevel1(key) || LEVEL1_2020.contains(key);
		};
	}

	private static boolean isCurrentLevel1(String key) {
		return LEVEL1_CURRENT.contains(key) || "产出".equals(key) || "效益".equals(key) || "满意度".equals(key);
	}

	/** Which frame the level cells of a table follow: true the 2020 one, false the current, null unknown. */
	static Boolean frameOf(Iterable<String> cellKeys) {
		Boolean frame = null;
		for (String key : cellKeys) {
			if (LEVEL1_2020.contains(key) && !"满意度指标".equals(key)) {
				return true;
			}
			if ("产出指标".equals(key) || "效益指标".equals(key)) {
				frame = false;
			}
		}
		return frame;
	}

	/** Whether the key is a level name of any frame: two words that make one are one cell. */
	static boolean isLevelName(String key) {
		return LEVEL1_CURRENT.contains(key) || LEVEL1_2020.contains(key) || LEVEL2.contains(key);
	}

	static boolean isLevel2(String key, TableLayout layout) {
		if (COST.equals(key)) {
			return layout.flavour() == TableLayout.Flavour.Y2020;
		}
		return LEVEL2.contains(key);
	}

	/** A name that looks like a level of the frame even when not in the vocabulary: short and ending with 指标. */
	static boolean looksLikeLevel(String key) {
		return key.length() >= 3 && key.length() <= 10 && key.endsWith("指标") && !key.matches(".*\\d.*")
				&& !COLUMNS.containsKey(key);
	}

	/** A written level 1 that is not in the vocabulary but reads like one (unit tables have a free frame). */
	static boolean looksLikeLevel1(String key) {
		return key.length() >= 2 && key.length() <= 8 && !key.matches(".*\\d.*")
				&& key.matches(".*(指标|效能|效率|成本|效应|效益|满意度|管理)$");
	}

	private static final Pattern BASIS_WORD = Pattern.compile("^(?:计划|历史|行业|预算支出|预算|支出|其他|国家|地方|省级|部门|社会)标准$");

	private static final Pattern SCORING_WORD = Pattern.compile("^(?:按照?|直接|满意度)[^,，;；]{0,10}赋分$");

	static boolean isBasis(String key) {
		return BASIS.contains(key) || BASIS_WORD.matcher(key).matches();
	}

	static boolean isScoring(String key) {
		return SCORING.contains(key) || SCORING_WORD.matcher(key).matches();
	}

	static boolean isEvidence(String text) {
		String[] parts = EVIDENCE_SPLIT.split(text.strip());
		if (parts.length == 0) {
			return false;
		}
		for (String part : parts) {
			if (!part.isEmpty() && !EVIDENCE.contains(part)) {
				return false;
			}
		}
		return true;
	}

	static boolean looksLikeEvidence(String key) {
		return key.length() <= 20 && key.matches(".*(资料|凭证|材料|报告|文件|纪要)$");
	}

	static boolean isQualitative(String key) {
		return QUALITATIVE.matcher(key).matches();
	}

	static boolean isOperator(String key) {
		return OPERATOR_WORD.matcher(key).matches();
	}

	/** Any word of the vocabulary: such a cell is never an indicator name. */
	static boolean isTerm(String key) {
		return LEVEL1_CURRENT.contains(key) || LEVEL1_2020.contains(key) || LEVEL1_UNIT.contains(key)
				|| LEVEL2.contains(key) || isBasis(key) || isScoring(key) || EVIDENCE.contains(key)
				|| COLUMNS.containsKey(key);
	}

	/** A value with a number: a quantity or a date ("≥95%", "=3次", "1-12月", "46"). */
	static boolean isQuantity(String text) {
		IndicatorValue.Kind kind = IndicatorValue.parse(text).kind();
		return kind == IndicatorValue.Kind.QUANTITATIVE || kind == IndicatorValue.Kind.DATE;
	}

	/** Whether the level 2 belongs to the level 1 in the frame of the format; unknown level 1 answers true. */
	static boolean belongs(TableFormat format, String level1, String level2) {
		List<String> allowed = format.frame().get(level1);
		return allowed == null || allowed.contains(level2);
	}
}
