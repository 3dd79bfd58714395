package io.jixiao.monitoring;

import io.jixiao.checks.Finding;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Applies the monitoring rules of the report's round and year, and words their findings from the bundles. */
@Component
class MonitoringJudge {

	private final MonitoringRounds rounds;
	private final Tolerances tolerances;
	private final MessageSource messages;

	MonitoringJudge(MonitoringRounds rounds, Tolerances tolerances, MessageSource messages) {
		this.rounds = rounds;
		this.tolerances = tolerances;
		this.messages = messages;
	}

	Assessment assess(MonitoringReport report) {
		MonitoringRound round = round(report);
		return MonitoringRules.assess(report, round.getPeriod(), tolerances.of(round.getYear()));
	}

	List<Finding> findings(MonitoringReport report) {
		return words(assess(report));
	}

	List<Finding> words(Assessment assessment) {
		return assessment.flags().stream()
			.map(f -> new Finding(f.rule(), f.severity(), text("monitoring.rule." + f.rule(), f.args()),
					f.indicator(), text("monitoring.basis." + f.rule(), f.args())))
			.toList();
	}

	MonitoringRound round(MonitoringReport report) {
		return rounds.findById(report.getRoundId()).orElseThrow();
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
