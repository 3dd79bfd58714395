package io.jixiao.demo;

import io.jixiao.monitoring.MonitoringCommands;
import io.jixiao.monitoring.MonitoringQueries;
import io.jixiao.monitoring.ReportFilling;
import io.jixiao.monitoring.RowFilling;
import io.jixiao.organizations.Account;
import io.jixiao.review.ReviewCommands;
import io.jixiao.review.ReviewForm;
import io.jixiao.targets.Indicator;
import io.jixiao.targets.TableService;
import io.jixiao.targets.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 2024 monitoring round (1–7月) in progress over the approved demo tables, one report in each light: 慰问项目 on
 * pace and on target (green, with the department), 园区形象宣传项目 on pace with a target at risk (yellow, with
 * finance), 招商引资专项经费 behind on budget (red, still with the unit).
 */
@Component
class DemoMonitoring {

	private final TableService tables;
	private final ReviewCommands review;
	private final MonitoringCommands monitoring;
	private final MonitoringQueries reports;
	private final JsonMapper json;
	private final Clock clock;

	DemoMonitoring(TableService tables, ReviewCommands review, MonitoringCommands monitoring,
			MonitoringQueries reports, JsonMapper json, Clock clock) {
		this.tables = tables;
		this.review = review;
		this.monitoring = monitoring;
		this.reports = reports;
		this.json = json;
		this.clock = clock;
	}

	void load(long visits, Function<String, Account> accounts) throws IOException {
		Account lead1 = accounts.apply("lead1");
		Account deptrev1 = accounts.apply("deptrev1");
		Account finance1 = accounts.apply("finance1");
		List<Long> approved = new ArrayList<>();
		for (DemoData.DemoTable demo : read()) {
			long id = tables.create(accounts.apply(demo.owner()), demo.table().getKind(), demo.table().requireYear(),
					demo.table().toContent()).getId();
			review.submit(lead1, id);
			review.review(deptrev1, id, new ReviewForm("APPROVE", null, null), List.of());
			review.review(finance1, id, new ReviewForm("APPROVE", "优", null), List.of());
			approved.add(id);
		}
		monitoring.openRound(finance1, 2024, "1-7", LocalDate.now(clock).plusDays(14));

		long green = fill(lead1, visits, "7.00", "慰问活动按计划开展，已完成春节、八一走访慰问。", row -> null);
		monitoring.submit(lead1, green);

		long yellow = fill(lead1, approved.get(0), "22.00", "宣传片一部已完成拍摄，第二部脚本待审定。",
				row -> row.getName().equals("宣传片制作数量")
						? new RowFilling("0个", "1个", List.of("经费保障", "其他"), "有可能", "第二部宣传片脚本审定推迟，制作经费需压减",
								"9月前完成脚本审定，必要时申请调整指标值")
						: null);
		monitoring.submit(lead1, yellow);
		monitoring.review(deptrev1, yellow, "APPROVE", null, false, null);

		fill(lead1, approved.get(1), "12.00", "上半年外出招商受行程安排影响，集中在下半年开展。", row -> null);
	}

	/** Fills a table's report: every indicator expected at its target and 确定能, unless {@code special} says else. */
	private long fill(Account lead, long tableId, String executed, String progress,
			Function<Indicator, RowFilling> special) {
		MonitoringQueries.TableReport report = reports.ofTable(lead, tableId).get(0);
		TargetTable table = tables.get(lead, tableId);
		List<RowFilling> rows = new ArrayList<>();
		for (Indicator row : table.getIndicators()) {
			RowFilling filling = special.apply(row);
			rows.add(filling != null ? filling
					: new RowFilling(null, expected(row.getValue()), List.of(), "确定能", null, null));
		}
		// the demo's tables have no 其他资金: all of it executed from 财政拨款
		monitoring.fill(lead, report.id(), report.version(), new ReportFilling(table.content().fiscalOrRest(),
				new BigDecimal(executed), table.content().otherOrZero(), BigDecimal.ZERO, progress, rows));
		return report.id();
	}

	/** The target reached: its figure without the comparison ({@code >=95%} gives {@code 95%}). */
	private static String expected(String target) {
		return target.replaceFirst("^[<>=≥≤]+", "");
	}

	private List<DemoData.DemoTable> read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/monitoring-tables.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<DemoData.DemoTable>>() {
			});
		}
	}
}
