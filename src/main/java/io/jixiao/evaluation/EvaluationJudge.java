package io.jixiao.evaluation;

import io.jixiao.checks.Finding;
import io.jixiao.checks.Severity;
import io.jixiao.evaluation.Scorecard.Flag;
import io.jixiao.evaluation.Scorecard.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Scores an evaluation by the rule set of its round's year, adds what the form itself needs before submission
 * (实际完成情况, 评价结论), and words the engine's texts from the bundles.
 */
@Component
class EvaluationJudge {

	static final String OVERALL_MISSING = "overallResult.missing";
	static final String CONCLUSION_MISSING = "conclusion.missing";

	private final EvaluationRounds rounds;
	private final ScoringRuleSets ruleSets;
	private final MessageSource messages;

	EvaluationJudge(EvaluationRounds rounds, ScoringRuleSets ruleSets, MessageSource messages) {
		this.rounds = rounds;
		this.ruleSets = ruleSets;
		this.messages = messages;
	}

	EvaluationRound round(Evaluation evaluation) {
		return rounds.findById(evaluation.getRoundId()).orElseThrow();
	}

	RuleSet rules(Evaluation evaluation) {
		return rules(round(evaluation).getYear());
	}

	RuleSet rules(int year) {
		return ruleSets.of(year);
	}

	/** The unit's scores. */
	Scorecard score(Evaluation evaluation) {
		return Scoring.score(rules(evaluation), evaluation.input(), false);
	}

	/** The reviewer's scores, or null while no row was re-scored. */
	Scorecard review(Evaluation evaluation) {
		return evaluation.isRescored() ? Scoring.score(rules(evaluation), evaluation.input(), true) : null;
	}

	/** Scores the evaluation and keeps the totals with it. */
	Scorecard keep(Evaluation evaluation) {
		return keep(evaluation, rules(evaluation));
	}

	/** As {@link #keep(Evaluation)}, by a rule set already read (a round's many evaluations share it). */
	Scorecard keep(Evaluation evaluation, RuleSet rules) {
		Scorecard unit = Scoring.score(rules, evaluation.input(), false);
		evaluation.keep(unit, evaluation.isRescored() ? Scoring.score(rules, evaluation.input(), true) : null);
		return unit;
	}

	/** The engine's flags and the form's own, worded. */
	List<Finding> findings(Evaluation evaluation, Scorecard card) {
		List<Flag> flags = new ArrayList<>(card.flags());
		if (evaluation.getOverallResult() == null) {
			flags.add(new Flag(OVERALL_MISSING, Severity.ERROR, null));
		}
		if (evaluation.getConclusion() == null) {
			flags.add(new Flag(CONCLUSION_MISSING, Severity.ERROR, null));
		}
		return flags.stream()
			.map(f -> new Finding(f.rule(), f.severity(), text("evaluation.rule." + f.rule(), f.args()), f.indicator(),
					null))
			.toList();
	}

	/** Texts joined as one sentence (a row may carry a rescaling, its arithmetic and a re-score). */
	String words(List<Text> texts) {
		return String.join("；", texts.stream().map(this::words).toList());
	}

	String words(Text text) {
		return text == null ? null : text("evaluation." + text.code(), text.args());
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
	}
}
