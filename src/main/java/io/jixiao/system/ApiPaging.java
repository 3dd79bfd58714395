package io.jixiao.system;

/** The paging rule of every paged list of the JSON API: {@code page} 0-based, {@code size} from 1 to 200, else 422. */
public final class ApiPaging {

	public static final int MAX_SIZE = 200;

	private ApiPaging() {
	}

	public static void check(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("error.paging", MAX_SIZE);
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			// no list has that many rows, and the database's offset could not hold the first of them
			throw new InvalidInputException("error.pagingTooFar", Integer.MAX_VALUE);
		}
	}
}
