package io.jixiao.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One character pair (or a name's last character) of a name a table has carried: its project name, a version's, or
 * its unit's for a unit table (V20; the database's triggers write them, the product only reads). See {@link NameGrams}.
 */
@Entity
@Immutable
@IdClass(NameGram.Key.class)
@Table(name = "table_name_grams")
class NameGram {

	@Id
	private String gram;

	@Id
	@Column(name = "table_id")
	private long tableId;

	protected NameGram() {
	}

	static final class Key implements Serializable {

		private String gram;
		private long tableId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.tableId == tableId && Objects.equals(key.gram, gram);
		}

		@Override
		public int hashCode() {
			return Objects.hash(gram, tableId);
		}
	}
}
