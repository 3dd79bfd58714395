package io.jixiao.publication;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.targets.Disclosure;
import io.jixiao.targets.PublishedHeader;
import io.jixiao.targets.TableContent;
import io.jixiao.targets.TargetTable;
import java.math.BigDecimal;

/**
 * A published table as the public sees it: where it belongs and the content of its frozen approved version (never
 * the live table). Withheld ones exist only inside {@link PublicTables}, to be counted. Internal print lays out a
 * table of any status the same way ({@link #internal}), never for the public.
 */
record PublishedTable(long id, int year, TableKind kind, TableFormat format, long unitId, String unitName,
		Long departmentId, String departmentName, Disclosure disclosure, int approvedVersion, TableContent content,
		Integer originalVersion, String adjustmentReason) {

	/** A table whose version in force is the one first approved (never adjusted). */
	PublishedTable(long id, int year, TableKind kind, TableFormat format, long unitId, String unitName,
			Long departmentId, String departmentName, Disclosure disclosure, int approvedVersion,
			TableContent content) {
		this(id, year, kind, format, unitId, unitName, departmentId, departmentName, disclosure, approvedVersion,
				content, null, null);
	}

	static PublishedTable of(PublishedHeader header, TableContent content) {
		return new PublishedTable(header.id(), header.year(), header.kind(), header.format(), header.unitId(),
				header.unitName(), header.departmentId(), header.departmentName(), header.disclosure(),
				header.approvedVersion(), content, header.originalVersion(), header.adjustmentReason());
	}

	/** The original approved version of an adjusted table, as it was published before its adjustment. */
	static PublishedTable original(PublishedHeader header, TableContent content) {
		return new PublishedTable(header.id(), header.year(), header.kind(), header.format(), header.unitId(),
				header.unitName(), header.departmentId(), header.departmentName(), header.disclosure(),
				header.originalVersion(), content);
	}

	/** Whether the version shown is an adjustment's (调整后) of the original approved version. */
	public boolean adjusted() {
		return originalVersion != null;
	}

	/** A table at any status laid out as if published, for internal print: its current content, its latest number. */
	static PublishedTable internal(TargetTable table, String unitName) {
		return new PublishedTable(table.getId(), table.getYear(), table.getKind(), table.getFormat(),
				table.getUnitId(), unitName, null, null, table.getDisclosure(), table.getLatestVersion(),
				table.content());
	}

	public boolean isPublic() {
		return disclosure == Disclosure.PUBLIC;
	}

	public boolean isProject() {
		return kind == TableKind.PROJECT;
	}

	/** 申请预算金额: the approved 年度资金总额 in 万元. */
	public BigDecimal amount() {
		return content.totalFunds() == null ? BigDecimal.ZERO : content.totalFunds();
	}

	/** What the table is called in lists: the project, or the unit for a unit overall table. */
	public String title() {
		return isProject() ? content.projectName() : unitName;
	}

	/** 项目实施单位 as approved, or the budget unit when the drafter left it empty. */
	public String implementingUnit() {
		String written = content.implementingUnit();
		return written == null || written.isBlank() ? unitName : written;
	}
}
