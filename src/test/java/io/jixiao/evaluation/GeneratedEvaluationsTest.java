package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.OnMysql;
import io.jixiao.checks.Severity;
import io.jixiao.demo.ProvinceYear;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province-year generator's self-evaluations are what the product would hold for their figures: one per table
 * with an approved version, every status and grade, and on each the total, grade, row scores and re-score the scoring
 * engine gives its figures now; none submitted with an error the unit could not have submitted past.
 */
@SpringBootTest
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}generatedevaluations${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}" })
class GeneratedEvaluationsTest {

	@Autowired
	ProvinceYear generator;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationJudge judge;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void generatedEvaluationsKeepTheScoresTheEngineGivesTheirFiguresInEveryStatusAndGrade() {
		ProvinceYear.Result result = generator.generate(600, 2026, 3);
		// the rows are read lazily, within one read
		new TransactionTemplate(transactions).executeWithoutResult(status -> check(result));
	}

	private void check(ProvinceYear.Result result) {
		long round = jdbc.queryForObject("select id from evaluation_rounds where round_year = 2026", Long.class);
		List<Evaluation> generated = evaluations.findAll().stream().filter(e -> e.getRoundId() == round).toList();
		assertThat(generated).hasSize(result.evaluations());
		assertThat((long) result.evaluations()).isEqualTo(jdbc.queryForObject("select count(*) from target_tables"
				+ " where table_year = 2026 and approved_version is not null", Long.class));

		Set<String> statuses = new HashSet<>();
		Set<String> grades = new HashSet<>();
		int unfilled = 0;
		int rescored = 0;
		for (Evaluation e : generated) {
			Scorecard card = judge.score(e);
			Scorecard review = judge.review(e);
			String what = "evaluation " + e.getId() + " " + e.getStatus();
			assertThat(same(e.getTotal(), card.total())).as(what + " total %s, engine %s", e.getTotal(), card.total())
				.isTrue();
			assertThat(e.getGrade()).as(what).isEqualTo(card.grade());
			for (int i = 0; i < e.getRows().size(); i++) {
				assertThat(same(e.getRows().get(i).getScore(), card.rows().get(i).score())).as(what + " row " + i)
					.isTrue();
			}
			assertThat(same(e.getReviewScore(), review == null ? null : review.total())).as(what + " review").isTrue();
			assertThat(e.getReviewGrade()).as(what).isEqualTo(review == null ? null : review.grade());
			if (e.getStatus() != EvaluationStatus.DRAFT) {
				assertThat(judge.findings(e, card)).as(what).noneMatch(f -> f.severity() == Severity.ERROR);
			}
			statuses.add(e.getStatus().name());
			if (e.getGrade() != null) {
				grades.add(e.getGrade());
			}
			unfilled += e.getTotal() == null ? 1 : 0;
			rescored += review != null ? 1 : 0;
		}
		assertThat(statuses).containsExactlyInAnyOrder("DRAFT", "DEPT_REVIEW", "FINANCE_REVIEW", "RETURNED",
				"ACCEPTED");
		assertThat(grades).containsExactlyInAnyOrder("优", "良", "中", "差");
		assertThat(unfilled).isPositive();
		assertThat(rescored).isPositive();
	}

	private static boolean same(BigDecimal stored, BigDecimal computed) {
		return stored == null ? computed == null : computed != null && stored.compareTo(computed) == 0;
	}
}
