package io.jixiao.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Checks a table against the rules of its rule set (domain guide, "Rules a table must pass"). ERROR findings block
 * submission, WARNING findings are shown to drafter and reviewer. Each finding names its rule and basis in Chinese.
 */
@Service
public class TableChecker {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Comparator<Finding> ERRORS_FIRST_THEN_BY_ROW = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::indicator, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final List<Rule> rules = List.of(new HeaderRule(), new FundsRule(), new FrameRule(),
			new NameAndValueRule(), new UnitRule(), new PlausibilityRule(), new CostTotalRule(), new WeightRule(),
			new ScoringRule(), new QualitativeShareRule(), new LastYearRule());

	private final MessageSource messages;

	public TableChecker(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Every finding of the table, ERRORs first, then by row (table-wide findings before row findings). A table
	 * without a kind is read as a project table, one without a format in the rule set's format.
	 */
	public List<Finding> check(CheckInput table, RuleSet ruleSet) {
		Objects.requireNonNull(ruleSet, "ruleSet");
		CheckInput input = completed(table, ruleSet);
		return this.rules.stream()
			.flatMap((rule) -> rule.check(input, ruleSet).stream())
			.map(this::resolve)
			.sorted(ERRORS_FIRST_THEN_BY_ROW)
			.toList();
	}

	private Finding resolve(Violation violation) {
		String message = this.messages.getMessage(violation.code(), violation.args().toArray(), CHINESE);
		String basis = this.messages.getMessage(violation.basis(), violation.basisArgs().toArray(), CHINESE);
		return new Finding(violation.rule(), violation.severity(), message, violation.indicator(), basis);
	}

	private static CheckInput completed(CheckInput t, RuleSet ruleSet) {
		if (t.kind() != null && t.format() != null) {
			return t;
		}
		TableKind kind = (t.kind() != null) ? t.kind() : TableKind.PROJECT;
		TableFormat format = Objects.requireNonNullElse(t.format(),
				Objects.requireNonNullElse(ruleSet.getFormat(), TableFormat.CURRENT));
		return new CheckInput(kind, format, t.year(), t.budgetUnit(), t.projectName(), t.projectLead(),
				t.implementingUnit(), t.contactPerson(), t.contactPhone(), t.totalFunds(), t.fiscalFunds(),
				t.otherFunds(), t.fiscalUpper(), t.fiscalLocal(), t.overallGoal(), t.satisfactionNotApplicable(),
				t.satisfactionReason(), t.rows());
	}
}
