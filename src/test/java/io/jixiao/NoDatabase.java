package io.jixiao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that reads no database: .ci/run runs it in the H2 pass only (-DexcludedGroups=no-database in the MariaDB
 * pass), since there it would run again unchanged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("no-database")
public @interface NoDatabase {
}
