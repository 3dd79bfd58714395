package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merged level cells every official grid shares (tables, monitoring reports, self-evaluations). */
@NoDatabase
class GridTest {

	record Line(String level1, String level2) {
	}

	@Test
	void levelCellsSpanTheirGroupAndASharedLevel2NameUnderAnotherLevel1StartsAnewCell() {
		List<Line> lines = List.of(new Line("产出指标", "数量指标"), new Line("产出指标", "数量指标"),
				new Line("产出指标", "质量指标"), new Line("效益指标", "质量指标"), new Line("效益指标", "质量指标"));
		Grid.Builder grid = new Grid.Builder();
		for (int i = 0; i < lines.size(); i++) {
			grid.row().levels(lines, i, Line::level1, Line::level2);
		}
		List<Grid.Row> rows = grid.rows();
		assertThat(rows).extracting(row -> row.cells().stream().map(c -> c.text() + "×" + c.rowspan()).toList())
			.containsExactly(List.of("产出指标×3", "数量指标×2"), List.of(), List.of("质量指标×1"),
					List.of("效益指标×2", "质量指标×2"), List.of());
	}
}
