package io.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The grades finance gives, the decision each implies, when a reason is needed, and how forms name them. */
class GradeTest {

	@Test
	void excellentAndGoodApproveMiddleReturnsPoorRejects() {
		assertThat(Grade.of("优").decision()).isEqualTo(Decision.APPROVE);
		assertThat(Grade.of("良").decision()).isEqualTo(Decision.APPROVE);
		assertThat(Grade.of("中").decision()).isEqualTo(Decision.RETURN);
		assertThat(Grade.of("差").decision()).isEqualTo(Decision.REJECT);
	}

	@Test
	void onlyExcellentNeedsNoComment() {
		assertThat(Grade.EXCELLENT.needsComment()).isFalse();
		assertThat(Grade.GOOD.needsComment()).isTrue();
		assertThat(Grade.FAIR.needsComment()).isTrue();
		assertThat(Grade.POOR.needsComment()).isTrue();
	}

	@Test
	void labelIsReadWithSpacesAsideAndWrittenBack() {
		assertThat(Grade.of(" 良 ")).isEqualTo(Grade.GOOD);
		assertThat(Grade.GOOD.label()).isEqualTo("良");
	}

	@Test
	void unknownGradeIsRefusedNamingIt() {
		assertThatThrownBy(() -> Grade.of(" 甲 ")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> {
				assertThat(((InvalidInputException) e).getMessageCode()).isEqualTo("review.gradeUnknown");
				assertThat(((InvalidInputException) e).getArgs()).containsExactly("甲");
			});
	}

	@Test
	void decisionIsReadInAnyCaseAndBlankMeansNone() {
		assertThat(Decision.parse(" approve ")).isEqualTo(Decision.APPROVE);
		assertThat(Decision.parse("")).isNull();
		assertThat(Decision.parse(null)).isNull();
	}

	@Test
	void unknownDecisionIsRefusedNamingItAsGiven() {
		assertThatThrownBy(() -> Decision.parse("SUBMIT")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> {
				assertThat(((InvalidInputException) e).getMessageCode()).isEqualTo("review.decisionUnknown");
				assertThat(((InvalidInputException) e).getArgs()).containsExactly("SUBMIT");
			});
	}
}
