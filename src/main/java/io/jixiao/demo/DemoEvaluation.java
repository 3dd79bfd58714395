package io.jixiao.demo;

import io.jixiao.evaluation.EvaluationCommands;
import io.jixiao.evaluation.EvaluationFilling;
import io.jixiao.evaluation.EvaluationQueries;
import io.jixiao.organizations.Account;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2024 self-evaluation round with an accepted evaluation in each grade, each showing a rule of the scoring:
 * 慰问项目 优 (all met), 园区形象宣传项目 良 (targets missed, finance's 抽评 re-scores one row), 招商引资专项经费 中
 * (over-achievement penalty and the execution-rate cap), 政务服务大厅运行保障项目 差 (two sources of funds, a
 * qualitative 未达成, capped below 50 % execution).
 */
@Component
class DemoEvaluation {

	private static final String ANALYSIS = "受项目实施进度影响未达预期，下年度提前谋划、加强过程监控。";

	private final TableService tables;
	private final ReviewCommands review;
	private final EvaluationCommands evaluation;
	private final EvaluationQueries queries;
	private final JsonMapper json;
	private final Clock clock;

	DemoEvaluation(TableService tables, ReviewCommands review, EvaluationCommands evaluation,
			EvaluationQueries queries, JsonMapper json, Clock clock) {
		this.tables = tables;
		this.review = review;
		this.evaluation = evaluation;
		this.queries = queries;
		this.json = json;
		this.clock = clock;
	}

	void load(Function<String, Account> accounts) throws IOException {
		Account lead1 = accounts.apply("lead1");
		Account lead2 = accounts.apply("lead2");
		Account deptrev1 = accounts.apply("deptrev1");
		Account finance1 = accounts.apply("finance1");
		long hall = 0;
		for (DemoData.DemoTable demo : read()) {
			Account owner = accounts.apply(demo.owner());
			hall = tables.create(owner, demo.table().getKind(), demo.table().requireYear(), demo.table().toContent())
				.getId();
			review.submit(owner, hall);
			review.review(deptrev1, hall, new ReviewForm("APPROVE", null, null), List.of());
			review.review(finance1, hall, new ReviewForm("APPROVE", "优", null), List.of());
		}
		evaluation.openRound(finance1, 2024, LocalDate.now(clock).plusDays(30));

		accept(lead1, byName(lead1, "慰问项目"), "11.80", "0", "按计划完成春节、八一走访慰问，慰问范围扩大到辖区社区。",
				Map.of("政府影响力", "达成:95"), Map.of(), null, finance1, deptrev1);
		accept(lead1, byName(lead1, "园区形象宣传项目"), "30.00", "0", "完成宣传片一部，第二部因脚本审定推迟未完成。",
				Map.of("宣传片制作数量", "1个", "宣传片制作合格率", "90%", "提升开发区品牌形象", "达成:85",
						"园区企业满意度", "88%"),
				Map.of("园区企业满意度", "8.00"), null, finance1, deptrev1);
		accept(lead1, byName(lead1, "招商引资专项经费"), "34.00", "0", "全年外出招商 20 次，签约项目 6 个。",
				Map.of("外出招商引资人数", "6人", "外出招商引资次数", "20次", "招商引资项目政策宣传", "95%"), Map.of(), null,
				finance1, deptrev1);
		accept(lead2, hall, "6.00", "2.00", "大厅窗口调整搬迁，自助设备更新推迟，年度运行经费大部分未支出。",
				Map.of("进驻窗口数量", "14个", "办件按时办结率", "90%", "自助设备完好率", "80%", "运行经费支付及时率", "60%",
						"年度运行维护费用", "8万元", "营商环境便利度", "未达成:40", "办事群众满意度", "85%"),
				Map.of(), "16.00:4.00", finance1, deptrev1);
	}

	/**
	 * Fills a table's evaluation (every row at its target unless {@code actuals} names it; a qualitative row as
	 * {@code level:percent}), submits it and takes it through the department and finance, which re-scores the
	 * rows {@code rescores} names. {@code annual} ({@code fiscal:other}) defaults to the approved budget.
	 */
	private void accept(Account lead, long tableId, String fiscalExecuted, String otherExecuted, String result,
			Map<String, String> actuals, Map<String, String> rescores, String annual, Account finance, Account dept) {
		EvaluationQueries.Handle handle = queries.handle(lead, tableId);
		TargetTable table = tables.get(lead, tableId);
		List<EvaluationFilling.Row> rows = new ArrayList<>();
		for (String name : handle.rows()) {
			String target = table.getIndicators().stream().filter(i -> i.getName().equals(name)).findFirst()
				.orElseThrow().getValue();
			String actual = actuals.getOrDefault(name, target.replaceFirst("^[<>=≥≤＞＜]+", "").replace(" ", ""));
			boolean qualitative = actual.equals("有所提升") || actual.contains(":");
			String[] level = qualitative ? (actual.contains(":") ? actual.split(":") : new String[] { "达成", "90" })
					: null;
			boolean below = actuals.containsKey(name);
			rows.add(qualitative
					? new EvaluationFilling.Row(null, level[0], new BigDecimal(level[1]), false, ANALYSIS)
					: new EvaluationFilling.Row(actual, null, null, false, below ? ANALYSIS : null));
		}
		String[] budget = annual == null ? new String[] { table.content().fiscalFunds().toPlainString(), "0" }
				: annual.split(":");
		evaluation.fill(lead, handle.id(), handle.version(), new EvaluationFilling(new BigDecimal(budget[0]),
				new BigDecimal(fiscalExecuted), new BigDecimal(budget[1]), new BigDecimal(otherExecuted), result,
				"项目按批复实施，自评结果如实反映年度目标完成情况。", below(actuals) ? "部分指标未达到年度目标。" : null,
				below(actuals) ? "加强预算执行进度管理，科学设置绩效目标。" : null, rows));
		evaluation.submit(lead, handle.id());
		evaluation.review(dept, handle.id(), "APPROVE", null, Map.of());
		Map<Integer, BigDecimal> scores = new java.util.HashMap<>();
		rescores.forEach((name, score) -> scores.put(handle.rows().indexOf(name), new BigDecimal(score)));
		evaluation.review(finance, handle.id(), "APPROVE", scores.isEmpty() ? null : "抽评：满意度调查样本不足，酌减。",
				scores);
	}

	private static boolean below(Map<String, String> actuals) {
		return !actuals.isEmpty();
	}

	private long byName(Account account, String projectName) {
		return tables.list(account, 2024, null, 0, 100).stream().filter(t -> projectName.equals(t.getProjectName()))
			.findFirst().orElseThrow().getId();
	}

	private List<DemoData.DemoTable> read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/evaluation-tables.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<DemoData.DemoTable>>() {
			});
		}
	}
}
